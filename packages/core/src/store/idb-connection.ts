import { openDB } from 'idb';
import { runMigrations, type Migration } from './migrations.js';
import { STORAGE_MESSAGES, StorageError } from './storage-errors.js';
import type { AnyDb } from './idb-records.js';

/** One IndexedDB connection for an `IdbCaseStore`: opened on first use, upgraded by migrations, dropped for another tab. */
export class IdbConnection {
  private dbPromise: Promise<AnyDb> | undefined;
  /** True while an open request is queued behind another tab's old connection. */
  private blockedOpen = false;
  private isClosed = false;
  /** True once this instance has had the database open (so an empty database found later was deleted meanwhile). */
  private opened = false;
  private isDeleted = false;

  constructor(
    private readonly dbName: string,
    private readonly version: number,
    private readonly migrations: readonly Migration[],
    /** Called once when the database is found deleted (by another tab, or the sign-out clean-up). */
    private readonly onDeleted: () => void = () => undefined,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  /** True once the database was deleted under this instance: it is never created again from here. */
  get deleted(): boolean {
    return this.isDeleted;
  }

  /**
   * The database was deleted (another tab's sign-out clean-up, or cleared site data): let go of it, and refuse every
   * later call, so a save never silently creates an empty database again behind the person's back.
   */
  markDeleted(): void {
    if (this.isDeleted) return;
    this.isDeleted = true;
    this.drop();
    this.onDeleted();
  }

  /**
   * Opens (and if needed upgrades) the database. A blocked upgrade fails at once with a message, never hangs: the
   * open request stays queued, every call meanwhile fails with the same message, and the connection is adopted as
   * soon as the other tab lets go (a new request would only queue behind the blocked one and never hear back).
   */
  open(): Promise<AnyDb> {
    if (this.isClosed) return Promise.reject(new StorageError(STORAGE_MESSAGES.closed, 'closed'));
    if (this.isDeleted) return Promise.reject(new StorageError(STORAGE_MESSAGES.deleted, 'deleted'));
    if (this.dbPromise) return this.dbPromise;
    if (this.blockedOpen) return Promise.reject(new StorageError(STORAGE_MESSAGES.blocked, 'blocked'));
    const p = new Promise<AnyDb>((resolve, reject) => {
      let settled = false;
      if (typeof indexedDB === 'undefined') {
        reject(new StorageError(STORAGE_MESSAGES.unavailable, 'unavailable'));
        return;
      }
      openDB(this.dbName, this.version, {
        upgrade: (db, oldVersion, newVersion, tx) => {
          if (oldVersion === 0 && this.opened) {
            // It was open before and is now empty: it was deleted. Do not create it again (the abort rolls back).
            this.isDeleted = true;
            tx.abort();
            return;
          }
          runMigrations(this.migrations, db, tx, oldVersion, newVersion ?? this.version).catch(() => {
            try {
              tx.abort();
            } catch {
              /* already finished */
            }
          });
        },
        blocked: () => {
          if (settled) return;
          settled = true;
          this.blockedOpen = true;
          reject(new StorageError(STORAGE_MESSAGES.blocked, 'blocked'));
        },
        // Another tab wants a newer version: let it upgrade. This instance reopens (and reports) on its next call.
        // No new version means the database is being deleted: let go, and never create it again from here.
        blocking: (_current, next) => (next === null || next === undefined ? this.markDeleted() : this.drop()),
        terminated: () => {
          this.dbPromise = undefined;
        },
      }).then(
        (db) => {
          this.opened = true;
          if (!settled) {
            settled = true;
            resolve(db);
            return;
          }
          // The blocked request went through after all: use it from now on.
          this.blockedOpen = false;
          if (this.isClosed) db.close();
          else this.dbPromise = Promise.resolve(db);
        },
        (err: unknown) => {
          this.blockedOpen = false;
          if (this.isDeleted) {
            // The upgrade above found the database deleted and aborted: say so, once, to everyone listening.
            this.isDeleted = false;
            this.markDeleted();
            if (!settled) reject(new StorageError(STORAGE_MESSAGES.deleted, 'deleted'));
            settled = true;
            return;
          }
          if (!settled) {
            settled = true;
            // What IndexedDB gave (a DOMException, or idb's error): storageErrorKind reads its name to explain it.
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
            reject(err);
          }
        },
      );
    });
    this.dbPromise = p;
    p.catch(() => {
      if (this.dbPromise === p) this.dbPromise = undefined;
    });
    return p;
  }

  drop(): void {
    const p = this.dbPromise;
    this.dbPromise = undefined;
    p?.then(
      (db) => db.close(),
      () => undefined,
    );
  }

  /** Closes for good: every later call fails with the "closed" message. */
  close(): void {
    this.isClosed = true;
    this.drop();
  }
}
