// Who may see what, enforced by the server: users x cases x confidential records x every endpoint.
// Expected answers are written down first (EXPECT), then every cell is asked.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { api, entryChange, follow, freshDatabase, startApp, support, waitFor } from './support/helpers.mjs';

const { sampleCase, sampleBoard } = support;
const chron = sampleCase.chronology;
const restricted = chron.filter((e) => e.confidentiality === 'restricted');
const thirdParty = chron.filter((e) => e.confidentiality === 'third-party');
const standard = chron.filter((e) => !e.confidentiality || e.confidentiality === 'standard');
const USERS = ['sam', 'alex', 'jo', 'priya', 'chris'];
// Who sees which case: north is the team's (sam, alex, jo) and granted to priya; south is chris's team's.
const SEES = { north: ['sam', 'alex', 'jo', 'priya'], south: ['chris'], 'north-board': ['sam', 'alex', 'jo'] };
// Which confidential levels each user may read.
const LEVELS = { sam: ['restricted'], alex: ['restricted', 'third-party'], jo: [], priya: [], chris: ['restricted', 'third-party'] };
let srv;

before(async () => {
  srv = await startApp(await freshDatabase('authz'));
  assert.equal((await api(srv.url, 'alex', 'PUT', '/case/north?team=north', sampleCase)).status, 201);
  assert.equal((await api(srv.url, 'chris', 'PUT', '/case/south', sampleCase)).status, 201);
  assert.equal((await api(srv.url, 'alex', 'PUT', '/board/north-board', { ...sampleBoard, id: 'north-board', team: 'north' })).status, 201);
  await srv.pool.query("INSERT INTO grants (kind, doc_id, subject, granted_by) VALUES ('case', 'north', 'dev:priya', 'test')");
});
after(() => srv.close());

const audits = async (sub) =>
  (await srv.pool.query("SELECT count(*)::int AS n FROM audit WHERE action = 'read-confidential' AND actor_sub = $1", [sub])).rows[0].n;

test('reading a bundle: 404 for a case you may not see; confidential records only with the permission; each one read is audited', async () => {
  for (const doc of ['north', 'south']) {
    for (const user of USERS) {
      const sees = SEES[doc].includes(user);
      const before = await audits(`dev:${user}`);
      const r = await api(srv.url, user, 'GET', `/case/${doc}`);
      assert.equal(r.status, sees ? 200 : 404, `${user} reading ${doc}`);
      if (!sees) {
        assert.deepEqual(r.json, { message: 'There is no such case, or you do not have access to it.' }, 'same answer as a missing case');
        assert.equal(await audits(`dev:${user}`), before);
        continue;
      }
      const ids = new Set(r.json.chronology.map((e) => e.id));
      const canR = LEVELS[user].includes('restricted');
      const canT = LEVELS[user].includes('third-party');
      assert.equal(
        restricted.every((e) => ids.has(e.id)),
        canR,
        `${user}: restricted entries`,
      );
      assert.equal(
        restricted.some((e) => ids.has(e.id)),
        canR,
      );
      assert.equal(
        thirdParty.every((e) => ids.has(e.id)),
        canT,
        `${user}: third-party entries`,
      );
      assert.equal(
        thirdParty.some((e) => ids.has(e.id)),
        canT,
      );
      assert.ok(standard.every((e) => ids.has(e.id)));
      const sent = (canR ? restricted.length : 0) + (canT ? thirdParty.length : 0);
      assert.equal(Number(r.headers.get('opencasework-withheld')), restricted.length + thirdParty.length - sent);
      assert.equal(await audits(`dev:${user}`), before + sent, `${user}: one audit row per confidential record read`);
    }
  }
  const missing = await api(srv.url, 'alex', 'GET', '/case/no-such-case');
  assert.deepEqual(missing.json, { message: 'There is no such case, or you do not have access to it.' });
});

test('no token or a forged one: 401 on every endpoint', async () => {
  const id = randomUUID();
  for (const auth of [undefined, 'Bearer dev:nobody', 'Bearer not-a-token', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.']) {
    for (const [method, path, body] of [
      ['GET', '/me'],
      ['GET', '/cases'],
      ['GET', '/boards'],
      ['GET', '/case/north'],
      ['PUT', '/case/north', sampleCase],
      ['GET', '/case/north/changes?since=0'],
      ['POST', '/case/north/changes', entryChange('x', standard[0], standard[0], id)],
      ['GET', '/case/north/events'],
      ['GET', '/board/north-board'],
      ['GET', '/board/north-board/changes'],
    ]) {
      const r = await fetch(`${srv.url}/api/v1${path}`, {
        method,
        headers: { ...(auth ? { Authorization: auth } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      assert.equal(r.status, 401, `${auth} ${method} ${path}`);
      assert.equal(r.headers.get('www-authenticate'), 'Bearer');
    }
  }
});

test('every document endpoint answers 404 to users outside the team without a grant', async () => {
  for (const user of USERS) {
    for (const [kind, doc] of [
      ['case', 'north'],
      ['case', 'south'],
      ['board', 'north-board'],
    ]) {
      if (SEES[doc].includes(user)) continue;
      const cells = [
        await api(srv.url, user, 'GET', `/${kind}/${doc}`),
        await api(srv.url, user, 'GET', `/${kind}/${doc}/changes?since=0`),
        await api(srv.url, user, 'POST', `/${kind}/${doc}/changes`, entryChange('x', standard[0], { ...standard[0], summary: 'intruder' })),
        await api(srv.url, user, 'PUT', `/${kind}/${doc}`, kind === 'case' ? sampleCase : { ...sampleBoard, id: doc, team: 'north' }),
      ];
      const feed = follow(srv.url, user, `/${kind}/${doc}/events`);
      await waitFor(() => feed.events.status, 5000, 'feed status');
      feed.stop();
      assert.deepEqual([...cells.map((c) => c.status), feed.events.status], [404, 404, 404, 404, 404], `${user} on ${kind} ${doc}`);
    }
  }
  const lists = Object.fromEntries(
    await Promise.all(USERS.map(async (u) => [u, (await api(srv.url, u, 'GET', '/cases')).json.items.map((i) => i.id)])),
  );
  assert.deepEqual(lists, { sam: ['north'], alex: ['north'], jo: ['north'], priya: ['north'], chris: ['south'] });
  assert.deepEqual((await api(srv.url, 'priya', 'GET', '/boards')).json.items, [], 'a case grant is not a board grant');
});

test('confidential records in changes, the live feed and writes: withheld, turned into removals, refused', async () => {
  const head = Number((await api(srv.url, 'alex', 'GET', '/case/north')).headers.get('opencasework-seq'));
  const feeds = Object.fromEntries(['sam', 'alex', 'jo', 'priya'].map((u) => [u, follow(srv.url, u, '/case/north/events', head)]));
  const r = restricted[0];
  const t = thirdParty[0];
  const s = standard[20];
  // Alex edits a restricted entry, a third-party entry, and makes a standard entry restricted.
  for (const [before, after] of [
    [r, { ...r, summary: 'Restricted: police intelligence update.' }],
    [t, { ...t, summary: 'Third party: neighbour information.' }],
    [s, { ...s, confidentiality: 'restricted' }],
  ])
    assert.equal((await api(srv.url, 'alex', 'POST', '/case/north/changes', entryChange('Alex', before, after))).status, 200);
  const EXPECT = {
    sam: [
      [r.id, 'update'],
      [s.id, 'update'],
    ],
    alex: [
      [r.id, 'update'],
      [t.id, 'update'],
      [s.id, 'update'],
    ],
    jo: [[s.id, 'delete']],
    priya: [[s.id, 'delete']],
  };
  for (const [user, expected] of Object.entries(EXPECT)) {
    const page = await api(srv.url, user, 'GET', `/case/north/changes?since=${head}`);
    assert.deepEqual(
      page.json.changes.map((d) => [d.id, d.op]),
      expected,
      `${user}: changes since`,
    );
    for (const d of page.json.changes) if (d.op === 'delete') assert.equal(d.record, null, 'nothing of the hidden record is sent');
    const seen = await waitFor(
      () => feeds[user].events.filter((e) => e.event === 'change').length >= expected.length && feeds[user].events,
      5000,
      `${user} feed`,
    );
    await new Promise((res) => setTimeout(res, 100));
    assert.deepEqual(
      seen.filter((e) => e.event === 'change').map((e) => [e.data.id, e.data.op]),
      expected,
      `${user}: live feed`,
    );
  }
  Object.values(feeds).forEach((f) => f.stop());
  // Writes to records the user may not read: refused; a create reusing a hidden id reveals nothing.
  const stale = { ...r, summary: 'Restricted: police intelligence update.' };
  assert.equal(
    (await api(srv.url, 'jo', 'POST', '/case/north/changes', entryChange('Jo', stale, { ...stale, summary: 'Jo' }))).status,
    403,
  );
  assert.equal(
    (await api(srv.url, 'sam', 'POST', '/case/north/changes', entryChange('Sam', stale, { ...stale, summary: 'Sam' }))).status,
    200,
  );
  // A 409 carrying a confidential record is a read of it: audited.
  const reads = await audits('dev:alex');
  const lost = await api(
    srv.url,
    'alex',
    'POST',
    '/case/north/changes',
    entryChange('Alex', stale, { ...stale, summary: 'Alex, too late' }),
  );
  assert.equal(lost.status, 409);
  assert.equal(lost.json.current.summary, 'Sam');
  assert.equal(await audits('dev:alex'), reads + 1);
  const create = await api(srv.url, 'jo', 'POST', '/case/north/changes', entryChange('Jo', null, { ...t, summary: 'guess' }));
  assert.equal(create.status, 409);
  assert.equal(create.json.current, null);
  // Replacing a case that holds records you may not read would lose them unseen: refused.
  assert.equal((await api(srv.url, 'jo', 'PUT', '/case/north', sampleCase)).status, 403);
  assert.equal((await api(srv.url, 'sam', 'PUT', '/case/north', sampleCase)).status, 403, 'sam cannot read the third-party ones');
  assert.equal((await api(srv.url, 'jo', 'PUT', '/case/new-one?team=south', sampleCase)).status, 403, 'not your team');
});
