import type { Change } from '../change.js';
import type { DocRef } from './types.js';

/**
 * What one tab tells the others after it has written to the shared database. It names the document and its new
 * version, and carries the change itself (which the other tab could read from the database anyway); no other case
 * data. BroadcastChannel never leaves the browser: it reaches only same-origin pages in the same browser profile.
 */
export type StoreAnnouncement =
  | { type: 'change'; from: string; ref: DocRef; version: number; change: Change }
  | { type: 'replace'; from: string; ref: DocRef; version: number };

/** A thin wrapper that tolerates browsers or contexts without BroadcastChannel (then other tabs are not told). */
export class StoreChannel {
  private channel: BroadcastChannel | undefined;
  constructor(name: string, onMessage: (a: StoreAnnouncement) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (e: MessageEvent) => {
      const a = e.data as StoreAnnouncement | null;
      if (!a || typeof a !== 'object' || (a.type !== 'change' && a.type !== 'replace') || !a.ref || typeof a.version !== 'number') return;
      onMessage(a);
    };
  }
  post(a: StoreAnnouncement): void {
    try {
      this.channel?.postMessage(a);
    } catch {
      // A closed channel or an uncloneable value: other tabs will see the change when they next load.
    }
  }
  close(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}
