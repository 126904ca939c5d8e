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

  constructor(
    private readonly dbName: string,
    private readonly version: number,
    private readonly migrations: readonly Migration[],
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  /**
   * Opens (and if needed upgrades) the database. A blocked upgrade fails at once with a message, never hangs: the
   * open request stays queued, every call meanwhile fails with the same message, and the connection is adopted as
   * soon as the other tab lets go (a new request would only queue behind the blocked one and never hear back).
   */
  open(): Promise<AnyDb> {
    if (this.isClosed) return Promise.reject(new StorageError(STORAGE_MESSAGES.closed, 'closed'));
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
        blocking: () => this.drop(),
        terminated: () => {
          this.dbPromise = undefined;
        },
      }).then(
        (db) => {
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
