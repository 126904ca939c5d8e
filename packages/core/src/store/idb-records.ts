import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { ENTITY_LISTS } from '../change.js';
import type { AuditEvent, EntityType } from '../schema/index.js';
import type { DataIssue } from '../issues.js';
import type { DocRef } from './types.js';

// The shapes IdbCaseStore keeps in IndexedDB, and the pure helpers that read and rebuild them.

export type Obj = Record<string, unknown>;
export type Rec = Obj & { id: string };
export type AnyDb = IDBPDatabase<unknown>;
export type AnyStore = IDBPObjectStore<unknown, string[], string, 'readwrite'>;

/** A document's header: its version and its fields other than the record lists. */
export interface DocHeader {
  key: string;
  kind: DocRef['kind'];
  id: string;
  version: number;
  /** Top-level fields other than record lists and audit (schema, case / id + team, unknown fields). */
  head: Obj;
  /** The record lists the document had when imported (so an absent list stays absent). */
  lists: string[];
  /** Whether the imported document had an `audit` list (so an absent one stays absent until a change is audited). */
  hasAudit?: boolean;
  nextOrder: number;
  auditSeq: number;
  updatedAt: string;
}
export interface StoredRecord {
  doc: string;
  list: string;
  id: string;
  order: number;
  data: Rec;
}
/** One entry of the audit trail. `event` for a change to a record; `import` when a whole document was stored. */
export interface StoredAuditEntry {
  doc: string;
  seq: number;
  event?: AuditEvent;
  import?: { at: string; actor: string; version: number; records: number; issues: number };
}
export interface StoredQuarantine {
  doc: string;
  recordKey: string;
  at: string;
  raw: unknown;
  issues: DataIssue[];
}

/** The record lists of each kind of document, in contract order. */
export const DOC_LISTS: Record<DocRef['kind'], readonly string[]> = {
  case: ['people', 'relationships', 'households', 'agencies', 'professionals', 'involvements', 'chronology', 'safetyPlans', 'documents'],
  board: ['blockages', 'debriefs'],
};
export const ENTITY_OF_LIST = new Map<string, EntityType>(Object.entries(ENTITY_LISTS).map(([e, s]) => [s.list, e as EntityType]));

export const docKey = (ref: DocRef) => `${ref.kind}:${ref.id}`;
export const docRange = (key: string) => IDBKeyRange.bound([key], [key, []]);
export const listRange = (key: string, list: string) => IDBKeyRange.bound([key, list], [key, list, []]);
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const quiet = (p: Promise<unknown> | undefined) => {
  p?.catch(() => undefined);
};

/** Ends a transaction that failed or must not commit: its writes and its end are quietened, and it is aborted if still open. */
export function abandon(tx: { done: Promise<unknown>; abort(): void }, writes: readonly Promise<unknown>[] = []): void {
  writes.forEach(quiet);
  quiet(tx.done);
  try {
    tx.abort();
  } catch {
    /* already finished or aborted */
  }
}

/** A copy of `doc` with one record put in place, appended or removed (and optionally an audit event appended). */
export function withRecord(doc: Obj, list: string, id: string, record: Rec | undefined, audit?: AuditEvent): Obj {
  const items = Array.isArray(doc[list]) ? (doc[list] as Rec[]) : [];
  const index = items.findIndex((r) => r.id === id);
  const next = !record
    ? items.filter((_, i) => i !== index)
    : index >= 0
      ? items.map((r, i) => (i === index ? record : r))
      : [...items, record];
  const out: Obj = { ...doc, [list]: next };
  if (audit) {
    const trail = Array.isArray(doc.audit) ? (doc.audit as AuditEvent[]) : [];
    if (!trail.some((e) => e.id === audit.id)) out.audit = [...trail, audit];
  }
  return out;
}

export function readHeader(raw: unknown, ref: DocRef): DocHeader | undefined {
  if (!isObj(raw) || typeof raw.version !== 'number' || !isObj(raw.head)) return undefined;
  return {
    key: docKey(ref),
    kind: ref.kind,
    id: ref.id,
    version: raw.version,
    head: raw.head,
    lists: Array.isArray(raw.lists) ? (raw.lists as unknown[]).filter((l): l is string => typeof l === 'string') : [],
    nextOrder: typeof raw.nextOrder === 'number' ? raw.nextOrder : 0,
    auditSeq: typeof raw.auditSeq === 'number' ? raw.auditSeq : 0,
    updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : '',
    hasAudit: raw.hasAudit === true,
  };
}

/**
 * The records of an import that the parser refused, each with its issues, to be kept in quarantine rather than lost:
 * an item of a list is refused when no kept record has its id (or, without a usable id, always).
 */
export function refusedRecords(
  key: string,
  input: unknown,
  kept: Obj,
  lists: readonly string[],
  issues: readonly DataIssue[],
  at: string,
): StoredQuarantine[] {
  if (!isObj(input)) return [];
  const out: StoredQuarantine[] = [];
  for (const list of [...lists, 'audit']) {
    const items = input[list];
    if (!Array.isArray(items)) continue;
    const keptIds = new Set(((kept[list] as unknown[] | undefined) ?? []).map((r) => (isObj(r) ? r.id : undefined)));
    items.forEach((raw: unknown, i) => {
      const id = isObj(raw) && typeof raw.id === 'string' && raw.id ? raw.id : null;
      // The first record with a kept id is the one kept; a later duplicate is refused.
      if (id !== null && keptIds.delete(id)) return;
      const own = issues.filter((x) => x.location === `${list}[${i}]`);
      out.push({ doc: key, recordKey: `${list}/${id ?? `#${i}`}`, at, raw, issues: own });
    });
  }
  return out;
}

/**
 * A header rebuilt for a document whose stored header is missing or damaged but whose records are stored, so a change
 * can still be saved (and the header written back) instead of failing with "there is no case". Undefined when
 * nothing of the document is stored. The audit sequence continues after the last stored event, never over it.
 */
export async function rebuildHeader(
  records: { count(range: IDBKeyRange): Promise<number> },
  audit: { openCursor(range: IDBKeyRange, dir: IDBCursorDirection): Promise<{ value: unknown } | null> },
  raw: unknown,
  ref: DocRef,
): Promise<DocHeader | undefined> {
  const key = docKey(ref);
  const n = await records.count(docRange(key));
  if (!n) return undefined;
  const last = await audit.openCursor(docRange(key), 'prev');
  const lastSeq = last && isObj(last.value) && typeof last.value.seq === 'number' ? last.value.seq : 0;
  const old = isObj(raw) ? raw : {};
  const head: Obj = isObj(old.head)
    ? { ...old.head }
    : ref.kind === 'case'
      ? { schema: 'opencasework/case-bundle@1', case: { id: ref.id } }
      : { schema: 'opencasework/team-board@1', id: ref.id, team: ref.id };
  return {
    key,
    kind: ref.kind,
    id: ref.id,
    version: typeof old.version === 'number' ? old.version : 1,
    head,
    lists: [],
    hasAudit: lastSeq > 0,
    // Orders only sort records: a new one goes after every stored one.
    nextOrder: Math.max(typeof old.nextOrder === 'number' ? old.nextOrder : 0, Date.now()),
    auditSeq: Math.max(lastSeq, typeof old.auditSeq === 'number' ? old.auditSeq : 0),
    updatedAt: new Date().toISOString(),
  };
}
