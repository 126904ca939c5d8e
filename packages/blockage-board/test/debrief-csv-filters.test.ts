import { expect } from '@open-wc/testing';
import { dueForDebrief, lastDebrief, debriefRecord } from '../src/debrief.js';
import { blockagesToCsv, csvCell } from '../src/csv.js';
import { filterBlockages, ownersOf, EMPTY_FILTERS, NO_OWNER } from '../src/filters.js';
import { withStatus, mergeVersions, neighbourStatus, differingFields } from '../src/card-ops.js';
import { card, crafted, daysAgo, NOW } from './fixtures.js';

describe('debrief (pure)', () => {
  it('with no earlier debrief, every card that is not resolved is due', () => {
    const due = dueForDebrief(crafted());
    expect(due.map((d) => d.blockage.id).sort()).to.deep.equal(['b1', 'b2', 'b3', 'b5']);
    expect(due.every((d) => d.reason === 'open')).to.equal(true);
  });

  it('after a debrief, shows every card not yet discussed (oldest first), then what changed since it was discussed', () => {
    const board = crafted();
    board.debriefs = [
      { id: 'd0', date: '2025-05-01', discussedIds: [] },
      { id: 'd1', date: new Date(NOW - 7 * 86_400_000).toISOString().slice(0, 10), discussedIds: ['b5', 'b2'] },
    ];
    board.blockages!.find((b) => b.id === 'b5')!.raisedAt = daysAgo(9);
    board.blockages!.push(card('new1', { raisedAt: daysAgo(2) }));
    board.blockages!.find((b) => b.id === 'b1')!.actions = [{ text: 'Logged with IT', at: daysAgo(1) }];
    // b2 was discussed at d1 and changed later, b5 was discussed and has not changed since. No debrief ever
    // discussed b3 (acting, 100 days old) or b1: both are due before the new card (the old rule left b3 out).
    board.audit = [{ id: 'a1', at: daysAgo(1), actor: 'x', entity: 'Blockage', entityId: 'b2', op: 'update' }];
    expect(lastDebrief(board.debriefs)!.id).to.equal('d1');
    const due = dueForDebrief(board);
    expect(due.map((d) => [d.blockage.id, d.reason])).to.deep.equal([
      ['b3', 'raised'],
      ['b1', 'raised'],
      ['new1', 'raised'],
      ['b2', 'changed'],
    ]);
  });

  it('builds the debrief record with discussed ids and notes per card', () => {
    const r = debriefRecord(
      'd9',
      '2025-06-02',
      [{ id: 'b1', discussion: 'IT ticket raised' }, { id: 'b2' }],
      (id) => `T-${id}`,
      'Good session',
    );
    expect(r).to.deep.equal({ id: 'd9', date: '2025-06-02', discussedIds: ['b1', 'b2'], notes: 'Good session\nT-b1: IT ticket raised' });
  });
});

describe('csv (pure)', () => {
  it('guards against formula injection and quotes properly', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tx')).to.equal("'\tx");
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell(2.5)).to.equal('2.5');
    expect(csvCell(undefined)).to.equal('');
  });

  it('writes every blockage with its measures', () => {
    const b = crafted().blockages!;
    b[0] = { ...b[0]!, title: '=cmd|calc', detail: 'one, two' };
    const csv = blockagesToCsv(b, NOW);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(7);
    expect(lines[0]).to.equal(
      'id,title,category,status,raisedAt,raisedBy,owner,hoursLostPerWeek,metToo,resolvedAt,endToEndDays,ageDays,hoursRecoveredPerWeek,actions,latestAction,resolution,detail',
    );
    expect(lines[1]).to.equal(`b1,'=cmd|calc,it-system,raised,${daysAgo(40)},,,3,2,,,40,,0,,,"one, two"`);
    expect(lines[4]).to.equal(
      `b4,Blockage b4,process,resolved,${daysAgo(30)},,,2,0,${daysAgo(20)},10,,2,0,,One signature now,`.replace(
        'Blockage b4',
        'Pool car booking needs three signatures',
      ),
    );
    expect(csv.endsWith('\r\n')).to.equal(true);
  });
});

describe('filters and card operations (pure)', () => {
  const list = crafted().blockages!;
  it('filters by category, owner, status, age and search', () => {
    const ids = (f: Partial<typeof EMPTY_FILTERS>) => filterBlockages(list, { ...EMPTY_FILTERS, ...f }, NOW).map((b) => b.id);
    expect(ids({})).to.have.length(6);
    expect(ids({ category: 'recording' })).to.deep.equal(['b3', 'b6']);
    expect(ids({ owner: 'Team manager' })).to.deep.equal(['b2']);
    expect(ids({ owner: NO_OWNER })).to.deep.equal(['b1', 'b4', 'b5', 'b6']);
    expect(ids({ status: 'escalated' })).to.deep.equal(['b5']);
    expect(ids({ age: 'over-month' })).to.deep.equal(['b1', 'b3']);
    expect(ids({ age: 'over-quarter' })).to.deep.equal(['b3']);
    expect(ids({ query: 'PRINTER floor' })).to.deep.equal(['b2']);
    expect(ids({ query: 'signature' })).to.deep.equal(['b4']);
    expect(ownersOf(list)).to.deep.equal(['Practice lead', 'Team manager']);
  });

  it('stamps resolvedAt when resolving and clears it when reopening', () => {
    const r = withStatus(card('x'), 'resolved', '2025-06-01T00:00:00Z');
    expect(r.resolvedAt).to.equal('2025-06-01T00:00:00Z');
    expect(withStatus(r, 'acting', '2025-06-02T00:00:00Z')).to.not.have.property('resolvedAt');
    expect(neighbourStatus('raised', -1)).to.equal(null);
    expect(neighbourStatus('acting', 1)).to.equal('escalated');
    expect(neighbourStatus('escalated', 1)).to.equal('resolved');
    expect(neighbourStatus('resolved', 1)).to.equal(null);
  });

  it('merges my changed fields onto their version and keeps both sets of actions', () => {
    const base = card('m', { owner: 'A', actions: [{ text: 'one', at: daysAgo(3) }] });
    const mine = { ...base, title: 'My title', actions: [...base.actions!, { text: 'mine', at: daysAgo(1) }] };
    const theirs = { ...base, owner: 'B', actions: [...base.actions!, { text: 'theirs', at: daysAgo(2) }] };
    const merged = mergeVersions(base, mine, theirs);
    expect(merged.title).to.equal('My title');
    expect(merged.owner).to.equal('B');
    expect(merged.actions!.map((a) => a.text)).to.deep.equal(['one', 'theirs', 'mine']);
    expect(differingFields(mine, theirs)).to.deep.equal(['title', 'owner', 'actions']);
  });

  it('finds no difference in a card read back with its actions’ fields in another order', () => {
    // A store or a parse lists each action's fields in the schema's order; compared as JSON text, the same actions
    // differed, and a conflict said "actions" had changed when nothing had.
    const mine = card('r', { owner: 'A', actions: [{ text: 'Rang the housing team', at: daysAgo(2), by: 'Dee' }] });
    const readBack = { ...mine, actions: mine.actions!.map((a) => ({ by: a.by, at: a.at, text: a.text })) };
    expect(JSON.stringify(readBack.actions)).not.to.equal(JSON.stringify(mine.actions));
    expect(differingFields(mine, readBack)).to.deep.equal([]);
    // mergeVersions compares only the card's plain fields (it appends actions by count), so this holds with JSON text
    // too: it checks that a read-back copy of mine changes nothing of theirs, not the comparison itself.
    expect(mergeVersions(mine, readBack, { ...mine, owner: 'B' }).owner, 'nothing of mine changed: theirs stands').to.equal('B');
  });
});
