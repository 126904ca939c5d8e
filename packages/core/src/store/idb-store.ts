import type { IDBPTransaction } from 'idb';
import {
  ENTITY_LISTS,
  checkChange,
  findInbound,
  listsReferring,
  precheckChange,
  referencesOf,
  type Change,
  type ChangeResult,
} from '../change.js';
import { parseCaseBundle, parseTeamBoard } from '../parse.js';
import { AuditEvent as AuditEventSchema, type AuditEvent, type CaseBundle, type TeamBoard } from '../schema/index.js';
import type { DataIssue, IssueEntity } from '../issues.js';
import { DB_VERSION, MIGRATIONS, STORE_AUDIT, STORE_DOCS, STORE_QUARANTINE, STORE_RECORDS, type Migration } from './migrations.js';
import { IdbConnection } from './idb-connection.js';
import {
  DOC_LISTS,
  ENTITY_OF_LIST,
  docKey,
  docRange,
  isObj,
  listRange,
  quiet,
  readHeader,
  withRecord,
  type AnyStore,
  type DocHeader,
  type Obj,
  type Rec,
  type StoredAuditEntry,
  type StoredQuarantine,
  type StoredRecord,
} from './idb-records.js';

export { DOC_LISTS, type StoredAuditEntry } from './idb-records.js';
import { StoreChannel, type StoreAnnouncement } from './broadcast.js';
import { STORAGE_MESSAGES, StorageError, describeStorageError, storageErrorKind } from './storage-errors.js';
import type { CaseStore, DocOf, DocRef, LoadedDoc, QuarantinedRecord, StoreEvent } from './types.js';

export interface IdbCaseStoreOptions {
  /** The IndexedDB database name. Default "opencasework". */
  dbName?: string;
  /** The BroadcastChannel name shared by tabs on the same database. Default `"opencasework:" + dbName`. */
  channelName?: string;
  /** The schema migrations, oldest first. Default: `MIGRATIONS`. Pass a longer list only to test a future version. */
  migrations?: readonly Migration[];
}

/**
 * A `CaseStore` in the browser's IndexedDB (through `idb`). Each entity record is its own IndexedDB record, so a
 * change is one short readwrite transaction: it reads the record and the document header, checks that the editor's
 * `before` is still current (otherwise a conflict), validates the new record and its references, writes the record,
 * bumps the document version and appends the audit event. Anything failing aborts the whole transaction.
 *
 * Tabs on the same database hear each other's changes through a BroadcastChannel and re-read what changed.
 * Records that cannot be read are reported and moved to a quarantine store, never deleted. Storage failures
 * (quota, an upgrade blocked by another tab) come back from `apply` as `{ ok: false, reason: 'storage', message }`.
 *
 * Documents returned by this store are shared with its cache: treat them as read-only.
 */
export class IdbCaseStore implements CaseStore {
  readonly dbName: string;
  readonly channelName: string;
  private readonly migrations: readonly Migration[];
  private readonly version: number;
  private readonly connection: IdbConnection;
  private readonly instance = globalThis.crypto?.randomUUID?.() ?? String(Math.random());
  private readonly listeners = new Map<string, Set<(e: StoreEvent) => void>>();
  /** The last document this instance loaded or wrote, by doc key, so a change need not re-read the whole document. */
  private readonly cache = new Map<string, { version: number; doc: Obj }>();
  private readonly channel: StoreChannel;
  private remoteQueue: Promise<void> = Promise.resolve();

  constructor(options: IdbCaseStoreOptions = {}) {
    this.dbName = options.dbName ?? 'opencasework';
    this.channelName = options.channelName ?? `opencasework:${this.dbName}`;
    this.migrations = options.migrations ?? MIGRATIONS;
    this.version = this.migrations.length ? Math.max(...this.migrations.map((m) => m.version)) : DB_VERSION;
    this.connection = new IdbConnection(this.dbName, this.version, this.migrations);
    this.channel = new StoreChannel(this.channelName, (a) => this.onAnnouncement(a));
  }

  // ---------------------------------------------------------------- load

  async load<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    try {
      return await this.read(ref);
    } catch (err) {
      throw new StorageError(describeStorageError(err, 'read'), storageErrorKind(err));
    }
  }

  private async read<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    const db = await this.connection.open();
    const key = docKey(ref);
    const tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT, STORE_QUARANTINE], 'readonly');
    const [header, records, audit, kept] = await Promise.all([
      tx.objectStore(STORE_DOCS).get(key) as Promise<unknown>,
      tx.objectStore(STORE_RECORDS).getAll(docRange(key)) as Promise<unknown[]>,
      tx.objectStore(STORE_AUDIT).getAll(docRange(key)) as Promise<unknown[]>,
      tx.objectStore(STORE_QUARANTINE).getAll(docRange(key)) as Promise<StoredQuarantine[]>,
      tx.done,
    ]);
    if (header === undefined) return undefined;

    const issues: DataIssue[] = [];
    const bad: { storeName: string; key: IDBValidKey; recordKey: string; raw: unknown; issues: DataIssue[] }[] = [];
    const docEntity: IssueEntity = ref.kind === 'case' ? 'CaseBundle' : 'TeamBoard';
    const h = readHeader(header, ref);
    if (!h)
      issues.push({
        entity: docEntity,
        id: ref.id,
        path: '',
        message: 'The stored header of this document could not be read; its records are shown without it',
      });
    const head: Obj = h
      ? { ...h.head }
      : ref.kind === 'case'
        ? { schema: 'opencasework/case-bundle@1', case: { id: ref.id, subjectIds: [] } }
        : { schema: 'opencasework/team-board@1', id: ref.id, team: ref.id };

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
      if (!stored || !failsOwnSchema(m![1]!, stored)) {
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
    if (bad.length) await this.quarantine(key, bad, at);
    const quarantined: QuarantinedRecord[] = [
      ...kept.map((q) => ({ key: q.recordKey, raw: q.raw, issues: q.issues, at: q.at })),
      ...bad.map((b) => ({ key: b.recordKey, raw: b.raw, issues: b.issues, at })),
    ];
    const version = h?.version ?? 0;
    this.cache.set(key, { version, doc: parsed.value });
    return { doc: parsed.value as DocOf<K>, version, issues, quarantined };
  }

  /** Moves unreadable records to the quarantine store in one transaction. They are kept, not deleted. */
  private async quarantine(
    key: string,
    bad: { storeName: string; key: IDBValidKey; recordKey: string; raw: unknown; issues: DataIssue[] }[],
    at: string,
  ): Promise<void> {
    const db = await this.connection.open();
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
      writes.forEach(quiet);
      quiet(tx.done);
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    }
  }

  // ---------------------------------------------------------------- replace

  async replace<K extends DocRef['kind']>(ref: DocRef & { kind: K }, doc: DocOf<K>, actor: string): Promise<LoadedDoc<DocOf<K>>> {
    const parsed = ref.kind === 'case' ? parseCaseBundle(doc) : parseTeamBoard(doc);
    const value = parsed.value as Obj;
    const key = docKey(ref);
    const at = new Date().toISOString();
    let version: number;
    try {
      const db = await this.connection.open();
      const tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT], 'readwrite');
      const writes: Promise<unknown>[] = [];
      try {
        const docs = tx.objectStore(STORE_DOCS),
          records = tx.objectStore(STORE_RECORDS),
          audit = tx.objectStore(STORE_AUDIT);
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
        writes.push(this.writeAudit(audit as unknown as AnyStore, entry));
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
        writes.forEach(quiet);
        quiet(tx.done);
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        throw err;
      }
    } catch (err) {
      throw new StorageError(
        describeStorageError(err, 'read')
          .replace('could not be read from', 'could not be stored in')
          .replace('could not be opened', 'could not be stored'),
        storageErrorKind(err),
      );
    }
    // Read back what was stored, so the document, its order and its audit are exactly what a reload will show.
    const loaded = (await this.read(ref))!;
    this.announce({ type: 'replace', from: this.instance, ref, version: loaded.version });
    this.emit(ref, { type: 'replace', ref, version: loaded.version, doc: loaded.doc, remote: false });
    return { ...loaded, issues: [...parsed.issues, ...loaded.issues] };
  }

  // ---------------------------------------------------------------- apply

  async apply<K extends DocRef['kind']>(ref: DocRef & { kind: K }, change: Change): Promise<ChangeResult<DocOf<K>>> {
    const pre = precheckChange(change, ref.kind);
    if (pre) return pre;
    const key = docKey(ref);
    const spec = ENTITY_LISTS[change.entity];
    let tx: IDBPTransaction<unknown, string[], 'readwrite'> | undefined;
    const writes: Promise<unknown>[] = [];
    let header: DocHeader;
    let stored: StoredRecord | undefined;
    let audit: AuditEvent;
    let record: Rec | undefined;
    try {
      const db = await this.connection.open();
      tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT], 'readwrite');
      const docs = tx.objectStore(STORE_DOCS),
        records = tx.objectStore(STORE_RECORDS);
      const [h, s] = await Promise.all([
        docs.get(key) as Promise<unknown>,
        records.get([key, spec.list, change.id]) as Promise<StoredRecord | undefined>,
      ]);
      const parsedHeader = readHeader(h, ref);
      if (!parsedHeader) {
        try {
          tx.abort();
        } catch {
          /* finished */
        }
        quiet(tx.done);
        return { ok: false, reason: 'storage', message: STORAGE_MESSAGES.missingDoc(ref.kind, ref.id) };
      }
      header = parsedHeader;
      stored = s && isObj(s.data) ? s : undefined;

      // Read just what validation needs: the records this one refers to, or (for a delete) those that may refer to it.
      const found = new Set<string>();
      if (change.op !== 'delete' && isObj(change.after)) {
        const refs = referencesOf(change.entity, change.after as Rec);
        await Promise.all(
          refs.flatMap(([, id, lists]) =>
            lists.map(async (l) => {
              if ((await records.count([key, l, id])) > 0) found.add(`${l}\u0000${id}`);
            }),
          ),
        );
      }
      let inbound: string[] = [];
      if (change.op === 'delete') {
        const partial: Obj = { ...header.head };
        await Promise.all(
          listsReferring(spec.list).map(async (l) => {
            partial[l] = ((await records.getAll(listRange(key, l))) as StoredRecord[]).map((r) => r.data);
          }),
        );
        inbound = findInbound(partial, spec.list, change.id);
      }
      const checked = checkChange(
        change,
        { current: stored?.data, exists: (l, id) => found.has(`${l}\u0000${id}`), inbound: () => inbound },
        ref.kind,
      );
      if (!checked.ok) {
        try {
          tx.abort();
        } catch {
          /* finished */
        }
        quiet(tx.done);
        return checked;
      }
      audit = checked.audit;
      record = checked.record;

      // The writes: the record, the header, the audit event. One transaction: all of them or none.
      const created = !stored && record;
      if (record)
        writes.push(
          records.put({
            doc: key,
            list: spec.list,
            id: change.id,
            order: stored?.order ?? header.nextOrder,
            data: record,
          } satisfies StoredRecord),
        );
      else writes.push(records.delete([key, spec.list, change.id]));
      const next: DocHeader = {
        ...header,
        version: header.version + 1,
        nextOrder: header.nextOrder + (created ? 1 : 0),
        auditSeq: header.auditSeq + 1,
        updatedAt: change.at,
        lists: header.lists.includes(spec.list) ? header.lists : [...header.lists, spec.list],
      };
      writes.push(docs.put(next));
      writes.push(this.writeAudit(tx.objectStore(STORE_AUDIT) as unknown as AnyStore, { doc: key, seq: next.auditSeq, event: audit }));
      writes.forEach(quiet);
      await tx.done;
    } catch (err) {
      writes.forEach(quiet);
      if (tx) {
        quiet(tx.done);
        try {
          tx.abort();
        } catch {
          /* already finished or aborted */
        }
      }
      return { ok: false, reason: 'storage', message: describeStorageError(err) };
    }

    const version = header.version + 1;
    const doc = await this.docAfter(ref, header.version, version, spec.list, change.id, record, audit);
    this.announce({ type: 'change', from: this.instance, ref, version, change });
    this.emit(ref, { type: 'change', ref, change, version, doc: doc as unknown as CaseBundle | TeamBoard, remote: false });
    return { ok: true, doc: doc as unknown as DocOf<K>, version, audit };
  }

  /**
   * Writes one audit entry inside the change's transaction. A subclass may wrap it (the tests make it fail to show
   * that a failed audit write leaves nothing half-written).
   */
  protected writeAudit(store: AnyStore, entry: StoredAuditEntry): Promise<unknown> {
    return store.put(entry);
  }

  /** The document after a change: the cached one with the record swapped when the cache was current, else re-read. */
  private async docAfter(
    ref: DocRef,
    before: number,
    after: number,
    list: string,
    id: string,
    record: Rec | undefined,
    audit?: AuditEvent,
  ): Promise<Obj> {
    const key = docKey(ref);
    const hit = this.cache.get(key);
    if (hit && hit.version === before) {
      const doc = withRecord(hit.doc, list, id, record, audit);
      this.cache.set(key, { version: after, doc });
      return doc;
    }
    const loaded = await this.read(ref);
    return loaded?.doc ?? {};
  }

  // ---------------------------------------------------------------- history

  /** The whole audit trail of a document, oldest first, including whole-document imports (which the bundle's `audit` cannot hold). */
  async history(ref: DocRef): Promise<StoredAuditEntry[]> {
    try {
      const db = await this.connection.open();
      return (await db.getAll(STORE_AUDIT, docRange(docKey(ref)))) as StoredAuditEntry[];
    } catch (err) {
      throw new StorageError(describeStorageError(err, 'read'), storageErrorKind(err));
    }
  }

  // ---------------------------------------------------------------- other tabs

  subscribe(ref: DocRef, listener: (event: StoreEvent) => void): () => void {
    const key = docKey(ref);
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  private emit(ref: DocRef, e: StoreEvent): void {
    for (const l of [...(this.listeners.get(docKey(ref)) ?? [])]) {
      try {
        l(e);
      } catch {
        /* one listener's failure must not stop the others */
      }
    }
  }

  private announce(a: StoreAnnouncement): void {
    this.channel.post(a);
  }

  private onAnnouncement(a: StoreAnnouncement): void {
    if (a.from === this.instance || this.connection.closed) return;
    this.remoteQueue = this.remoteQueue.then(() => this.catchUp(a)).catch(() => undefined);
  }

  /** Another tab wrote to the database: re-read what changed and tell subscribers. */
  private async catchUp(a: StoreAnnouncement): Promise<void> {
    const ref: DocRef = { kind: a.ref.kind, id: a.ref.id };
    const key = docKey(ref);
    const hit = this.cache.get(key);
    if (!this.listeners.get(key)?.size) {
      this.cache.delete(key);
      return;
    }
    if (hit && hit.version >= a.version) return; // already seen (e.g. we re-read after our own write)
    try {
      if (a.type === 'change' && hit && hit.version === a.version - 1) {
        const spec = ENTITY_LISTS[a.change.entity];
        const db = await this.connection.open();
        const tx = db.transaction([STORE_DOCS, STORE_RECORDS, STORE_AUDIT], 'readonly');
        const [rawHeader, rec] = await Promise.all([
          tx.objectStore(STORE_DOCS).get(key) as Promise<unknown>,
          tx.objectStore(STORE_RECORDS).get([key, spec.list, a.change.id]) as Promise<StoredRecord | undefined>,
        ]);
        const h = readHeader(rawHeader, ref);
        const entry =
          h && h.version === a.version
            ? ((await tx.objectStore(STORE_AUDIT).get([key, h.auditSeq])) as StoredAuditEntry | undefined)
            : undefined;
        await tx.done;
        if (!h || h.version !== a.version || !entry) return this.reloadAndTell(ref, a);
        const doc = withRecord(hit.doc, spec.list, a.change.id, rec?.data, entry.event);
        this.cache.set(key, { version: a.version, doc });
        this.emit(ref, {
          type: 'change',
          ref,
          change: a.change,
          version: a.version,
          doc: doc as unknown as CaseBundle | TeamBoard,
          remote: true,
        });
        return;
      }
      await this.reloadAndTell(ref, a);
    } catch (err) {
      this.emit(ref, { type: 'error', ref, message: describeStorageError(err, 'read') });
    }
  }

  private async reloadAndTell(ref: DocRef, a: StoreAnnouncement): Promise<void> {
    const loaded = await this.read(ref);
    if (!loaded) return;
    if (a.type === 'change')
      this.emit(ref, { type: 'change', ref, change: a.change, version: loaded.version, doc: loaded.doc, remote: true });
    else this.emit(ref, { type: 'replace', ref, version: loaded.version, doc: loaded.doc, remote: true });
  }

  close(): void {
    this.channel.close();
    this.listeners.clear();
    this.cache.clear();
    this.connection.close();
  }
}
