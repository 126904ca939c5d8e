// A pressed toggle (the chronology's Table / Timeline / Court chronology, the safety plan's step order; every
// `button[aria-pressed]` takes core's style) is told apart from the others by what is painted, in normal and in forced colours: a review found the
// three view buttons identical in forced colours (dark), so the reader could not tell which view was on. Forced
// colours are emulated in Chromium; Firefox runs the same measure launched in forced colours (test/forced/).
import { expect } from '@open-wc/testing';
import { forcedColors } from './support/forced-colors.js';
import { pressedApart } from './support/toggles.js';

describe('pressed toggles are told apart from the others', () => {
  afterEach(() => forcedColors(null));

  for (const scheme of [null, 'dark', 'light'] as const)
    it(`in ${scheme ? `forced colours (${scheme})` : 'normal colours'}: the pressed one's fill differs, its words 4.5:1 on it`, async () => {
      const on = scheme ? await forcedColors(scheme) : false;
      expect(await pressedApart(on)).to.deep.equal([]);
    });
});
