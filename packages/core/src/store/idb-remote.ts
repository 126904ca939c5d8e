import { ENTITY_LISTS, type Change } from '../change.js';
import type { AuditEvent } from '../schema/index.js';
import type { StoreAnnouncement } from './broadcast.js';
import { STORE_AUDIT, STORE_DOCS, STORE_RECORDS } from './migrations.js';
import { docKey, isObj, readHeader, withRecord, type AnyDb, type Obj, type StoredAuditEntry, type StoredRecord } from './idb-records.js';
import type { DocRef } from './types.js';

// Another tab announced a change by ids and version only: what it was is read here, from this tab's own database.

type ChangeNews = Extract<StoreAnnouncement, { type: 'change' }>;

/** The change an audit event records (who, when, the record before and after). */
export const changeOfEvent = (e: AuditEvent): Change => ({
  entity: e.entity,
  id: e.entityId,
  op: e.op,
  before: (e.before ?? null) as Change['before'],
  after: (e.after ?? null) as Change['after'],
  actor: e.actor,
  at: e.at,
});

/**
 * The announced change as this tab's database holds it: the changed record laid into the cached document, and the
 * change rebuilt from its audit event. Undefined when the database has moved on (or the entry is missing): then the
 * caller reads the whole document again.
 */
export async function readAnnouncedChange(
  db: AnyDb,
  ref: DocRef,
  a: ChangeNews,
  cached: Obj,
): Promise<{ doc: Obj; change: Change } | undefined> {
  const key = docKey(ref);
  const list = ENTITY_LISTS[a.entity]?.list;
  if (!list) return undefined;
  const tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT], 'readonly');
  const [rawHeader, rec] = await Promise.all([
    tx.objectStore(STORE_DOCS).get(key) as Promise<unknown>,
    tx.objectStore(STORE_RECORDS).get([key, list, a.id]) as Promise<StoredRecord | undefined>,
  ]);
  const h = readHeader(rawHeader, ref);
  const entry =
    h && h.version === a.version ? ((await tx.objectStore(STORE_AUDIT).get([key, h.auditSeq])) as StoredAuditEntry | undefined) : undefined;
  await tx.done;
  const event = entry?.event;
  if (!h || h.version !== a.version || !event || event.entityId !== a.id || event.entity !== a.entity) return undefined;
  return { doc: withRecord(cached, list, a.id, rec?.data, event), change: changeOfEvent(event) };
}

/** The announced change found in a whole document read again: its latest audit event, or what the record is now. */
export function changeInDoc(doc: Obj, a: ChangeNews): Change {
  const trail = Array.isArray(doc.audit) ? (doc.audit as AuditEvent[]) : [];
  for (let i = trail.length - 1; i >= 0; i--) {
    const e = trail[i]!;
    if (e.entityId === a.id && e.entity === a.entity) return changeOfEvent(e);
  }
  const list = ENTITY_LISTS[a.entity]?.list;
  const items = list && Array.isArray(doc[list]) ? (doc[list] as unknown[]) : [];
  const now = items.find((r) => isObj(r) && r.id === a.id) as Change['after'] | undefined;
  return { entity: a.entity, id: a.id, op: a.op, before: null, after: now ?? null, actor: '', at: '' };
}
