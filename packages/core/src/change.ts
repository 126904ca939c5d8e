import type { z } from 'zod';
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
export const ENTITY_LISTS: Record<EntityType, { doc: 'case' | 'board'; list: string; schema: z.ZodType }> = {
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
};

type Rec = Record<string, unknown> & { id: string };
type Doc = Record<string, unknown>;

/** Outbound references of a record: [field path, target id, target list names]. */
function referencesOf(entity: EntityType, r: Rec): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  const one = (path: string, v: unknown, ...lists: string[]) => { if (typeof v === 'string') out.push([path, v, lists]); };
  const many = (path: string, v: unknown, ...lists: string[]) => { if (Array.isArray(v)) v.forEach((x, i) => one(`${path}[${i}]`, x, ...lists)); };
  switch (entity) {
    case 'Relationship':
      if (r.kind === 'parent') { one('parentId', r.parentId, 'people'); one('childId', r.childId, 'people'); }
      else { one('a', r.a, 'people'); one('b', r.b, 'people'); }
      break;
    case 'Household': many('memberIds', r.memberIds, 'people'); break;
    case 'Professional': one('agencyId', r.agencyId, 'agencies'); break;
    case 'Involvement': one('professionalId', r.professionalId, 'professionals'); many('personIds', r.personIds, 'people'); break;
    case 'ChronologyEntry': one('sourceAgencyId', r.sourceAgencyId, 'agencies'); many('subjectIds', r.subjectIds, 'people'); break;
    case 'SafetyPlan':
      many('childIds', r.childIds, 'people');
      if (Array.isArray(r.network)) r.network.forEach((m: { memberId?: unknown }, i) => one(`network[${i}].memberId`, m?.memberId, 'people', 'professionals'));
      break;
    case 'Debrief': many('discussedIds', r.discussedIds, 'blockages'); break;
    default: break;
  }
  return out;
}

const listOf = (doc: Doc, name: string): Rec[] => (Array.isArray(doc[name]) ? (doc[name] as Rec[]) : []);

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Validates a change against a document and returns the new document and its audit event, or a failure.
 * Pure: the input document is not modified. A stale `before` is a conflict, never an overwrite.
 */
export function applyChangeToDoc<D extends Doc>(doc: D, change: Change): { ok: true; doc: D; audit: S.AuditEvent } | ChangeFailure {
  const spec = ENTITY_LISTS[change.entity];
  const invalid = (message: string, issues: DataIssue[] = []): ChangeFailure => ({ ok: false, reason: 'invalid', message, issues });
  if (!spec) return invalid(`"${String(change.entity)}" is not a record type this store keeps`);
  if (!change.id || typeof change.id !== 'string') return invalid('A change must name the id of the record it changes');
  if (!change.actor) return invalid('A change must name who made it (actor)');
  if (Number.isNaN(Date.parse(change.at))) return invalid('A change must say when it was made (at)');
  const list = listOf(doc, spec.list);
  const index = list.findIndex((r) => r.id === change.id);
  const current = index >= 0 ? list[index] : undefined;

  if (change.op === 'create' && current) return { ok: false, reason: 'conflict', message: `A ${change.entity} with id "${change.id}" already exists`, current };
  if (change.op !== 'create') {
    if (!current) return { ok: false, reason: 'conflict', message: `${change.entity} "${change.id}" no longer exists: someone else may have deleted it`, current: undefined };
    if (!deepEqual(current, change.before)) {
      return { ok: false, reason: 'conflict', message: `${change.entity} "${change.id}" was changed elsewhere since you opened it: review the newer version before saving yours`, current };
    }
  }

  let next: Rec[];
  if (change.op === 'delete') {
    const inbound = findInbound(doc, spec.list, change.id);
    if (inbound.length) return invalid(`${change.entity} "${change.id}" cannot be deleted while ${inbound.slice(0, 3).join(', ')}${inbound.length > 3 ? ` and ${inbound.length - 3} more` : ''} refer to it`);
    next = list.filter((_, i) => i !== index);
  } else {
    const r = spec.schema.safeParse(change.after);
    if (!r.success) {
      const issues = r.error.issues.map((zi) => ({ entity: change.entity, id: change.id, path: pathToString(zi.path), message: describeZodIssue(zi, change.after) }));
      return invalid(`The ${change.entity} is not valid: ${issues.map((i) => i.message).join('; ')}`, issues);
    }
    const after = r.data as Rec;
    if (after.id !== change.id) return invalid(`The record's id "${String(after.id)}" does not match the change's id "${change.id}"`);
    const dangling = referencesOf(change.entity, after).filter(([, id, lists]) => !lists.some((l) => listOf(doc, l).some((x) => x.id === id)));
    if (dangling.length) {
      const issues = dangling.map(([path, id]) => ({ entity: change.entity, id: change.id, path, message: `"${path}" refers to "${id}", which is not in the ${spec.doc === 'case' ? 'case' : 'board'}` }));
      return invalid(issues.map((i) => i.message).join('; '), issues);
    }
    next = index >= 0 ? list.map((x, i) => (i === index ? after : x)) : [...list, after];
  }
  const audit: S.AuditEvent = {
    id: newId(), at: change.at, actor: change.actor, entity: change.entity, entityId: change.id, op: change.op,
    ...(current ? { before: current } : {}),
    ...(change.op !== 'delete' ? { after: change.after } : {}),
  };
  const newDoc = { ...doc, [spec.list]: next, audit: [...listOf(doc, 'audit'), audit] } as D;
  return { ok: true, doc: newDoc, audit };
}

function findInbound(doc: Doc, listName: string, id: string): string[] {
  const hits: string[] = [];
  for (const [entity, spec] of Object.entries(ENTITY_LISTS) as [EntityType, (typeof ENTITY_LISTS)[EntityType]][]) {
    for (const r of listOf(doc, spec.list)) {
      if (referencesOf(entity, r).some(([, target, lists]) => target === id && lists.includes(listName))) hits.push(`${entity} "${r.id}"`);
    }
  }
  return hits;
}

/** Builds a change with `at` set to now. */
export function makeChange<T extends { id: string }>(
  entity: EntityType, op: Op, actor: string, before: T | null | undefined, after: T | null | undefined,
): Change {
  const id = (after?.id ?? before?.id)!;
  return { entity, id, op, before: (before ?? null) as Record<string, unknown> | null, after: (after ?? null) as Record<string, unknown> | null, actor, at: new Date().toISOString() };
}

export { newId };
