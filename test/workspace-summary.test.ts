// The reference workspace leads with the case: a summary worked out from data built to catch it out (a closed plan
// with overdue steps, a lead whose involvement ended, a child with no lead, a plan ended by a closure, routine
// contacts among the concerns), and the summary page at 1366x768 and 1280x800 with every part one link away.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { planPeriods, recordReaches } from '@opencasework/chronology';
// The chronology's prompts from their module (the package may load them on demand).
import { findPatterns } from '../packages/chronology/src/analysis/find-patterns.js';
// The safety plan's own overdue rule, from its module (the package's index also brings the element).
import { overdueSteps } from '../packages/safety-plan/src/next-steps.js';
import type { CaseBundle } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/core/define';
import { caseSummary, type SummaryAnalysis } from '../packages/workspace/src/case-summary.js';
import '../packages/workspace/src/case-summary-element.js';
import type { WsApp } from '../packages/workspace/src/workspace-app.js';
import { parseRoute } from '../packages/workspace/src/workspace-app.js';

const analysis: SummaryAnalysis = { planPeriods, findPatterns, overdueSteps };
const TODAY = '2025-10-06';
const e = (
  id: string,
  date: string,
  category: string,
  title: string,
  subjectIds: string[],
  significance = 'notable',
  sourceAgencyId = 'ag-sc',
) => ({
  id,
  date,
  category,
  title,
  subjectIds,
  significance,
  sourceAgencyId,
});
const step = (id: string, due: string | undefined, status: string) => ({ id, text: `Step ${id}`, ...(due ? { due } : {}), status });
const plan = (id: string, status: string, updatedAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Plan ${id}`,
  status,
  childIds: ['c-ava', 'c-leo'],
  createdAt: '2024-01-10T10:00:00Z',
  updatedAt,
  version: 1,
  ...extra,
});

export function summaryCase(): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-ws', title: 'Ava and Leo Price', subjectIds: ['c-ava', 'c-leo'] },
    people: [
      { id: 'c-ava', givenName: 'Ava', familyName: 'Price', gender: 'female', dateOfBirth: '2016-03-09' },
      { id: 'c-leo', givenName: 'Leo', familyName: 'Price', gender: 'male', dateOfBirth: '2021-11-20' },
      { id: 'm', givenName: 'Dana', familyName: 'Price', gender: 'female', dateOfBirth: '1990-05-01' },
      // The grandmother cares for the children; she is not a child of the case.
      { id: 'gm', givenName: 'Rose', familyName: 'Price', gender: 'female', dateOfBirth: '1962-02-02' },
    ],
    agencies: [
      { id: 'ag-sc', name: 'Children’s Services', sector: 'social-care' },
      { id: 'ag-pol', name: 'Police', sector: 'police' },
      { id: 'ag-h', name: 'Health', sector: 'health' },
    ],
    professionals: [
      { id: 'pr-old', name: 'Alex Moved', role: 'Social worker', agencyId: 'ag-sc' },
      { id: 'pr-now', name: 'Bea Current', role: 'Social worker', agencyId: 'ag-sc' },
      { id: 'pr-hv', name: 'Cai Visitor', role: 'Health visitor', agencyId: 'ag-h' },
    ],
    involvements: [
      // Led both children until June: not the lead now.
      { id: 'i1', professionalId: 'pr-old', personIds: ['c-ava', 'c-leo'], lead: true, from: '2023-01-01', to: '2025-06-30' },
      // Now leads for Ava only; Leo has no current lead.
      { id: 'i2', professionalId: 'pr-now', personIds: ['c-ava'], lead: true, from: '2025-07-01' },
      // Works with Leo but is not the lead.
      { id: 'i3', professionalId: 'pr-hv', personIds: ['c-leo'], from: '2024-01-01' },
    ],
    chronology: [
      // Leo: a child in need plan that a closure ended; Ava: a child protection plan still open.
      e('ch1', '2024-02-01', 'plan', 'Child in need plan agreed', ['c-leo']),
      e('ch2', '2024-09-10', 'closure', 'Child in need plan closed', ['c-leo']),
      e('ch3', '2025-01-15', 'plan', 'Child protection plan (neglect)', ['c-ava']),
      // Ava: three police notifications in a year, and routine calls that are not concerns.
      e('ch4', '2025-02-03', 'police', 'Police domestic abuse notification', ['c-ava'], 'significant', 'ag-pol'),
      e('ch5', '2025-02-04', 'contact', 'Phone call to school', ['c-ava'], 'routine'),
      e('ch6', '2025-04-20', 'police', 'Police domestic abuse notification', ['c-ava'], 'significant', 'ag-pol'),
      e('ch7', '2025-05-02', 'contact', 'Phone call to mother', ['c-ava'], 'routine'),
      e('ch8', '2025-07-14', 'police', 'Police domestic abuse notification', ['c-ava'], 'significant', 'ag-pol'),
      e('ch9', '2025-09-30', 'visit', 'Home visit: Ava seen alone', ['c-ava']),
    ],
    safetyPlans: [
      // Closed: its overdue-looking steps must not count.
      plan('sp-old', 'closed', '2024-12-01T10:00:00Z', { reviewDate: '2024-11-01', nextSteps: [step('o1', '2024-10-01', 'to-do')] }),
      plan('sp-now', 'agreed', '2025-09-01T10:00:00Z', {
        reviewDate: '2025-09-30',
        nextSteps: [
          step('s1', '2025-08-01', 'done'), // done: not overdue
          step('s2', '2025-07-15', 'not-done'), // recorded as not done: overdue
          step('s3', '2025-09-01', 'doing'), // past due and still being done: overdue
          step('s4', '2025-11-01', 'to-do'), // not due yet
          step('s5', undefined, 'to-do'), // no due date
        ],
      }),
      plan('sp-draft', 'draft', '2025-09-20T10:00:00Z'),
    ],
  } as unknown as CaseBundle;
}

describe('the case summary (pure, on data built to catch it out)', () => {
  const s = caseSummary(summaryCase(), TODAY, analysis);

  it('names the children with their ages and the open plan each is on; a plan a closure ended is not a status', () => {
    expect(s.children.map((c) => [c.name, c.age?.years, c.status?.kind ?? null])).to.deep.equal([
      ['Ava Price', 9, 'child-protection'],
      ['Leo Price', 3, null],
    ]);
    expect(s.children[0]!.status!.from).to.equal('2025-01-15');
  });

  it('shows the current lead and says which child has none', () => {
    expect(s.leads.map((l) => [l.name, l.childIds])).to.deep.equal([['Bea Current', ['c-ava']]]);
    expect(s.children.map((c) => c.leadIds.length)).to.deep.equal([1, 0]);
  });

  it('shows the agreed plan (not the closed one, not the newer draft), its past review date and the overdue steps', () => {
    expect(s.plan!.plan.id).to.equal('sp-now');
    expect(s.plan!.reviewOverdue).to.equal(true);
    expect(s.plan!.overdue!.map((x) => x.id)).to.deep.equal(['s2', 's3']);
    expect(s.otherOpenPlans).to.equal(1);
  });

  it('leads with the repeated concern about Ava, resting on the three notifications and not the phone calls', () => {
    const top = s.patterns[0]!;
    expect(top).to.exist;
    expect(top.entryIds).to.include.members(['ch4', 'ch6', 'ch8']);
    expect(top.entryIds).to.not.include.members(['ch5', 'ch7']);
    expect(s.patterns.length).to.be.at.most(3);
  });

  it('counts the prompts the chronology shows: as at the record’s last day when the record stops before today', async () => {
    // A review on 5 Dec 2026 of the sample (last entry 24 Sep 2025): the summary said "all 26 prompts", two of them
    // gaps running to 5 Dec 2026, while the chronology's panel, which reads a record as at its last day, listed 24.
    const late = '2026-12-05';
    const s = caseSummary(sampleCase, late, { ...analysis, promptsAsAt: recordReaches });
    expect(s.patternsAsAt).to.equal('2025-09-24');
    const panel = findPatterns(sampleCase, { asAt: '2025-09-24', locale: 'en' });
    expect(s.patternCount).to.equal(panel.length);
    expect(s.patterns.map((f) => f.message).join(' ')).to.not.contain('2026');
    expect(caseSummary(sampleCase, late, analysis).patternCount, 'as at today (the old way)').to.be.greaterThan(panel.length);
    const el = await fixture<HTMLElement>(
      html`<ws-case-summary .bundle=${sampleCase} .analysis=${{ ...analysis, promptsAsAt: recordReaches }} today=${late}></ws-case-summary>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const text = el.shadowRoot!.querySelector('.patterns')!.textContent.replace(/\s+/g, ' ');
    expect(el.shadowRoot!.querySelector('.patterns h2')!.textContent.replace(/\s+/g, ' ')).to.contain(
      'Patterns to look at as at 24 September 2025, the last day in the record',
    );
    expect(text).to.contain(`Chronology (all ${panel.length} prompts)`);
    // A record that reaches today says nothing of it.
    const now = await fixture<HTMLElement>(
      html`<ws-case-summary .bundle=${sampleCase} .analysis=${{ ...analysis, promptsAsAt: recordReaches }} today="2025-09-24"></ws-case-summary>`,
    );
    await (now as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(now.shadowRoot!.textContent).to.not.contain('the last day in the record');
  });

  it('renders each fact with a link to its component, in English and Welsh', async () => {
    const el = await fixture<HTMLElement>(
      html`<ws-case-summary .bundle=${summaryCase()} .analysis=${analysis} today=${TODAY}></ws-case-summary>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const text = el.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Ava Price, 9');
    expect(text).to.contain('Child protection plan since 15 Jan 2025');
    expect(text).to.contain('No lead professional: Leo Price.');
    expect(text).to.contain('2 steps overdue');
    expect(text).to.contain('The review date has passed.');
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(new Set(hrefs)).to.deep.equal(new Set(['#/case/family', '#/case/chronology', '#/case/plan', '#/case/network']));
    const cy = await fixture<HTMLElement>(
      html`<div lang="cy"><ws-case-summary .bundle=${summaryCase()} .analysis=${analysis} today=${TODAY}></ws-case-summary></div>`,
    );
    const sumCy = cy.querySelector('ws-case-summary')!;
    await waitUntil(() => sumCy.shadowRoot!.textContent.includes('Plant'), 'Welsh summary', { timeout: 10_000 });
    expect(sumCy.shadowRoot!.textContent.replace(/\s+/g, ' ')).to.contain('Cynllun amddiffyn plant ers');
  });

  it('names the categories of abuse in Welsh with Welsh words, in a browser with or without Welsh list data', async () => {
    // Seen in Welsh on the sample case: "cam-drin corfforol and emosiynol" (Intl.ListFormat('cy') answers in English
    // where the browser has no Welsh data, without an error).
    const cy = await fixture<HTMLElement>(
      html`<div lang="cy"><ws-case-summary .bundle=${sampleCase} .analysis=${analysis} today=${TODAY}></ws-case-summary></div>`,
    );
    const sum = cy.querySelector('ws-case-summary')!;
    await waitUntil(() => sum.shadowRoot!.textContent.includes('Plant'), 'Welsh summary', { timeout: 10_000 });
    const text = sum.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('corfforol ac emosiynol');
    expect(text).not.to.contain('corfforol and');
    expect(text).to.contain('Ruby Evans a Megan Evans'); // the prompts' names too
  });

  it('says how many overdue steps it does not list, and links to them, where the plan has more than three', async () => {
    // Seen on the sample case: "4 steps overdue" over a list of three, with nothing to say a fourth existed.
    const bundle = summaryCase();
    const now = bundle.safetyPlans!.find((p) => p.id === 'sp-now')!;
    now.nextSteps = [
      ...now.nextSteps!,
      step('s6', '2025-06-01', 'to-do'),
      step('s7', '2025-06-15', 'to-do'),
      step('s8', '2025-08-20', 'doing'),
    ] as typeof now.nextSteps;
    const el = await fixture<HTMLElement>(html`<ws-case-summary .bundle=${bundle} .analysis=${analysis} today=${TODAY}></ws-case-summary>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const plan = el.shadowRoot!.querySelector('section.plan')!;
    const text = plan.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('5 steps overdue');
    expect(plan.querySelectorAll('li')).to.have.length(3);
    const more = [...plan.querySelectorAll('a')].find((a) => a.textContent.includes('more overdue'))!;
    expect(more.textContent.trim()).to.equal('and 2 more overdue steps, in the safety plan');
    expect(more.getAttribute('href')).to.equal('#/case/plan');
    // three or fewer: no such line
    const few = await fixture<HTMLElement>(
      html`<ws-case-summary .bundle=${summaryCase()} .analysis=${analysis} today=${TODAY}></ws-case-summary>`,
    );
    await (few as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(few.shadowRoot!.textContent).not.to.contain('more overdue');
  });

  it('reads every case address, and anything else as the summary', () => {
    expect(parseRoute('#/case/plan')).to.deep.equal({ route: 'case', section: 'plan' });
    expect(parseRoute('#/case')).to.deep.equal({ route: 'case', section: 'summary' });
    expect(parseRoute('#/team')).to.deep.equal({ route: 'team', section: 'summary' });
    expect(parseRoute('#/case/nowhere')).to.deep.equal({ route: 'case', section: 'summary' });
    expect(parseRoute('')).to.deep.equal({ route: 'case', section: 'summary' });
  });
});

describe('the workspace opens on the case summary', function () {
  this.timeout(180_000);
  let frame: HTMLIFrameElement;
  let doc: Document;
  let win: Window & typeof globalThis;

  async function open(hash: string, width: number, height: number): Promise<void> {
    frame = document.createElement('iframe');
    frame.src = `/index.html?today=2025-10-06${hash}`;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    frame.style.border = '0';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    doc = frame.contentDocument!;
    win = frame.contentWindow as Window & typeof globalThis;
    await waitUntil(() => doc.querySelector<WsApp>('ws-app')?.store && doc.querySelector<WsApp>('ws-app')?.analysis, 'store and analysis', {
      timeout: 60_000,
    });
    await waitUntil(() => doc.querySelector('ws-case-summary')?.shadowRoot?.querySelector('.patterns li'), 'the summary with its prompts', {
      timeout: 30_000,
    });
  }
  afterEach(() => {
    frame.remove();
    localStorage.removeItem('opencasework-workspace-lang');
  });

  it('fits the Welsh summary on one 1366x768 screen too (longer words, a taller header)', async () => {
    localStorage.setItem('opencasework-workspace-lang', 'cy');
    await open('#/case', 1366, 768);
    const summary = doc.querySelector('ws-case-summary')!;
    await waitUntil(() => summary.shadowRoot!.textContent.includes('Plant'), 'Welsh summary', { timeout: 10_000 });
    expect(summary.getBoundingClientRect().bottom + win.scrollY, 'summary bottom').to.be.at.most(768);
  });

  for (const [w, h] of [
    [1366, 768],
    [1280, 800],
  ] as const) {
    it(`fits the summary on one ${w}x${h} screen`, async () => {
      await open('#/case', w, h);
      const summary = doc.querySelector('ws-case-summary')!;
      const bottom = summary.getBoundingClientRect().bottom + win.scrollY;
      expect(bottom, 'summary bottom').to.be.at.most(h);
      const text = summary.shadowRoot!.textContent;
      for (const part of ['Children', 'Safety plan', 'Lead professional', 'Patterns to look at', 'steps overdue'])
        expect(text).to.contain(part);
    });
  }

  it('reaches every part in one action, with the address saying where you are and Back working', async () => {
    await open('#/case', 1280, 800);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('.ws-sections a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#/case',
      '#/case/chronology',
      '#/case/family',
      '#/case/network',
      '#/case/plan',
      '#/case/people',
      '#/case/documents',
      '#/case/record',
    ]);
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');
    const tags: Record<string, string> = {
      '#/case/chronology': 'cw-chronology',
      '#/case/family': 'cw-genogram',
      '#/case/network': 'cw-family-network',
      '#/case/plan': 'cw-safety-plan',
      '#/case/people': 'ws-people-summary',
    };
    for (const [hash, tag] of Object.entries(tags)) {
      doc.querySelector<HTMLAnchorElement>(`.ws-sections a[href="${hash}"]`)!.click();
      await waitUntil(() => doc.querySelector(tag), `${tag} shown`, { timeout: 20_000 });
      expect(win.location.hash).to.equal(hash);
      expect(doc.querySelector(`.ws-sections a[href="${hash}"]`)!.getAttribute('aria-current')).to.equal('page');
      expect(doc.querySelector('ws-case-summary')).to.equal(null);
      // Every part that works out ages, what is overdue or what is still open reads the workspace's day (?today=), as
      // the summary does: before, the genogram, the safety plan and the chronology used the machine's clock.
      expect(doc.querySelector(tag)!.getAttribute('today'), `${tag} today`).to.equal('2025-10-06');
    }
    // Back goes to the previous part and Forward returns. One step each way only: the frame shares the test page's
    // session history (in Chromium a reused tab, with the previous test file's entries behind this one), so a walk
    // back over several parts can, if the browser replaced an entry rather than adding one, leave the frame and
    // navigate the test page itself (seen once under CI load).
    win.history.back();
    await waitUntil(() => doc.querySelector('cw-safety-plan'), 'back to the plan', { timeout: 20_000 });
    expect(win.location.hash).to.equal('#/case/plan');
    expect(doc.querySelector('.ws-sections a[href="#/case/plan"]')!.getAttribute('aria-current')).to.equal('page');
    win.history.forward();
    await waitUntil(() => doc.querySelector('ws-people-summary'), 'forward to the people', { timeout: 20_000 });
    expect(win.location.hash).to.equal('#/case/people');
    doc.querySelector<HTMLAnchorElement>('.ws-sections a[href="#/case"]')!.click();
    await waitUntil(() => doc.querySelector('ws-case-summary'), 'the summary from its link', { timeout: 20_000 });
    // A link in the summary opens its component.
    const planLink = doc.querySelector('ws-case-summary')!.shadowRoot!.querySelector<HTMLAnchorElement>('.plan h2 a')!;
    planLink.click();
    await waitUntil(() => doc.querySelector('cw-safety-plan'), 'the plan from the summary', { timeout: 20_000 });
    expect(win.location.hash).to.equal('#/case/plan');
    // The case file to print says the same day, and its parts work as at it: before, it said "Printed" with the
    // machine's date and its plan had four steps overdue where the plan's tab had two.
    win.location.hash = '#/print';
    await waitUntil(() => doc.querySelector('cw-chronology') && doc.querySelector('cw-safety-plan'), 'the print page', { timeout: 20_000 });
    for (const tag of ['cw-chronology', 'cw-genogram', 'cw-family-network', 'cw-safety-plan'])
      expect(doc.querySelector(tag)!.getAttribute('today'), `${tag} today in print`).to.equal('2025-10-06');
    expect(doc.querySelector('.ws-lede')!.textContent).to.contain('6 October 2025');
    // The note, the documents and the team board too: a note started on the real date, a file was dated it, and the
    // board counted every card as stuck for as long as the machine's clock said.
    for (const [hash, tag] of [
      ['#/case/record', 'cw-quick-note'],
      ['#/case/documents', 'cw-documents'],
    ] as const) {
      win.location.hash = hash;
      await waitUntil(() => doc.querySelector(tag), `${tag} shown`, { timeout: 20_000 });
      expect(doc.querySelector(tag)!.getAttribute('today'), `${tag} today`).to.equal('2025-10-06');
    }
    win.location.hash = '#/team';
    await waitUntil(() => doc.querySelector('cw-blockage-board'), 'the board', { timeout: 20_000 });
    expect((doc.querySelector('cw-blockage-board') as unknown as { now: number }).now).to.equal(Date.parse('2025-10-06T12:00:00Z'));
  });
});
