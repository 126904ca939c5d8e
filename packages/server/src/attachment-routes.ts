import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES, deleteAttachment, getAttachment, putAttachment, tooLarge } from './attachments.js';
import type { Pool } from './db.js';

const API = '/api/v1';
const UNTYPED = { message: 'The file was not kept: its type (such as "image/jpeg") is missing or not readable.' };

/** Reads an optional header sent percent-encoded (a file name may hold any character). */
function decoded(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (!s) return undefined;
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/**
 * The file endpoints, in their own scope: a request body here is the file's raw bytes (any content type, up to
 * MAX_ATTACHMENT_BYTES), never parsed as JSON.
 *   POST   /api/v1/case/:id/attachments   body: the bytes; Content-Type: the media type;
 *          OpenCasework-File-Name, OpenCasework-Document-Id: optional, percent-encoded  ->  201 { id, size, mediaType }
 *   GET    /api/v1/attachments/:id        ->  the bytes (sent as a download, sandboxed)
 *   DELETE /api/v1/attachments/:id        ->  204
 */
export function attachmentRoutes(pool: Pool, authed: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) {
  return async (scope: FastifyInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) => done(null, body));
    scope.setErrorHandler((err, _req, reply) => {
      const code = (err as { code?: string; statusCode?: number }).code;
      if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(tooLarge());
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 415) return reply.code(415).send(UNTYPED);
      if (status && status >= 400 && status < 500) return reply.code(status).send({ message: 'The request could not be read.' });
      return reply.code(500).send({ message: 'The server could not complete the request.' });
    });

    scope.post<{ Params: { id: string } }>(`${API}/case/:id/attachments`, { preHandler: authed }, async (req, reply) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const type = String(req.headers['content-type'] ?? '');
      const r = await putAttachment(
        pool,
        req.user!,
        req.params.id,
        body,
        type,
        decoded(req.headers['opencasework-file-name']),
        decoded(req.headers['opencasework-document-id']),
      );
      return reply.code(r.status).send(r.body);
    });

    scope.get<{ Params: { id: string } }>(`${API}/attachments/:id`, { preHandler: authed }, async (req, reply) => {
      const r = await getAttachment(pool, req.user!, req.params.id);
      if (!('bytes' in r.body)) return reply.code(r.status).send(r.body);
      // Never shown as a page of this origin: a download, in a sandbox, of the type it was kept as.
      return reply
        .code(200)
        .header('Content-Type', r.body.mediaType)
        .header('Content-Disposition', 'attachment')
        .header('Content-Security-Policy', "sandbox; default-src 'none'")
        .send(r.body.bytes);
    });

    scope.delete<{ Params: { id: string } }>(`${API}/attachments/:id`, { preHandler: authed }, async (req, reply) => {
      const r = await deleteAttachment(pool, req.user!, req.params.id);
      return r.status === 204 ? reply.code(204).send() : reply.code(r.status).send(r.body);
    });
  };
}
