import type { AuditEvent } from '../schema/index.js';
import type { DataIssue } from '../issues.js';
import { STORE_AUDIT, STORE_DOCS, STORE_QUARANTINE, STORE_RECORDS } from './migrations.js';
import {
  abandon,
  DOC_LISTS,
  docKey,
  docRange,
  quiet,
  readHeader,
  refusedRecords,
  type AnyDb,
  type AnyStore,
  type DocHeader,
  type Obj,
  type Rec,
  type StoredAuditEntry,
  type StoredQuarantine,
  type StoredRecord,
} from './idb-records.js';
import type { DocRef } from './types.js';

/**
 * Stores a whole document in one transaction (`IdbCaseStore.replace`): its header and records replace the stored
 * ones, records the parser refused go to quarantine with their issues, and the audit trail is appended to (the
 * bundle's own events unless already stored, then one import entry). Returns the new version.
 */
export async function writeReplace(
  db: AnyDb,
  ref: DocRef,
  doc: unknown,
  parsed: { value: unknown; issues: DataIssue[] },
  actor: string,
  at: string,
  writeAudit: (store: AnyStore, entry: StoredAuditEntry) => Promise<unknown>,
): Promise<number> {
  const value = parsed.value as Obj;
  const key = docKey(ref);
  let version: number;
  const tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT, STORE_QUARANTINE], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const docs = tx.objectStore(STORE_DOCS),
      records = tx.objectStore(STORE_RECORDS),
      audit = tx.objectStore(STORE_AUDIT);
    // Refused records are kept in quarantine with their issues, never discarded; an earlier quarantined record
    // that this import now brings in valid is released.
    const quarantine = tx.objectStore(STORE_QUARANTINE);
    const refused = refusedRecords(key, doc, value, DOC_LISTS[ref.kind], parsed.issues, at);
    // An earlier quarantined record this import brings in again (valid, or refused anew) is replaced by it.
    const lists = DOC_LISTS[ref.kind].flatMap((l) => ((value[l] as Rec[] | undefined) ?? []).map((r) => `${l}/${r.id}`));
    const mentioned = new Set([...refused.map((q) => q.recordKey), ...lists]);
    for (const q of (await quarantine.getAll(docRange(key))) as StoredQuarantine[])
      if (mentioned.has(q.recordKey)) writes.push(quarantine.delete([key, q.recordKey, q.at]));
    for (const q of refused) writes.push(quarantine.put(q));
    const [old, oldAudit] = await Promise.all([
      docs.get(key) as Promise<unknown>,
      audit.getAll(docRange(key)) as Promise<StoredAuditEntry[]>,
    ]);
    const oldHeader = readHeader(old, ref);
    const head: Obj = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'audit' && !DOC_LISTS[ref.kind].includes(k)) head[k] = v;
    const presentLists = DOC_LISTS[ref.kind].filter((l) => Array.isArray(value[l]));
    writes.push(records.delete(docRange(key)));
    let n = 0;
    for (const list of presentLists) {
      (value[list] as Rec[]).forEach((data) => {
        writes.push(records.put({ doc: key, list, id: data.id, order: n++, data } satisfies StoredRecord));
      });
    }
    // The audit trail is append-only: the bundle's own events are added unless already stored, then one import entry.
    let seq = Math.max(oldHeader?.auditSeq ?? 0, ...oldAudit.map((a) => (typeof a.seq === 'number' ? a.seq : 0)));
    const known = new Set(oldAudit.map((a) => a.event?.id).filter(Boolean));
    for (const event of (value.audit as AuditEvent[] | undefined) ?? []) {
      if (known.has(event.id)) continue;
      writes.push(audit.put({ doc: key, seq: ++seq, event } satisfies StoredAuditEntry));
    }
    version = (oldHeader?.version ?? 0) + 1;
    const entry: StoredAuditEntry = { doc: key, seq: ++seq, import: { at, actor, version, records: n, issues: parsed.issues.length } };
    writes.push(writeAudit(audit as unknown as AnyStore, entry));
    const header: DocHeader = {
      key,
      kind: ref.kind,
      id: ref.id,
      version,
      head,
      lists: presentLists,
      hasAudit: Array.isArray(value.audit) || oldAudit.some((a) => a.event),
      nextOrder: n,
      auditSeq: seq,
      updatedAt: at,
    };
    writes.push(docs.put(header));
    writes.forEach(quiet);
    await tx.done;
  } catch (err) {
    abandon(tx, writes);
    throw err;
  }
  return version;
}
