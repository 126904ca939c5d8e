// The filter lists scroll after about six choices (14em): a review found "Source agency" showing 6 of 14, ending at
// an item's edge, with nothing to say there were more (browsers that hide scrollbars show none). Each legend says how
// many choices its list holds.
import { expect, fixture, html } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';

describe('<cw-chronology>: the filter lists say how many choices they hold', () => {
  it('each legend gives its count, and a list taller than its box scrolls', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase} style="width: 1280px"></cw-chronology>`);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('details.more summary')!.click();
    await el.updateComplete;
    const sets = [...el.shadowRoot!.querySelectorAll('details.more fieldset')].filter((f) => f.querySelector('.options'));
    expect(sets.map((f) => f.querySelector('legend')!.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Source agency (14)',
      'Category (17)',
      'Significance (4)',
      'Who it concerns (8)',
    ]);
    for (const f of sets) {
      const n = f.querySelectorAll('input[type=checkbox]').length;
      expect(f.querySelector('legend')!.textContent).to.contain(`(${n})`);
    }
    const agencies = sets[0]!.querySelector<HTMLElement>('.options')!;
    expect(agencies.scrollHeight, 'the agency list scrolls').to.be.greaterThan(agencies.clientHeight);
  });
});
