import { allowedLevels, auditConfidentialReads, hiddenFor, visibleDoc, type Kind } from './access.js';
import type { User } from './auth.js';
import { isUnavailable, type Pool } from './db.js';

/** A record-level delta, as read by `GET .../changes` and sent on the live feed. */
export interface Delta {
  seq: number;
  version: number;
  changeId: string;
  /** 'replace': the whole document was imported again; read it anew. */
  op: 'create' | 'update' | 'delete' | 'replace';
  entity?: string;
  list?: string;
  id?: string;
  record?: unknown;
  recordVersion?: number;
  actor: { sub: string; name: string };
  at: string;
}

export interface ChangeRow {
  seq: string;
  change_id: string;
  doc_version: string;
  entity: string | null;
  list: string | null;
  record_id: string | null;
  op: Delta['op'];
  record_version: number | null;
  body: unknown;
  confidentiality_before: string | null;
  confidentiality_after: string | null;
  actor_sub: string;
  actor_name: string;
  at: Date;
}

/**
 * A change as this user may see it: a record they may not read is withheld; one that has just become confidential
 * reaches them as a removal, one that stopped being confidential as an update.
 */
export function deltaFor(row: ChangeRow, user: User): { delta: Delta; confidential?: string } | undefined {
  const base = {
    seq: Number(row.seq),
    version: Number(row.doc_version),
    changeId: row.change_id,
    actor: { sub: row.actor_sub, name: row.actor_name },
    at: row.at.toISOString(),
  };
  if (row.op === 'replace') return { delta: { ...base, op: 'replace' } };
  const hb = hiddenFor(user, row.confidentiality_before);
  const ha = hiddenFor(user, row.confidentiality_after);
  const rec = { entity: row.entity!, list: row.list!, id: row.record_id! };
  if (hb && (ha || row.op === 'delete')) return undefined;
  if (ha) return { delta: { ...base, ...rec, op: 'delete', record: null } };
  const delta: Delta = {
    ...base,
    ...rec,
    op: hb && row.op === 'update' ? 'create' : row.op,
    record: row.op === 'delete' ? null : row.body,
  };
  if (row.record_version !== null) delta.recordVersion = row.record_version;
  return row.op !== 'delete' && row.confidentiality_after ? { delta, confidential: row.confidentiality_after } : { delta };
}

/** The ETag of a user's view: the version, and which confidential levels the view leaves out. */
export const etagFor = (version: number, user: User) =>
  `"${version}${user.restricted && user.thirdParty ? '' : `-v${Number(user.restricted)}${Number(user.thirdParty)}`}"`;

export type BundleRead =
  | { status: 404 }
  | { status: 304; etag: string }
  | { status: 200; etag: string; version: number; seq: number; withheld: number; json: string };

/**
 * Reads one document as this user may see it, assembled in PostgreSQL (one json_agg per list), in one
 * repeatable-read snapshot so the version, the sequence number and the records agree.
 */
export async function readBundle(pool: Pool, user: User, kind: Kind, id: string, ifNoneMatch?: string): Promise<BundleRead> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const doc = await visibleDoc(client, user, kind, id);
    if (!doc) {
      await client.query('COMMIT');
      return { status: 404 };
    }
    const etag = etagFor(doc.version, user);
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      await client.query('COMMIT');
      return { status: 304, etag };
    }
    const allowed = allowedLevels(user);
    // One connection runs one query at a time: these three read the same snapshot in turn.
    const lists = await client.query<{ list: string; items: string }>(
      `SELECT list, json_agg(body ORDER BY ord)::text AS items FROM records
        WHERE kind = $1 AND doc_id = $2 AND (confidentiality IS NULL OR confidentiality = ANY($3)) GROUP BY list`,
      [kind, id, allowed],
    );
    const seq = await client.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM changes WHERE kind = $1 AND doc_id = $2', [
      kind,
      id,
    ]);
    const conf = await client.query<{ list: string; id: string; confidentiality: string }>(
      'SELECT list, id, confidentiality FROM records WHERE kind = $1 AND doc_id = $2 AND confidentiality IS NOT NULL',
      [kind, id],
    );
    await client.query('COMMIT');
    const read = conf.rows.filter((r) => !hiddenFor(user, r.confidentiality));
    await auditConfidentialReads(pool, user, kind, id, read, 'bundle');
    const byList = new Map(lists.rows.map((r) => [r.list, r.items]));
    const parts = Object.entries(doc.head).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    for (const l of doc.lists) parts.push(`${JSON.stringify(l)}:${byList.get(l) ?? '[]'}`);
    return {
      status: 200,
      etag,
      version: doc.version,
      seq: Number(seq.rows[0]!.seq),
      withheld: conf.rows.length - read.length,
      json: `{${parts.join(',')}}`,
    };
  } catch (err) {
    if (isUnavailable(err)) broken = true;
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    // A connection the database dropped is destroyed, not handed to the next request.
    client.release(broken ? new Error('connection lost') : undefined);
  }
}

export const CHANGES_PAGE = 1000;

/** The record-level deltas after `since`, as this user may see them (at most CHANGES_PAGE; `more` says there are more). */
export async function readChanges(
  pool: Pool,
  user: User,
  kind: Kind,
  id: string,
  since: number,
): Promise<{ status: 404 } | { status: 200; body: { seq: number; version: number; more: boolean; changes: Delta[] } }> {
  const doc = await visibleDoc(pool, user, kind, id);
  if (!doc) return { status: 404 };
  const r = await pool.query<ChangeRow>('SELECT * FROM changes WHERE kind = $1 AND doc_id = $2 AND seq > $3 ORDER BY seq LIMIT $4', [
    kind,
    id,
    since,
    CHANGES_PAGE + 1,
  ]);
  const more = r.rows.length > CHANGES_PAGE;
  const rows = r.rows.slice(0, CHANGES_PAGE);
  const out: Delta[] = [];
  const confidential: { list: string; id: string; confidentiality: string }[] = [];
  for (const row of rows) {
    const d = deltaFor(row, user);
    if (!d) continue;
    out.push(d.delta);
    if (d.confidential) confidential.push({ list: d.delta.list!, id: d.delta.id!, confidentiality: d.confidential });
  }
  await auditConfidentialReads(pool, user, kind, id, confidential, 'changes');
  const last = rows.length ? Number(rows[rows.length - 1]!.seq) : since;
  return {
    status: 200,
    body: { seq: last, version: rows.length ? Number(rows[rows.length - 1]!.doc_version) : doc.version, more, changes: out },
  };
}
