import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { sampleCase } from '@opencasework/core/sample';
import type { CwChronology } from '../src/chronology.js';
import { patternAnalysisLoaded } from '../src/pattern-analysis-loader.js';
import { panelFindings } from '../src/views/patterns.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

// This file runs in a page of its own, so nothing has loaded the analysis when it starts.
describe('<cw-chronology>: the pattern prompts load on demand', function () {
  this.timeout(60_000);

  it('the first view does not load them; opening the panel does, then lists the same findings', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    expect($(el, 'details.patterns')).not.to.equal(null);
    expect(patternAnalysisLoaded()).to.equal(false);
    expect($$(el, '.findings > li')).to.have.length(0);
    $(el, 'details.patterns summary').click();
    await waitUntil(() => $$(el, '.findings > li').length > 0, 'findings shown', { timeout: 20_000 });
    expect(patternAnalysisLoaded()).to.equal(true);
    // The same findings the panel works out for this version (loaded now), at most 50 listed.
    const expected = Math.min(50, panelFindings(sampleCase, el.audience, (id) => id, 'en', undefined).length);
    expect(expected).to.be.greaterThan(0);
    expect($$(el, '.findings > li')).to.have.length(expected);
    expect($(el, 'details.patterns summary').textContent).to.contain(`(${$$(el, '.findings > li').length})`);
  });
});
