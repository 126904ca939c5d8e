// The body of `npm run server:load` (scripts/load.mjs starts the database first).
import { createPool, importDoc, migrate } from '../dist/server.js';
import { api, percentile, startApp, support } from '../node-test/support/helpers.mjs';
import process from 'node:process';

const CASES = Number(process.env.LOAD_CASES ?? 1000);
const ENTRIES = Number(process.env.LOAD_ENTRIES ?? 900);
const READS = Number(process.env.LOAD_READS ?? 200);
const PHASE = process.env.LOAD_PHASE ?? 'all'; // 'seed', 'read' or 'all'
const log = (s) => process.stdout.write(`${s}\n`);
const pool = createPool(process.env.DATABASE_URL, 4);
await migrate(pool);
const seeder = { sub: 'seed', name: 'Seeder', teams: ['north'], restricted: true, thirdParty: true };
const have = Number((await pool.query("SELECT count(*) AS n FROM documents WHERE kind = 'case'")).rows[0].n);
const t0 = Date.now();
for (let i = have; PHASE !== 'read' && i < CASES; i++) {
  const bundle = support.makeChronology(ENTRIES, i + 1);
  const r = await importDoc(pool, seeder, 'case', `load-${i}`, bundle, 'north');
  if (r.status !== 201) throw new Error(`seeding case ${i}: ${JSON.stringify(r.body)}`);
  if ((i + 1) % 100 === 0) log(`seeded ${i + 1} cases (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
const stats = (await pool.query('SELECT count(*) AS records, pg_size_pretty(pg_database_size(current_database())) AS size FROM records'))
  .rows[0];
log(`${CASES} cases, ${stats.records} records, database ${stats.size}`);
await pool.end();
if (PHASE === 'seed') process.exit(0);

const srv = await startApp(process.env.DATABASE_URL, { poolSize: 10 });
const times = [];
let bytes = 0;
for (let i = 0; i < READS; i++) {
  const id = `load-${Math.floor(Math.random() * CASES)}`;
  const t = performance.now();
  const r = await api(srv.url, 'sam', 'GET', `/case/${id}`);
  times.push(performance.now() - t);
  if (r.status !== 200) throw new Error(`read ${id}: ${r.status}`);
  bytes = r.text.length;
}
log(
  `bundle read over HTTP (${READS} random cases of ${ENTRIES} entries, ${(bytes / 1024).toFixed(0)} kB each): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
);
await srv.close();
