import type { EntityType, Op } from '../schema/enums.js';
import type { DocRef } from './types.js';

/**
 * What one tab tells the others after it has written to the shared database: ids and versions only, never a
 * record's contents (a receiving tab reads the record, and who changed it, from its own copy of the database).
 * BroadcastChannel never leaves the browser, but any same-origin page in the same profile can listen, so nothing a
 * practitioner typed crosses it.
 *
 * - `change`: one record of a document changed (`entity`, `id`, `op`) and the document is now at `version`.
 * - `replace`: a whole document was stored.
 * - `purge`: a document was purged from this browser (`purgeCase`): every tab closes its view of it.
 * - `purge-all`: the sign-out clean-up: every tab closes every view, and never re-creates the database.
 */
export type StoreAnnouncement =
  | { type: 'change'; from: string; ref: DocRef; version: number; entity: EntityType; id: string; op: Op }
  | { type: 'replace'; from: string; ref: DocRef; version: number }
  | { type: 'purge'; from: string; ref: DocRef }
  | { type: 'purge-all'; from: string };

const isRef = (r: unknown): r is DocRef =>
  !!r && typeof r === 'object' && ((r as DocRef).kind === 'case' || (r as DocRef).kind === 'board') && typeof (r as DocRef).id === 'string';

/**
 * The announcement in a message, rebuilt from the allowed fields only (anything else a sender added, such as a
 * record from an older version of this code, is not passed on), or undefined when the message is not one.
 */
export function readAnnouncement(data: unknown): StoreAnnouncement | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const a = data as Record<string, unknown>;
  const from = typeof a.from === 'string' ? a.from : '';
  if (a.type === 'purge-all') return { type: 'purge-all', from };
  if (!isRef(a.ref)) return undefined;
  const ref: DocRef = { kind: a.ref.kind, id: a.ref.id };
  if (a.type === 'purge') return { type: 'purge', from, ref };
  if (typeof a.version !== 'number') return undefined;
  if (a.type === 'replace') return { type: 'replace', from, ref, version: a.version };
  if (a.type === 'change' && typeof a.entity === 'string' && typeof a.id === 'string' && typeof a.op === 'string')
    return { type: 'change', from, ref, version: a.version, entity: a.entity as EntityType, id: a.id, op: a.op as Op };
  return undefined;
}

/** A thin wrapper that tolerates browsers or contexts without BroadcastChannel (then other tabs are not told). */
export class StoreChannel {
  private channel: BroadcastChannel | undefined;
  constructor(name: string, onMessage: (a: StoreAnnouncement) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (e: MessageEvent) => {
      const a = readAnnouncement(e.data);
      if (a) onMessage(a);
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

/** Posts one announcement on a channel without keeping it open (the sign-out clean-up). */
export function postOnce(name: string, a: StoreAnnouncement): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const c = new BroadcastChannel(name);
  try {
    c.postMessage(a);
  } finally {
    c.close();
  }
}
