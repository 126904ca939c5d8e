import { expect } from '@open-wc/testing';
import { diffRecords, mergeLists, rebaseChange, type ChronologyEntry, type SafetyPlan } from '../src/index.js';

/* Realistic records: a chronology entry two practitioners edit at once, a safety plan two workers add to, a team
   board card. Each expected answer was written down before the code ran. */

const entry: ChronologyEntry = {
  id: 'e7',
  date: '2024-03-14',
  title: 'Home visit',
  category: 'contact',
  significance: 'routine',
  summary: 'Saw Ava at home with mum.',
  subjectIds: ['p-ava'],
  sourceAgencyId: 'a-la',
};

const statement = (id: string, text: string) => ({ id, text, by: 'Sam Patel' });
const plan = (over: Partial<SafetyPlan> = {}): SafetyPlan => ({
  id: 'sp1',
  status: 'draft',
  childIds: ['p-ava'],
  createdAt: '2024-03-01T10:00:00Z',
  updatedAt: '2024-03-01T10:00:00Z',
  version: 0,
  strengths: [statement('s1', 'Nan collects Ava from school')],
  dangerStatements: [statement('d1', 'We are worried Dan will hit Ava')],
  nextSteps: [
    { id: 'n1', text: 'Nan to join the network meeting', status: 'to-do' as const },
    { id: 'n2', text: 'Mum to see her GP', status: 'to-do' as const },
  ],
  ...over,
});

describe('diffRecords', () => {
  it('lists only the fields that differ, with who changed each', () => {
    const mine = { ...entry, summary: 'Saw Ava at home with mum. Dan was there.' };
    const theirs = { ...entry, significance: 'significant' as const };
    const d = diffRecords(mine, theirs, entry);
    expect(d.map((x) => [x.field, x.changedBy])).to.deep.equal([
      ['significance', 'theirs'],
      ['summary', 'mine'],
    ]);
    expect(d[1]!.mine).to.equal('Saw Ava at home with mum. Dan was there.');
    expect(d[1]!.theirs).to.equal('Saw Ava at home with mum.');
  });

  it('follows the given field order, never compares id, and skips ignored fields', () => {
    const mine = { ...entry, title: 'Unannounced home visit', summary: 'x' };
    const theirs = { ...entry, title: 'Announced home visit', id: 'other' };
    const d = diffRecords(mine, theirs, entry, { fields: ['title', 'summary'], ignore: ['summary'] });
    expect(d.map((x) => [x.field, x.changedBy])).to.deep.equal([['title', 'both']]);
  });

  it('treats the same change made by both as no difference', () => {
    const mine = { ...entry, significance: 'notable' as const };
    expect(diffRecords(mine, { ...mine }, entry)).to.deep.equal([]);
  });

  it('without a base, every difference is both', () => {
    const d = diffRecords({ ...entry, title: 'A' }, { ...entry, summary: 'B' });
    expect(d.every((x) => x.changedBy === 'both')).to.equal(true);
    expect(d).to.have.length(2);
  });

  it('when theirs was deleted, lists every field mine has', () => {
    const d = diffRecords(entry, undefined, entry);
    expect(d.map((x) => x.field)).to.deep.equal(['date', 'title', 'category', 'significance', 'summary', 'subjectIds', 'sourceAgencyId']);
    expect(d.every((x) => x.theirs === undefined)).to.equal(true);
  });

  it('counts a field removed as a change', () => {
    const mine: Record<string, unknown> = { ...entry };
    delete mine.sourceAgencyId;
    const d = diffRecords(mine, entry, entry);
    expect(d.map((x) => [x.field, x.changedBy])).to.deep.equal([['sourceAgencyId', 'mine']]);
  });
});

describe('rebaseChange', () => {
  it('different fields: my change lands on theirs with nothing to ask', () => {
    const mine = { ...entry, summary: 'Saw Ava at home with mum. Dan was there.' };
    const theirs = { ...entry, significance: 'significant' as const, extra: 'kept' };
    const frozen = JSON.stringify([mine, theirs, entry]);
    const r = rebaseChange(entry, mine, theirs);
    expect(r.clashes).to.deep.equal([]);
    expect(r.applied).to.deep.equal(['summary']);
    expect(r.record).to.deep.equal({
      ...entry,
      summary: 'Saw Ava at home with mum. Dan was there.',
      significance: 'significant',
      extra: 'kept',
    });
    expect(JSON.stringify([mine, theirs, entry])).to.equal(frozen);
  });

  it('the same field: asks, keeps theirs until answered, then takes the answer', () => {
    const mine = { ...entry, title: 'Unannounced home visit', summary: 'Dan answered the door.' };
    const theirs = { ...entry, title: 'Home visit (joint with police)' };
    const r = rebaseChange(entry, mine, theirs);
    expect(r.clashes).to.deep.equal(['title']);
    expect(r.record.title).to.equal('Home visit (joint with police)');
    expect(r.record.summary).to.equal('Dan answered the door.');
    expect(rebaseChange(entry, mine, theirs, { choose: { title: 'mine' } })).to.deep.include({ clashes: [] });
    expect(rebaseChange(entry, mine, theirs, { choose: { title: 'mine' } }).record.title).to.equal('Unannounced home visit');
    const kept = rebaseChange(entry, mine, theirs, { choose: { title: 'theirs' } });
    expect(kept.clashes).to.deep.equal([]);
    expect(kept.record.title).to.equal('Home visit (joint with police)');
  });

  it('removes a field I removed, when they did not change it', () => {
    const mine: Record<string, unknown> = { ...entry };
    delete mine.sourceAgencyId;
    const theirs = { ...entry, significance: 'notable' as const };
    const r = rebaseChange(entry as Record<string, unknown>, mine, theirs as Record<string, unknown>);
    expect('sourceAgencyId' in r.record).to.equal(false);
    expect(r.record.significance).to.equal('notable');
  });

  it('bookkeeping fields never clash: mine wins when I changed them', () => {
    const base = plan();
    const mine = plan({ updatedAt: '2024-03-02T09:00:00Z', title: 'Ava safety plan' });
    const theirs = plan({ updatedAt: '2024-03-02T08:00:00Z', reviewDate: '2024-04-01' });
    const r = rebaseChange(base, mine, theirs, { ignore: ['updatedAt'] });
    expect(r.clashes).to.deep.equal([]);
    expect(r.record).to.include({ updatedAt: '2024-03-02T09:00:00Z', title: 'Ava safety plan', reviewDate: '2024-04-01' });
  });

  it("two workers each add a strength: both land, no question (the finding: tab B's new strength was lost)", () => {
    const base = plan();
    const mine = plan({ strengths: [...base.strengths!, statement('s2', 'Mum rang the police when Dan came round')] });
    const theirs = plan({ strengths: [...base.strengths!, statement('s3', 'Ava tells her teacher when she is scared')] });
    const r = rebaseChange(base, mine, theirs);
    expect(r.clashes).to.deep.equal([]);
    // Theirs was saved first, so their new strength comes before mine.
    expect(r.record.strengths!.map((s) => s.id)).to.deep.equal(['s1', 's3', 's2']);
  });

  it('each edits a different statement of one list: both land', () => {
    const base = plan({ strengths: [statement('s1', 'Nan collects Ava'), statement('s2', 'Mum rang the police')] });
    const mine = plan({ strengths: [statement('s1', 'Nan collects Ava from school every day'), statement('s2', 'Mum rang the police')] });
    const theirs = plan({ strengths: [statement('s1', 'Nan collects Ava'), statement('s2', 'Mum rang the police on 3 March')] });
    const r = rebaseChange(base, mine, theirs);
    expect(r.clashes).to.deep.equal([]);
    expect(r.record.strengths!.map((s) => s.text)).to.deep.equal([
      'Nan collects Ava from school every day',
      'Mum rang the police on 3 March',
    ]);
  });

  it('both edit the same statement differently: asks about that list only', () => {
    const base = plan();
    const mine = plan({ strengths: [statement('s1', 'Nan collects Ava from school on weekdays')], title: 'Mine' });
    const theirs = plan({ strengths: [statement('s1', 'Nan and Grandad collect Ava')] });
    const r = rebaseChange(base, mine, theirs);
    expect(r.clashes).to.deep.equal(['strengths']);
    expect(r.record.title).to.equal('Mine');
    expect(r.record.strengths![0]!.text).to.equal('Nan and Grandad collect Ava');
  });

  it('I edit a statement they deleted (or delete one they edited): asks', () => {
    const base = plan();
    expect(rebaseChange(base, plan({ strengths: [statement('s1', 'edited')] }), plan({ strengths: [] })).clashes).to.deep.equal([
      'strengths',
    ]);
    expect(rebaseChange(base, plan({ strengths: [] }), plan({ strengths: [statement('s1', 'edited')] })).clashes).to.deep.equal([
      'strengths',
    ]);
    // I delete one they did not touch while they add another: my deletion and their addition both land.
    const r = rebaseChange(base, plan({ strengths: [] }), plan({ strengths: [...base.strengths!, statement('s9', 'New')] }));
    expect(r.clashes).to.deep.equal([]);
    expect(r.record.strengths!.map((s) => s.id)).to.deep.equal(['s9']);
  });

  it('keeps my reordering of next steps and their new step', () => {
    const base = plan();
    const mine = plan({ nextSteps: [base.nextSteps![1]!, base.nextSteps![0]!] });
    const theirs = plan({
      nextSteps: [...base.nextSteps!, { id: 'n3', text: 'School to share attendance weekly', status: 'to-do' as const }],
    });
    const r = rebaseChange(base, mine, theirs);
    expect(r.clashes).to.deep.equal([]);
    expect(r.record.nextSteps!.map((s) => s.id)).to.deep.equal(['n2', 'n1', 'n3']);
  });
});

describe('mergeLists', () => {
  it('merges lists without ids by content: both appended actions land once each', () => {
    const a = { text: 'Ask IT', at: '2024-03-01T10:00:00Z' };
    const b = { text: 'Escalate to the head of service', at: '2024-03-02T10:00:00Z' };
    const c = { text: 'Raise at the next debrief', at: '2024-03-02T11:00:00Z' };
    expect(mergeLists([a], [a, b], [a, c])).to.deep.equal([a, c, b]);
    expect(mergeLists([a], [a, b], [a, b])).to.deep.equal([a, b]);
  });

  it('merges sets of ids: one adds a child, the other removes one', () => {
    expect(mergeLists(['p1', 'p2'], ['p1', 'p2', 'p3'], ['p2'])).to.deep.equal(['p2', 'p3']);
  });

  it('refuses values that are not lists, and two different reorders', () => {
    expect(mergeLists('a', 'b', 'c')).to.equal(undefined);
    expect(mergeLists(['x', 'y', 'z'], ['z', 'y', 'x'], ['y', 'x', 'z'])).to.equal(undefined);
  });
});
