// The two-browser test of issue 19 with the real components: <cw-case> + <cw-chronology> on HttpCaseStore (the
// demo pane of `npm run server`), two users in two browser contexts. Sam's connection drops; Sam edits an entry and
// reloads (the edit is still there); Jo edits the same entry; Sam's connection returns: the conflict is shown on
// Sam's page, Sam's version is kept on the device, Jo's is on the server. Nothing is lost. Screenshot in
// node-test/dist/demo-conflict.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveDemo } from '../scripts/demo-server.mjs';
import { api, freshDatabase, serverDir, startApp, support, waitFor, launchChromium, newPage } from './support/helpers.mjs';

let srv, demo, browser;
const CASE = support.sampleCase.case.id;
const entry = support.sampleCase.chronology.find((e) => !e.confidentiality && e.significance === 'significant');

before(async () => {
  demo = await serveDemo(0, '');
  srv = await startApp(await freshDatabase('demo'), { corsOrigins: [demo.url] });
  assert.equal((await api(srv.url, 'alex', 'PUT', `/case/${CASE}`, support.sampleCase)).status, 201);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  demo?.close();
  await srv?.close();
});

async function pane(user) {
  const url = `${demo.url}/pane.html?user=${user}&api=${encodeURIComponent(`${srv.url}/api/v1`)}`;
  const { page, errors } = await newPage(browser, url, { width: 1280, height: 900 });
  await ready(page);
  return { page, errors };
}
const ready = (page) =>
  page.waitForFunction(
    (id) => document.querySelector('cw-case')?.value?.chronology?.some((e) => e.id === id),
    { timeout: 30000 },
    entry.id,
  );
const titleOn = (page) =>
  page.evaluate((id) => document.querySelector('cw-case').value.chronology.find((e) => e.id === id).title, entry.id);
const edit = (page, title, actor) =>
  page.evaluate(
    async (id, title, actor) => {
      const el = document.querySelector('cw-case');
      const before = el.value.chronology.find((e) => e.id === id);
      const r = await el.requestChange({
        entity: 'ChronologyEntry',
        id,
        op: 'update',
        before,
        after: { ...before, title },
        actor,
        at: new Date().toISOString(),
      });
      return { ok: r.ok, reason: r.reason };
    },
    entry.id,
    title,
    actor,
  );
const caseText = (page) => page.evaluate(() => document.querySelector('cw-case').shadowRoot.textContent.replace(/\s+/g, ' '));

test('one user offline, reloaded, back online; the other editing the same entry: the conflict is shown and nothing is lost', async () => {
  const sam = await pane('sam');
  const jo = await pane('jo');
  let offline = true;
  await sam.page.setRequestInterception(true);
  sam.page.on('request', (req) => (offline && req.url().startsWith(srv.url) ? req.abort('internetdisconnected') : req.continue()));

  assert.equal((await edit(sam.page, 'Sam: school confirmed the pattern (offline)', 'Sam Patel')).ok, true, 'kept on the device');
  await waitFor(async () => /1 change\(s\) waiting/.test(await sam.page.$eval('#pending', (e) => e.textContent)), 5000, 'pending shown');
  await sam.page.reload();
  await ready(sam.page);
  assert.equal(await titleOn(sam.page), 'Sam: school confirmed the pattern (offline)', 'the offline edit survived the reload');

  assert.equal((await edit(jo.page, 'Jo: school says attendance improved', 'Jo Evans')).ok, true);

  offline = false;
  const text = await waitFor(
    async () => {
      const t = await caseText(sam.page);
      return /Jo Evans changed it first/.test(t) && t;
    },
    30000,
    "the conflict on Sam's page",
  );
  assert.match(text, /Your version is kept/);
  await sam.page.screenshot({ path: `${serverDir}node-test/dist/demo-conflict.png` });
  const kept = await sam.page.evaluate(async () =>
    (await document.querySelector('cw-case').store.conflicts()).map((c) => c.change.after.title),
  );
  assert.deepEqual(kept, ['Sam: school confirmed the pattern (offline)'], "Sam's version is kept on the device");
  const stored = await api(srv.url, 'alex', 'GET', `/case/${CASE}`);
  assert.equal(
    stored.json.chronology.find((e) => e.id === entry.id).title,
    'Jo: school says attendance improved',
    "Jo's edit was not overwritten",
  );
  assert.equal(await titleOn(sam.page), 'Jo: school says attendance improved', "Sam's page now shows the server's version");
  assert.match(await jo.page.$eval('#news', (e) => e.textContent), /^$|changed/);
  assert.deepEqual([...sam.errors, ...jo.errors], []);
});
