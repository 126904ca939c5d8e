// The OpenAPI 3.1 description (openapi.json, served at /api/v1/openapi.json) checked against the implementation:
// the same routes both ways, and every answer a scenario provokes (each endpoint, each status) is documented, with
// a body valid against the documented schema (ajv, JSON Schema 2020-12).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { api, entryChange, follow, freshDatabase, serverDir, startApp, support, waitFor } from './support/helpers.mjs';
import process from 'node:process';

const spec = JSON.parse(readFileSync(`${serverDir}openapi.json`, 'utf8'));
const seen = [];
let srv;
const standard = support.sampleCase.chronology.filter((e) => !e.confidentiality || e.confidentiality === 'standard');
const toOpenApi = (url) => url.replace(/:(\w+)/g, '{$1}');

before(async () => {
  srv = await startApp(await freshDatabase('openapi'), { onResponse: (r) => seen.push(r) });
});
after(() => srv.close());

test('the served description is the checked-in one, and it is OpenAPI 3.1', async () => {
  const r = await api(srv.url, undefined, 'GET', '/openapi.json');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json, spec);
  assert.equal(spec.openapi, '3.1.0');
});

test('every route is described, and every described operation exists', () => {
  const implemented = new Set(srv.routes.map((r) => `${r.method} ${toOpenApi(r.url)}`));
  const described = new Set(
    Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'parameters')
        .map((m) => `${m.toUpperCase()} ${path}`),
    ),
  );
  assert.deepEqual([...implemented].sort(), [...described].sort());
});

test('every answer in a scenario covering each endpoint and status is documented and matches its schema', async () => {
  const u = srv.url;
  const e = standard[0];
  const r = support.sampleCase.chronology.find((x) => x.confidentiality === 'restricted');
  await fetch(`${u}/health`);
  await api(u, undefined, 'GET', '/me');
  await api(u, 'sam', 'GET', '/me');
  for (const kind of ['case', 'board']) {
    const doc = kind === 'case' ? support.sampleCase : { ...support.sampleBoard, id: 'b1', team: 'north' };
    const id = kind === 'case' ? 'c1' : 'b1';
    await api(u, 'sam', 'GET', `/${kind}/${id}`); // 404
    await api(u, 'sam', 'PUT', `/${kind}/${id}`, doc); // 201
    await api(u, 'alex', 'PUT', `/${kind}/${id}`, doc); // 200
    await api(u, 'chris', 'PUT', `/${kind}/${id}`, doc); // 404 (not chris's team)
    await api(u, 'chris', 'PUT', `/${kind}/other?team=north`, doc); // 403
    await api(u, 'sam', 'GET', `/${kind}s`);
    const got = await api(u, 'sam', 'GET', `/${kind}/${id}`);
    await api(u, 'sam', 'GET', `/${kind}/${id}`, undefined, { 'If-None-Match': got.headers.get('etag') }); // 304
    await api(u, 'sam', 'GET', `/${kind}/${id}/changes?since=0`);
    await api(u, 'sam', 'GET', `/${kind}/${id}/changes?since=x`); // 400
    await api(u, 'chris', 'GET', `/${kind}/${id}/changes`); // 404
    const feed = follow(u, 'sam', `/${kind}/${id}/events`);
    await waitFor(() => feed.events.length, 5000, 'feed');
    feed.stop();
    const bad = follow(u, 'chris', `/${kind}/${id}/events`);
    await waitFor(() => bad.events.status, 5000, 'feed 404');
  }
  const ok = await api(u, 'sam', 'POST', '/case/c1/changes', entryChange('Sam', e, { ...e, summary: 'x' })); // 200
  await api(u, 'sam', 'POST', '/case/c1/changes', {
    changeId: ok.json.changeId,
    change: ok.json && entryChange('Sam', e, { ...e, summary: 'x' }).change,
  }); // 200 replayed
  await api(u, 'jo', 'POST', '/case/c1/changes', entryChange('Jo', e, { ...e, summary: 'y' })); // 409
  await api(u, 'jo', 'POST', '/case/c1/changes', entryChange('Jo', r, { ...r, summary: 'y' })); // 403
  await api(u, 'jo', 'POST', '/case/c1/changes', entryChange('Jo', null, { ...e, id: 'new', significance: 'huge' })); // 422
  await api(u, 'chris', 'POST', '/case/c1/changes', entryChange('Chris', e, e)); // 404
  await api(u, 'sam', 'POST', '/case/c1/changes', { changeId: randomUUID() }); // 422

  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema({ $id: 'spec', components: spec.components });
  const statuses = new Set();
  for (const s of seen) {
    const path = toOpenApi(s.route);
    const op = spec.paths[path]?.[s.method.toLowerCase()];
    assert.ok(op, `${s.method} ${path} is described`);
    const doc = op.responses[String(s.status)];
    assert.ok(doc, `${s.method} ${path} answered ${s.status}, which the description does not list`);
    statuses.add(`${s.method} ${path} ${s.status}`);
    const media = doc.content && Object.keys(doc.content)[0];
    if (s.status === 304 || s.contentType.startsWith('text/event-stream')) {
      assert.ok(s.status === 304 || media === 'text/event-stream');
      continue;
    }
    assert.equal(media, 'application/json', `${s.method} ${path} ${s.status} has a JSON body`);
    assert.match(s.contentType, /^application\/json/);
    const schema = JSON.parse(JSON.stringify(doc.content[media].schema).replaceAll('"#/components/', '"spec#/components/'));
    const valid = ajv.validate(schema, JSON.parse(s.body));
    assert.ok(valid, `${s.method} ${path} ${s.status}: ${ajv.errorsText()}`);
  }
  process.stdout.write(`# ${seen.length} answers checked, ${statuses.size} distinct endpoint/status pairs\n`);
  assert.ok(statuses.size >= 30);
});
