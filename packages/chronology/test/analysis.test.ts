import { expect } from '@open-wc/testing';
import type { CaseBundle, ChronologyEntry } from '@opencasework/core';
import { groupEvents } from '../src/analysis/events.js';
import { planPeriods } from '../src/analysis/plans.js';
import { findPatterns } from '../src/analysis/find-patterns.js';
import { concernOf, failedVisit } from '../src/analysis/concerns.js';
import { panelFindings, recordReaches } from '../src/views/patterns.js';
import { loadPatternAnalysis } from '../src/pattern-analysis-loader.js';

// panelFindings uses the analysis the element loads on demand (the panel loads it when first opened).
before(() => loadPatternAnalysis());

type Cat = ChronologyEntry['category'];
const e = (
  id: string,
  date: string,
  title: string,
  category: Cat,
  agency: string,
  subjectIds = ['jay'],
  extra: Partial<ChronologyEntry> = {},
): ChronologyEntry => ({
  id,
  date,
  title,
  category,
  significance: 'notable',
  sourceAgencyId: agency,
  subjectIds,
  ...extra,
});
const bundle = (chronology: ChronologyEntry[]): CaseBundle => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'c', subjectIds: ['jay', 'mia'] },
  people: [
    { id: 'jay', givenName: 'Jay', gender: 'male' },
    { id: 'mia', givenName: 'Mia', gender: 'female' },
  ],
  agencies: [
    { id: 'sc', name: 'Children’s Services', sector: 'social-care' },
    { id: 'pol', name: 'Police', sector: 'police' },
    { id: 'edt', name: 'Out of hours', sector: 'social-care' },
    { id: 's1', name: 'School one', sector: 'education' },
    { id: 's2', name: 'School two', sector: 'education' },
    { id: 'hou', name: 'Housing', sector: 'housing' },
    { id: 'hv', name: 'Health visiting', sector: 'health' },
  ],
  chronology,
});
const groups = (b: CaseBundle) => groupEvents(b).map((ev) => [...ev.entryIds].sort());

describe('groupEvents', () => {
  it('merges one incident recorded by police, the out-of-hours team and a referral the next day, whatever the categories', () => {
    const b = bundle([
      e('p', '2021-12-18', 'Domestic abuse incident at home', 'police', 'pol', ['jay', 'mia'], { significance: 'significant' }),
      e('o', '2021-12-18', 'Out of hours: police notification of domestic incident', 'contact', 'edt', ['jay', 'mia']),
      e('r', '2021-12-19', 'Referral from police: domestic abuse incident', 'referral', 'sc', ['jay']),
    ]);
    const [ev, ...rest] = groupEvents(b);
    expect(rest).to.deep.equal([]);
    expect(ev!.entryIds).to.have.members(['p', 'o', 'r']);
    expect(ev!.agencies).to.deep.equal(['pol', 'edt', 'sc']);
    expect(ev!.categories).to.have.members(['police', 'contact', 'referral']);
    expect(ev!.significance).to.equal('significant');
    expect(ev!.primaryId).to.equal('p');
    expect(ev!.date).to.equal('2021-12-18');
  });
  it('never merges entries about different children, one agency’s two records, or a notification two days later', () => {
    const b = bundle([
      e('a', '2022-03-09', 'Attendance meeting: persistent absence', 'education', 's1', ['jay']),
      e('b', '2022-03-09', 'Attendance meeting: persistent absence', 'education', 's2', ['mia']),
      e('c', '2022-04-01', 'Assault reported', 'police', 'pol'),
      e('d', '2022-04-01', 'Assault reported', 'police', 'pol'),
      e('f', '2022-05-01', 'Assault on Jay', 'police', 'pol'),
      e('g', '2022-05-03', 'Referral: assault on Jay', 'referral', 'sc'),
    ]);
    expect(groups(b)).to.deep.equal([['a'], ['b'], ['c'], ['d'], ['f'], ['g']]);
  });
  it('does not merge a referral the next day into an unrelated visit, nor different happenings the same day', () => {
    const b = bundle([
      e('v', '2022-05-01', 'Home visit', 'visit', 'hv'),
      e('r', '2022-05-02', 'Referral: bruise on Jay’s arm', 'referral', 'sc'),
      e('x', '2022-05-02', 'Domestic incident at home', 'police', 'pol'),
    ]);
    expect(groups(b)).to.deep.equal([['v'], ['r'], ['x']]);
  });
  it('puts a notification with the incident it is most like, and never merges the same visit on the next day', () => {
    // Written before running: the notification joins the missing episode (same words), not the domestic incident
    // recorded that morning; two agencies' home visits on consecutive days stay two events.
    const b = bundle([
      e('i', '2022-06-01', 'Domestic abuse incident', 'police', 'pol'),
      e('m', '2022-06-01', 'Missing overnight', 'missing', 'pol'),
      e('v2', '2022-06-02', 'Home visit', 'visit', 'sc'),
      e('v1', '2022-06-01', 'Home visit', 'visit', 'hv'),
      e('n', '2022-06-02', 'Notification: missing overnight', 'contact', 'edt'),
    ]);
    expect(groups(b)).to.have.deep.members([['i'], ['m', 'n'], ['v1'], ['v2']]);
  });
  it('keeps apart what shares only who or where: a visit and an incident at home, a call with a parent and a parents’ evening', () => {
    // A realistic day with distractors. Written before running: one domestic incident (police, the out-of-hours
    // notification, the referral next day) and one conference recorded by two agencies are events; everything else
    // is its own event. Before, the home visit joined the incident ("home"), the parents' evening the phone call
    // ("parent"), the plans the conference and each other ("protection", "plan"), "Jay hit" the missing episode
    // ("Jay") and the school's attendance report the hospital attendance ("attendance").
    const b = bundle([
      e('inc', '2023-03-01', 'Domestic abuse incident at home, Jay present', 'police', 'pol'),
      e('not', '2023-03-01', 'Police notification: domestic abuse', 'contact', 'edt'),
      e('visit', '2023-03-01', 'Home visit: Jay seen at home', 'visit', 'hv'),
      e('call', '2023-03-01', 'Phone call with parent', 'contact', 's1'),
      e('eve', '2023-03-01', 'Parents’ evening', 'education', 's2'),
      e('ref', '2023-03-02', 'Referral from police: domestic abuse at home', 'referral', 'sc'),
      e('conf1', '2023-04-10', 'Child protection conference', 'conference', 'sc'),
      e('conf2', '2023-04-10', 'Initial child protection conference', 'conference', 'pol'),
      e('cp', '2023-04-10', 'Child protection plan', 'plan', 'hou'),
      e('cin', '2023-04-10', 'Child in need plan', 'plan', 'hv'),
      e('hit', '2023-05-05', 'Jay hit by a classmate', 'education', 's1'),
      e('miss', '2023-05-05', 'Jay missing from home', 'missing', 'pol'),
      e('ed', '2023-06-07', 'ED attendance: head injury', 'health', 'hv'),
      e('att', '2023-06-07', 'Attendance report', 'education', 's1'),
      e('inc2', '2023-07-01', 'Incident at home', 'police', 'pol'),
      e('inc3', '2023-07-01', 'Incident at home', 'incident', 'edt'),
    ]);
    expect(groups(b)).to.have.deep.members([
      ['inc', 'not', 'ref'],
      ['visit'],
      ['call'],
      ['eve'],
      ['conf1', 'conf2'],
      ['cp'],
      ['cin'],
      ['hit'],
      ['miss'],
      ['ed'],
      ['att'],
      ['inc2', 'inc3'],
    ]);
  });
  it('keeps each agency’s own call, letter, visit or check its own event, unless the titles say it was joint', () => {
    // Written before running: four agencies' "Phone call with parent" on one day are four calls (before: one event),
    // two agencies' "Home visit" two visits; a visit both record as joint, a strategy meeting and a plain "Meeting"
    // (a meeting has several agencies in it) are one event each; the same incident from two agencies still one.
    const b = bundle([
      e('c1', '2023-09-04', 'Phone call with parent', 'contact', 's1'),
      e('c2', '2023-09-04', 'Phone call with parent', 'contact', 'hv'),
      e('c3', '2023-09-04', 'Phone call with parent', 'contact', 'sc'),
      e('c4', '2023-09-04', 'Phone call with parent', 'contact', 'pol'),
      e('l1', '2023-09-05', 'Letter to parents', 'contact', 's1'),
      e('l2', '2023-09-05', 'Letter to parents', 'contact', 'sc'),
      e('v1', '2023-09-06', 'Home visit', 'visit', 'hv'),
      e('v2', '2023-09-06', 'Home visit', 'visit', 'sc'),
      e('j1', '2023-09-07', 'Joint home visit with police', 'visit', 'sc'),
      e('j2', '2023-09-07', 'Joint visit to the home', 'visit', 'pol'),
      e('s1', '2023-09-08', 'Strategy meeting', 'meeting', 'sc'),
      e('s2', '2023-09-08', 'Strategy meeting held', 'meeting', 'pol'),
      e('m1', '2023-09-11', 'Meeting', 'meeting', 'sc'),
      e('m2', '2023-09-11', 'Meeting', 'meeting', 's1'),
      e('i1', '2023-09-12', 'Incident at home', 'police', 'pol'),
      e('i2', '2023-09-12', 'Incident at home', 'incident', 'edt'),
    ]);
    expect(groups(b)).to.have.deep.members([
      ['c1'],
      ['c2'],
      ['c3'],
      ['c4'],
      ['l1'],
      ['l2'],
      ['v1'],
      ['v2'],
      ['j1', 'j2'],
      ['s1', 's2'],
      ['m1', 'm2'],
      ['i1', 'i2'],
    ]);
  });
});

describe('planPeriods', () => {
  const plan = (id: string, date: string, title: string, agency = 'sc', extra: Partial<ChronologyEntry> = {}) =>
    e(id, date, title, 'plan', agency, ['jay'], extra);
  it('ends a plan at its end date, at a closure from the same agency about the same child, or an ending decision', () => {
    const b = bundle([
      plan('p1', '2018-01-01', 'Early Help plan', 'hou', { endDate: '2018-06-01' }),
      plan('p2', '2019-01-01', 'Child in need plan'),
      e('c-other-agency', '2019-03-01', 'Case closed', 'closure', 'hou'),
      e('c-other-child', '2019-04-01', 'Case closed', 'closure', 'sc', ['mia']),
      e('c-referral', '2019-05-01', 'Referral closed: no further action', 'decision', 'sc'),
      e('c', '2019-06-01', 'Child in need plan ended; case closed', 'closure', 'sc'),
      plan('p3', '2020-01-01', 'Child protection plan'),
      e('d', '2020-09-01', 'Review conference: child protection plan ended', 'decision', 'sc'),
    ]);
    const p = planPeriods(b, { asAt: '2024-01-01' });
    expect(p.map((x) => [x.entryId, x.kind, x.to, x.endedBy ?? null, x.open])).to.deep.equal([
      ['p1', 'early-help', '2018-06-01', null, false],
      ['p2', 'child-in-need', '2019-06-01', 'c', false],
      ['p3', 'child-protection', '2020-09-01', 'd', false],
    ]);
  });
  it('ends a plan at the entry whose endsId names it, or when a new plan of the same kind replaces it; else it is open', () => {
    const b = bundle([
      plan('p1', '2017-05-02', 'Child protection plan (emotional abuse)'),
      e('m', '2018-01-15', 'Review conference outcome', 'meeting', 'sc', ['jay'], { endsId: 'p1' }),
      plan('p2', '2018-01-15', 'Child in need plan'),
      plan('p3', '2018-07-20', 'Child in need plan (revised)'),
    ]);
    const p = planPeriods(b, { asAt: '2019-01-01' });
    expect(p.map((x) => [x.entryId, x.to ?? null, x.endedBy ?? null, x.open])).to.deep.equal([
      ['p1', '2018-01-15', 'm', false],
      ['p2', '2018-07-20', 'p3', false],
      ['p3', null, null, true],
    ]);
    expect(planPeriods(b, { asAt: '2017-12-01' })[0]!.open).to.equal(true);
  });
});

describe('findPatterns', () => {
  const ASAT = '2024-12-31';
  it('never counts phone calls, letters, records checks or school reports as concerns', () => {
    expect(concernOf(e('a', '2020-01-01', 'Phone call with mum', 'contact', 'sc'))).to.equal(null);
    expect(concernOf(e('a', '2020-01-01', 'Marker reviewed on the address', 'police', 'pol', [], { significance: 'routine' }))).to.equal(
      null,
    );
    expect(concernOf(e('a', '2020-01-01', 'Termly report', 'education', 's1'))).to.equal(null);
    expect(concernOf(e('a', '2020-01-01', 'Termly report', 'education', 's1', ['jay'], { significance: 'significant' }))).to.equal('other');
    expect(concernOf(e('a', '2020-01-01', 'Burn to hand seen at nursery', 'health', 'hv'))).to.equal('injury');
    const calls = ['01', '02', '03', '04', '05'].map((m) => e(`c${m}`, `2020-${m}-10`, 'Phone call with mum', 'contact', 'sc'));
    expect(findPatterns(bundle(calls), { asAt: ASAT })).to.deep.equal([]);
  });
  it('repeated concern: slides its window, never spans more than it, and resets at an assessment', () => {
    const refs = ['2020-01-10', '2020-04-01', '2020-08-01', '2020-12-01', '2021-06-01', '2021-09-01', '2021-12-01'].map((d, i) =>
      e(`r${i}`, d, `Referral ${i}`, 'referral', 'sc'),
    );
    const f = findPatterns(bundle(refs), { asAt: ASAT }).filter((x) => x.kind === 'repeated-concern');
    expect(f.map((x) => [x.from, x.to, x.count])).to.have.deep.members([
      ['2020-01-10', '2020-12-01', 4],
      ['2021-06-01', '2021-12-01', 3],
    ]);
    const withAssessment = findPatterns(bundle([...refs, e('as', '2020-05-01', 'Assessment', 'assessment', 'sc')]), { asAt: ASAT });
    // After the assessment: Aug 2020, Dec 2020 and Jun 2021 fit one 365-day window; Sep and Dec 2021 are only two.
    expect(withAssessment.filter((x) => x.kind === 'repeated-concern').map((x) => [x.from, x.to, x.count])).to.deep.equal([
      ['2020-08-01', '2021-06-01', 3],
    ]);
    expect(
      findPatterns(bundle(refs), { asAt: ASAT, thresholds: { repeatedConcern: 5 }, windows: { repeatedConcern: 700 } })
        .filter((x) => x.kind === 'repeated-concern')
        .map((x) => x.count),
    ).to.deep.equal([7]);
  });
  it('drift: a phone call, a letter or a visit with no answer is not a visit; a closed plan is not open', () => {
    const b = bundle([
      e('p', '2024-01-01', 'Child protection plan', 'plan', 'sc', ['jay'], { significance: 'critical' }),
      e('v1', '2024-01-10', 'Home visit', 'visit', 'sc'),
      e('call', '2024-02-01', 'Phone call to mum', 'contact', 'sc'),
      e('no', '2024-02-10', 'Home visit attempted: no answer', 'visit', 'sc'),
      e('hv', '2024-02-15', 'Health visitor home visit', 'visit', 'hv'),
      e('letter', '2024-02-20', 'Letter from housing', 'contact', 'hou'),
      e('v2', '2024-03-20', 'Home visit', 'visit', 'sc'),
      e('close', '2024-04-01', 'Child protection plan ended; case closed', 'closure', 'sc'),
    ]);
    const f = findPatterns(b, { asAt: ASAT });
    expect(f.map((x) => [x.kind, x.from, x.to, x.count, x.entryIds])).to.deep.equal([
      ['drift', '2024-01-10', '2024-03-20', 70, ['p', 'v1', 'v2']],
    ]);
    expect(f[0]!.message).to.contain('70 days between visits to Jay').and.contain('2 phone calls, letters or other contacts');
    expect(findPatterns(b, { asAt: ASAT, thresholds: { drift: { 'child-protection': 80 } } })).to.deep.equal([]);
  });
  it('drift: an open plan is checked up to asAt', () => {
    const b = bundle([e('p', '2024-09-01', 'Child in need plan', 'plan', 'sc'), e('v1', '2024-09-10', 'Home visit', 'visit', 'sc')]);
    const f = findPatterns(b, { asAt: '2024-12-31' });
    expect(f.map((x) => [x.kind, x.from, x.to, x.count])).to.deep.equal([['drift', '2024-09-10', '2024-12-31', 112]]);
    expect(f[0]!.message).to.contain('112 days since Jay was last visited');
    expect(findPatterns(b, { asAt: '2024-10-15' })).to.deep.equal([]);
  });
  it('missing: one episode per child per day across agencies, with those children’s services did not record', () => {
    const m = (id: string, d: string, agency: string) => e(id, d, 'Jay missing from home', 'missing', agency);
    const b = bundle([
      m('a1', '2023-01-05', 'pol'),
      m('a2', '2023-01-05', 'sc'),
      m('b1', '2023-02-05', 'pol'),
      m('c1', '2023-03-05', 'pol'),
      m('c2', '2023-03-05', 'sc'),
    ]);
    const f = findPatterns(b, { asAt: ASAT });
    expect(f.map((x) => [x.kind, x.count, x.entryIds.length])).to.deep.equal([['missing', 3, 5]]);
    expect(f[0]!.message).to.contain('3 missing episodes').and.contain('5 records from 2 agencies').and.contain('no record of 1 of them');
  });
  it('escalation: repeated concern events while a plan is open', () => {
    const b = bundle([
      e('p', '2023-01-01', 'Child in need plan', 'plan', 'sc'),
      ...['2023-01-20', '2023-02-20', '2023-03-20', '2023-04-20', '2023-05-20', '2023-06-20', '2023-07-20'].map((d, i) =>
        e(`v${i}`, d, 'Home visit', 'visit', 'sc'),
      ),
      e('i1', '2023-02-01', 'Domestic incident', 'police', 'pol'),
      e('i2', '2023-03-01', 'Assault on mum', 'police', 'pol'),
      e('i3', '2023-04-01', 'Referral: Jay hurt', 'referral', 'sc'),
      e('end', '2023-08-01', 'Child in need plan ended', 'closure', 'sc'),
    ]);
    const f = findPatterns(b, { asAt: ASAT });
    expect(f.map((x) => [x.kind, x.from, x.to, x.count])).to.deep.equal([['escalation', '2023-02-01', '2023-04-01', 3]]);
    expect(f[0]!.entryIds).to.deep.equal(['p', 'i1', 'i2', 'i3']);
  });
  it('escalation: names the plan the concerns happened under, before and after a step up to child protection', () => {
    // Written before running: three concerns under the child in need plan, three after the child protection plan
    // replaced it. Two prompts, each naming its own plan and staying inside it; before, one prompt of six said all
    // happened "while the child in need plan was open", months after it had ended.
    const day = (n: number) => new Date(Date.UTC(2023, 0, 10 + n)).toISOString().slice(0, 10);
    const b = bundle([
      e('cin', '2023-01-01', 'Child in need plan', 'plan', 'sc', ['jay'], { endDate: '2023-05-15' }),
      e('cp', '2023-05-15', 'Child protection plan', 'plan', 'sc'),
      ...Array.from({ length: 13 }, (_, i) => e(`v${i}`, day(i * 21), 'Home visit', 'visit', 'sc')),
      e('i1', '2023-02-01', 'Domestic incident', 'police', 'pol'),
      e('i2', '2023-03-01', 'Assault on mum', 'police', 'pol'),
      e('i3', '2023-04-01', 'Referral: Jay hurt', 'referral', 'sc'),
      e('i4', '2023-06-01', 'Domestic incident', 'police', 'pol'),
      e('i5', '2023-07-01', 'Threats to mum', 'police', 'pol'),
      e('i6', '2023-08-01', 'Referral: Jay bruised', 'referral', 'sc'),
      e('end', '2023-10-01', 'Child protection plan ended', 'closure', 'sc'),
    ]);
    const f = findPatterns(b, { asAt: ASAT }).filter((x) => x.kind === 'escalation');
    expect(f.map((x) => [x.from, x.to, x.count])).to.have.deep.members([
      ['2023-02-01', '2023-04-01', 3],
      ['2023-06-01', '2023-08-01', 3],
    ]);
    const before = f.find((x) => x.from === '2023-02-01')!;
    const after = f.find((x) => x.from === '2023-06-01')!;
    expect(before.message).to.contain('while the child in need plan was open');
    expect(before.entryIds).to.deep.equal(['cin', 'i1', 'i2', 'i3']);
    expect(after.message).to.contain('while the child protection plan was open');
    expect(after.entryIds).to.deep.equal(['cp', 'i4', 'i5', 'i6']);
  });
  it('explains in Welsh, ranks most important first, and leaves out what a version withholds', () => {
    const refs = ['2020-01-10', '2020-04-01', '2020-08-01'].map((d, i) =>
      e(`r${i}`, d, `Referral ${i}`, 'referral', 'sc', ['jay'], i === 2 ? { confidentiality: 'restricted' } : {}),
    );
    const cy = findPatterns(bundle(refs), { asAt: ASAT, locale: 'cy' });
    expect(cy[0]!.message).to.contain('Ystyriwch').and.contain('3 o atgyfeiriadau');
    expect(cy[0]!.title).to.equal('Pryder dro ar ôl tro');
    expect(cy[0]!.rank).to.equal(1);
    expect(panelFindings(bundle(refs), 'practitioner', (id) => id, 'en', undefined, ASAT)).to.have.length(1);
    expect(panelFindings(bundle(refs), 'redacted', (id) => id, 'en', undefined, ASAT)).to.deep.equal([]);
    expect(panelFindings(bundle(refs), 'practitioner', (id) => id, 'en', { repeatedConcern: { enabled: false } }, ASAT)).to.deep.equal([]);
  });
  it('the panel checks open plans up to the last date the record reaches, not past the end of an extract', () => {
    const b = bundle([
      e('p', '2024-09-01', 'Child in need plan', 'plan', 'sc'),
      e('v1', '2024-09-10', 'Home visit', 'visit', 'sc'),
      e('c', '2024-10-01', 'Phone call', 'contact', 'sc'),
    ]);
    expect(recordReaches(b, '2026-12-02')).to.equal('2024-10-01');
    expect(recordReaches(b, '2024-09-20')).to.equal('2024-09-20');
    expect(panelFindings(b, 'practitioner', (id) => id, 'en', undefined)).to.deep.equal([]);
    expect(findPatterns(b, { asAt: '2026-12-02' }).map((f) => f.kind)).to.deep.equal(['drift']);
  });
});

describe('a visit where the child was not seen is not a statutory visit', () => {
  const visit = (title: string, extra: Record<string, unknown> = {}) =>
    ({ id: 'v', date: '2025-03-01', category: 'visit', title, subjectIds: ['c'], significance: 'notable', ...extra }) as ChronologyEntry;
  it('reads the note’s childSeen: false, and Welsh titles as well as English ones', () => {
    // Written down first: the first four were not visits that saw the child; the last two were.
    expect(failedVisit(visit('Visit at home', { childSeen: false }))).to.equal(true);
    expect(failedVisit(visit('Ymweliad: Tyler Evans heb ei weld'))).to.equal(true);
    expect(failedVisit(visit('Ymweliad cartref: dim ateb'))).to.equal(true);
    expect(failedVisit(visit('Visit: Tyler Evans not seen'))).to.equal(true);
    expect(failedVisit(visit('Visit at home: Tyler Evans seen alone', { childSeen: true }))).to.equal(false);
    expect(failedVisit(visit('Ymweliad cartref: gwelwyd Tyler ar ei ben ei hun'))).to.equal(false);
  });
});
