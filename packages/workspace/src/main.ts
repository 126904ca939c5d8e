// The reference case workspace: every component assembled into a small case system, data kept in IndexedDB
// (`npm start`), or on the development server with `?server=<API root>&user=<demo user>` (server-mode.ts).
// This file runs the page chrome (language, navigation, reset) and hands the pages to <ws-app>.
import '@opencasework/core/define';
import { IdbCaseStore, MemoryCaseStore, normaliseLocale, type CaseStore } from '@opencasework/core';
import { sampleCase, sampleBoard } from '@opencasework/core/sample';
import { loadAnalysis, loadFamilyWords, loadParts } from './components.js';
import { workspaceMessages, type WorkspaceKey } from './messages/index.js';
import { ACTOR, CASE, parseRoute } from './workspace-app.js';
import { openServerStore, serverModeOf } from './server-mode.js';
import './workspace-app.js';

const server = serverModeOf(location.search);
const BOARD = { kind: 'board' as const, id: server ? server.board : sampleBoard.id };
const LANG_KEY = 'opencasework-workspace-lang';

/** The language chosen last time, if the workspace speaks it; English otherwise. */
const stored = normaliseLocale(localStorage.getItem(LANG_KEY));
let lang = workspaceMessages.has(stored) ? stored : 'en';
const app = document.createElement('ws-app');
app.boardId = BOARD.id;
// "?today=YYYY-MM-DD" shows the case as at that day (reproducible screenshots and reviews of the sample case).
const asAt = new URLSearchParams(location.search).get('today');
if (asAt && /^\d{4}-\d{2}-\d{2}$/.test(asAt)) app.today = asAt;
document.getElementById('app')!.append(app);
const t = (k: WorkspaceKey, p: Record<string, string | number> = {}) => workspaceMessages.t(lang, k, p);

async function openStore(): Promise<CaseStore> {
  if (server) {
    app.actor = server.name;
    app.session = { user: server.name, pending: 0, news: '' };
    return openServerStore(server, CASE, lang, {
      onPending: (ref, count) => {
        if (ref.kind === 'case') app.session = { ...app.session!, pending: count };
      },
      onNews: (news) => {
        app.session = { ...app.session!, news };
      },
    });
  }
  try {
    const store = new IdbCaseStore({ dbName: 'opencasework-workspace' });
    if (!(await store.load(CASE))) {
      app.announce(t('loading'));
      await store.replace(CASE, sampleCase, ACTOR);
    }
    if (!(await store.load(BOARD))) await store.replace(BOARD, sampleBoard, ACTOR);
    return store;
  } catch (err) {
    const store = new MemoryCaseStore();
    await store.replace(CASE, sampleCase, ACTOR);
    await store.replace(BOARD, sampleBoard, ACTOR);
    app.notice = t('storageError', { reason: err instanceof Error ? err.message : String(err) });
    app.announce(app.notice);
    return store;
  }
}

async function resetSample(): Promise<void> {
  if (!app.store || !confirm(t('resetConfirm'))) return;
  await app.store.replace(CASE, sampleCase, ACTOR);
  await app.store.replace(BOARD, sampleBoard, ACTOR);
  app.announce(t('resetDone'));
}

const route = () => parseRoute(location.hash).route;

/** The page around the parts: its language, the words in index.html and the current page in the navigation. */
function renderChrome(): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as WorkspaceKey);
  });
  document
    .querySelectorAll<HTMLElement>('[data-i18n-label]')
    .forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel as WorkspaceKey)));
  const sw = document.getElementById('lang-switch')!;
  sw.textContent = t('langSwitch');
  sw.setAttribute('lang', lang === 'cy' ? 'en' : 'cy');
  document.querySelectorAll<HTMLAnchorElement>('[data-route]').forEach((a) => {
    if (a.dataset.route === route()) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const where = parseRoute(location.hash);
  app.route = where.route;
  app.section = where.section;
}

async function setLanguage(next: string): Promise<void> {
  await workspaceMessages.load(next);
  lang = next;
  localStorage.setItem(LANG_KEY, lang);
  renderChrome();
}

async function start(): Promise<void> {
  document.getElementById('lang-switch')!.addEventListener('click', () => void setLanguage(lang === 'cy' ? 'en' : 'cy'));
  const reset = document.getElementById('reset')!;
  // On the server the case is everyone's: no "reset" for one user, and the footer says where the data is.
  if (server) {
    reset.hidden = true;
    document.querySelector('.ws-footer [data-i18n]')?.setAttribute('data-i18n', 'footerServer');
  } else reset.addEventListener('click', () => void resetSample());
  window.addEventListener('hashchange', () => {
    renderChrome();
    document.getElementById('main')?.focus();
  });
  await workspaceMessages.load(lang);
  renderChrome();
  const [available, store, analysis, family] = await Promise.all([loadParts(), openStore(), loadAnalysis(), loadFamilyWords()]);
  app.available = available;
  app.analysis = analysis;
  app.family = family;
  app.store = store;
}

void start();
