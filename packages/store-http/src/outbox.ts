import { openDB, type IDBPDatabase } from 'idb';
import type { Change, DocRef } from '@opencasework/core';

/** A change waiting to be sent, kept in IndexedDB so a reload, a closed tab or a lost signal does not lose it. */
export interface OutboxItem {
  seqNo?: number;
  /** The id the server uses to apply it at most once, however often it is sent. */
  changeId: string;
  key: string;
  ref: DocRef;
  change: Change;
  queuedAt: string;
}

/** A change the server refused after it was queued (someone changed the record first). Kept, never dropped. */
export interface OutboxConflict {
  seqNo?: number;
  changeId: string;
  key: string;
  ref: DocRef;
  change: Change;
  /** The record as the server has it now (null when deleted, or withheld from this user). */
  current: unknown;
  message: string;
  at: string;
}

/** The last copy of each document read from the server, so a case opens offline after a reload. */
export interface CachedDoc {
  key: string;
  doc: unknown;
  version: number;
  seq: number;
}

const DOCS = 'docs';
const OUTBOX = 'outbox';
const CONFLICTS = 'conflicts';

/** The store's IndexedDB: `docs` (last server copy), `outbox` (changes to send, in order) and `conflicts`. */
export class OutboxDb {
  private db: Promise<IDBPDatabase> | undefined;
  private opened = false;
  /** True once the database was deleted under this page (the sign-out clean-up): it is never created again from here. */
  deleted = false;
  constructor(
    private readonly name: string,
    private readonly onDeleted: () => void = () => undefined,
  ) {}

  private open(): Promise<IDBPDatabase> {
    if (this.deleted) return Promise.reject(new Error('The copy of the case on this device was removed (for example at sign-out).'));
    const p = (this.db ??= openDB(this.name, 1, {
      upgrade: (db, oldVersion, _new, tx) => {
        if (oldVersion === 0 && this.opened) {
          // It was open before and is now gone: deleted (sign-out). Do not create it again.
          this.deleted = true;
          tx.abort();
          return;
        }
        db.createObjectStore(DOCS, { keyPath: 'key' });
        db.createObjectStore(OUTBOX, { keyPath: 'seqNo', autoIncrement: true }).createIndex('key', 'key');
        db.createObjectStore(CONFLICTS, { keyPath: 'seqNo', autoIncrement: true }).createIndex('key', 'key');
      },
      // Another page deletes the database (no new version) or upgrades it: let go at once, so it is not blocked.
      blocking: (_current, next) => {
        this.close();
        if (next === null && !this.deleted) {
          this.deleted = true;
          this.onDeleted();
        }
      },
    }));
    p.then(
      () => (this.opened = true),
      () => {
        if (this.db === p) this.db = undefined;
        if (this.deleted) this.onDeleted();
      },
    );
    return p;
  }

  /** Removes everything kept for one document (offline copy, queued changes, conflicts) in one transaction. */
  async purge(key: string): Promise<void> {
    const tx = (await this.open()).transaction([DOCS, OUTBOX, CONFLICTS], 'readwrite');
    const outbox = tx.objectStore(OUTBOX),
      conflicts = tx.objectStore(CONFLICTS);
    const [queued, kept] = await Promise.all([outbox.index('key').getAllKeys(key), conflicts.index('key').getAllKeys(key)]);
    await Promise.all([
      tx.objectStore(DOCS).delete(key),
      ...queued.map((k) => outbox.delete(k)),
      ...kept.map((k) => conflicts.delete(k)),
      tx.done,
    ]);
  }

  async queue(item: OutboxItem): Promise<void> {
    await (await this.open()).add(OUTBOX, item);
  }
  async pending(key?: string): Promise<OutboxItem[]> {
    const db = await this.open();
    const all = (key ? await db.getAllFromIndex(OUTBOX, 'key', key) : await db.getAll(OUTBOX)) as OutboxItem[];
    return all.sort((a, b) => a.seqNo! - b.seqNo!);
  }
  async done(seqNo: number): Promise<void> {
    await (await this.open()).delete(OUTBOX, seqNo);
  }
  async conflict(c: OutboxConflict, seqNo: number): Promise<void> {
    // One transaction: the change moves from the outbox to the conflicts, never lost in between.
    const tx = (await this.open()).transaction([OUTBOX, CONFLICTS], 'readwrite');
    await Promise.all([tx.objectStore(CONFLICTS).add(c), tx.objectStore(OUTBOX).delete(seqNo), tx.done]);
  }
  async conflicts(key?: string): Promise<OutboxConflict[]> {
    const db = await this.open();
    return (key ? await db.getAllFromIndex(CONFLICTS, 'key', key) : await db.getAll(CONFLICTS)) as OutboxConflict[];
  }
  /** Forgets a conflict once the user has dealt with it. */
  async resolve(seqNo: number): Promise<void> {
    await (await this.open()).delete(CONFLICTS, seqNo);
  }
  async cached(key: string): Promise<CachedDoc | undefined> {
    return (await (await this.open()).get(DOCS, key)) as CachedDoc | undefined;
  }
  async cache(d: CachedDoc): Promise<void> {
    await (await this.open()).put(DOCS, d);
  }
  close(): void {
    void this.db?.then((db) => db.close());
    this.db = undefined;
  }
}
