import { StoreChannel, type DocRef, type StoreEvent } from '@opencasework/core';
import { refOf } from './delta.js';

type Listener = (e: StoreEvent) => void;

/** The views following each document (by `kind:id`). Each hears every event; one listener's failure never stops the others. */
export class Views {
  private readonly byKey = new Map<string, Set<Listener>>();

  /** Adds a view; returns its document's set (the caller removes it and checks what is left). */
  add(key: string, listener: Listener): Set<Listener> {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(listener);
    return set;
  }

  /** Tells the views of one document (`only`), or of every one, that it is closed here; returns the keys told. */
  close(only: string | undefined, message: string): string[] {
    const keys = only ? [only] : [...this.byKey.keys()];
    for (const key of keys) this.emit(key, { type: 'error', ref: refOf(key), message, closed: true });
    return keys;
  }

  emit(key: string, e: StoreEvent): void {
    for (const l of [...(this.byKey.get(key) ?? [])]) {
      try {
        l(e);
      } catch {
        /* one listener's failure must not stop the others */
      }
    }
  }

  clear(): void {
    this.byKey.clear();
  }
}

/**
 * This browser's other tabs, on the channel the sign-out clean-up uses for this database (`opencasework:<dbName>`):
 * a purge names the case's id only, never anything of its contents. `onPurge(ref)` for a case another tab purged,
 * `onPurge()` for the sign-out clean-up.
 */
export class PurgeChannel {
  private readonly from = globalThis.crypto.randomUUID();
  private readonly channel: StoreChannel;

  constructor(dbName: string, onPurge: (ref?: DocRef) => void) {
    this.channel = new StoreChannel(`opencasework:${dbName}`, (a) => {
      if (a.type === 'purge-all') onPurge();
      else if (a.type === 'purge' && a.from !== this.from) onPurge(a.ref);
    });
  }

  /** Tells the other tabs that this case was purged (its id only). */
  purged(ref: DocRef): void {
    this.channel.post({ type: 'purge', from: this.from, ref });
  }

  close(): void {
    this.channel.close();
  }
}
