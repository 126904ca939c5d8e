import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import {
  CaseElement, CONSENTS, SECTORS, STRENGTHS, ageAt, baseStyles, formatAge, formatPartialDate, makeChange, newId, todayPartialDate,
  type Agency, type CaseBundle, type Consent, type Involvement, type Professional, type Sector, type Strength,
} from '@opencasework/core';
import { networkStyles } from './family-network.styles.js';
import { networkMessages, type NetworkKey } from './messages.js';
import { buildNetworkModel, neighboursOf, type FamilyNode, type NetworkModel, type NetworkNode, type OuterNode, type RingGroup } from './network-model.js';
import { layoutNetwork, type NetworkLayout, type PlacedNode } from './layout.js';
import { notInContactFor, universalServicePrompts, whoIsLead, whoWorksWith } from './questions.js';
import { networkHistory } from './history.js';
import { CONTACT_SORT_KEYS, contactRows, involvementsByPerson, mailtoHref, sortContacts, telHref, type ContactRow, type ContactSortKey } from './contacts.js';

export type NetworkView = 'picture' | 'contacts' | 'people' | 'history';
const VIEWS: NetworkView[] = ['picture', 'contacts', 'people', 'history'];
type Answer = { kind: 'lead' } | { kind: 'stale'; weeks: number } | { kind: 'universal' };
interface ViewBox { x: number; y: number; w: number; h: number }
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The team around the family at a glance: an ecomap of the family's households at the centre, the professionals
 * around them grouped by agency sector, and informal supports, with a line for each involvement styled by its
 * strength. Answers "who works with…?", "who is the lead?", "who has not been in contact?" and "which child has no
 * universal service recorded?" in one action; lists who to contact (printable as a one-page sheet), each person's
 * involvements and who joined and left. Read-only unless `editable`.
 *
 * @summary The team around the family: an ecomap with a contact list and per-person lists.
 * @fires cw-select - A person or professional was selected (Enter or click). `detail.selection` is `{ kind: 'person' | 'professional', id }` or null.
 * @fires cw-change - Before an added agency, professional or involvement is applied. Cancelable.
 * @fires cw-invalid - The case had invalid records (listed in the error summary). `detail.issues` lists them.
 * @csspart base - The component's outer section.
 * @csspart picture - The SVG ecomap.
 * @csspart legend - The key to the picture.
 * @csspart contacts - The "who to contact" table.
 * @csspart answer - The answer to the last question asked.
 * @csspart form - The form that adds a professional or involvement (only when editable).
 * @cssprop --cw-network-height - Height of the picture. Default: min(75vh, 720px).
 * @cssprop --cw-network-line-colour - Colour of involvement lines.
 * @cssprop --cw-network-stress-colour - Colour of stressful lines (always also jagged).
 * @cssprop --cw-network-family-fill - Fill of family members' markers.
 * @cssprop --cw-network-professional-fill - Fill of professionals' markers.
 * @cssprop --cw-network-support-fill - Fill of informal supports' markers.
 * @cssprop --cw-network-household-fill - Fill of household boxes.
 * @cssprop --cw-network-dim-opacity - Opacity of what is not highlighted. Default: 0.2.
 */
export class CwFamilyNetwork extends CaseElement {
  static override styles = [...baseStyles, networkStyles];

  /** Which view is shown: the picture, the contact list, the per-person list or the history. */
  @property({ reflect: true }) view: NetworkView = 'picture';
  /** Shows involvements that have ended (hidden by default). */
  @property({ type: Boolean, attribute: 'show-ended', reflect: true }) showEnded = false;
  /** Allows roles marked `sensitiveRole` (and their agency and purpose) to be shown. Off by default. */
  @property({ type: Boolean, attribute: 'show-sensitive-roles' }) showSensitiveRoles = false;
  /** "Today" as YYYY-MM-DD, for what has ended and how long since contact. Defaults to the local date. */
  @property() today = '';
  /** The number of weeks the "not in contact" question starts with. */
  @property({ type: Number, attribute: 'contact-weeks' }) contactWeeks = 6;

  @state() private answer: Answer | null = null;
  @state() private sortKey: ContactSortKey = 'name';
  @state() private sortDir: 'ascending' | 'descending' = 'ascending';
  @state() private focusId: string | null = null;
  @state() private viewBox: ViewBox | null = null;
  @state() private dragging = false;
  /** A node in the picture has keyboard focus (so its label is drawn in the focus style). */
  @state() private mapFocused = false;
  @state() private formProfessional = '';
  @state() private formAgency = '';
  @state() private formErrors: Partial<Record<string, string>> = {};
  @state() private formAlert = '';
  @state() private formSaved = '';

  @query('svg.map') private svgEl?: SVGSVGElement;

  private cache: { key: unknown[]; model: NetworkModel; layout: NetworkLayout; full?: NetworkModel } | null = null;
  private drag: { x: number; y: number; vb: ViewBox; moved: boolean } | null = null;
  private fittedTo: NetworkLayout | null = null;
  private lastSelection: unknown = null;

  private t(key: NetworkKey, params: Record<string, string | number> = {}): string {
    return networkMessages.t(this.locale, key, params);
  }
  private get dateLocale(): 'en' | 'cy' {
    return this.locale === 'cy' ? 'cy' : 'en';
  }
  private fmt(date: string | undefined): string {
    return date ? formatPartialDate(date, this.dateLocale) : '';
  }
  private get effectiveToday(): string {
    return this.today && PARTIAL_DATE.test(this.today) && this.today.length === 10 ? this.today : todayPartialDate();
  }

  /** The model (with the current options) and its layout. */
  private get data(): { model: NetworkModel; layout: NetworkLayout } {
    const { bundle } = this.caseData;
    const key = [bundle, this.showEnded, this.showSensitiveRoles, this.effectiveToday, this.locale];
    if (this.cache && key.every((k, i) => k === this.cache!.key[i])) return this.cache;
    const today = this.effectiveToday;
    const model = buildNetworkModel(bundle, { today, showEnded: this.showEnded, showSensitiveRoles: this.showSensitiveRoles });
    const layout = layoutNetwork(model, {
      linesOf: (n) => this.linesOf(n, model),
      sectorText: (g) => this.t(`sector.${g}` as NetworkKey),
      householdTitle: (id, name) => (id === null ? this.t('household.other') : name ?? this.t('household.unnamed')),
    });
    this.cache = { key, model, layout };
    return this.cache;
  }

  /** The model with ended involvements too, for the history (built only when the history is shown). */
  private get fullModel(): NetworkModel {
    const c = this.data as NonNullable<typeof this.cache>;
    if (!c.full) {
      c.full = this.showEnded ? c.model : buildNetworkModel(this.caseData.bundle, { today: this.effectiveToday, showEnded: true, showSensitiveRoles: this.showSensitiveRoles });
    }
    return c.full;
  }

  // ---- text -------------------------------------------------------------------------------------------------------

  private ageText(f: FamilyNode, today: string): string {
    if (!f.dateOfBirth || f.deceased) return '';
    const age = ageAt(f.dateOfBirth, today);
    return age ? this.t('age', { age: formatAge(age, this.dateLocale) }) : '';
  }

  private consentText(c: Consent | null): string {
    return this.t(c ? (`consent.${c}` as NetworkKey) : 'consent.none');
  }

  private roleText(n: OuterNode): string {
    if (n.kind === 'support') return n.label ?? this.t('informalSupport');
    return n.role ?? this.t('roleWithheld');
  }
  private agencyText(n: OuterNode): string {
    if (n.kind === 'support') return '';
    return n.withheld ? this.t('agencyWithheld') : n.agencyName ?? '';
  }

  private linesOf(n: NetworkNode, model: NetworkModel): string[] {
    if (n.kind === 'person') return [n.name, this.ageText(n, model.today)];
    if (n.kind === 'support') return [n.name, n.label ?? this.t('informalSupport')];
    const consents = new Set(model.edges.filter((e) => e.kind === 'involvement' && e.professionalId === n.id).map((e) => (e.kind === 'involvement' ? e.consent : null)));
    const consent = consents.size === 1 ? this.consentText([...consents][0]!) : this.t('consent.mixed');
    const third = [n.lead ? this.t('lead') : '', n.ended ? this.t('ended') : '', consent].filter(Boolean).join(' · ');
    return [n.name, [this.roleText(n), this.agencyText(n)].filter(Boolean).join(', '), third];
  }

  private nameOf(model: NetworkModel, id: string): string {
    return model.family.find((f) => f.id === id)?.name ?? model.outer.find((o) => o.id === id)?.name ?? id;
  }

  private listNames(names: string[]): string {
    if (names.length <= 1) return names.join('');
    const and = this.locale === 'cy' ? 'a' : 'and';
    return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
  }

  private accessibleName(n: NetworkNode, model: NetworkModel): string {
    const linked = [...neighboursOf(model, n.id)].map((id) => this.nameOf(model, id));
    if (n.kind === 'person') {
      return [n.name, n.isSubject ? this.t('subject') : this.t('familyMember'), this.ageText(n, model.today), n.confidentialAddress ? this.t('addressConfidential') : '',
        linked.length ? this.t('node.linkedTo', { names: this.listNames(linked) }) : ''].filter(Boolean).join(', ');
    }
    if (n.kind === 'support') {
      return [n.name, n.label ?? this.t('informalSupport'), this.t('node.linkedTo', { names: this.listNames(linked) })].filter(Boolean).join(', ');
    }
    const whole = model.edges.some((e) => e.kind === 'involvement' && e.professionalId === n.id && e.personId === null);
    return [n.name, this.roleText(n), this.agencyText(n), n.lead ? this.t('leadProfessional') : '', n.ended ? this.t('ended') : '',
      this.t('node.worksWith', { names: this.listNames(whole ? [this.t('wholeFamily'), ...linked] : linked) || this.t('nobody') })].filter(Boolean).join(', ');
  }

  // ---- selection and highlight ------------------------------------------------------------------------------------

  private highlightFor(model: NetworkModel): Set<string> | null {
    if (this.answer?.kind === 'stale') {
      const r = notInContactFor(model, this.answer.weeks);
      return new Set([...r.stale.map((s) => s.professionalId), ...r.noDate]);
    }
    if (this.answer?.kind === 'universal') return new Set(universalServicePrompts(this.caseData.bundle, model).map((p) => p.personId));
    const sel = this.currentSelection;
    if (!sel) return null;
    const known = (id: string) => model.family.some((f) => f.id === id) || model.outer.some((o) => o.id === id);
    let seeds: string[] = [];
    if (sel.kind === 'person' || sel.kind === 'professional') seeds = [sel.id];
    else if (sel.kind === 'involvement') {
      const edges = model.edges.filter((e) => e.kind === 'involvement' && e.involvementId === sel.id);
      return edges.length ? new Set(edges.flatMap((e) => [e.kind === 'involvement' ? e.professionalId : '', e.personId ?? ''].filter(Boolean))) : null;
    } else if (sel.related?.length) seeds = sel.related;
    seeds = seeds.filter(known);
    if (!seeds.length) return null;
    const out = new Set<string>(seeds);
    for (const id of seeds) neighboursOf(model, id).forEach((x) => out.add(x));
    return out;
  }

  private selectNode(n: { id: string; kind: NetworkNode['kind'] }): void {
    this.answer = null;
    this.focusId = n.id;
    this.select({ kind: n.kind === 'professional' ? 'professional' : 'person', id: n.id });
  }

  private clearSelection(): void {
    this.answer = null;
    this.select(null);
  }

  // ---- questions ----------------------------------------------------------------------------------------------------

  private askWorksWith(e: Event): void {
    const id = (e.target as HTMLSelectElement).value;
    if (!id) return;
    this.answer = null;
    this.focusId = id;
    this.select({ kind: 'person', id });
  }

  private askLead(): void {
    const lead = whoIsLead(this.data.model);
    this.answer = { kind: 'lead' };
    if (lead) {
      this.focusId = lead.id;
      this.select({ kind: 'professional', id: lead.id });
    }
  }

  private askStale(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#weeks');
    const weeks = Math.max(0, Math.floor(Number(input?.value ?? this.contactWeeks)) || 0);
    this.answer = { kind: 'stale', weeks };
  }

  private renderAnswer(model: NetworkModel): TemplateResult | typeof nothing {
    const sel = this.currentSelection;
    if (this.answer?.kind === 'lead') {
      const lead = whoIsLead(model);
      return html`<div class="box">${lead
        ? html`<p>${this.t('answer.lead', { name: lead.name })} ${[this.roleText(lead), this.agencyText(lead)].filter(Boolean).join(', ')}</p>`
        : html`<p>${this.t('answer.noLead')}</p>`}</div>`;
    }
    if (this.answer?.kind === 'stale') {
      const { weeks } = this.answer;
      const r = notInContactFor(model, weeks);
      return html`<div class="box"><p>${this.t('answer.stale', { count: r.stale.length, weeks })}</p>
        ${r.stale.length ? html`<ul>${r.stale.map((s) => html`<li>${this.t('answer.staleItem', { name: this.nameOf(model, s.professionalId), date: this.fmt(s.lastContact), weeks: s.weeks })}</li>`)}</ul>` : nothing}
        ${r.noDate.length ? html`<ul>${r.noDate.map((id) => html`<li>${this.t('answer.noDate', { name: this.nameOf(model, id) })}</li>`)}</ul>` : nothing}</div>`;
    }
    if (this.answer?.kind === 'universal') {
      const prompts = universalServicePrompts(this.caseData.bundle, model);
      if (!prompts.length) return html`<div class="box"><p>${this.t('answer.universalNone')}</p></div>`;
      return html`<div class="box"><p>${this.t('answer.universal')}</p><ul>${prompts.map((p) => html`<li>${p.age === null
        ? this.t('answer.universalNoDob', { name: p.name })
        : this.t('answer.universalItem', { name: p.name, age: p.age, services: p.notRecorded.map((s) => this.t(`service.${s}` as NetworkKey)).join(` ${this.t('and')} `) })}</li>`)}</ul></div>`;
    }
    if (sel?.kind === 'person' && model.family.some((f) => f.id === sel.id)) {
      const w = whoWorksWith(model, sel.id);
      const ids = [...w.professionals, ...w.supports];
      return html`<div class="box"><p>${this.t('answer.worksWith', { count: ids.length, name: this.nameOf(model, sel.id) })}</p>
        ${ids.length ? html`<ul>${ids.map((id) => { const n = model.outer.find((o) => o.id === id)!; return html`<li>${n.name}: ${[this.roleText(n), this.agencyText(n)].filter(Boolean).join(', ')}</li>`; })}</ul>` : nothing}</div>`;
    }
    return nothing;
  }

  // ---- pan and zoom -------------------------------------------------------------------------------------------------

  private get vb(): ViewBox {
    return this.viewBox ?? this.data.layout.bounds;
  }

  private zoomBy(factor: number, cx?: number, cy?: number): void {
    const vb = this.vb;
    const b = this.data.layout.bounds;
    const w = Math.min(b.w * 4, Math.max(120, vb.w / factor));
    const h = (vb.h / vb.w) * w;
    const px = cx ?? vb.x + vb.w / 2, py = cy ?? vb.y + vb.h / 2;
    const fx = (px - vb.x) / vb.w, fy = (py - vb.y) / vb.h;
    this.viewBox = { x: px - fx * w, y: py - fy * h, w, h };
  }

  private fit(): void {
    this.viewBox = null;
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.drag = { x: e.clientX, y: e.clientY, vb: this.vb, moved: false };
  }

  private onPointerMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || !this.svgEl) return;
    const dx = e.clientX - d.x, dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) {
      d.moved = true;
      this.dragging = true;
      // Firefox throws for a pointer that is no longer active (e.g. one already lifted or cancelled): panning goes on without capture.
      try { this.svgEl.setPointerCapture?.(e.pointerId); } catch { /* not capturable */ }
    }
    const rect = this.svgEl.getBoundingClientRect();
    const scale = Math.max(d.vb.w / Math.max(1, rect.width), d.vb.h / Math.max(1, rect.height));
    this.viewBox = { ...d.vb, x: d.vb.x - dx * scale, y: d.vb.y - dy * scale };
  }

  private onPointerUp(e: PointerEvent): void {
    if (this.drag?.moved) {
      try { this.svgEl?.releasePointerCapture?.(e.pointerId); } catch { /* was not captured */ }
      // Swallow the click that ends a drag.
      const swallow = (ev: Event) => { ev.stopPropagation(); ev.preventDefault(); };
      this.svgEl?.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => this.svgEl?.removeEventListener('click', swallow, { capture: true }), 0);
    }
    this.drag = null;
    this.dragging = false;
  }

  private onWheel(e: WheelEvent): void {
    // Zoom with Ctrl or ⌘ (and trackpad pinch); a plain wheel scrolls the page as usual.
    if (!(e.ctrlKey || e.metaKey) || !this.svgEl) return;
    e.preventDefault();
    const pt = this.toDrawing(e.clientX, e.clientY);
    this.zoomBy(e.deltaY < 0 ? 1.2 : 1 / 1.2, pt.x, pt.y);
  }

  private toDrawing(clientX: number, clientY: number): { x: number; y: number } {
    const svgEl = this.svgEl!;
    const ctm = svgEl.getScreenCTM();
    if (!ctm) return { x: this.vb.x + this.vb.w / 2, y: this.vb.y + this.vb.h / 2 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }

  /** Pans so that a node is in view (used when the keyboard moves to it). */
  private reveal(n: PlacedNode): void {
    const vb = this.vb;
    const pad = 40;
    const inside = n.label.x >= vb.x + pad / 4 && n.label.x + n.label.w <= vb.x + vb.w - pad / 4 && n.y - n.r >= vb.y && n.label.y + n.label.h <= vb.y + vb.h;
    if (inside || !this.viewBox) return;
    this.viewBox = { ...vb, x: n.x - vb.w / 2, y: n.y - vb.h / 2 };
  }

  // ---- keyboard -----------------------------------------------------------------------------------------------------

  private onMapKey(e: KeyboardEvent): void {
    const { layout } = this.data;
    const order = layout.nodes;
    if (!order.length) return;
    const current = Math.max(0, order.findIndex((n) => n.id === (this.focusId ?? order[0]!.id)));
    let next = -1;
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': next = (current + 1) % order.length; break;
      case 'ArrowLeft': case 'ArrowUp': next = (current - 1 + order.length) % order.length; break;
      case 'Home': next = 0; break;
      case 'End': next = order.length - 1; break;
      case 'Enter': case ' ': {
        const n = order[current]!;
        e.preventDefault();
        this.selectNode(n);
        return;
      }
      case 'Escape': this.clearSelection(); return;
      case '+': case '=': e.preventDefault(); this.zoomBy(1.25); return;
      case '-': case '_': e.preventDefault(); this.zoomBy(1 / 1.25); return;
      case '0': e.preventDefault(); this.fit(); return;
      default: return;
    }
    e.preventDefault();
    const n = order[next]!;
    this.focusId = n.id;
    this.reveal(n);
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(n.id)}"]`)?.focus());
  }

  // ---- rendering ----------------------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const sel = this.currentSelection;
    // Follow a selection made elsewhere: the roving focus moves to it.
    if (sel !== this.lastSelection) {
      this.lastSelection = sel;
      if (sel && (sel.kind === 'person' || sel.kind === 'professional')) this.focusId = sel.id;
    }
    if (this.fittedTo !== this.data.layout) {
      this.fittedTo = this.data.layout;
      this.viewBox = null;
    }
  }

  override render() {
    const { issues } = this.caseData;
    const summary = html`<cw-error-summary .issues=${issues}></cw-error-summary>`;
    if (!this.hasData) return html`${summary}<p>${this.t('noData')}</p>`;
    const { model, layout } = this.data;
    const highlight = this.highlightFor(model);
    const empty = !model.family.length && !model.outer.length;
    return html`
      ${summary}
      <section part="base" aria-labelledby="title">
        <h2 id="title">${this.t('title')}</h2>
        <p class="as-at">${this.t('asAt', { date: formatPartialDate(model.today, this.dateLocale, { style: 'long' }) })}</p>
        <div class="bar" role="group" aria-label=${this.t('views.label')}>
          ${VIEWS.map((v) => html`<button type="button" class="secondary" aria-pressed=${this.view === v ? 'true' : 'false'} data-view=${v}
            @click=${() => { this.view = v; }}>${this.t(`view.${v}` as NetworkKey)}</button>`)}
        </div>
        <label class="check"><input type="checkbox" .checked=${this.showEnded} @change=${(e: Event) => { this.showEnded = (e.target as HTMLInputElement).checked; }}>
          ${this.t('showEnded')} ${!this.showEnded && model.hiddenEnded ? this.t('hiddenEnded', { count: model.hiddenEnded }) : ''}</label>
        ${empty ? html`<p>${this.t('empty')}</p>` : html`
          ${this.renderAsk(model)}
          ${this.view === 'picture' ? html`<div class="view picture-view">${this.renderPicture(model, layout, highlight)}${this.renderLegend()}${this.renderDetails(model)}</div>` : nothing}
          ${this.view === 'contacts' ? this.renderContacts(model) : nothing}
          ${this.view === 'people' ? this.renderPeople(model) : nothing}
          ${this.view === 'history' ? this.renderHistory(this.fullModel) : nothing}`}
        ${this.editable ? this.renderForm(model) : nothing}
      </section>`;
  }

  private renderAsk(model: NetworkModel) {
    const sel = this.currentSelection;
    const personSel = sel?.kind === 'person' && model.family.some((f) => f.id === sel.id) ? sel.id : '';
    return html`<section class="ask" aria-labelledby="ask-h">
      <h3 id="ask-h">${this.t('ask.heading')}</h3>
      <div class="row">
        <div class="field"><label for="works-with">${this.t('ask.worksWith')}</label>
          <select id="works-with" @change=${this.askWorksWith}>
            <option value="" ?selected=${!personSel}>${this.t('ask.choosePerson')}</option>
            ${model.family.map((f) => html`<option value=${f.id} ?selected=${personSel === f.id}>${f.name}</option>`)}
          </select></div>
        <button type="button" class="secondary" data-ask="lead" @click=${this.askLead}>${this.t('ask.lead')}</button>
        <div class="field"><label for="weeks">${this.t('ask.weeks')}</label>
          <input id="weeks" type="number" min="0" max="520" inputmode="numeric" .value=${String(this.contactWeeks)}
            @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') this.askStale(); }}></div>
        <button type="button" class="secondary" data-ask="stale" @click=${this.askStale}>${this.t('ask.find')}</button>
        <button type="button" class="secondary" data-ask="universal" @click=${() => { this.answer = { kind: 'universal' }; }}>${this.t('ask.universal')}</button>
        ${this.answer || sel ? html`<button type="button" class="link" data-ask="clear" @click=${this.clearSelection}>${this.t('ask.clear')}</button>` : nothing}
      </div>
      <div class="answer" part="answer" role="status" aria-live="polite">${this.renderAnswer(model)}</div>
    </section>`;
  }

  private renderPicture(model: NetworkModel, layout: NetworkLayout, highlight: Set<string> | null) {
    const vb = this.vb;
    const pos = new Map(layout.nodes.map((n) => [n.id, n]));
    const nodeOf = new Map<string, NetworkNode>([...model.family.map((f) => [f.id, f] as const), ...model.outer.map((o) => [o.id, o] as const)]);
    const sel = this.currentSelection;
    const focusId = this.focusId && pos.has(this.focusId) ? this.focusId : layout.nodes[0]?.id;
    const centreOf = (householdId: string | null) => {
      const h = layout.households.find((x) => x.id === householdId) ?? layout.households[0];
      return h ? { x: h.x + h.w / 2, y: h.y } : { x: 0, y: 0 };
    };
    const edges = model.edges.map((e) => {
      const fromId = e.kind === 'involvement' ? e.professionalId : e.supportId;
      const a = pos.get(fromId);
      const b = e.personId ? pos.get(e.personId) : centreOf(null);
      if (!a || !b) return nothing;
      const dim = highlight && !(highlight.has(fromId) && (!e.personId || highlight.has(e.personId)));
      const strength = e.kind === 'involvement' ? e.strength ?? 'none' : 'moderate';
      const cls = classMap({ edge: true, [strength]: true, support: e.kind === 'support', ended: e.kind === 'involvement' && e.ended, dim: !!dim });
      if (strength === 'stressful') return svg`<path class=${cls} d=${zigzag(a.x, a.y, b.x, b.y)}></path>`;
      return svg`<line class=${cls} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`;
    });
    return html`<div class="picture">
      <div class="picture-bar">
      <p class="help" id="map-help">${this.t('picture.help')}</p>
      <div class="zoom" role="group" aria-label=${this.t('zoom.label')}>
        <button type="button" class="secondary" data-zoom="in" aria-label=${this.t('zoom.in')} title=${this.t('zoom.in')} @click=${() => this.zoomBy(1.25)}>+</button>
        <button type="button" class="secondary" data-zoom="out" aria-label=${this.t('zoom.out')} title=${this.t('zoom.out')} @click=${() => this.zoomBy(1 / 1.25)}>−</button>
        <button type="button" class="secondary" data-zoom="fit" @click=${this.fit}>${this.t('zoom.fit')}</button>
      </div>
      </div>
      <svg class=${classMap({ map: true, dragging: this.dragging })} part="picture" viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}"
        role="group" aria-label=${this.t('picture.label', { people: model.family.length, pros: model.outer.filter((o) => o.kind === 'professional').length, supports: model.outer.filter((o) => o.kind === 'support').length })}
        aria-describedby="map-help"
        @keydown=${this.onMapKey} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp} @wheel=${this.onWheel}>
        <g aria-hidden="true">
          ${layout.households.map((h) => svg`<rect class="household" x=${h.x} y=${h.y} width=${h.w} height=${h.h} rx="8"></rect>
            ${h.title ? svg`<text class="household-title" x=${h.x + 12} y=${h.y + 18}>${h.title}</text>` : nothing}`)}
          ${layout.sectors.map((s) => svg`<text class="sector-title" x=${s.x + s.w / 2} y=${s.y + s.h / 2 + 4} text-anchor="middle">${s.text}</text>`)}
          ${edges}
        </g>
        ${layout.nodes.map((p) => {
          const n = nodeOf.get(p.id)!;
          const selected = !!sel && (sel.kind === 'person' || sel.kind === 'professional') && sel.id === p.id;
          return this.renderNode(p, n, model, { focusable: p.id === focusId, selected, dim: !!highlight && !highlight.has(p.id) });
        })}
        <g aria-hidden="true" class="texts">${layout.nodes.map((p) => {
          const n = nodeOf.get(p.id)!;
          const selected = !!sel && (sel.kind === 'person' || sel.kind === 'professional') && sel.id === p.id;
          const lead = n.kind === 'professional' && n.lead;
          return svg`<g class=${classMap({ 'node-text': true, selected, dim: !!highlight && !highlight.has(p.id), focused: p.id === this.focusId && this.mapFocused })}>
            <text class="initials" x=${p.x} y=${p.y}>${lead ? this.t('lead').slice(0, 1) : initials(n.name)}</text>
            <text class="label">${p.label.lines.map((line, i) => svg`<tspan class=${i === 0 ? 'name' : ''} x=${p.x} y=${p.label.y + 13 + i * 16} text-anchor="middle">${line}</tspan>`)}</text>
          </g>`;
        })}</g>
      </svg>
    </div>`;
  }

  private renderNode(p: PlacedNode, n: NetworkNode, model: NetworkModel, o: { focusable: boolean; selected: boolean; dim: boolean }) {
    const lead = n.kind === 'professional' && n.lead;
    const ended = n.kind === 'professional' && n.ended;
    const cls = classMap({ node: true, [n.kind]: true, lead, ended, selected: o.selected, dim: o.dim });
    const side = p.r * 1.7;
    const marker = n.kind === 'support'
      ? svg`<rect class="marker" x=${p.x - side / 2} y=${p.y - side / 2} width=${side} height=${side}></rect>`
      : svg`<circle class="marker" cx=${p.x} cy=${p.y} r=${lead ? p.r - 4 : p.r}></circle>`;
    const ring = lead || (n.kind === 'person' && n.isSubject) ? svg`<circle class="ring" cx=${p.x} cy=${p.y} r=${lead ? p.r : p.r - 4}></circle>` : nothing;
    return svg`<g class=${cls} data-id=${p.id} role="button" tabindex=${o.focusable ? '0' : '-1'} aria-pressed=${o.selected ? 'true' : 'false'}
        aria-label=${this.accessibleName(n, model)}
        @click=${() => this.selectNode(n)} @focus=${() => { this.focusId = p.id; this.mapFocused = true; }} @blur=${() => { this.mapFocused = false; }}>
      <circle class="focus-ring" cx=${p.x} cy=${p.y} r=${p.r + 3} fill="none" stroke="none"></circle>
      ${marker}${ring}
      <rect class="label-bg" x=${p.label.x} y=${p.label.y} width=${p.label.w} height=${p.label.h} rx="3"></rect>
    </g>`;
  }

  private renderLegend() {
    const sample = (cls: string, stressful = false) => html`<svg width="48" height="16" aria-hidden="true" focusable="false">${stressful
      ? svg`<path class="edge ${cls}" d=${zigzag(2, 8, 46, 8)}></path>`
      : svg`<line class="edge ${cls}" x1="2" y1="8" x2="46" y2="8"></line>`}</svg>`;
    const shape = (content: TemplateResult) => html`<svg width="48" height="30" aria-hidden="true" focusable="false">${content}</svg>`;
    return html`<section class="legend" part="legend" aria-labelledby="legend-h">
      <h3 id="legend-h">${this.t('legend.heading')}</h3>
      <ul>
        ${STRENGTHS.map((s) => html`<li>${sample(s, s === 'stressful')} ${this.t(`strength.${s}` as NetworkKey)}</li>`)}
        <li>${sample('none')} ${this.t('strength.none')}</li>
        <li>${sample('moderate ended')} ${this.t('legend.ended')}</li>
        <li>${shape(svg`<g class="professional lead"><circle class="marker" cx="24" cy="15" r="9"></circle><circle class="ring" cx="24" cy="15" r="13"></circle></g>`)} ${this.t('legend.lead')}</li>
        <li>${shape(svg`<g class="person"><circle class="marker" cx="24" cy="15" r="12"></circle><circle class="ring" cx="24" cy="15" r="8"></circle></g>`)} ${this.t('legend.subject')}</li>
        <li>${shape(svg`<g class="person"><rect class="household" x="4" y="2" width="40" height="26" rx="4"></rect><circle class="marker" cx="24" cy="15" r="8"></circle></g>`)} ${this.t('legend.family')}</li>
        <li>${shape(svg`<g class="support"><rect class="marker" x="14" y="5" width="20" height="20"></rect></g>`)} ${this.t('legend.support')}</li>
      </ul>
    </section>`;
  }

  private renderDetails(model: NetworkModel) {
    const sel = this.currentSelection;
    if (!sel || (sel.kind !== 'person' && sel.kind !== 'professional')) return nothing;
    const fam = model.family.find((f) => f.id === sel.id);
    const out = model.outer.find((o) => o.id === sel.id);
    if (!fam && !out) return nothing;
    const byPerson = involvementsByPerson(model);
    let body: TemplateResult;
    if (fam) {
      const items = byPerson.find((p) => p.personId === fam.id)?.items ?? [];
      body = html`<p>${[fam.isSubject ? this.t('subject') : this.t('familyMember'), this.ageText(fam, model.today)].filter(Boolean).join(', ')}
        ${fam.confidentialAddress ? html`<span class="tag">${this.t('addressConfidential')}</span>` : nothing}</p>
        ${this.renderInvolvementList(model, items)}`;
    } else {
      const n = out!;
      const row = n.kind === 'professional' ? contactRows(model).find((r) => r.id === n.id) : undefined;
      body = html`<p>${[this.roleText(n), this.agencyText(n)].filter(Boolean).join(', ')}
        ${n.kind === 'professional' && n.lead ? html`<span class="tag">${this.t('leadProfessional')}</span>` : nothing}</p>
        ${row ? html`<p>${this.renderPhone(row)} ${this.renderEmail(row)}</p>` : nothing}
        <ul>${byPerson.flatMap((p) => p.items.filter((i) => i.id === n.id).map((i) => html`<li>${this.nameOf(model, p.personId)}: ${this.involvementFacts(i)}</li>`))}</ul>`;
    }
    return html`<section class="details" aria-labelledby="details-h">
      <h3 id="details-h">${this.t('selected.heading', { name: (fam ?? out)!.name })}</h3>
      ${body}
      <button type="button" class="secondary" @click=${this.clearSelection}>${this.t('selected.clear')}</button>
    </section>`;
  }

  private involvementFacts(i: ReturnType<typeof involvementsByPerson>[number]['items'][number]): string {
    if (i.kind === 'support') return i.label ?? this.t('informalSupport');
    return [
      i.lead ? this.t('leadProfessional') : '',
      this.t(i.strength ? (`strength.${i.strength}` as NetworkKey) : 'strength.none'),
      this.consentText(i.consent),
      i.purpose ?? '',
      i.from ? this.t('since', { date: this.fmt(i.from) }) : '',
      i.to ? this.t('until', { date: this.fmt(i.to) }) : '',
      i.lastContact ? this.t('lastContact', { date: this.fmt(i.lastContact) }) : '',
      i.ended ? this.t('ended') : '',
    ].filter(Boolean).join('; ');
  }

  private renderInvolvementList(model: NetworkModel, items: ReturnType<typeof involvementsByPerson>[number]['items']) {
    if (!items.length) return html`<p class="muted">${this.t('people.none')}</p>`;
    return html`<ul>${items.map((i) => {
      const n = model.outer.find((o) => o.id === i.id);
      if (!n) return nothing;
      const button = html`<button type="button" class="link" @click=${() => this.selectNode(n)}>${n.name}</button>`;
      if (i.kind === 'support') return html`<li>${button} (${this.t('informalSupport')}: ${i.label ?? this.roleText(n)})</li>`;
      return html`<li>${button} (${[this.roleText(n), this.agencyText(n)].filter(Boolean).join(', ')}): ${this.involvementFacts(i)}</li>`;
    })}</ul>`;
  }

  private renderPhone(r: ContactRow) {
    if (!r.phone) return nothing;
    const href = telHref(r.phone);
    return href ? html`<a href=${href}>${r.phone}</a>` : html`<span>${r.phone}</span>`;
  }
  private renderEmail(r: ContactRow) {
    if (!r.email) return nothing;
    const href = mailtoHref(r.email);
    return href ? html`<a href=${href}>${r.email}</a>` : html`<span>${r.email}</span>`;
  }

  private sortBy(key: ContactSortKey): void {
    if (this.sortKey === key) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else { this.sortKey = key; this.sortDir = 'ascending'; }
  }

  private renderContacts(model: NetworkModel) {
    const rows = sortContacts(contactRows(model), this.sortKey, this.sortDir, this.locale);
    const head = (key: ContactSortKey | 'email') => {
      const label = this.t(`col.${key}` as NetworkKey);
      if (!(CONTACT_SORT_KEYS as readonly string[]).includes(key)) return html`<th scope="col">${label}</th>`;
      const k = key as ContactSortKey;
      const sort = this.sortKey === k ? this.sortDir : 'none';
      return html`<th scope="col" aria-sort=${sort}><button type="button" class="sort" data-sort=${k} @click=${() => this.sortBy(k)}>${label}<span class="sort-mark" aria-hidden="true">${sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ''}</span></button></th>`;
    };
    return html`<div class="view contacts">
      <p class="print-only">${this.caseData.bundle.case.title ?? ''}</p>
      <p><button type="button" class="secondary" data-print @click=${this.printContactSheet}>${this.t('print')}</button></p>
      ${rows.length ? html`<div class="table-wrap"><table part="contacts">
        <caption class="cw-visually-hidden">${this.t('contacts.caption')}</caption>
        <thead><tr>${(['name', 'role', 'agency', 'people', 'phone', 'email', 'lead', 'consent', 'lastContact'] as const).map(head)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr data-id=${r.id}>
          <th scope="row">${r.name}${r.ended ? html` <span class="muted">(${this.t('ended')})</span>` : nothing}</th>
          <td>${r.role ?? html`<span class="muted">${this.t('roleWithheld')}</span>`}</td>
          <td>${r.withheld ? html`<span class="muted">${this.t('agencyWithheld')}</span>` : r.agencyName ?? ''}${r.withheld ? nothing : html`<br><span class="muted">${this.t(`sector.${r.group}` as NetworkKey)}</span>`}</td>
          <td>${this.listNames([...(r.wholeFamily ? [this.t('wholeFamily')] : []), ...r.people.map((p) => p.name)]) || this.t('nobody')}</td>
          <td>${this.renderPhone(r)}</td>
          <td>${this.renderEmail(r)}</td>
          <td>${r.lead ? this.t('yes') : ''}</td>
          <td>${r.consents.map((c) => this.consentText(c)).join('; ')}</td>
          <td>${this.fmt(r.lastContact)}</td>
        </tr>`)}</tbody>
      </table></div>` : html`<p>${this.t('contacts.empty')}</p>`}
    </div>`;
  }

  /** Shows the contact list and opens the browser's print dialogue with the one-page team-around-the-family sheet. */
  async printContactSheet(): Promise<void> {
    this.view = 'contacts';
    await this.updateComplete;
    this.setAttribute('printing-sheet', '');
    const done = () => this.removeAttribute('printing-sheet');
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    // Some engines do not fire afterprint when printing is unavailable; print() is synchronous where it is.
    setTimeout(done, 0);
  }

  private renderPeople(model: NetworkModel) {
    const byPerson = involvementsByPerson(model);
    return html`<div class="view people-list">${model.family.map((f) => {
      const items = byPerson.find((p) => p.personId === f.id)?.items ?? [];
      return html`<section aria-labelledby="person-${f.id}" data-person=${f.id}>
        <h3 id="person-${f.id}">${f.name}<span class="muted">${[f.isSubject ? this.t('subject') : '', this.ageText(f, model.today)].filter(Boolean).map((x) => `, ${x}`).join('')}</span>
          ${f.confidentialAddress ? html`<span class="tag">${this.t('addressConfidential')}</span>` : nothing}</h3>
        ${this.renderInvolvementList(model, items)}
      </section>`;
    })}</div>`;
  }

  private renderHistory(full: NetworkModel) {
    const { dated, undated } = networkHistory(full);
    if (!dated.length && !undated.length) return html`<div class="view history"><p>${this.t('history.empty')}</p></div>`;
    const line = (e: (typeof dated)[number]) => {
      const n = full.outer.find((o) => o.id === e.professionalId);
      const who = n ? `${n.name} (${[this.roleText(n), this.agencyText(n)].filter(Boolean).join(', ')})` : e.professionalId;
      const names = e.personIds.map((id) => this.nameOf(full, id));
      return html`${who} ${this.t(e.type === 'joined' ? 'history.joined' : 'history.left')}, ${this.t('history.with', { names: this.listNames(names.length ? names : [this.t('wholeFamily')]) })}`;
    };
    return html`<div class="view history">
      <h3>${this.t('history.heading')}</h3>
      ${undated.length ? html`<h4>${this.t('history.undated')}</h4><ul>${undated.map((e) => html`<li data-involvement=${e.involvementId}>${line(e)}</li>`)}</ul>` : nothing}
      <ol>${dated.map((e) => html`<li data-involvement=${e.involvementId} data-type=${e.type}><strong>${this.fmt(e.date!)}</strong>: ${line(e)}</li>`)}</ol>
    </div>`;
  }

  // ---- editing ------------------------------------------------------------------------------------------------------

  private renderForm(model: NetworkModel) {
    const { bundle } = this.caseData;
    const pros = [...(bundle.professionals ?? [])].sort((a, b) => a.name.localeCompare(b.name, this.locale));
    const agencies = [...(bundle.agencies ?? [])].sort((a, b) => a.name.localeCompare(b.name, this.locale));
    const people = model.family.length ? model.family : (bundle.people ?? []).map((p) => ({ id: p.id, name: [p.preferredName || p.givenName, p.familyName].filter(Boolean).join(' ') || p.id }));
    const err = (k: string) => this.formErrors[k];
    const errMsg = (k: string) => (err(k) ? html`<p class="cw-error-message" id="err-${k}"><span class="cw-visually-hidden">Error:</span> ${err(k)}</p>` : nothing);
    const desc = (k: string, hint?: string) => [hint, err(k) ? `err-${k}` : ''].filter(Boolean).join(' ') || nothing;
    const isNew = this.formProfessional === '';
    const newAgency = isNew && this.formAgency === '';
    const strengthLabel = (s: Strength) => this.t(`strength.${s}` as NetworkKey);
    return html`<form part="form" novalidate aria-labelledby="form-h" @submit=${this.onSubmit}>
      <h3 id="form-h">${this.t('form.heading')}</h3>
      ${this.formAlert ? html`<div class="alert" role="alert"><p>${this.formAlert}</p></div>` : nothing}
      <div class="field"><label for="f-pro">${this.t('form.professional')}</label>
        <select id="f-pro" name="professional" @change=${(e: Event) => { this.formProfessional = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${isNew}>${this.t('form.newProfessional')}</option>
          ${pros.map((p) => html`<option value=${p.id} ?selected=${this.formProfessional === p.id}>${p.name}</option>`)}
        </select></div>
      ${isNew ? html`
        <div class="field ${err('name') ? 'error' : ''}"><label for="f-name">${this.t('form.name')}</label>${errMsg('name')}
          <input id="f-name" name="name" type="text" maxlength="200" autocomplete="off" aria-invalid=${err('name') ? 'true' : 'false'} aria-describedby=${desc('name')}></div>
        <div class="field ${err('role') ? 'error' : ''}"><label for="f-role">${this.t('form.role')}</label>${errMsg('role')}
          <input id="f-role" name="role" type="text" maxlength="200" aria-invalid=${err('role') ? 'true' : 'false'} aria-describedby=${desc('role')}></div>
        <div class="field"><label for="f-agency">${this.t('form.agency')}</label>
          <select id="f-agency" name="agency" @change=${(e: Event) => { this.formAgency = (e.target as HTMLSelectElement).value; }}>
            <option value="" ?selected=${this.formAgency === ''}>${this.t('form.newAgency')}</option>
            ${agencies.map((a) => html`<option value=${a.id} ?selected=${this.formAgency === a.id}>${a.name}</option>`)}
          </select></div>
        ${newAgency ? html`
          <div class="field ${err('agencyName') ? 'error' : ''}"><label for="f-agency-name">${this.t('form.agencyName')}</label>${errMsg('agencyName')}
            <input id="f-agency-name" name="agencyName" type="text" maxlength="200" aria-invalid=${err('agencyName') ? 'true' : 'false'} aria-describedby=${desc('agencyName')}></div>
          <div class="field"><label for="f-sector">${this.t('form.sector')}</label>
            <select id="f-sector" name="sector">${SECTORS.map((s) => html`<option value=${s}>${this.t(`sector.${s}` as NetworkKey)}</option>`)}</select></div>` : nothing}
        <div class="field ${err('phone') ? 'error' : ''}"><label for="f-phone">${this.t('form.phone')}</label>${errMsg('phone')}
          <input id="f-phone" name="phone" type="tel" maxlength="50" autocomplete="off" aria-invalid=${err('phone') ? 'true' : 'false'} aria-describedby=${desc('phone')}></div>
        <div class="field ${err('email') ? 'error' : ''}"><label for="f-email">${this.t('form.email')}</label>${errMsg('email')}
          <input id="f-email" name="email" type="email" maxlength="254" autocomplete="off" spellcheck="false" aria-invalid=${err('email') ? 'true' : 'false'} aria-describedby=${desc('email')}></div>
        <div class="field checks"><label><input type="checkbox" name="sensitive"> ${this.t('form.sensitive')}</label></div>` : nothing}
      <fieldset class="field ${err('people') ? 'error' : ''}" aria-describedby=${desc('people', 'people-hint')}>
        <legend>${this.t('form.people')}</legend>
        <p class="cw-hint" id="people-hint">${this.t('form.peopleHint')}</p>${errMsg('people')}
        <div class="checks">${people.map((p) => html`<label><input type="checkbox" name="people" value=${p.id}> ${p.name}</label>`)}</div>
      </fieldset>
      <div class="field"><label for="f-purpose">${this.t('form.purpose')}</label><input id="f-purpose" name="purpose" type="text" maxlength="2000"></div>
      <div class="field"><label for="f-strength">${this.t('form.strength')}</label>
        <select id="f-strength" name="strength"><option value="">${this.t('form.notRecorded')}</option>${STRENGTHS.map((s) => html`<option value=${s}>${strengthLabel(s)}</option>`)}</select></div>
      <div class="field"><label for="f-consent">${this.t('form.consent')}</label>
        <select id="f-consent" name="consent"><option value="">${this.t('form.notRecorded')}</option>${CONSENTS.map((c) => html`<option value=${c}>${this.t(`consent.${c}` as NetworkKey)}</option>`)}</select></div>
      <div class="field checks ${err('lead') ? 'error' : ''}">${errMsg('lead')}<label><input type="checkbox" name="lead" aria-describedby=${desc('lead')}> ${this.t('form.lead')}</label></div>
      <div class="field ${err('from') ? 'error' : ''}"><label for="f-from">${this.t('form.from')}</label>
        <p class="cw-hint" id="from-hint">${this.t('form.dateHint')}</p>${errMsg('from')}
        <input id="f-from" name="from" type="text" inputmode="numeric" maxlength="10" aria-invalid=${err('from') ? 'true' : 'false'} aria-describedby=${desc('from', 'from-hint')}></div>
      <div class="field ${err('lastContact') ? 'error' : ''}"><label for="f-last">${this.t('form.lastContact')}</label>
        <p class="cw-hint" id="last-hint">${this.t('form.dateHint')}</p>${errMsg('lastContact')}
        <input id="f-last" name="lastContact" type="text" inputmode="numeric" maxlength="10" aria-invalid=${err('lastContact') ? 'true' : 'false'} aria-describedby=${desc('lastContact', 'last-hint')}></div>
      <button type="submit">${this.t('form.submit')}</button>
      <div role="status">${this.formSaved ? html`<p class="saved">${this.formSaved}</p>` : nothing}</div>
    </form>`;
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const fd = new FormData(form);
    const s = (k: string) => String(fd.get(k) ?? '').trim();
    const { bundle } = this.caseData;
    const errors: Record<string, string> = {};
    const isNew = this.formProfessional === '';
    const newAgency = isNew && this.formAgency === '';
    if (isNew) {
      if (!s('name')) errors.name = this.t('error.name');
      if (!s('role')) errors.role = this.t('error.role');
      if (newAgency && !s('agencyName')) errors.agencyName = this.t('error.agency');
      if (s('phone') && !telHref(s('phone'))) errors.phone = this.t('error.phone');
      if (s('email') && !mailtoHref(s('email'))) errors.email = this.t('error.email');
    }
    const personIds = fd.getAll('people').map(String);
    if (!personIds.length) errors.people = this.t('error.people');
    for (const k of ['from', 'lastContact']) if (s(k) && !PARTIAL_DATE.test(s(k))) errors[k] = this.t('error.date');
    const lead = fd.get('lead') !== null;
    const today = this.effectiveToday;
    if (lead) {
      const current = whoIsLead(buildNetworkModel(bundle, { today, showSensitiveRoles: true }));
      if (current) errors.lead = this.t('error.leadTaken', { name: current.name });
    }
    this.formErrors = errors;
    this.formSaved = '';
    this.formAlert = '';
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .field.error input')?.focus();
      return;
    }
    const actor = this.effectiveActor;
    let professionalId = this.formProfessional;
    let name = bundle.professionals?.find((p) => p.id === professionalId)?.name ?? '';
    const records: { entity: 'Agency' | 'Professional' | 'Involvement'; after: Agency | Professional | Involvement }[] = [];
    if (isNew) {
      let agencyId = this.formAgency;
      if (newAgency) {
        agencyId = newId();
        records.push({ entity: 'Agency', after: { id: agencyId, name: s('agencyName'), sector: (SECTORS as readonly string[]).includes(s('sector')) ? (s('sector') as Sector) : 'other' } });
      }
      professionalId = newId();
      name = s('name');
      const pro: Professional = { id: professionalId, name, role: s('role'), agencyId };
      if (s('phone')) pro.phone = s('phone');
      if (s('email')) pro.email = s('email');
      if (fd.get('sensitive') !== null) pro.sensitiveRole = true;
      records.push({ entity: 'Professional', after: pro });
    }
    const inv: Involvement = { id: newId(), professionalId, personIds };
    if (s('purpose')) inv.purpose = s('purpose');
    if ((STRENGTHS as readonly string[]).includes(s('strength'))) inv.strength = s('strength') as Strength;
    if ((CONSENTS as readonly string[]).includes(s('consent'))) inv.consent = s('consent') as Consent;
    if (lead) inv.lead = true;
    if (s('from')) inv.from = s('from');
    if (s('lastContact')) inv.lastContact = s('lastContact');
    records.push({ entity: 'Involvement', after: inv });

    for (const r of records) {
      const result = await this.commit(makeChange(r.entity, 'create', actor, null, r.after as unknown as { id: string }));
      if (!result.ok) {
        this.formAlert = this.t('form.failed', { message: result.message });
        return;
      }
    }
    form.reset();
    this.formProfessional = '';
    this.formAgency = '';
    this.formSaved = this.t('form.saved', { name });
  }
}

/** Two-letter initials for a marker. */
function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? parts[parts.length - 1]![0] ?? '' : '';
  return (first + last).toLocaleUpperCase();
}

/** A jagged path from (x1,y1) to (x2,y2): the ecomap's "stressful" line. */
export function zigzag(x1: number, y1: number, x2: number, y2: number, amplitude = 4, wavelength = 10): string {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len < 1) return `M${x1} ${y1}L${x2} ${y2}`;
  const ux = (x2 - x1) / len, uy = (y2 - y1) / len;
  const nx = -uy, ny = ux;
  const steps = Math.max(2, Math.floor(len / (wavelength / 2)));
  let d = `M${x1.toFixed(1)} ${y1.toFixed(1)}`;
  for (let i = 1; i < steps; i++) {
    const t = (i / steps) * len;
    const off = (i % 2 ? 1 : -1) * amplitude;
    d += `L${(x1 + ux * t + nx * off).toFixed(1)} ${(y1 + uy * t + ny * off).toFixed(1)}`;
  }
  return `${d}L${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

export type { RingGroup, CaseBundle };
