// Case documents on the server (issue 20): each document is a record with its own confidentiality, so a restricted
// document is withheld from a user without that permission exactly as a restricted chronology entry is, whether it
// came in with an import or through a change. Expected answers are written before the requests.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
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

/** Sends raw bytes as a user. */
const file = (user, method, path, body, headers = {}) =>
  fetch(`${srv.url}/api/v1${path}`, { method, headers: { Authorization: `Bearer dev:${user}`, ...headers }, body });

test('files: kept whole for a case its user may see, read back byte for byte, sandboxed, deleted; others get 404', async () => {
  const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256));
  const name = '../../etc/passwd\u0000<script>alert(1)</script>.jpg';
  const put = await file('sam', 'POST', '/case/docs/attachments', bytes, {
    'Content-Type': 'image/jpeg',
    'OpenCasework-File-Name': encodeURIComponent(name),
  });
  assert.equal(put.status, 201);
  const kept = await put.json();
  assert.deepEqual({ size: kept.size, mediaType: kept.mediaType }, { size: 300_000, mediaType: 'image/jpeg' });
  assert.match(kept.id, /^att-/);
  const row = (await srv.pool.query('SELECT name, doc_id FROM attachments WHERE id = $1', [kept.id])).rows[0];
  // Kept as text, never a path; the NUL PostgreSQL cannot hold is dropped (it made the first version answer 500).
  assert.deepEqual(row, { name: '../../etc/passwd<script>alert(1)</script>.jpg', doc_id: 'docs' });

  const got = await file('jo', 'GET', `/attachments/${kept.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('content-type'), 'image/jpeg');
  assert.equal(got.headers.get('content-disposition'), 'attachment');
  assert.match(got.headers.get('content-security-policy'), /sandbox/);
  assert.ok(Buffer.from(await got.arrayBuffer()).equals(bytes), 'the same bytes');

  // Chris is not in the case's team: the file and the case do not exist for him.
  assert.equal((await file('chris', 'GET', `/attachments/${kept.id}`)).status, 404);
  assert.equal((await file('chris', 'DELETE', `/attachments/${kept.id}`)).status, 404);
  assert.equal((await file('chris', 'POST', '/case/docs/attachments', bytes, { 'Content-Type': 'image/jpeg' })).status, 404);
  // No type, or not a type: refused in plain English.
  const untyped = await file('sam', 'POST', '/case/docs/attachments', bytes, { 'Content-Type': 'not a type' });
  assert.equal(untyped.status, 415);
  assert.match((await untyped.json()).message, /its type/);

  assert.equal((await file('alex', 'DELETE', `/attachments/${kept.id}`)).status, 204);
  assert.equal((await file('alex', 'GET', `/attachments/${kept.id}`)).status, 404);
  const audits = await srv.pool.query("SELECT op FROM audit WHERE action = 'attachment' AND record_id = $1 ORDER BY seq", [kept.id]);
  assert.deepEqual(
    audits.rows.map((r) => r.op),
    ['create', 'delete'],
  );
});

test('files: a file named by a restricted document is withheld from users who may not read that document', async () => {
  const put = await file('alex', 'POST', '/case/docs/attachments', Buffer.from('a child’s drawing'), { 'Content-Type': 'image/png' });
  const kept = await put.json();
  const restrictedDoc = doc('d-drawing', { kind: 'drawing', mediaType: 'image/png', confidentiality: 'restricted', attachmentId: kept.id });
  const body = entryChange('alex', null, restrictedDoc);
  body.change.entity = 'Document';
  const saved = await api(srv.url, 'alex', 'POST', '/case/docs/changes', body);
  assert.ok(saved.status < 300, JSON.stringify(saved.json));
  assert.equal((await file('jo', 'GET', `/attachments/${kept.id}`)).status, 404, 'jo may not read restricted records');
  assert.equal((await file('jo', 'DELETE', `/attachments/${kept.id}`)).status, 404);
  const before = (
    await srv.pool.query("SELECT count(*)::int AS n FROM audit WHERE action = 'read-confidential' AND record_id = $1", [kept.id])
  ).rows[0].n;
  const sam = await file('sam', 'GET', `/attachments/${kept.id}`);
  assert.equal(sam.status, 200);
  assert.equal(await sam.text(), 'a child’s drawing');
  const after = (
    await srv.pool.query("SELECT count(*)::int AS n FROM audit WHERE action = 'read-confidential' AND record_id = $1", [kept.id])
  ).rows[0].n;
  assert.equal(after, before + 1, 'the read of a confidential file is audited');
});

test('files: a file over the size limit is refused whole, with a plain-English message', async () => {
  const big = Buffer.alloc(50 * 1024 * 1024 + 1, 1);
  const r = await file('sam', 'POST', '/case/docs/attachments', big, { 'Content-Type': 'video/webm' });
  assert.equal(r.status, 413);
  assert.match((await r.json()).message, /larger than the 50 MB this server accepts/);
  const n = (await srv.pool.query("SELECT count(*)::int AS n FROM attachments WHERE media_type = 'video/webm'")).rows[0].n;
  assert.equal(n, 0, 'nothing of it is stored');
});
