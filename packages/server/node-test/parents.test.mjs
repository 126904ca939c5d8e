// A child has at most two biological parents: the parser refuses a third in a bundle, and so must a change, on the
// server as in the browser's stores. Also when two editors each add a parent to a child who has one, at the same time.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { api, freshDatabase, startApp, support } from './support/helpers.mjs';

const { sampleCase } = support;
const bioParents = (childId) =>
  sampleCase.relationships.filter((r) => r.kind === 'parent' && r.type === 'biological' && r.childId === childId).map((r) => r.parentId);
const children = [...new Set(sampleCase.relationships.filter((r) => r.kind === 'parent').map((r) => r.childId))];
const withTwo = children.find((c) => bioParents(c).length === 2);
const withOne = children.find((c) => bioParents(c).length === 1);
// People who are nobody's parent in the sample, to offer as a third.
const strangers = sampleCase.people
  .map((p) => p.id)
  .filter((id) => ![withTwo, withOne].includes(id) && !bioParents(withTwo).includes(id) && !bioParents(withOne).includes(id));
const parentChange = (childId, parentId) => {
  const rel = { id: `rel-${randomUUID()}`, kind: 'parent', type: 'biological', parentId, childId };
  return {
    changeId: randomUUID(),
    change: { entity: 'Relationship', id: rel.id, op: 'create', before: null, after: rel, actor: 'alex', at: new Date().toISOString() },
  };
};
let srv;

before(async () => {
  assert.ok(withTwo && withOne && strangers.length >= 3, 'the sample has a child with two biological parents and one with one');
  srv = await startApp(await freshDatabase('parents'));
  assert.equal((await api(srv.url, 'alex', 'PUT', '/case/parents?team=north', sampleCase)).status, 201);
});
after(() => srv.close());

test('a third biological parent is refused with a plain message, and nothing is stored', async () => {
  const r = await api(srv.url, 'alex', 'POST', '/case/parents/changes', parentChange(withTwo, strangers[0]));
  assert.equal(r.status, 422, JSON.stringify(r.json));
  assert.match(r.json.message, /third biological parent/);
  const doc = await api(srv.url, 'alex', 'GET', '/case/parents');
  assert.equal(doc.json.relationships.filter((x) => x.kind === 'parent' && x.type === 'biological' && x.childId === withTwo).length, 2);
});

test('two editors adding a second parent at once: one is saved, the other refused', async () => {
  const [a, b] = await Promise.all([
    api(srv.url, 'alex', 'POST', '/case/parents/changes', parentChange(withOne, strangers[1])),
    api(srv.url, 'alex', 'POST', '/case/parents/changes', parentChange(withOne, strangers[2])),
  ]);
  const statuses = [a.status, b.status].sort();
  assert.equal(statuses[1], 422, `${a.status} ${JSON.stringify(a.json)} / ${b.status} ${JSON.stringify(b.json)}`);
  assert.ok(statuses[0] >= 200 && statuses[0] < 300, `one saved: ${statuses}`);
  const doc = await api(srv.url, 'alex', 'GET', '/case/parents');
  assert.equal(doc.json.relationships.filter((x) => x.kind === 'parent' && x.type === 'biological' && x.childId === withOne).length, 2);
});
