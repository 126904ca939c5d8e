import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  Announcer,
  afterFirstView,
  CaseElement,
  DrawnRegionController,
  FocusController,
  LocalizeController,
  PrintController,
  printWhole,
  RovingFocusController,
  ViewBoxController,
  isDay,
  memo,
  withPlaceholders,
  type CaseBundle,
} from '@opencasework/core';
import { genogramMessages, placeholderLabels } from './messages/index.js';
import {
  buildModel,
  childLinksById,
  drawingBounds,
  indexIdOf,
  keyboardOrder,
  layoutIssues,
  nameOf,
  neighbour,
  type ArrowKey,
  type Model,
} from './genogram-model.js';
import { buildTextView } from './text-view.js';
import { legendNeeds } from './legend.js';
import { EditorController } from './editor-controller.js';
import { TipController } from './tip-controller.js';
import { GenogramFirstView } from './first-view.js';
import { HIT, kinWords } from './views/person.js';
import { peopleInOrder, personElement, personId } from './views/people-dom.js';
import { pngOf, saveFile, svgDocument, type SvgExport } from './export.js';
import { genogramStyles } from './genogram.styles.js';
import { capitalise } from './views/context.js';
import { diagramView, labelsView, type DrawingContext } from './views/drawing.js';
import { legendLines, legendView } from './views/legend.js';
import { textView } from './views/text.js';
import { relationshipRows, tablesView } from './views/tables.js';
import { detailsView } from './views/details.js';
import { notesView, skipView, toolbarView, zoomBarView, type GenogramView, type ToolbarSettings } from './views/toolbar.js';
import { findMessage, findPeople, findView, firstViewBox } from './views/find.js';

export { wrapName } from './views/person.js';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** Below this zoom a person's click area is under 24 CSS px (WCAG 2.5.8): a click there zooms in instead of selecting. */
const MIN_SCALE = 24 / HIT;

/**
 * The family in standard genogram notation (McGoldrick, Gerson & Petry), laid out automatically from a case
 * bundle's people, relationships and households, with a text view and a table generated from the same model.
 *
 * @tag cw-genogram
 * @summary A genogram drawn automatically from a case bundle, with an accessible text and table equivalent.
 * @fires cw-select - A person was selected. `detail.selection` is `{ kind: 'person', id }`.
 * @fires cw-change - An edit is about to be applied (cancelable). `detail.change` is the change.
 * @fires cw-invalid - The data had invalid records. `detail.issues` lists them.
 * @csspart toolbar - The bar of controls above the drawing.
 * @csspart drawing - The SVG drawing.
 * @csspart legend - The key of symbols used.
 * @csspart text-view - The family in words.
 * @csspart table-view - The tables of people and relationships.
 * @csspart details - The panel about the selected person.
 * @csspart editor - The forms for adding people and relationships.
 * @cssprop --cw-genogram-height - Height of the drawing area (default: the drawing's height at 100%, at most 70vh).
 * @cssprop --cw-colour-focus - Focus colour (GOV.UK yellow by default).
 */
export class CwGenogram extends CaseElement {
  static override styles = genogramStyles;

  /** Today's date for this case (YYYY-MM-DD), for hosts that fix it; empty means the clock, in the case's time zone. */
  @property() today = '';
  /** Show the family as it was at this date (YYYY-MM-DD). Empty means today. */
  @property({ attribute: 'as-at' }) asAt = '';
  /** Which view to show: the drawing, the family in words, or tables. */
  @property({ reflect: true }) view: GenogramView = 'diagram';
  /** A rendering for families: no crossing-out of people who died, plain-words key. */
  @property({ type: Boolean, attribute: 'family-facing', reflect: true }) familyFacing = false;
  /** The family-facing view draws abuse, violence, neglect and police-intelligence lines too (off: it counts them). */
  @property({ type: Boolean, attribute: 'family-harm-lines' }) familyHarmLines = false;
  /** At a past "as at" date, draw links whose dates are unknown, marked "date unknown" (hidden and counted by default). */
  @property({ type: Boolean, attribute: 'show-undated', reflect: true }) showUndated = false;
  /** Show only one person's family, two generations each way with their partners (see `focusId`). */
  @property({ type: Boolean, attribute: 'focus-index', reflect: true }) focusIndex = false;
  /** The person whose family "focus" shows; empty means the person selected when focus was turned on, else the index child. */
  @property({ attribute: 'focus-id' }) focusId = '';
  /** Hide emotional relationships and informal supports. */
  @property({ type: Boolean, attribute: 'hide-emotional' }) hideEmotional = false;
  /** Hide household boundaries. */
  @property({ type: Boolean, attribute: 'hide-households' }) hideHouseholds = false;

  @state() private detailsId = '';
  @state() private foundId = ''; // the person "find a person" centred and highlighted, and what it said
  @state() private findMessage = '';
  @query('svg.drawing') private svgEl?: SVGSVGElement;

  private readonly localize = new LocalizeController(this, genogramMessages);
  private readonly announcer = new Announcer(this);
  private readonly focuser = new FocusController(this);
  // the first view is at 100% (names 13 CSS px), centred on the case's children and their parents; "Fit" shows all
  private readonly pan = new ViewBoxController(this, {
    bounds: () => this.bounds(this.model),
    svg: () => this.svgEl ?? null,
    initialScale: 1,
  });
  private readonly tip = new TipController(this, () => this.model);
  // before the first view's controllers: the people's tabindex is set before the drawing is measured (one style pass)
  private readonly roving = new RovingFocusController(this, {
    items: () => this.personItems(),
    next: (current, key) => this.familyMove(current, key),
    onMove: (item) => this.reveal(personId(item)),
  });
  private readonly firstView = new GenogramFirstView(this, this.pan, {
    model: () => this.model,
    svg: () => this.svgEl,
    box: () => firstViewBox(this.model, this.focusIndex ? this.focusId || indexIdOf(this.caseData.bundle) : undefined),
  });
  // the people's words are drawn near the view only (the rest are not laid out); printing fits all in view
  private readonly labels = new DrawnRegionController(this, () => (this.view === 'diagram' ? this.pan.shown : undefined));
  private readonly printer = new PrintController(this, printWhole(this.pan));
  private readonly editor = new EditorController(this, {
    words: this.localize,
    announcer: this.announcer,
    bundle: () => this.caseData.bundle,
    selectedId: () => this.detailsId,
    actor: () => this.effectiveActor,
    commit: (change) => this.commit(change),
  });

  // `language` is an argument so that new words (another language, or Welsh once loaded) lay out again: pregnancy labels are words
  private readonly layout = memo(
    (bundle: CaseBundle, asAt: string, day: string, focusId: string | undefined, undated: boolean, omitHarm: boolean, _language: string) =>
      buildModel({
        bundle: withPlaceholders(bundle, placeholderLabels(this.localize)).bundle, // refused people still named by others
        asAt,
        today: day,
        focusId,
        undated: undated ? 'mark' : 'hide',
        omitHarm,
        pregnancyLabel: (o) => capitalise(this.localize.t(`pregnancy.${o}`)),
      }),
  );
  private readonly linksByChild = memo(childLinksById);
  private readonly textModel = memo((graph: Model['graph'], _language: string) =>
    buildTextView(graph, (key, params) => this.localize.t(key, params), this.localize.dateLocale),
  );
  private readonly needs = memo((m: Model, emotional: boolean, households: boolean) => legendNeeds(m, { emotional, households }));
  private readonly bounds = memo(drawingBounds);
  private readonly order = memo(keyboardOrder);
  private readonly kin = memo((graph: Model['graph'], idx: string | undefined, _language: string) => kinWords(graph, idx, this.localize));

  /** The laid-out model currently drawn (for hosts and tests). */
  get model(): Model {
    const { bundle } = this.caseData;
    const omitHarm = this.familyFacing && !this.familyHarmLines;
    return this.layout(
      bundle,
      this.asAt,
      this.currentDay(),
      this.focusIndex ? this.focusId || indexIdOf(bundle) : undefined,
      this.showUndated,
      omitHarm,
      this.language(),
    );
  }

  /** The words in use: the locale, and whether its catalogue has arrived (English is shown while it loads). */
  private language(): string {
    const { locale } = this.localize;
    return `${locale}${genogramMessages.isLoaded(locale) ? '' : ' (loading)'}`;
  }

  /** Fits the whole family in the view (the zoom label then says how small that makes it). */
  fit(): void {
    this.pan.fit();
  }

  /**
   * Finds a person by name (any part, ignoring case and accents): centres the drawing on them at a readable size,
   * highlights them and makes them the keyboard's stop. Returns their id, or undefined when no one matches.
   */
  find(query: string): string | undefined {
    const hits = findPeople(this.model, query);
    const first = hits[0];
    this.foundId = first?.id ?? '';
    this.findMessage = findMessage(this.localize, query, hits);
    if (this.findMessage) this.announcer.polite(this.findMessage);
    if (!first) return undefined;
    if (this.pan.scale < 1) this.pan.zoomBy(1 / this.pan.scale, { x: first.x, y: first.y });
    this.pan.centreOn(first.x, first.y);
    void this.updateComplete.then(() => this.roving.setActive(this.personEl(first.id) ?? (() => undefined)));
    return first.id;
  }

  /** Prints the whole family fitted to the page, with its key (the browser's own Print does the same). */
  print(): Promise<void> {
    return this.printer.print();
  }

  /** Zooms by a factor about the centre of the view. */
  zoom(factor: number): void {
    this.pan.zoomBy(factor);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && changed.has('asAt') && this.asAt)
      this.announcer.polite(this.localize.t('asAtShowing', { date: this.localize.date(this.model.asAt, { style: 'long' }) }));
  }

  /** Also waits for a new drawing's content: its first update draws only the frame, to measure it (GenogramFirstView). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterFirstView(this, () => super.getUpdateComplete());
  }

  protected override currentDay(): string {
    return isDay(this.today) ? this.today : super.currentDay();
  }

  // ---------- rendering ----------

  override render(): TemplateResult {
    const m = this.model;
    const words = this.localize;
    const idx = indexIdOf(this.caseData.bundle);
    const details = this.detailsId ? this.textModel(m.graph, this.language()).people.find((p) => p.id === this.detailsId) : undefined;
    return html`
      ${this.view === 'diagram' && m.nodes.length ? skipView(words, () => this.roving.focus((items) => this.roving.active ?? items[0])) : nothing}
      <cw-error-summary .issues=${[...this.caseData.issues, ...layoutIssues(m, (code) => words.t(`layoutIssue.${code}`))]}></cw-error-summary>
      ${toolbarView({ words, settings: this, indexName: nameOf(m, this.focusId || (this.focusIndex ? '' : this.detailsId) || idx), onChange: this.onSettings })}
      ${this.view === 'diagram' && m.nodes.length ? findView({ words, message: this.findMessage, onFind: (q) => void this.find(q) }) : nothing}
      ${notesView({
        words,
        asAtNote: this.asAt ? words.date(m.asAt, { style: 'long' }) : undefined,
        empty: m.nodes.length === 0,
        undatedHidden: m.graph.undatedHidden,
        undatedMarked: m.graph.undated.size,
        showUndated: this.showUndated,
        onShowUndated: (on) => (this.showUndated = on),
        harmOmitted: m.graph.harmOmitted,
      })}
      ${this.editor.messageView()}
      ${this.announcer.regions()}
      <div class="layout">
        <div class="main">
          ${this.view === 'diagram' && m.nodes.length ? this.renderDiagram(m) : nothing}
          ${this.view === 'text' ? textView(this.textModel(m.graph, this.language()), words) : nothing}
          ${this.view === 'table' ? tablesView(m.graph, words, relationshipRows(m.graph, words, !this.hideEmotional), idx) : nothing}
        </div>
        ${details ? detailsView(details, words, this.closeDetails) : nothing}
      </div>
      ${this.editable ? this.editor.formView(m.graph) : nothing}
    `;
  }

  /** What the drawing's content is drawn from (also for an export). */
  private drawingContext(m: Model): DrawingContext {
    const sel = this.currentSelection;
    return {
      model: m,
      words: this.localize,
      linksByChild: this.linksByChild(m.graph),
      familyFacing: this.familyFacing,
      showEmotional: !this.hideEmotional,
      showHouseholds: !this.hideHouseholds,
      selectedId: sel?.kind === 'person' ? sel.id : '',
      highlighted: new Set([...(sel?.kind === 'entry' ? (sel.related ?? []) : []), ...(this.foundId ? [this.foundId] : [])]),
      tipId: this.tip.id,
      onTip: this.tip.handle,
      kin: this.kin(m.graph, indexIdOf(this.caseData.bundle), this.language()),
      onClick: this.onClick,
    };
  }

  private renderDiagram(m: Model): TemplateResult {
    const words = this.localize;
    const ctx = this.drawingContext(m);
    return html`
      ${zoomBarView({
        words,
        percent: Math.round(this.pan.scale * 100),
        zoomIn: () => this.pan.zoomIn(),
        zoomOut: () => this.pan.zoomOut(),
        fit: () => this.fit(),
        pan: (fx, fy) => this.pan.panBy(fx * this.pan.viewBox.w, fy * this.pan.viewBox.h),
        exportSvg: this.downloadSvg,
        exportPng: this.downloadPng,
      })}
      ${diagramView({
        ...ctx,
        labelRegion: this.labels.region,
        height: m.height,
        pending: this.firstView.pending,
        viewBox: this.pan.viewBox,
        dragging: this.pan.dragging,
        handlers: this.pan.handlers,
        onKey: this.onKey,
      })}
      ${legendView({ words, needs: this.needs(m, ctx.showEmotional, ctx.showHouseholds), familyFacing: this.familyFacing })}
    `;
  }

  // ---------- keyboard and pointer ----------

  /** The people, the keyboard's starting person (the index child) first, then in reading order. */
  private personItems(): HTMLElement[] {
    return peopleInOrder(this.renderRoot, this.order(this.model));
  }

  /** Arrow keys move through the family (up to parents, down to children, sideways to partners and siblings). */
  private familyMove(current: HTMLElement, key: string): HTMLElement | null | undefined {
    if (!ARROWS.has(key)) return undefined;
    const id = personId(current);
    const next = id ? neighbour(this.model, id, key as ArrowKey) : undefined;
    return next ? this.personEl(next) : null;
  }

  private personEl(id: string): HTMLElement | null {
    return personElement(this.renderRoot, id);
  }

  private reveal(id: string | undefined): void {
    const n = id ? this.model.nodes.find((x) => x.id === id) : undefined;
    if (n) this.pan.reveal({ x: n.x, y: n.y }, 80);
  }

  private onKey = (e: KeyboardEvent): void => {
    this.pan.handlers.keydown(e);
    const id = personId(e.composedPath()[0] as Element | undefined);
    if (!e.defaultPrevented && id && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this.activate(id);
      // the details open beside the drawing: focus moves to their heading, and screen readers hear it
      this.focuser.after('#details-h');
      this.announcer.polite(this.localize.t('a11y.detailsOpened', { name: this.model.graph.byId.get(id)?.name ?? id }));
      return;
    }
    if (id) this.roving.handleKeydown(e);
  };

  private onClick = (e: MouseEvent): void => {
    const id = personId(e.target as Element);
    if (!id) return;
    if (this.pan.scale >= MIN_SCALE) return this.activate(id);
    const at = this.pan.toDrawing(e.clientX, e.clientY); // too small to aim at: zoom in to 100% there (40 px a person)
    this.pan.zoomBy(1 / this.pan.scale, at);
    this.pan.centreOn(at.x, at.y);
  };

  private activate(id: string): void {
    this.detailsId = id;
    this.select({ kind: 'person', id });
  }

  private closeDetails = (): void => {
    const id = this.detailsId;
    this.detailsId = '';
    this.focuser.after(() => this.personEl(id));
  };

  private onSettings = (change: Partial<ToolbarSettings>): void => {
    // focus follows the person selected when it is turned on (else the index child)
    if (change.focusIndex && !this.focusId && this.detailsId) this.focusId = this.detailsId;
    Object.assign(this, change);
  };

  /** The whole genogram, with its key, as a standalone SVG document (UTF-8 text): no `<style>`, safe under a strict CSP. */
  exportSvg(): string {
    return svgDocument(this.exportOptions());
  }
  /** The genogram as a PNG image drawn on a canvas (twice the drawing's size, at most 8000 pixels wide). */
  exportPng(): Promise<Blob> {
    return pngOf(this.exportOptions());
  }

  private exportOptions(): SvgExport {
    const [m, words] = [this.model, this.localize];
    const legend = legendLines({ words, needs: this.needs(m, !this.hideEmotional, !this.hideHouseholds), familyFacing: this.familyFacing });
    const title = `${words.t('title')}: ${this.caseData.bundle.case.title ?? ''}`.trim();
    // the file holds every person's words, also those of people out of view, which the live drawing leaves out
    const labels = this.labels.covers(this.bounds(m)) ? undefined : labelsView(this.drawingContext(m), undefined);
    return { model: m, live: this.svgEl, title, legendHeading: words.t('legendHeading'), legend, labels };
  }

  private downloadSvg = (): void => saveFile(this.caseData.bundle.case.id, 'svg', this.exportSvg(), this.renderRoot);
  private downloadPng = (): void =>
    void this.exportPng().then(
      (png) => saveFile(this.caseData.bundle.case.id, 'png', png, this.renderRoot),
      (err: Error) => this.editor.say('error', this.localize.t('exportFailed', { message: err.message })),
    );
}
