import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Announcer, CaseElement, FocusController, LocalizeController, PrintController, RovingFocusController, emit, makeChange, newId,
  type CaseBundle, type ChronologyEntry, type ChronologyView, type CwFilterChangeDetail, type CwViewChangeDetail, type LaneMode,
} from '@opencasework/core';
import { chronologyStyles } from './chronology.styles.js';
import { chronologyMessages } from './messages/index.js';
import { chronologyView } from './chronology-view.js';
import { caseTitleIn, showsSourceRecords, timelineRows, withheldCountIn, type Audience } from './audience-policy.js';
import { emptyFilters, normaliseFilters, type ChronologyFilters } from './filter.js';
import type { Row } from './model.js';
import type { DeepPartial, PatternConfig } from './patterns.js';
import { agencyLabel, type PresentedEntry } from './present.js';
import { chronologyCsv, chronologyText, copyToClipboard, downloadCsv } from './export.js';
import { entryFromValues, valuesFromEntry, type EntryFormValues, type FormField } from './form/entry-form.js';
import { entryFormView, type EditState } from './form/entry-form-view.js';
import { fitViewport, revealInViewport, type Viewport } from './timeline/timeline-geometry.js';
import { timelineKeyAction, timelineRangeText, timelineView } from './timeline/timeline-view.js';
import { filtersView } from './views/filters.js';
import { patternsView } from './views/patterns.js';
import { tableView } from './views/table.js';
import { toolbarView } from './views/toolbar.js';
import { VirtualRowsController } from './views/virtual-rows.js';

// The event details and view types live in core's event map; re-exported under the names this package has always used.
export type { ChronologyView, CwFilterChangeDetail, CwViewChangeDetail };

/**
 * The child's story over time, merged from every agency: a table with the columns practice guidance asks for and a
 * zoomable timeline with one lane per agency or per child; filters and search; patterns worth a second look
 * (prompts for professional judgement); redacted, anonymised and court versions; CSV, plain text and print.
 *
 * @tag cw-chronology
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

  @state() private width = 800;
  /** The timeline's stretch of time; null fits the whole chronology. */
  @state() private viewport: Viewport | null = null;
  /** The entry holding the timeline's keyboard stop. */
  @state() private focusId = '';
  @state() private moreOpen = false;
  @state() private patternsOpen = false;
  /** The model whose patterns the reader has seen (the count stays in the summary after the panel closes). */
  @state() private patternsSeenFor: unknown = null;
  @state() private edit: EditState | null = null;
  @state() private message: { kind: 'ok' | 'alert'; text: string } | null = null;
  @state() private copyFallback = '';

  private readonly l = new LocalizeController(this, chronologyMessages);
  private readonly derive = chronologyView();
  private readonly rows = new VirtualRowsController(this, { scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroll:not(.all)') });
  /** While printing: every shown entry, and the table instead of the timeline. */
  private readonly printer = new PrintController(this);
  private readonly focuser = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** The timeline's markers: one keyboard stop; the arrow keys move through the entries in date order (drawn or not). */
  private readonly markers = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('svg.timeline .marker[data-id]')],
    next: (current, key) => this.onTimelineKey(current, key),
  });
  private resizeObserver: ResizeObserver | undefined;
  private lastSelectedEntry = '';
  /** What the count line said last, so that a change the reader made is announced. */
  private lastCounts = '';

  override connectedCallback(): void {
    super.connectedCallback();
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
    this.resizeObserver?.disconnect();
  }

  // ---------------------------------------------------------------- derived data (memoised in chronology-view.ts)

  private get model() { return this.derive.model(this.caseData.bundle); }
  private get presenter() {
    const { locale, dateLocale } = this.l;
    return this.derive.presenter(this.model, this.caseData.bundle, dateLocale, this.audience, chronologyMessages.isLoaded(locale) ? locale : 'en');
  }
  /** The person selected in a linked component, if any. */
  private get selectedPersonId(): string {
    const s = this.currentSelection;
    return s && s.kind === 'person' && this.model.personName.has(s.id) ? s.id : '';
  }
  private get selectedEntryId(): string {
    const s = this.currentSelection;
    return s && s.kind === 'entry' ? s.id : '';
  }
  private get shown() { return this.derive.shown(this.model, this.filters, this.selectedPersonId, this.audience, this.presenter); }
  private get events() { return this.derive.events(this.shown.shown, this.audience, this.noMerge); }
  private get gaps() { return this.derive.gaps(this.model.rows, this.gapDays); }
  private get findings() { return this.derive.findings(this.model, this.audience, this.presenter, this.l.dateLocale, this.patternConfig); }

  // ---------------------------------------------------------------- public API

  /** The entries shown (after filters and the person selection), in date order, as the current version presents them. */
  presentedEntries(): PresentedEntry[] {
    const { present } = this.presenter;
    return this.shown.shown.map((r) => present(r));
  }

  /** The shown entries as CSV (one line per entry, every source kept), in the current version and language. */
  toCsv(): string {
    return chronologyCsv(this.presentedEntries(), this.l.dateLocale);
  }

  /** The shown entries as plain text, headed with the case title. */
  toPlainText(): string {
    return chronologyText(this.presentedEntries(), this.l.dateLocale, this.printTitle());
  }

  /** Downloads the CSV (generated in the browser; nothing is sent anywhere). */
  downloadCsv(): void {
    downloadCsv(this.toCsv(), this.model.case.id, this.l.t('export.fileName'), this.renderRoot);
  }

  /** Copies the plain text to the clipboard; where the browser refuses, shows it in a box to copy by hand. */
  async copyText(): Promise<boolean> {
    const text = this.toPlainText();
    const ok = await copyToClipboard(text);
    this.copyFallback = ok ? '' : text;
    this.message = ok ? { kind: 'ok', text: this.l.t('export.copied') } : { kind: 'alert', text: this.l.t('export.copyFailed') };
    return ok;
  }

  /** Prints every shown entry (not only those scrolled into view) with the case title and print date. */
  print(): Promise<void> {
    return this.printer.print();
  }

  /** Moves to an entry: scrolls the table to it (or reveals it on the timeline) and focuses it. */
  async revealEntry(id: string): Promise<void> {
    const row = this.model.byId.get(id);
    if (!row) return;
    if (this.view === 'timeline') {
      this.moveTimelineFocus(row, revealInViewport(this.currentViewport(), row.mid));
      return;
    }
    const events = this.events;
    const i = events.findIndex((e) => e.rows.some((r) => r.id === id));
    if (i < 0) return;
    this.rows.scrollTo(events, i);
    this.focuser.after(() => this.renderRoot.querySelector<HTMLElement>(`[data-event="${CSS.escape(events[i]!.id)}"] .title-button`));
  }

  // ---------------------------------------------------------------- state changes

  private readonly setFilters = (next: Partial<ChronologyFilters>): void => {
    this.filters = normaliseFilters({ ...this.filters, ...next });
    this.rows.reset();
    emit(this, 'cw-filter-change', { filters: { ...this.filters } });
  };

  private setView(view: ChronologyView, audience = this.audience, lanes = this.lanes): void {
    this.view = view;
    this.audience = audience;
    this.lanes = lanes;
    emit(this, 'cw-view-change', { view, audience, lanes });
  }

  private readonly selectEntry = (row: Row): void => {
    this.select({ kind: 'entry', id: row.id, related: [...row.subjectIds] });
  };

  private currentViewport(): Viewport {
    return this.viewport ?? fitViewport(this.model.range);
  }

  private get timelineRows(): Row[] {
    return this.derive.timelineRows(this.audience, this.shown.shown);
  }

  /** Moves the timeline's keyboard stop to an entry, revealing it, and focuses its marker once drawn. */
  private moveTimelineFocus(row: Row, viewport: Viewport): void {
    this.focusId = row.id;
    this.viewport = viewport;
    this.markers.focus((items) => items.find((m) => m.dataset.id === row.id));
  }

  /** The timeline's keys, for the RovingFocusController: it takes every key this answers (null), and no other. */
  private onTimelineKey(current: HTMLElement, key: string): null | undefined {
    const shown = this.timelineRows;
    const focusRow = shown.find((r) => r.id === current.dataset.id) ?? shown[0];
    const action = focusRow ? timelineKeyAction(key, shown, focusRow, this.currentViewport()) : null;
    if (!action) return undefined;
    if (action.kind === 'select') this.selectEntry(action.row);
    else if (action.kind === 'zoom') { this.viewport = action.viewport; this.moveTimelineFocus(focusRow!, action.viewport); }
    else this.moveTimelineFocus(action.row, action.viewport);
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('filters')) this.filters = normaliseFilters(this.filters);
    if (changed.has('bundle')) this.viewport = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.announce(changed);
    // Follow an entry selected in a linked component: bring it into view.
    const selId = this.selectedEntryId;
    if (selId !== this.lastSelectedEntry) {
      this.lastSelectedEntry = selId;
      const row = selId ? this.model.byId.get(selId) : undefined;
      if (row && this.view === 'timeline') {
        this.focusId = selId;
        this.viewport = revealInViewport(this.currentViewport(), row.mid);
      } else if (row) {
        const i = this.events.findIndex((e) => e.rows.some((r) => r.id === selId));
        if (i >= 0) this.rows.reveal(this.events, i);
      }
    }
  }

  // ---------------------------------------------------------------- editing

  private openForm(entry?: ChronologyEntry): void {
    if (!this.editable) return;
    this.message = null;
    this.edit = { mode: entry ? 'edit' : 'add', ...(entry ? { before: entry } : {}), values: valuesFromEntry(entry), errors: [], submitted: false };
    if (!entry && this.model.subjectIds.length === 1) this.edit.values.subjectIds = [...this.model.subjectIds];
    this.focuser.after('form.entry h3');
  }

  private setValue<K extends FormField>(key: K, value: EntryFormValues[K]): void {
    if (this.edit) this.edit = { ...this.edit, values: { ...this.edit.values, [key]: value } };
  }

  private async submitForm(e: Event): Promise<void> {
    e.preventDefault();
    const edit = this.edit;
    if (!edit) return;
    const { entry, errors } = entryFromValues(edit.values, edit.before?.id ?? newId(), edit.before);
    if (!entry) {
      this.edit = { ...edit, errors, submitted: true };
      this.focuser.after('.form-errors');
      return;
    }
    const change = makeChange<ChronologyEntry>('ChronologyEntry', edit.mode === 'add' ? 'create' : 'update', this.effectiveActor, edit.before ?? null, entry);
    const result = await this.commit(change);
    if (result.ok) {
      this.edit = null;
      this.message = { kind: 'ok', text: this.l.t('edit.saved', { title: entry.title }) };
    } else {
      this.message = { kind: 'alert', text: this.l.t(`result.${result.reason}`, { message: result.message }) };
    }
  }

  // ---------------------------------------------------------------- rendering

  private printTitle(): string {
    const title = caseTitleIn(this.audience, this.model.case.title);
    return title ? this.l.t('print.title', { title }) : this.l.t('heading');
  }

  /** "Showing 3 of 9 entries · 6 hidden by filters · 2 events (…)": shown, and announced when the reader changes it. */
  private countsText(): string {
    const { shown, hidden } = this.shown;
    const events = this.events.length;
    const total = this.model.rows.length;
    return [
      this.l.t('count.shown', { shown: shown.length, count: total }),
      hidden ? this.l.t('count.hidden', { hidden }) : '',
      events !== shown.length ? this.l.t('count.events', { count: events }) : '',
    ].filter(Boolean).join(' · ');
  }

  /** What a screen reader hears after the reader filters, selects a person elsewhere or moves the timeline. */
  private announce(changed: PropertyValues): void {
    const person = this.selectedPersonId;
    const counts = this.model.rows.length ? this.countsText() : '';
    const text = [person ? this.l.t('selection.notice', { name: this.presenter.nameOf(person) }) : '', counts].filter(Boolean).join(' ');
    if (text !== this.lastCounts) {
      if (this.lastCounts) this.announcer.polite(text);
      this.lastCounts = text;
    } else if (changed.has('viewport') && this.view === 'timeline' && this.timelineRows.length) {
      this.announcer.polite(timelineRangeText(this.l, this.currentViewport()));
    }
  }

  override render() {
    const { l, model, presenter, audience } = this;
    const { shown } = this.shown;
    const total = model.rows.length;
    const person = this.selectedPersonId;
    const view = this.printer.printing && this.view === 'timeline' ? 'table' : this.view;
    const agencyName = (id: string) => agencyLabel(model, id, l.locale);
    const people = (ids: readonly { id: string }[]): [string, string][] => ids.map((p) => [p.id, presenter.nameOf(p.id)]);
    return html`
      <section part="base" aria-label=${l.t('region', { title: caseTitleIn(audience, model.case.title) })}>
        ${this.announcer.regions()}
        <cw-error-summary .issues=${this.caseData.issues}></cw-error-summary>
        <div class="print-header">
          <h2>${this.printTitle()}</h2>
          <p>${l.t('print.date', { date: l.date(this.currentDay(), { style: 'long' }) })}</p>
        </div>
        <slot name="heading" class="no-print"><h2>${l.t('heading')}</h2></slot>
        ${toolbarView({
          l, view: this.view, audience, hasEntries: total > 0, canAdd: this.editable && !this.edit,
          onView: (v) => this.setView(v), onAudience: (a) => this.setView(this.view, a), onCsv: () => this.downloadCsv(),
          onCopy: () => void this.copyText(), onPrint: () => void this.print(), onAdd: () => this.openForm(),
        })}
        ${this.edit
          ? entryFormView({
            l, edit: this.edit, agencies: (this.caseData.bundle.agencies ?? []).map((a) => [a.id, a.name]), people: people(this.caseData.bundle.people ?? []),
            onValue: (k, v) => this.setValue(k, v), onSubmit: (e) => void this.submitForm(e), onCancel: () => { this.edit = null; },
            onFocusField: (f) => this.renderRoot.querySelector<HTMLElement>(`#e-${f}`)?.focus(),
          })
          : nothing}
        ${this.message
          ? html`<div class=${this.message.kind === 'ok' ? 'status-ok no-print' : 'alert no-print'} role=${this.message.kind === 'ok' ? 'status' : 'alert'}>${this.message.text}</div>`
          : nothing}
        ${this.copyFallback ? html`<label class="no-print">${l.t('export.copy')}<textarea class="copy" readonly .value=${this.copyFallback}></textarea></label>` : nothing}
        ${total
          ? filtersView({
            l, filters: this.filters, moreOpen: this.moreOpen, agencies: model.agencies.map((a) => [a.id, agencyName(a.id)]), people: people(model.people),
            onFilters: this.setFilters, onMoreToggle: (open) => { this.moreOpen = open; },
          })
          : nothing}
        ${person
          ? html`<div class="notice selection">
              ${l.t('selection.notice', { name: presenter.nameOf(person) })}
              <button type="button" class="link" @click=${() => this.select(null)}>${l.t('selection.clear')}</button>
            </div>`
          : nothing}
        ${audience === 'redacted' ? html`<div class="notice warning"><p>${l.t('redacted.notice')}</p><p><strong>${l.t('withheld.count', { count: withheldCountIn(audience, model.rows) })}</strong></p></div>` : nothing}
        ${audience === 'anonymised' ? html`<div class="notice warning"><p>${l.t('anon.notice')}</p></div>` : nothing}
        ${total ? html`<p class="counts">${this.countsText()}</p>` : nothing}
        ${total && !this.hidePatterns
          ? patternsView({
            l, open: this.patternsOpen, findings: this.patternsOpen || this.patternsSeenFor === model ? this.findings : null,
            rowOf: (id) => model.byId.get(id), present: presenter.present,
            onToggle: (open) => { this.patternsOpen = open; if (open) this.patternsSeenFor = model; },
            onEntry: (row) => { this.selectEntry(row); void this.revealEntry(row.id); },
          })
          : nothing}
        ${!total ? html`<p class="empty">${l.t('empty')}</p>` : !shown.length ? html`<p class="empty">${l.t('emptyFiltered')}</p>` : view === 'timeline' ? this.renderTimeline() : this.renderTable(view === 'court')}
      </section>
    `;
  }

  private renderTable(court: boolean) {
    const events = this.events;
    const resetKey = `${this.width}|${this.audience}|${this.l.locale}|${this.view}|${this.editable}`;
    return tableView({
      l: this.l, events, court, rows: this.rows.window(events, resetKey, this.printer.printing), caption: this.printTitle(),
      selectedId: this.selectedEntryId, gapAfter: this.gaps.byAfter, query: this.filters.text, showsSources: showsSourceRecords(this.audience),
      editable: this.editable, present: this.presenter.present, agencyLabel: (id) => agencyLabel(this.model, id, this.l.locale),
      onScroll: this.rows.onScroll, onSelect: this.selectEntry, onEdit: (entry) => this.openForm(entry),
    });
  }

  private renderTimeline() {
    const shown = this.timelineRows;
    if (!shown.length) return html`<p class="empty">${this.l.t('emptyFiltered')}</p>`;
    return timelineView({
      l: this.l, model: this.model, shown, gaps: this.gaps.gaps, lanes: this.lanes, viewport: this.currentViewport(),
      width: this.width, focusId: this.focusId, selectedId: this.selectedEntryId, present: this.presenter.present, nameOf: this.presenter.nameOf,
      agencyLabel: (id) => agencyLabel(this.model, id, this.l.locale), onViewport: (v) => { this.viewport = v; },
      onLanes: (m) => this.setView(this.view, this.audience, m), onKeydown: (e) => this.markers.handleKeydown(e),
      onMarker: (r) => { this.focusId = r.id; this.selectEntry(r); },
    });
  }
}

export type { CaseBundle };
