import { postOnce } from './broadcast.js';
import type { CaseStore } from './types.js';

/** What `signOutCleanup` removes. Every part is optional; the defaults suit a page using `IdbCaseStore`. */
export interface SignOutCleanupOptions {
  /** Stores whose `purgeCase` is called for each of `caseIds` (e.g. an `HttpCaseStore`'s outbox and offline copies). */
  stores?: readonly CaseStore[];
  /** The cases to purge from `stores`. */
  caseIds?: readonly string[];
  /**
   * IndexedDB databases to delete whole. Default `['opencasework']` (`IdbCaseStore`'s default). Add
   * `'opencasework-http'` for `HttpCaseStore`, and any `dbName` you chose.
   */
  databases?: readonly string[];
  /** The BroadcastChannel of each database (default `opencasework:<name>`, as `IdbCaseStore` names it). */
  channelOf?: (database: string) => string;
  /** Also remove every unsaved change kept in `localStorage` (`opencasework:unsaved:*`). Default true. */
  clearUnsaved?: boolean;
  /** How long to wait for a page that holds a database open and does not let go (ms). Default 3000. */
  timeoutMs?: number;
}

/** What the clean-up did. `blocked` names databases another page still held open when it stopped waiting. */
export interface SignOutReport {
  purged: number;
  deleted: string[];
  blocked: string[];
  unsavedRemoved: number;
  /** Stores that could not purge a case (their messages), so the host can say so. */
  failures: string[];
}

const UNSAVED_PREFIX = 'opencasework:unsaved:';

/**
 * The sign-out clean-up: removes Open Casework's case data from this browser and closes every open view of it.
 *
 * 1. `purgeCase` on each store for each case given (records, audit, quarantine, outboxes, offline copies);
 * 2. tells every tab on each database to close its views and never create the database again (BroadcastChannel);
 * 3. deletes each database (other tabs' stores let go of it when told);
 * 4. removes unsaved changes kept in `localStorage`.
 *
 * Open tabs stop showing the case and say so plainly; a change someone had not saved stays on their page only, with
 * "Copy unsaved changes". Call it before your own sign-out redirect, and await it. It never throws.
 */
export async function signOutCleanup(options: SignOutCleanupOptions = {}): Promise<SignOutReport> {
  const report: SignOutReport = { purged: 0, deleted: [], blocked: [], unsavedRemoved: 0, failures: [] };
  for (const store of options.stores ?? []) {
    if (!store.purgeCase) continue;
    for (const id of options.caseIds ?? []) {
      try {
        await store.purgeCase(id);
        report.purged++;
      } catch (err) {
        report.failures.push(err instanceof Error ? err.message : String(err));
      }
    }
  }
  const channelOf = options.channelOf ?? ((name: string) => `opencasework:${name}`);
  for (const name of options.databases ?? ['opencasework']) {
    try {
      postOnce(channelOf(name), { type: 'purge-all', from: 'sign-out' });
    } catch {
      /* no channel in this context: open tabs still let go when the deletion asks them to */
    }
    const outcome = await deleteDatabase(name, options.timeoutMs ?? 3000);
    (outcome === 'deleted' ? report.deleted : report.blocked).push(name);
  }
  if (options.clearUnsaved ?? true) report.unsavedRemoved = removeUnsaved();
  return report;
}

function deleteDatabase(name: string, timeoutMs: number): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve('deleted');
    const timer = setTimeout(() => resolve('blocked'), timeoutMs);
    const done = (outcome: 'deleted' | 'blocked') => {
      clearTimeout(timer);
      resolve(outcome);
    };
    try {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => done('deleted');
      req.onerror = () => done('blocked');
      // Blocked: another page has not let go yet. The request stays queued and completes when it does.
    } catch {
      done('blocked');
    }
  });
}

function removeUnsaved(): number {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return 0;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(UNSAVED_PREFIX)) keys.push(k);
    }
    keys.forEach((k) => storage.removeItem(k));
    return keys.length;
  } catch {
    return 0;
  }
}
