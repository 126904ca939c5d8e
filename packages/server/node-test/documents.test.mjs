// Case documents on the server (issue 20): each document is a record with its own confidentiality, so a restricted
// document is withheld from a user without that permission exactly as a restricted chronology entry is, whether it
// came in with an import or through a change. Expected answers are written before the requests.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, entryChange, freshDatabase, startApp, support } from './support/helpers.mjs';

const { sampleCase } = support;
const entry = sampleCase.chronology.find((e) => !e.confidentiality || e.confidentiality === 'standard');
const doc = (id, over = {}) => ({ id, title: `Document ${id}`, kind: 'report', mediaType: 'application/pdf', date: '2024-02', ...over });
const documents = [
  doc('d-standard', { entryIds: [entry.id], url: '/documents/1.pdf' }),
  doc('d-restricted', { confidentiality: 'restricted', summary: 'Health information shared in confidence' }),
  doc('d-third', { confidentiality: 'third-party' }),
];
// sam may read restricted records only; jo neither restricted nor third-party; alex both (all in team north).
const EXPECT = { sam: ['d-standard', 'd-restricted'], jo: ['d-standard'], alex: ['d-standard', 'd-restricted', 'd-third'] };
let srv;

before(async () => {
  srv = await startApp(await freshDatabase('documents'));
  assert.equal((await api(srv.url, 'alex', 'PUT', '/case/docs?team=north', { ...sampleCase, documents })).status, 201);
});
after(() => srv.close());

test('imported documents are records: each user reads only the documents their permissions allow', async () => {
  for (const [user, ids] of Object.entries(EXPECT)) {
    const r = await api(srv.url, user, 'GET', '/case/docs');
    assert.equal(r.status, 200, user);
    assert.deepEqual(
      (r.json.documents ?? []).map((d) => d.id),
      ids,
      `${user} reads ${ids.join(', ')}`,
    );
    assert.ok(!JSON.stringify(r.json).includes('Health information shared in confidence') || ids.includes('d-restricted'), user);
  }
  const rows = await srv.pool.query("SELECT id, confidentiality FROM records WHERE doc_id = 'docs' AND list = 'documents' ORDER BY ord");
  assert.deepEqual(
    rows.rows.map((r) => [r.id, r.confidentiality]),
    [
      ['d-standard', null],
      ['d-restricted', 'restricted'],
      ['d-third', 'third-party'],
    ],
  );
});

test('a document saved through a change is checked, audited and withheld like any restricted record', async () => {
  const created = doc('d-new', { confidentiality: 'restricted', entryIds: [entry.id], kind: 'photo', mediaType: 'image/jpeg' });
  const body = entryChange('alex', null, created);
  body.change.entity = 'Document';
  const r = await api(srv.url, 'alex', 'POST', '/case/docs/changes', body);
  assert.ok(r.status >= 200 && r.status < 300, `status ${r.status}: ${JSON.stringify(r.json)}`);
  const jo = await api(srv.url, 'jo', 'GET', '/case/docs');
  assert.ok(!(jo.json.documents ?? []).some((d) => d.id === 'd-new'), 'jo does not see the restricted document');
  const sam = await api(srv.url, 'sam', 'GET', '/case/docs');
  assert.deepEqual(
    sam.json.documents.find((d) => d.id === 'd-new'),
    created,
  );
  // A javascript: address is refused by the server as by the browser stores.
  const bad = entryChange('alex', null, doc('d-js', { url: 'javascript:alert(1)' }));
  bad.change.entity = 'Document';
  const refused = await api(srv.url, 'alex', 'POST', '/case/docs/changes', bad);
  assert.ok(refused.status >= 400 && refused.status < 500, `status ${refused.status}`);
  assert.match(JSON.stringify(refused.json), /must be a web address starting with https:\/\//);
});
