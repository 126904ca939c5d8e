/* global harness */
// HttpCaseStore's durable outbox in a real browser (Chromium through puppeteer-core) against the real server:
// Sam's connection to the server drops, Sam edits two entries, reloads the page (the edits survive: IndexedDB),
// meanwhile Jo edits one of the same entries; the connection returns, the other edit is sent, the conflicting one
// is reported and kept (nothing lost), and Jo's page hears Sam's edit announced with Sam's name.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { api, entryChange, freshDatabase, serverDir, startApp, support, waitFor, launchChromium, newPage } from './support/helpers.mjs';

let srv, web, browser, pageUrl;
const standard = support.sampleCase.chronology.filter((e) => !e.confidentiality || e.confidentiality === 'standard');
const [E1, E2] = [standard[10], standard[11]];

before(async () => {
  const out = await build({
    entryPoints: [`${serverDir}node-test/support/outbox-page.mjs`],
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['opencasework:source'],
    absWorkingDir: serverDir,
    logLevel: 'warning',
  });
  const js = out.outputFiles[0].text;
  web = createServer((req, res) => {
    if (req.url.startsWith('/page.js')) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
    else
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(
          '<!doctype html><html lang="en"><title>outbox</title><p id="state">loading</p><p>Pending: <span id="pending">0</span></p><div id="log"></div><script type="module" src="/page.js"></script>',
        );
  });
  await new Promise((r) => web.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${web.address().port}`;
  srv = await startApp(await freshDatabase('outbox'), { corsOrigins: [origin] });
  assert.equal((await api(srv.url, 'sam', 'PUT', '/case/evans', support.sampleCase)).status, 201);
  pageUrl = (user) => `${origin}/?user=${user}&api=${encodeURIComponent(`${srv.url}/api/v1`)}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  web?.close();
  await srv?.close();
});

async function open(user) {
  const { page, errors } = await newPage(browser, pageUrl(user));
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready', { timeout: 20000 });
  return { page, errors };
}

test('offline edits survive a reload, are sent when the server is back, and a conflicting one is shown and kept', async () => {
  const sam = await open('sam');
  const jo = await open('jo');
  // Sam's connection to the server drops (the page itself stays loadable, as from a cache).
  let offline = true;
  await sam.page.setRequestInterception(true);
  sam.page.on('request', (req) => (offline && req.url().startsWith(srv.url) ? req.abort('internetdisconnected') : req.continue()));

  const r1 = await sam.page.evaluate((id) => harness.edit(id, 'Sam (offline): mother said the visit can go ahead.'), E1.id);
  const r2 = await sam.page.evaluate((id) => harness.edit(id, 'Sam (offline): school confirmed attendance.'), E2.id);
  assert.deepEqual([r1.ok, r2.ok], [true, true], 'kept on the device, shown as saved there');
  assert.equal(await sam.page.evaluate(() => harness.pending()), 2);

  await sam.page.reload();
  await sam.page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready', { timeout: 20000 });
  assert.equal(await sam.page.evaluate(() => harness.pending()), 2, 'the outbox survived the reload');
  assert.equal((await sam.page.evaluate((id) => harness.entry(id), E1.id)).summary, 'Sam (offline): mother said the visit can go ahead.');

  // Meanwhile Jo, online, changes the same entry E1.
  const j = await jo.page.evaluate((id) => harness.edit(id, 'Jo: visit cancelled by the family.'), E1.id);
  assert.equal(j.ok, true);

  offline = false;
  await waitFor(async () => (await sam.page.evaluate(() => harness.pending())) === 0, 20000, 'outbox sent');
  const stored = await api(srv.url, 'alex', 'GET', '/case/evans');
  const byId = (id) => stored.json.chronology.find((e) => e.id === id);
  assert.equal(byId(E2.id).summary, 'Sam (offline): school confirmed attendance.', 'the non-conflicting edit arrived');
  assert.equal(byId(E1.id).summary, 'Jo: visit cancelled by the family.', "Jo's edit was not overwritten");
  const conflicts = await sam.page.evaluate(() => harness.conflicts());
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0].mine.summary, 'Sam (offline): mother said the visit can go ahead.', "Sam's version is kept");
  assert.equal(conflicts[0].current.summary, 'Jo: visit cancelled by the family.');
  const log = await waitFor(async () => {
    const l = await sam.page.evaluate(() => harness.log());
    return l.some((x) => x.startsWith('error:')) && l;
  });
  assert.ok(
    log.some((x) => /Jo Evans changed it first/.test(x)),
    log.join('\n'),
  );
  // Jo's page heard Sam's edit, with Sam's name.
  await waitFor(
    async () => (await jo.page.evaluate(() => harness.log())).includes('Sam Patel changed this chronology entry'),
    10000,
    'announcement',
  );
  assert.equal((await jo.page.evaluate((id) => harness.entry(id), E2.id)).summary, 'Sam (offline): school confirmed attendance.');
  // Each edit reached the server once.
  const n = await srv.pool.query("SELECT count(*)::int AS n FROM changes WHERE record_id = $1 AND op = 'update'", [E2.id]);
  assert.equal(n.rows[0].n, 1);
  assert.deepEqual([...sam.errors, ...jo.errors], []);
});

test('an edit that meets a newer record while online comes back as a conflict with the current record', async () => {
  const sam = await open('sam');
  const e = standard[12];
  await api(srv.url, 'jo', 'POST', '/case/evans/changes', entryChange('Jo', e, { ...e, summary: 'Jo got there first.' }));
  // Sam opened the entry before Jo's change and saves from that copy.
  const r = await sam.page.evaluate((stale) => harness.editFrom(stale, 'Sam, a moment later.'), e);
  assert.equal(r.ok, false);
  assert.equal(r.reason, 'conflict');
  assert.equal(r.current.summary, 'Jo got there first.');
  const stored = await api(srv.url, 'alex', 'GET', '/case/evans');
  assert.equal(stored.json.chronology.find((x) => x.id === e.id).summary, 'Jo got there first.');
  assert.equal(await sam.page.evaluate(() => harness.pending()), 0, 'a refused change does not stay in the outbox');
});
