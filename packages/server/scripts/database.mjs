// Shared by the server's scripts: build the server (and the tests' support bundle), and find or start a database.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';

export const dir = new URL('..', import.meta.url).pathname;

export function buildForScripts() {
  execFileSync(process.execPath, ['build.mjs', '--tests', '--no-types'], { cwd: dir, stdio: 'inherit' });
}

/**
 * The environment for a script: DATABASE_URL as given, or a throwaway PostgreSQL started with scripts/pg.sh in
 * PGWORK (default /tmp/opencasework-pg-<label>-<pid>). `stop()` stops and deletes what was started here.
 */
export function database(label) {
  const env = { ...process.env };
  if (env.DATABASE_URL) return { env, stop: () => undefined };
  env.PGWORK ??= `/tmp/opencasework-pg-${label}-${process.pid}`;
  env.PGPORT ??= String(20000 + (process.pid % 20000));
  execFileSync(`${dir}scripts/pg.sh`, ['start'], { env, stdio: 'inherit' });
  env.DATABASE_URL = readFileSync(`${env.PGWORK}/env`, 'utf8')
    .trim()
    .replace(/^DATABASE_URL=/, '');
  return { env, stop: () => execFileSync(`${dir}scripts/pg.sh`, ['stop'], { env, stdio: 'inherit' }) };
}
