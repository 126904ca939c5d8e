#!/usr/bin/env node
// `npm run server:load`: seeds 1,000 cases of 900 chronology entries (plus their people and agencies) into a
// throwaway PostgreSQL and prints the p50/p95 time to read one bundle over HTTP. Run it alone; it takes minutes.
//   LOAD_CASES=1000 LOAD_ENTRIES=900 LOAD_READS=200; with DATABASE_URL set, the database is kept, and
//   LOAD_PHASE=seed (only seed, e.g. at low priority) or LOAD_PHASE=read (only measure) split the two.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { buildForScripts, database, dir } from './database.mjs';

buildForScripts();
const { env, stop } = database('load');
try {
  execFileSync(process.execPath, [`${dir}scripts/load-run.mjs`], { env, stdio: 'inherit' });
} finally {
  stop();
}
