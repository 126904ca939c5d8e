import type * as z from 'zod/mini';
import * as S from './schema/index.js';
import type { EntityType, Op } from './schema/enums.js';
import { deepEqual } from './deep-equal.js';
import { describeZodIssue, pathToString, type DataIssue } from './issues.js';

/** A typed change to one record. `before` is what the editor saw; a store refuses the change if that is stale. */
export interface Change<T = Record<string, unknown>> {
  entity: EntityType;
  id: string;
  op: Op;
  before?: T | null;
  after?: T | null;
  actor: string;
  /** Instant the change was made. */
  at: string;
}

export type ChangeFailure =
  | { ok: false; reason: 'invalid'; message: string; issues: DataIssue[] }
  | { ok: false; reason: 'conflict'; message: string; current: unknown }
  | { ok: false; reason: 'vetoed'; message: string }
  | { ok: false; reason: 'storage'; message: string };
export type ChangeResult<D = unknown> = { ok: true; doc: D; version: number; audit: S.AuditEvent } | ChangeFailure;

/** Where each entity lives in its document. */
export const ENTITY_LISTS: Record<EntityType, { doc: 'case' | 'board'; list: string; schema: z.ZodMiniType }> = {
  Person: { doc: 'case', list: 'people', schema: S.Person },
  Relationship: { doc: 'case', list: 'relationships', schema: S.Relationship },
  Household: { doc: 'case', list: 'households', schema: S.Household },
  Agency: { doc: 'case', list: 'agencies', schema: S.Agency },
  Professional: { doc: 'case', list: 'professionals', schema: S.Professional },
  Involvement: { doc: 'case', list: 'involvements', schema: S.Involvement },
  ChronologyEntry: { doc: 'case', list: 'chronology', schema: S.ChronologyEntry },
  SafetyPlan: { doc: 'case', list: 'safetyPlans', schema: S.SafetyPlan },
  Blockage: { doc: 'board', list: 'blockages', schema: S.Blockage },
  Debrief: { doc: 'board', list: 'debriefs', schema: S.Debrief },
  Document: { doc: 'case', list: 'documents', schema: S.Document },
};

type Rec = Record<string, unknown> & { id: string };
type Doc = Record<string, unknown>;

/** Outbound references of a record: [field path, target id, target list names]. */
export function referencesOf(entity: EntityType, r: Rec): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const one = (path: string, v: unknown, ...lists: string[]) => {
    if (typeof v === 'string') out.push([path, v, lists]);
  };
  const many = (path: string, v: unknown, ...lists: string[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => one(`${path}[${i}]`, x, ...lists));
  };
  switch (entity) {
    case 'Relationship':
      if (r.kind === 'parent') {
        one('parentId', r.parentId, 'people');
        one('childId', r.childId, 'people');
      } else {
        one('a', r.a, 'people');
        one('b', r.b, 'people');
      }
      break;
    case 'Household':
      many('memberIds', r.memberIds, 'people');
      break;
    case 'Professional':
      one('agencyId', r.agencyId, 'agencies');
      break;
    case 'Involvement':
      one('professionalId', r.professionalId, 'professionals');
      many('personIds', r.personIds, 'people');
      break;
    case 'ChronologyEntry':
      one('sourceAgencyId', r.sourceAgencyId, 'agencies');
      many('subjectIds', r.subjectIds, 'people');
      break;
    case 'SafetyPlan':
      many('childIds', r.childIds, 'people');
      if (Array.isArray(r.network))
        r.network.forEach((m: { memberId?: unknown }, i) => one(`network[${i}].memberId`, m?.memberId, 'people', 'professionals'));
      if (r.childView && typeof r.childView === 'object')
        one('childView.childId', (r.childView as { childId?: unknown }).childId, 'people');
      break;
    case 'Debrief':
      many('discussedIds', r.discussedIds, 'blockages');
      break;
    case 'Document':
      many('subjectIds', r.subjectIds, 'people');
      many('entryIds', r.entryIds, 'chronology');
      break;
    default:
      break;
  }
  return out;
}

const listOf = (doc: Doc, name: string): Rec[] => (Array.isArray(doc[name]) ? (doc[name] as Rec[]) : []);

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * What validating one change needs to know about the document it applies to. `MemoryCaseStore` answers from the
 * whole document; `IdbCaseStore` answers from the few records it reads inside the change's transaction.
 */
export interface ChangeLookup {
  /** The stored record the change is about, if any. */
  current: Record<string, unknown> | undefined;
  /** Whether a record with this id exists in the named list ("people", "agencies"...). */
  exists(list: string, id: string): boolean;
  /** Records that refer to the changed record (asked only for deletes), described as `Person "p1"`. */
  inbound(): string[];
  /**
   * The ids of the biological parent relationships of a child (asked only when a change makes one), so a child never
   * gets a third. Optional: a lookup without it leaves that rule to the parser.
   */
  biologicalParentsOf?(childId: string): string[];
}

/** A change that passed validation: the record to store (undefined for a delete) and its audit event. */
export interface CheckedChange {
  ok: true;
  record: Rec | undefined;
  current: Rec | undefined;
  audit: S.AuditEvent;
}

/** Checks what can be checked from the change alone. Returns a failure, or undefined when it may go on. */
export function precheckChange(change: Change, docKind?: 'case' | 'board'): ChangeFailure | undefined {
  const invalid = (message: string): ChangeFailure => ({ ok: false, reason: 'invalid', message, issues: [] });
  if (!change || typeof change !== 'object') return invalid('A change must be an object');
  // Own keys only: "constructor" or "__proto__" must not find Object's own members (they threw a TypeError).
  const spec = Object.hasOwn(ENTITY_LISTS, change.entity) ? ENTITY_LISTS[change.entity] : undefined;
  if (!spec) return invalid(`"${String(change.entity).slice(0, 80)}" is not a record type this store keeps`);
  if (docKind && spec.doc !== docKind)
    return invalid(
      `A ${change.entity} belongs in a ${spec.doc === 'case' ? 'case' : 'team board'}, not a ${docKind === 'case' ? 'case' : 'team board'}`,
    );
  if (change.op !== 'create' && change.op !== 'update' && change.op !== 'delete')
    return invalid(`"${String(change.op)}" is not a kind of change: use create, update or delete`);
  if (!change.id || typeof change.id !== 'string') return invalid('A change must name the id of the record it changes');
  if (!change.actor || typeof change.actor !== 'string') return invalid('A change must name who made it (actor)');
  if (typeof change.at !== 'string' || Number.isNaN(Date.parse(change.at))) return invalid('A change must say when it was made (at)');
  return undefined;
}

/**
 * Validates a change against what the lookup says about the document. Pure and synchronous, so a store can call it
 * inside an IndexedDB transaction. A stale `before` is a conflict, never an overwrite.
 */
export function checkChange(change: Change, lookup: ChangeLookup, docKind?: 'case' | 'board'): CheckedChange | ChangeFailure {
  const pre = precheckChange(change, docKind);
  if (pre) return pre;
  const spec = ENTITY_LISTS[change.entity];
  const invalid = (message: string, issues: DataIssue[] = []): ChangeFailure => ({ ok: false, reason: 'invalid', message, issues });
  const current = lookup.current as Rec | undefined;

  if (change.op === 'create' && current)
    return { ok: false, reason: 'conflict', message: `A ${change.entity} with id "${change.id}" already exists`, current };
  if (change.op !== 'create') {
    if (!current)
      return {
        ok: false,
        reason: 'conflict',
        message: `${change.entity} "${change.id}" no longer exists: someone else may have deleted it`,
        current: undefined,
      };
    if (!deepEqual(current, change.before)) {
      return {
        ok: false,
        reason: 'conflict',
        message: `${change.entity} "${change.id}" was changed elsewhere since you opened it: review the newer version before saving yours`,
        current,
      };
    }
  }

  let record: Rec | undefined;
  if (change.op === 'delete') {
    const inbound = lookup.inbound();
    if (inbound.length)
      return invalid(
        `${change.entity} "${change.id}" cannot be deleted while ${inbound.slice(0, 3).join(', ')}${inbound.length > 3 ? ` and ${inbound.length - 3} more` : ''} refer to it`,
      );
  } else {
    const r = spec.schema.safeParse(change.after);
    if (!r.success) {
      const issues = r.error.issues.map((zi) => ({
        entity: change.entity,
        id: change.id,
        path: pathToString(zi.path),
        message: describeZodIssue(zi, change.after),
      }));
      return invalid(`The ${change.entity} is not valid: ${issues.map((i) => i.message).join('; ')}`, issues);
    }
    const after = r.data as Rec;
    if (after.id !== change.id) return invalid(`The record's id "${String(after.id)}" does not match the change's id "${change.id}"`);
    const self = selfReference(change.entity, after);
    if (self)
      return invalid(self, [
        {
          entity: change.entity,
          id: change.id,
          path: change.entity === 'Relationship' && after.kind === 'parent' ? 'childId' : 'b',
          message: self,
        },
      ]);
    const third = thirdParent(change.entity, after, lookup);
    if (third) return invalid(third, [{ entity: change.entity, id: change.id, path: 'parentId', message: third }]);
    const dangling = referencesOf(change.entity, after).filter(([, id, lists]) => !lists.some((l) => lookup.exists(l, id)));
    if (dangling.length) {
      const issues = dangling.map(([path, id]) => ({
        entity: change.entity,
        id: change.id,
        path,
        message: `"${path}" refers to "${id}", which is not in the ${spec.doc === 'case' ? 'case' : 'board'}`,
      }));
      return invalid(issues.map((i) => i.message).join('; '), issues);
    }
    record = after;
  }
  const audit: S.AuditEvent = {
    id: newId(),
    at: change.at,
    actor: change.actor,
    entity: change.entity,
    entityId: change.id,
    op: change.op,
    ...(current ? { before: current } : {}),
    ...(record ? { after: record } : {}),
  };
  return { ok: true, record, current, audit };
}

/** A biological parent relationship that would give its child a third biological parent (the parser's rule, on a change). */
function thirdParent(entity: EntityType, r: Rec, lookup: ChangeLookup): string | undefined {
  if (entity !== 'Relationship' || r.kind !== 'parent' || r.type !== 'biological' || !lookup.biologicalParentsOf) return undefined;
  const childId = String(r.childId);
  const others = lookup.biologicalParentsOf(childId).filter((id) => id !== r.id);
  return others.length >= 2 ? `Person "${childId}" would have a third biological parent: a child has at most two` : undefined;
}

function selfReference(entity: EntityType, r: Rec): string | undefined {
  if (entity !== 'Relationship') return undefined;
  const same = r.kind === 'parent' ? r.parentId === r.childId : r.a === r.b;
  return same ? 'A relationship must be between two different people' : undefined;
}

/**
 * Validates a change against a document and returns the new document and its audit event, or a failure.
 * Pure: the input document is not modified. A stale `before` is a conflict, never an overwrite.
 */
export function applyChangeToDoc<D extends Doc>(doc: D, change: Change): { ok: true; doc: D; audit: S.AuditEvent } | ChangeFailure {
  const pre = precheckChange(change);
  if (pre) return pre;
  const spec = ENTITY_LISTS[change.entity];
  const list = listOf(doc, spec.list);
  const index = list.findIndex((r) => r.id === change.id);
  const checked = checkChange(change, {
    current: index >= 0 ? list[index] : undefined,
    exists: (l, id) => listOf(doc, l).some((x) => x.id === id),
    inbound: () => findInbound(doc, spec.list, change.id),
    biologicalParentsOf: (childId) => biologicalParentsIn(listOf(doc, 'relationships'), childId),
  });
  if (!checked.ok) return checked;
  const after = checked.record;
  const next = !after ? list.filter((_, i) => i !== index) : index >= 0 ? list.map((x, i) => (i === index ? after : x)) : [...list, after];
  const newDoc = { ...doc, [spec.list]: next, audit: [...listOf(doc, 'audit'), checked.audit] } as D;
  return { ok: true, doc: newDoc, audit: checked.audit };
}

/** The ids of the biological parent relationships of `childId` among `relationships`. */
export function biologicalParentsIn(relationships: readonly Record<string, unknown>[], childId: string): string[] {
  return relationships.filter((x) => x.kind === 'parent' && x.type === 'biological' && x.childId === childId).map((x) => String(x.id));
}

/** Lists whose records may refer to a record of the given list. */
export function listsReferring(listName: string): string[] {
  const out = new Set<string>();
  const probe: Record<EntityType, string[]> = {
    Person: [],
    Agency: [],
    Household: ['people'],
    Relationship: ['people'],
    Professional: ['agencies'],
    Involvement: ['professionals', 'people'],
    ChronologyEntry: ['agencies', 'people'],
    SafetyPlan: ['people', 'professionals'],
    Blockage: [],
    Debrief: ['blockages'],
    Document: ['people', 'chronology'],
  };
  for (const [entity, targets] of Object.entries(probe) as [EntityType, string[]][])
    if (targets.includes(listName)) out.add(ENTITY_LISTS[entity].list);
  return [...out];
}

/** Records in `doc` that refer to the record `id` of list `listName`, described as `Person "p1"`. */
export function findInbound(doc: Doc, listName: string, id: string): string[] {
  const hits: string[] = [];
  for (const [entity, spec] of Object.entries(ENTITY_LISTS) as [EntityType, (typeof ENTITY_LISTS)[EntityType]][]) {
    for (const r of listOf(doc, spec.list)) {
      if (referencesOf(entity, r).some(([, target, lists]) => target === id && lists.includes(listName))) hits.push(`${entity} "${r.id}"`);
    }
  }
  const c = doc.case as { subjectIds?: unknown } | undefined;
  if (listName === 'people' && Array.isArray(c?.subjectIds) && c.subjectIds.includes(id)) hits.push("the case's list of subjects");
  return hits;
}

/** Builds a change with `at` set to now. */
export function makeChange<T extends { id: string }>(
  entity: EntityType,
  op: Op,
  actor: string,
  before: T | null | undefined,
  after: T | null | undefined,
): Change {
  const id = (after?.id ?? before?.id)!;
  return { entity, id, op, before: before ?? null, after: after ?? null, actor, at: new Date().toISOString() };
}

export { newId };
