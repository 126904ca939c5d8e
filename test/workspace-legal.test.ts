// The case summary's legal status: worked out from the chronology (the contract has no legal-status field), on the
// sample case and on a case built to catch it out: a child protection plan a review conference ended, an interim
// care order replaced by a care order, an application that is not an order, police protection and an emergency
// protection order past their legal limits, a special guardianship order for a young person now 18, a closed plan,
// and orders about adults (a non-molestation order, a community order) that are no child's legal status.
// Expected answers were written down before running the code.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { planPeriods } from '@opencasework/chronology';
// The chronology's prompts from their module (the package may load them on demand).
import { findPatterns } from '../packages/chronology/src/analysis/find-patterns.js';
import { sampleCase } from '@opencasework/core/sample';
import type { CaseBundle } from '@opencasework/core';
import '@opencasework/core/define';
import { overdueSteps } from '../packages/safety-plan/src/next-steps.js';
import { caseSummary, type SummaryAnalysis } from '../packages/workspace/src/case-summary.js';
import { categoriesOf, orderKindOf } from '../packages/workspace/src/legal-status.js';
import '../packages/workspace/src/case-summary-element.js';

const analysis: SummaryAnalysis = { planPeriods, findPatterns, overdueSteps };
const TODAY = '2025-10-06';
const e = (id: string, date: string, category: string, title: string, subjectIds: string[], extra: Record<string, unknown> = {}) => ({
  id,
  date,
  category,
  title,
  subjectIds,
  significance: 'significant',
  sourceAgencyId: 'ag-sc',
  ...extra,
});

function legalCase(): CaseBundle {
  const child = (id: string, givenName: string, dateOfBirth: string, gender = 'female') => ({
    id,
    givenName,
    familyName: 'Hale',
    gender,
    dateOfBirth,
  });
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-legal', title: 'The Hale children', subjectIds: ['a', 'b', 'c', 'd', 'e'] },
    people: [
      child('a', 'Amy', '2014-02-01'),
      child('b', 'Ben', '2019-07-12', 'male'),
      child('c', 'Cal', '2012-11-30', 'male'),
      child('d', 'Dee', '2007-05-01'),
      child('e', 'Eli', '2016-09-09', 'male'),
      { id: 'm', givenName: 'Lisa', familyName: 'Hale', gender: 'female', dateOfBirth: '1985-01-01' },
      { id: 'x', givenName: 'Ray', familyName: 'Cole', gender: 'male', dateOfBirth: '1980-01-01' },
    ],
    agencies: [{ id: 'ag-sc', name: 'Children’s Services', sector: 'social-care' }],
    chronology: [
      // Amy: a child protection plan with no end date, ended at a review conference, stepped down to child in need.
      e('a1', '2023-01-10', 'plan', 'Child protection plan (neglect)', ['a']),
      e('a2', '2024-01-15', 'conference', 'Review child protection conference: child protection plan ended, step down', ['a']),
      e('a3', '2024-01-15', 'plan', 'Child in need plan', ['a']),
      // Ben: a child protection plan, an application (not an order), an interim care order, then the care order.
      e('b1', '2024-02-01', 'plan', 'Child protection plan', ['b']),
      e('b0', '2024-02-01', 'conference', 'Initial child protection conference: Ben made subject to a plan (emotional abuse)', ['b']),
      e('b2', '2024-05-01', 'court', 'Application for an interim care order', ['b']),
      e('b3', '2024-05-20', 'court', 'Interim care order made', ['b']),
      e('b4', '2025-02-10', 'court', 'Final hearing: care order made', ['b']),
      // Cal: police protection, then an emergency protection order (both past their limits), then accommodated.
      e('c1', '2025-09-01', 'police', 'Cal removed under police protection', ['c']),
      e('c2', '2025-09-03', 'court', 'Emergency protection order granted', ['c']),
      e('c3', '2025-09-10', 'decision', 'Cal accommodated under section 20 with his mother’s agreement', ['c']),
      e('c4', '2025-09-10', 'placement', 'Placed with foster carers', ['c']),
      // Dee: a special guardianship order; she turned 18 in May 2025. A non-molestation order names her and her mother.
      e('d1', '2019-03-01', 'court', 'Special guardianship order granted to her aunt', ['d']),
      e('d2', '2025-03-05', 'court', 'Non-molestation order granted against Ray (12 months)', ['m', 'x', 'd']),
      // Eli: a child in need plan that ended (end date), then Early Help, still open.
      e('e1', '2022-04-01', 'plan', 'Child in need plan', ['e'], { endDate: '2023-04-01' }),
      e('e2', '2025-06-01', 'plan', 'Early Help plan agreed', ['e']),
      // About an adult only: no child's status.
      e('x1', '2025-01-20', 'court', 'Ray convicted of assault: 12-month community order', ['x']),
    ],
  } as unknown as CaseBundle;
}

const legalOf = (bundle: CaseBundle) =>
  Object.fromEntries(
    caseSummary(bundle, TODAY, analysis).children.map((c) => [
      c.name.split(' ')[0],
      c.legal.map((s) => [s.kind, s.from, ...(s.categories.length ? [s.categories.join('+')] : []), ...(s.basisUnknown ? ['basis?'] : [])]),
    ]),
  );

describe('legal status in the case summary', () => {
  it('on the sample: each child on the open child protection plan with its categories; Tyler also placed with his grandmother, with no order recorded', () => {
    expect(legalOf(sampleCase)).to.deep.equal({
      Tyler: [
        ['child-protection', '2023-06-20', 'physical+emotional'],
        ['placement', '2023-05-07', 'basis?'],
      ],
      Ruby: [['child-protection', '2023-06-20', 'physical+emotional']],
      Megan: [['child-protection', '2023-06-20', 'physical+emotional']],
    });
  });

  it('on a case built to catch it out: ended plans and orders are not current; applications and adults’ orders are not statuses', () => {
    expect(legalOf(legalCase())).to.deep.equal({
      // The plan the review conference ended is not current (the chronology's periods still have it open).
      Amy: [['child-in-need', '2024-01-15']],
      // The care order (looked after) replaced the interim one; the plan's category comes from the conference.
      Ben: [
        ['care-order', '2025-02-10'],
        ['child-protection', '2024-02-01', 'emotional'],
      ],
      // Police protection (72 hours) and the emergency protection order (15 days at most) are over.
      Cal: [
        ['accommodated', '2025-09-10'],
        ['placement', '2025-09-10'],
      ],
      // 18 since May: the special guardianship order has ended; the non-molestation order is not her legal status.
      Dee: [],
      Eli: [['early-help', '2025-06-01']],
    });
  });

  it('reads orders as practice records them', () => {
    expect(orderKindOf({ title: 'Interim care order made' })).to.equal('interim-care-order');
    expect(orderKindOf({ title: 'Application for a care order' })).to.equal(null);
    expect(orderKindOf({ title: 'Hearing adjourned: interim care order not made' })).to.equal(null);
    expect(orderKindOf({ title: 'Care order discharged' })).to.equal(null);
    expect(orderKindOf({ title: 'Family housed in temporary accommodation' })).to.equal(null);
    expect(orderKindOf({ title: 'Gorchymyn gwarcheidiaeth arbennig wedi ei wneud' })).to.equal('special-guardianship-order');
    expect(categoriesOf('Cynllun amddiffyn plant (esgeulustod)')).to.deep.equal(['neglect']);
  });

  it('says the status, since when, its category and where it comes from, in English and Welsh', async () => {
    const el = await fixture<HTMLElement>(
      html`<ws-case-summary .bundle=${legalCase()} .analysis=${analysis} today=${TODAY}></ws-case-summary>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const text = el.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Looked after: care order since 10 Feb 2025');
    expect(text).to.contain('Child protection plan since 1 Feb 2024 (emotional abuse)');
    expect(text).to.match(/Looked after: accommodated \(section 20 \/ section 76\) since 10 Sept? 2025/);
    expect(text).to.contain('Early Help since 1 Jun 2025');
    expect(text).to.match(/Dee Hale, 18 No current plan or order recorded/);
    expect(text).to.contain('legal status from the chronology’s plans and orders');
    expect(text).to.not.contain('Interim care order');
    expect(text).to.not.contain('neglect');
    const cy = await fixture<HTMLElement>(
      html`<div lang="cy"><ws-case-summary .bundle=${legalCase()} .analysis=${analysis} today=${TODAY}></ws-case-summary></div>`,
    );
    const sumCy = cy.querySelector('ws-case-summary')!;
    await waitUntil(() => sumCy.shadowRoot!.textContent.includes('Plant'), 'Welsh summary', { timeout: 10_000 });
    const cyText = sumCy.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(cyText).to.contain('Derbyn gofal: gorchymyn gofal ers');
    expect(cyText).to.contain('(cam-drin emosiynol)');
    expect(cyText).to.contain("Dim cynllun na gorchymyn cyfredol wedi'i gofnodi");
  });
});
