import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { visibleDoc, type Kind } from './access.js';
import { applyChange, type ChangeRequest } from './apply.js';
import { attachmentRoutes } from './attachment-routes.js';
import type { Authenticator, User } from './auth.js';
import { isUnavailable, type Pool } from './db.js';
import { Feed } from './feed.js';
import { importDoc } from './import.js';
import { readBundle, readChanges } from './read.js';

export interface AppOptions {
  pool: Pool;
  connectionString: string;
  authenticate: Authenticator;
  /** Development mode: every response says so. */
  development?: boolean;
  /** Origins allowed to call the API from a browser (exact match), e.g. the workspace's dev server. */
  corsOrigins?: string[];
  /** Called with every answered request (the OpenAPI conformance test records them). */
  onResponse?: (r: { method: string; route: string; status: number; contentType: string; body: string }) => void;
}

export const API = '/api/v1';
const KINDS: Kind[] = ['case', 'board'];
const NOT_FOUND = { message: 'There is no such case, or you do not have access to it.' };
export const openapiText = () => readFileSync(fileURLToPath(new URL('../openapi.json', import.meta.url)), 'utf8');

declare module 'fastify' {
  interface FastifyRequest {
    user?: User;
  }
}

export async function buildApp(o: AppOptions): Promise<{ app: FastifyInstance; feed: Feed; routes: { method: string; url: string }[] }> {
  const app = Fastify({ bodyLimit: 32 * 1024 * 1024, logger: false, trustProxy: true });
  // Every route registered, for the OpenAPI conformance test (HEAD routes fastify adds are left out).
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push({ method: m, url: r.url });
  });
  const feed = new Feed(o.pool, o.connectionString);
  await feed.start();
  const openapi = openapiText();
  const allowed = new Set(o.corsOrigins ?? []);
  const streams = new Set<import('node:http').ServerResponse>();

  app.addHook('onRequest', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'private, no-cache');
    reply.header('Vary', 'Authorization, Origin');
    if (o.development) reply.header('X-OpenCasework-Mode', 'development: demo users, not for real data');
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Access-Control-Expose-Headers', 'ETag, OpenCasework-Seq, OpenCasework-Withheld');
      if (req.method === 'OPTIONS') {
        reply.header('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE');
        reply.header(
          'Access-Control-Allow-Headers',
          'Authorization, Content-Type, If-None-Match, Last-Event-ID, OpenCasework-File-Name, OpenCasework-Document-Id',
        );
        reply.header('Access-Control-Max-Age', '600');
        return reply.code(204).send();
      }
    }
  });
  if (o.onResponse) {
    const record = o.onResponse;
    app.addHook('onSend', async (req, reply, payload) => {
      record({
        method: req.method,
        route: req.routeOptions.url ?? req.url,
        status: reply.statusCode,
        contentType: String(reply.getHeader('content-type') ?? ''),
        body: typeof payload === 'string' ? payload : '',
      });
      return payload;
    });
  }
  app.setErrorHandler((err, _req, reply) => {
    if (isUnavailable(err))
      return reply.code(503).header('Retry-After', '1').send({ message: 'The database is not available. Try again shortly.' });
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).send({ message: 'The request could not be read.' });
    return reply.code(500).send({ message: 'The server could not complete the request.' });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ message: 'Not found.' }));

  const authed = async (req: FastifyRequest, reply: FastifyReply) => {
    const user = await o.authenticate(req.headers.authorization);
    if (!user) return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ message: 'Sign in to use this service.' });
    req.user = user;
  };

  app.get('/health', async () => {
    await o.pool.query('SELECT 1');
    return { ok: true };
  });
  app.get(`${API}/openapi.json`, async (_req, reply) => reply.type('application/json').send(openapi));
  app.get(`${API}/me`, { preHandler: authed }, async (req) => {
    const u = req.user!;
    return { sub: u.sub, name: u.name, teams: u.teams, restricted: u.restricted, thirdParty: u.thirdParty };
  });

  for (const kind of KINDS) {
    type P = { Params: { id: string } };
    app.get<P & { Querystring: Record<string, string> }>(`${API}/${kind}s`, { preHandler: authed }, async (req) => {
      const u = req.user!;
      const r = await o.pool.query(
        `SELECT d.id, d.team, d.version FROM documents d WHERE d.kind = $1 AND (d.team = ANY($2)
           OR EXISTS (SELECT 1 FROM grants g WHERE g.kind = d.kind AND g.doc_id = d.id AND g.subject = $3)) ORDER BY d.id LIMIT 1000`,
        [kind, u.teams, u.sub],
      );
      return {
        items: r.rows.map((x: { id: string; team: string; version: string }) => ({ id: x.id, team: x.team, version: Number(x.version) })),
      };
    });

    app.get<P>(`${API}/${kind}/:id`, { preHandler: authed }, async (req, reply) => {
      const r = await readBundle(o.pool, req.user!, kind, req.params.id, req.headers['if-none-match']);
      if (r.status === 404) return reply.code(404).send(NOT_FOUND);
      reply.header('ETag', r.etag);
      if (r.status === 304) return reply.code(304).send();
      reply.header('OpenCasework-Seq', String(r.seq)).header('OpenCasework-Withheld', String(r.withheld));
      return reply.type('application/json').send(r.json);
    });

    app.put<P & { Querystring: { team?: string } }>(`${API}/${kind}/:id`, { preHandler: authed }, async (req, reply) => {
      const r = await importDoc(o.pool, req.user!, kind, req.params.id, req.body, req.query.team);
      if (r.status === 200 || r.status === 201) reply.header('ETag', `"${r.body.version}"`);
      return reply.code(r.status).send(r.body);
    });

    app.get<P & { Querystring: { since?: string } }>(`${API}/${kind}/:id/changes`, { preHandler: authed }, async (req, reply) => {
      const since = Number(req.query.since ?? 0);
      if (!Number.isSafeInteger(since) || since < 0) return reply.code(400).send({ message: 'since must be a sequence number' });
      const r = await readChanges(o.pool, req.user!, kind, req.params.id, since);
      if (r.status === 404) return reply.code(404).send(NOT_FOUND);
      return r.body;
    });

    app.post<P & { Body: ChangeRequest }>(`${API}/${kind}/:id/changes`, { preHandler: authed }, async (req, reply) => {
      const r = await applyChange(o.pool, req.user!, kind, req.params.id, req.body);
      return reply.code(r.status).send(r.body);
    });

    app.get<P & { Querystring: { since?: string } }>(`${API}/${kind}/:id/events`, { preHandler: authed }, async (req, reply) => {
      const user = req.user!;
      if (!(await visibleDoc(o.pool, user, kind, req.params.id))) return reply.code(404).send(NOT_FOUND);
      const head = await o.pool.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM changes WHERE kind = $1 AND doc_id = $2', [
        kind,
        req.params.id,
      ]);
      const asked = Number(req.headers['last-event-id'] ?? req.query.since ?? NaN);
      const start = Number.isSafeInteger(asked) && asked >= 0 ? asked : Number(head.rows[0]!.seq);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
        Connection: 'keep-alive',
      });
      o.onResponse?.({ method: 'GET', route: `${API}/${kind}/:id/events`, status: 200, contentType: 'text/event-stream', body: '' });
      const send = (event: string, id: number | undefined, data: unknown) => {
        res.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      send('ready', undefined, { seq: start });
      const stop = feed.add({ user, kind, id: req.params.id, seq: start, send });
      const beat = setInterval(() => res.write(': keep-alive\n\n'), 20_000);
      streams.add(res);
      req.raw.on('close', () => {
        clearInterval(beat);
        streams.delete(res);
        stop();
      });
    });
  }
  await app.register(attachmentRoutes(o.pool, authed));
  app.addHook('preClose', async () => {
    for (const res of streams) res.end();
    streams.clear();
    await feed.close();
  });
  return { app, feed, routes };
}
