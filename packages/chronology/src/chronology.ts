import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer, CaseElement, FocusController, LocalizeController, PrintController, emit } from '@opencasework/core';
import type { CaseBundle, ChronologyEntry, ChronologyView, CwFilterChangeDetail, CwViewChangeDetail, LaneMode } from '@opencasework/core';
import { chronologyStyles } from './chronology.styles.js';
import { chronologyMessages } from './messages/index.js';
import { chronologyView } from './chronology-view.js';
import { anonymises, caseTitleIn, linksToRecords, showsSourceRecords, withheldCountIn, type Audience } from './audience-policy.js';
import { emptyFilters, normaliseFilters, type ChronologyFilters } from './filter.js';
import type { Row } from './model.js';
import type { DeepPartial, PatternConfig } from './patterns.js';
import type { PresentedEntry } from './present.js';
import { chronologyCsv, chronologyText, copyToClipboard, downloadCsv } from './export.js';
import { EntryFormSlot } from './form/entry-form-slot.js';
import { TimelineController } from './timeline/timeline-controller.js';
import { timelineRangeText } from './timeline/timeline-text.js';
import { filtersView } from './views/filters.js';
import { StatusAnnouncer, countsText, noticesView, resultView, type ResultMessage } from './views/notices.js';
import { PatternsPanel } from './views/patterns.js';
import { TableController, type TableState } from './views/table-controller.js';
import { toolbarView } from './views/toolbar.js';
import { WidthController } from './views/width-controller.js';

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
 * @fires cw-document-open - The reader asked to open a document from its entry (`{ documentId, entryId }`, cancelable).
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
 * @csspart conflict - The panel shown when someone else changed the entry being saved (theirs beside mine).
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
  /** "Today" (YYYY-MM-DD; default the real date): where open plans end on the timeline, the day prompts are worked out to. */
  @property() today = '';

  @state() private moreOpen = false;
  @state() private message: ResultMessage | null = null;
  @state() private copyFallback = '';

  private readonly l = new LocalizeController(this, chronologyMessages);
  private readonly size = new WidthController(this);
  private readonly derive = chronologyView();
  private readonly table = new TableController(this, () => this.renderRoot.querySelector<HTMLElement>('.scroll:not(.all)'));
  /** While printing: every shown entry, and the table instead of the timeline. */
  private readonly printer = new PrintController(this);
  private readonly focuser = new FocusController(this);
  private readonly patterns = new PatternsPanel(this);
  private readonly form = new EntryFormSlot(this, { l: this.l, focus: this.focuser, commit: (change) => this.commit(change),
    actor: () => this.effectiveActor, onMessage: (message) => (this.message = message) }); // prettier-ignore
  private readonly announcer = new Announcer(this);
  private readonly timeline = new TimelineController(this, {
    root: () => this.renderRoot,
    rows: () => this.timelineEvents.primaries,
    range: () => this.derive.timelineRange(this.timelineRows, this.filters.from, this.filters.to, this.spansOf()),
    select: (row) => this.selectEntry(row),
    onMove: (v) => this.announcer.polite(timelineRangeText(this.l, v)),
  });
  private readonly status = new StatusAnnouncer(this.announcer);
  private lastSelectedEntry = '';
  // ---------------------------------------------------------------- derived data (memoised in chronology-view.ts)

  private get model() {
    return this.derive.model(this.caseData.bundle, this.today);
  }
  private get presenter() {
    const messages = chronologyMessages.isLoaded(this.l.locale) ? this.l.locale : 'en'; // starts again when Welsh arrives
    return this.derive.presenter(this.model, this.caseData.bundle, this.l.dateLocale, this.audience, messages, this.spansOf);
  }
  /** Where plans really end: worked out (once per bundle) only when a view needs it. */
  private readonly spansOf = () => this.derive.spans(this.model, this.today);
  /** The person selected in a linked component, if any. */
  private get selectedPersonId(): string {
    const s = this.currentSelection;
    return s && s.kind === 'person' && this.model.personName.has(s.id) ? s.id : '';
  }
  private get selectedEntryId(): string {
    const s = this.currentSelection;
    return s && s.kind === 'entry' ? s.id : '';
  }
  private get shown() {
    const { model, filters, audience, presenter, searchIndex } = this;
    return this.derive.shown(model, filters, this.selectedPersonId, audience, presenter, searchIndex, this.spansOf);
  }
  private get searchIndex() { return this.derive.searchIndex(this.caseData.bundle); } // prettier-ignore
  private get events() { return this.derive.events(this.shown.shown, this.audience, this.noMerge, this.model.names, this.model.ownNames); } // prettier-ignore
  private get tableState(): TableState {
    const resetKey = `${this.size.width}|${this.audience}|${this.l.locale}|${this.view}|${this.editable}`;
    return { events: this.events, audience: this.audience, order: this.filters.order, resetKey, printing: this.printer.printing };
  }
  private get gaps() { return this.derive.gaps(this.model.rows, this.gapDays); } // prettier-ignore
  private get findings() {
    const { audience, presenter, l, patternConfig, today } = this;
    return this.patterns.findings(this.caseData.bundle, audience, presenter.nameOf, l.locale, patternConfig, today);
  }

  // ---------------------------------------------------------------- public API

  /** The entries shown (after filters and the person selection), in date order, as the current version presents them. */
  presentedEntries(): PresentedEntry[] {
    const rows = this.filters.order === 'newest' ? [...this.shown.shown].reverse() : this.shown.shown; // the reader's order
    return rows.map(this.presenter.present);
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
      this.timeline.moveTo(row);
      return;
    }
    const eventId = this.table.scrollTo(this.tableState, this.view === 'court', id);
    if (eventId)
      this.focuser.after(() => this.renderRoot.querySelector<HTMLElement>(`[data-event="${CSS.escape(eventId)}"] .title-button`));
  }

  // ---------------------------------------------------------------- state changes

  // Buttons that remove themselves move focus on, never to the page: to the search box, or the control before it.
  private readonly clearFilters = (next: Partial<ChronologyFilters>) => (this.setFilters(next), this.focuser.after('#search'));
  private readonly clearPerson = () => (this.select(null), this.focuser.after('details.more > summary', '#search'));

  private readonly setFilters = (next: Partial<ChronologyFilters>): void => {
    this.filters = normaliseFilters({ ...this.filters, ...next });
    this.table.rows.reset();
    this.timeline.viewport = null; // the axis fits the new filters
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

  private get timelineRows(): Row[] {
    return this.derive.timelineRows(this.audience, this.shown.shown);
  }
  private get timelineEvents() {
    const { timelineRows: rows, model } = this;
    return this.derive.timelineEvents(
      rows === this.shown.shown ? this.events : this.derive.timelineGroups(rows, this.audience, this.noMerge, model.names, model.ownNames),
    );
  }

  /** Also waits for the timeline's drawing while its code loads (on demand). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.timeline.afterDrawing(() => this.form.after(() => super.getUpdateComplete()));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('filters')) this.filters = normaliseFilters(this.filters);
    if (changed.has('bundle')) this.timeline.viewport = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.editable) this.form.prefetch(); // the form's code, so that it opens at once when asked for
    // A screen reader hears the new counts (and the person selected elsewhere) when they change.
    const person = this.selectedPersonId;
    this.status.say([person ? this.l.t('selection.notice', { name: this.presenter.nameOf(person) }) : '', this.countsText()].join(' '));
    // Follow an entry selected in a linked component: bring it into view.
    const selId = this.selectedEntryId;
    if (selId !== this.lastSelectedEntry) {
      const row = selId ? this.model.byId.get(selId) : undefined;
      if (row || !selId) this.lastSelectedEntry = selId; // one chosen before the case arrived is looked for again
      if (row && this.view === 'timeline') this.timeline.reveal(row);
      else if (row) this.table.scrollTo(this.tableState, this.view === 'court', selId, true);
    }
  }

  // ---------------------------------------------------------------- rendering

  private openForm(entry?: ChronologyEntry): void {
    if (!this.editable) return;
    this.message = null;
    this.form.open(entry, this.model.subjectIds);
  }

  private printTitle(): string {
    const title = caseTitleIn(this.audience, this.model.case.title);
    return title ? this.l.t('print.title', { title }) : this.l.t('heading');
  }

  private countsText(): string {
    const { shown, hidden } = this.shown;
    return this.model.rows.length ? countsText(this.l, shown.length, this.model.rows.length, hidden, this.events.length) : '';
  }

  override render() {
    const { l, model, presenter, audience } = this;
    const { shown } = this.shown;
    const total = model.rows.length;
    const person = this.selectedPersonId;
    const view = this.printer.printing && this.view === 'timeline' ? 'table' : this.view;
    const agencyName = presenter.agencyOf;
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
          l,
          view: this.view,
          audience,
          hasEntries: total > 0,
          canAdd: this.editable && !anonymises(audience) && !this.form.edit, // the form names people: not in the anonymised version
          onView: (v) => this.setView(v),
          onAudience: (a) => this.setView(this.view, a),
          onCsv: () => this.downloadCsv(),
          onCopy: () => void this.copyText(),
          onPrint: () => void this.print(),
          onAdd: () => this.openForm(),
        })}
        ${this.form.view(
          {
            l,
            agencies: (this.caseData.bundle.agencies ?? []).map((a) => [a.id, presenter.agencyOf(a.id)]),
            people: people(this.caseData.bundle.people ?? []),
          },
          this.renderRoot,
        )}
        ${resultView(l, this.message, this.copyFallback)}
        ${
          total
            ? filtersView({
                l,
                filters: this.filters,
                moreOpen: this.moreOpen,
                agencies: model.agencies.map((a) => [a.id, agencyName(a.id)]),
                people: people(model.people),
                opaque: anonymises(audience),
                onFilters: this.setFilters,
                onClear: this.clearFilters,
                onMoreToggle: (open) => void (this.moreOpen = open),
              })
            : nothing
        }
        ${noticesView({
          l,
          audience,
          selectedName: person ? presenter.nameOf(person) : '',
          withheld: withheldCountIn(audience, model.rows),
          counts: this.countsText(),
          onClearSelection: this.clearPerson,
        })}
        ${
          total && !this.hidePatterns
            ? this.patterns.view({
                l,
                model,
                findings: () => this.findings,
                rowOf: (id) => model.byId.get(id),
                present: presenter.present,
                onEntry: (row) => {
                  this.selectEntry(row);
                  void this.revealEntry(row.id);
                },
              })
            : nothing
        }
        ${!total ? html`<p class="empty">${l.t('empty')}</p>` : !shown.length ? html`<p class="empty">${l.t('emptyFiltered')}</p>` : view === 'timeline' ? this.renderTimeline() : this.renderTable(view === 'court')}
      </section>
    `;
  }

  private renderTable(court: boolean) {
    return this.table.view(this.tableState, {
      l: this.l,
      court,
      caption: this.printTitle(),
      selectedId: this.selectedEntryId,
      gapAfter: this.gaps.byAfter,
      query: this.filters.text,
      highlight: this.derive.highlights(this.filters.text, this.audience, this.searchIndex),
      showsSources: showsSourceRecords(this.audience),
      links: linksToRecords(this.audience),
      editable: this.editable && !anonymises(this.audience),
      present: this.presenter.present,
      agencyLabel: this.presenter.agencyOf,
      onSelect: this.selectEntry,
      onEdit: (entry) => this.openForm(entry),
    });
  }

  private renderTimeline() {
    const { primaries, eventOf } = this.timelineEvents;
    if (!primaries.length) return html`<p class="empty">${this.l.t('emptyFiltered')}</p>`;
    return this.timeline.view({
      l: this.l,
      model: this.model,
      shown: primaries,
      eventOf,
      periodRows: this.timelineRows,
      spans: this.spansOf(),
      range: this.timeline.fitRange,
      gaps: this.gaps.gaps,
      lanes: this.lanes,
      width: this.size.width,
      selectedId: this.selectedEntryId,
      present: this.presenter.present,
      nameOf: this.presenter.nameOf,
      day: this.presenter.day,
      agencyLabel: this.presenter.agencyOf,
      onLanes: (m) => this.setView(this.view, this.audience, m),
    });
  }
}

export type { CaseBundle };
