import { deepEqual, type Action, type AuditEvent, type SafetyPlan, type ScaleRating, type Statement } from '@opencasework/core';
import { contentOf, HOUSES, MAP_SECTIONS, snapshotOf, type AgreedSnapshot, type ListKey, type PlanContent } from './plan-edit.js';

export type StatementChange =
  | { kind: 'added'; id: string; section: ListKey; after: Statement }
  | { kind: 'removed'; id: string; section: ListKey; before: Statement }
  | { kind: 'edited'; id: string; section: ListKey; before: Statement; after: Statement; fields: string[]; fromSection?: ListKey };
export type ScoreChange =
  | { kind: 'added'; id: string; after: ScaleRating }
  | { kind: 'removed'; id: string; before: ScaleRating }
  | { kind: 'edited'; id: string; before: ScaleRating; after: ScaleRating; fields: string[] };
export type StepChange =
  | { kind: 'added'; id: string; after: Action }
  | { kind: 'removed'; id: string; before: Action }
  | { kind: 'edited'; id: string; before: Action; after: Action; fields: string[] };

export interface PlanDiff {
  statements: StatementChange[];
  scores: ScoreChange[];
  steps: StepChange[];
  /** Network members added and removed (by member id), and whose role changed. */
  network: { added: string[]; removed: string[]; roleChanged: string[] };
  reviewDateChanged: boolean;
  consentChanged: boolean;
  /** True when nothing differs. */
  empty: boolean;
}

function statementsOf(c: PlanContent): Map<string, { section: ListKey; s: Statement }> {
  const m = new Map<string, { section: ListKey; s: Statement }>();
  for (const section of MAP_SECTIONS) for (const s of c[section] ?? []) m.set(s.id, { section, s });
  for (const house of HOUSES) for (const s of c.childView?.[house] ?? []) m.set(s.id, { section: house, s });
  return m;
}

/** The fields whose values differ between two records (compared as JSON, order of keys ignored). */
export function changedFields(a: Record<string, unknown>, b: Record<string, unknown>, ignore: string[] = []): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const k of keys) {
    if (ignore.includes(k)) continue;
    if (!deepEqual(a[k] ?? null, b[k] ?? null)) out.push(k);
  }
  return out.sort();
}

/**
 * changedFields of two records, kept for the pair: records are never changed in place (an edit makes a new one), so
 * typing in one statement of a large plan compares only that statement with its agreed version again.
 */
const comparedPairs = new WeakMap<object, WeakMap<object, readonly string[]>>();
function recordFields(a: object, b: object): string[] {
  if (a === b) return [];
  let withA = comparedPairs.get(a);
  if (!withA) comparedPairs.set(a, (withA = new WeakMap()));
  let fields = withA.get(b);
  if (!fields) withA.set(b, (fields = changedFields(a as Record<string, unknown>, b as Record<string, unknown>)));
  return [...fields];
}

function byId<T extends { id: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((x) => [x.id, x]));
}

function diffRecords<T extends { id: string }>(before: T[] | undefined, after: T[] | undefined) {
  const a = byId(before),
    b = byId(after);
  const out: (
    | { kind: 'added'; id: string; after: T }
    | { kind: 'removed'; id: string; before: T }
    | { kind: 'edited'; id: string; before: T; after: T; fields: string[] }
  )[] = [];
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y) out.push({ kind: 'removed', id, before: x });
    else {
      const fields = recordFields(x, y);
      if (fields.length) out.push({ kind: 'edited', id, before: x, after: y, fields });
    }
  }
  for (const [id, y] of b) if (!a.has(id)) out.push({ kind: 'added', id, after: y });
  return out;
}

/**
 * What changed between two versions of a plan, by record id: statements added, removed, edited (text, who said it,
 * who agrees...) or moved to another section; scale ratings and next steps added, removed or changed.
 * Reordering within a section is not a change of content and is not listed.
 */
export function diffPlans(before: PlanContent, after: PlanContent): PlanDiff {
  const a = statementsOf(before),
    b = statementsOf(after);
  const statements: StatementChange[] = [];
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y) {
      statements.push({ kind: 'removed', id, section: x.section, before: x.s });
      continue;
    }
    const fields = recordFields(x.s, y.s);
    if (x.section !== y.section) fields.push('section');
    if (fields.length)
      statements.push({
        kind: 'edited',
        id,
        section: y.section,
        before: x.s,
        after: y.s,
        fields,
        ...(x.section !== y.section ? { fromSection: x.section } : {}),
      });
  }
  for (const [id, y] of b) if (!a.has(id)) statements.push({ kind: 'added', id, section: y.section, after: y.s });

  const na = new Map((before.network ?? []).map((m) => [m.memberId, m.role ?? ''])),
    nb = new Map((after.network ?? []).map((m) => [m.memberId, m.role ?? '']));
  const network = {
    added: [...nb.keys()].filter((k) => !na.has(k)),
    removed: [...na.keys()].filter((k) => !nb.has(k)),
    roleChanged: [...nb.keys()].filter((k) => na.has(k) && na.get(k) !== nb.get(k)),
  };
  const scores = diffRecords(before.scales, after.scales) as ScoreChange[];
  const steps = diffRecords(before.nextSteps, after.nextSteps) as StepChange[];
  const reviewDateChanged = (before.reviewDate ?? '') !== (after.reviewDate ?? '');
  const consentChanged = !!before.childView?.consentToShare !== !!after.childView?.consentToShare;
  const empty =
    !statements.length &&
    !scores.length &&
    !steps.length &&
    !network.added.length &&
    !network.removed.length &&
    !network.roleChanged.length &&
    !reviewDateChanged &&
    !consentChanged;
  return { statements, scores, steps, network, reviewDateChanged, consentChanged, empty };
}

export interface AgreedVersion {
  version: number;
  agreedAt: string;
  agreedBy: string;
  content: PlanContent;
}

/**
 * Every agreed version of a plan that can be recovered: from the audit trail (each change that raised the version
 * and set the status to agreed holds the whole agreed record) and from the snapshot kept on the plan record.
 * Oldest first, one per version number.
 */
export function agreedVersions(plan: SafetyPlan, audit: readonly AuditEvent[] = []): AgreedVersion[] {
  return versionsFrom(plan.id, snapshotOf(plan), audit);
}

const AGREED = new Set(['agreed', 'reviewed']);
const planEvents = (planId: string, audit: readonly AuditEvent[]) =>
  audit.filter((e) => e.entity === 'SafetyPlan' && e.entityId === planId).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/**
 * `agreedVersions` from what it reads of the plan: its id and its snapshot. The snapshot object survives edits that
 * do not agree the plan, so a memoised caller recomputes only when the id, the snapshot or the audit trail change.
 * A version is agreed by the change that gives the plan that version number with the status "agreed" or "reviewed"
 * (case systems record a version agreed at a review meeting as "reviewed"); a later change that keeps the number (a
 * review recording new scores, a step marked done) is a change since that version, not the version itself.
 */
export function versionsFrom(planId: string, snap: AgreedSnapshot | undefined, audit: readonly AuditEvent[] = []): AgreedVersion[] {
  const byVersion = new Map<number, AgreedVersion>();
  const fromBefore = new Map<number, AgreedVersion>();
  for (const e of planEvents(planId, audit)) {
    const before = e.before as SafetyPlan | undefined;
    // The record an edit started from, when it was agreed, is that agreed version (who agreed it and when are not known here).
    if (
      before &&
      typeof before === 'object' &&
      AGREED.has(before.status) &&
      typeof before.version === 'number' &&
      !fromBefore.has(before.version)
    ) {
      fromBefore.set(before.version, { version: before.version, agreedAt: before.updatedAt, agreedBy: '', content: contentOf(before) });
    }
    if (!e.after || typeof e.after !== 'object') continue;
    const after = e.after as SafetyPlan;
    if (!AGREED.has(after.status) || typeof after.version !== 'number') continue;
    if (before && typeof before === 'object' && before.version === after.version && AGREED.has(before.status)) continue;
    byVersion.set(after.version, { version: after.version, agreedAt: e.at, agreedBy: e.actor, content: contentOf(after) });
  }
  for (const [v, a] of fromBefore) if (!byVersion.has(v)) byVersion.set(v, a);
  if (snap) byVersion.set(snap.version, { version: snap.version, agreedAt: snap.agreedAt, agreedBy: snap.agreedBy, content: snap.content });
  return [...byVersion.values()].sort((x, y) => x.version - y.version);
}

/** One change to the plan recorded in the audit trail after a version was agreed, summed up. */
export interface RecordedChange {
  id: string;
  at: string;
  actor: string;
  newRatings: number;
  stepsDone: number;
  stepsChanged: number;
  statementsChanged: number;
  otherChanged: boolean;
}

/**
 * What the audit trail holds since version `since` was agreed (at `sinceAt`): each later change to the plan with what
 * it changed (new ratings, steps done, other step changes, statements, other details), oldest first.
 */
export function changesSince(planId: string, since: AgreedVersion, audit: readonly AuditEvent[] = []): RecordedChange[] {
  const from = Date.parse(since.agreedAt);
  const out: RecordedChange[] = [];
  for (const e of planEvents(planId, audit)) {
    if (!(Date.parse(e.at) > from) || !e.before || !e.after || typeof e.before !== 'object' || typeof e.after !== 'object') continue;
    const d = diffPlans(contentOf(e.before as SafetyPlan), contentOf(e.after as SafetyPlan));
    const done = d.steps.filter((c) => c.kind === 'edited' && c.after.status === 'done' && c.before.status !== 'done').length;
    out.push({
      id: e.id,
      at: e.at,
      actor: e.actor,
      newRatings: d.scores.filter((c) => c.kind === 'added').length,
      stepsDone: done,
      stepsChanged: d.steps.length - done,
      statementsChanged: d.statements.length,
      otherChanged:
        d.scores.some((c) => c.kind !== 'added') ||
        d.network.added.length + d.network.removed.length + d.network.roleChanged.length > 0 ||
        d.reviewDateChanged ||
        d.consentChanged,
    });
  }
  return out;
}

/**
 * The content to compare the plan with: its last agreed version (from the snapshot, the audit trail, or the stored
 * record `stored` when the plan being edited started from an agreed record). An agreed plan with no recorded history
 * is its own last agreed version. Undefined when the plan has never been agreed, or when its agreed version is not
 * recorded (a "reviewed" plan with no history: it may have changed at the review). Takes the audit trail, or the
 * versions `agreedVersions` already found.
 */
export function lastAgreed(
  plan: SafetyPlan,
  audit: readonly AuditEvent[] | readonly AgreedVersion[] = [],
  stored?: SafetyPlan,
): AgreedVersion | undefined {
  const all =
    audit.length && 'content' in audit[0]! ? (audit as readonly AgreedVersion[]) : agreedVersions(plan, audit as readonly AuditEvent[]);
  const versions = all.filter((v) => v.version <= plan.version);
  const last = versions[versions.length - 1];
  if (last && last.version === plan.version) return last;
  // A draft whose agreed starting point is not yet in the audit trail (the edit is not saved yet): the stored record.
  // Only an "agreed" record is its own agreed version: a "reviewed" one may have changed at the review since.
  for (const p of [plan, stored]) {
    if (p && p.status === 'agreed' && p.version === plan.version) {
      return { version: p.version, agreedAt: p.updatedAt, agreedBy: '', content: contentOf(p) };
    }
  }
  return last;
}
