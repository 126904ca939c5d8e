import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  CATEGORIES, CONFIDENTIALITIES, SIGNIFICANCES, CaseElement, emit, formatPartialDate, makeChange, newId, todayPartialDate,
  type CaseBundle, type Category, type ChronologyEntry, type DateLocale, type Significance, styleProps } from '@opencasework/core';
import { chronologyStyles } from './chronology.styles.js';
import { chronologyMessages, type ChronologyKey } from './messages.js';
import { buildModel, lowerBound, type ChronologyModel, type Row } from './model.js';
import { emptyFilters, filterRows, highlightParts, isFiltering, normaliseFilters, searchTerms, type ChronologyFilters } from './filter.js';
import { mergeSameEvents, type MergedEvent } from './merge.js';
import { findGaps, type Gap } from './gaps.js';
import { detectPatterns, type DeepPartial, type Finding, type PatternConfig } from './patterns.js';
import {
  densityBins, fitViewport, laneIdsOf, lanesFor, panViewport, revealInViewport, ticks, xOf, zoomViewport,
  type LaneMode, type Viewport,
} from './timeline-scale.js';
import { isSafeUrl, makeAnonymiser, withheldReason, type Anonymiser, type Audience } from './views.js';
import { agencyLabel, presentEntry, type PresentedEntry } from './present.js';
import { chronologyCsv } from './csv.js';
import { chronologyText } from './plain-text.js';
import { entryFromValues, valuesFromEntry, type EntryFormValues, type FormError, type FormField } from './entry-form.js';

export type ChronologyView = 'table' | 'timeline' | 'court';

export interface CwFilterChangeDetail { filters: ChronologyFilters }
export interface CwViewChangeDetail { view: ChronologyView; audience: Audience; lanes: LaneMode }

declare global {
  interface HTMLElementEventMap {
    'cw-filter-change': CustomEvent<CwFilterChangeDetail>;
    'cw-view-change': CustomEvent<CwViewChangeDetail>;
  }
}

const DAY = 86_400_000;
/** Up to this many events the table renders every row (no virtual scrolling). */
const RENDER_ALL = 30;
const OVERSCAN = 4;
/** Up to this many markers in view are drawn one by one; beyond it, density bars. */
const MAX_MARKERS = 250;
const MAX_BANDS = 150;
const LANE_H = 44;
const AXIS_H = 34;

interface EditState {
  mode: 'add' | 'edit';
  before?: ChronologyEntry;
  values: EntryFormValues;
  errors: FormError[];
  submitted: boolean;
}

/**
 * The child's story over time, merged from every agency: a table with the columns practice guidance asks for and a
 * zoomable timeline with one lane per agency or per child; filters and search; patterns worth a second look
 * (prompts for professional judgement); redacted, anonymised and court versions; CSV, plain text and print.
 *
 * @summary A multi-agency chronology with a table, a timeline and pattern prompts.
 *
 * @fires cw-filter-change - The reader changed a filter or the search. `detail.filters` is the whole filter state.
 * @fires cw-view-change - The reader switched view, version or lanes. `detail` is `{ view, audience, lanes }`.
 * @fires cw-select - The reader selected an entry (`{ kind: 'entry', id, related }`) or cleared a person selection (null).
 * @fires cw-change - Before an added or edited entry is applied (cancelable).
 * @fires cw-invalid - The bundle had invalid records.
 *
 * @slot heading - Replaces the default "Chronology" heading.
 * @slot actions - Extra controls placed in the toolbar.
 *
 * @csspart base - The whole component.
 * @csspart toolbar - The view, version and export controls.
 * @csspart filters - The search and filter controls.
 * @csspart patterns - The "patterns to consider" panel.
 * @csspart table - The table (table and court views).
 * @csspart timeline - The timeline drawing and its controls.
 * @csspart legend - The timeline's key.
 * @csspart form - The add/edit entry form.
 *
 * @cssprop --cw-chronology-max-height - Height of the scrolling table when it has many rows (default 75vh).
 * @cssprop --cw-colour-highlight - Background of search matches (default #fff2a8).
 * @cssprop --cw-colour-selected - Background of the selected row (default #e8f1f8).
 * @cssprop --cw-colour-significance-routine - Colour for routine entries.
 * @cssprop --cw-colour-significance-notable - Colour for notable entries.
 * @cssprop --cw-colour-significance-significant - Colour for significant entries.
 * @cssprop --cw-colour-significance-critical - Colour for critical entries.
 */
export class CwChronology extends CaseElement {
  static override styles = chronologyStyles;
  static override shadowRootOptions = { ...CaseElement.shadowRootOptions, delegatesFocus: false };

  /** Which view: `table`, `timeline` or `court` (a numbered Public Law Outline chronology). */
  @property({ reflect: true }) view: ChronologyView = 'table';
  /** Who it is for: `practitioner` (everything), `redacted` (restricted and third-party content withheld) or `anonymised` (names replaced by roles). */
  @property({ reflect: true }) audience: Audience = 'practitioner';
  /** Timeline lanes: one per `agency` or one per `child`. */
  @property({ reflect: true }) lanes: LaneMode = 'agency';
  /** The filter state. Set it to restore a reader's filters; listen to `cw-filter-change` to keep them. */
  @property({ attribute: false }) filters: ChronologyFilters = emptyFilters();
  /** Thresholds for the pattern prompts, merged over the defaults (see README). */
  @property({ attribute: false }) patternConfig: DeepPartial<PatternConfig> | undefined = undefined;
  /** Days without any entry that count as a "no information" gap. */
  @property({ type: Number, attribute: 'gap-days' }) gapDays = 180;
  /** Shows entries from several agencies about the same event separately instead of grouping them. */
  @property({ type: Boolean, attribute: 'no-merge' }) noMerge = false;
  /** Hides the "patterns to consider" panel. */
  @property({ type: Boolean, attribute: 'hide-patterns' }) hidePatterns = false;

  @state() private tableScroll = 0;
  @state() private viewportHeight = 600;
  /** Average measured row height: the estimate for rows not yet measured. */
  @state() private rowHeight = 72;
  /** Measured heights of table rows by event id, for the current width, version, language and view. */
  private heights = new Map<string, number>();
  private heightsKey = '';
  private measurePasses = 0;
  @state() private width = 800;
  @state() private viewport: Viewport | null = null;
  @state() private focusId = '';
  @state() private moreOpen = false;
  @state() private patternsOpen = false;
  @state() private edit: EditState | null = null;
  @state() private message: { kind: 'ok' | 'alert'; text: string } | null = null;
  @state() private copyFallback = '';
  @state() private printing = false;

  private modelFor: unknown = null;
  private model!: ChronologyModel;
  private filteredKey = '';
  private filtered: { shown: Row[]; hidden: number; withheldHidden: number } = { shown: [], hidden: 0, withheldHidden: 0 };
  private eventsFor: unknown = null;
  private events: MergedEvent[] = [];
  private presentedKey = '';
  private presented = new Map<string, PresentedEntry>();
  private anonymiser: Anonymiser | undefined;
  private findingsKey = '';
  private findings: Finding[] = [];
  private gapsKey = '';
  private gapsByAfter = new Map<string, Gap>();
  private gaps: Gap[] = [];
  private resizeObserver: ResizeObserver | undefined;
  private pendingFocus: string | null = null;
  private pendingMarkerFocus = false;
  private lastSelectedEntry = '';
  private readonly onBeforePrint = () => { this.printing = true; this.performUpdate(); };
  private readonly onAfterPrint = () => { this.printing = false; };

  private t(key: ChronologyKey, p: Record<string, string | number> = {}): string {
    return chronologyMessages.t(this.locale, key, p);
  }

  private get dateLocale(): DateLocale {
    return this.locale === 'cy' ? 'cy' : 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (typeof ResizeObserver !== 'undefined') {
      // The new width is applied in the next frame, so that re-rendering never feeds back into this observation.
      this.resizeObserver = new ResizeObserver((entries) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        if (w > 0 && Math.abs(w - this.width) > 1) requestAnimationFrame(() => { this.width = w; });
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
  }

  // ---------------------------------------------------------------- derived data (cached)

  private get chronologyModel(): ChronologyModel {
    const bundle = this.caseData.bundle;
    if (bundle !== this.modelFor) {
      this.modelFor = bundle;
      this.model = buildModel(bundle);
    }
    return this.model;
  }

  /** The person selected in a linked component, if any. */
  private get selectedPersonId(): string {
    const s = this.currentSelection;
    return s && s.kind === 'person' && this.chronologyModel.personName.has(s.id) ? s.id : '';
  }

  private get shownRows() {
    const model = this.chronologyModel;
    const f = this.filters;
    const person = this.selectedPersonId;
    const key = JSON.stringify([f, person, this.audience]);
    if (this.modelFor !== this.filteredFor || key !== this.filteredKey) {
      this.filteredFor = this.modelFor;
      this.filteredKey = key;
      // The anonymised version searches what it shows (below), not the original text.
      const r = filterRows(model, this.audience === 'anonymised' ? { ...f, text: '' } : f, person ? [person] : []);
      let shown = r.shown;
      let withheldHidden = 0;
      // In the redacted version a filter or search must not reveal anything about withheld entries, so they are only
      // listed (as "withheld") when nothing but a date range is applied.
      const contentFilter = isFiltering({ ...f, from: '', to: '' }, person ? [person] : []);
      if (this.audience === 'redacted' && contentFilter) {
        shown = shown.filter((row) => !withheldReason(row.entry));
        withheldHidden = r.shown.length - shown.length;
      }
      // In the anonymised version a search must match what is shown, not the names behind it: otherwise searching a
      // real name would point at the entries about that person.
      const terms = this.audience === 'anonymised' ? searchTerms(f.text) : [];
      if (terms.length) {
        shown = shown.filter((row) => {
          const p = this.present(row);
          const text = [p.title, p.summary, p.agency, p.impact, p.action, p.category, p.concerns, p.familyView, p.reference].join(' ').toLowerCase();
          return terms.every((t) => text.includes(t));
        });
      }
      this.filtered = { shown, hidden: model.rows.length - shown.length, withheldHidden };
    }
    return this.filtered;
  }
  private filteredFor: unknown = null;

  private get mergedEvents(): MergedEvent[] {
    const { shown } = this.shownRows;
    if (shown !== this.eventsFor) {
      this.eventsFor = shown;
      if (this.noMerge) this.events = shown.map((r) => ({ id: r.id, primary: r, rows: [r], agencyIds: [r.agencyId] }));
      else if (this.audience === 'redacted') {
        // Withheld entries are never grouped with others: a group would show their agency.
        const visible = mergeSameEvents(shown.filter((r) => !withheldReason(r.entry)));
        const withheld = shown.filter((r) => withheldReason(r.entry)).map((r) => ({ id: r.id, primary: r, rows: [r], agencyIds: [r.agencyId] }));
        this.events = [...visible, ...withheld].sort((a, b) => a.rows[0]!.index - b.rows[0]!.index);
      } else this.events = mergeSameEvents(shown);
    }
    return this.events;
  }

  /** Resets the per-entry text cache (and the anonymiser) when the language, version or data change. */
  private ensurePresentation(): void {
    this.chronologyModel;
    const key = `${this.dateLocale}|${this.audience}`;
    if (key !== this.presentedKey || this.modelFor !== this.presentedFor) {
      this.presentedKey = key;
      this.presentedFor = this.modelFor;
      this.presented.clear();
      this.anonymiser = this.audience === 'anonymised' ? makeAnonymiser(this.caseData.bundle, this.dateLocale) : undefined;
    }
  }

  private present(row: Row): PresentedEntry {
    this.ensurePresentation();
    let p = this.presented.get(row.id);
    if (!p) {
      p = presentEntry(row, { model: this.chronologyModel, locale: this.dateLocale, audience: this.audience, anonymiser: this.anonymiser });
      this.presented.set(row.id, p);
    }
    return p;
  }
  private presentedFor: unknown = null;

  private nameOf(id: string): string {
    if (this.audience === 'anonymised') {
      this.ensurePresentation();
      return this.anonymiser?.nameOf(id) ?? id;
    }
    return this.chronologyModel.personName.get(id) ?? id;
  }

  private get patternFindings(): Finding[] {
    const key = JSON.stringify([this.dateLocale, this.audience, this.patternConfig ?? null]);
    if (key !== this.findingsKey || this.modelFor !== this.findingsFor) {
      this.findingsKey = key;
      this.findingsFor = this.modelFor;
      const model = this.chronologyModel;
      // Patterns are worked out over the whole chronology; in the redacted version withheld entries are left out.
      const rows = this.audience === 'redacted' ? model.rows.filter((r) => !withheldReason(r.entry)) : model.rows;
      this.findings = detectPatterns(model, rows, { locale: this.dateLocale, config: this.patternConfig, nameOf: (id) => this.nameOf(id) });
    }
    return this.findings;
  }
  private findingsFor: unknown = null;

  private get gapList(): Gap[] {
    const key = String(this.gapDays);
    if (key !== this.gapsKey || this.modelFor !== this.gapsFor) {
      this.gapsKey = key;
      this.gapsFor = this.modelFor;
      this.gaps = findGaps(this.chronologyModel.rows, this.gapDays);
      this.gapsByAfter = new Map(this.gaps.map((g) => [g.afterId, g]));
    }
    return this.gaps;
  }
  private gapsFor: unknown = null;

  // ---------------------------------------------------------------- public API

  /** The entries shown (after filters and the person selection), in date order, as the current version presents them. */
  presentedEntries(): PresentedEntry[] {
    return this.shownRows.shown.map((r) => this.present(r));
  }

  /** The shown entries as CSV (one line per entry, every source kept), in the current version and language. */
  toCsv(): string {
    return chronologyCsv(this.presentedEntries(), this.dateLocale);
  }

  /** The shown entries as plain text, headed with the case title. */
  toPlainText(): string {
    return chronologyText(this.presentedEntries(), this.dateLocale, this.printTitle());
  }

  /** Downloads the CSV (generated in the browser; nothing is sent anywhere). */
  downloadCsv(): void {
    const blob = new Blob(['\ufeff', this.toCsv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    const id = (this.chronologyModel.case.id || 'case').replace(/[^\w-]+/g, '-').slice(0, 60);
    a.href = url;
    a.download = `${id}-${this.t('export.fileName')}.csv`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Copies the plain text to the clipboard; where the browser refuses, shows it in a box to copy by hand. */
  async copyText(): Promise<boolean> {
    const text = this.toPlainText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyFallback = '';
      this.message = { kind: 'ok', text: this.t('export.copied') };
      return true;
    } catch {
      this.copyFallback = text;
      this.message = { kind: 'alert', text: this.t('export.copyFailed') };
      return false;
    }
  }

  /** Prints every shown entry (not only those scrolled into view) with the case title and print date. */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
    }
  }

  /** Moves to an entry: scrolls the table to it (or reveals it on the timeline) and focuses it. */
  async revealEntry(id: string): Promise<void> {
    const row = this.chronologyModel.byId.get(id);
    if (!row) return;
    if (this.view === 'timeline') {
      this.focusId = id;
      this.viewport = revealInViewport(this.currentViewport(), row.mid);
      this.pendingMarkerFocus = true;
      return;
    }
    const i = this.mergedEvents.findIndex((e) => e.rows.some((r) => r.id === id));
    if (i < 0) return;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (scroller && this.mergedEvents.length > RENDER_ALL) {
      scroller.scrollTop = this.offsetOf(this.mergedEvents, i);
      this.tableScroll = scroller.scrollTop;
    }
    this.pendingFocus = this.mergedEvents[i]!.id;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------- state changes

  private setFilters(next: Partial<ChronologyFilters>): void {
    this.filters = normaliseFilters({ ...this.filters, ...next });
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (scroller) scroller.scrollTop = 0;
    this.tableScroll = 0;
    this.measurePasses = 0;
    emit<CwFilterChangeDetail>(this, 'cw-filter-change', { filters: { ...this.filters } });
  }

  private toggleIn<T extends string>(list: T[], value: T, on: boolean): T[] {
    return on ? (list.includes(value) ? list : [...list, value]) : list.filter((x) => x !== value);
  }

  private setView(view: ChronologyView, audience = this.audience, lanes = this.lanes): void {
    this.view = view;
    this.audience = audience;
    this.lanes = lanes;
    emit<CwViewChangeDetail>(this, 'cw-view-change', { view, audience, lanes });
  }

  private selectEntry(row: Row): void {
    this.select({ kind: 'entry', id: row.id, related: [...row.subjectIds] });
  }

  private currentViewport(): Viewport {
    return this.viewport ?? fitViewport(this.chronologyModel.range);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('filters')) this.filters = normaliseFilters(this.filters);
    if (changed.has('bundle')) this.viewport = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll:not(.all)');
    if (scroller) {
      if (Math.abs(scroller.clientHeight - this.viewportHeight) > 8 && scroller.clientHeight > 0) this.viewportHeight = scroller.clientHeight;
      // Record the real height of every rendered row; re-render (a bounded number of times) when an estimate was wrong,
      // so the rows in view are always the rows drawn there.
      let changedHeights = false;
      scroller.querySelectorAll<HTMLElement>('tbody > tr[data-event]').forEach((tr) => {
        const h = tr.getBoundingClientRect().height;
        const id = tr.dataset.event!;
        if (h > 0 && Math.abs((this.heights.get(id) ?? -1) - h) > 0.5) { this.heights.set(id, h); changedHeights = true; }
      });
      if (changedHeights && this.measurePasses < 4) {
        this.measurePasses++;
        let sum = 0;
        for (const h of this.heights.values()) sum += h;
        this.rowHeight = Math.max(24, sum / this.heights.size);
        this.requestUpdate();
      }
    }
    if (this.pendingFocus) {
      const el = this.renderRoot.querySelector<HTMLElement>(`[data-event="${CSS.escape(this.pendingFocus)}"] .title-button`);
      if (el) { el.focus(); this.pendingFocus = null; }
    }
    if (this.pendingMarkerFocus) {
      this.pendingMarkerFocus = false;
      this.renderRoot.querySelector<SVGElement>('.marker[tabindex="0"]')?.focus();
    }
    // Follow an entry selected in a linked component: bring it into view.
    const sel = this.currentSelection;
    const selId = sel && sel.kind === 'entry' ? sel.id : '';
    if (selId !== this.lastSelectedEntry) {
      this.lastSelectedEntry = selId;
      if (selId && this.view === 'timeline') {
        const row = this.chronologyModel.byId.get(selId);
        if (row) { this.focusId = selId; this.viewport = revealInViewport(this.currentViewport(), row.mid); }
      } else if (selId && this.mergedEvents.length > RENDER_ALL) {
        const i = this.mergedEvents.findIndex((e) => e.rows.some((r) => r.id === selId));
        const top = i >= 0 ? this.offsetOf(this.mergedEvents, i) : 0;
        if (i >= 0 && scroller && (top < this.tableScroll || top > this.tableScroll + this.viewportHeight)) { scroller.scrollTop = top; this.tableScroll = scroller.scrollTop; }
      }
    }
  }

  // ---------------------------------------------------------------- rendering

  private printTitle(): string {
    const c = this.chronologyModel.case;
    const title = this.audience === 'anonymised' ? '' : c.title ?? '';
    return title ? this.t('print.title', { title }) : this.t('heading');
  }

  override render() {
    const { issues } = this.caseData;
    const model = this.chronologyModel;
    const { shown, hidden } = this.shownRows;
    const events = this.mergedEvents;
    const total = model.rows.length;
    const person = this.selectedPersonId;
    const withheld = this.audience === 'redacted' ? model.rows.filter((r) => withheldReason(r.entry)).length : 0;
    const view = this.printing && this.view === 'timeline' ? 'table' : this.view;
    return html`
      <section part="base" aria-label=${this.t('region', { title: this.audience === 'anonymised' ? '' : model.case.title ?? '' })}>
        <cw-error-summary .issues=${issues}></cw-error-summary>
        <div class="print-header">
          <h2>${this.printTitle()}</h2>
          <p>${this.t('print.date', { date: formatPartialDate(todayPartialDate(), this.dateLocale, { style: 'long' }) })}</p>
        </div>
        <slot name="heading" class="no-print"><h2>${this.t('heading')}</h2></slot>
        ${this.renderToolbar()}
        ${this.edit ? this.renderForm() : nothing}
        ${this.message
          ? html`<div class=${this.message.kind === 'ok' ? 'status-ok no-print' : 'alert no-print'} role=${this.message.kind === 'ok' ? 'status' : 'alert'}>${this.message.text}</div>`
          : nothing}
        ${this.copyFallback
          ? html`<label class="no-print">${this.t('export.copy')}<textarea class="copy" readonly .value=${this.copyFallback}></textarea></label>`
          : nothing}
        ${total ? this.renderFilters() : nothing}
        ${person
          ? html`<div class="notice selection" role="status">
              ${this.t('selection.notice', { name: this.nameOf(person) })}
              <button type="button" class="link" @click=${() => this.select(null)}>${this.t('selection.clear')}</button>
            </div>`
          : nothing}
        ${this.audience === 'redacted' ? html`<div class="notice warning"><p>${this.t('redacted.notice')}</p><p><strong>${this.t('withheld.count', { count: withheld })}</strong></p></div>` : nothing}
        ${this.audience === 'anonymised' ? html`<div class="notice warning"><p>${this.t('anon.notice')}</p></div>` : nothing}
        ${total
          ? html`<p class="counts" role="status" aria-live="polite">
              ${this.t('count.shown', { shown: shown.length, total })}${hidden ? html` · ${this.t('count.hidden', { hidden })}` : nothing}${events.length !== shown.length ? html` · ${this.t('count.events', { events: events.length })}` : nothing}
            </p>`
          : nothing}
        ${total && !this.hidePatterns ? this.renderPatterns() : nothing}
        ${!total
          ? html`<p class="empty">${this.t('empty')}</p>`
          : !shown.length
            ? html`<p class="empty">${this.t('emptyFiltered')}</p>`
            : view === 'timeline'
              // The redacted timeline leaves withheld entries out: their lane would show their agency or child.
              ? this.renderTimeline(this.audience === 'redacted' ? shown.filter((r) => !withheldReason(r.entry)) : shown)
              : this.renderTable(events, view === 'court')}
      </section>
    `;
  }

  private renderToolbar() {
    const views: ChronologyView[] = ['table', 'timeline', 'court'];
    const audiences: Audience[] = ['practitioner', 'redacted', 'anonymised'];
    const total = this.chronologyModel.rows.length;
    return html`
      <div class="toolbar" part="toolbar">
        <div class="group" role="group" aria-label=${this.t('view.label')}>
          <span class="group-label" aria-hidden="true">${this.t('view.label')}</span>
          ${views.map((v) => html`<button type="button" class="secondary" aria-pressed=${this.view === v ? 'true' : 'false'} data-view=${v}
              @click=${() => this.setView(v)}>${this.t(`view.${v}`)}</button>`)}
        </div>
        <div class="field">
          <label for="audience">${this.t('audience.label')}</label>
          <select id="audience" @change=${(e: Event) => this.setView(this.view, (e.target as HTMLSelectElement).value as Audience)}>
            ${audiences.map((a) => html`<option value=${a} ?selected=${this.audience === a}>${this.t(`audience.${a}`)}</option>`)}
          </select>
        </div>
        ${total
          ? html`<div class="group">
              <button type="button" class="secondary" data-action="csv" @click=${() => this.downloadCsv()}>${this.t('export.csv')}</button>
              <button type="button" class="secondary" data-action="copy" @click=${() => void this.copyText()}>${this.t('export.copy')}</button>
              <button type="button" class="secondary" data-action="print" @click=${() => void this.print()}>${this.t('export.print')}</button>
            </div>`
          : nothing}
        ${this.editable && !this.edit
          ? html`<button type="button" data-action="add" @click=${() => this.openForm()}>${this.t('edit.add')}</button>`
          : nothing}
        <slot name="actions"></slot>
      </div>
    `;
  }

  private renderFilters() {
    const f = this.filters;
    const model = this.chronologyModel;
    return html`
      <div class="filters-line" part="filters">
        <div class="field">
          <label for="search">${this.t('search.label')}</label>
          <p class="cw-hint" id="search-hint">${this.t('search.hint')}</p>
          <input id="search" type="search" aria-describedby="search-hint" .value=${f.text} autocomplete="off"
            @input=${(e: Event) => this.setFilters({ text: (e.target as HTMLInputElement).value })}>
        </div>
        <div class="check">
          <input id="sig-only" type="checkbox" .checked=${f.significantOnly}
            @change=${(e: Event) => this.setFilters({ significantOnly: (e.target as HTMLInputElement).checked })}>
          <label for="sig-only">${this.t('filter.significantOnly')}</label>
        </div>
        ${isFiltering(f) ? html`<button type="button" class="secondary" data-action="clear" @click=${() => this.setFilters(emptyFilters())}>${this.t('filter.clear')}</button>` : nothing}
      </div>
      <details class="more" part="filters" .open=${this.moreOpen} @toggle=${(e: Event) => (this.moreOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${this.t('filter.more')}</summary>
        ${this.moreOpen
          ? html`<div class="filter-grid">
              ${this.renderChecks('agencies', this.t('filter.agencies'), model.agencies.map((a) => [a.id, agencyLabel(model, a.id, this.locale)]), f.agencies)}
              ${this.renderChecks('categories', this.t('filter.categories'), CATEGORIES.map((c) => [c, this.t(`cat.${c}`)]), f.categories)}
              ${this.renderChecks('significances', this.t('filter.significances'), SIGNIFICANCES.map((s) => [s, this.t(`sig.${s}`)]), f.significances)}
              ${this.renderChecks('people', this.t('filter.people'), model.people.map((p) => [p.id, this.nameOf(p.id)]), f.people)}
              <fieldset>
                <legend>${this.t('filter.from')} / ${this.t('filter.to')}</legend>
                <p class="cw-hint" id="date-hint">${this.t('filter.dateHint')}</p>
                ${(['from', 'to'] as const).map((k) => html`<div class="field">
                  <label for="date-${k}">${this.t(`filter.${k}`)}</label>
                  <input id="date-${k}" class="narrow" type="text" inputmode="numeric" aria-describedby="date-hint" .value=${f[k]}
                    @change=${(e: Event) => this.setDateFilter(k, e.target as HTMLInputElement)}>
                </div>`)}
              </fieldset>
            </div>`
          : nothing}
      </details>
    `;
  }

  private setDateFilter(k: 'from' | 'to', input: HTMLInputElement): void {
    const v = input.value.trim();
    if (v && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v)) {
      input.setCustomValidity(this.t('filter.dateInvalid'));
      input.setAttribute('aria-invalid', 'true');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    input.removeAttribute('aria-invalid');
    this.setFilters({ [k]: v });
  }

  private renderChecks(key: 'agencies' | 'categories' | 'significances' | 'people', legend: string, options: [string, string][], selected: string[]) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="options">
        ${options.map(([value, label], i) => html`<div class="check">
          <input type="checkbox" id="f-${key}-${i}" data-filter=${key} .value=${value} .checked=${selected.includes(value)}
            @change=${(e: Event) => this.setFilters({ [key]: this.toggleIn(selected, value, (e.target as HTMLInputElement).checked) })}>
          <label for="f-${key}-${i}">${label}</label>
        </div>`)}
      </div>
    </fieldset>`;
  }

  private renderPatterns() {
    // Patterns are worked out when the panel is first opened, so they never slow the first render.
    const ready = this.patternsOpen || (this.findingsFor === this.modelFor && this.findingsKey !== '');
    const findings = ready ? this.patternFindings : [];
    const model = this.chronologyModel;
    return html`
      <details class="patterns" part="patterns" .open=${this.patternsOpen} @toggle=${(e: Event) => (this.patternsOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${this.t('patterns.heading')}${ready ? ` (${findings.length})` : ''}</summary>
        ${this.patternsOpen
          ? html`<p class="cw-hint">${this.t('patterns.intro')}</p>
            ${findings.length
              ? html`<ul class="findings">
                  ${findings.slice(0, 50).map((f) => html`<li class=${f.severity} data-kind=${f.kind}>
                    <strong>${this.t(`pattern.${f.kind}`)}</strong>
                    <p>${f.explanation}</p>
                    <ul>
                      ${f.entryIds.map((id) => {
                        const row = model.byId.get(id);
                        if (!row) return nothing;
                        const p = this.present(row);
                        return html`<li><button type="button" class="link" @click=${() => { this.selectEntry(row); void this.revealEntry(id); }}>${p.date}: ${p.title}</button></li>`;
                      })}
                    </ul>
                  </li>`)}
                </ul>`
              : html`<p>${this.t('patterns.none')}</p>`}`
          : nothing}
      </details>
    `;
  }

  // ---------------------------------------------------------------- table and court views

  private renderTable(events: MergedEvent[], court: boolean) {
    const n = events.length;
    const all = this.printing || n <= RENDER_ALL;
    let first = 0, last = n, before = 0, after = 0;
    if (!all) {
      // Offsets from measured heights where known and the average elsewhere: one pass, cheap even for 10,000 rows.
      this.checkHeightsKey();
      const top = this.tableScroll, bottom = this.tableScroll + this.viewportHeight;
      let y = 0, i = 0;
      const hOf = (k: number) => this.heights.get(events[k]!.id) ?? this.rowHeight;
      while (i < n && y + hOf(i) <= top) { y += hOf(i); i++; }
      first = Math.max(0, i - OVERSCAN);
      for (let k = first; k < i; k++) y -= hOf(k);
      before = y;
      let j = i;
      let yEnd = this.offsetFrom(events, first, i, before);
      while (j < n && yEnd < bottom) { yEnd += hOf(j); j++; }
      last = Math.min(n, j + OVERSCAN);
      let total = 0;
      for (let k = last; k < n; k++) total += hOf(k);
      after = total;
    }
    const slice = events.slice(first, last);
    const selected = this.currentSelection;
    const selectedId = selected && selected.kind === 'entry' ? selected.id : '';
    this.gapList;
    const cols = court ? 4 : 8;
    const header = court
      ? [this.t('col.number'), this.t('col.date'), this.t('col.event'), this.t('col.reference')]
      : [this.t('col.date'), this.t('col.what'), this.t('col.agency'), this.t('col.impact'), this.t('col.action'), this.t('col.category'), this.t('col.significance'), this.t('col.concerns')];
    return html`
      <div class="scroll ${all ? 'all' : ''}" tabindex=${all ? nothing : '0'} role=${all ? nothing : 'region'}
        aria-label=${all ? nothing : this.t(court ? 'view.court' : 'view.table')} @scroll=${all ? null : this.onScroll}>
        <table class="main ${court ? 'court' : ''}" part="table" role="table" aria-rowcount=${n + 1}>
          <caption class="cw-visually-hidden">${this.printTitle()}</caption>
          <thead><tr role="row" aria-rowindex="1">${header.map((h) => html`<th role="columnheader" scope="col">${h}</th>`)}</tr></thead>
          <tbody>
            ${first > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${cols} ${styleProps({ height: `${before}px` })}></td></tr>` : nothing}
            ${repeat(slice, (e) => e.id, (e, i) => (court ? this.renderCourtRow(e, first + i) : this.renderRow(e, first + i, selectedId)))}
            ${last < n ? html`<tr class="spacer" aria-hidden="true"><td colspan=${cols} ${styleProps({ height: `${after}px` })}></td></tr>` : nothing}
          </tbody>
        </table>
      </div>
    `;
  }

  private readonly onScroll = (e: Event) => {
    const top = (e.target as HTMLElement).scrollTop;
    if (Math.abs(top - this.tableScroll) >= Math.min(24, this.rowHeight / 2)) { this.measurePasses = 0; this.tableScroll = top; }
  };

  /** Forgets measured heights when the width, version, language or view changes. */
  private checkHeightsKey(): void {
    const key = `${this.width}|${this.audience}|${this.locale}|${this.view}|${this.editable}`;
    if (key !== this.heightsKey) { this.heightsKey = key; this.heights.clear(); this.measurePasses = 0; }
  }

  /** Offset of row `to` given the offset of row `from`. */
  private offsetFrom(events: MergedEvent[], from: number, to: number, y: number): number {
    for (let k = from; k < to; k++) y += this.heights.get(events[k]!.id) ?? this.rowHeight;
    return y;
  }

  /** Distance from the top of the table body to row i. */
  private offsetOf(events: MergedEvent[], i: number): number {
    return this.offsetFrom(events, 0, i, 0);
  }

  private hl(text: string): TemplateResult | string {
    const q = this.filters.text;
    if (!q || !text) return text;
    const parts = highlightParts(text, q);
    if (parts.length === 1 && !parts[0]!.match) return text;
    return html`${parts.map((p) => (p.match ? html`<mark>${p.text}</mark>` : p.text))}`;
  }

  private renderSource(row: Row, p: PresentedEntry) {
    const ref = row.entry.sourceRef;
    if (this.audience === 'redacted' || !ref) return nothing;
    const system = ref.system || this.t('source.unknownSystem');
    if (isSafeUrl(ref.url)) {
      return html`<span class="meta"><a href=${ref.url} target="_blank" rel="noopener noreferrer">${this.t('source.open', { system })}${ref.recordId ? ` (${ref.recordId})` : ''}</a></span>`;
    }
    return p.reference ? html`<span class="meta">${this.t('source.record', { system, id: ref.recordId ?? '' })}</span>` : nothing;
  }

  private renderRow(ev: MergedEvent, i: number, selectedId: string) {
    const row = ev.primary;
    const p = this.present(row);
    const gap = this.gapsByAfter.get(ev.rows[0]!.id);
    const gapNote = gap ? html`<span class="gap-note">${this.t('timeline.gap', { days: gap.days })}</span>` : nothing;
    const current = ev.rows.some((r) => r.id === selectedId);
    if (p.withheld) {
      return html`<tr role="row" class="withheld" aria-rowindex=${i + 2} data-event=${ev.id}>
        <td role="cell" class="date" data-label=${this.t('col.date')}>${p.date}${gapNote}</td>
        <td role="cell" data-label=${this.t('col.what')}>${p.title}</td>
        <td role="cell"></td><td role="cell"></td><td role="cell"></td><td role="cell"></td><td role="cell"></td><td role="cell"></td>
      </tr>`;
    }
    const others = ev.rows.slice(1);
    const agencies = ev.agencyIds.map((id) => agencyLabel(this.chronologyModel, id, this.locale));
    return html`<tr role="row" aria-rowindex=${i + 2} aria-current=${current ? 'true' : 'false'} data-event=${ev.id}>
      <td role="cell" class="date" data-label=${this.t('col.date')}>
        ${p.date}${p.age ? html`<span class="age">${this.t('col.age')} ${p.age}</span>` : nothing}${gapNote}
      </td>
      <td role="cell" data-label=${this.t('col.what')}>
        <button type="button" class="link title-button" @click=${() => this.selectEntry(row)}>${this.hl(p.title)}</button>
        ${p.disputed ? html` <span class="tag disputed">${this.t('disputed')}</span>` : nothing}
        ${p.familyView
          ? html`<div class="family">
              <div><strong>${this.t('col.what')}</strong>${p.summary ? html`<p class="summary">${this.hl(p.summary)}</p>` : nothing}</div>
              <div class="theirs"><strong>${this.t('familyView')}</strong><p class="summary">${this.hl(p.familyView)}</p></div>
            </div>`
          : p.summary ? html`<p class="summary">${this.hl(p.summary)}</p>` : nothing}
        ${others.length
          ? html`<div class="sources"><strong>${this.t('sources.group', { count: agencies.length })}</strong>
              <ul>${others.map((r) => {
                const o = this.present(r);
                return html`<li>${agencyLabel(this.chronologyModel, r.agencyId, this.locale)}: ${this.hl(o.title)}${this.renderSource(r, o)}</li>`;
              })}</ul></div>`
          : nothing}
        ${this.editable ? html`<span class="meta no-print">${ev.rows.map((r) => html`<button type="button" class="link" data-edit=${r.id}
            aria-label=${this.t('edit.editEntry', { title: this.present(r).title })} @click=${() => this.openForm(r.entry)}>${this.t('edit.edit')}${ev.rows.length > 1 ? ` (${agencyLabel(this.chronologyModel, r.agencyId, this.locale)})` : ''}</button> `)}</span>` : nothing}
      </td>
      <td role="cell" data-label=${this.t('col.agency')}>
        ${p.agency}${p.recordedBy ? html`<span class="meta">${this.t('col.recordedBy')}: ${p.recordedBy}</span>` : nothing}${this.renderSource(row, p)}
      </td>
      <td role="cell" class="pre" data-label=${this.t('col.impact')}>${this.hl(p.impact)}</td>
      <td role="cell" class="pre" data-label=${this.t('col.action')}>${this.hl(p.action)}</td>
      <td role="cell" data-label=${this.t('col.category')}>${p.category}</td>
      <td role="cell" data-label=${this.t('col.significance')}><span class="tag sig-${row.entry.significance}">${p.significance}</span></td>
      <td role="cell" data-label=${this.t('col.concerns')}>${this.hl(p.concerns)}</td>
    </tr>`;
  }

  private renderCourtRow(ev: MergedEvent, i: number) {
    const p = this.present(ev.primary);
    const refs = ev.rows.map((r) => this.present(r).reference).filter(Boolean);
    return html`<tr role="row" aria-rowindex=${i + 2} data-event=${ev.id}>
      <td role="cell" data-label=${this.t('col.number')}>${i + 1}</td>
      <td role="cell" class="date" data-label=${this.t('col.date')}>${p.date}</td>
      <td role="cell" data-label=${this.t('col.event')}>
        <strong>${this.hl(p.title)}</strong>${p.summary ? html`<p class="summary">${this.hl(p.summary)}</p>` : nothing}
        ${p.familyView ? html`<p class="summary"><strong>${this.t('familyView')}:</strong> ${p.familyView}</p>` : nothing}
      </td>
      <td role="cell" data-label=${this.t('col.reference')}>${refs.length ? refs.join('; ') : p.withheld ? '' : this.t('notRecorded')}</td>
    </tr>`;
  }

  // ---------------------------------------------------------------- timeline

  private renderTimeline(shown: Row[]) {
    if (!shown.length) return html`<p class="empty">${this.t('emptyFiltered')}</p>`;
    const model = this.chronologyModel;
    const locale = this.dateLocale;
    const W = Math.max(300, this.width - 2);
    const labelW = Math.round(Math.min(170, W * 0.26));
    const plotW = W - labelW - 10;
    const v = this.currentViewport();
    const lanes = lanesFor(model, this.lanes);
    const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
    const H = AXIS_H + lanes.length * LANE_H + 24;
    const x = (t: number) => labelW + xOf(t, v, plotW);
    const { ticks: tickList } = ticks(v, plotW, locale);
    // Rows whose marker falls in view (a year-only date's midpoint is up to half a year after its start).
    const lo = lowerBound(shown, v.start - 370 * DAY), hi = lowerBound(shown, v.end + 1);
    const inView: Row[] = [];
    for (let i = lo; i < hi; i++) { const r = shown[i]!; if (r.mid >= v.start && r.mid <= v.end) inView.push(r); }
    const focusRow = model.byId.get(this.focusId) && shown.includes(model.byId.get(this.focusId)!) ? model.byId.get(this.focusId)! : inView[0] ?? shown[0]!;
    const dense = inView.length > MAX_MARKERS;
    const drawn = dense ? (inView.includes(focusRow) ? [focusRow] : []) : inView;
    const selected = this.currentSelection;
    const selectedId = selected && selected.kind === 'entry' ? selected.id : '';
    const periods: Row[] = [];
    for (const r of shown) {
      if (r.periodEnd !== null && r.start <= v.end && r.periodEnd >= v.start) { periods.push(r); if (periods.length >= MAX_BANDS) break; }
    }
    const gaps = this.gapList.filter((g) => g.end >= v.start && g.start <= v.end);
    const laneY = (id: string) => AXIS_H + (laneIndex.get(id) ?? lanes.length - 1) * LANE_H;
    const laneName = (l: { id: string; kind: string }) =>
      l.kind === 'agency' ? agencyLabel(model, l.id, this.locale) : l.kind === 'others' ? this.t('timeline.lane.others') : this.nameOf(l.id);
    const clip = (s: string, px: number) => { const n = Math.max(4, Math.floor(px / 7)); return s.length > n ? `${s.slice(0, n - 1)}…` : s; };
    const range = model.range!;
    const fmt = (ms: number) => formatPartialDate(new Date(ms).toISOString().slice(0, 10), locale);
    const bins = dense ? densityBins(inView, model, this.lanes, v, plotW, 4) : null;
    const markerFor = (r: Row) => {
      const p = this.present(r);
      const ids = laneIdsOf(r, model, this.lanes);
      const isFocus = r === focusRow;
      const label = this.t('marker.label', { date: p.date, title: p.title, agency: p.withheld ? '' : p.agency, significance: p.significance || this.t('withheld') });
      return ids.map((laneId, k) => {
        const cx = x(r.mid), cy = laneY(laneId) + LANE_H / 2;
        const size = 4 + r.sig * 1.6;
        const shape = r.sig >= 3 ? svg`<path class="shape" d=${`M${cx} ${cy - size - 2}L${cx + size + 2} ${cy + size}L${cx - size - 2} ${cy + size}Z`}></path>`
          : r.sig === 2 ? svg`<rect class="shape" x=${cx - size} y=${cy - size} width=${size * 2} height=${size * 2} transform=${`rotate(45 ${cx} ${cy})`}></rect>`
            : svg`<circle class="shape" cx=${cx} cy=${cy} r=${size}></circle>`;
        const span = r.precision !== 'day' ? svg`<line class="span-line" x1=${x(r.start)} x2=${x(r.dateEnd + DAY)} y1=${cy} y2=${cy}></line>` : nothing;
        // The first copy is the keyboard stop; copies in other lanes (an entry about two children) are for the eye only.
        return k === 0
          ? svg`<g class="marker sig-${r.entry.significance} ${r.id === selectedId ? 'selected' : ''}" role="button" data-id=${r.id}
                tabindex=${isFocus ? '0' : '-1'} aria-label=${label} aria-pressed=${r.id === selectedId ? 'true' : 'false'}
                @click=${() => { this.focusId = r.id; this.selectEntry(r); }}>
              ${span}<circle class="hit" cx=${cx} cy=${cy} r="12"></circle><circle class="ring" cx=${cx} cy=${cy} r=${size + 5}></circle>${shape}
            </g>`
          : svg`<g class="marker copy sig-${r.entry.significance}" aria-hidden="true" @click=${() => { this.focusId = r.id; this.selectEntry(r); }}>${span}${shape}</g>`;
      });
    };
    return html`
      <div class="timeline" part="timeline">
        <div class="timeline-controls">
          <button type="button" class="secondary" data-action="zoom-in" @click=${() => (this.viewport = zoomViewport(v, 0.5))}>${this.t('timeline.zoomIn')}</button>
          <button type="button" class="secondary" data-action="zoom-out" @click=${() => (this.viewport = zoomViewport(v, 2))}>${this.t('timeline.zoomOut')}</button>
          <button type="button" class="secondary" data-action="earlier" @click=${() => (this.viewport = panViewport(v, -0.5))}>${this.t('timeline.earlier')}</button>
          <button type="button" class="secondary" data-action="later" @click=${() => (this.viewport = panViewport(v, 0.5))}>${this.t('timeline.later')}</button>
          <button type="button" class="secondary" data-action="fit" @click=${() => (this.viewport = null)}>${this.t('timeline.fit')}</button>
          <div class="group" role="group" aria-label=${this.t('timeline.lanesBy')}>
            <span class="group-label" aria-hidden="true">${this.t('timeline.lanesBy')}</span>
            ${(['agency', 'child'] as const).map((m) => html`<button type="button" class="secondary" data-lanes=${m} aria-pressed=${this.lanes === m ? 'true' : 'false'}
              @click=${() => this.setView(this.view, this.audience, m)}>${this.t(`timeline.lanes.${m}`)}</button>`)}
          </div>
        </div>
        <p class="counts" aria-live="polite">${this.t('timeline.showing', { from: fmt(v.start), to: fmt(v.end) })}</p>
        <p class="cw-hint" id="timeline-help">${this.t('timeline.help')}</p>
        ${dense ? html`<p class="cw-hint">${this.t('timeline.dense', { count: inView.length })}</p>` : nothing}
        <div class="timeline-wrap">
          <svg class="timeline" role="group" viewBox="0 0 ${W} ${H}" width=${W} height=${H}
            aria-label=${this.t('timeline.label', { count: shown.length, from: fmt(range.start), to: fmt(range.end) })}
            aria-describedby="timeline-help" @keydown=${(e: KeyboardEvent) => this.onTimelineKey(e, shown, focusRow)}>
            <defs>
              <pattern id="cw-gap-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line>
              </pattern>
            </defs>
            <g aria-hidden="true">
              ${lanes.map((l, i) => svg`
                ${i % 2 === 0 ? svg`<rect class="lane-bg" x="0" y=${AXIS_H + i * LANE_H} width=${W} height=${LANE_H}></rect>` : nothing}
                <text class="lane-label" x="6" y=${AXIS_H + i * LANE_H + LANE_H / 2 + 4}>${clip(laneName(l), labelW - 10)}<title>${laneName(l)}</title></text>`)}
              <line class="axis-line" x1=${labelW} x2=${W} y1=${AXIS_H - 4} y2=${AXIS_H - 4}></line>
              ${tickList.map((tk) => svg`<line class="tick ${tk.major ? 'major' : ''}" x1=${x(tk.t)} x2=${x(tk.t)} y1=${AXIS_H - 10} y2=${H - 20}></line>
                <text class="tick-label" x=${x(tk.t) + 3} y="14">${tk.label}</text>`)}
              ${gaps.map((g) => {
                const gx = Math.max(labelW, x(g.start)), gw = Math.min(W, x(g.end)) - gx;
                return gw > 1 ? svg`<rect class="gap" x=${gx} y=${AXIS_H - 4} width=${gw} height=${lanes.length * LANE_H + 4}></rect>
                  ${gw > 90 ? svg`<text class="gap-label" x=${gx + 4} y=${H - 6}>${this.t('timeline.gap', { days: g.days })}</text>` : nothing}` : nothing;
              })}
              ${periods.map((r) => laneIdsOf(r, model, this.lanes).map((laneId) => {
                const bx = Math.max(labelW, x(r.start)), bw = Math.max(3, Math.min(W, x(r.periodEnd!)) - bx);
                const cls = ['plan', 'placement', 'missing'].includes(r.entry.category) ? r.entry.category : 'other';
                return svg`<rect class="band ${cls}" x=${bx} y=${laneY(laneId) + 6} width=${bw} height=${LANE_H - 12}><title>${this.present(r).date}: ${this.present(r).title}</title></rect>`;
              }))}
              ${bins ? [...bins].map(([laneId, arr]) => {
                // One path per lane keeps the DOM small however many entries there are.
                const y0 = laneY(laneId) + LANE_H - 5;
                let peak = 1;
                for (const c of arr) peak = Math.max(peak, c);
                let d = '';
                arr.forEach((c, b) => {
                  if (!c) return;
                  const h = Math.max(2, ((LANE_H - 10) * Math.log2(1 + c)) / Math.log2(1 + peak));
                  d += `M${labelW + b * 4} ${y0}v${-h.toFixed(1)}h3v${h.toFixed(1)}z`;
                });
                return svg`<path class="density" d=${d}></path>`;
              }) : nothing}
            </g>
            ${drawn.map(markerFor)}
          </svg>
        </div>
        <ul class="legend" part="legend" aria-label=${this.t('timeline.legend')}>
          ${SIGNIFICANCES.map((s, i) => html`<li><svg aria-hidden="true" viewBox="0 0 24 18"><g class="marker sig-${s}">${
            i >= 3 ? svg`<path class="shape" d="M12 2L21 16L3 16Z"></path>` : i === 2 ? svg`<rect class="shape" x="7" y="4" width="10" height="10" transform="rotate(45 12 9)"></rect>` : svg`<circle class="shape" cx="12" cy="9" r=${4 + i * 1.6}></circle>`
          }</g></svg>${this.t(`sig.${s}`)}</li>`)}
          <li><svg aria-hidden="true" viewBox="0 0 24 18"><rect class="band plan" x="0" y="3" width="24" height="12"></rect></svg>${this.t('timeline.legend.period')}</li>
          <li><svg aria-hidden="true" viewBox="0 0 24 18"><rect class="gap" x="1" y="1" width="22" height="16"></rect></svg>${this.t('timeline.legend.gap')}</li>
          <li><svg aria-hidden="true" viewBox="0 0 24 18"><line class="span-line" x1="1" x2="23" y1="9" y2="9"></line><circle cx="12" cy="9" r="4" class="marker-dot"></circle></svg>${this.t('timeline.legend.imprecise')}</li>
        </ul>
        ${gaps.length ? html`<ul class="cw-visually-hidden">${gaps.map((g) => html`<li>${this.t('timeline.gap', { days: g.days })}: ${fmt(g.start)} – ${fmt(g.end)}</li>`)}</ul>` : nothing}
      </div>
    `;
  }

  private onTimelineKey(e: KeyboardEvent, shown: Row[], focusRow: Row): void {
    const i = Math.max(0, shown.indexOf(focusRow));
    let next = -1;
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': next = Math.min(shown.length - 1, i + 1); break;
      case 'ArrowLeft': case 'ArrowUp': next = Math.max(0, i - 1); break;
      case 'Home': next = 0; break;
      case 'End': next = shown.length - 1; break;
      case 'PageDown': next = Math.min(shown.length - 1, i + 10); break;
      case 'PageUp': next = Math.max(0, i - 10); break;
      case 'Enter': case ' ': e.preventDefault(); this.selectEntry(focusRow); return;
      case '+': case '=': e.preventDefault(); this.viewport = zoomViewport(this.currentViewport(), 0.5, focusRow.mid); this.pendingMarkerFocus = true; return;
      case '-': case '_': e.preventDefault(); this.viewport = zoomViewport(this.currentViewport(), 2, focusRow.mid); this.pendingMarkerFocus = true; return;
      default: return;
    }
    e.preventDefault();
    const row = shown[next]!;
    this.focusId = row.id;
    this.viewport = revealInViewport(this.currentViewport(), row.mid);
    this.pendingMarkerFocus = true;
  }

  // ---------------------------------------------------------------- editing

  private openForm(entry?: ChronologyEntry): void {
    if (!this.editable) return;
    this.message = null;
    this.edit = { mode: entry ? 'edit' : 'add', ...(entry ? { before: entry } : {}), values: valuesFromEntry(entry), errors: [], submitted: false };
    if (!entry && this.chronologyModel.subjectIds.length === 1) this.edit.values.subjectIds = [...this.chronologyModel.subjectIds];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form.entry h3')?.focus());
  }

  private setValue<K extends FormField>(key: K, value: EntryFormValues[K]): void {
    if (!this.edit) return;
    this.edit = { ...this.edit, values: { ...this.edit.values, [key]: value } };
  }

  private async submitForm(e: Event): Promise<void> {
    e.preventDefault();
    const edit = this.edit;
    if (!edit) return;
    const id = edit.before?.id ?? newId();
    const { entry, errors } = entryFromValues(edit.values, id, edit.before);
    if (!entry) {
      this.edit = { ...edit, errors, submitted: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.form-errors')?.focus();
      return;
    }
    const change = makeChange<ChronologyEntry>('ChronologyEntry', edit.mode === 'add' ? 'create' : 'update', this.effectiveActor, edit.before ?? null, entry);
    const result = await this.commit(change);
    if (result.ok) {
      this.edit = null;
      this.message = { kind: 'ok', text: this.t('edit.saved', { title: entry.title }) };
      this.presented.clear();
    } else {
      this.message = { kind: 'alert', text: this.t(`result.${result.reason}`, { message: result.message }) };
    }
  }

  private renderForm() {
    const edit = this.edit!;
    const v = edit.values;
    const model = this.chronologyModel;
    const err = (f: FormField) => edit.errors.find((x) => x.field === f);
    const labels: Record<FormField, ChronologyKey> = {
      date: 'edit.date', approximate: 'edit.approximate', time: 'edit.time', endDate: 'edit.endDate', title: 'edit.title', summary: 'edit.summary',
      category: 'edit.category', sourceAgencyId: 'edit.agency', subjectIds: 'edit.subjects', significance: 'edit.significance', impact: 'edit.impact',
      action: 'edit.action', disputed: 'edit.disputed', familyView: 'edit.familyView', confidentiality: 'edit.confidentiality',
    };
    const errText = (x: FormError) => (x.key === 'error.other' ? this.t('error.other', { field: this.t(labels[x.field]), message: x.message ?? '' }) : this.t(x.key));
    const row = (f: FormField, control: TemplateResult, hint?: ChronologyKey) => {
      const x = err(f);
      return html`<div class="row ${x ? 'error' : ''}">
        <label for="e-${f}">${this.t(labels[f])}</label>
        ${hint ? html`<p class="cw-hint" id="e-${f}-hint">${this.t(hint)}</p>` : nothing}
        ${x ? html`<p class="cw-error-message" id="e-${f}-error"><span class="cw-visually-hidden">${this.t('edit.errorHeading')}:</span> ${errText(x)}</p>` : nothing}
        ${control}
      </div>`;
    };
    const described = (f: FormField, hint: boolean) => [hint ? `e-${f}-hint` : '', err(f) ? `e-${f}-error` : ''].filter(Boolean).join(' ') || nothing;
    const text = (f: 'date' | 'time' | 'endDate' | 'title', hint: ChronologyKey | undefined, narrow = false) => row(f, html`<input id="e-${f}" type="text" class=${narrow ? 'narrow' : ''}
        .value=${v[f]} aria-describedby=${described(f, !!hint)} aria-invalid=${err(f) ? 'true' : 'false'}
        @input=${(e: Event) => this.setValue(f, (e.target as HTMLInputElement).value)}>`, hint);
    const area = (f: 'summary' | 'impact' | 'action' | 'familyView', hint?: ChronologyKey) => row(f, html`<textarea id="e-${f}" rows="3" .value=${v[f]}
        aria-describedby=${described(f, !!hint)} @input=${(e: Event) => this.setValue(f, (e.target as HTMLTextAreaElement).value)}></textarea>`, hint);
    const check = (f: 'approximate' | 'disputed') => html`<div class="row check">
        <input id="e-${f}" type="checkbox" .checked=${v[f]} @change=${(e: Event) => this.setValue(f, (e.target as HTMLInputElement).checked)}>
        <label class="inline" for="e-${f}">${this.t(`edit.${f}`)}</label></div>`;
    return html`
      <form class="entry" part="form" novalidate @submit=${(e: Event) => void this.submitForm(e)}>
        <h3 tabindex="-1">${this.t(edit.mode === 'add' ? 'edit.heading.add' : 'edit.heading.edit')}</h3>
        ${edit.errors.length
          ? html`<div class="form-errors" role="alert" tabindex="-1" aria-labelledby="form-errors-h">
              <h3 id="form-errors-h">${this.t('edit.errorHeading')}</h3>
              <ul>${edit.errors.map((x) => html`<li><button type="button" class="link" @click=${() => this.renderRoot.querySelector<HTMLElement>(`#e-${x.field}`)?.focus()}>${errText(x)}</button></li>`)}</ul>
            </div>`
          : nothing}
        ${text('date', 'edit.dateHint', true)}
        ${check('approximate')}
        ${text('time', 'edit.timeHint', true)}
        ${text('endDate', 'edit.endDateHint', true)}
        ${text('title', 'edit.titleHint')}
        ${area('summary')}
        ${row('category', html`<select id="e-category" @change=${(e: Event) => this.setValue('category', (e.target as HTMLSelectElement).value as Category)}>
          ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${v.category === c}>${this.t(`cat.${c}`)}</option>`)}</select>`)}
        ${row('sourceAgencyId', html`<select id="e-sourceAgencyId" @change=${(e: Event) => this.setValue('sourceAgencyId', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!v.sourceAgencyId}>${this.t('noAgency')}</option>
          ${(this.caseData.bundle.agencies ?? []).map((a) => html`<option value=${a.id} ?selected=${v.sourceAgencyId === a.id}>${a.name}</option>`)}</select>`)}
        <fieldset class="row">
          <legend>${this.t('edit.subjects')}</legend>
          <div class="options">
            ${(this.caseData.bundle.people ?? []).map((p, i) => html`<div class="check">
              <input type="checkbox" id="e-subj-${i}" .checked=${v.subjectIds.includes(p.id)}
                @change=${(e: Event) => this.setValue('subjectIds', this.toggleIn(v.subjectIds, p.id, (e.target as HTMLInputElement).checked))}>
              <label class="inline" for="e-subj-${i}">${this.nameOf(p.id)}</label></div>`)}
          </div>
        </fieldset>
        <fieldset class="row">
          <legend>${this.t('edit.significance')}</legend>
          ${SIGNIFICANCES.map((s) => html`<div class="check">
            <input type="radio" name="significance" id="e-sig-${s}" .checked=${v.significance === s}
              @change=${() => this.setValue('significance', s as Significance)}>
            <label class="inline" for="e-sig-${s}">${this.t(`sig.${s}`)}</label></div>`)}
        </fieldset>
        ${area('impact', 'edit.impactHint')}
        ${area('action')}
        ${check('disputed')}
        ${area('familyView')}
        ${row('confidentiality', html`<select id="e-confidentiality" @change=${(e: Event) => this.setValue('confidentiality', (e.target as HTMLSelectElement).value as EntryFormValues['confidentiality'])}>
          ${CONFIDENTIALITIES.map((c) => html`<option value=${c} ?selected=${v.confidentiality === c}>${this.t(`conf.${c}`)}</option>`)}</select>`)}
        <div class="buttons">
          <button type="submit">${this.t('edit.save')}</button>
          <button type="button" class="secondary" @click=${() => { this.edit = null; }}>${this.t('edit.cancel')}</button>
        </div>
      </form>
    `;
  }
}

export type { CaseBundle };
