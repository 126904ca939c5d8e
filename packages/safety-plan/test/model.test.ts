import { expect } from '@open-wc/testing';
import { countConcerns, currentPlan, fieldKey, snippet, stanceParticipants, statusOf, whoOptions } from '../src/plan-model.js';
import { NameBook } from '../src/names.js';
import { safetyPlanMessages } from '../src/messages/index.js';
import { scaleModel } from '../src/scaling.js';
import { agreedVersions, versionsFrom } from '../src/version-diff.js';
import { agreeVersion, snapshotOf } from '../src/plan-edit.js';
import { craftedBundle, craftedPlan } from './fixtures.js';

describe('plan-model (pure)', () => {
  it('picks the plan asked for, else the most recently updated open plan', () => {
    const a = { ...craftedPlan(), id: 'a', updatedAt: '2024-01-01T00:00:00Z' };
    const b = { ...craftedPlan(), id: 'b', updatedAt: '2024-03-01T00:00:00Z' };
    const c = { ...craftedPlan(), id: 'c', updatedAt: '2024-05-01T00:00:00Z', status: 'closed' as const };
    const bundle = { ...craftedBundle(), safetyPlans: [a, b, c] };
    expect(currentPlan(bundle, '')!.id).to.equal('b');
    expect(currentPlan(bundle, 'c')!.id).to.equal('c');
    expect(currentPlan({ ...bundle, safetyPlans: [c] }, '')!.id).to.equal('c');
    expect(currentPlan({ ...bundle, safetyPlans: [] }, '')).to.equal(undefined);
  });

  it('counts what concerns a person, and lists who can be chosen with the network and children first', () => {
    const plan = craftedPlan();
    const names = new NameBook(craftedBundle());
    expect(countConcerns(plan, 'p-mum')).to.equal(6);
    expect(
      whoOptions(names, plan)
        .slice(0, 3)
        .map((o) => o.id),
    ).to.deep.equal(['p-ava', 'p-gran', 'pro-teacher']);
    expect(whoOptions(names, plan, ['Aunt Jo']).at(-1)).to.deep.equal({ id: 'Aunt Jo', name: 'Aunt Jo' });
    expect(stanceParticipants(names, plan, plan.harm![0]!).map((p) => p.id)).to.deep.equal([
      'p-gran',
      'pro-teacher',
      'p-ava',
      'p-mum',
      'p-dan',
    ]);
  });

  it('states a plan’s status, shortens text and names changed fields', () => {
    const plan = craftedPlan();
    expect(statusOf(plan)).to.deep.equal({ key: 'status.agreed', version: 1, agreed: 1 });
    expect(statusOf({ ...plan, status: 'draft' })).to.deep.equal({ key: 'status.draftOf', version: 2, agreed: 1 });
    expect(statusOf({ ...plan, status: 'draft', version: 0 }).key).to.equal('status.firstDraft');
    expect(snippet('  a   b  ')).to.equal('a b');
    expect(snippet('x'.repeat(60), 10)).to.equal(`${'x'.repeat(9)}…`);
    expect(fieldKey('by')).to.equal('field.by');
    expect(fieldKey('whatever')).to.equal('field.other');
  });

  it('builds the scale model once for the chart, the table and the gap', () => {
    const names = new NameBook(craftedBundle());
    const m = scaleModel(craftedPlan().scales!, (by) => names.group(by));
    expect(m.dates).to.deep.equal(['2024-01-10', '2024-02-01']);
    expect(m.series.map((s) => s.by)).to.deep.equal(['p-mum', 'pro-sw', 'pro-teacher']);
    // No average: the spread at the latest review is the lowest and the highest score, with who gave them.
    expect(m.spread).to.deep.equal({
      at: '2024-02-01',
      low: [{ by: 'pro-sw', at: '2024-02-01', score: 4 }],
      high: [{ by: 'p-mum', at: '2024-02-01', score: 8 }],
      gap: 4,
    });
    expect(m.childGaps).to.deep.equal([]);
    expect(m.question).to.equal('How safe is Ava today?');
  });

  it('finds agreed versions from the id and snapshot alone, as agreedVersions does from the plan', () => {
    const agreed = agreeVersion(craftedPlan(), '2024-03-01T10:00:00Z', 'pro-sw');
    expect(versionsFrom(agreed.id, snapshotOf(agreed), [])).to.deep.equal(agreedVersions(agreed, []));
    expect(versionsFrom(agreed.id, snapshotOf(agreed), []).map((v) => v.version)).to.deep.equal([2]);
  });
});

describe('safety plan messages', () => {
  it('uses plural forms in English and loads Welsh when asked, with every Welsh plural category', async () => {
    expect(safetyPlanMessages.t('en', 'steps.overdueCount', { count: 1 })).to.equal('1 next step is overdue.');
    expect(safetyPlanMessages.t('en', 'steps.overdueCount', { count: 0 })).to.equal('0 next steps are overdue.');
    await safetyPlanMessages.load('cy');
    const cy = [0, 1, 2, 3, 6, 11].map((count) => safetyPlanMessages.t('cy', 'steps.overdueCount', { count }));
    expect(cy).to.deep.equal([
      'Mae 0 o gamau nesaf yn hwyr.',
      'Mae 1 cam nesaf yn hwyr.',
      'Mae 2 o gamau nesaf yn hwyr.',
      'Mae 3 o gamau nesaf yn hwyr.',
      'Mae 6 o gamau nesaf yn hwyr.',
      'Mae 11 o gamau nesaf yn hwyr.',
    ]);
    expect(safetyPlanMessages.t('cy', 'selection.notice', { name: 'Lisa', count: 1 })).to.equal(
      'Yn dangos beth sy’n ymwneud â Lisa: mae 1 eitem wedi’i hamlygu.',
    );
    expect(safetyPlanMessages.t('en', 'steps.ownerCountOverdue', { open: 2, overdue: 1 })).to.equal('(2 still to do, 1 overdue)');
  });
});
