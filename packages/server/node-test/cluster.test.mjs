// Two server processes on two loopback ports sharing one database: an edit through one reaches a subscriber of
// the other (PostgreSQL LISTEN/NOTIFY), and after the database restarts mid-burst no edit is lost or applied twice.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { api, entryChange, follow, freshDatabase, serverDir, spawnServer, support, waitFor } from './support/helpers.mjs';
import pg from 'pg';
import process from 'node:process';

const standard = support.sampleCase.chronology.filter((e) => !e.confidentiality || e.confidentiality === 'standard');
let dbUrl, a, b;
const portBase = 30000 + (process.pid % 20000);

before(async () => {
  dbUrl = await freshDatabase('cluster');
  a = await spawnServer(dbUrl, portBase);
  b = await spawnServer(dbUrl, portBase + 1);
  assert.equal((await api(a.url, 'sam', 'PUT', '/case/evans', support.sampleCase)).status, 201);
});
after(async () => {
  await a?.stop();
  await b?.stop();
});

test('an edit through server A reaches a live subscriber of server B, with who made it', async () => {
  const seq = Number((await api(b.url, 'jo', 'GET', '/case/evans')).headers.get('opencasework-seq'));
  const feed = follow(b.url, 'jo', '/case/evans/events', seq);
  await waitFor(() => feed.events.some((e) => e.event === 'ready'), 5000, 'ready');
  const e = standard[0];
  const t0 = performance.now();
  const r = await api(a.url, 'sam', 'POST', '/case/evans/changes', entryChange('Sam', e, { ...e, summary: 'Through server A.' }));
  assert.equal(r.status, 200);
  const ev = await waitFor(() => feed.events.find((x) => x.event === 'change'), 5000, 'delta on B');
  process.stdout.write(`# A -> B delivery: ${(performance.now() - t0).toFixed(0)} ms\n`);
  assert.equal(ev.data.record.summary, 'Through server A.');
  assert.equal(ev.data.actor.name, 'Sam Patel');
  assert.equal(ev.data.changeId, r.json.changeId);
  feed.stop();
});

test('the database restarts in the middle of a burst of edits: every edit applied exactly once, the live feed catches up', async () => {
  if (!process.env.PGWORK) throw new Error('PGWORK is needed to restart the database (run with npm run server:test)');
  const seq = Number((await api(b.url, 'jo', 'GET', '/case/evans')).headers.get('opencasework-seq'));
  const feed = follow(b.url, 'jo', '/case/evans/events', seq);
  await waitFor(() => feed.events.some((e) => e.event === 'ready'), 5000, 'ready');
  // 8 writers, each editing its own entry 15 times through either server, retrying (same change id) until answered.
  const writers = standard.slice(1, 9);
  let retries = 0;
  let done = 0;
  const EDITS = 40;
  const ids = [];
  const write = async (entry, w) => {
    let current = entry;
    for (let i = 0; i < EDITS; i++) {
      const next = { ...current, summary: `writer ${w} edit ${i}` };
      const req = entryChange(`w${w}`, current, next, randomUUID());
      ids.push(req.changeId);
      for (let attempt = 0; ; attempt++) {
        let r;
        try {
          r = await api(i % 2 ? a.url : b.url, 'sam', 'POST', '/case/evans/changes', req);
        } catch {
          r = { status: 0 };
        }
        if (r.status === 200) {
          done++;
          break;
        }
        assert.ok([0, 500, 503].includes(r.status), `unexpected ${r.status}: ${r.text}`);
        retries++;
        if (attempt > 200)
          throw new Error(
            `gave up; server A: ${a.child.exitCode ?? 'running'} ${a.stderr()}; server B: ${b.child.exitCode ?? 'running'} ${b.stderr()}`,
          );
        await new Promise((res) => setTimeout(res, 100));
      }
      current = next;
    }
  };
  const burst = Promise.all(writers.map((e, w) => write(e, w)));
  // Restart once the burst is well under way (not after a fixed delay: on a quiet machine it would be over).
  await waitFor(() => done >= 40, 30000, 'burst under way');
  // Asynchronously: the writers keep sending while the database is down.
  await promisify(execFile)(`${serverDir}scripts/pg.sh`, ['restart'], { env: process.env });
  await burst;
  process.stdout.write(`# restart mid-burst: ${ids.length} edits, ${retries} retried requests\n`);
  assert.ok(retries > 0, 'the restart did interrupt the burst');
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const counts = await c.query(
    'SELECT change_id::text, count(*)::int AS n FROM changes WHERE change_id = ANY($1::uuid[]) GROUP BY change_id',
    [ids],
  );
  const audit = await c.query("SELECT count(*)::int AS n FROM audit WHERE action = 'change' AND change_id = ANY($1::uuid[])", [ids]);
  await c.end();
  assert.equal(counts.rows.length, ids.length, 'every edit applied');
  assert.ok(
    counts.rows.every((r) => r.n === 1),
    'none applied twice',
  );
  assert.equal(audit.rows[0].n, ids.length, 'one audit row each');
  const final = await api(a.url, 'alex', 'GET', '/case/evans');
  writers.forEach((e, w) => assert.equal(final.json.chronology.find((x) => x.id === e.id).summary, `writer ${w} edit ${EDITS - 1}`));
  // Server B's feed reconnected to the database and delivered every change, in order, once.
  const got = await waitFor(
    () => {
      const ch = feed.events.filter((e) => e.event === 'change');
      return ch.length >= ids.length && ch;
    },
    20000,
    'feed caught up',
  );
  assert.deepEqual(new Set(got.map((e) => e.data.changeId)), new Set(ids));
  assert.equal(got.length, ids.length);
  feed.stop();
});
