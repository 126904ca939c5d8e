import { randomUUID } from 'node:crypto';
import { MediaType } from '@opencasework/core';
import { allowedLevels, auditConfidentialReads, hiddenFor, visibleDoc } from './access.js';
import type { User } from './auth.js';
import type { Pool } from './db.js';

/** The largest file the server keeps, in bytes (a few minutes of video from a phone). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const NOT_FOUND = { message: 'There is no such file, or you do not have access to it.' };
const NO_CASE = { message: 'There is no such case, or you do not have access to it.' };

type Outcome<B> = { status: number; body: B };

/**
 * The confidentiality of the documents that name a file: a file is as confidential as the most restricted document
 * whose `attachmentId` it is, so a restricted photo is withheld exactly as its document is.
 */
async function levelsOf(pool: Pool, docId: string, id: string): Promise<string[]> {
  const r = await pool.query<{ confidentiality: string | null }>(
    `SELECT confidentiality FROM records WHERE kind = 'case' AND doc_id = $1 AND list = 'documents' AND body->>'attachmentId' = $2`,
    [docId, id],
  );
  return r.rows.map((x) => x.confidentiality).filter((c): c is string => !!c);
}

async function audit(pool: Pool, user: User, docId: string, id: string, op: 'create' | 'delete', detail: object): Promise<void> {
  await pool.query(
    `INSERT INTO audit (action, actor_sub, actor_name, kind, doc_id, entity, record_id, op, detail)
     VALUES ('attachment', $1, $2, 'case', $3, 'Attachment', $4, $5, $6)`,
    [user.sub, user.name, docId, id, op, JSON.stringify(detail)],
  );
}

/** Keeps a file for a case the user may see. The bytes are never logged; the audit row holds size and type only. */
export async function putAttachment(
  pool: Pool,
  user: User,
  caseId: string,
  bytes: Buffer,
  mediaType: string,
  name: string | undefined,
  documentId: string | undefined,
): Promise<Outcome<{ id: string; size: number; mediaType: string } | { message: string }>> {
  if (!(await visibleDoc(pool, user, 'case', caseId))) return { status: 404, body: NO_CASE };
  if (!MediaType.safeParse(mediaType).success)
    return { status: 415, body: { message: 'The file was not kept: its type (such as "image/jpeg") is missing or not readable.' } };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { status: 413, body: tooLarge() };
  const id = `att-${randomUUID()}`;
  // PostgreSQL text cannot hold NUL, and no name needs control characters: they are dropped, the rest kept as text.
  // eslint-disable-next-line no-control-regex
  const text = (v: string | undefined) => (v ? v.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || null : null);
  const cleanName = text(name);
  await pool.query(
    `INSERT INTO attachments (id, doc_id, media_type, name, document_id, size, bytes, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, caseId, mediaType, cleanName, text(documentId), bytes.length, bytes, user.sub],
  );
  await audit(pool, user, caseId, id, 'create', { size: bytes.length, mediaType });
  return { status: 201, body: { id, size: bytes.length, mediaType } };
}

export const tooLarge = () => ({
  message: `The file was not kept: it is larger than the ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB this server accepts. Record a shorter clip, or save the note without it.`,
});

/** The file, if the user may see its case and every document that names it. Otherwise 404, as for a missing file. */
export async function getAttachment(
  pool: Pool,
  user: User,
  id: string,
): Promise<Outcome<{ bytes: Buffer; mediaType: string } | { message: string }>> {
  const r = await pool.query<{ doc_id: string; media_type: string; bytes: Buffer }>(
    'SELECT doc_id, media_type, bytes FROM attachments WHERE id = $1',
    [id],
  );
  const row = r.rows[0];
  if (!row || !(await visibleDoc(pool, user, 'case', row.doc_id))) return { status: 404, body: NOT_FOUND };
  const levels = await levelsOf(pool, row.doc_id, id);
  if (levels.some((c) => hiddenFor(user, c))) return { status: 404, body: NOT_FOUND };
  const read = levels.filter((c) => allowedLevels(user).includes(c));
  if (read.length)
    await auditConfidentialReads(pool, user, 'case', row.doc_id, [{ list: 'attachments', id, confidentiality: read[0]! }], 'attachment');
  return { status: 200, body: { bytes: row.bytes, mediaType: row.media_type } };
}

/** Deletes a file the user may see (a draft's recording once the note is saved). A missing one is 404. */
export async function deleteAttachment(pool: Pool, user: User, id: string): Promise<Outcome<{ message: string } | undefined>> {
  const r = await pool.query<{ doc_id: string }>('SELECT doc_id FROM attachments WHERE id = $1', [id]);
  const row = r.rows[0];
  if (!row || !(await visibleDoc(pool, user, 'case', row.doc_id))) return { status: 404, body: NOT_FOUND };
  if ((await levelsOf(pool, row.doc_id, id)).some((c) => hiddenFor(user, c))) return { status: 404, body: NOT_FOUND };
  await pool.query('DELETE FROM attachments WHERE id = $1', [id]);
  await audit(pool, user, row.doc_id, id, 'delete', {});
  return { status: 204, body: undefined };
}
