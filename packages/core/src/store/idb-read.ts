import { ENTITY_LISTS } from '../change.js';
import { parseCaseBundle, parseTeamBoard } from '../parse.js';
import { carryUnshown } from '../parse-placeholders.js';
import type { CaseBundle } from '../schema/index.js';
import { AuditEvent as AuditEventSchema } from '../schema/index.js';
import type { DataIssue, IssueEntity } from '../issues.js';
import { STORE_AUDIT, STORE_DOCS, STORE_QUARANTINE, STORE_RECORDS } from './migrations.js';
import {
  abandon,
  DOC_LISTS,
  ENTITY_OF_LIST,
  docKey,
  docRange,
  isObj,
  quiet,
  readHeader,
  type AnyDb,
  type Obj,
  type StoredAuditEntry,
  type StoredQuarantine,
  type StoredRecord,
} from './idb-records.js';
import type { DocOf, DocRef, LoadedDoc, QuarantinedRecord } from './types.js';

// Reading a stored document back: its header, records and audit trail, each record checked again, and any that can
// no longer be read moved to quarantine (kept, never deleted) and reported.

export async function readDocument<K extends DocRef['kind']>(
  db: AnyDb,
  ref: DocRef & { kind: K },
): Promise<{ loaded: LoadedDoc<DocOf<K>>; doc: Obj } | undefined> {
  const key = docKey(ref);
  const tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT, STORE_QUARANTINE], 'readonly');
  const [header, records, audit, kept] = await Promise.all([
    tx.objectStore(STORE_DOCS).get(key) as Promise<unknown>,
    tx.objectStore(STORE_RECORDS).getAll(docRange(key)) as Promise<unknown[]>,
    tx.objectStore(STORE_AUDIT).getAll(docRange(key)) as Promise<unknown[]>,
    tx.objectStore(STORE_QUARANTINE).getAll(docRange(key)) as Promise<StoredQuarantine[]>,
    tx.done,
  ]);
  // No header and nothing else stored: there is no such document. A missing header over stored records is not
  // "no case": the document is rebuilt from its records and the repair reported.
  if (header === undefined && !records.length && !audit.length && !kept.length) return undefined;

  const issues: DataIssue[] = [];
  const bad: { storeName: string; key: IDBValidKey; recordKey: string; raw: unknown; issues: DataIssue[] }[] = [];
  const docEntity: IssueEntity = ref.kind === 'case' ? 'CaseBundle' : 'TeamBoard';
  const h = readHeader(header, ref);
  if (!h)
    issues.push({
      entity: docEntity,
      id: ref.id,
      path: '',
      message: `The stored header of this ${ref.kind === 'case' ? 'case' : 'team board'} was missing or damaged, so its details (such as which children it is about) could not be read; its ${records.length} stored records are shown`,
    });
  const head: Obj = h
    ? { ...h.head }
    : ref.kind === 'case'
      ? { schema: 'opencasework/case-bundle@1', case: { id: ref.id, subjectIds: [] } }
      : { schema: 'opencasework/team-board@1', id: ref.id, team: ref.id };

  // A header whose schema was altered (a trailing space, another version's name) would make the parser refuse the
  // whole document: the stored records are this store's own, so they are read as the version it writes.
  const expected = ref.kind === 'case' ? 'opencasework/case-bundle@1' : 'opencasework/team-board@1';
  if (head.schema !== expected) {
    issues.push({
      entity: docEntity,
      id: ref.id,
      path: 'schema',
      message: `The stored header named the format "${String(head.schema).slice(0, 80)}"; it was read as "${expected}"`,
    });
    head.schema = expected;
  }

  // Group records by list, in their stored order; anything that is not a readable record is set aside.
  const lists = new Map<string, StoredRecord[]>();
  for (const name of h?.lists ?? []) lists.set(name, []);
  for (const raw of records) {
    const r = raw as Partial<StoredRecord> | null;
    const entity = r && typeof r.list === 'string' ? ENTITY_OF_LIST.get(r.list) : undefined;
    const sensible =
      r &&
      typeof r === 'object' &&
      entity &&
      DOC_LISTS[ref.kind].includes(r.list!) &&
      typeof r.id === 'string' &&
      isObj(r.data) &&
      r.data.id === r.id;
    if (!sensible) {
      const id = r && typeof r.id === 'string' ? r.id : null;
      const list = r && typeof r.list === 'string' ? r.list : '?';
      const storedKey =
        r && [r.doc, r.list, r.id].every((k) => typeof k === 'string' || typeof k === 'number')
          ? ([r.doc, r.list, r.id] as IDBValidKey)
          : [key, list, id ?? ''];
      bad.push({
        storeName: STORE_RECORDS,
        key: storedKey,
        recordKey: `${list}/${r && (typeof r.id === 'string' || typeof r.id === 'number') ? String(r.id) : ''}`,
        raw,
        issues: [
          {
            entity: entity ?? docEntity,
            id,
            path: '',
            message: 'The stored record could not be read (it is damaged or was written by another program)',
            location: `${list}`,
          },
        ],
      });
      continue;
    }
    if (!lists.has(r.list!)) lists.set(r.list!, []);
    lists.get(r.list!)!.push(r as StoredRecord);
  }
  const assembled: Obj = { ...head };
  const order = new Map<string, StoredRecord[]>();
  for (const [name, recs] of lists) {
    recs.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    order.set(name, recs);
    assembled[name] = recs.map((r) => r.data);
  }
  const auditEntries = audit.filter((a): a is StoredAuditEntry => isObj(a) && isObj((a as unknown as StoredAuditEntry).event));
  if (auditEntries.length || h?.hasAudit) assembled.audit = auditEntries.map((a) => a.event);

  // One parse of the whole document. A record that fails its own schema is quarantined; any other problem (a
  // reference to a record that is missing or itself quarantined, a rule across records) is reported as an issue
  // and the record stays where it is, so one damaged person never sweeps their whole chronology into quarantine.
  const parsed = ref.kind === 'case' ? parseCaseBundle(assembled) : parseTeamBoard(assembled);
  if (ref.kind === 'case' && kept.length) notePlaceholders(parsed.value, assembled, kept);
  const ownSchemaFails = new Map<unknown, boolean>();
  const failsOwnSchema = (list: string, stored: StoredRecord | StoredAuditEntry): boolean => {
    if (!ownSchemaFails.has(stored)) {
      const schema = list === 'audit' ? AuditEventSchema : ENTITY_LISTS[ENTITY_OF_LIST.get(list)!]?.schema;
      const data = list === 'audit' ? (stored as StoredAuditEntry).event : (stored as StoredRecord).data;
      ownSchemaFails.set(stored, !!schema && !schema.safeParse(data).success);
    }
    return ownSchemaFails.get(stored)!;
  };
  for (const issue of parsed.issues) {
    const m = /^(\w+)\[(\d+)\]$/.exec(issue.location ?? '');
    const stored = m ? (m[1] === 'audit' ? auditEntries[Number(m[2])] : order.get(m[1]!)?.[Number(m[2])]) : undefined;
    // A record kept with a descriptive field withheld stays stored as it is: only records left out are moved.
    if (!stored || issue.withheld || !failsOwnSchema(m![1]!, stored)) {
      issues.push(issue);
      continue;
    }
    const recordKey = m![1] === 'audit' ? `audit/${(stored as StoredAuditEntry).seq}` : `${m![1]}/${(stored as StoredRecord).id}`;
    const existing = bad.find((b) => b.recordKey === recordKey);
    if (existing) {
      existing.issues.push(issue);
      continue;
    }
    bad.push({
      storeName: m![1] === 'audit' ? STORE_AUDIT : STORE_RECORDS,
      key: m![1] === 'audit' ? [key, (stored as StoredAuditEntry).seq] : [key, m![1]!, (stored as StoredRecord).id],
      recordKey,
      raw: stored,
      issues: [issue],
    });
  }

  const at = new Date().toISOString();
  if (bad.length) await quarantine(db, key, bad, at);
  const quarantined: QuarantinedRecord[] = [
    ...kept.map((q) => ({ key: q.recordKey, raw: q.raw, issues: q.issues, at: q.at })),
    ...bad.map((b) => ({ key: b.recordKey, raw: b.raw, issues: b.issues, at })),
  ];
  const version = h?.version ?? 0;
  return { doc: parsed.value, loaded: { doc: parsed.value as DocOf<K>, version, issues, quarantined } };
}

/** Moves unreadable records to the quarantine store in one transaction. They are kept, not deleted. */
async function quarantine(
  db: AnyDb,
  key: string,
  bad: { storeName: string; key: IDBValidKey; recordKey: string; raw: unknown; issues: DataIssue[] }[],
  at: string,
): Promise<void> {
  const tx = db.transaction([STORE_RECORDS, STORE_AUDIT, STORE_QUARANTINE], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const b of bad) {
      // Another tab may have moved it already: move only what is still there, so it is kept once.
      const still = (await tx.objectStore(b.storeName).count(b.key)) > 0;
      if (!still) continue;
      const entry: StoredQuarantine = { doc: key, recordKey: b.recordKey, at, raw: b.raw, issues: b.issues };
      writes.push(tx.objectStore(STORE_QUARANTINE).put(entry));
      writes.push(tx.objectStore(b.storeName).delete(b.key));
    }
    writes.forEach(quiet);
    await tx.done;
  } catch {
    // Could not move them (e.g. out of space): they stay where they are and are still reported as quarantined.
    abandon(tx, writes);
  }
}

/**
 * Records quarantined at an earlier load or import are not in the document, so its parse alone would not know to
 * show a placeholder for them (a mother refused at import would vanish from the genogram after a reload). The
 * document parsed together with them gives the notes, which are laid beside the document shown.
 */
function notePlaceholders(doc: Obj, assembled: Obj, kept: readonly StoredQuarantine[]): void {
  const withKept: Obj = { ...assembled };
  for (const q of kept) {
    const list = q.recordKey.slice(0, q.recordKey.indexOf('/'));
    if (!DOC_LISTS.case.includes(list)) continue;
    withKept[list] = [...((withKept[list] as unknown[] | undefined) ?? []), q.raw];
  }
  carryUnshown(parseCaseBundle(withKept).value, doc as CaseBundle, true);
}
