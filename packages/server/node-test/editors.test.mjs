// 50 simulated editors for EDITORS_SECONDS (default 60, the documented full run; .ci/run sets fewer) on loopback,
// against the server as its own process: each edits a few entries of its own and a small shared set everyone
// fights over. Every refused edit comes back to its editor as a 409 with the current record; the editor then
// re-applies their intent on top of it. At the end: every intended edit applied exactly once, no overwrite (each
// change's `before` is the previous change's `after`), p50/p95 write latency printed.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { api, freshDatabase, percentile, spawnServer, support } from './support/helpers.mjs';
import process from 'node:process';

const EDITORS = Number(process.env.EDITORS ?? 50);
const SECONDS = Number(process.env.EDITORS_SECONDS ?? 60);
const standard = support.sampleCase.chronology.filter((e) => !e.confidentiality || e.confidentiality === 'standard');
const HOT = standard.slice(0, 5);
let dbUrl, srv;

before(async () => {
  dbUrl = await freshDatabase('editors');
  srv = await spawnServer(dbUrl, 31000 + (process.pid % 20000), { PG_POOL_SIZE: '20' });
  assert.equal((await api(srv.url, 'alex', 'PUT', '/case/evans', support.sampleCase)).status, 201);
});
after(() => srv?.stop());

test(
  `${EDITORS} editors for ${SECONDS} s: no edit lost, every conflict reported to the editor who lost it`,
  { timeout: (SECONDS + 120) * 1000 },
  async () => {
    const users = ['sam', 'alex', 'jo'];
    const latencies = [];
    const applied = [];
    let conflicts = 0;
    let intents = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const editor = async (n) => {
      const own = standard.slice(5 + n * 2, 7 + n * 2);
      const copies = new Map([...HOT, ...own].map((e) => [e.id, e]));
      const user = users[n % users.length];
      let k = 0;
      while (Date.now() < deadline) {
        const target = Math.random() < 0.3 ? HOT[Math.floor(Math.random() * HOT.length)] : own[k % own.length];
        const intent = `editor ${n} edit ${k++}`;
        intents++;
        for (;;) {
          const before = copies.get(target.id);
          const after = { ...before, summary: intent };
          const changeId = randomUUID();
          const t = performance.now();
          const r = await api(srv.url, user, 'POST', '/case/evans/changes', {
            changeId,
            change: {
              entity: 'ChronologyEntry',
              id: target.id,
              op: 'update',
              before,
              after,
              actor: `editor ${n}`,
              at: new Date().toISOString(),
            },
          });
          latencies.push(performance.now() - t);
          if (r.status === 200) {
            copies.set(target.id, after);
            applied.push({ changeId, id: target.id, intent });
            break;
          }
          assert.equal(r.status, 409, r.text);
          // The editor is told, sees the current record and re-applies their intent on top of it.
          conflicts++;
          assert.ok(r.json.current && r.json.current.id === target.id, 'the 409 carries the current record');
          copies.set(target.id, r.json.current);
        }
        await new Promise((res) => setTimeout(res, 50 + Math.random() * 150));
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: EDITORS }, (_, n) => editor(n)));
    const secs = (Date.now() - t0) / 1000;

    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const rows = (
      await c.query("SELECT a.record_id, a.before, a.after, a.change_id::text FROM audit a WHERE a.action = 'change' ORDER BY a.seq")
    ).rows;
    await c.end();
    // Every intended edit applied exactly once.
    assert.equal(applied.length, intents);
    assert.equal(rows.length, applied.length);
    assert.deepEqual(new Set(rows.map((r) => r.change_id)), new Set(applied.map((a) => a.changeId)));
    // No overwrite: per record, each change starts from the previous one's result.
    const last = new Map();
    for (const r of rows) {
      if (last.has(r.record_id)) assert.deepEqual(r.before, last.get(r.record_id), `lost update on ${r.record_id}`);
      last.set(r.record_id, r.after);
    }
    const final = await api(srv.url, 'alex', 'GET', '/case/evans');
    for (const [id, body] of last)
      assert.deepEqual(
        final.json.chronology.find((e) => e.id === id),
        body,
      );
    assert.ok(conflicts > 0, 'the shared entries did conflict');
    const line = `${EDITORS} editors, ${secs.toFixed(0)} s: ${applied.length} edits applied (${(applied.length / secs).toFixed(0)}/s), ${conflicts} conflicts reported and re-applied, 0 lost; write latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(0)} ms`;
    process.stdout.write(`# ${line}\n`);
  },
);
