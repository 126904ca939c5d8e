import { expect } from '@open-wc/testing';
import { memo } from '../src/index.js';

describe('memo', () => {
  it('returns the same result while every argument is the same, and computes again when one changes', () => {
    let calls = 0;
    const build = memo((list: readonly number[], factor: number) => {
      calls++;
      return list.map((n) => n * factor);
    });
    const a = [1, 2, 3];
    const first = build(a, 2);
    expect(build(a, 2)).to.equal(first);
    expect(calls).to.equal(1);
    const other = build(a, 3);
    expect(other).to.deep.equal([3, 6, 9]);
    expect(calls).to.equal(2);
    // Equal contents but a new array is a new input; going back does not find the old result (one entry only).
    expect(build([1, 2, 3], 3)).to.not.equal(other);
    expect(build(a, 2)).to.not.equal(first);
    expect(calls).to.equal(4);
  });

  it('compares with Object.is (NaN equals NaN; 0 and -0 differ)', () => {
    let calls = 0;
    const f = memo((n: number) => ++calls + n * 0);
    f(NaN);
    f(NaN);
    expect(calls).to.equal(1);
    f(0);
    f(-0);
    expect(calls).to.equal(3);
  });
});
