// The API end to end against a real PostgreSQL: import, read with ETag, changes since, conflicts, idempotency,
// validation with core's rules, the audit written with every change and append-only, team boards and the live feed.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { api, entryChange, follow, freshDatabase, startApp, support, waitFor } from './support/helpers.mjs';

const { sampleCase, sampleBoard } = support;
let srv;
const base = () => srv.url;
const standard = sampleCase.chronology.filter((e) => !e.confidentiality || e.confidentiality === 'standard');

before(async () => {
  srv = await startApp(await freshDatabase('api'));
  const r = await api(base(), 'sam', 'PUT', '/case/evans', sampleCase);
  assert.equal(r.status, 201, r.text);
  assert.deepEqual(r.json.issues, []);
  // entries, people, relationships, households, agencies, professionals, involvements, safety plans
  assert.equal(r.json.records, 334 + 39 + 72 + 8 + 13 + 15 + 17 + 1);
});
after(() => srv.close());

test('a bundle reads back whole, with its version as an ETag and the sequence number it includes', async () => {
  const r = await api(base(), 'alex', 'GET', '/case/evans');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('etag'), '"1"');
  assert.equal(r.headers.get('opencasework-withheld'), '0');
  const { audit: _a, ...expected } = sampleCase;
  assert.deepEqual(r.json, expected);
  const parsed = support.parseCaseBundle(r.json);
  assert.deepEqual(parsed.issues, []);
  const again = await api(base(), 'alex', 'GET', '/case/evans', undefined, { 'If-None-Match': '"1"' });
  assert.equal(again.status, 304);
});

test('a stale change is a 409 carrying the current record, never an overwrite; the editor of a different record succeeds', async () => {
  const e = standard[0];
  const samsVersion = { ...e, summary: 'Sam: the visit was rearranged by the family.' };
  const a = await api(base(), 'sam', 'POST', '/case/evans/changes', entryChange('Sam Patel', e, samsVersion));
  assert.equal(a.status, 200, a.text);
  assert.equal(a.json.audit.actor, 'Sam Patel');
  // Jo still has the old entry on screen.
  const b = await api(
    base(),
    'jo',
    'POST',
    '/case/evans/changes',
    entryChange('Jo Evans', e, { ...e, summary: 'Jo: no one answered the door.' }),
  );
  assert.equal(b.status, 409);
  assert.deepEqual(b.json.current, samsVersion);
  assert.equal(b.json.currentVersion, 2);
  // baseVersion alone also catches it.
  const c = await api(
    base(),
    'jo',
    'POST',
    '/case/evans/changes',
    entryChange('Jo Evans', samsVersion, { ...samsVersion, title: 'Home visit' }, undefined, { baseVersion: 1 }),
  );
  assert.equal(c.status, 409);
  // A different record at the same time: fine.
  const other = standard[1];
  const d = await api(
    base(),
    'jo',
    'POST',
    '/case/evans/changes',
    entryChange('Jo Evans', other, { ...other, summary: 'Jo: follow-up call made.' }),
  );
  assert.equal(d.status, 200, d.text);
  const now = await api(base(), 'alex', 'GET', '/case/evans');
  assert.deepEqual(
    now.json.chronology.find((x) => x.id === e.id),
    samsVersion,
  );
  assert.equal(now.headers.get('etag'), '"3"');
  // Sam may not read third-party records: a different view, a different ETag.
  assert.equal((await api(base(), 'sam', 'GET', '/case/evans')).headers.get('etag'), '"3-v10"');
});

test('a change id is applied at most once: a retry returns the first outcome', async () => {
  const e = standard[2];
  const req = entryChange('Sam Patel', e, { ...e, summary: 'Retried after a dropped connection.' });
  const first = await api(base(), 'sam', 'POST', '/case/evans/changes', req);
  const second = await api(base(), 'sam', 'POST', '/case/evans/changes', req);
  assert.equal(first.status, 200);
  assert.equal(second.status, 200);
  assert.equal(second.json.replayed, true);
  assert.equal(second.json.seq, first.json.seq);
  const n = await srv.pool.query('SELECT count(*)::int AS n FROM changes WHERE change_id = $1', [req.changeId]);
  assert.equal(n.rows[0].n, 1);
});

test("core's rules on the way in: invalid records and dangling references are 422 with issues; nothing is written", async () => {
  const e = standard[3];
  const bad = await api(base(), 'sam', 'POST', '/case/evans/changes', entryChange('Sam Patel', e, { ...e, significance: 'huge' }));
  assert.equal(bad.status, 422);
  assert.equal(bad.json.issues[0].path, 'significance');
  const dangling = await api(base(), 'sam', 'POST', '/case/evans/changes', entryChange('Sam Patel', e, { ...e, subjectIds: ['p-nobody'] }));
  assert.equal(dangling.status, 422);
  assert.match(dangling.json.message, /p-nobody/);
  const person = sampleCase.people[0];
  const del = await api(base(), 'sam', 'POST', '/case/evans/changes', {
    changeId: randomUUID(),
    change: { entity: 'Person', id: person.id, op: 'delete', before: person, after: null, actor: 'Sam', at: new Date().toISOString() },
  });
  assert.equal(del.status, 422, 'a person others refer to cannot be deleted');
  const noId = await api(base(), 'sam', 'POST', '/case/evans/changes', { change: {} });
  assert.equal(noId.status, 422);
  const stored = await api(base(), 'sam', 'GET', `/case/evans`);
  assert.deepEqual(
    stored.json.chronology.find((x) => x.id === e.id),
    e,
  );
});

test('every change writes its audit row in the same transaction, naming the signed-in user; the audit log is append-only', async () => {
  const e = standard[4];
  const r = await api(base(), 'jo', 'POST', '/case/evans/changes', entryChange('what the page said', e, { ...e, summary: 'Audited.' }));
  assert.equal(r.status, 200);
  const a = await srv.pool.query("SELECT * FROM audit WHERE change_id = $1 AND action = 'change'", [r.json.changeId]);
  assert.equal(a.rows.length, 1);
  assert.equal(a.rows[0].actor_name, 'Jo Evans');
  assert.equal(a.rows[0].actor_sub, 'dev:jo');
  assert.equal(a.rows[0].page_actor, 'what the page said');
  assert.deepEqual(a.rows[0].before, e);
  await assert.rejects(srv.pool.query('UPDATE audit SET actor_name = $1', ['someone else']), /append-only/);
  await assert.rejects(srv.pool.query('DELETE FROM audit'), /append-only/);
  await assert.rejects(srv.pool.query('TRUNCATE audit'), /append-only/);
});

test('changes since a sequence number are record-level deltas, with who made them', async () => {
  const head = await api(base(), 'sam', 'GET', '/case/evans');
  const seq = Number(head.headers.get('opencasework-seq'));
  const e = standard[5];
  await api(base(), 'jo', 'POST', '/case/evans/changes', entryChange('Jo', e, { ...e, summary: 'Delta.' }));
  const r = await api(base(), 'sam', 'GET', `/case/evans/changes?since=${seq}`);
  assert.equal(r.status, 200);
  assert.equal(r.json.changes.length, 1);
  const d = r.json.changes[0];
  assert.equal(d.op, 'update');
  assert.equal(d.entity, 'ChronologyEntry');
  assert.equal(d.id, e.id);
  assert.equal(d.record.summary, 'Delta.');
  assert.equal(d.actor.name, 'Jo Evans');
  assert.equal(d.seq, seq + 1);
  assert.equal((await api(base(), 'sam', 'GET', `/case/evans/changes?since=${d.seq}`)).json.changes.length, 0);
  assert.equal((await api(base(), 'sam', 'GET', `/case/evans/changes?since=-1`)).status, 400);
});

test('team boards: import, change a blockage, and the live feed carries the delta to a colleague', async () => {
  const board = { ...sampleBoard, id: 'north-board', team: 'north' };
  assert.equal((await api(base(), 'alex', 'PUT', '/board/north-board', board)).status, 201);
  const feed = follow(base(), 'jo', '/board/north-board/events');
  await waitFor(() => feed.events.some((e) => e.event === 'ready'), 5000, 'ready');
  const b = board.blockages[0];
  const r = await api(base(), 'alex', 'POST', '/board/north-board/changes', {
    changeId: randomUUID(),
    change: {
      entity: 'Blockage',
      id: b.id,
      op: 'update',
      before: b,
      after: { ...b, title: 'Panel dates not shared' },
      actor: 'Alex',
      at: new Date().toISOString(),
    },
  });
  assert.equal(r.status, 200, r.text);
  const ev = await waitFor(() => feed.events.find((e) => e.event === 'change'), 5000, 'board delta');
  assert.equal(ev.data.record.title, 'Panel dates not shared');
  assert.equal(ev.data.actor.name, 'Alex Morgan');
  assert.equal(Number(ev.id), r.json.seq);
  feed.stop();
  // A case change is not a board change and vice versa.
  const wrong = await api(base(), 'alex', 'POST', '/board/north-board/changes', entryChange('Alex', standard[0], standard[0]));
  assert.equal(wrong.status, 422);
});

test('the live feed resumes from Last-Event-ID / since without missing a change', async () => {
  const head = await api(base(), 'sam', 'GET', '/case/evans');
  const seq = Number(head.headers.get('opencasework-seq'));
  const e = standard[6];
  const r = await api(base(), 'jo', 'POST', '/case/evans/changes', entryChange('Jo', e, { ...e, summary: 'Made while Sam was offline.' }));
  const feed = follow(base(), 'sam', '/case/evans/events', seq);
  const ev = await waitFor(() => feed.events.find((x) => x.event === 'change'), 5000, 'backlog');
  assert.equal(ev.data.changeId, r.json.changeId);
  feed.stop();
});
