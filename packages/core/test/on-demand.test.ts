import { expect } from '@open-wc/testing';
import { onDemand } from '../src/on-demand.js';

describe('onDemand', () => {
  it('loads once, on first need, and gives the module after', async () => {
    let calls = 0;
    const helper = onDemand(() => {
      calls++;
      return Promise.resolve({ answer: 42 });
    });
    expect(calls).to.equal(0);
    expect(helper.loaded).to.equal(false);
    expect(helper.pending).to.equal(undefined);
    expect(helper.get()).to.equal(undefined); // starts the load: render the pending state
    expect(calls).to.equal(1);
    expect(helper.pending).to.be.instanceOf(Promise);
    const m = await helper.load();
    expect(m.answer).to.equal(42);
    expect(helper.get()).to.equal(m);
    expect(helper.loaded).to.equal(true);
    expect(helper.pending).to.equal(undefined);
    expect(calls).to.equal(1);
  });

  it('lets a failed load be tried again', async () => {
    let calls = 0;
    const helper = onDemand(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ ok: true })));
    let failed = '';
    await helper.load().catch((e: Error) => (failed = e.message));
    expect(failed).to.equal('offline');
    expect(helper.loaded).to.equal(false);
    expect(helper.pending).to.equal(undefined);
    expect((await helper.load()).ok).to.equal(true);
    expect(calls).to.equal(2);
  });
});
