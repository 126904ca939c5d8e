#!/usr/bin/env node
// `npm run server`. With DATABASE_URL set, builds and runs the server with the configuration in the environment
// (docs/server.md). Without it, a development server on this machine only: a PostgreSQL 15 in
// $PGWORK (default ~/.opencasework/pg, kept between runs), demo users on 127.0.0.1:8787, the sample case (team
// "north") and board loaded on first start, CORS open to the workspace's dev server (http://localhost:5173), and a
// two-user demo at http://127.0.0.1:8788/ (DEMO_PORT): Sam and Jo side by side on the same case.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { serveDemo } from './demo-server.mjs';
import process from 'node:process';

const dir = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['build.mjs', '--tests', '--no-types'], { cwd: dir, stdio: 'inherit' });
const env = { ...process.env };
let dev = false;
if (!env.DATABASE_URL) {
  dev = true;
  env.PGWORK ??= `${homedir()}/.opencasework/pg`;
  env.PGPORT ??= '55432';
  if (!existsSync(`${env.PGWORK}/data/postmaster.pid`)) execFileSync(`${dir}scripts/pg.sh`, ['start'], { env, stdio: 'inherit' });
  env.DATABASE_URL = readFileSync(`${env.PGWORK}/env`, 'utf8')
    .trim()
    .replace(/^DATABASE_URL=/, '');
  env.OPENCASEWORK_DEV_USERS = '1';
  env.HOST ??= '127.0.0.1';
  env.DEMO_PORT ??= '8788';
  env.OPENCASEWORK_CORS_ORIGINS ??= `http://localhost:5173,http://127.0.0.1:5173,http://127.0.0.1:${env.DEMO_PORT}`;
}
const child = spawn(process.execPath, [`${dir}dist/main.js`], { env, stdio: 'inherit' });
if (dev) {
  const base = `http://${env.HOST}:${env.PORT ?? 8787}/api/v1`;
  const demo = await serveDemo(Number(env.DEMO_PORT), base);
  process.stderr.write(`Two-user demo (development only): ${demo.url}/\n`);
  child.on('exit', () => demo.close());
  const { sampleCase, sampleBoard } = await import(`${dir}node-test/dist/support.js`);
  for (let i = 0; i < 50; i++) {
    try {
      const auth = { Authorization: 'Bearer dev:alex', 'Content-Type': 'application/json' };
      if ((await fetch(`${base}/case/${sampleCase.case.id}`, { headers: auth })).status === 404)
        await fetch(`${base}/case/${sampleCase.case.id}?team=north`, { method: 'PUT', headers: auth, body: JSON.stringify(sampleCase) });
      if ((await fetch(`${base}/board/north`, { headers: auth })).status === 404)
        await fetch(`${base}/board/north`, {
          method: 'PUT',
          headers: auth,
          body: JSON.stringify({ ...sampleBoard, id: 'north', team: 'north' }),
        });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
