import { expect } from '@open-wc/testing';
import type { CaseBundle, ChronologyEntry } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import { groupEvents } from '../src/analysis/events.js';
import { findPatterns } from '../src/analysis/find-patterns.js';
import { concernOf } from '../src/analysis/concerns.js';
import { mergeSameEvents } from '../src/merge.js';
import { buildModel } from '../src/model.js';
import { chronologyMessages } from '../src/messages/index.js';

// A practitioner's review of the pattern prompts on the sample case (the Evans–Hughes family). Each test's expected
// prompts were written down before the code was changed; each fails on the code the review was made on.

type Cat = ChronologyEntry['category'];
const e = (
  id: string,
  date: string,
  title: string,
  category: Cat,
  agency: string,
  subjectIds = ['jay'],
  extra: Partial<ChronologyEntry> = {},
): ChronologyEntry => ({ id, date, title, category, significance: 'notable', sourceAgencyId: agency, subjectIds, ...extra });
const bundle = (chronology: ChronologyEntry[]): CaseBundle => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'c', subjectIds: ['jay', 'mia'] },
  people: [
    { id: 'jay', givenName: 'Jay', familyName: 'Lewis', gender: 'male' },
    { id: 'mia', givenName: 'Mia', familyName: 'Lewis', gender: 'female' },
    { id: 'mum', givenName: 'Kerry', familyName: 'Lewis', gender: 'female' },
    { id: 'dean', givenName: 'Dean', familyName: 'Price', gender: 'male' },
  ],
  agencies: [
    { id: 'sc', name: 'Children’s Services', sector: 'social-care' },
    { id: 'eh', name: 'Early Help', sector: 'early-help' },
    { id: 'pol', name: 'Police', sector: 'police' },
    { id: 'ed', name: 'Emergency Department', sector: 'health' },
    { id: 'gp', name: 'GP', sector: 'health' },
    { id: 'hv', name: 'Health visiting', sector: 'health' },
    { id: 's1', name: 'School', sector: 'education' },
    { id: 'vol', name: 'Missing from home service', sector: 'voluntary' },
  ],
  chronology,
});
const sig = { significance: 'significant' } as const;
const ASAT = '2025-06-30';

describe('practice review: a strategy discussion is the response to concerns, not a concern', () => {
  const b = bundle([
    // Jay: two concerns, then the strategy discussion that starts a section 47 enquiry (as the sample's 2021).
    e('j1', '2021-05-22', 'Domestic abuse incident at home, Jay present', 'police', 'pol', ['jay', 'mum', 'dean'], sig),
    e('j-call', '2021-05-25', 'Phone call with mum', 'contact', 'sc', ['jay']),
    e('j2', '2021-06-28', 'Referral from school: Jay says Dean hurt mum', 'referral', 'sc', ['jay'], sig),
    e('j-sd', '2021-07-02', 'Strategy discussion: section 47 enquiry agreed', 'meeting', 'sc', ['jay'], sig),
    e('j-s47', '2021-07-05', 'Section 47 enquiry', 'assessment', 'sc', ['jay'], { endDate: '2021-07-30' }),
    e('j3', '2021-09-01', 'Referral from GP: Jay not brought to appointments', 'referral', 'sc', ['jay']),
    // Mia: a strategy meeting that ends with no further action answers nothing: the concerns around it still count.
    e('m1', '2022-01-10', 'Referral from school: Mia hungry', 'referral', 'sc', ['mia']),
    e('m-sd', '2022-01-12', 'Strategy meeting: threshold for section 47 not met, no further action', 'meeting', 'sc', ['mia'], sig),
    e('m2', '2022-03-15', 'Domestic incident, Mia present', 'police', 'pol', ['mia'], sig),
    e('m-marac', '2022-03-20', 'Core group meeting', 'meeting', 'sc', ['mia']),
    e('m3', '2022-05-01', 'Referral from health visitor: Mia’s weight', 'referral', 'sc', ['mia']),
  ]);

  it('classifies strategy discussions and section 47 decisions as responses, never concerns', () => {
    const byId = new Map(b.chronology!.map((x) => [x.id, x]));
    expect(concernOf(byId.get('j-sd')!)).to.equal(null);
    expect(concernOf(byId.get('m-sd')!)).to.equal(null);
    expect(concernOf(e('x', '2022-01-01', 'S47 strategy discussion held with police', 'police', 'pol', ['jay'], sig))).to.equal(null);
    expect(concernOf(e('x', '2022-01-01', 'Trafodaeth strategaeth: ymholiad adran 47', 'meeting', 'sc', ['jay'], sig))).to.equal(null);
    // The concerns themselves stay concerns, a referral that asks for a strategy discussion included.
    expect(concernOf(byId.get('j2')!)).to.equal('referral');
    expect(concernOf(e('x', '2022-01-01', 'Referral: police ask for a strategy discussion', 'referral', 'sc'))).to.equal('referral');
  });

  it('ends the run at a strategy discussion that starts an enquiry; one that ends in no further action is quoted as the outcome', () => {
    const f = findPatterns(b, { asAt: ASAT }).filter((x) => x.kind === 'repeated-concern');
    // Jay: two concerns, then the response: no prompt (before: "3 concern events ... 1 other event marked significant.
    // No assessment or plan was started in between"). Mia: three concerns in 111 days, one ended with no further action.
    expect(f.map((x) => [x.subjectIds, x.from, x.to, x.count])).to.deep.equal([[['mia'], '2022-01-10', '2022-05-01', 3]]);
    expect(f[0]!.message).to.contain('3 concern events about Mia Lewis in 111 days');
    expect(f[0]!.message).to.contain('2 referrals, 1 police notification.').and.contain('1 of them ended with no further action');
    expect(f[0]!.message).to.not.contain('marked significant');
    expect(f[0]!.entryIds).to.deep.equal(['m1', 'm-sd', 'm2', 'm3']);
  });
});

describe('practice review: an assault and the injury seen at hospital the same evening are one incident', () => {
  const chronology = [
    e('cin', '2023-01-01', 'Child in need plan', 'plan', 'sc', ['jay', 'mia']),
    ...['01-20', '02-25', '03-30', '05-02', '06-05'].map((d) =>
      e(`v${d}`, `2023-${d}`, 'Home visit', 'visit', 'sc', ['jay', 'mia'], { significance: 'routine' }),
    ),
    e('i1', '2023-02-03', 'Jay missing overnight', 'missing', 'pol', ['jay'], sig),
    e('i2', '2023-03-10', 'Referral from school: Jay disclosed self-harm', 'referral', 'sc', ['jay']),
    // One incident: police at 21:40, the emergency department at 22:55, the GP's copy of the discharge letter.
    e('pol', '2023-05-06', 'Dean assaults Jay at the family home', 'police', 'pol', ['jay', 'dean', 'mia'], {
      significance: 'critical',
      time: '21:40',
      sequence: 1,
    }),
    e('ed', '2023-05-06', 'Jay seen in the Emergency Department: facial injury', 'health', 'ed', ['jay'], {
      ...sig,
      time: '22:55',
      sequence: 2,
    }),
    e('gp', '2023-05-06', 'ED attendance notification: facial injury to Jay', 'health', 'gp', ['jay'], { sequence: 3 }),
    // Distractors the same day: two agencies' own visits, and an injury to the other child that the assault does not name.
    e('hv-visit', '2023-05-06', 'Home visit', 'visit', 'hv', ['jay', 'mia'], { significance: 'routine' }),
    e('sc-visit', '2023-05-06', 'Home visit', 'visit', 'sc', ['jay', 'mia'], { significance: 'routine' }),
    e('mia-burn', '2023-05-06', 'Mia seen at the Emergency Department: burn to hand from the kettle', 'health', 'gp', ['mia']),
    // Another day: mum assaulted (the children present), and Jay's sprained ankle from football at the hospital.
    e('pol2', '2023-06-10', 'Dean assaults Kerry, children present', 'police', 'pol', ['mum', 'dean', 'jay', 'mia'], sig),
    e('ankle', '2023-06-10', 'Jay attended ED: ankle injury playing football', 'health', 'ed', ['jay']),
  ];
  const b = bundle(chronology);

  it('groups the police report, the emergency department and the GP’s notification as one event; keeps the rest apart', () => {
    const groups = groupEvents(b).map((ev) => [...ev.entryIds].sort());
    expect(groups).to.deep.include(['ed', 'gp', 'pol']);
    for (const id of ['hv-visit', 'sc-visit', 'mia-burn', 'pol2', 'ankle']) expect(groups).to.deep.include([id]);
    // The table groups the same way.
    const model = buildModel(b);
    const events = mergeSameEvents(model.rows, { names: model.names, ownNames: model.ownNames });
    expect(events.find((x) => x.rows.some((r) => r.id === 'ed'))!.rows.map((r) => r.id)).to.have.members(['pol', 'ed', 'gp']);
  });

  it('counts the incident once among the concerns while the plan is open', () => {
    const f = findPatterns(b, { asAt: '2023-06-01' }).filter((x) => x.message.includes('concern events'));
    // Before: "4 concern events ... 1 referral, 1 police notification, 1 missing episode, 1 injury".
    expect(f.map((x) => [x.from, x.to, x.count])).to.deep.equal([['2023-02-03', '2023-05-06', 3]]);
    expect(f[0]!.message).to.contain('1 referral, 1 police notification, 1 missing episode.').and.not.contain('injur');
    expect(f[0]!.entryIds).to.include.members(['pol', 'ed', 'gp']);
  });
});

describe('practice review: a gap between visits is judged by the plan open at each point of it', () => {
  const day = (from: string, n: number) => new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10);
  const every = (prefix: string, from: string, to: string, n: number) => {
    const out: ChronologyEntry[] = [];
    for (let d = from; d < to; d = day(d, n)) out.push(e(`${prefix}-${d}`, d, 'Home visit: Jay seen alone', 'visit', 'sc'));
    return out;
  };
  const b = bundle([
    // Early Help with no visits recorded: no statutory visiting, no gap prompt.
    e('eh', '2020-10-01', 'Team Around the Family plan', 'plan', 'eh', ['jay'], { endDate: '2021-03-20' }),
    e('eh-call', '2020-12-01', 'Phone call with mum', 'contact', 'eh'),
    // A child protection plan (ended 12 Sep 2022), then a child in need plan (ended 20 Jun 2023), then a second one.
    e('cp1', '2022-01-03', 'Child protection plan (emotional abuse)', 'plan', 'sc', ['jay'], { endDate: '2022-09-12' }),
    ...every('cp1v', '2022-01-05', '2022-07-12', 21),
    e('v-0711', '2022-07-11', 'Home visit: Jay seen alone', 'visit', 'sc'),
    e('call', '2022-08-15', 'Phone call with mum', 'contact', 'sc'),
    e('cin', '2022-09-12', 'Child in need plan', 'plan', 'sc', ['jay'], { endDate: '2023-06-20' }),
    e('v-1004', '2022-10-04', 'Home visit: Jay seen alone', 'visit', 'sc'),
    e('v-1107', '2022-11-07', 'Home visit: Jay seen alone', 'visit', 'sc'),
    e('v-0106', '2023-01-06', 'Home visit: Jay seen alone', 'visit', 'sc'),
    e('v-0201', '2023-02-01', 'Home visit: Jay seen alone', 'visit', 'sc'),
    e('v-0303', '2023-03-03', 'Home visit: Jay seen alone', 'visit', 'sc'),
    e('cp2', '2023-06-20', 'Child protection plan (physical abuse)', 'plan', 'sc', ['jay']),
    ...every('cp2v', '2023-07-03', '2025-06-30', 20),
  ]);
  const drift = (x: CaseBundle, o: Parameters<typeof findPatterns>[1] = {}) =>
    findPatterns(x, { asAt: ASAT, ...o }).filter((f) => f.kind === 'drift');

  it('never judges a gap against a plan that had ended, and never raises a gap on an Early Help plan', () => {
    const f = drift(b);
    // Written first: 63 days under the child protection plan up to its end (the 22 days after, under the child in need
    // plan, are within its 6 weeks); 60 days under the child in need plan; 109 days under it up to its end (the 13 days
    // after, under the second child protection plan, are within 4 weeks). Before: "85 days ... while the child
    // protection plan was open (11 Jul 2022 to 4 Oct 2022)", "2 gaps ... child protection plan (3 Mar 2023 to
    // 3 Jul 2023)" and a gap "while the Early Help plan was open".
    expect(f.map((x) => [x.from, x.to, x.count])).to.have.deep.members([
      ['2022-07-11', '2022-09-12', 63],
      ['2022-11-07', '2023-01-06', 60],
      ['2023-03-03', '2023-06-20', 109],
    ]);
    const [cp, cin, cinEnd] = ['2022-07-11', '2022-11-07', '2023-03-03'].map((d) => f.find((x) => x.from === d)!);
    expect(cp!.message).to.equal(
      '63 days without a visit to Jay Lewis while the child protection plan was open, from 11 Jul 2022 until it ended on ' +
        '12 Sep 2022; visits are expected about every 28 days. 1 phone call, letter or other contact in this time is not a ' +
        'visit. Check whether Jay Lewis was seen and the visit not recorded.',
    );
    expect(cp!.entryIds).to.deep.equal(['cp1', 'v-0711']);
    expect(cin!.message)
      .to.contain('60 days between visits to Jay Lewis while the child in need plan was open')
      .and.contain('every 42 days');
    expect(cinEnd!.message).to.contain('109 days without a visit to Jay Lewis while the child in need plan was open, from 3 Mar 2023');
    expect(cinEnd!.entryIds).to.deep.equal(['cin', 'v-0303']);
    for (const x of f) expect(x.message).to.not.contain('Early Help');
  });

  it('joins late gaps in a row only under one plan, and names that plan and the days it was open', () => {
    // As the sample's twins: last seen 3 days before a child protection plan ended; then 56, 116 and 109 days under the
    // child in need plan; seen 13 days into the next child protection plan.
    const twins = bundle([
      e('cp1', '2021-08-16', 'Child protection plan', 'plan', 'sc', ['mia'], { endDate: '2022-09-12' }),
      ...every('cp1v', '2021-08-20', '2022-08-30', 20).map((x) => ({ ...x, subjectIds: ['mia'] })),
      e('v1', '2022-08-30', 'Home visit: Mia seen', 'visit', 'sc', ['mia']),
      e('v2', '2022-09-09', 'Home visit: Mia seen', 'visit', 'sc', ['mia']),
      e('cin', '2022-09-12', 'Child in need plan', 'plan', 'sc', ['mia'], { endDate: '2023-06-20' }),
      e('v3', '2022-11-07', 'Home visit: Mia seen', 'visit', 'sc', ['mia']),
      e('v-no', '2022-12-05', 'Unannounced visit: no answer', 'visit', 'sc', ['mia']),
      e('v4', '2023-03-03', 'Home visit: Mia seen', 'visit', 'sc', ['mia']),
      e('cp2', '2023-06-20', 'Child protection plan', 'plan', 'sc', ['mia']),
      ...every('cp2v', '2023-07-03', '2023-12-31', 20).map((x) => ({ ...x, subjectIds: ['mia'] })),
    ]);
    const f = drift(twins, { asAt: '2023-12-01' });
    expect(f.map((x) => [x.from, x.to, x.count])).to.deep.equal([['2022-09-12', '2023-06-20', 281]]);
    expect(f[0]!.message).to.contain(
      '3 gaps in a row of more than 42 days between visits to Mia Lewis while the child in need plan was open (12 Sep 2022 to 20 Jun 2023, 281 days); the longest was 116 days.',
    );
    expect(f[0]!.entryIds).to.deep.equal(['cin', 'v3', 'v4']);
  });

  it('an Early Help gap is raised only where a host sets its own visiting interval', () => {
    const f = drift(b, { thresholds: { drift: { 'early-help': 56 } } }).filter((x) => x.from < '2021-06-01');
    expect(f.map((x) => [x.from, x.to, x.count])).to.deep.equal([['2020-10-01', '2021-03-20', 170]]);
  });
});

describe('practice review: a return interview recorded after a missing episode', () => {
  const miss = (id: string, d: string) => e(id, d, 'Jay missing overnight', 'missing', 'pol', ['jay'], sig);
  const b = bundle([
    miss('m1', '2023-02-11'),
    e('rhi1', '2023-02-14', 'Return home interview: Jay says he “can’t stand being at home”', 'contact', 'sc'),
    miss('m2', '2023-03-18'),
    miss('m3', '2023-04-08'),
    e('rhi3', '2023-04-11', 'Return home interview offered: Jay declined', 'contact', 'sc'),
    e('call3', '2023-04-12', 'Phone call with mum', 'contact', 'sc'),
    miss('m4', '2023-04-29'),
    e('rhi4', '2023-05-02', 'Return home interview completed', 'meeting', 'vol'),
    // Mia's interview is not Jay's.
    e('rhi-mia', '2023-03-20', 'Return home interview completed', 'meeting', 'sc', ['mia']),
  ]);

  it('says which episodes children’s services knows of and after which a return interview is recorded', () => {
    const f = findPatterns(b, { asAt: ASAT }).filter((x) => x.kind === 'missing');
    // Written first: children's services knows of the first (its interview) and the third (its offer, declined); a
    // return interview took place after the first and the fourth (the commissioned service). Before: "no record of 4".
    expect(f).to.have.length(1);
    expect(f[0]!.message).to.equal(
      '4 missing episodes for Jay Lewis from 11 Feb 2023 to 29 Apr 2023 (4 records from 1 agency, counted once per day). ' +
        'Children’s services has no record of 2 of them. A return interview is recorded after 2 of them, none after the ' +
        'other 2. Consider the pattern, and whether return interviews took place.',
    );
    expect(f[0]!.entryIds).to.deep.equal(['m1', 'rhi1', 'm2', 'm3', 'rhi3', 'm4', 'rhi4']);
  });
});

describe('practice review: Welsh numbers', () => {
  it('mutates after 2: "2 fwlch", "mewn 2 ddiwrnod"', () => {
    const visit = (d: string) => e(`v${d}`, d, 'Home visit', 'visit', 'sc');
    const b = bundle([
      e('cp', '2024-01-01', 'Child protection plan', 'plan', 'sc', ['jay'], { endDate: '2024-12-31' }),
      ...['2024-01-05', '2024-02-15', '2024-03-30', '2024-04-20', '2024-05-10', '2024-06-01'].map(visit),
      ...['2024-07-01', '2024-07-02', '2024-07-03'].map((d, i) => e(`r${i}`, d, `Referral ${i}`, 'referral', 'sc', ['mia'])),
    ]);
    const cy = findPatterns(b, { asAt: '2024-07-10', locale: 'cy' });
    const drift = cy.filter((x) => x.kind === 'drift').map((x) => x.message);
    expect(drift.join(' ')).to.contain('2 fwlch o fwy na 28 diwrnod');
    expect(cy.find((x) => x.kind === 'repeated-concern')!.message).to.contain('mewn 2 ddiwrnod');
    expect(findPatterns(b, { asAt: '2024-07-10' }).find((x) => x.kind === 'repeated-concern')!.message).to.contain('in 2 days');
  });
});

describe('practice review: Welsh numbers in the chronology’s own messages', () => {
  it('softens the noun after 2 in the court chronology and the first version’s prompts', async () => {
    await chronologyMessages.load('cy');
    const t = (key: Parameters<typeof chronologyMessages.t>[1], p: Record<string, string | number>) => chronologyMessages.t('cy', key, p);
    expect(t('court.showing', { count: 2, total: 9 })).to.equal('Yn rhestru’r 2 ddigwyddiad arwyddocaol a chritigol o 9.');
    expect(t('court.showing', { count: 3, total: 9 })).to.contain('3 digwyddiad');
    const p = { name: 'Jay', from: 'Ion 2024', to: 'Maw 2024' };
    expect(t('explain.repeated-concern', { ...p, count: 3, months: 2 })).to.contain('o fewn 2 fis,');
    expect(t('explain.repeated-concern', { ...p, count: 3, months: 5 })).to.contain('o fewn 5 mis,');
    expect(t('explain.missing-cluster', { ...p, count: 2 })).to.contain('ar goll 2 waith');
    expect(t('explain.escalation', { ...p, count: 2, before: 'arferol', after: 'arwyddocaol' })).to.contain('Mae’r 2 gofnod diwethaf');
  });
});

describe('practice review: the sample case', () => {
  const f = findPatterns(sampleCase, { asAt: '2025-09-24' });
  const kinds = (k: string) => f.filter((x) => x.kind === k);

  it('raises no repeated concern on the 2021 strategy discussion, and counts the 6 May 2023 assault once', () => {
    expect(kinds('repeated-concern').map((x) => x.message)).to.deep.equal([]);
    const tyler = kinds('escalation').find((x) => x.subjectIds.includes('p-tyler'))!;
    expect(tyler.message).to.contain('6 concern events about Tyler Evans while the child in need plan was open');
    expect(tyler.message).to.contain('1 referral, 1 police notification, 4 missing episodes.');
  });

  it('judges each gap by the plan open at the time, and raises none on the Early Help plan', () => {
    const drift = kinds('drift');
    expect(drift.map((x) => x.message).join(' ')).to.not.contain('Early Help');
    const tyler = drift.find((x) => x.from === '2022-07-11')!;
    expect(tyler.message).to.contain(
      '63 days without a visit to Tyler Evans while the child protection plan was open, from 11 Jul 2022 until it ended on 12 Sep 2022',
    );
    const twins = drift.find((x) => x.subjectIds.includes('p-ruby') && x.from === '2022-09-12')!;
    expect(twins.message).to.contain(
      '3 gaps in a row of more than 42 days between visits to Ruby Evans and Megan Evans while the child in need plan was open (12 Sep 2022 to 20 Jun 2023, 281 days)',
    );
    // No gap is said to fall under a plan that had ended: every child protection gap lies inside a child protection plan.
    for (const x of drift.filter((y) => y.message.includes('child protection plan')))
      expect(x.from >= '2023-06-20' || x.to <= '2022-09-12', x.message).to.equal(true);
  });

  it('sees the return home interview after Tyler’s first missing episode', () => {
    const m = kinds('missing')[0]!;
    expect(m.message).to.contain(
      'Children’s services has no record of 3 of them. A return interview is recorded after 1 of them, none after the other 3.',
    );
    expect(m.entryIds).to.include('ce-2023-02-rhi');
  });
});
