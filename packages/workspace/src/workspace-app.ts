import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  Announcer,
  defineElement,
  LocalizeController,
  PrintController,
  today,
  type CaseStore,
  type CwCase,
  type Person,
} from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import { PARTS } from './components.js';
import { workspaceMessages } from './messages/index.js';

export type Route = 'case' | 'team' | 'print';
export const CASE = { kind: 'case' as const, id: sampleCase.case.id };
export const ACTOR = 'Sam Worker (sample social worker)';

const personName = (id: string): string => {
  const p = (sampleCase.people ?? []).find((x: Person) => x.id === id);
  return p ? [p.preferredName ?? p.givenName, p.familyName].filter(Boolean).join(' ') : id;
};

/**
 * The workspace's pages (case, team board, case file to print), rendered into the page itself (no shadow root, so
 * the page's stylesheet and ids apply). Its words come from the nearest `lang`; announcements go through one
 * Announcer; the case file prints through a PrintController.
 * @tag ws-app
 */
export class WsApp extends LitElement {
  /** The page shown. */
  @property() route: Route = 'case';
  /** Where the case and the board are kept. */
  @property({ attribute: false }) store?: CaseStore;
  /** The tags of the parts that loaded (a missing part shows a plain panel). */
  @property({ attribute: false }) available = new Set<string>();
  /** The board's id in the store. */
  @property({ attribute: 'board-id' }) boardId = '';
  /** A notice shown on the page (and announced), e.g. that storage could not be used. */
  @property() notice = '';
  /** The person selected anywhere in the case page. */
  @property({ attribute: false }) selection: { kind: string; id: string } | null = null;

  private readonly i18n = new LocalizeController(this, workspaceMessages);
  private readonly announcer = new Announcer(this);
  private readonly printer = new PrintController(this);

  /** Light DOM: the workspace is the page, styled by workspace.css. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Says something to screen-reader users (and nothing on screen). */
  announce(text: string): void {
    this.announcer.polite(text);
  }

  private readonly onSelect = (e: HTMLElementEventMap['cw-select']): void => {
    this.selection = e.detail.selection;
  };

  private readonly clearSelection = (): void => {
    this.selection = null;
    const c = this.querySelector<CwCase>('cw-case#case');
    if (c) c.selection = null;
  };

  private readonly onPrint = (): void => void this.printer.print();

  private partOr(tag: string, name: string, content: () => TemplateResult): TemplateResult {
    if (this.available.has(tag)) return content();
    const pkg = PARTS.find((p) => p.tag === tag)?.pkg ?? tag;
    return html`<p class="ws-unavailable">${this.i18n.t('unavailable', { name, pkg })}</p>`;
  }

  private casePage(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const sel = this.selection?.kind === 'person' ? this.selection : null;
    return html`
      <h1>${t('caseHeading', { title: sampleCase.case.title ?? sampleCase.case.id })}</h1>
      <p class="ws-lede">${t('caseLede')}</p>
      <cw-case id="case" case-id=${CASE.id} .store=${this.store} actor=${ACTOR} @cw-select=${this.onSelect}>
        <div id="selection" class="ws-selection" ?hidden=${!sel}>
          ${
            sel
              ? html`<p>
                ${t('selected', { name: personName(sel.id) })}
                <button type="button" class="ws-button secondary" @click=${this.clearSelection}>${t('clear')}</button>
              </p>`
              : ''
          }
        </div>
        <div class="ws-grid">
          <section class="ws-panel" aria-labelledby="h-people">
            <h2 id="h-people">${t('people')}</h2>
            <ws-people-summary></ws-people-summary>
          </section>
          <section class="ws-panel wide" aria-labelledby="h-genogram">
            <h2 id="h-genogram">${t('genogram')}</h2>
            ${this.partOr('cw-genogram', t('genogram'), () => html`<cw-genogram editable></cw-genogram>`)}
          </section>
          <section class="ws-panel wide" aria-labelledby="h-chronology">
            <h2 id="h-chronology">${t('chronology')}</h2>
            ${this.partOr('cw-chronology', t('chronology'), () => html`<cw-chronology editable></cw-chronology>`)}
          </section>
          <section class="ws-panel wide" aria-labelledby="h-network">
            <h2 id="h-network">${t('network')}</h2>
            ${this.partOr('cw-family-network', t('network'), () => html`<cw-family-network editable></cw-family-network>`)}
          </section>
          <section class="ws-panel wide" aria-labelledby="h-plan">
            <h2 id="h-plan">${t('plan')}</h2>
            ${this.partOr('cw-safety-plan', t('plan'), () => html`<cw-safety-plan editable></cw-safety-plan>`)}
          </section>
        </div>
      </cw-case>`;
  }

  private teamPage(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const knownNames = (sampleCase.people ?? []).flatMap((p: Person) => [p.givenName, p.familyName].filter((x): x is string => !!x));
    return html`
      <h1>${t('teamHeading')}</h1>
      <p class="ws-lede">${t('teamLede')}</p>
      ${this.partOr(
        'cw-blockage-board',
        t('board'),
        () =>
          html`<cw-blockage-board .store=${this.store} board-id=${this.boardId} editable actor=${ACTOR} .knownNames=${knownNames}></cw-blockage-board>`,
      )}`;
  }

  private printPage(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const date = this.i18n.date(today(), { style: 'long' });
    const section = (tag: string, name: string, content: () => TemplateResult) =>
      html`<section class="ws-print-section"><h2>${name}</h2>${this.partOr(tag, name, content)}</section>`;
    return html`
      <h1>${t('printHeading')}: ${sampleCase.case.title ?? ''}</h1>
      <p class="ws-lede">${t('printLede')} ${t('printed', { date })}</p>
      <p class="ws-noprint"><button type="button" class="ws-button" @click=${this.onPrint}>${t('printButton')}</button></p>
      <cw-case case-id=${CASE.id} .store=${this.store} actor=${ACTOR}>
        ${section('cw-chronology', t('chronology'), () => html`<cw-chronology></cw-chronology>`)}
        ${section('cw-genogram', t('genogram'), () => html`<cw-genogram></cw-genogram>`)}
        ${section('cw-family-network', t('network'), () => html`<cw-family-network></cw-family-network>`)}
        ${section('cw-safety-plan', t('plan'), () => html`<cw-safety-plan></cw-safety-plan>`)}
      </cw-case>`;
  }

  protected override render(): TemplateResult {
    const page = this.route === 'team' ? this.teamPage() : this.route === 'print' ? this.printPage() : this.casePage();
    return html`${this.announcer.regions()}${this.notice ? html`<p class="ws-status">${this.notice}</p>` : ''}${this.store ? page : ''}`;
  }
}
defineElement('ws-app', WsApp);

declare global {
  interface HTMLElementTagNameMap {
    'ws-app': WsApp;
  }
}
