/**
 * What the element derives from the case and the plan, with no DOM: which plan to show, what concerns the selected
 * person, who can be chosen in a form, and the short labels used in announcements. Every function is pure; the
 * element memoises the costly ones (`memo` from core) on the inputs they read.
 */
import type { CaseBundle, SafetyPlan, Statement, StatementSection } from '@opencasework/core';
import { HOUSES, MAP_SECTIONS, listOf, type ListKey } from './plan-edit.js';
import type { NameBook } from './names.js';
import type { SafetyPlanKey } from './messages/index.js';

/** The worry sections, where who agrees and who does not is recorded. */
export const WORRY_SECTIONS: readonly StatementSection[] = ['harm', 'complicatingFactors', 'dangerStatements'];
/** The map's three columns and their sections, in reading order. */
export const COLUMNS = [
  { key: 'worried', sections: ['harm', 'complicatingFactors', 'dangerStatements'] },
  { key: 'working', sections: ['strengths', 'existingSafety'] },
  { key: 'happen', sections: ['safetyGoals'] },
] as const satisfies readonly { key: string; sections: readonly StatementSection[] }[];
export const STEP_STATUSES = ['to-do', 'doing', 'done', 'not-done'] as const;

/** Whether someone was a child when they gave a score: one of the plan's children or the case's subjects, or under 18. */
export function childTest(
  names: NameBook,
  childIds: readonly string[] = [],
  subjectIds: readonly string[] = [],
): (by: string, at: string) => boolean {
  const ids = new Set([...childIds, ...subjectIds]);
  return (by, at) => ids.has(by) || names.under18(by, at);
}

export const isWorry = (key: ListKey): boolean => (WORRY_SECTIONS as readonly string[]).includes(key);

/** The plan to show: the one asked for by id, or the most recently updated open plan (any plan when all are closed). */
export function currentPlan(bundle: CaseBundle, planId: string): SafetyPlan | undefined {
  const plans = bundle.safetyPlans ?? [];
  if (planId) return plans.find((p) => p.id === planId);
  const open = plans.filter((p) => p.status !== 'closed');
  const pool = open.length ? open : plans;
  return [...pool].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
}

/** Text shortened to `max` characters on one line, for labels and announcements. */
export function snippet(text: string, max = 50): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Whether a statement concerns someone: they said it, agree with it or disagree with it. */
export function statementConcerns(s: Statement, who: string | undefined): boolean {
  return !!who && (s.by === who || !!s.agreedBy?.includes(who) || !!s.disputedBy?.includes(who));
}

/** How many items of the plan concern someone: statements, steps they own, their ratings, their network place. */
export function countConcerns(plan: SafetyPlan, who: string): number {
  let n = 0;
  for (const key of [...MAP_SECTIONS, ...HOUSES]) n += listOf(plan, key).filter((s) => statementConcerns(s, who)).length;
  n += (plan.nextSteps ?? []).filter((a) => a.owner === who).length;
  n += (plan.scales ?? []).filter((r) => r.by === who).length;
  n += (plan.network ?? []).filter((m) => m.memberId === who).length;
  return n;
}

export interface Choice {
  id: string;
  name: string;
}

/** Who can be chosen (said it, owns a step, gave a rating): the network and the children first, then everyone else, then `extra` values that are free text. */
export function whoOptions(names: NameBook, plan: SafetyPlan, extra: (string | undefined)[] = []): Choice[] {
  const all = names.everyone();
  const inNetwork = new Set([...(plan.network ?? []).map((m) => m.memberId), ...(plan.childIds ?? [])]);
  const first = all.filter((x) => inNetwork.has(x.id));
  const rest = all.filter((x) => !inNetwork.has(x.id));
  const out = [...first, ...rest].map(({ id, name }) => ({ id, name }));
  for (const e of extra) if (e && !out.some((o) => o.id === e)) out.push({ id: e, name: names.name(e) });
  return out;
}

/** The people whose view on a worry is asked: the network and the children, or everyone when there is no network. */
export function stanceParticipants(names: NameBook, plan: SafetyPlan, s: Statement): Choice[] {
  const ids = new Set([
    ...(plan.network ?? []).map((m) => m.memberId),
    ...(plan.childIds ?? []),
    ...(s.agreedBy ?? []),
    ...(s.disputedBy ?? []),
  ]);
  if (ids.size === 0) return names.everyone().map(({ id, name }) => ({ id, name }));
  return [...ids].map((id) => ({ id, name: names.name(id) }));
}

/** The message naming a changed field of a statement in "what changed". */
export function fieldKey(f: string): SafetyPlanKey {
  const known: Record<string, SafetyPlanKey> = {
    by: 'field.by',
    familyWords: 'field.familyWords',
    agreedBy: 'field.agreedBy',
    disputedBy: 'field.disputedBy',
    linkedIds: 'field.linkedIds',
  };
  return known[f] ?? 'field.other';
}

/** The plan's status line: agreed version, closed, or a draft of the next version. */
export function statusOf(plan: SafetyPlan): {
  key: 'status.agreed' | 'status.reviewed' | 'status.closed' | 'status.draftOf' | 'status.firstDraft';
  version: number;
  agreed: number;
} {
  if (plan.status === 'agreed') return { key: 'status.agreed', version: plan.version, agreed: plan.version };
  if (plan.status === 'reviewed') return { key: 'status.reviewed', version: plan.version, agreed: plan.version };
  if (plan.status === 'closed') return { key: 'status.closed', version: plan.version, agreed: plan.version };
  if (plan.version > 0) return { key: 'status.draftOf', version: plan.version + 1, agreed: plan.version };
  return { key: 'status.firstDraft', version: plan.version, agreed: plan.version };
}
