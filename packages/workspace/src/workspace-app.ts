import { html, LitElement, nothing, type TemplateResult } from 'lit';
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
import { PARTS, type FamilyWords } from './components.js';
import { workspaceMessages, type WorkspaceKey } from './messages/index.js';
import type { SummaryAnalysis } from './case-summary.js';
import './case-summary-element.js';
import './kept-changes.js';
import './people-summary.js';

export type Route = 'case' | 'team' | 'print';
/** The parts of the case page, each at its own address (`#/case/<section>`; the summary is `#/case`). */
export const SECTIONS = ['summary', 'chronology', 'family', 'network', 'plan', 'people', 'documents', 'record'] as const;
export type Section = (typeof SECTIONS)[number];

/** The page and case section an address means (`#/team`, `#/case/plan`...); anything else is the case summary. */
export function parseRoute(hash: string): { route: Route; section: Section } {
  const [page, sub] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'team' || page === 'print') return { route: page, section: 'summary' };
  const section = (SECTIONS as readonly string[]).includes(sub ?? '') ? (sub as Section) : 'summary';
  return { route: 'case', section };
}

/** The address of a case section. */
export const sectionHref = (s: Section): string => (s === 'summary' ? '#/case' : `#/case/${s}`);

const SECTION_LABEL: Record<Section, WorkspaceKey> = {
  summary: 'tabSummary',
  chronology: 'chronology',
  family: 'genogram',
  network: 'network',
  plan: 'plan',
  people: 'tabPeople',
  documents: 'tabDocuments',
  record: 'tabRecord',
};
export const CASE = { kind: 'case' as const, id: sampleCase.case.id };
export const ACTOR = 'Sam Worker (sample social worker)';

const personName = (id: string): string => {
  const p = (sampleCase.people ?? []).find((x: Person) => x.id === id);
  return p ? [p.preferredName ?? p.givenName, p.familyName].filter(Boolean).join(' ') : id;
};

/** What the workspace asks of the chronology it loads (the part is loaded on demand, not imported). */
type ChronologyPart = HTMLElement & { updateComplete: Promise<unknown>; revealEntry(id: string): Promise<void> };

/**
 * The workspace's pages (case, team board, case file to print), rendered into the page itself (no shadow root, so
 * the page's stylesheet and ids apply). Its words come from the nearest `lang`; announcements go through one
 * Announcer; the case file prints through a PrintController.
 * @tag ws-app
 */
export class WsApp extends LitElement {
  /** The page shown. */
  @property() route: Route = 'case';
  /** The part of the case page shown. */
  @property() section: Section = 'summary';
  /** The chronology's and safety plan's analysis for the summary (null until loaded, or when not built). */
  @property({ attribute: false }) analysis: SummaryAnalysis | null = null;
  /** The genogram's kinship and words, for the people list's roles (null until loaded, or when not built). */
  @property({ attribute: false }) family: FamilyWords | null = null;
  /** "Today" for the summary (YYYY-MM-DD); empty: the real today. */
  @property() today = '';
  /** Where the case and the board are kept. */
  @property({ attribute: false }) store?: CaseStore;
  /** The tags of the parts that loaded (a missing part shows a plain panel). */
  @property({ attribute: false }) available = new Set<string>();
  /** The board's id in the store. */
  @property({ attribute: 'board-id' }) boardId = '';
  /** A notice shown on the page (and announced), e.g. that storage could not be used. */
  @property() notice = '';
  /** Who is making changes (recorded on every audit event; on the server, the server records whom it verified). */
  @property() actor = ACTOR;
  /** On the server (`?server=`): who is signed in, how many changes wait on this device, and a colleague's last change. */
  @property({ attribute: false }) session: { user: string; pending: number; news: string } | null = null;
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

  /** An entry to open the chronology at, once it is shown (a document's "Show entry"). */
  private revealing = '';

  private readonly onSelect = (e: HTMLElementEventMap['cw-select']): void => {
    const selection = e.detail.selection;
    this.selection = selection;
    // Only the chronology shows entries: an entry chosen in another part opens it there, focused.
    if (selection?.kind === 'entry' && this.section !== 'chronology' && this.available.has('cw-chronology')) {
      this.revealing = selection.id;
      location.hash = sectionHref('chronology');
    }
  };

  protected override updated(): void {
    const chronology = this.revealing && this.section === 'chronology' ? this.querySelector<ChronologyPart>('cw-chronology') : null;
    if (!chronology) return;
    const id = this.revealing;
    this.revealing = '';
    void chronology.updateComplete.then(() => chronology.revealEntry(id));
  }

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

  /** One link per part of the case: one action reaches any of them, and the address says where you are. */
  private sectionNav(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<nav class="ws-sections" aria-label=${t('caseSections')}>
      <ul>
        ${SECTIONS.map(
          (s) => html`<li><a href=${sectionHref(s)} aria-current=${s === this.section ? 'page' : 'false'}>${t(SECTION_LABEL[s])}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  private sectionBody(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    switch (this.section) {
      case 'chronology':
        return this.partOr(
          'cw-chronology',
          t('chronology'),
          () => html`<cw-chronology editable today=${this.today || nothing}></cw-chronology>`,
        );
      case 'family':
        return this.partOr('cw-genogram', t('genogram'), () => html`<cw-genogram editable today=${this.today || nothing}></cw-genogram>`);
      case 'network':
        return this.partOr(
          'cw-family-network',
          t('network'),
          () => html`<cw-family-network editable today=${this.today || nothing}></cw-family-network>`,
        );
      case 'plan':
        return this.partOr(
          'cw-safety-plan',
          t('plan'),
          () => html`<cw-safety-plan editable today=${this.today || nothing}></cw-safety-plan>`,
        );
      case 'people':
        return html`<ws-people-summary .family=${this.family} today=${this.today}></ws-people-summary>`;
      case 'documents':
        return this.partOr(
          'cw-documents',
          t('tabDocuments'),
          () => html`<cw-documents editable today=${this.today || nothing}></cw-documents>`,
        );
      case 'record':
        // A note saved here is a chronology entry with a document per photo: both appear in their parts at once.
        return this.partOr(
          'cw-quick-note',
          t('tabRecord'),
          () => html`<cw-quick-note today=${this.today || nothing} agency-id="a-csc"></cw-quick-note>`,
        );
      default:
        return html`<ws-case-summary .analysis=${this.analysis} today=${this.today}></ws-case-summary>`;
    }
  }

  private casePage(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const sel = this.selection?.kind === 'person' ? this.selection : null;
    return html`
      <h1>${t('caseHeading', { title: sampleCase.case.title ?? sampleCase.case.id })}</h1>
      ${this.sectionNav()}
      <cw-case id="case" case-id=${CASE.id} .store=${this.store} actor=${this.actor} @cw-select=${this.onSelect}>
        ${
          // On the server: changes made offline that a colleague's edit overtook, kept on this device until chosen.
          this.session ? html`<ws-kept-changes .store=${this.store} case-id=${CASE.id}></ws-kept-changes>` : ''
        }
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
        <section class="ws-section" aria-label=${t(SECTION_LABEL[this.section])}>
          ${
            // Each component has its own heading; only the people list needs one here.
            this.section === 'people' ? html`<h2>${t('people')}</h2>` : ''
          }
          ${this.sectionBody()}
        </section>
      </cw-case>`;
  }

  private teamPage(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    // Inside the case provider, the board warns about the names of the case's people without being given them.
    return html`
      <h1>${t('teamHeading')}</h1>
      <p class="ws-lede">${t('teamLede')}</p>
      <cw-case case-id=${CASE.id} .store=${this.store} actor=${this.actor}>
        ${this.partOr(
          'cw-blockage-board',
          t('board'),
          () => html`<cw-blockage-board .store=${this.store} board-id=${this.boardId} editable actor=${this.actor}
            .now=${this.today ? Date.parse(`${this.today}T12:00:00Z`) : undefined}></cw-blockage-board>`,
        )}
      </cw-case>`;
  }

  private printPage(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const date = this.i18n.date(this.today || today(), { style: 'long' });
    const day = this.today || nothing; // every part as at the workspace's day (?today=), as on the case page
    // The chronology and the team around the family head themselves (on screen and in print): no second heading.
    const section = (tag: string, name: string, content: () => TemplateResult, titled = false) =>
      html`<section class="ws-print-section" aria-label=${titled ? name : nothing}>${titled ? nothing : html`<h2>${name}</h2>`}${this.partOr(
        tag,
        name,
        content,
      )}</section>`;
    return html`
      <h1>${t('printHeading')}: ${sampleCase.case.title ?? ''}</h1>
      <p class="ws-lede">${t('printLede')} ${t('printed', { date })}</p>
      <p class="ws-noprint"><button type="button" class="ws-button" @click=${this.onPrint}>${t('printButton')}</button></p>
      <cw-case case-id=${CASE.id} .store=${this.store} actor=${this.actor}>
        ${section('cw-chronology', t('chronology'), () => html`<cw-chronology today=${day}></cw-chronology>`, true)}
        ${section('cw-genogram', t('genogram'), () => html`<cw-genogram today=${day}></cw-genogram>`)}
        ${section('cw-family-network', t('network'), () => html`<cw-family-network today=${day}></cw-family-network>`, true)}
        ${section('cw-safety-plan', t('plan'), () => html`<cw-safety-plan today=${day}></cw-safety-plan>`)}
      </cw-case>`;
  }

  /** On the server: who is signed in, what waits on this device, and a colleague's last change (a status). */
  private sessionBar(): TemplateResult | string {
    const s = this.session;
    if (!s) return '';
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="ws-session">
      <p><strong>${t('sessionUser', { name: s.user })}</strong> <span class="ws-pending">${
        s.pending ? t('sessionPending', { count: s.pending }) : t('sessionSaved')
      }</span></p>
      <p class="ws-news" role="status">${s.news}</p>
    </div>`;
  }

  protected override render(): TemplateResult {
    const page = this.route === 'team' ? this.teamPage() : this.route === 'print' ? this.printPage() : this.casePage();
    return html`${this.announcer.regions()}${this.sessionBar()}${this.notice ? html`<p class="ws-status">${this.notice}</p>` : ''}${this.store ? page : ''}`;
  }
}
defineElement('ws-app', WsApp);

declare global {
  interface HTMLElementTagNameMap {
    'ws-app': WsApp;
  }
}
