import type { IDBPTransaction } from 'idb';
import {
  ENTITY_LISTS,
  biologicalParentsIn,
  checkChange,
  findInbound,
  listsReferring,
  precheckChange,
  referencesOf,
  type Change,
  type ChangeResult,
} from '../change.js';
import { parseCaseBundle, parseTeamBoard } from '../parse.js';
import type { AuditEvent, CaseBundle, TeamBoard } from '../schema/index.js';
import { DB_VERSION, MIGRATIONS, STORE_AUDIT, STORE_DOCS, STORE_RECORDS, type Migration } from './migrations.js';
import { IdbConnection } from './idb-connection.js';
import { readDocument } from './idb-read.js';
import { writeReplace } from './idb-replace.js';
import { purgeDocument } from './idb-purge.js';
import { changeInDoc, readAnnouncedChange } from './idb-remote.js';
import { clearUnsaved } from '../unsaved-outbox.js';
import {
  abandon,
  docKey,
  docRange,
  isObj,
  listRange,
  quiet,
  readHeader,
  rebuildHeader,
  withRecord,
  type AnyStore,
  type DocHeader,
  type Obj,
  type Rec,
  type StoredAuditEntry,
  type StoredRecord,
} from './idb-records.js';

export { DOC_LISTS, type StoredAuditEntry } from './idb-records.js';
import { StoreChannel, type StoreAnnouncement } from './broadcast.js';
import { STORAGE_MESSAGES, StorageError, describeStorageError, storageErrorKind } from './storage-errors.js';
import type { AttachmentMeta, CaseStore, DocOf, DocRef, LoadedDoc, StoreEvent, StoredAttachment } from './types.js';
import type { StoredFile } from './idb-attachments.js';
import { fileCode } from './attachments.js';

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
  /**
   * The newest version each document's subscribers were told of by an event. Another tab's news is passed on unless
   * they were: the cache is not enough, since a `load()` by anyone fills it without telling the subscribers.
   */
  private readonly told = new Map<string, number>();
  private readonly channel: StoreChannel;
  private remoteQueue: Promise<void> = Promise.resolve();

  constructor(options: IdbCaseStoreOptions = {}) {
    this.dbName = options.dbName ?? 'opencasework';
    this.channelName = options.channelName ?? `opencasework:${this.dbName}`;
    this.migrations = options.migrations ?? MIGRATIONS;
    this.version = this.migrations.length ? Math.max(...this.migrations.map((m) => m.version)) : DB_VERSION;
    this.connection = new IdbConnection(this.dbName, this.version, this.migrations, () => this.emitClosed());
    this.channel = new StoreChannel(this.channelName, (a) => this.onAnnouncement(a));
  }

  // ---------------------------------------------------------------- load

  async load<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    try {
      const loaded = await this.read(ref);
      // No one listens: a later subscriber loads for itself, so another tab's news of this version tells no one anything
      const key = docKey(ref);
      if (loaded && !this.listeners.get(key)?.size) this.told.set(key, Math.max(this.told.get(key) ?? 0, loaded.version));
      return loaded;
    } catch (err) {
      throw new StorageError(describeStorageError(err, 'read'), storageErrorKind(err));
    }
  }

  private async read<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    const r = await readDocument(await this.connection.open(), ref);
    if (r) this.cache.set(docKey(ref), { version: r.loaded.version, doc: r.doc });
    return r?.loaded;
  }

  // ---------------------------------------------------------------- replace

  async replace<K extends DocRef['kind']>(ref: DocRef & { kind: K }, doc: DocOf<K>, actor: string): Promise<LoadedDoc<DocOf<K>>> {
    const parsed = ref.kind === 'case' ? parseCaseBundle(doc) : parseTeamBoard(doc);
    const at = new Date().toISOString();
    try {
      const db = await this.connection.open();
      await writeReplace(db, ref, doc, parsed, actor, at, (store, entry) => this.writeAudit(store, entry));
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
      const parsedHeader = readHeader(h, ref) ?? (await rebuildHeader(records, tx.objectStore(STORE_AUDIT), h, ref));
      if (!parsedHeader) {
        abandon(tx);
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
      // A child's biological parents, read only when the change makes a biological parent relationship.
      const after = change.after;
      const bio =
        change.entity === 'Relationship' && isObj(after) && after.kind === 'parent' && after.type === 'biological'
          ? biologicalParentsIn(
              ((await records.getAll(listRange(key, 'relationships'))) as StoredRecord[]).map((r) => r.data),
              String(after.childId),
            )
          : [];
      const checked = checkChange(
        change,
        {
          current: stored?.data,
          exists: (l, id) => found.has(`${l}\u0000${id}`),
          inbound: () => inbound,
          biologicalParentsOf: () => bio,
        },
        ref.kind,
      );
      if (!checked.ok) {
        abandon(tx);
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
      if (tx) abandon(tx, writes);
      else writes.forEach(quiet);
      return { ok: false, reason: 'storage', message: describeStorageError(err) };
    }

    const version = header.version + 1;
    const doc = await this.docAfter(ref, header.version, version, spec.list, change.id, record, audit);
    this.announce({ type: 'change', from: this.instance, ref, version, entity: change.entity, id: change.id, op: change.op });
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

  // ---------------------------------------------------------------- attachments

  /**
   * Keeps a file for a case in its own transaction: whole, or (out of space, storage closed) not at all, with a
   * `StorageError` fit to show. The code for files loads on first use, so a page that keeps none does not load it.
   */
  async putAttachment(blob: Blob, meta: AttachmentMeta): Promise<StoredAttachment> {
    return (await fileCode()).putFile(this.open, blob, meta, (store, f) => this.writeAttachment(store, f));
  }

  /** Writes one file inside its transaction. A subclass may wrap it (the tests make it run out of space). */
  protected writeAttachment(store: AnyStore, file: StoredFile): Promise<unknown> {
    return store.put(file);
  }

  async getAttachment(id: string): Promise<Blob | undefined> {
    return (await fileCode()).getFile(this.open, id);
  }

  async deleteAttachment(id: string): Promise<void> {
    return (await fileCode()).deleteFile(this.open, id);
  }

  private readonly open = () => this.connection.open();

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
    const key = docKey(ref);
    if (e.type !== 'error') this.told.set(key, Math.max(this.told.get(key) ?? 0, e.version));
    for (const l of [...(this.listeners.get(key) ?? [])]) {
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
    // Closing is at once, not queued behind catching up: the sign-out clean-up is about to delete the database.
    if (a.type === 'purge-all') return this.connection.markDeleted();
    if (a.type === 'purge') return this.emitClosed({ kind: a.ref.kind, id: a.ref.id });
    this.remoteQueue = this.remoteQueue.then(() => this.catchUp(a)).catch(() => undefined);
  }

  /** Another tab wrote to the database: re-read what changed and tell subscribers. */
  private async catchUp(a: StoreAnnouncement): Promise<void> {
    if (a.type === 'purge' || a.type === 'purge-all') return;
    const ref: DocRef = { kind: a.ref.kind, id: a.ref.id };
    const key = docKey(ref);
    const hit = this.cache.get(key);
    if (!this.listeners.get(key)?.size) {
      this.cache.delete(key);
      return;
    }
    if ((this.told.get(key) ?? 0) >= a.version) return; // already told (our own write, or an earlier announcement)
    try {
      // a load() read it before the announcement came: pass that on
      if (hit && hit.version >= a.version) return this.tell(ref, a, hit.doc, hit.version);
      if (a.type === 'change' && hit && hit.version === a.version - 1) {
        const r = await readAnnouncedChange(await this.connection.open(), ref, a, hit.doc);
        if (!r) return this.reloadAndTell(ref, a);
        this.cache.set(key, { version: a.version, doc: r.doc });
        const doc = r.doc as unknown as CaseBundle | TeamBoard;
        this.emit(ref, { type: 'change', ref, change: r.change, version: a.version, doc, remote: true });
        return;
      }
      await this.reloadAndTell(ref, a);
    } catch (err) {
      this.emit(ref, { type: 'error', ref, message: describeStorageError(err, 'read'), closed: this.connection.deleted || undefined });
    }
  }

  private async reloadAndTell(ref: DocRef, a: Exclude<StoreAnnouncement, { type: 'purge' | 'purge-all' }>): Promise<void> {
    const loaded = await this.read(ref);
    if (loaded) this.tell(ref, a, loaded.doc, loaded.version);
  }

  private tell(ref: DocRef, a: Exclude<StoreAnnouncement, { type: 'purge' | 'purge-all' }>, stored: Obj, version: number): void {
    const doc = stored as unknown as CaseBundle | TeamBoard;
    if (a.type === 'change') this.emit(ref, { type: 'change', ref, change: changeInDoc(stored, a), version, doc, remote: true });
    else this.emit(ref, { type: 'replace', ref, version, doc, remote: true });
  }

  // ---------------------------------------------------------------- purge

  /**
   * Removes a case from this browser: its header, records, audit trail and quarantine (one transaction) and the
   * unsaved changes kept for it in `localStorage`; then every view of it, in this tab and in others, is told to
   * close. Purging a case that is not stored (or a database already deleted) is not an error.
   */
  async purgeCase(caseId: string): Promise<void> {
    const ref: DocRef = { kind: 'case', id: caseId };
    if (!this.connection.deleted) {
      try {
        await purgeDocument(await this.connection.open(), docKey(ref));
      } catch (err) {
        if (!this.connection.deleted) throw new StorageError(describeStorageError(err, 'read'), storageErrorKind(err));
      }
    }
    clearUnsaved('case', caseId);
    this.cache.delete(docKey(ref));
    this.announce({ type: 'purge', from: this.instance, ref });
    this.emitClosed(ref);
  }

  /** Tells the views of one document (or, without one, of every document) that it is gone from this browser. */
  private emitClosed(ref?: DocRef): void {
    const message = this.connection.deleted ? STORAGE_MESSAGES.readDeleted : STORAGE_MESSAGES.purged;
    if (ref) {
      this.cache.delete(docKey(ref));
      this.told.delete(docKey(ref));
      this.emit(ref, { type: 'error', ref, message, closed: true });
      return;
    }
    this.cache.clear();
    this.told.clear();
    for (const key of [...this.listeners.keys()]) {
      const at = key.indexOf(':');
      const r = { kind: key.slice(0, at), id: key.slice(at + 1) } as DocRef;
      this.emit(r, { type: 'error', ref: r, message, closed: true });
    }
  }

  close(): void {
    this.channel.close();
    this.listeners.clear();
    this.cache.clear();
    this.told.clear();
    this.connection.close();
  }
}
