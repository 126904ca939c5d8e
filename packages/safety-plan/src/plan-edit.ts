import type { Action, NetworkMember, SafetyPlan, ScaleRating, Statement, StatementSection } from '@opencasework/core';
import { STATEMENT_SECTIONS, deepEqual } from '@opencasework/core';

/** Where a statement can live: one of the map's lists, the plan's rules, or one of the child's Three Houses. */
export type HouseKey = 'worries' | 'goodThings' | 'dreams';
export type ListKey = StatementSection | HouseKey;
export const HOUSES: readonly HouseKey[] = ['worries', 'goodThings', 'dreams'];
/** The map's sections, in the order they are shown (the three columns, then the rules). */
export const MAP_SECTIONS: readonly StatementSection[] = STATEMENT_SECTIONS;
/** Which column of the map each section sits in. */
export const COLUMN_OF: Record<StatementSection, 'worried' | 'working' | 'happen' | 'plan'> = {
  harm: 'worried',
  complicatingFactors: 'worried',
  dangerStatements: 'worried',
  strengths: 'working',
  existingSafety: 'working',
  safetyGoals: 'happen',
  rules: 'plan',
};

/** The content of a plan that is agreed and compared between versions (no bookkeeping fields). */
export const CONTENT_KEYS = [...STATEMENT_SECTIONS, 'nextSteps', 'scales', 'network', 'childView', 'reviewDate', 'title'] as const;
export type PlanContent = Pick<SafetyPlan, (typeof CONTENT_KEYS)[number]>;

/** The extra field (kept on the plan record, round-tripped as an unknown field) that holds the last agreed version. */
export const SNAPSHOT_FIELD = 'agreedSnapshot';
export interface AgreedSnapshot {
  version: number;
  agreedAt: string;
  agreedBy: string;
  content: PlanContent;
}

export const isHouse = (k: ListKey): k is HouseKey => (HOUSES as readonly string[]).includes(k);

export function listOf(plan: SafetyPlan, key: ListKey): Statement[] {
  if (isHouse(key)) return plan.childView?.[key] ?? [];
  return plan[key] ?? [];
}

function withList(plan: SafetyPlan, key: ListKey, items: Statement[]): SafetyPlan {
  if (isHouse(key)) return { ...plan, childView: { ...(plan.childView ?? {}), [key]: items } };
  return { ...plan, [key]: items };
}

const ALL_KEYS: readonly ListKey[] = [...MAP_SECTIONS, ...HOUSES];

/** Finds a statement anywhere in the plan. */
export function findStatement(plan: SafetyPlan, id: string): { key: ListKey; index: number; statement: Statement } | undefined {
  for (const key of ALL_KEYS) {
    const index = listOf(plan, key).findIndex((s) => s.id === id);
    if (index >= 0) return { key, index, statement: listOf(plan, key)[index]! };
  }
  return undefined;
}

/** Adds a statement to a list (at the end, or at `index`). */
export function addStatement(plan: SafetyPlan, key: ListKey, statement: Statement, index?: number): SafetyPlan {
  const items = [...listOf(plan, key)];
  items.splice(index ?? items.length, 0, statement);
  return withList(plan, key, items);
}

/** Replaces fields of a statement; fields set to undefined are removed. */
export function editStatement(plan: SafetyPlan, id: string, patch: Partial<Statement>): SafetyPlan {
  const hit = findStatement(plan, id);
  if (!hit) return plan;
  const next: Record<string, unknown> = { ...hit.statement, ...patch, id };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  for (const k of ['agreedBy', 'disputedBy', 'linkedIds'])
    if (Array.isArray(next[k]) && (next[k] as unknown[]).length === 0) delete next[k];
  const items = listOf(plan, hit.key).map((s, i) => (i === hit.index ? (next as Statement) : s));
  return withList(plan, hit.key, items);
}

/** Removes a statement and any links to it. */
export function removeStatement(plan: SafetyPlan, id: string): SafetyPlan {
  const hit = findStatement(plan, id);
  if (!hit) return plan;
  let next = withList(
    plan,
    hit.key,
    listOf(plan, hit.key).filter((s) => s.id !== id),
  );
  for (const key of ALL_KEYS) {
    const items = listOf(next, key);
    if (items.some((s) => s.linkedIds?.includes(id))) {
      next = withList(
        next,
        key,
        items.map((s) => (s.linkedIds?.includes(id) ? dropEmpty({ ...s, linkedIds: s.linkedIds.filter((x) => x !== id) }) : s)),
      );
    }
  }
  return next;
}

function dropEmpty(s: Statement): Statement {
  if (s.linkedIds && s.linkedIds.length === 0) {
    const { linkedIds: _drop, ...rest } = s;
    return rest;
  }
  return s;
}

/** Moves a statement up (-1) or down (+1) within its list. Returns the plan unchanged at either end. */
/** The ids of the statements that link to `id` (the goals answering a danger statement), before it is removed. */
export function linkedFrom(plan: SafetyPlan, id: string): string[] {
  return ALL_KEYS.flatMap((key) =>
    listOf(plan, key)
      .filter((s) => s.linkedIds?.includes(id))
      .map((s) => s.id),
  );
}

/** Undoes removeStatement: the statement back at its place, and the links to it from statements still there. */
export function restoreStatement(plan: SafetyPlan, key: ListKey, index: number, statement: Statement, from: readonly string[]): SafetyPlan {
  if (findStatement(plan, statement.id)) return plan;
  let next = addStatement(plan, key, statement, Math.min(index, listOf(plan, key).length));
  for (const k of ALL_KEYS) {
    const items = listOf(next, k);
    if (items.some((s) => from.includes(s.id)))
      next = withList(
        next,
        k,
        items.map((s) =>
          from.includes(s.id) && !s.linkedIds?.includes(statement.id) ? { ...s, linkedIds: [...(s.linkedIds ?? []), statement.id] } : s,
        ),
      );
  }
  return next;
}

export function reorderStatement(plan: SafetyPlan, id: string, delta: -1 | 1): SafetyPlan {
  const hit = findStatement(plan, id);
  if (!hit) return plan;
  const to = hit.index + delta;
  const items = [...listOf(plan, hit.key)];
  if (to < 0 || to >= items.length) return plan;
  items.splice(hit.index, 1);
  items.splice(to, 0, hit.statement);
  return withList(plan, hit.key, items);
}

/**
 * Moves a statement to another list (at the end, or at `index`). Links that no longer make sense (a danger
 * statement's link to its goal, once it is no longer a danger statement or goal) are kept: they are harmless and
 * come back into use if the statement is moved back.
 */
export function moveStatement(plan: SafetyPlan, id: string, to: ListKey, index?: number): SafetyPlan {
  const hit = findStatement(plan, id);
  if (!hit || (hit.key === to && index === undefined)) return plan;
  const removed = withList(
    plan,
    hit.key,
    listOf(plan, hit.key).filter((s) => s.id !== id),
  );
  return addStatement(removed, to, hit.statement, index);
}

/** The safety goals a danger statement is linked to (links may be recorded on either side). */
export function goalsOf(plan: SafetyPlan, dangerId: string): Statement[] {
  const danger = listOf(plan, 'dangerStatements').find((s) => s.id === dangerId);
  const goals = listOf(plan, 'safetyGoals');
  return goals.filter((g) => danger?.linkedIds?.includes(g.id) || g.linkedIds?.includes(dangerId));
}

/** The danger statements a safety goal answers. */
export function dangersOf(plan: SafetyPlan, goalId: string): Statement[] {
  const goal = listOf(plan, 'safetyGoals').find((s) => s.id === goalId);
  return listOf(plan, 'dangerStatements').filter((d) => d.linkedIds?.includes(goalId) || goal?.linkedIds?.includes(d.id));
}

/** Danger statements that have no safety goal yet. */
export function dangersWithoutGoal(plan: SafetyPlan): Statement[] {
  return listOf(plan, 'dangerStatements').filter((d) => goalsOf(plan, d.id).length === 0);
}

/** Links a danger statement to a safety goal (recorded on the danger statement). */
export function linkDangerToGoal(plan: SafetyPlan, dangerId: string, goalId: string): SafetyPlan {
  const danger = listOf(plan, 'dangerStatements').find((s) => s.id === dangerId);
  if (!danger || !listOf(plan, 'safetyGoals').some((g) => g.id === goalId)) return plan;
  if (danger.linkedIds?.includes(goalId)) return plan;
  return editStatement(plan, dangerId, { linkedIds: [...(danger.linkedIds ?? []), goalId] });
}

/** Removes the link between a danger statement and a goal, on both sides. */
export function unlinkDangerFromGoal(plan: SafetyPlan, dangerId: string, goalId: string): SafetyPlan {
  let next = plan;
  const d = findStatement(next, dangerId)?.statement;
  if (d?.linkedIds?.includes(goalId)) next = editStatement(next, dangerId, { linkedIds: d.linkedIds.filter((x) => x !== goalId) });
  const g = findStatement(next, goalId)?.statement;
  if (g?.linkedIds?.includes(dangerId)) next = editStatement(next, goalId, { linkedIds: g.linkedIds.filter((x) => x !== dangerId) });
  return next;
}

/** Records where someone stands on a worry: agrees, disagrees, or nothing recorded. */
export function setStance(plan: SafetyPlan, id: string, who: string, stance: 'agrees' | 'disagrees' | 'none'): SafetyPlan {
  const s = findStatement(plan, id)?.statement;
  if (!s) return plan;
  const agreed = (s.agreedBy ?? []).filter((x) => x !== who);
  const disputed = (s.disputedBy ?? []).filter((x) => x !== who);
  if (stance === 'agrees') agreed.push(who);
  if (stance === 'disagrees') disputed.push(who);
  return editStatement(plan, id, { agreedBy: agreed, disputedBy: disputed });
}

// Next steps

export function addStep(plan: SafetyPlan, step: Action, index?: number): SafetyPlan {
  const steps = [...(plan.nextSteps ?? [])];
  steps.splice(index ?? steps.length, 0, step);
  return { ...plan, nextSteps: steps };
}
export function editStep(plan: SafetyPlan, id: string, patch: Partial<Action>): SafetyPlan {
  return {
    ...plan,
    nextSteps: (plan.nextSteps ?? []).map((a) => {
      if (a.id !== id) return a;
      const next: Record<string, unknown> = { ...a, ...patch, id };
      for (const k of Object.keys(next)) if (next[k] === undefined || next[k] === '') delete next[k];
      if (!next.text) next.text = '';
      return next as Action;
    }),
  };
}
export function removeStep(plan: SafetyPlan, id: string): SafetyPlan {
  return { ...plan, nextSteps: (plan.nextSteps ?? []).filter((a) => a.id !== id) };
}
export function reorderStep(plan: SafetyPlan, id: string, delta: -1 | 1): SafetyPlan {
  const items = [...(plan.nextSteps ?? [])];
  const i = items.findIndex((a) => a.id === id);
  const to = i + delta;
  if (i < 0 || to < 0 || to >= items.length) return plan;
  const [a] = items.splice(i, 1);
  items.splice(to, 0, a!);
  return { ...plan, nextSteps: items };
}

// Scale ratings

export function addRating(plan: SafetyPlan, rating: ScaleRating): SafetyPlan {
  return { ...plan, scales: [...(plan.scales ?? []), rating] };
}
export function removeRating(plan: SafetyPlan, id: string): SafetyPlan {
  return { ...plan, scales: (plan.scales ?? []).filter((r) => r.id !== id) };
}

// The safety network

export function addNetworkMember(plan: SafetyPlan, member: NetworkMember): SafetyPlan {
  if ((plan.network ?? []).some((m) => m.memberId === member.memberId)) return plan;
  return { ...plan, network: [...(plan.network ?? []), member] };
}
export function editNetworkRole(plan: SafetyPlan, memberId: string, role: string): SafetyPlan {
  return {
    ...plan,
    network: (plan.network ?? []).map((m) => (m.memberId === memberId ? (role ? { ...m, role } : { memberId: m.memberId }) : m)),
  };
}
export function removeNetworkMember(plan: SafetyPlan, memberId: string): SafetyPlan {
  return { ...plan, network: (plan.network ?? []).filter((m) => m.memberId !== memberId) };
}

export function setReviewDate(plan: SafetyPlan, date: string | undefined): SafetyPlan {
  const next = { ...plan, reviewDate: date };
  if (!date) delete next.reviewDate;
  return next;
}

export function setConsent(plan: SafetyPlan, consent: boolean): SafetyPlan {
  return { ...plan, childView: { ...(plan.childView ?? {}), consentToShare: consent } };
}

// Versions

/**
 * The content of a plan, without bookkeeping (ids of the plan, status, version, timestamps, snapshot). Shares the
 * plan's lists (every operation here returns new lists rather than changing them); clone it before changing it.
 */
export function contentOf(plan: SafetyPlan): PlanContent {
  const out: Record<string, unknown> = {};
  for (const k of CONTENT_KEYS) if (plan[k] !== undefined) out[k] = plan[k];
  return out;
}

/** The last agreed version kept on the plan record, if any. */
export function snapshotOf(plan: SafetyPlan): AgreedSnapshot | undefined {
  const s = (plan as Record<string, unknown>)[SNAPSHOT_FIELD] as AgreedSnapshot | undefined;
  return s && typeof s === 'object' && typeof s.version === 'number' && s.content && typeof s.content === 'object' ? s : undefined;
}

/**
 * Marks an edit: an agreed (or reviewed) plan that is edited becomes a draft of its next version.
 * `updatedAt` is set to `at`.
 */
export function touch(plan: SafetyPlan, at: string): SafetyPlan {
  return { ...plan, status: plan.status === 'closed' ? 'closed' : 'draft', updatedAt: at };
}

/**
 * Agrees the plan: the version number goes up by one, the status becomes "agreed", and the agreed content is kept
 * on the record (field `agreedSnapshot`) so the next draft can be compared with it.
 */
export function agreeVersion(plan: SafetyPlan, at: string, by: string): SafetyPlan {
  const version = plan.version + 1;
  const snapshot: AgreedSnapshot = { version, agreedAt: at, agreedBy: by, content: structuredClone(contentOf(plan)) };
  return { ...plan, version, status: 'agreed', updatedAt: at, [SNAPSHOT_FIELD]: snapshot };
}

/**
 * True when the plan's content differs from its last agreed version (or there is none). Compared as data, whatever
 * the order of each record's fields: a plan read back from a store (or any parse) lists them in the schema's order,
 * and was taken as changed the moment it was agreed.
 */
export function hasChangesSinceAgreed(plan: SafetyPlan): boolean {
  const s = snapshotOf(plan);
  if (!s) return true;
  return !deepEqual(contentOf(plan), s.content);
}
