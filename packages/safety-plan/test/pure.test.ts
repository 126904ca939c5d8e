import { expect } from '@open-wc/testing';
import {
  addStatement,
  agreeVersion,
  contentOf,
  dangersWithoutGoal,
  editStatement,
  findStatement,
  goalsOf,
  linkDangerToGoal,
  moveStatement,
  removeStatement,
  reorderStatement,
  setStance,
  snapshotOf,
  touch,
  unlinkDangerFromGoal,
  listOf,
  hasChangesSinceAgreed,
} from '../src/plan-edit.js';
import { agreedVersions, diffPlans, lastAgreed } from '../src/version-diff.js';
import { chartGeometry, reviewDates, seriesByPerson, spreadAt } from '../src/scaling.js';
import { byDue, groupByOwner, isOverdue } from '../src/next-steps.js';
import { checkPlainLanguage } from '../src/plain-language.js';
import { craftedPlan } from './fixtures.js';

const group = (by: string) => (by.startsWith('p-') ? 'family' : by.startsWith('pro-') ? 'professional' : 'other') as 'family';

describe('plan-edit', () => {
  it('adds, edits, reorders, moves and removes statements without touching the input', () => {
    const plan = craftedPlan();
    const frozen = JSON.stringify(plan);
    let p = addStatement(plan, 'strengths', { id: 'new', text: 'Gran visits' });
    expect(listOf(p, 'strengths').map((s) => s.id)).to.deep.equal(['s1', 's2', 'new']);
    p = reorderStatement(p, 'new', -1);
    expect(listOf(p, 'strengths').map((s) => s.id)).to.deep.equal(['s1', 'new', 's2']);
    expect(reorderStatement(p, 's1', -1)).to.equal(p, 'moving the first item up changes nothing');
    p = editStatement(p, 'new', { text: 'Gran visits every week', by: 'p-gran', familyWords: true });
    expect(findStatement(p, 'new')!.statement).to.deep.equal({
      id: 'new',
      text: 'Gran visits every week',
      by: 'p-gran',
      familyWords: true,
    });
    p = moveStatement(p, 'new', 'existingSafety');
    expect(findStatement(p, 'new')!.key).to.equal('existingSafety');
    expect(listOf(p, 'strengths').map((s) => s.id)).to.deep.equal(['s1', 's2']);
    p = moveStatement(p, 'w1', 'dreams');
    expect(p.childView!.worries).to.deep.equal([]);
    expect(p.childView!.dreams!.map((s) => s.id)).to.deep.equal(['dr1', 'w1']);
    p = removeStatement(p, 'new');
    expect(findStatement(p, 'new')).to.equal(undefined);
    expect(JSON.stringify(plan)).to.equal(frozen);
  });

  it('links danger statements to goals and points out those without one', () => {
    let p = craftedPlan();
    expect(dangersWithoutGoal(p).map((d) => d.id)).to.deep.equal(['d2']);
    p = linkDangerToGoal(p, 'd2', 'g1');
    expect(dangersWithoutGoal(p)).to.deep.equal([]);
    expect(goalsOf(p, 'd2').map((g) => g.id)).to.deep.equal(['g1']);
    p = unlinkDangerFromGoal(p, 'd1', 'g1');
    expect(dangersWithoutGoal(p).map((d) => d.id)).to.deep.equal(['d1']);
    // Removing a goal removes links to it.
    p = removeStatement(p, 'g1');
    expect(findStatement(p, 'd2')!.statement.linkedIds).to.equal(undefined);
  });

  it('records who agrees and who disagrees', () => {
    let p = setStance(craftedPlan(), 'h1', 'p-dan', 'agrees');
    expect(findStatement(p, 'h1')!.statement.agreedBy).to.deep.equal(['p-mum', 'p-dan']);
    expect(findStatement(p, 'h1')!.statement.disputedBy).to.equal(undefined);
    p = setStance(p, 'h1', 'p-mum', 'none');
    expect(findStatement(p, 'h1')!.statement.agreedBy).to.deep.equal(['p-dan']);
  });

  it('agreeing increments the version, sets agreed and keeps a snapshot; editing makes a draft', () => {
    const p = touch(craftedPlan(), '2024-03-01T00:00:00Z');
    expect(p.status).to.equal('draft');
    const a = agreeVersion(p, '2024-03-02T00:00:00Z', 'Sam');
    expect(a.version).to.equal(2);
    expect(a.status).to.equal('agreed');
    expect(snapshotOf(a)!.content).to.deep.equal(contentOf(p));
    expect(snapshotOf(a)!.version).to.equal(2);
  });

  it('an agreed plan read back with its fields in another order has no changes since it was agreed; an edit has', () => {
    // A store or a parse gives each record's fields in the schema's order: the check compared JSON text and took a
    // plan as changed the moment it was agreed.
    const a = agreeVersion(touch(craftedPlan(), '2024-03-01T00:00:00Z'), '2024-03-02T00:00:00Z', 'Sam');
    expect(hasChangesSinceAgreed(a)).to.equal(false);
    const reorder = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reorder)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reorder(x)]),
            )
          : v;
    const readBack = { ...(reorder(contentOf(a)) as object), ...a, ...(reorder(contentOf(a)) as object) };
    expect(JSON.stringify(contentOf(readBack))).not.to.equal(JSON.stringify(snapshotOf(a)!.content));
    expect(hasChangesSinceAgreed(readBack)).to.equal(false);
    expect(hasChangesSinceAgreed(editStatement(readBack, 's1', { text: 'Mum walks Ava to school.' }))).to.equal(true);
  });
});

describe('version-diff', () => {
  it('finds added, removed, edited and moved statements and changed scores by id', () => {
    const before = craftedPlan();
    let after = addStatement(before, 'rules', { id: 'rule2', text: 'Mum rings Gran if she is worried.' });
    after = removeStatement(after, 'c1');
    after = editStatement(after, 's1', { text: 'Mum walks Ava to school.' });
    after = moveStatement(after, 'e1', 'strengths');
    after = reorderStatement(after, 'd2', -1);
    after = {
      ...after,
      scales: after
        .scales!.map((r) => (r.id === 'r4' ? { ...r, score: 5 } : r))
        .filter((r) => r.id !== 'r5')
        .concat({ id: 'r6', by: 'p-ava', score: 9, at: '2024-02-01' }),
    };
    const d = diffPlans(contentOf(before), contentOf(after));
    const summary = d.statements.map((c) => `${c.kind}:${c.id}:${c.section}`).sort();
    expect(summary).to.deep.equal(['added:rule2:rules', 'edited:e1:strengths', 'edited:s1:strengths', 'removed:c1:complicatingFactors']);
    const moved = d.statements.find((c) => c.id === 'e1');
    expect(moved && moved.kind === 'edited' && moved.fromSection).to.equal('existingSafety');
    expect(d.scores.map((c) => `${c.kind}:${c.id}`).sort()).to.deep.equal(['added:r6', 'edited:r4', 'removed:r5']);
    expect(d.empty).to.equal(false);
    expect(diffPlans(contentOf(before), contentOf(before)).empty).to.equal(true);
  });

  it('recovers agreed versions from the audit trail and the snapshot', () => {
    const v1 = craftedPlan();
    const draft = touch(editStatement(v1, 'g1', { text: 'Ava is safe.' }), '2024-03-01T00:00:00Z');
    const v2 = agreeVersion(draft, '2024-03-02T00:00:00Z', 'Sam');
    const audit = [
      {
        id: 'a1',
        at: '2024-02-01T10:00:00Z',
        actor: 'Sam',
        entity: 'SafetyPlan' as const,
        entityId: 'plan-1',
        op: 'update' as const,
        before: { ...v1, version: 0, status: 'draft' },
        after: v1,
      },
      {
        id: 'a2',
        at: '2024-03-01T00:00:00Z',
        actor: 'Sam',
        entity: 'SafetyPlan' as const,
        entityId: 'plan-1',
        op: 'update' as const,
        before: v1,
        after: draft,
      },
    ];
    expect(agreedVersions(v2, audit).map((v) => v.version)).to.deep.equal([1, 2]);
    const later = touch(editStatement(v2, 'g1', { text: 'Ava is safe at home.' }), '2024-04-01T00:00:00Z');
    const last = lastAgreed(later, audit)!;
    expect(last.version).to.equal(2);
    const d = diffPlans(last.content, contentOf(later));
    expect(d.statements.map((c) => c.id)).to.deep.equal(['g1']);
    // A never-agreed draft has no last agreed version.
    expect(lastAgreed({ ...v1, status: 'draft', version: 0 }, [])).to.equal(undefined);
  });
});

describe('scaling', () => {
  it('builds one series per person across review dates and the spread of scores', () => {
    const scales = craftedPlan().scales!;
    const series = seriesByPerson(scales, group);
    expect(series.map((s) => [s.by, s.group, s.points.map((p) => p.score)])).to.deep.equal([
      ['p-mum', 'family', [7, 8]],
      ['pro-sw', 'professional', [3, 4]],
      ['pro-teacher', 'professional', [6]],
    ]);
    expect(reviewDates(scales)).to.deep.equal(['2024-01-10', '2024-02-01']);
    // Person by person, never a group mean: on 1 February Lisa 8, Sam 4, Ms Owen 6 is a spread of 4 (a mean would say 3).
    expect(spreadAt(scales, '2024-01-10')!.gap).to.equal(4);
    expect(spreadAt(scales, '2024-02-01')!.gap).to.equal(4);
    const g = chartGeometry(['2024-01-10', '2024-02-01'], 640, 280);
    expect(g.y(10)).to.equal(16);
    expect(g.y(0)).to.equal(240);
    expect(g.x('2024-01-10')).to.equal(40);
    expect(g.x('2024-02-01')).to.equal(624);
  });
});

describe('next-steps', () => {
  it('marks open steps past their due date as overdue, by the whole span of a partial date', () => {
    expect(isOverdue({ id: 'a', text: '', due: '2024-03-01', status: 'to-do' }, '2024-03-02')).to.equal(true);
    expect(isOverdue({ id: 'a', text: '', due: '2024-03-01', status: 'to-do' }, '2024-03-01')).to.equal(false);
    expect(isOverdue({ id: 'a', text: '', due: '2024-03', status: 'doing' }, '2024-03-31')).to.equal(false);
    expect(isOverdue({ id: 'a', text: '', due: '2024-03', status: 'doing' }, '2024-04-01')).to.equal(true);
    expect(isOverdue({ id: 'a', text: '', due: '2020', status: 'done' }, '2024-04-01')).to.equal(false);
  });

  it('groups by owner with counts, unowned last, each by due date', () => {
    const groups = groupByOwner(craftedPlan().nextSteps!, '2024-04-01');
    expect(groups.map((g) => [g.owner, g.steps.map((s) => s.id), g.open, g.overdue])).to.deep.equal([
      ['p-mum', ['n1'], 1, 1],
      ['pro-sw', ['n3', 'n2'], 1, 0],
      [undefined, ['n4'], 1, 0],
    ]);
    expect(byDue(craftedPlan().nextSteps!).map((s) => s.id)).to.deep.equal(['n3', 'n1', 'n2', 'n4']);
  });
});

describe('plain-language', () => {
  it('finds jargon with offsets and suggests plain words in English and Welsh', () => {
    const text = 'After the s47 the CP plan says the core group meets.';
    const advice = checkPlainLanguage(text);
    const jargon = advice.filter((a) => a.kind === 'jargon');
    expect(jargon.map((a) => a.text)).to.deep.equal(['s47', 'CP plan', 'core group']);
    for (const a of jargon) expect(text.slice(a.start, a.end)).to.equal(a.text);
    expect(jargon[0]!.suggestion).to.contain('child protection enquiry');
    const cy = checkPlainLanguage(text, { locale: 'cy' }).filter((a) => a.kind === 'jargon');
    expect(cy[0]!.suggestion).to.contain('ymholiad amddiffyn plant');
    expect(checkPlainLanguage('Cafodd ei drafod yn y grŵp craidd.', { locale: 'cy' }).map((a) => a.text)).to.deep.equal(['grŵp craidd']);
  });

  it('does not flag ordinary words that contain jargon letters, and finds LAC and strategy discussion', () => {
    expect(checkPlainLanguage('Black lace and a classic plan.').filter((a) => a.kind === 'jargon')).to.deep.equal([]);
    expect(checkPlainLanguage('She is LAC. There was a strategy discussion.').map((a) => a.text)).to.deep.equal([
      'LAC',
      'strategy discussion',
    ]);
  });

  it('flags long sentences and long words, and gives no advice on plain text', () => {
    const long =
      'We will all meet at the school on Monday morning so that everyone can say what they think about how things are going at home now.';
    const advice = checkPlainLanguage(`${long} Short one.`);
    const s = advice.find((a) => a.kind === 'long-sentence')!;
    expect(s.start).to.equal(0);
    expect(s.words).to.equal(26);
    expect(s.text).to.equal(long);
    const w = checkPlainLanguage('There were communication difficulties.');
    expect(w.map((a) => [a.kind, a.text])).to.deep.equal([['long-word', 'communication']]);
    expect(checkPlainLanguage('Mum takes Ava to school. Gran picks her up.')).to.deep.equal([]);
    expect(checkPlainLanguage('')).to.deep.equal([]);
  });
});
