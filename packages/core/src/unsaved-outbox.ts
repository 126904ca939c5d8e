import { applyChangeToDoc, type Change } from './change.js';

/** A change the store refused for a storage reason, kept until it can be saved. */
export interface PendingChange {
  change: Change;
  /** Why it is not saved, in plain English. */
  reason: string;
}

/**
 * Where changes that could not be saved are kept so that a reload, a closed tab or a crash does not lose them. The
 * store itself is what is failing when a change lands here (quota, a blocked or newer database, a deleted database),
 * so the default keeps them outside IndexedDB, in `localStorage`, which stays writable in those cases and is written
 * synchronously, before the page can go. Entries are removed as soon as their changes are saved.
 */
export interface UnsavedOutbox {
  /** The pending changes kept for a document, oldest first ([] when none or unreadable). */
  read(key: string): PendingChange[];
  /** Keeps the pending changes for a document (an empty list removes the entry). False when they could not be kept. */
  write(key: string, pending: readonly PendingChange[]): boolean;
}

const PREFIX = 'opencasework:unsaved:';

const isPending = (v: unknown): v is PendingChange => {
  if (!v || typeof v !== 'object') return false;
  const { change, reason } = v as Record<string, unknown>;
  if (!change || typeof change !== 'object' || typeof reason !== 'string') return false;
  const c = change as Record<string, unknown>;
  return typeof c.entity === 'string' && typeof c.id === 'string' && typeof c.op === 'string' && typeof c.actor === 'string';
};

/** The default outbox, in this origin's `localStorage` (nothing leaves the device). */
export const localStorageOutbox: UnsavedOutbox = {
  read(key) {
    try {
      const text = globalThis.localStorage?.getItem(PREFIX + key);
      if (!text) return [];
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isPending) : [];
    } catch {
      return [];
    }
  },
  write(key, pending) {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return false;
      if (pending.length) storage.setItem(PREFIX + key, JSON.stringify(pending));
      else storage.removeItem(PREFIX + key);
      return true;
    } catch {
      return false;
    }
  },
};

/** The outbox key of a document's refused conflicts (kept until the person chooses). */
export const conflictsKey = (key: string) => `conflicts:${key}`;

/** Removes every kept change for a document (unsaved and refused in a conflict), e.g. at sign-out. */
export function clearUnsaved(kind: 'case' | 'board', id: string, outbox: UnsavedOutbox = localStorageOutbox): void {
  outbox.write(`${kind}:${id}`, []);
  outbox.write(conflictsKey(`${kind}:${id}`), []);
}

/**
 * A kept change the store refused when it was saved later, for a reason other than storage. A conflict (`current`
 * is the record as stored now, null when deleted) waits for the person to compare and choose; it is kept in the
 * outbox until then. Any other refusal (no longer valid) is only said.
 */
export interface RefusedChange {
  change: Change;
  /** The store's message. */
  message: string;
  conflict: boolean;
  current?: unknown;
}

/**
 * Warns before the page is closed or reloaded while `pending()` is true. Browsers show their own generic question;
 * the point is that the person is asked at all.
 */
export class UnloadGuard {
  private on = false;
  private readonly handler = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    // Older engines need returnValue set to ask.
    e.returnValue = '';
  };

  set(active: boolean): void {
    if (active === this.on || typeof window === 'undefined') return;
    this.on = active;
    if (active) window.addEventListener('beforeunload', this.handler);
    else window.removeEventListener('beforeunload', this.handler);
  }
}

/** Pending changes laid on top of a document (what others saved), or undefined when one of them no longer applies. */
export function layOnTop(doc: Record<string, unknown>, pending: readonly PendingChange[]): Record<string, unknown> | undefined {
  let out = doc;
  for (const { change } of pending) {
    const r = applyChangeToDoc(out, change);
    if (!r.ok) return undefined;
    out = r.doc;
  }
  return out;
}

/**
 * The changes one document could not save yet: kept in order, mirrored to an outbox so they survive a reload, with a
 * warning before unload while any remain, and the ones the store later refused for another reason (a conflict).
 */
export class PendingQueue {
  items: readonly PendingChange[] = [];
  /** False when the outbox could not keep the changes (they are on this page only). */
  durable = true;
  /** How many changes came back from the outbox when the document was opened. */
  restored = 0;
  /** Changes the store refused when they were saved later, for a reason other than storage, with why. */
  refused: readonly RefusedChange[] = [];
  /** False when the refused conflicts could not be kept in the outbox (they are on this page only). */
  refusedDurable = true;
  private readonly guard = new UnloadGuard();
  private guarding = true;

  constructor(private readonly outbox: () => UnsavedOutbox) {}

  /** Replaces the list, and keeps it in the outbox under `key` when there is one. */
  set(items: readonly PendingChange[], key?: string): void {
    this.items = items;
    if (key !== undefined) this.durable = this.outbox().write(key, items);
    this.guardNow();
  }

  /** Replaces the refused changes; conflicts (waiting for a choice) are kept in the outbox under `key`'s own entry. */
  setRefused(refused: readonly RefusedChange[], key?: string): void {
    this.refused = refused;
    if (key !== undefined) {
      const kept = refused.filter((r) => r.conflict).map((r) => ({ change: r.change, reason: r.message, current: r.current ?? null }));
      this.refusedDurable = this.outbox().write(conflictsKey(key), kept);
    }
    this.guardNow();
  }

  /** Takes back the conflicts the outbox kept for `key` (after a reload); returns how many. */
  restoreRefused(key: string): number {
    const kept = this.outbox().read(conflictsKey(key)) as (PendingChange & { current?: unknown })[];
    if (kept.length)
      this.setRefused(kept.map((k) => ({ change: k.change, message: k.reason, conflict: true, current: k.current ?? null })));
    return kept.length;
  }

  /** Warns before unload while a change is on this page only: unsaved, or a conflict the outbox could not keep. */
  private guardNow(): void {
    const pageOnly = this.items.length > 0 || (!this.refusedDurable && this.refused.some((r) => r.conflict));
    this.guard.set(this.guarding && pageOnly);
  }

  /** Takes back what the outbox kept for `key` (after a reload); returns how many. */
  restore(key: string): number {
    const kept = this.outbox().read(key);
    if (kept.length) this.set(kept);
    this.restored = kept.length;
    return kept.length;
  }

  /** Forgets the list on this page without touching the outbox (the element left, or the source changed). */
  release(): void {
    this.items = [];
    this.refused = [];
    this.refusedDurable = true;
    this.guard.set(false);
  }

  /**
   * Stops warning before unload (the element left the page; its changes stay in the outbox), including for a change
   * that was in flight when it left and is kept afterwards: a page must not be held by an element it no longer shows.
   */
  stopGuard(): void {
    this.guarding = false;
    this.guard.set(false);
  }

  /** Warns again while anything is pending (the element is back on the page). */
  resumeGuard(): void {
    this.guarding = true;
    this.guardNow();
  }
}
