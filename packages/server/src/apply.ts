import { ENTITY_LISTS, checkChange, findInbound, listsReferring, precheckChange, referencesOf, type Change } from '@opencasework/core';
import { auditConfidentialReads, confidentialityOf, hiddenFor, visibleDoc, type Kind } from './access.js';
import type { User } from './auth.js';
import { tx, type Client, type Pool } from './db.js';

export interface ChangeRequest {
  /** A UUID the client picks once per change and sends again on every retry: a change is applied at most once. */
  changeId: string;
  change: Change;
  /** The record's version the editor started from (optional: `change.before` is compared as well). */
  baseVersion?: number;
}

export type ApplyOutcome =
  | {
      status: 200;
      body: { changeId: string; seq: number; version: number; recordVersion: number | null; audit: unknown; replayed: boolean };
    }
  | { status: 404 | 403; body: { message: string } }
  | { status: 409; body: { message: string; current: unknown; currentVersion: number | null } }
  | { status: 422; body: { message: string; issues: unknown[] } };

/** The PostgreSQL notification channel servers LISTEN on: payload "kind<TAB>id<TAB>seq". */
export const CHANNEL = 'opencasework_changes';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = { status: 404 as const, body: { message: 'There is no such case, or you do not have access to it.' } };

async function replay(db: Pool | Client, kind: Kind, id: string, changeId: string): Promise<ApplyOutcome | undefined> {
  const r = await db.query('SELECT seq, doc_version, record_version, audit_event, kind, doc_id FROM changes WHERE change_id = $1', [
    changeId,
  ]);
  const row = r.rows[0] as
    { seq: string; doc_version: string; record_version: number | null; audit_event: unknown; kind: string; doc_id: string } | undefined;
  if (!row) return undefined;
  if (row.kind !== kind || row.doc_id !== id)
    return { status: 422, body: { message: 'This change id was already used for another document.', issues: [] } };
  return {
    status: 200,
    body: {
      changeId,
      seq: Number(row.seq),
      version: Number(row.doc_version),
      recordVersion: row.record_version,
      audit: row.audit_event,
      replayed: true,
    },
  };
}

/**
 * Applies one typed change in one transaction: the document row is locked (changes to one document are serialised,
 * different documents run in parallel), the editor's `before` and `baseVersion` are compared with the stored record
 * (a stale one is a 409 carrying the current record, never an overwrite), core's `checkChange` validates the record
 * and its references, then the record, the document version, the change log, the audit row and the notification to
 * other servers are written together. A change id seen before returns the first outcome again.
 */
export async function applyChange(pool: Pool, user: User, kind: Kind, id: string, req: ChangeRequest): Promise<ApplyOutcome> {
  if (!req || typeof req !== 'object') return { status: 422, body: { message: 'A change request must be an object.', issues: [] } };
  try {
    return await tx(pool, async (c) => {
      // Whether the document may be seen comes first: a malformed change to a case you may not see is still a 404.
      const doc = await visibleDoc(c, user, kind, id);
      if (!doc) return NOT_FOUND;
      if (typeof req.changeId !== 'string' || !UUID.test(req.changeId))
        return { status: 422, body: { message: 'A change needs a changeId (a UUID).', issues: [] } };
      const seen = await replay(c, kind, id, req.changeId);
      if (seen) return seen;
      const pre = precheckChange(req.change, kind);
      if (pre) return { status: 422, body: { message: pre.message, issues: pre.reason === 'invalid' ? pre.issues : [] } };
      const change = req.change;
      const list = ENTITY_LISTS[change.entity].list;
      // Locks: deletes take the document's advisory lock alone (they check what refers to the record), other changes
      // share it (they check that what they refer to exists); the record's row lock serialises edits of one record.
      // The document row itself is locked only at the end, to number the change (see below).
      await c.query(
        change.op === 'delete' ? 'SELECT pg_advisory_xact_lock(hashtext($1))' : 'SELECT pg_advisory_xact_lock_shared(hashtext($1))',
        [`${kind}:${id}`],
      );
      const cur = await c.query(
        'SELECT body, version, confidentiality FROM records WHERE kind = $1 AND doc_id = $2 AND list = $3 AND id = $4 FOR UPDATE',
        [kind, id, list, change.id],
      );
      const stored = cur.rows[0] as { body: Record<string, unknown>; version: number; confidentiality: string | null } | undefined;
      if (stored && hiddenFor(user, stored.confidentiality)) {
        if (change.op === 'create')
          return {
            status: 409,
            body: { message: `A ${change.entity} with id "${change.id}" already exists`, current: null, currentVersion: null },
          };
        return { status: 403, body: { message: 'You do not have permission to change this record.' } };
      }
      // A 409 sends the stored record: when it is confidential, that is a read, and audited like any other.
      const auditConflictRead = () =>
        stored?.confidentiality
          ? auditConfidentialReads(c, user, kind, id, [{ list, id: change.id, confidentiality: stored.confidentiality }], 'conflict')
          : Promise.resolve();
      if (stored && change.op !== 'create' && typeof req.baseVersion === 'number' && req.baseVersion !== stored.version) {
        await auditConflictRead();
        return {
          status: 409,
          body: {
            message: `${change.entity} "${change.id}" was changed elsewhere since you opened it: review the newer version before saving yours`,
            current: stored.body,
            currentVersion: stored.version,
          },
        };
      }
      const found = new Set<string>();
      if (change.op !== 'delete' && change.after && typeof change.after === 'object') {
        const refs = referencesOf(change.entity, change.after as Record<string, unknown> & { id: string });
        const pairs = refs.flatMap(([, rid, lists]) => lists.map((l) => [l, rid] as const));
        if (pairs.length) {
          const r = await c.query(
            `SELECT list, id FROM records WHERE kind = $1 AND doc_id = $2 AND (list, id) IN (SELECT * FROM unnest($3::text[], $4::text[]))`,
            [kind, id, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
          );
          for (const row of r.rows as { list: string; id: string }[]) found.add(`${row.list}\u0000${row.id}`);
        }
      }
      let inbound: string[] = [];
      if (change.op === 'delete') {
        const partial: Record<string, unknown> = { ...doc.head };
        const referring = listsReferring(list);
        const r = await c.query('SELECT list, body FROM records WHERE kind = $1 AND doc_id = $2 AND list = ANY($3) ORDER BY ord', [
          kind,
          id,
          referring,
        ]);
        for (const l of referring) partial[l] = [];
        for (const row of r.rows as { list: string; body: unknown }[]) (partial[row.list] as unknown[]).push(row.body);
        inbound = findInbound(partial, list, change.id);
      }
      // A child has at most two biological parents (the parser's rule, on a change): read the child's biological parents
      // under a lock of their own, so two editors adding a parent at once cannot both pass.
      let bio: string[] | undefined;
      const rel = change.op !== 'delete' ? change.after : undefined;
      if (change.entity === 'Relationship' && rel?.kind === 'parent' && rel.type === 'biological' && typeof rel.childId === 'string') {
        await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${kind}:${id}:biological:${rel.childId}`]);
        const r = await c.query(
          `SELECT id FROM records WHERE kind = $1 AND doc_id = $2 AND list = 'relationships'
             AND body->>'kind' = 'parent' AND body->>'type' = 'biological' AND body->>'childId' = $3`,
          [kind, id, rel.childId],
        );
        bio = (r.rows as { id: string }[]).map((row) => row.id);
      }
      const checked = checkChange(
        change,
        {
          current: stored?.body,
          exists: (l, rid) => found.has(`${l}\u0000${rid}`),
          inbound: () => inbound,
          ...(bio ? { biologicalParentsOf: () => bio } : {}),
        },
        kind,
      );
      if (!checked.ok) {
        if (checked.reason === 'conflict') {
          await auditConflictRead();
          return {
            status: 409,
            body: { message: checked.message, current: checked.current ?? null, currentVersion: stored?.version ?? null },
          };
        }
        return { status: 422, body: { message: checked.message, issues: checked.reason === 'invalid' ? checked.issues : [] } };
      }
      // The audit names the authenticated user; what the page said is kept beside it.
      const audit = { ...checked.audit, actor: user.name };
      const confBefore = stored?.confidentiality ?? null;
      const confAfter = checked.record ? confidentialityOf(checked.record) : null;
      let recordVersion: number | null = null;
      if (checked.record && change.op === 'create') {
        // Two creates of one id at once: the second finds the first's row and is a conflict, never an overwrite.
        const w = await c.query(
          `INSERT INTO records (kind, doc_id, list, id, version, ord, body, confidentiality, updated_by, updated_by_name)
           VALUES ($1, $2, $3, $4, 1, (SELECT coalesce(max(ord), -1) + 1 FROM records WHERE kind = $1 AND doc_id = $2 AND list = $3), $5, $6, $7, $8)
           ON CONFLICT (kind, doc_id, list, id) DO NOTHING RETURNING version`,
          [kind, id, list, change.id, JSON.stringify(checked.record), confAfter, user.sub, user.name],
        );
        if (!w.rowCount) {
          const now = await c.query(
            'SELECT body, version, confidentiality FROM records WHERE kind = $1 AND doc_id = $2 AND list = $3 AND id = $4',
            [kind, id, list, change.id],
          );
          const row = now.rows[0] as { body: unknown; version: number; confidentiality: string | null };
          const hide = hiddenFor(user, row.confidentiality);
          return {
            status: 409,
            body: {
              message: `A ${change.entity} with id "${change.id}" already exists`,
              current: hide ? null : row.body,
              currentVersion: hide ? null : row.version,
            },
          };
        }
        recordVersion = 1;
      } else if (checked.record) {
        const w = await c.query(
          `UPDATE records SET version = version + 1, body = $5, confidentiality = $6, updated_by = $7, updated_by_name = $8, updated_at = now()
            WHERE kind = $1 AND doc_id = $2 AND list = $3 AND id = $4 RETURNING version`,
          [kind, id, list, change.id, JSON.stringify(checked.record), confAfter, user.sub, user.name],
        );
        recordVersion = (w.rows[0] as { version: number }).version;
      } else {
        await c.query('DELETE FROM records WHERE kind = $1 AND doc_id = $2 AND list = $3 AND id = $4', [kind, id, list, change.id]);
      }
      // The tail, in one statement: lock the document row and bump its version, number the change, write the audit
      // row, notify the other servers. Changes to one document take their sequence numbers under this lock, so
      // their numbers follow commit order and "changes since n" never skips one still being committed.
      const t = await c.query(
        `WITH d AS (
           UPDATE documents SET version = version + 1, updated_by = $3, updated_at = now(),
             lists = CASE WHEN $4 = ANY(lists) THEN lists ELSE lists || $4 END
           WHERE kind = $1 AND id = $2 RETURNING version
         ), ch AS (
           INSERT INTO changes (change_id, kind, doc_id, doc_version, entity, list, record_id, op, record_version, body,
             confidentiality_before, confidentiality_after, actor_sub, actor_name, audit_event)
           SELECT $5, $1, $2, d.version, $6, $4, $7, $8, $9, $10, $11, $12, $3, $13, $14 FROM d RETURNING seq, doc_version
         ), au AS (
           INSERT INTO audit (action, actor_sub, actor_name, kind, doc_id, entity, record_id, op, before, after, change_id, page_actor, page_at)
           SELECT 'change', $3, $13, $1, $2, $6, $7, $8, $15, $10, $5, $16, $17 FROM ch
         )
         SELECT ch.seq, ch.doc_version, pg_notify('${CHANNEL}', $1 || E'\t' || $2 || E'\t' || ch.seq) FROM ch`,
        [
          kind,
          id,
          user.sub,
          list,
          req.changeId,
          change.entity,
          change.id,
          change.op,
          recordVersion,
          checked.record ? JSON.stringify(checked.record) : null,
          confBefore,
          confAfter,
          user.name,
          JSON.stringify(audit),
          stored ? JSON.stringify(stored.body) : null,
          change.actor,
          change.at,
        ],
      );
      const row = t.rows[0] as { seq: string; doc_version: string };
      const seq = Number(row.seq);
      const version = Number(row.doc_version);
      return { status: 200, body: { changeId: req.changeId, seq, version, recordVersion, audit, replayed: false } };
    });
  } catch (err) {
    // The same change id sent twice at once: the second waits for the first, then finds it.
    if ((err as { code?: string }).code === '23505') {
      const seen = await replay(pool, kind, id, req.changeId);
      if (seen) return seen;
    }
    throw err;
  }
}
