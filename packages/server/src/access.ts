import type { User } from './auth.js';
import type { Client, Pool } from './db.js';

export type Kind = 'case' | 'board';

export interface DocRow {
  kind: Kind;
  id: string;
  team: string;
  version: number;
  head: Record<string, unknown>;
  lists: string[];
}

/** Whether a record with this confidentiality is withheld from the user. */
export function hiddenFor(user: User, confidentiality: string | null | undefined): boolean {
  if (confidentiality === 'restricted') return !user.restricted;
  if (confidentiality === 'third-party') return !user.thirdParty;
  return false;
}

/** The confidential levels the user may read, for SQL filters. */
export function allowedLevels(user: User): string[] {
  return [...(user.restricted ? ['restricted'] : []), ...(user.thirdParty ? ['third-party'] : [])];
}

export const confidentialityOf = (body: unknown): string | null => {
  const c = (body as { confidentiality?: unknown } | null | undefined)?.confidentiality;
  return c === 'restricted' || c === 'third-party' ? c : null;
};

/**
 * The document if the user may see it: its team is one of theirs, or they were granted it. Otherwise undefined, and
 * the caller answers 404 exactly as for a document that does not exist (its existence is not revealed).
 */
export async function visibleDoc(db: Pool | Client, user: User, kind: Kind, id: string, lock = false): Promise<DocRow | undefined> {
  const r = await db.query(
    `SELECT d.kind, d.id, d.team, d.version, d.head, d.lists,
            EXISTS (SELECT 1 FROM grants g WHERE g.kind = d.kind AND g.doc_id = d.id AND g.subject = $3) AS granted
       FROM documents d WHERE d.kind = $1 AND d.id = $2${lock ? ' FOR UPDATE' : ''}`,
    [kind, id, user.sub],
  );
  const row = r.rows[0] as (DocRow & { version: string; granted: boolean }) | undefined;
  if (!row) return undefined;
  if (!row.granted && !user.teams.includes(row.team)) return undefined;
  return { kind: row.kind, id: row.id, team: row.team, version: Number(row.version), head: row.head, lists: row.lists };
}

/** Writes one audit row per confidential record the user has just been sent. */
export async function auditConfidentialReads(
  db: Pool | Client,
  user: User,
  kind: Kind,
  docId: string,
  records: { list: string; id: string; confidentiality: string }[],
  how: string,
): Promise<void> {
  if (!records.length) return;
  await db.query(
    `INSERT INTO audit (action, actor_sub, actor_name, kind, doc_id, entity, record_id, detail)
     SELECT 'read-confidential', $1, $2, $3, $4, e, r, jsonb_build_object('via', $5::text, 'confidentiality', c)
       FROM unnest($6::text[], $7::text[], $8::text[]) AS t(e, r, c)`,
    [user.sub, user.name, kind, docId, how, records.map((r) => r.list), records.map((r) => r.id), records.map((r) => r.confidentiality)],
  );
}
