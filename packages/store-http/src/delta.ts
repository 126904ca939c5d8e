// The server's deltas and the store's copy of a document.
import type { ChangeResult, DataIssue, DocRef } from '@opencasework/core';

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

/** The result for a change the server refused for a reason other than a conflict (403, 422/400, anything else). */
export function refusal(status: number, body: { message?: string; issues?: DataIssue[] }): Extract<ChangeResult<Doc>, { ok: false }> {
  if (status === 403) return { ok: false, reason: 'vetoed', message: body.message ?? 'You do not have permission to make this change.' };
  if (status === 422 || status === 400)
    return {
      ok: false,
      reason: 'invalid',
      message: body.message ?? 'The server did not accept the record as valid.',
      issues: body.issues ?? [],
    };
  return { ok: false, reason: 'storage', message: `The change was not saved: the server reported a problem (HTTP ${status}).` };
}

/** A document's key: "case:<id>" or "board:<id>". */
export const keyOf = (ref: DocRef) => `${ref.kind}:${ref.id}`;
/** The document a key ("case:<id>", "board:<id>") names. */
export const refOf = (key: string) => ({ kind: key.slice(0, key.indexOf(':')), id: key.slice(key.indexOf(':') + 1) }) as DocRef;
