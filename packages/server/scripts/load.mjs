#!/usr/bin/env node
// `npm run server:load`: seeds 1,000 cases of 900 chronology entries (plus their people and agencies) into a
// throwaway PostgreSQL and prints the p50/p95 time to read one bundle over HTTP. Run it alone; it takes minutes.
//   LOAD_CASES=1000 LOAD_ENTRIES=900 LOAD_READS=200; with DATABASE_URL set, the database is kept, and
//   LOAD_PHASE=seed (only seed, e.g. at low priority) or LOAD_PHASE=read (only measure) split the two.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const dir = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['build.mjs', '--tests', '--no-types'], { cwd: dir, stdio: 'inherit' });
const env = { ...process.env };
let started = false;
if (!env.DATABASE_URL) {
  env.PGWORK ??= `/tmp/opencasework-pg-load-${process.pid}`;
  env.PGPORT ??= String(20000 + (process.pid % 20000));
  execFileSync(`${dir}scripts/pg.sh`, ['start'], { env, stdio: 'inherit' });
  started = true;
  env.DATABASE_URL = readFileSync(`${env.PGWORK}/env`, 'utf8')
    .trim()
    .replace(/^DATABASE_URL=/, '');
}
try {
  execFileSync(process.execPath, [`${dir}scripts/load-run.mjs`], { env, stdio: 'inherit' });
} finally {
  if (started) execFileSync(`${dir}scripts/pg.sh`, ['stop'], { env, stdio: 'inherit' });
}
