#!/usr/bin/env node
// `npm run server:test`: builds the server, starts a throwaway PostgreSQL 15 (scripts/pg.sh) unless DATABASE_URL is
// set, runs the Node tests in node-test/ one file at a time, and stops the database.
//   EDITORS_SECONDS=60 (the documented full run; CI sets fewer) sets the 50-editor test's length.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const dir = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['build.mjs', '--tests', '--no-types'], { cwd: dir, stdio: 'inherit' });
const env = { ...process.env };
let started = false;
if (!env.DATABASE_URL) {
  env.PGWORK ??= `/tmp/opencasework-pg-${process.pid}`;
  env.PGPORT ??= String(20000 + (process.pid % 20000));
  execFileSync(`${dir}scripts/pg.sh`, ['start'], { env, stdio: 'inherit' });
  started = true;
  env.DATABASE_URL = readFileSync(`${env.PGWORK}/env`, 'utf8')
    .trim()
    .replace(/^DATABASE_URL=/, '');
}
const files = process.argv.slice(2);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...(files.length ? files : ['node-test/'])], {
  cwd: dir,
  env,
  stdio: 'inherit',
});
if (started) execFileSync(`${dir}scripts/pg.sh`, ['stop'], { env, stdio: 'inherit' });
process.exit(r.status ?? 1);
