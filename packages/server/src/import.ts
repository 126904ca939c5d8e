import { randomUUID } from 'node:crypto';
import { parseCaseBundle, parseTeamBoard, type DataIssue } from '@opencasework/core';
import { confidentialityOf, hiddenFor, visibleDoc, type Kind } from './access.js';
import { CHANNEL } from './apply.js';
import type { User } from './auth.js';
import { tx, type Pool } from './db.js';

export const LISTS: Record<Kind, string[]> = {
  case: ['people', 'relationships', 'households', 'agencies', 'professionals', 'involvements', 'chronology', 'safetyPlans', 'documents'],
  board: ['blockages', 'debriefs'],
};

export type ImportOutcome =
  | { status: 200 | 201; body: { version: number; seq: number; records: number; issues: DataIssue[] } }
  | { status: 403 | 404; body: { message: string } };

/**
 * Stores a whole document (first import, reset), parsed with core's parser first: invalid records are left out and
 * reported. A new case goes to the team named in `team` (or the user's first team); a board to its own `team`.
 * Replacing a document that holds records the user may not read is refused (they would be lost unseen).
 */
export async function importDoc(pool: Pool, user: User, kind: Kind, id: string, input: unknown, team?: string): Promise<ImportOutcome> {
  const parsed = kind === 'case' ? parseCaseBundle(input) : parseTeamBoard(input);
  const value = parsed.value as Record<string, unknown>;
  return tx(pool, async (c) => {
    const existing = await c.query('SELECT team FROM documents WHERE kind = $1 AND id = $2 FOR UPDATE', [kind, id]);
    let docTeam: string;
    if (existing.rowCount) {
      const doc = await visibleDoc(c, user, kind, id);
      if (!doc) return { status: 404, body: { message: 'There is no such case, or you do not have access to it.' } };
      const hidden = await c.query(
        'SELECT confidentiality FROM records WHERE kind = $1 AND doc_id = $2 AND confidentiality IS NOT NULL GROUP BY confidentiality',
        [kind, id],
      );
      if (hidden.rows.some((r: { confidentiality: string }) => hiddenFor(user, r.confidentiality)))
        return { status: 403, body: { message: 'This case holds records you may not read, so you cannot replace it.' } };
      docTeam = doc.team;
    } else {
      docTeam = kind === 'board' ? (typeof value.team === 'string' ? value.team : '') : (team ?? user.teams[0] ?? '');
      if (!docTeam || !user.teams.includes(docTeam))
        return { status: 403, body: { message: 'You can only create a case or board for a team you belong to.' } };
    }
    const head: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'audit' && !LISTS[kind].includes(k)) head[k] = v;
    const lists = LISTS[kind].filter((l) => Array.isArray(value[l]));
    const rows = lists.flatMap((l) => (value[l] as { id: string }[]).map((r, ord) => ({ l, id: r.id, ord, body: r })));
    await c.query(
      `INSERT INTO documents (kind, id, team, version, head, lists, updated_by) VALUES ($1, $2, $3, 1, $4, $5, $6)
       ON CONFLICT (kind, id) DO UPDATE SET version = documents.version + 1, head = EXCLUDED.head, lists = EXCLUDED.lists,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [kind, id, docTeam, JSON.stringify(head), lists, user.sub],
    );
    await c.query('DELETE FROM records WHERE kind = $1 AND doc_id = $2', [kind, id]);
    for (let i = 0; i < rows.length; i += 2000) {
      const part = rows.slice(i, i + 2000);
      await c.query(
        `INSERT INTO records (kind, doc_id, list, id, version, ord, body, confidentiality, updated_by, updated_by_name)
         SELECT $1, $2, l, rid, 1, o, b, cf, $3, $4 FROM unnest($5::text[], $6::text[], $7::int[], $8::jsonb[], $9::text[]) AS t(l, rid, o, b, cf)`,
        [
          kind,
          id,
          user.sub,
          user.name,
          part.map((r) => r.l),
          part.map((r) => r.id),
          part.map((r) => r.ord),
          part.map((r) => JSON.stringify(r.body)),
          part.map((r) => confidentialityOf(r.body)),
        ],
      );
    }
    const version = Number(
      ((await c.query('SELECT version FROM documents WHERE kind = $1 AND id = $2', [kind, id])).rows[0] as { version: string }).version,
    );
    const seq = Number(
      (
        (
          await c.query(
            `INSERT INTO changes (change_id, kind, doc_id, doc_version, op, actor_sub, actor_name) VALUES ($1, $2, $3, $4, 'replace', $5, $6) RETURNING seq`,
            [randomUUID(), kind, id, version, user.sub, user.name],
          )
        ).rows[0] as { seq: string }
      ).seq,
    );
    await c.query(
      `INSERT INTO audit (action, actor_sub, actor_name, kind, doc_id, op, detail) VALUES ('import', $1, $2, $3, $4, 'replace', $5)`,
      [user.sub, user.name, kind, id, JSON.stringify({ version, records: rows.length, issues: parsed.issues.length })],
    );
    // The bundle's own audit trail is kept in the audit log, not served back with the document.
    const events = Array.isArray(value.audit) ? (value.audit as unknown[]) : [];
    if (events.length)
      await c.query(
        `INSERT INTO audit (action, actor_sub, actor_name, kind, doc_id, after) SELECT 'imported-event', $1, $2, $3, $4, e FROM unnest($5::jsonb[]) AS t(e)`,
        [user.sub, user.name, kind, id, events.map((e) => JSON.stringify(e))],
      );
    await c.query('SELECT pg_notify($1, $2)', [CHANNEL, `${kind}\t${id}\t${seq}`]);
    return { status: existing.rowCount ? 200 : 201, body: { version, seq, records: rows.length, issues: parsed.issues } };
  });
}

/** Gives a person (by OpenID subject) access to a case outside its team. */
export async function grant(pool: Pool, kind: Kind, id: string, subject: string, by: string): Promise<void> {
  await pool.query('INSERT INTO grants (kind, doc_id, subject, granted_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    kind,
    id,
    subject,
    by,
  ]);
}
