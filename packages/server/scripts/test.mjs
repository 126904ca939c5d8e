#!/usr/bin/env node
// `npm run server:test`: builds the server, starts a throwaway PostgreSQL 15 (scripts/pg.sh) unless DATABASE_URL is
// set, runs the Node tests in node-test/ one file at a time, and stops the database.
//   EDITORS_SECONDS=60 (the documented full run; CI sets fewer) sets the 50-editor test's length.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { buildForScripts, database, dir } from './database.mjs';

buildForScripts();
const { env, stop } = database('test');
const files = process.argv.slice(2);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...(files.length ? files : ['node-test/'])], {
  cwd: dir,
  env,
  stdio: 'inherit',
});
stop();
process.exit(r.status ?? 1);
