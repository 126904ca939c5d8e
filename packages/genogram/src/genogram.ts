import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  CaseElement, EMOTIONAL_QUALITIES, GENDERS, PARENT_TYPES, PARTNER_STATUSES, PartialDate, formatPartialDate, makeChange, newId,
  type CaseBundle, type DataIssue, type DateLocale, type EmotionalQuality, type Person, type Relationship,
} from '@opencasework/core';
import { layoutGenogram } from './layout/layout.js';
import { buildFamilyGraph, type GPerson } from './layout/family-graph.js';
import type { EdgeModel, GenogramModel, NodeModel, Point } from './layout/model.js';
import { emotionalPaths } from './layout/emotional-paths.js';
import { genogramMessages, type GenogramKey } from './messages.js';
import { ageText, buildTextView, relativesOf, type TextView } from './text-view.js';
import { legendNeeds, type LegendKey } from './legend.js';
import { drawingCss } from './drawing-styles.js';
import { genogramStyles } from './genogram.styles.js';

type View = 'diagram' | 'text' | 'table';
interface ViewBox { x: number; y: number; w: number; h: number }
type Model = GenogramModel & { graph: ReturnType<typeof buildFamilyGraph> };

const WARM = new Set(['close', 'very-close', 'fused']);
const HARM = new Set(['conflict', 'hostile', 'abuse', 'violence', 'neglect', 'cut-off']);
const f1 = (n: number) => Math.round(n * 10) / 10;
const pts = (p: Point[]) => p.map(([x, y]) => `${f1(x)},${f1(y)}`).join(' ');

/**
 * The family in standard genogram notation (McGoldrick, Gerson & Petry), laid out automatically from a case
 * bundle's people, relationships and households, with a text view and a table generated from the same model.
 *
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
 * @cssprop --cw-genogram-height - Height of the drawing area (default min(70vh, 640px)).
 * @cssprop --cw-colour-focus - Focus colour (GOV.UK yellow by default).
 */
export class CwGenogram extends CaseElement {
  static override styles = genogramStyles;

  /** Show the family as it was at this date (YYYY-MM-DD). Empty means today. */
  @property({ attribute: 'as-at' }) asAt = '';
  /** Which view to show: the drawing, the family in words, or tables. */
  @property({ reflect: true }) view: View = 'diagram';
  /** A rendering for families: no crossing-out of people who died, plain-words key. */
  @property({ type: Boolean, attribute: 'family-facing', reflect: true }) familyFacing = false;
  /** Show only the index child's immediate family. */
  @property({ type: Boolean, attribute: 'focus-index', reflect: true }) focusIndex = false;
  /** Hide emotional relationships and informal supports. */
  @property({ type: Boolean, attribute: 'hide-emotional' }) hideEmotional = false;
  /** Hide household boundaries. */
  @property({ type: Boolean, attribute: 'hide-households' }) hideHouseholds = false;

  @state() private vb: ViewBox = { x: 0, y: 0, w: 800, h: 600 };
  @state() private focusId = '';
  @state() private detailsId = '';
  @state() private tipId = '';
  @state() private message: { kind: 'ok' | 'error'; text: string } | null = null;
  @state() private formErrors: Record<string, string> = {};
  @query('svg.drawing') private svgEl?: SVGSVGElement;

  private modelKey: unknown[] = [];
  private modelCache?: Model;
  private fittedFor?: Model;
  private pointers = new Map<number, { x: number; y: number }>();
  private pinchStart?: { d: number; vb: ViewBox };
  private dragged = false;

  private t = (key: GenogramKey, params: Record<string, string | number> = {}) => genogramMessages.t(this.locale, key, params);
  private get dl(): DateLocale { return this.locale === 'cy' ? 'cy' : 'en'; }

  /** The laid-out model currently drawn (for hosts and tests). */
  get model(): Model {
    const { bundle } = this.caseData;
    const focusId = this.focusIndex ? this.indexId(bundle) : undefined;
    const key = [bundle, this.asAt, focusId, this.locale];
    if (!this.modelCache || key.some((k, i) => k !== this.modelKey[i])) {
      this.modelKey = key;
      const opts: { asAt?: string; focusId?: string; pregnancyLabel: (o: string) => string } = {
        pregnancyLabel: (o) => capitalise(this.t(`pg.${o}` as GenogramKey)),
      };
      if (this.asAt && PartialDate.safeParse(this.asAt).success) opts.asAt = this.asAt;
      if (focusId) opts.focusId = focusId;
      this.modelCache = layoutGenogram(bundle, opts);
    }
    return this.modelCache;
  }

  private indexId(b: CaseBundle): string | undefined {
    const ids = new Set((b.people ?? []).map((p) => p.id));
    return (b.case.subjectIds ?? []).find((id) => ids.has(id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }
  private onBeforePrint = () => this.fit();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const m = this.model;
    if (this.fittedFor !== m) {
      this.fittedFor = m;
      this.fit();
      if (!m.nodes.some((n) => n.id === this.focusId)) {
        const idx = m.nodes.find((n) => n.index) ?? [...m.nodes].sort((a, b) => a.y - b.y || a.x - b.x)[0];
        this.focusId = idx?.id ?? '';
      }
    }
  }

  /** Fits the whole family in the view. */
  fit(): void {
    const m = this.model;
    const w = Math.max(m.width, 400), h = Math.max(m.height, 300);
    this.vb = { x: (m.width - w) / 2, y: 0, w, h };
  }

  /** Zooms by a factor around a point in drawing coordinates (the centre by default). */
  zoom(factor: number, cx?: number, cy?: number): void {
    const m = this.model;
    const maxW = Math.max(m.width, 400) * 4, minW = 120;
    const w = Math.min(maxW, Math.max(minW, this.vb.w / factor));
    const k = w / this.vb.w;
    const px = cx ?? this.vb.x + this.vb.w / 2, py = cy ?? this.vb.y + this.vb.h / 2;
    this.vb = { x: px - (px - this.vb.x) * k, y: py - (py - this.vb.y) * k, w, h: this.vb.h * k };
  }

  private pan(dx: number, dy: number): void {
    this.vb = { ...this.vb, x: this.vb.x + dx, y: this.vb.y + dy };
  }

  // ---------- rendering ----------

  override render(): TemplateResult {
    const m = this.model;
    const issues = this.allIssues(m);
    const idx = this.indexId(this.caseData.bundle);
    const idxName = idx ? (this.caseData.bundle.people ?? []).find((p) => p.id === idx) : undefined;
    return html`
      <cw-error-summary .issues=${issues}></cw-error-summary>
      <div class="toolbar" part="toolbar" role="group" aria-label=${this.t('controls')}>
        <div class="field">
          <label for="as-at">${this.t('asAt')}</label>
          <p class="cw-hint" id="as-at-hint">${this.t('asAtHint')}</p>
          <input id="as-at" type="date" aria-describedby="as-at-hint" .value=${this.asAt} @change=${this.onAsAt}>
        </div>
        <div class="field views" role="group" aria-label=${this.t('view')}>
          ${(['diagram', 'text', 'table'] as const).map((v) => html`
            <button type="button" class="secondary" aria-pressed=${this.view === v ? 'true' : 'false'} data-view=${v}
              @click=${() => { this.view = v; }}>${this.t(v === 'diagram' ? 'viewDiagram' : v === 'text' ? 'viewText' : 'viewTable')}</button>`)}
        </div>
        <div class="field checks">
          ${this.check('emotional', this.t('showEmotional'), !this.hideEmotional, (v) => { this.hideEmotional = !v; })}
          ${this.check('households', this.t('showHouseholds'), !this.hideHouseholds, (v) => { this.hideHouseholds = !v; })}
          ${this.check('family', this.t('familyFacing'), this.familyFacing, (v) => { this.familyFacing = v; })}
          ${idxName ? this.check('focus', this.t('focusOn', { name: m.graph.byId.get(idx!)?.name ?? idx! }), this.focusIndex, (v) => { this.focusIndex = v; }) : nothing}
        </div>
      </div>
      ${this.asAt ? html`<p class="as-at-note" role="status">${this.t('asAtShowing', { date: formatPartialDate(m.asAt, this.dl, { style: 'long' }) })}</p>` : nothing}
      ${m.nodes.length === 0 ? html`<p class="empty">${this.t('empty')}</p>` : nothing}
      ${this.message ? html`<p class="message ${this.message.kind}" role=${this.message.kind === 'error' ? 'alert' : 'status'}>${this.message.text}</p>` : nothing}
      <div class="layout">
        <div class="main">
          ${this.view === 'diagram' && m.nodes.length ? this.renderDiagram(m) : nothing}
          ${this.view === 'text' ? this.renderText(m) : nothing}
          ${this.view === 'table' ? this.renderTables(m) : nothing}
        </div>
        ${this.detailsId && m.graph.byId.has(this.detailsId) ? this.renderDetails(m, m.graph.byId.get(this.detailsId)!) : nothing}
      </div>
      ${this.editable ? this.renderEditor(m) : nothing}
    `;
  }

  private check(id: string, label: string, checked: boolean, set: (v: boolean) => void): TemplateResult {
    return html`<div class="check"><input type="checkbox" id=${`chk-${id}`} .checked=${checked}
      @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}><label for=${`chk-${id}`}>${label}</label></div>`;
  }

  private allIssues(m: Model): DataIssue[] {
    return [
      ...this.caseData.issues,
      ...m.issues.map((i) => ({ entity: i.entity, id: i.id, path: '', message: this.t(`is.${i.code}` as GenogramKey) })),
    ];
  }

  private renderDiagram(m: Model): TemplateResult {
    const vb = this.vb;
    const zoomPct = Math.round((Math.max(m.width, 400) / vb.w) * 100);
    return html`
      <div class="zoom" role="group" aria-label=${this.t('zoomLevel', { n: zoomPct })}>
        <button type="button" class="secondary" @click=${() => this.zoom(1.25)} aria-label=${this.t('zoomIn')}>+</button>
        <button type="button" class="secondary" @click=${() => this.zoom(0.8)} aria-label=${this.t('zoomOut')}>−</button>
        <button type="button" class="secondary" @click=${() => this.fit()}>${this.t('fit')}</button>
        <span class="zoom-level" aria-live="polite">${this.t('zoomLevel', { n: zoomPct })}</span>
        <button type="button" class="secondary" data-export="svg" @click=${this.downloadSvg}>${this.t('exportSvg')}</button>
        <button type="button" class="secondary" data-export="png" @click=${this.downloadPng}>${this.t('exportPng')}</button>
      </div>
      <p class="cw-hint">${this.t('panHint')}</p>
      <div class="canvas">
        <svg class="drawing" part="drawing" xmlns="http://www.w3.org/2000/svg"
          viewBox="${f1(vb.x)} ${f1(vb.y)} ${f1(vb.w)} ${f1(vb.h)}" preserveAspectRatio="xMidYMin meet"
          role="group" aria-label=${this.t('svgLabel', { n: m.nodes.length })} aria-roledescription=${this.t('title')}
          @keydown=${this.onKey} @click=${this.onClick} @focusin=${this.onFocusIn} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp} @wheel=${this.onWheel}>
          ${this.drawing(m)}
        </svg>
      </div>
      ${this.renderLegend(m)}
    `;
  }

  /** The drawing's content; used live and for export. */
  private drawing(m: Model): SVGTemplateResult {
    const sel = this.currentSelection;
    const selected = sel?.kind === 'person' ? sel.id : '';
    const highlighted = new Set(sel?.kind === 'entry' ? sel.related ?? [] : []);
    return svg`
      ${!this.hideHouseholds ? svg`<g class="households">${m.households.map((h) => svg`<g class="household">
        ${h.rects.map((r, i) => svg`<rect x=${f1(r.x)} y=${f1(r.y)} width=${f1(r.w)} height=${f1(r.h)} rx="14">${i === 0 ? svg`<title>${h.name ?? this.t('household')}</title>` : nothing}</rect>`)}
        ${h.links.map((l) => svg`<line x1=${f1(l[0]![0])} y1=${f1(l[0]![1])} x2=${f1(l[1]![0])} y2=${f1(l[1]![1])}></line>`)}
        ${h.rects[0] ? svg`<text x=${f1(h.rects[0].x + 8)} y=${f1(h.rects[0].y + h.rects[0].h - 6)}>${h.name ?? this.t('household')}</text>` : nothing}
      </g>`)}</g>` : nothing}
      <g class="lines">${m.edges.map((e) => this.drawEdge(e))}</g>
      ${!this.hideEmotional ? svg`<g class="emotional">${m.edges.filter((e) => e.kind === 'emotional' || e.kind === 'support').map((e) => this.drawOverlay(e, m))}</g>` : nothing}
      <g class="people">${repeat(m.nodes, (n) => n.id, (n) => this.drawPerson(n, m, n.id === selected, highlighted.has(n.id)))}</g>
      ${this.tipId ? this.drawTip(m) : nothing}
    `;
  }

  private drawEdge(e: EdgeModel): SVGTemplateResult | typeof nothing {
    if (e.kind === 'emotional' || e.kind === 'support') return nothing;
    if (e.kind === 'partner') {
      const cls = `line partner st-${e.unrecorded ? 'unrecorded' : e.status}`;
      const horizontal = e.points.length === 2;
      const mid = e.mid;
      const year = e.statusOn ?? e.from;
      const label = e.status && year ? `${this.t(`pa.${e.status}` as GenogramKey)} ${year.slice(0, 4)}` : '';
      const slashes = e.status === 'separated' ? [0] : e.status === 'divorced' ? [-5, 5] : [];
      return svg`<g class="partner-line" data-id=${e.id}>
        <polyline class=${cls} points=${pts(e.points)}></polyline>
        ${e.consanguineous && horizontal ? svg`<polyline class=${cls} points=${pts(e.points.map(([x, y]) => [x, y + 5] as Point))}></polyline>` : nothing}
        ${mid ? slashes.map((dx) => svg`<line class="slash" x1=${f1(mid[0] + dx - 5)} y1=${f1(mid[1] + 9)} x2=${f1(mid[0] + dx + 5)} y2=${f1(mid[1] - 9)}></line>`) : nothing}
        ${mid && label ? svg`<text class="status-label" x=${f1(mid[0])} y=${f1(mid[1] - 8)}>${label}</text>` : nothing}
      </g>`;
    }
    if (e.kind === 'twin-bar') return svg`<polyline class="line" points=${pts(e.points)}></polyline>`;
    const cls = `line ct-${e.childType ?? 'biological'}${e.disputed ? ' disputed' : ''}`;
    const line = svg`<polyline class=${cls} points=${pts(e.points)} data-id=${e.id}></polyline>`;
    if (e.kind === 'child' && e.disputed) {
      const [a, b] = [e.points[0]!, e.points[e.points.length - 1]!];
      const mx = (a[0] + b[0]) / 2 + 12, my = (a[1] + b[1]) / 2;
      const text = `${this.t('disputed')}${e.source ? `. ${this.t('source', { source: e.source })}` : ''}`;
      return svg`${line}<g class="dispute-mark" tabindex="0" role="img" aria-label=${text} data-tip=${e.id}
        @focus=${() => { this.tipId = e.id; }} @blur=${() => { this.tipId = ''; }}
        @pointerenter=${() => { this.tipId = e.id; }} @pointerleave=${() => { this.tipId = ''; }}>
        <circle cx=${f1(mx)} cy=${f1(my)} r="12"></circle><text x=${f1(mx)} y=${f1(my)} aria-hidden="true">?</text><title>${text}</title></g>`;
    }
    return line;
  }

  private drawTip(m: Model): SVGTemplateResult | typeof nothing {
    const e = m.edges.find((x) => x.id === this.tipId);
    if (!e) return nothing;
    const [a, b] = [e.points[0]!, e.points[e.points.length - 1]!];
    const x = (a[0] + b[0]) / 2 + 28, y = (a[1] + b[1]) / 2 - 14;
    const lines = [this.t('disputed'), ...(e.source ? [this.t('source', { source: e.source })] : [])];
    const w = Math.min(420, Math.max(...lines.map((l) => l.length)) * 6.6 + 16);
    return svg`<g class="tip" aria-hidden="true"><rect x=${f1(x)} y=${f1(y)} width=${f1(w)} height=${lines.length * 16 + 10}></rect>
      ${lines.map((l, i) => svg`<text x=${f1(x + 8)} y=${f1(y + 18 + i * 16)}>${l}</text>`)}</g>`;
  }

  private drawOverlay(e: EdgeModel, m: Model): SVGTemplateResult {
    const a = m.graph.byId.get(e.a!)?.name ?? e.a!, b = m.graph.byId.get(e.b!)?.name ?? e.b!;
    if (e.kind === 'support') {
      const [p0, c, p1] = e.points as [Point, Point, Point];
      const d = `M${f1(p0[0])} ${f1(p0[1])} Q${f1(c[0])} ${f1(c[1])} ${f1(p1[0])} ${f1(p1[1])}`;
      return svg`<g class="support-line"><path class="support" d=${d}></path>
        ${e.label ? svg`<text class="support-label" x=${f1((p0[0] + 2 * c[0] + p1[0]) / 4)} y=${f1((p0[1] + 2 * c[1] + p1[1]) / 4 - 4)}>${e.label}</text>` : nothing}
        <title>${this.t('support')}: ${a}, ${b}</title></g>`;
    }
    const q = e.quality!;
    const tone = WARM.has(q) ? 'warm' : HARM.has(q) ? 'harm' : 'cold';
    return svg`<g class="emo ${tone} q-${q}" data-id=${e.id}>${emotionalPaths(q, e.points, e.direction).map((p) =>
      svg`<path class=${p.variant} d=${p.d}></path>`)}<title>${this.t(`eq.${q}` as GenogramKey)}: ${a}, ${b}${e.note ? ` (${e.note})` : ''}</title></g>`;
  }

  private linksCache?: { m: Model; map: Map<string, Model['graph']['links']> };
  private linksByChild(m: Model): Map<string, Model['graph']['links']> {
    if (this.linksCache?.m !== m) {
      const map = new Map<string, Model['graph']['links']>();
      for (const l of m.graph.links) map.set(l.childId, [...(map.get(l.childId) ?? []), l]);
      this.linksCache = { m, map };
    }
    return this.linksCache.map;
  }

  private personLabel(n: NodeModel, m: Model, selected: boolean, highlighted: boolean): string {
    const p = m.graph.byId.get(n.id)!;
    const bits = [n.name];
    if (p.pregnancyOutcome) bits.push(this.t(`pg.${p.pregnancyOutcome}` as GenogramKey));
    else bits.push(this.t(`g.${n.gender}` as GenogramKey));
    const age = ageText(p, m.asAt, this.dl);
    if (age) bits.push(this.t('age', { age }));
    if (n.index) bits.push(this.t('index'));
    if (n.deceased) bits.push(n.dateOfDeath ? this.t('died', { date: formatPartialDate(n.dateOfDeath, this.dl) }) : this.t('deceased'));
    const parentLinks = this.linksByChild(m).get(n.id) ?? [];
    for (const l of parentLinks) {
      if (l.type !== 'biological') bits.push(this.t(`ct.${l.type}` as GenogramKey));
      if (l.disputed) bits.push(`${this.t('disputed')}${l.source ? `: ${l.source}` : ''}`);
    }
    if (selected) bits.push(this.t('selected'));
    if (highlighted) bits.push(this.t('highlighted'));
    return bits.join(', ');
  }

  private drawPerson(n: NodeModel, m: Model, selected: boolean, highlighted: boolean): SVGTemplateResult {
    const s = n.size, h = s / 2;
    const soft = this.familyFacing;
    const sym = n.symbol;
    const shape = (r: number, cls: string): SVGTemplateResult => {
      const g = sym === 'stillbirth' ? (n.gender === 'female' ? 'female' : n.gender === 'male' ? 'male' : 'diamond') : sym;
      if (g === 'female') return svg`<circle class=${cls} r=${r}></circle>`;
      if (g === 'male') return svg`<rect class=${cls} x=${-r} y=${-r} width=${2 * r} height=${2 * r}></rect>`;
      if (g === 'diamond') return svg`<polygon class=${cls} points="0,${-r * 1.15} ${r * 1.15},0 0,${r * 1.15} ${-r * 1.15},0"></polygon>`;
      if (g === 'pregnancy') return svg`<polygon class=${cls} points="0,${-r} ${r},${r * 0.85} ${-r},${r * 0.85}"></polygon>`;
      if (g === 'miscarriage') return svg`<polygon class="solid" points="0,${-r} ${r},${r * 0.85} ${-r},${r * 0.85}"></polygon>`;
      // termination: a small X
      return svg`<line class="cross" x1=${-r} y1=${-r} x2=${r} y2=${r}></line><line class="cross" x1=${r} y1=${-r} x2=${-r} y2=${r}></line>`;
    };
    const p = m.graph.byId.get(n.id)!;
    const person = sym === 'female' || sym === 'male' || sym === 'diamond';
    // a deceased person's years are written above the symbol; the age would sit under the X
    const age = person && !(n.deceased && !soft) ? ageText(p, m.asAt, this.dl) : '';
    const years = !person ? '' : n.deceased && !soft && n.dateOfBirth ? `${n.dateOfBirth.slice(0, 4)}–${n.dateOfDeath?.slice(0, 4) ?? ''}` : n.deceased && !soft && n.dateOfDeath ? `–${n.dateOfDeath.slice(0, 4)}` : '';
    const lines = wrapName(n.name);
    // pregnancy losses carry their own marks; the deceased X is for people
    const cross = (n.deceased && !soft && person) || sym === 'stillbirth';
    const ring = h + (n.index ? 10 : 6);
    const cls = `${n.deceased ? ' deceased' : ''}${soft ? ' soft' : ''}${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}${n.index ? ' index' : ''}`;
    // The focusable group holds the symbol only; its accessible name says everything. The visible words sit in a
    // separate, hidden layer so that the accessible name never contradicts the visible text.
    const focused = n.id === this.focusId;
    return svg`<g class=${`person${cls}`}
        transform="translate(${f1(n.x)} ${f1(n.y)})" data-id=${n.id} tabindex=${focused ? '0' : '-1'}
        role="button" aria-label=${this.personLabel(n, m, selected, highlighted)}>
      ${focused || selected || highlighted ? svg`<circle class="ring" r=${ring}></circle>` : nothing}
      ${n.index ? shape(h + 5, 'shape') : nothing}
      ${shape(h, n.index ? 'inner' : 'shape')}
      ${cross ? svg`<line class="cross" x1=${-h - 3} y1=${-h - 3} x2=${h + 3} y2=${h + 3}></line><line class="cross" x1=${h + 3} y1=${-h - 3} x2=${-h - 3} y2=${h + 3}></line>` : nothing}
    </g>
    <g class=${`person-label${cls}`} transform="translate(${f1(n.x)} ${f1(n.y)})" data-for=${n.id} aria-hidden="true">
      ${age ? svg`<text class="age" y="0">${age}</text>` : nothing}
      ${years ? svg`<text class="years" x="6" y=${-h - (n.index ? 10 : 6)}>${years}</text>` : nothing}
      ${lines.map((l, i) => svg`<text class="name" y=${h + (n.index ? 20 : 16) + i * 15}>${l}</text>`)}
      ${n.deceased && soft && person ? svg`<text class="note" y=${h + (n.index ? 20 : 16) + lines.length * 15}>${n.dateOfDeath ? this.t('died', { date: n.dateOfDeath.slice(0, 4) }) : this.t('deceased')}</text>` : nothing}
    </g>`;
  }

  private renderLegend(m: Model): TemplateResult {
    const needs = legendNeeds(m, { emotional: !this.hideEmotional, households: !this.hideHouseholds });
    const pre = this.familyFacing ? 'lf' : 'lg';
    return html`<section class="legend" part="legend" aria-labelledby="legend-h">
      <h2 id="legend-h">${this.t('legend')}</h2>
      <ul>
        ${needs.keys.map((k) => html`<li data-legend=${k}>${swatch(k)}<span>${this.t(`${pre}.${k}` as GenogramKey)}</span></li>`)}
        ${needs.emotional.map((q) => html`<li data-legend=${`eq-${q}`}>${emoSwatch(q as EmotionalQuality)}<span>${capitalise(this.t(`eq.${q}` as GenogramKey))}</span></li>`)}
      </ul>
    </section>`;
  }

  private textView(m: Model): TextView {
    return buildTextView(m.graph, this.t, this.dl);
  }

  private renderText(m: Model): TemplateResult {
    const tv = this.textView(m);
    return html`<section class="text-view" part="text-view" aria-labelledby="tv-h">
      <h2 id="tv-h">${this.t('tv.heading')}</h2>
      ${tv.summaries.map((s) => html`<p class="summary" data-id=${s.id}>${s.text}</p>`)}
      <ul class="people-list">
        ${tv.people.map((p) => html`<li data-id=${p.id}><p class="headline">${p.headline}</p>
          ${p.lines.length ? html`<ul>${p.lines.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}</li>`)}
      </ul>
    </section>`;
  }

  private renderTables(m: Model): TemplateResult {
    const g = m.graph;
    const name = (id: string) => g.byId.get(id)?.name ?? id;
    const date = (d?: string) => (d ? formatPartialDate(d, this.dl) : '');
    const rows: { a: string; rel: string; b: string; dates: string; notes: string }[] = [];
    for (const u of g.unions) if (u.b && u.relId) {
      rows.push({ a: name(u.a), rel: this.t('tb.partner', { status: this.t(`ps.${u.status}` as GenogramKey) }), b: name(u.b),
        dates: [u.from ? date(u.from) : '', u.statusOn ? date(u.statusOn) : ''].filter(Boolean).join(' – '), notes: u.consanguineous ? this.t('consanguinity') : '' });
    }
    for (const [c, list] of g.parentRels) for (const r of list) {
      rows.push({ a: name(r.parentId), rel: this.t('tb.parentOf', { type: this.t(`ct.${r.type}` as GenogramKey) }), b: name(c),
        dates: [date(r.from), date(r.to)].filter(Boolean).join(' – '), notes: [r.disputed ? this.t('disputed') : '', r.source ?? ''].filter(Boolean).join('. ') });
    }
    for (const t of g.twins) rows.push({ a: name(t.a), rel: this.t(`tw.${t.zygosity}` as GenogramKey), b: name(t.b), dates: '', notes: '' });
    if (!this.hideEmotional) {
      for (const e of g.emotional) rows.push({ a: name(e.a), rel: this.t(`eq.${e.quality}` as GenogramKey), b: name(e.b), dates: '', notes: [e.direction ? this.t(`ed.dir.${e.direction}` as GenogramKey) : '', e.note ?? ''].filter(Boolean).join('. ') });
      for (const e of g.supports) rows.push({ a: name(e.a), rel: this.t('support'), b: name(e.b), dates: '', notes: e.label ?? '' });
    }
    return html`<section class="table-view" part="table-view">
      <table>
        <caption>${this.t('tb.people')}</caption>
        <thead><tr><th scope="col">${this.t('tb.name')}</th><th scope="col">${this.t('tb.gender')}</th><th scope="col">${this.t('tb.born')}</th>
          <th scope="col">${this.t('tb.age')}</th><th scope="col">${this.t('tb.died')}</th><th scope="col">${this.t('tb.household')}</th></tr></thead>
        <tbody>${g.people.map((p) => html`<tr data-id=${p.id}>
          <th scope="row">${p.name}${p.index ? html` <span class="tag">(${this.t('index')})</span>` : nothing}</th>
          <td>${p.pregnancyOutcome ? this.t(`pg.${p.pregnancyOutcome}` as GenogramKey) : this.t(`g.${p.gender}` as GenogramKey)}</td>
          <td>${date(p.dateOfBirth)}</td><td>${ageText(p, m.asAt, this.dl)}</td>
          <td>${p.deceased ? (p.dateOfDeath ? date(p.dateOfDeath) : this.t('deceased')) : ''}</td>
          <td>${g.households.filter((h) => (h.memberIds ?? []).includes(p.id)).map((h) => h.name ?? this.t('household')).join('; ')}</td>
        </tr>`)}</tbody>
      </table>
      <table>
        <caption>${this.t('tb.relationships')}</caption>
        <thead><tr><th scope="col">${this.t('tb.person')}</th><th scope="col">${this.t('tb.relationship')}</th><th scope="col">${this.t('tb.with')}</th>
          <th scope="col">${this.t('tb.dates')}</th><th scope="col">${this.t('tb.notes')}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr><td>${r.a}</td><td>${r.rel}</td><td>${r.b}</td><td>${r.dates}</td><td>${r.notes}</td></tr>`)}</tbody>
      </table>
    </section>`;
  }

  private renderDetails(m: Model, p: GPerson): TemplateResult {
    const tv = this.textView(m).people.find((x) => x.id === p.id)!;
    return html`<aside class="details" part="details" aria-labelledby="details-h">
      <h2 id="details-h" tabindex="-1">${this.t('details', { name: p.name })}</h2>
      <p>${tv.headline}</p>
      ${tv.lines.length ? html`<ul>${tv.lines.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}
      <button type="button" class="secondary" @click=${this.closeDetails}>${this.t('close')}</button>
    </aside>`;
  }

  // ---------- editing ----------

  private renderEditor(m: Model): TemplateResult {
    const sel = this.detailsId && m.graph.byId.get(this.detailsId);
    const err = (k: string) => (this.formErrors[k] ? html`<p class="cw-error-message" id=${`err-${k}`}>${this.formErrors[k]}</p>` : nothing);
    const people = [...m.graph.people].sort((a, b) => a.name.localeCompare(b.name));
    return html`<section class="editor" part="editor" aria-labelledby="ed-h">
      <h2 id="ed-h">${this.t('ed.heading')}</h2>
      <form class="add-person" novalidate @submit=${this.onAddPerson}>
        <h3>${this.t('ed.addPerson')}</h3>
        ${sel ? nothing : html`<p class="cw-hint">${this.t('ed.selectFirst')}</p>`}
        <div class="field"><label for="ed-rel">${sel ? this.t('ed.relation', { name: sel.name }) : this.t('ed.relationNone')}</label>
          <select id="ed-rel" name="relation">
            <option value="none">${this.t('ed.rel.none')}</option>
            ${sel ? html`<option value="partner">${this.t('ed.rel.partner', { name: sel.name })}</option>
              <option value="child">${this.t('ed.rel.child', { name: sel.name })}</option>
              <option value="parent">${this.t('ed.rel.parent', { name: sel.name })}</option>` : nothing}
          </select></div>
        <div class="field ${this.formErrors.name ? 'error' : ''}"><label for="ed-given">${this.t('ed.givenName')}</label>${err('name')}
          <input id="ed-given" name="givenName" autocomplete="off" aria-describedby=${this.formErrors.name ? 'err-name' : nothing}
            aria-invalid=${this.formErrors.name ? 'true' : 'false'}></div>
        <div class="field"><label for="ed-family">${this.t('ed.familyName')}</label><input id="ed-family" name="familyName" autocomplete="off"></div>
        <div class="field"><label for="ed-gender">${this.t('ed.gender')}</label>
          <select id="ed-gender" name="gender">${GENDERS.map((g) => html`<option value=${g}>${capitalise(this.t(`g.${g}` as GenogramKey))}</option>`)}</select></div>
        <div class="field ${this.formErrors.dob ? 'error' : ''}"><label for="ed-dob">${this.t('ed.dob')}</label>
          <p class="cw-hint" id="ed-dob-hint">${this.t('ed.dateHint')}</p>${err('dob')}
          <input id="ed-dob" name="dateOfBirth" inputmode="numeric" aria-describedby=${this.formErrors.dob ? 'ed-dob-hint err-dob' : 'ed-dob-hint'}
            aria-invalid=${this.formErrors.dob ? 'true' : 'false'}></div>
        <div class="field"><label for="ed-ptype">${this.t('ed.parentType')}</label>
          <select id="ed-ptype" name="parentType">${PARENT_TYPES.map((x) => html`<option value=${x}>${capitalise(this.t(`ct.${x}` as GenogramKey))}</option>`)}</select></div>
        <div class="field"><label for="ed-pstatus">${this.t('ed.partnerStatus')}</label>
          <select id="ed-pstatus" name="partnerStatus">${PARTNER_STATUSES.map((x) => html`<option value=${x}>${capitalise(this.t(`ps.${x}` as GenogramKey))}</option>`)}</select></div>
        ${err('structure')}
        <button type="submit">${this.t('ed.save')}</button>
      </form>
      <form class="add-emotional" novalidate @submit=${this.onAddEmotional}>
        <h3>${this.t('ed.emotional')}</h3>
        ${err('emotional')}
        <div class="field"><label for="em-a">${this.t('ed.person1')}</label>
          <select id="em-a" name="a">${people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.detailsId}>${p.name}</option>`)}</select></div>
        <div class="field"><label for="em-q">${this.t('ed.quality')}</label>
          <select id="em-q" name="quality">${EMOTIONAL_QUALITIES.map((q) => html`<option value=${q}>${capitalise(this.t(`eq.${q}` as GenogramKey))}</option>`)}</select></div>
        <div class="field"><label for="em-b">${this.t('ed.person2')}</label>
          <select id="em-b" name="b">${people.map((p) => html`<option value=${p.id}>${p.name}</option>`)}</select></div>
        <div class="field"><label for="em-d">${this.t('ed.direction')}</label>
          <select id="em-d" name="direction">${(['none', 'a-to-b', 'b-to-a', 'both'] as const).map((d) => html`<option value=${d}>${this.t(`ed.dir.${d}` as GenogramKey)}</option>`)}</select></div>
        <button type="submit">${this.t('ed.saveEmotional')}</button>
      </form>
    </section>`;
  }

  private async onAddPerson(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const v = (k: string) => String(data.get(k) ?? '').trim();
    const errors: Record<string, string> = {};
    if (!v('givenName') && !v('familyName')) errors.name = this.t('ed.err.name');
    if (v('dateOfBirth') && !PartialDate.safeParse(v('dateOfBirth')).success) errors.dob = this.t('ed.err.date');
    const relation = v('relation');
    const other = this.detailsId;
    const person = { id: newId(), gender: v('gender') as Person['gender'] } as Person;
    if (v('givenName')) person.givenName = v('givenName');
    if (v('familyName')) person.familyName = v('familyName');
    if (v('dateOfBirth')) person.dateOfBirth = v('dateOfBirth');
    let rel: Relationship | undefined;
    if (relation !== 'none' && other) {
      if (relation === 'partner') rel = { id: newId(), kind: 'partner', a: other, b: person.id, status: v('partnerStatus') as never };
      else if (relation === 'child') rel = { id: newId(), kind: 'parent', parentId: other, childId: person.id, type: v('parentType') as never };
      else rel = { id: newId(), kind: 'parent', parentId: person.id, childId: other, type: v('parentType') as never };
    }
    if (!Object.keys(errors).length && rel) {
      const reason = this.structureProblem(person, rel);
      if (reason) errors.structure = reason;
    }
    this.formErrors = errors;
    if (Object.keys(errors).length) {
      this.message = { kind: 'error', text: Object.values(errors).join('. ') };
      return;
    }
    const r1 = await this.commit(makeChange('Person', 'create', this.effectiveActor, null, person));
    if (!r1.ok) { this.message = { kind: 'error', text: this.t('ed.failed', { message: r1.message }) }; return; }
    if (rel) {
      const r2 = await this.commit(makeChange('Relationship', 'create', this.effectiveActor, null, rel as unknown as { id: string }));
      if (!r2.ok) { this.message = { kind: 'error', text: this.t('ed.failed', { message: r2.message }) }; return; }
    }
    form.reset();
    this.message = { kind: 'ok', text: this.t('ed.added', { name: [person.givenName, person.familyName].filter(Boolean).join(' ') }) };
  }

  /** Why adding this relationship would make an impossible family, or '' when it is fine. */
  private structureProblem(person: Person | null, rel: Relationship): string {
    const b = this.caseData.bundle;
    const trial: CaseBundle = { ...b, people: [...(b.people ?? []), ...(person ? [person] : [])], relationships: [...(b.relationships ?? []), rel] };
    const before = new Set(buildFamilyGraph(b, { asAt: '9999-12-31' }).issues.map((i) => `${i.id}|${i.code}`));
    const g = buildFamilyGraph(trial, { asAt: '9999-12-31' });
    // the new link may be the one reported, or it may push an existing one out (the graph reads records in id order)
    const issue = g.issues.find((i) => !before.has(`${i.id}|${i.code}`));
    if (issue) return this.t('ed.err.structure', { reason: this.t(`is.${issue.code}` as GenogramKey) });
    if (rel.kind === 'parent') {
      const dob = (id: string) => trial.people!.find((p) => p.id === id)?.dateOfBirth;
      const pd = dob(rel.parentId), cd = dob(rel.childId);
      if (pd && cd && cd.slice(0, 4) < pd.slice(0, 4)) return this.t('ed.err.bornBefore');
    }
    return '';
  }

  private async onAddEmotional(e: Event): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const a = String(data.get('a') ?? ''), b = String(data.get('b') ?? '');
    if (!a || a === b) {
      this.formErrors = { emotional: this.t('ed.err.same') };
      this.message = { kind: 'error', text: this.t('ed.err.same') };
      return;
    }
    const dir = String(data.get('direction') ?? 'none');
    const rel = { id: newId(), kind: 'emotional', a, b, quality: String(data.get('quality')) } as Relationship & { direction?: string };
    if (dir !== 'none') rel.direction = dir;
    this.formErrors = {};
    const r = await this.commit(makeChange('Relationship', 'create', this.effectiveActor, null, rel as unknown as { id: string }));
    this.message = r.ok ? { kind: 'ok', text: this.t('ed.addedRel') } : { kind: 'error', text: this.t('ed.failed', { message: r.message }) };
  }

  // ---------- interaction ----------

  private onAsAt(e: Event): void {
    this.asAt = (e.target as HTMLInputElement).value;
  }

  private activate(id: string): void {
    if (this.dragged) return;
    this.focusId = id;
    this.detailsId = id;
    this.select({ kind: 'person', id });
  }

  private onClick(e: Event): void {
    const id = (e.target as Element).closest?.('g.person')?.getAttribute('data-id');
    if (id) this.activate(id);
  }

  private onFocusIn(e: FocusEvent): void {
    const id = (e.target as Element).closest?.('g.person')?.getAttribute('data-id');
    if (id && id !== this.focusId) this.focusId = id;
  }

  private closeDetails(): void {
    const id = this.detailsId;
    this.detailsId = '';
    void this.updateComplete.then(() => this.focusPerson(id));
  }

  private focusPerson(id: string): void {
    const el = this.renderRoot.querySelector<SVGGElement>(`g.person[data-id="${CSS.escape(id)}"]`);
    el?.focus();
  }

  /** Person reached from `id` by an arrow key, or undefined. */
  neighbour(id: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): string | undefined {
    const m = this.model;
    const node = (x: string) => m.nodes.find((n) => n.id === x);
    const me = node(id);
    if (!me) return undefined;
    const closest = (ids: string[]) => ids.map(node).filter((n): n is NodeModel => !!n)
      .sort((a, b) => Math.abs(a.x - me.x) - Math.abs(b.x - me.x) || a.x - b.x)[0]?.id;
    const r = relativesOf(m.graph, id);
    if (key === 'ArrowUp') return closest(r.parents.map((p) => p.id));
    if (key === 'ArrowDown') {
      const kids = r.children.map((c) => c.id).map(node).filter((n): n is NodeModel => !!n).sort((a, b) => a.x - b.x);
      return kids[0]?.id;
    }
    const dir = key === 'ArrowRight' ? 1 : -1;
    const family = new Set([...r.partners.map((p) => p.id), ...r.siblings.map((s) => s.id)]);
    const row = m.nodes.filter((n) => n.y === me.y && (n.x - me.x) * dir > 0).sort((a, b) => (a.x - b.x) * dir);
    return (row.find((n) => family.has(n.id)) ?? row[0])?.id;
  }

  private onKey(e: KeyboardEvent): void {
    const step = this.vb.w / 8;
    if (e.key === '+' || e.key === '=') { this.zoom(1.25); e.preventDefault(); return; }
    if (e.key === '-' || e.key === '_') { this.zoom(0.8); e.preventDefault(); return; }
    if (e.key === '0') { this.fit(); e.preventDefault(); return; }
    if (e.key.startsWith('Arrow') && e.shiftKey) {
      const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      const [dx, dy] = d[e.key] ?? [0, 0];
      this.pan(dx, dy);
      e.preventDefault();
      return;
    }
    const target = (e.composedPath()[0] as Element | undefined)?.closest?.('g.person');
    const id = target?.getAttribute('data-id');
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') { this.activate(id); e.preventDefault(); return; }
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const next = this.neighbour(id, e.key);
      if (!next) return;
      this.focusId = next;
      this.ensureVisible(next);
      void this.updateComplete.then(() => this.focusPerson(next));
    }
  }

  private ensureVisible(id: string): void {
    const n = this.model.nodes.find((x) => x.id === id);
    if (!n) return;
    const { x, y, w, h } = this.vb;
    const pad = 80;
    let nx = x, ny = y;
    if (n.x < x + pad) nx = n.x - pad; else if (n.x > x + w - pad) nx = n.x - w + pad;
    if (n.y < y + pad) ny = n.y - pad; else if (n.y > y + h - pad) ny = n.y - h + pad;
    if (nx !== x || ny !== y) this.vb = { ...this.vb, x: nx, y: ny };
  }

  private scale(): number {
    const r = this.svgEl?.getBoundingClientRect();
    if (!r || !r.width || !r.height) return 1;
    return Math.max(this.vb.w / r.width, this.vb.h / r.height);
  }

  private onPointerDown(e: PointerEvent): void {
    if ((e.target as Element).closest?.('g.person, .dispute-mark')) { this.dragged = false; return; }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragged = false;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      this.pinchStart = { d: Math.hypot(a.x - b.x, a.y - b.y), vb: { ...this.vb } };
    }
  }

  private onPointerMove(e: PointerEvent): void {
    const prev = this.pointers.get(e.pointerId);
    if (!prev) return;
    const cur = { x: e.clientX, y: e.clientY };
    this.pointers.set(e.pointerId, cur);
    if (this.pointers.size === 2 && this.pinchStart) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (this.pinchStart.d > 0) {
        const target = this.pinchStart.vb.w / (d / this.pinchStart.d);
        this.zoom(this.vb.w / target);
      }
      this.dragged = true;
      return;
    }
    const k = this.scale();
    const dx = (cur.x - prev.x) * k, dy = (cur.y - prev.y) * k;
    if (Math.abs(dx) + Math.abs(dy) > 0) { this.dragged = true; this.pan(-dx, -dy); }
  }

  private onPointerUp(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size < 2) this.pinchStart = undefined;
    setTimeout(() => { this.dragged = false; }, 0);
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const r = this.svgEl?.getBoundingClientRect();
    const k = this.scale();
    const cx = r ? this.vb.x + (e.clientX - r.left) * k : undefined;
    const cy = r ? this.vb.y + (e.clientY - r.top) * k : undefined;
    this.zoom(e.deltaY < 0 ? 1.1 : 1 / 1.1, cx, cy);
  }

  // ---------- export ----------

  /** The whole genogram, with its key, as a standalone SVG document (UTF-8 text). */
  exportSvg(): string {
    const m = this.model;
    const live = this.svgEl;
    const needs = legendNeeds(m, { emotional: !this.hideEmotional, households: !this.hideHouseholds });
    const pre = this.familyFacing ? 'lf' : 'lg';
    const legend = [...needs.keys.map((k) => this.t(`${pre}.${k}` as GenogramKey)), ...needs.emotional.map((q) => capitalise(this.t(`eq.${q}` as GenogramKey)))];
    const legendH = 30 + legend.length * 18;
    const W = Math.max(m.width, 400), H = m.height + legendH;
    const NS = 'http://www.w3.org/2000/svg';
    const doc = document.implementation.createDocument(NS, 'svg', null);
    const root = doc.documentElement;
    root.setAttribute('viewBox', `0 0 ${f1(W)} ${f1(H)}`);
    root.setAttribute('width', String(Math.round(W)));
    root.setAttribute('height', String(Math.round(H)));
    root.setAttribute('role', 'img');
    const title = doc.createElementNS(NS, 'title');
    title.textContent = `${this.t('title')}: ${this.caseData.bundle.case.title ?? ''}`.trim();
    root.appendChild(title);
    const style = doc.createElementNS(NS, 'style');
    style.textContent = drawingCss;
    root.appendChild(style);
    const bg = doc.createElementNS(NS, 'rect');
    for (const [k, v] of [['x', '0'], ['y', '0'], ['width', String(W)], ['height', String(H)], ['fill', '#ffffff']]) bg.setAttribute(k!, v!);
    root.appendChild(bg);
    if (live) {
      for (const child of Array.from(live.children)) {
        const clone = doc.importNode(child, true) as Element;
        clone.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
        clone.querySelectorAll('.tip').forEach((n) => n.remove());
        root.appendChild(clone);
      }
    }
    const lg = doc.createElementNS(NS, 'g');
    lg.setAttribute('class', 'export-legend');
    const head = doc.createElementNS(NS, 'text');
    head.setAttribute('x', '20'); head.setAttribute('y', String(m.height + 20));
    head.textContent = this.t('legend');
    lg.appendChild(head);
    legend.forEach((l, i) => {
      const tx = doc.createElementNS(NS, 'text');
      tx.setAttribute('x', '20'); tx.setAttribute('y', String(m.height + 40 + i * 18));
      tx.textContent = `• ${l}`;
      lg.appendChild(tx);
    });
    root.appendChild(lg);
    // Lit leaves comment markers in the live DOM; they are harmless but not needed in a file
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.parentNode?.removeChild(c));
    return new XMLSerializer().serializeToString(doc);
  }

  /** The genogram as a PNG image (twice the drawing's size, at most 8000 pixels wide). */
  async exportPng(): Promise<Blob> {
    const text = this.exportSvg();
    const m = this.model;
    const W = Math.max(m.width, 400);
    const H = m.height + 30 + 18 * 60;
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      img.decoding = 'sync';
      await new Promise<void>((resolve, reject) => {
        img.onload = () => resolve();
        img.onerror = () => reject(new Error('the SVG could not be read as an image'));
        img.src = url;
      });
      const k = Math.min(2, 8000 / Math.max(img.naturalWidth || W, 1));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round((img.naturalWidth || W) * k);
      canvas.height = Math.round((img.naturalHeight || H) * k);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no image'))), 'image/png'));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  private filename(ext: string): string {
    const base = (this.caseData.bundle.case.id || 'family').replace(/[^\w-]+/g, '-').slice(0, 60);
    return `genogram-${base}.${ext}`;
  }

  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private downloadSvg = () => {
    this.download(new Blob([this.exportSvg()], { type: 'image/svg+xml' }), this.filename('svg'));
  };

  private downloadPng = async () => {
    try {
      this.download(await this.exportPng(), this.filename('png'));
    } catch (err) {
      this.message = { kind: 'error', text: this.t('exportFailed', { message: (err as Error).message }) };
    }
  };
}


/** Splits a name into at most two lines of about 15 characters, shortening the rest with an ellipsis. */
export function wrapName(name: string, max = 15): string[] {
  if (name.length <= max) return [name];
  const words = name.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (!cur) cur = w;
    else if ((cur + ' ' + w).length <= max) cur += ' ' + w;
    else { lines.push(cur); cur = w; }
  }
  if (cur) lines.push(cur);
  const out = lines.slice(0, 2).map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
  if (lines.length > 2) out[1] = (out[1]!.length >= max ? out[1]!.slice(0, max - 1) : out[1]!) + '…';
  return out;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function swatch(k: LegendKey): TemplateResult {
  const body = (() => {
    switch (k) {
      case 'female': return svg`<circle class="shape" cx="20" cy="12" r="9"></circle>`;
      case 'male': return svg`<rect class="shape" x="11" y="3" width="18" height="18"></rect>`;
      case 'diamond': return svg`<polygon class="shape" points="20,1 31,12 20,23 9,12"></polygon>`;
      case 'deceased': return svg`<rect class="shape" x="11" y="3" width="18" height="18"></rect><line class="cross" x1="9" y1="1" x2="31" y2="23"></line><line class="cross" x1="31" y1="1" x2="9" y2="23"></line>`;
      case 'index': return svg`<circle class="shape" cx="20" cy="12" r="11"></circle><circle class="inner" cx="20" cy="12" r="7"></circle>`;
      case 'pregnancy': return svg`<polygon class="shape" points="20,3 29,20 11,20"></polygon>`;
      case 'miscarriage': return svg`<polygon class="solid" points="20,6 26,18 14,18"></polygon>`;
      case 'stillbirth': return svg`<rect class="shape" x="13" y="5" width="14" height="14"></rect><line class="cross" x1="11" y1="3" x2="29" y2="21"></line><line class="cross" x1="29" y1="3" x2="11" y2="21"></line>`;
      case 'termination': return svg`<line class="cross" x1="15" y1="7" x2="25" y2="17"></line><line class="cross" x1="25" y1="7" x2="15" y2="17"></line>`;
      case 'married': return svg`<line class="line" x1="2" y1="12" x2="38" y2="12"></line>`;
      case 'cohabiting': return svg`<line class="line st-cohabiting" x1="2" y1="12" x2="38" y2="12"></line>`;
      case 'unrecorded': return svg`<line class="line st-unrecorded" x1="2" y1="12" x2="38" y2="12"></line>`;
      case 'separated': return svg`<line class="line" x1="2" y1="12" x2="38" y2="12"></line><line class="slash" x1="15" y1="21" x2="25" y2="3"></line>`;
      case 'divorced': return svg`<line class="line" x1="2" y1="12" x2="38" y2="12"></line><line class="slash" x1="10" y1="21" x2="20" y2="3"></line><line class="slash" x1="20" y1="21" x2="30" y2="3"></line>`;
      case 'consanguinity': return svg`<line class="line" x1="2" y1="9" x2="38" y2="9"></line><line class="line" x1="2" y1="15" x2="38" y2="15"></line>`;
      case 'household': return svg`<g class="household"><rect x="3" y="2" width="34" height="20" rx="6"></rect></g>`;
      case 'support': return svg`<path class="support" d="M2 18 Q20 0 38 18"></path>`;
      case 'twins-identical': return svg`<polyline class="line" points="6,22 20,2 34,22"></polyline><line class="line" x1="13" y1="12" x2="27" y2="12"></line>`;
      case 'twins-fraternal': return svg`<polyline class="line" points="6,22 20,2 34,22"></polyline>`;
      case 'disputed': return svg`<line class="line disputed" x1="20" y1="0" x2="20" y2="24"></line>`;
      default: return svg`<line class="line ct-${k}" x1="20" y1="0" x2="20" y2="24"></line>`;
    }
  })();
  return html`<svg class="swatch" viewBox="0 0 40 24" width="40" height="24" aria-hidden="true" focusable="false">${body}</svg>`;
}

function emoSwatch(q: EmotionalQuality): TemplateResult {
  const tone = WARM.has(q) ? 'warm' : HARM.has(q) ? 'harm' : 'cold';
  const paths = emotionalPaths(q, [[2, 14], [20, 14], [38, 14]]);
  return html`<svg class="swatch" viewBox="0 0 40 28" width="40" height="28" aria-hidden="true" focusable="false"><g class="emo ${tone}">${paths.map((p) => svg`<path class=${p.variant} d=${p.d}></path>`)}</g></svg>`;
}
