import { expect } from '@open-wc/testing';
import type { CaseBundle, ChronologyEntry } from '@opencasework/core';
import { buildModel } from '../src/model.js';
import { clusters, detectPatterns } from '../src/patterns.js';
import { chronologyMessages } from '../src/messages/index.js';

const base = (chronology: ChronologyEntry[], subjectIds = ['jay', 'mia']): CaseBundle => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'c', subjectIds },
  people: [
    { id: 'jay', givenName: 'Jay', gender: 'male', dateOfBirth: '2012-01-01' },
    { id: 'mia', givenName: 'Mia', gender: 'female', dateOfBirth: '2014-01-01' },
  ],
  chronology,
});
const e = (id: string, date: string, category: ChronologyEntry['category'], extra: Partial<ChronologyEntry> = {}): ChronologyEntry => ({
  id,
  date,
  title: `${category} ${id}`,
  category,
  significance: 'notable',
  subjectIds: ['jay'],
  ...extra,
});
const ASAT = Date.UTC(2024, 0, 1);
const run = (b: CaseBundle, config = {}) => detectPatterns(buildModel(b, ASAT), undefined, { asAt: ASAT, config });

describe('patterns: repeated concern', () => {
  it('flags three concerns about one child within 12 months with no assessment, explained as a prompt', () => {
    const f = run(base([e('a', '2020-01-10', 'referral'), e('b', '2020-05-01', 'police'), e('c', '2020-12-01', 'contact')])).filter(
      (x) => x.kind === 'repeated-concern',
    );
    expect(f).to.have.length(1);
    expect(f[0]!.entryIds).to.deep.equal(['a', 'b', 'c']);
    expect(f[0]!.personId).to.equal('jay');
    expect(f[0]!.explanation).to.contain('3 referrals, contacts or incidents about Jay').and.contain('Consider whether');
    expect(f[0]!.approximate).to.equal(false);
  });
  it('is not flagged when an assessment was started between them', () => {
    const f = run(
      base([
        e('a', '2020-01-10', 'referral'),
        e('b', '2020-05-01', 'police'),
        e('x', '2020-06-01', 'assessment'),
        e('c', '2020-12-01', 'contact'),
      ]),
    );
    expect(f.filter((x) => x.kind === 'repeated-concern')).to.deep.equal([]);
  });
  it('is not flagged when the concerns are spread wider than the window', () => {
    const f = run(base([e('a', '2018-01-10', 'referral'), e('b', '2019-05-01', 'police'), e('c', '2020-12-01', 'contact')]));
    expect(f.filter((x) => x.kind === 'repeated-concern')).to.deep.equal([]);
  });
  it('counts an entry about two children for each child, and year-only dates as approximate', () => {
    const two = { subjectIds: ['jay', 'mia'] };
    const f = run(
      base([e('a', '2020', 'referral', two), e('b', '2020-05-01', 'incident', two), e('c', '2020-08-01', 'contact', two)]),
    ).filter((x) => x.kind === 'repeated-concern');
    expect(f.map((x) => x.personId)).to.deep.equal(['jay', 'mia']);
    expect(f[0]!.approximate).to.equal(true);
    expect(f[0]!.explanation).to.contain('known only to the month or year');
  });
  it('follows the host configuration', () => {
    const b = base([e('a', '2020-01-10', 'referral'), e('b', '2020-05-01', 'police')]);
    expect(run(b).filter((x) => x.kind === 'repeated-concern')).to.have.length(0);
    expect(run(b, { repeatedConcern: { count: 2 } }).filter((x) => x.kind === 'repeated-concern')).to.have.length(1);
    expect(
      run(base([e('a', '2020-01-10', 'referral'), e('b', '2020-02-01', 'police'), e('c', '2020-03-01', 'police')]), {
        repeatedConcern: { enabled: false },
      }).filter((x) => x.kind === 'repeated-concern'),
    ).to.have.length(0);
  });
  it('explains in Welsh', async () => {
    await chronologyMessages.load('cy'); // Welsh is loaded when first used (an element loads it itself)
    const f = detectPatterns(
      buildModel(base([e('a', '2020-01-10', 'referral'), e('b', '2020-05-01', 'police'), e('c', '2020-12-01', 'contact')])),
      undefined,
      { locale: 'cy' },
    );
    expect(f.find((x) => x.kind === 'repeated-concern')!.explanation).to.contain('Ystyriwch');
  });
});

describe('patterns: drift', () => {
  it('flags more than 42 days with no visit or contact while a plan is open', () => {
    const plan = e('p', '2021-01-01', 'plan', { endDate: '2021-06-30', significance: 'critical' });
    const f = run(
      base([
        plan,
        e('v1', '2021-01-20', 'visit'),
        e('v2', '2021-03-20', 'visit'),
        e('v3', '2021-04-20', 'visit'),
        e('v4', '2021-06-01', 'contact'),
      ]),
    ).filter((x) => x.kind === 'drift');
    expect(f).to.have.length(1);
    expect(f[0]!.entryIds).to.deep.equal(['p', 'v1', 'v2']);
    expect(f[0]!.explanation).to.contain('59 days').and.contain('Check whether contact happened');
  });
  it('checks an open plan up to today and the stretch before the first visit', () => {
    const f = run(base([e('p', '2023-10-01', 'plan'), e('v1', '2023-12-20', 'visit')])).filter((x) => x.kind === 'drift');
    expect(f.map((x) => x.entryIds)).to.deep.equal([['p', 'v1']]);
  });
  it('does not flag visits every few weeks, or gaps outside any plan', () => {
    const f = run(
      base([
        e('v0', '2019-01-01', 'visit'),
        e('p', '2021-01-01', 'plan', { endDate: '2021-03-01' }),
        e('v1', '2021-01-30', 'visit'),
        e('v2', '2021-02-28', 'visit'),
      ]),
    );
    expect(f.filter((x) => x.kind === 'drift')).to.deep.equal([]);
  });
});

describe('patterns: escalation', () => {
  it('flags significance rising over the most recent entries about a child', () => {
    const sigs = ['routine', 'routine', 'notable', 'significant', 'significant', 'critical'] as const;
    const f = run(base(sigs.map((s, i) => e(`s${i}`, `2022-0${i + 1}-01`, 'other', { significance: s })))).filter(
      (x) => x.kind === 'escalation',
    );
    expect(f).to.have.length(1);
    expect(f[0]!.entryIds).to.have.length(6);
    expect(f[0]!.explanation).to.contain('becoming more serious').and.contain('Consider whether');
  });
  it('does not flag a steady or falling pattern', () => {
    const sigs = ['critical', 'significant', 'significant', 'notable', 'routine', 'routine'] as const;
    expect(
      run(base(sigs.map((s, i) => e(`s${i}`, `2022-0${i + 1}-01`, 'other', { significance: s })))).filter((x) => x.kind === 'escalation'),
    ).to.deep.equal([]);
  });
});

describe('patterns: missing episodes', () => {
  it('flags three missing episodes within 90 days, and only for the child concerned', () => {
    const m = { subjectIds: ['mia'] };
    const f = run(
      base([
        e('m1', '2022-03-01', 'missing', m),
        e('m2', '2022-04-01', 'missing', m),
        e('m3', '2022-05-15', 'missing', m),
        e('m4', '2023-05-15', 'missing', m),
      ]),
    ).filter((x) => x.kind === 'missing-cluster');
    expect(f).to.have.length(1);
    expect(f[0]!.personId).to.equal('mia');
    expect(f[0]!.entryIds).to.deep.equal(['m1', 'm2', 'm3']);
    expect(f[0]!.explanation).to.contain('Mia was recorded missing 3 times');
  });
  it('merges overlapping windows into one cluster', () => {
    const rows = buildModel(base(['01', '02', '03', '04', '05'].map((mo, i) => e(`m${i}`, `2022-${mo}-01`, 'missing')))).rows;
    expect(clusters(rows, 3, 70).map((c) => c.length)).to.deep.equal([5]);
  });
});
