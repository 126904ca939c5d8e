// The reference case workspace: every component assembled into a small case system, data kept in IndexedDB.
import { html, render, type TemplateResult } from 'lit';
import '@opencasework/core/define';
import {
  IdbCaseStore,
  MemoryCaseStore,
  todayPartialDate,
  formatPartialDate,
  type CaseStore,
  type CwCase,
  type Person,
} from '@opencasework/core';
import { sampleCase, sampleBoard } from '@opencasework/core/sample';
import { loadParts, PARTS } from './components.js';
import { wsMessages, type WsKey } from './messages.js';
import './people-summary.js';

const CASE = { kind: 'case' as const, id: sampleCase.case.id };
const BOARD = { kind: 'board' as const, id: sampleBoard.id };
const ACTOR = 'Sam Worker (sample social worker)';
const LANG_KEY = 'opencasework-workspace-lang';

let store: CaseStore;
let available = new Set<string>();
let lang = localStorage.getItem(LANG_KEY) === 'cy' ? 'cy' : 'en';
const app = document.getElementById('app')!;
const status = document.getElementById('ws-status')!;
const t = (k: WsKey, p: Record<string, string | number> = {}) => wsMessages.t(lang, k, p);

async function openStore(): Promise<void> {
  try {
    store = new IdbCaseStore({ dbName: 'opencasework-workspace' });
    if (!(await store.load(CASE))) {
      status.textContent = t('loading');
      await store.replace(CASE, sampleCase, ACTOR);
      status.textContent = '';
    }
    if (!(await store.load(BOARD))) await store.replace(BOARD, sampleBoard, ACTOR);
  } catch (err) {
    store = new MemoryCaseStore();
    await store.replace(CASE, sampleCase, ACTOR);
    await store.replace(BOARD, sampleBoard, ACTOR);
    status.textContent = t('storageError', { reason: err instanceof Error ? err.message : String(err) });
  }
}

async function resetSample(): Promise<void> {
  if (!confirm(t('resetConfirm'))) return;
  await store.replace(CASE, sampleCase, ACTOR);
  await store.replace(BOARD, sampleBoard, ACTOR);
  status.textContent = t('resetDone');
  renderPage();
}

const part = (tag: string, name: string, content: () => TemplateResult): TemplateResult => {
  if (available.has(tag)) return content();
  const pkg = PARTS.find((p) => p.tag === tag)?.pkg ?? tag;
  return html`<p class="ws-unavailable">${t('unavailable', { name, pkg })}</p>`;
};

const personName = (id: string): string => {
  const p = (sampleCase.people ?? []).find((x: Person) => x.id === id);
  return p ? [p.preferredName ?? p.givenName, p.familyName].filter(Boolean).join(' ') : id;
};

function casePage(): TemplateResult {
  return html`
    <h1>${t('caseHeading', { title: sampleCase.case.title ?? sampleCase.case.id })}</h1>
    <p class="ws-lede">${t('caseLede')}</p>
    <cw-case id="case" case-id=${CASE.id} .store=${store} actor=${ACTOR}
      @cw-select=${(e: HTMLElementEventMap['cw-select']) => showSelection(e.detail.selection)}>
      <div id="selection" class="ws-selection" hidden></div>
      <div class="ws-grid">
        <section class="ws-panel" aria-labelledby="h-people"><h2 id="h-people">${t('people')}</h2><ws-people-summary></ws-people-summary></section>
        <section class="ws-panel wide" aria-labelledby="h-genogram"><h2 id="h-genogram">${t('genogram')}</h2>
          ${part('cw-genogram', t('genogram'), () => html`<cw-genogram editable></cw-genogram>`)}</section>
        <section class="ws-panel wide" aria-labelledby="h-chronology"><h2 id="h-chronology">${t('chronology')}</h2>
          ${part('cw-chronology', t('chronology'), () => html`<cw-chronology editable></cw-chronology>`)}</section>
        <section class="ws-panel wide" aria-labelledby="h-network"><h2 id="h-network">${t('network')}</h2>
          ${part('cw-family-network', t('network'), () => html`<cw-family-network editable></cw-family-network>`)}</section>
        <section class="ws-panel wide" aria-labelledby="h-plan"><h2 id="h-plan">${t('plan')}</h2>
          ${part('cw-safety-plan', t('plan'), () => html`<cw-safety-plan editable></cw-safety-plan>`)}</section>
      </div>
    </cw-case>`;
}

function showSelection(sel: { kind: string; id: string } | null): void {
  const box = document.getElementById('selection');
  if (!box) return;
  box.hidden = !sel || sel.kind !== 'person';
  if (!sel || sel.kind !== 'person') return;
  render(
    html`<p>${t('selected', { name: personName(sel.id) })}
    <button type="button" class="ws-button secondary" @click=${() => {
      (document.getElementById('case') as CwCase).selection = null;
    }}>${t('clear')}</button></p>`,
    box,
  );
}

function teamPage(): TemplateResult {
  return html`
    <h1>${t('teamHeading')}</h1>
    <p class="ws-lede">${t('teamLede')}</p>
    ${part(
      'cw-blockage-board',
      t('board'),
      () => html`<cw-blockage-board .store=${store} board-id=${BOARD.id} editable actor=${ACTOR}
      .knownNames=${(sampleCase.people ?? []).flatMap((p: Person) => [p.givenName, p.familyName].filter((x): x is string => !!x))}></cw-blockage-board>`,
    )}`;
}

function printPage(): TemplateResult {
  const date = formatPartialDate(todayPartialDate(), lang === 'cy' ? 'cy' : 'en', { style: 'long' });
  return html`
    <h1>${t('printHeading')}: ${sampleCase.case.title ?? ''}</h1>
    <p class="ws-lede">${t('printLede')} ${t('printed', { date })}</p>
    <p class="ws-noprint"><button type="button" class="ws-button" @click=${() => window.print()}>${t('printButton')}</button></p>
    <cw-case case-id=${CASE.id} .store=${store} actor=${ACTOR}>
      <section class="ws-print-section"><h2>${t('chronology')}</h2>${part('cw-chronology', t('chronology'), () => html`<cw-chronology></cw-chronology>`)}</section>
      <section class="ws-print-section"><h2>${t('genogram')}</h2>${part('cw-genogram', t('genogram'), () => html`<cw-genogram></cw-genogram>`)}</section>
      <section class="ws-print-section"><h2>${t('network')}</h2>${part('cw-family-network', t('network'), () => html`<cw-family-network></cw-family-network>`)}</section>
      <section class="ws-print-section"><h2>${t('plan')}</h2>${part('cw-safety-plan', t('plan'), () => html`<cw-safety-plan></cw-safety-plan>`)}</section>
    </cw-case>`;
}

const route = (): 'case' | 'team' | 'print' => {
  const r = location.hash.replace('#/', '');
  return r === 'team' || r === 'print' ? r : 'case';
};

function renderChrome(): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as WsKey);
  });
  document
    .querySelectorAll<HTMLElement>('[data-i18n-label]')
    .forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel as WsKey)));
  const sw = document.getElementById('lang-switch')!;
  sw.textContent = lang === 'cy' ? 'English' : 'Cymraeg';
  sw.setAttribute('lang', lang === 'cy' ? 'en' : 'cy');
  document.querySelectorAll<HTMLAnchorElement>('[data-route]').forEach((a) => {
    if (a.dataset.route === route()) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

function renderPage(): void {
  renderChrome();
  const r = route();
  render(r === 'team' ? teamPage() : r === 'print' ? printPage() : casePage(), app);
}

async function start(): Promise<void> {
  document.getElementById('lang-switch')!.addEventListener('click', () => {
    lang = lang === 'cy' ? 'en' : 'cy';
    localStorage.setItem(LANG_KEY, lang);
    renderPage();
  });
  document.getElementById('reset')!.addEventListener('click', () => void resetSample());
  window.addEventListener('hashchange', () => {
    renderPage();
    document.getElementById('main')?.focus();
  });
  renderChrome();
  [available] = await Promise.all([loadParts(), openStore()]);
  renderPage();
}

void start();
