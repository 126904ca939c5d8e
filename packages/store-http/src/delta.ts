// The server's deltas and the store's copy of a document.
/** The server's record-level delta (see the OpenAPI description). */
export interface Delta {
  seq: number;
  version: number;
  changeId: string;
  op: 'create' | 'update' | 'delete' | 'replace';
  entity?: string;
  list?: string;
  id?: string;
  record?: Record<string, unknown> | null;
  actor: { sub: string; name: string };
  at: string;
}

export type Doc = Record<string, unknown>;
export interface DocState {
  /** The document as the server has it (this user's view). */
  server: Doc;
  version: number;
  seq: number;
}

export class Unreachable extends Error {}
export class ServerBusy extends Error {}

/** Lays one delta on the server copy (a record created, changed or removed). */
export function applyDelta(s: DocState, d: Delta): void {
  if (d.seq <= s.seq || d.op === 'replace' || !d.list || !d.id) return;
  const list = Array.isArray(s.server[d.list]) ? (s.server[d.list] as { id: string }[]) : [];
  const i = list.findIndex((r) => r.id === d.id);
  const next =
    d.op === 'delete' || !d.record
      ? list.filter((r) => r.id !== d.id)
      : i >= 0
        ? list.map((r, j) => (j === i ? (d.record as { id: string }) : r))
        : [...list, d.record as { id: string }];
  s.server = { ...s.server, [d.list]: next };
  s.seq = d.seq;
  s.version = Math.max(s.version, d.version);
}
