// The pressed one of a set of toggles in Firefox launched in forced colours (dark and light groups): its fill 3:1
// against the others', its words 4.5:1 on it (test/pressed-toggles.test.ts measures the same in Chromium's emulation).
import { expect } from '@open-wc/testing';
import { pressedApart } from '../support/toggles.js';

describe('pressed toggles in forced colours (Firefox)', () => {
  it('the chronology’s view and the safety plan’s step order show which is pressed', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced-colors: active').to.equal(true);
    expect(await pressedApart(true)).to.deep.equal([]);
  });
});
