import { expect } from '@open-wc/testing';
import { plainLanguageLoaded } from '../src/plain-language-loader.js';
import { realisticBundle, TODAY } from './realistic.js';
import { $, planEl } from './helpers.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

// This file runs in a page of its own, so the helper has not been loaded when it starts.
describe('<cw-safety-plan>: the plain-language helper loads on demand', function () {
  this.timeout(60_000);

  it('is not loaded by the working view; print("family") loads it and prints the family version glossed', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    expect($(el, '.professional-version')).not.to.equal(null);
    // Nothing on the working view asked for it: no family version, no edit form.
    expect($(el, '.family-version')).to.equal(null);
    expect(plainLanguageLoaded()).to.equal(false);
    const original = window.print.bind(window);
    let glosses = -1;
    let busy: string | null = 'unset';
    window.print = () => {
      const fam = $(el, '.family-version');
      glosses = fam?.querySelectorAll('.gloss').length ?? -1;
      busy = fam?.getAttribute('aria-busy') ?? null;
    };
    try {
      await el.print('family');
    } finally {
      window.print = original;
    }
    // Expected, as the glossary test has it for this case: 7 professional words explained, nothing still pending.
    expect(glosses).to.equal(7);
    expect(busy).to.equal(null);
    expect(plainLanguageLoaded()).to.equal(true);
  });

  it('once loaded, the family version renders in the same update (no pending state)', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    el.view = 'family';
    await el.updateComplete;
    const fam = $(el, '.family-version');
    expect(fam.getAttribute('aria-busy')).to.equal(null);
    expect(text(fam)).to.contain('Rosa Lane: IDVA (a domestic abuse support worker who helps you stay safe)');
  });
});
