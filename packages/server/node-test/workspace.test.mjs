// The two-browser test of issue 19 through the reference workspace itself (packages/workspace in server mode, as
// `npm run server` serves it at :8788): Sam and Jo in two browser contexts on the same case. Sam's connection drops;
// Sam edits a danger statement of the safety plan in the editor and reloads (the edit is still there, and the page
// says it waits on this device); Jo edits the same statement online; Sam's connection returns: the conflict is shown
// on Sam's page naming Jo, Sam's version is kept on the device, Jo's is on the server. Nothing is lost.
// Screenshots in node-test/dist/workspace-*.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveDemo } from '../scripts/demo-server.mjs';
import { api, freshDatabase, serverDir, startApp, support, waitFor, launchChromium, newPage } from './support/helpers.mjs';

let srv, demo, browser;
const CASE = support.sampleCase.case.id;
const PLAN = support.sampleCase.safetyPlans.find((p) => p.status !== 'closed');
const STATEMENT = PLAN.dangerStatements[0];
const SAM_TEXT = 'Sam (offline, at the home visit): the children say the arguments have started again at night.';
const JO_TEXT = 'Jo: the school is worried that Tyler is missing lessons again.';

before(async () => {
  demo = await serveDemo(0, '');
  srv = await startApp(await freshDatabase('workspace'), { corsOrigins: [demo.url] });
  assert.equal((await api(srv.url, 'alex', 'PUT', `/case/${CASE}`, support.sampleCase)).status, 201);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  demo?.close();
  await srv?.close();
});

const address = (user, hash) =>
  `${demo.url}/workspace.html?server=${encodeURIComponent(`${srv.url}/api/v1`)}&user=${user}&today=2025-10-06${hash}`;

/** Waits until the workspace shows the plan with the statement (from the server, or this device's copy). */
const planReady = (page) =>
  page.waitForFunction(
    (id) => document.querySelector('cw-safety-plan')?.shadowRoot?.querySelector(`li.statement[data-id="${id}"]`),
    { timeout: 60000 },
    STATEMENT.id,
  );

async function open(user) {
  const { page, errors } = await newPage(browser, address(user, '#/case/plan'), { width: 1280, height: 900 });
  await planReady(page);
  return { page, errors };
}

/** The statement's words in the case as this page holds it. */
const statementOn = (page) =>
  page.evaluate(
    (planId, id) =>
      document
        .querySelector('cw-case#case')
        .value.safetyPlans.find((p) => p.id === planId)
        .dangerStatements.find((s) => s.id === id).text,
    PLAN.id,
    STATEMENT.id,
  );

/** Edits the statement as a user does: "Edit", new words in the text box (one input), then focus leaves the plan. */
async function editInEditor(page, text) {
  await page.evaluate(
    async (id, text) => {
      const root = document.querySelector('cw-safety-plan').shadowRoot;
      root.querySelector(`li.statement[data-id="${id}"] button[data-action="edit"]`).click();
      await document.querySelector('cw-safety-plan').updateComplete;
      const box = root.getElementById(`${id}-text`);
      box.focus();
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    STATEMENT.id,
    text,
  );
  // Focus leaving the plan saves at once (as it would when the user moves on).
  await page.evaluate(() => document.querySelector('.ws-sections a')?.focus());
}

const pendingText = (page) => page.$eval('.ws-pending', (e) => e.textContent.trim());

/** Every piece of text on the page, through the components' shadow roots. */
const pageText = (page) =>
  page.evaluate(() => {
    const parts = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      parts.push(root.textContent ?? '');
    };
    walk(document);
    return parts.join(' ').replace(/\s+/g, ' ');
  });

test('through the workspace: Sam offline, reloaded, back online; Jo editing the same danger statement: the conflict names Jo and nothing is lost', async () => {
  const sam = await open('sam');
  const jo = await open('jo');
  assert.match(await pendingText(sam.page), /Everything is saved on the server/);
  assert.match(await sam.page.$eval('.ws-session', (e) => e.textContent), /Sam Patel/);

  let offline = true;
  await sam.page.setRequestInterception(true);
  sam.page.on('request', (req) => (offline && req.url().startsWith(srv.url) ? req.abort('internetdisconnected') : req.continue()));

  await editInEditor(sam.page, SAM_TEXT);
  await waitFor(
    async () => /1 change is kept on this device/.test(await pendingText(sam.page)),
    15000,
    "Sam's change waiting on the device",
  );
  // The page's case shows Sam's words (under load a moment after the count of kept changes does).
  await waitFor(async () => (await statementOn(sam.page)) === SAM_TEXT, 10000, "Sam's words on his page while offline");

  await sam.page.reload();
  await planReady(sam.page);
  assert.equal(await statementOn(sam.page), SAM_TEXT, 'the offline edit survived the reload');
  assert.match(await pageText(sam.page), new RegExp(SAM_TEXT.slice(0, 40).replace(/[()]/g, '\\$&')), 'and is shown in the plan');
  await waitFor(async () => /1 change is kept on this device/.test(await pendingText(sam.page)), 15000, 'still waiting after the reload');
  await sam.page.screenshot({ path: `${serverDir}node-test/dist/workspace-offline.png` });

  await editInEditor(jo.page, JO_TEXT);
  await waitFor(
    async () =>
      (await api(srv.url, 'alex', 'GET', `/case/${CASE}`)).json.safetyPlans.find((p) => p.id === PLAN.id).dangerStatements[0].text ===
      JO_TEXT,
    15000,
    "Jo's edit on the server",
  );
  await waitFor(async () => /Everything is saved on the server/.test(await pendingText(jo.page)), 15000, "Jo's page: saved");

  offline = false;
  // The store tries again every few seconds; the browser's "online" event does the same at once.
  await sam.page.evaluate(() => window.dispatchEvent(new Event('online')));
  const text = await waitFor(
    async () => {
      const t = await pageText(sam.page);
      return /Jo Evans changed it first/.test(t) && t;
    },
    30000,
    "the conflict on Sam's page",
  );
  assert.match(text, /Your version is kept/);
  await sam.page.screenshot({ path: `${serverDir}node-test/dist/workspace-conflict.png` });

  const keptTexts = await sam.page.evaluate(async () => {
    const store = document.querySelector('cw-case#case').store;
    return (await store.conflicts()).map((c) => c.change.after.dangerStatements[0].text);
  });
  assert.equal(keptTexts.at(-1), SAM_TEXT, "Sam's version is kept on the device");
  const stored = await api(srv.url, 'alex', 'GET', `/case/${CASE}`);
  assert.equal(stored.json.safetyPlans.find((p) => p.id === PLAN.id).dangerStatements[0].text, JO_TEXT, "Jo's edit was not overwritten");
  await waitFor(async () => (await statementOn(sam.page)) === JO_TEXT, 10000, "Sam's page showing the server's version");
  await waitFor(async () => /Everything is saved on the server/.test(await pendingText(sam.page)), 10000, 'nothing left waiting');

  // Sam compares the two versions in core's conflict interface and keeps his: both changed the statement, so it asks.
  const kept = (js) =>
    sam.page.evaluate(`(async () => { const k = document.querySelector('ws-kept-changes'); const r = k.shadowRoot; ${js} })()`);
  await waitFor(() => kept(`return !!r.querySelector('[data-review]')`), 10000, 'the kept change listed');
  assert.match(await kept(`return r.textContent`), /A change you made offline was not applied/);
  await kept(`r.querySelector('[data-review]').click(); await k.updateComplete;`);
  const panel = await kept(`return r.querySelector('.cw-conflict').textContent.replace(/\\s+/g, ' ')`);
  assert.ok(panel.includes(SAM_TEXT) && panel.includes(JO_TEXT), `both versions side by side: ${panel}`);
  assert.ok(!panel.includes(PLAN.dangerStatements[1].text), 'only the statement that differs');
  await sam.page.screenshot({ path: `${serverDir}node-test/dist/workspace-compare.png` });
  await kept(`r.querySelector('[data-choice="mine"]').click(); await k.updateComplete;`);
  await kept(`r.querySelector('.cw-conflict-question input[value="mine"]').click(); await k.updateComplete;`);
  await kept(`r.querySelector('[data-choice="save"]').click();`);
  await waitFor(
    async () =>
      (await api(srv.url, 'alex', 'GET', `/case/${CASE}`)).json.safetyPlans.find((p) => p.id === PLAN.id).dangerStatements[0].text ===
      SAM_TEXT,
    15000,
    "Sam's chosen version on the server",
  );
  await waitFor(
    () => kept(`return !r.querySelector('[data-review]') && (await k.store.conflicts()).length === 0`),
    10000,
    'nothing kept any more',
  );
  // Jo's page hears it, by name.
  await waitFor(async () => /Sam Patel/.test(await jo.page.$eval('.ws-news', (e) => e.textContent)), 15000, "Jo's page naming Sam");
  await waitFor(async () => (await statementOn(jo.page)) === SAM_TEXT, 15000, "Jo's page showing Sam's version");
  assert.deepEqual([...sam.errors, ...jo.errors], []);
});
