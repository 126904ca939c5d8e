import { expect } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import { $, $$, planEl } from './helpers.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cw-safety-plan> with the sample case', function () {
  this.timeout(90_000);
  it('renders the Evans plan after three reviews: six raters over three dates, three agreed versions, no changes since', async () => {
    const el = await planEl({ bundle: sampleCase, today: '2025-07-01' });
    expect(text($(el, '.header .title'))).to.equal('Safety plan for Tyler, Ruby and Megan');
    expect(text($(el, '.header .status'))).to.contain('Version 3, agreed');
    expect($$(el, '.chart svg[role="img"] polyline')).to.have.length(6);
    expect($$(el, '.scale-table thead th')).to.have.length(4);
    // Tyler (a child) beside each adult at the March 2025 review, widest gap first; no family average.
    expect(text($(el, '.gap-list li'))).to.equal('Kayleigh Hughes rates 8, Tyler Evans rates 7: a gap of 1.');
    expect(
      $$(el, '.version-list li')
        .map(text)
        .map((t) => t.slice(0, 9)),
    ).to.deep.equal(['Version 1', 'Version 2', 'Version 3']);
    expect(text($(el, '.versions'))).to.contain('Nothing has changed since then.');
    expect($$(el, '.house')).to.have.length(3);
    expect(text($(el, '.list-dangerStatements'))).to.contain('No safety goal yet');
    // Overdue on 1 July 2025: probation's release date (due 30 June) and, since issue 14, Liam's alcohol assessment
    // (due 31 May, recorded as not done: due and not done is overdue).
    const overdue = $$(el, 'li.step.overdue').map((li) => li.dataset.id);
    expect(overdue).to.deep.equal(['ns-4', 'ns-6']);
    await expect(el).to.be.accessible();
  });
});
