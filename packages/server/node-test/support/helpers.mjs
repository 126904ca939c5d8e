// Shared by the server's Node tests. They need a PostgreSQL: DATABASE_URL (and PGWORK/PGPORT for the restart test),
// which scripts/test.mjs provides by starting one with scripts/pg.sh.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import puppeteer from 'puppeteer-core';
import { buildApp, createPool, devAuthenticator, migrate } from '../../dist/server.js';
import process from 'node:process';

export const serverDir = new URL('../../', import.meta.url).pathname;
export const support = await import('../dist/support.js');

/** A new, empty database for one test file; returns its URL. */
export async function freshDatabase(name) {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set: run the server tests with `npm run server:test`.');
  const db = `t_${name}_${process.pid}`.toLowerCase();
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${db}`);
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${db}`;
  return u.toString();
}

/** The server in this process, on a free loopback port, with the demo users. */
export async function startApp(databaseUrl, options = {}) {
  const pool = createPool(databaseUrl, options.poolSize ?? 10);
  await migrate(pool);
  const { app, routes } = await buildApp({
    pool,
    connectionString: databaseUrl,
    authenticate: options.authenticate ?? devAuthenticator,
    development: true,
    ...options,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    pool,
    routes,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

/** The server as its own process (`dist/main.js`), as `npm run server` runs it. */
export async function spawnServer(databaseUrl, port, env = {}) {
  const child = spawn(process.execPath, [`${serverDir}dist/main.js`], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', OPENCASEWORK_DEV_USERS: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${err}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, child, stop: () => stopChild(child), stderr: () => err };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server did not start: ${err}`);
}

export function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** One request as a demo user (`dev:<user>`), or with a raw Authorization value. */
export async function api(base, user, method, path, body, headers = {}) {
  const auth = user === undefined ? {} : { Authorization: user.startsWith('Bearer ') ? user : `Bearer dev:${user}` };
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...auth, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** A change request for a chronology entry update. */
export function entryChange(actor, before, after, changeId = randomUUID(), extra = {}) {
  return {
    changeId,
    change: {
      entity: 'ChronologyEntry',
      id: after?.id ?? before.id,
      op: before ? (after ? 'update' : 'delete') : 'create',
      before: before ?? null,
      after: after ?? null,
      actor,
      at: new Date().toISOString(),
    },
    ...extra,
  };
}

/** Follows a live feed with fetch streaming (as HttpCaseStore does): events collected in `events`. */
export function follow(base, user, path, since) {
  const events = [];
  const ctl = new AbortController();
  const done = (async () => {
    const res = await fetch(`${base}/api/v1${path}${since !== undefined ? `?since=${since}` : ''}`, {
      headers: { Authorization: `Bearer dev:${user}` },
      signal: ctl.signal,
    });
    events.status = res.status;
    if (!res.ok) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += value;
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const ev = { event: 'message' };
        for (const line of block.split('\n')) {
          const m = /^(\w+): ?(.*)$/.exec(line);
          if (m && m[1] === 'data') ev.data = JSON.parse(m[2]);
          else if (m) ev[m[1]] = m[2];
        }
        if (ev.data !== undefined) events.push(ev);
      }
    }
  })().catch(() => undefined);
  return { events, stop: () => ctl.abort(), done };
}

export async function waitFor(fn, ms = 10000, what = 'condition') {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Headless Chromium (Debian's, or CHROMIUM) for the browser tests. */
export const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });

/** A page in its own browser context (its own IndexedDB), collecting page errors. */
export async function newPage(browser, url, viewport) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  if (viewport) await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}
