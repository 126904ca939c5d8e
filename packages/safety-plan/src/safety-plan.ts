import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import {
  CaseElement, baseStyles, formatPartialDate, makeChange, newId, todayPartialDate,
  type Action, type CaseBundle, type ChangeResult, type SafetyPlan, type ScaleRating, type Statement, type StatementSection,
} from '@opencasework/core';
import { styles } from './safety-plan.styles.js';
import { messages, type Key } from './messages.js';
import {
  COLUMN_OF, HOUSES, MAP_SECTIONS, addNetworkMember, addRating, addStatement, addStep, agreeVersion, dangersOf,
  dangersWithoutGoal, editNetworkRole, editStatement, editStep, findStatement, goalsOf, isHouse, linkDangerToGoal,
  listOf, moveStatement, removeNetworkMember, removeRating, removeStatement, removeStep, reorderStatement, reorderStep,
  setConsent, setReviewDate, setStance, touch, unlinkDangerFromGoal, type HouseKey, type ListKey,
} from './plan-edit.js';
import { agreedVersions, diffPlans, lastAgreed, type PlanDiff } from './version-diff.js';
import { chartGeometry, gapsByDate, latestGap, reviewDates, seriesByPerson, type ScaleSeries } from './scaling.js';
import { byDue, groupByOwner, isOverdue } from './next-steps.js';
import { checkPlainLanguage, type Advice } from './plain-language.js';
import { contentOf } from './plan-edit.js';
import { NameBook } from './names.js';

/** Who is looking: the plan's own workers, the family, or a wider audience (other agencies, a conference). */
export type Audience = 'workers' | 'family' | 'wider';
export type PrintVersion = 'family' | 'professional';
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

const WORRY_SECTIONS: readonly StatementSection[] = ['harm', 'complicatingFactors', 'dangerStatements'];
const COLUMNS = [
  { key: 'worried', sections: ['harm', 'complicatingFactors', 'dangerStatements'] },
  { key: 'working', sections: ['strengths', 'existingSafety'] },
  { key: 'happen', sections: ['safetyGoals'] },
] as const;
const STATUSES = ['to-do', 'doing', 'done', 'not-done'] as const;
const OTHER = '__other__';

/**
 * A Signs of Safety assessment map and the safety plan it leads to, written in the family's own words: the three
 * questions, the 0-10 safety scale across reviews, next steps by owner, the family's rules and safety network, the
 * child's Three Houses, agreed versions and what changed since, and a family and a professional print version.
 * Reads a whole case bundle (`bundle`, or an enclosing `<cw-case>`); edits only when `editable`, autosaving each edit
 * as a draft to the store.
 *
 * @summary Signs of Safety map, scaling, next steps, the plan and the child's view.
 * @fires cw-change - Before each autosave or agreement is applied; cancel it with preventDefault(). `detail.change` is a SafetyPlan update.
 * @fires cw-invalid - The bundle had invalid plans or statements. `detail.issues` lists them.
 * @fires cw-select - A person or professional was selected (their name in the network, the scale table or the steps). `detail.selection`.
 * @fires cw-save-state - The draft's save state changed. `detail.state` is 'saved' | 'unsaved' | 'saving' | 'error'.
 * @csspart header - The plan's title, status and actions.
 * @csspart map - The assessment map (three columns).
 * @csspart column - Each column of the map.
 * @csspart statement - Each statement.
 * @csspart scaling - The safety scale section.
 * @csspart chart - The scale chart (SVG).
 * @csspart steps - The next steps section.
 * @csspart plan - The safety plan (rules, network, review date).
 * @csspart child-view - The child's Three Houses.
 * @csspart versions - The versions section.
 * @csspart family-version - The family version (large type, plain language).
 * @cssprop --cw-colour-family - Colour of the family's lines on the scale chart (default #1d70b8).
 * @cssprop --cw-colour-professional - Colour of the professionals' lines on the scale chart (default #b34400).
 * @cssprop --cw-colour-highlight - Background of items that concern the selected person (default #fff7bf).
 * @cssprop --cw-colour-worried - Top border of the worries column (default #d4351c).
 * @cssprop --cw-colour-working - Top border of the working-well column (default #00703c).
 * @cssprop --cw-colour-happen - Top border of the what-needs-to-happen column (default #1d70b8).
 * @cssprop --cw-family-font-size - Body size of the family version and the child's view (default 1.5rem).
 */
export class CwSafetyPlan extends CaseElement {
  static override styles = [...baseStyles, styles];

  /** The id of the plan to show. Defaults to the most recently updated open plan in the bundle. */
  @property({ attribute: 'plan-id' }) planId = '';
  /** Who is looking. The child's view is shown beyond the plan's workers only when the child's consent is recorded. */
  @property() audience: Audience = 'workers';
  /** Which version `@media print` prints: the family version or the professional version. */
  @property({ attribute: 'print-version', reflect: true }) printVersion: PrintVersion = 'professional';
  /** What the screen shows: the working (professional) view, or the family version. */
  @property({ reflect: true }) view: 'professional' | 'family' = 'professional';
  /** "Today" for overdue steps, as YYYY-MM-DD. Defaults to the real date. */
  @property() today = '';
  /** Milliseconds to wait after an edit before autosaving the draft. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 500;
  /** How next steps are listed: in plan order, or grouped by owner ("what I need to do"). */
  @property({ attribute: 'steps-view' }) stepsView: 'plan' | 'owner' = 'plan';

  @state() private draft: SafetyPlan | null = null;
  @state() private baseline: SafetyPlan | null = null;
  @state() private saveState: SaveState = 'saved';
  @state() private alert: { message: string; conflict?: boolean } | null = null;
  @state() private announcement = '';
  @state() private editing: string | null = null;
  /** The statement whose "Move to…" menu is open (menus are rendered only when open: 6 buttons each add up on a large plan). */
  @state() private openMenu: string | null = null;
  @state() private otherName: Record<string, boolean> = {};
  @state() private newMember = '';
  @state() private newRole = '';
  @state() private newRating: { by: string; score: string; at: string; note: string } = { by: '', score: '', at: '', note: '' };

  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<ChangeResult> | undefined;
  private pendingFocus: { id: string; selector?: string } | null = null;
  private dragId: string | null = null;

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    void this.flush();
    e.preventDefault();
    e.returnValue = '';
  };
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && (to === this || this.contains(to) || this.shadowRoot?.contains(to))) return;
    // After the current update: focus can leave while an update moves the focused item.
    queueMicrotask(() => void this.flush());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.removeEventListener('focusout', this.onFocusOut);
    void this.flush();
  }

  /** True while there are edits that have not reached the store. */
  get dirty(): boolean {
    return this.draft !== null;
  }

  /** The draft's save state. */
  get saveStatus(): SaveState {
    return this.saveState;
  }

  /** The plan as shown: the draft being edited, or the plan in the case. */
  get plan(): SafetyPlan | undefined {
    return this.draft ?? this.storedPlan;
  }

  private get storedPlan(): SafetyPlan | undefined {
    const plans = this.caseData.bundle.safetyPlans ?? [];
    if (this.planId) return plans.find((p) => p.id === this.planId);
    const open = plans.filter((p) => p.status !== 'closed');
    const pool = open.length ? open : plans;
    return [...pool].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
  }

  private nameCache: { bundle: unknown; book: NameBook } | undefined;
  private get names(): NameBook {
    const bundle = this.caseData.bundle;
    if (this.nameCache?.bundle !== bundle) this.nameCache = { bundle, book: new NameBook(bundle) };
    return this.nameCache.book;
  }

  private versionCache: { plan: SafetyPlan; audit: unknown; versions: ReturnType<typeof agreedVersions> } | undefined;
  /** Agreed versions, recomputed only when the plan's id, snapshot or the audit trail change (not on every keystroke). */
  private versionsOf(plan: SafetyPlan, audit: NonNullable<CaseBundle['audit']>) {
    const c = this.versionCache;
    const snap = (plan as Record<string, unknown>).agreedSnapshot;
    if (c && c.audit === audit && c.plan.id === plan.id && (c.plan as Record<string, unknown>).agreedSnapshot === snap) return c.versions;
    const versions = agreedVersions(plan, audit);
    this.versionCache = { plan, audit, versions };
    return versions;
  }

  private get dateLang(): 'en' | 'cy' {
    return this.locale === 'cy' ? 'cy' : 'en';
  }

  private t(key: Key, p: Record<string, string | number> = {}): string {
    return messages.t(this.locale, key, p);
  }

  private date(d: string | undefined): string {
    return d ? formatPartialDate(d, this.dateLang) : '';
  }

  private get todayDate(): string {
    return this.today || todayPartialDate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('bundle') && changed.get('bundle') !== undefined) {
      // The host replaced the data: a draft of the old data no longer applies.
      clearTimeout(this.timer);
      this.draft = null;
      this.baseline = null;
      this.setSaveState('saved');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const { id, selector } = this.pendingFocus;
      this.pendingFocus = null;
      const item = this.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
      const target = (selector && item?.querySelector<HTMLElement>(selector)) || item;
      target?.focus();
    }
  }

  // ---- Editing and autosave ----

  private setSaveState(s: SaveState): void {
    if (this.saveState === s) return;
    this.saveState = s;
    this.dispatchEvent(new CustomEvent('cw-save-state', { bubbles: true, composed: true, detail: { state: s } }));
  }

  private announce(message: string): void {
    // Clear first so that the same message twice is announced twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** Applies a pure edit to the draft and schedules an autosave. */
  private edit(fn: (p: SafetyPlan) => SafetyPlan, announce?: string): void {
    const current = this.plan;
    if (!current || !this.editable) return;
    const next = fn(current);
    if (next === current) return;
    if (!this.draft) this.baseline = this.storedPlan ?? current;
    this.draft = touch(next, new Date().toISOString());
    this.alert = this.alert?.conflict ? this.alert : null;
    this.setSaveState('unsaved');
    this.scheduleSave();
    if (announce) this.announce(announce);
  }

  private scheduleSave(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, this.autosaveDelay));
  }

  /** Saves the draft now (autosave does this after each pause in editing). Resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.saving) { await this.saving; return this.flush(); }
    const draft = this.draft, baseline = this.baseline;
    if (!draft || !baseline) return true;
    if (this.alert?.conflict) return false;
    this.setSaveState('saving');
    const p = this.commit(makeChange('SafetyPlan', 'update', this.effectiveActor, baseline, draft));
    this.saving = p;
    let r: ChangeResult;
    try { r = await p; } finally { this.saving = undefined; }
    if (r.ok) {
      const saved = (r.doc as CaseBundle).safetyPlans?.find((x) => x.id === draft.id) ?? draft;
      if (this.draft === draft) {
        this.draft = null;
        this.baseline = null;
        this.setSaveState('saved');
      } else {
        this.baseline = saved;
        this.scheduleSave();
      }
      return true;
    }
    this.setSaveState('error');
    if (r.reason === 'conflict') this.alert = { message: this.t('save.conflict'), conflict: true };
    else if (r.reason === 'vetoed') this.alert = { message: this.t('save.vetoed') };
    else if (r.reason === 'invalid') this.alert = { message: this.t('save.invalid', { reason: r.message }) };
    else this.alert = { message: this.t('save.storage', { reason: r.message }) };
    return false;
  }

  private keepMine(): void {
    this.baseline = this.storedPlan ?? this.baseline;
    this.alert = null;
    void this.flush();
  }

  private discardMine(): void {
    clearTimeout(this.timer);
    this.draft = null;
    this.baseline = null;
    this.alert = null;
    this.setSaveState('saved');
    this.announce(this.t('save.discarded'));
  }

  /** Agrees the plan as it stands: saves the draft, then makes the next numbered version. */
  async agree(): Promise<boolean> {
    if (!this.editable) return false;
    if (!(await this.flush())) return false;
    const current = this.storedPlan;
    if (!current) return false;
    const agreed = agreeVersion(current, new Date().toISOString(), this.effectiveActor);
    this.setSaveState('saving');
    const r = await this.commit(makeChange('SafetyPlan', 'update', this.effectiveActor, current, agreed));
    if (!r.ok) {
      this.setSaveState('error');
      this.alert = { message: r.reason === 'vetoed' ? this.t('save.vetoed') : this.t('save.invalid', { reason: r.message }) };
      return false;
    }
    this.setSaveState('saved');
    this.announce(this.t('versions.agreedNow', { version: agreed.version }));
    return true;
  }

  private async startPlan(): Promise<void> {
    const now = new Date().toISOString();
    const plan: SafetyPlan = { id: newId(), status: 'draft', childIds: [...(this.caseData.bundle.case.subjectIds ?? [])], createdAt: now, updatedAt: now, version: 0 };
    const r = await this.commit(makeChange('SafetyPlan', 'create', this.effectiveActor, null, plan));
    if (!r.ok) this.alert = { message: this.t('save.invalid', { reason: r.message }) };
    else this.planId = plan.id;
  }

  /** Prints the family or the professional version. */
  async print(version: PrintVersion = this.printVersion): Promise<void> {
    this.printVersion = version;
    await this.updateComplete;
    window.print();
  }

  // ---- Statement actions ----

  private addTo(key: ListKey): void {
    const s: Statement = { id: newId(), text: '' };
    this.edit((p) => addStatement(p, key, s), this.t('announce.added', { section: this.sectionName(key) }));
    this.editing = s.id;
    this.pendingFocus = { id: s.id, selector: 'textarea' };
  }

  private reorder(id: string, delta: -1 | 1): void {
    const plan = this.plan;
    const hit = plan && findStatement(plan, id);
    if (!plan || !hit) return;
    const len = listOf(plan, hit.key).length;
    const to = hit.index + delta;
    if (to < 0 || to >= len) { this.announce(this.t(delta < 0 ? 'announce.top' : 'announce.bottom')); return; }
    this.edit((p) => reorderStatement(p, id, delta), this.t('announce.moved', { position: to + 1, count: len, section: this.sectionName(hit.key) }));
    this.pendingFocus = { id, selector: `[data-action="${delta < 0 ? 'up' : 'down'}"]` };
  }

  private moveTo(id: string, key: ListKey): void {
    this.edit((p) => moveStatement(p, id, key), this.t('announce.movedTo', { section: this.sectionName(key) }));
    this.pendingFocus = { id, selector: '[data-action="edit"]' };
  }

  private removeStatementById(id: string, text: string): void {
    this.edit((p) => removeStatement(p, id), this.t('announce.removed', { text: snippet(text) }));
    if (this.editing === id) this.editing = null;
  }

  private onItemKey(e: KeyboardEvent, id: string, kind: 'statement' | 'step'): void {
    if (!this.editable || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if ((e.target as HTMLElement).matches?.('textarea, input, select')) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    if (kind === 'statement') this.reorder(id, delta);
    else this.reorderStepBy(id, delta);
  }

  private reorderStepBy(id: string, delta: -1 | 1): void {
    const steps = this.plan?.nextSteps ?? [];
    const i = steps.findIndex((s) => s.id === id);
    const to = i + delta;
    if (i < 0 || to < 0 || to >= steps.length) { this.announce(this.t(delta < 0 ? 'announce.top' : 'announce.bottom')); return; }
    this.edit((p) => reorderStep(p, id, delta), this.t('announce.moved', { position: to + 1, count: steps.length, section: this.t('steps.heading') }));
    this.pendingFocus = { id, selector: `[data-action="${delta < 0 ? 'up' : 'down'}"]` };
  }

  private onDrop(e: DragEvent, key: ListKey): void {
    e.preventDefault();
    const id = this.dragId;
    this.dragId = null;
    if (id) this.moveTo(id, key);
  }

  // ---- Names, sections, selection ----

  private sectionName(key: ListKey): string {
    return this.t(`section.${key}` as Key);
  }

  private selectedId(): string | undefined {
    const s = this.currentSelection;
    return s && (s.kind === 'person' || s.kind === 'professional') ? s.id : undefined;
  }

  private selectWho(id: string): void {
    const names = this.names;
    if (names.isPerson(id)) this.select({ kind: 'person', id });
    else if (names.isProfessional(id)) this.select({ kind: 'professional', id });
  }

  private statementConcerns(s: Statement, who: string | undefined): boolean {
    return !!who && (s.by === who || !!s.agreedBy?.includes(who) || !!s.disputedBy?.includes(who));
  }

  private countConcerns(plan: SafetyPlan, who: string): number {
    let n = 0;
    for (const key of [...MAP_SECTIONS, ...HOUSES] as ListKey[]) n += listOf(plan, key).filter((s) => this.statementConcerns(s, who)).length;
    n += (plan.nextSteps ?? []).filter((a) => a.owner === who).length;
    n += (plan.scales ?? []).filter((r) => r.by === who).length;
    n += (plan.network ?? []).filter((m) => m.memberId === who).length;
    return n;
  }

  private childVisible(plan: SafetyPlan): boolean {
    return this.audience === 'workers' || plan.childView?.consentToShare === true;
  }

  private whoOptions(plan: SafetyPlan, extra: (string | undefined)[] = []): { id: string; name: string }[] {
    const names = this.names;
    const all = names.everyone();
    const inNetwork = new Set([...(plan.network ?? []).map((m) => m.memberId), ...(plan.childIds ?? [])]);
    const first = all.filter((x) => inNetwork.has(x.id));
    const rest = all.filter((x) => !inNetwork.has(x.id));
    const out = [...first, ...rest].map(({ id, name }) => ({ id, name }));
    for (const e of extra) if (e && !out.some((o) => o.id === e)) out.push({ id: e, name: e });
    return out;
  }

  /** The people whose view on a worry is asked: the network and the children, or everyone when there is no network. */
  private stanceParticipants(plan: SafetyPlan, s: Statement): { id: string; name: string }[] {
    const ids = new Set([...(plan.network ?? []).map((m) => m.memberId), ...(plan.childIds ?? []), ...(s.agreedBy ?? []), ...(s.disputedBy ?? [])]);
    const names = this.names;
    if (ids.size === 0) return names.everyone().map(({ id, name }) => ({ id, name }));
    return [...ids].map((id) => ({ id, name: names.name(id) }));
  }

  // ---- Rendering ----

  override render() {
    const { issues } = this.caseData;
    const plan = this.plan;
    return html`
      <cw-error-summary .issues=${issues}></cw-error-summary>
      <div class="cw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.alert ? this.renderAlert() : nothing}
      ${plan ? this.renderPlan(plan) : this.renderNoPlan()}
    `;
  }

  private renderNoPlan() {
    return html`<div class="empty">
      <p>${this.hasData ? this.t('plan.none') : this.t('plan.noData')}</p>
      ${this.editable && this.hasData ? html`<button type="button" @click=${() => this.startPlan()}>${this.t('plan.start')}</button>` : nothing}
    </div>`;
  }

  private renderAlert() {
    const a = this.alert!;
    return html`<div class="alert" role="alert">
      <p>${a.message}</p>
      ${a.conflict
        ? html`<button type="button" @click=${() => this.keepMine()}>${this.t('save.keepMine')}</button>
            <button type="button" class="secondary" @click=${() => this.discardMine()}>${this.t('save.discardMine')}</button>`
        : html`<button type="button" class="secondary" @click=${() => (this.alert = null)}>${this.t('common.close')}</button>`}
    </div>`;
  }

  private renderPlan(plan: SafetyPlan) {
    const family = this.view === 'family';
    return html`
      ${this.renderHeader(plan)}
      ${this.renderSelectionNotice(plan)}
      <div class="professional-version" ?hidden=${family}>
        ${this.renderMap(plan)}
        ${this.renderScaling(plan)}
        ${this.renderSteps(plan)}
        ${this.renderPlanSection(plan)}
        ${this.renderChildView(plan)}
        ${this.renderVersions(plan)}
      </div>
      ${family || this.printVersion === 'family' ? this.renderFamilyVersion(plan) : nothing}
    `;
  }

  private renderHeader(plan: SafetyPlan) {
    const names = this.names;
    const children = (plan.childIds ?? []).map((id) => names.name(id)).join(', ');
    const status = plan.status === 'agreed' || plan.status === 'reviewed'
      ? this.t('status.agreed', { version: plan.version, date: this.date(plan.updatedAt.slice(0, 10)) })
      : plan.status === 'closed' ? this.t('status.closed', { version: plan.version })
      : plan.version > 0 ? this.t('status.draftOf', { version: plan.version + 1, agreed: plan.version }) : this.t('status.firstDraft');
    const saveText = this.t(`save.${this.saveState}` as Key);
    return html`<div part="header" class="header">
      <h2 class="title">${plan.title || this.t('plan.title')}</h2>
      ${children ? html`<p class="children">${this.t('plan.for', { names: children })}</p>` : nothing}
      <p class="status"><strong>${status}</strong>${plan.reviewDate ? html` · ${this.t('plan.reviewOn', { date: this.date(plan.reviewDate) })}` : nothing}</p>
      ${this.editable ? html`<p class="save save-${this.saveState}" role="status" aria-live="polite">${saveText}</p>` : nothing}
      <div class="toolbar">
        <button type="button" class="secondary" aria-pressed=${this.view === 'family' ? 'true' : 'false'}
          @click=${() => (this.view = this.view === 'family' ? 'professional' : 'family')}>${this.t('view.family')}</button>
        <button type="button" class="secondary" data-action="print-family" @click=${() => this.print('family')}>${this.t('print.family')}</button>
        <button type="button" class="secondary" data-action="print-professional" @click=${() => this.print('professional')}>${this.t('print.professional')}</button>
        ${this.editable && plan.status !== 'closed'
          ? html`<button type="button" data-action="agree" @click=${() => this.agree()}>${this.t('versions.agree', { version: plan.status === 'agreed' ? plan.version : plan.version + 1 })}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderSelectionNotice(plan: SafetyPlan) {
    const who = this.selectedId();
    if (!who) return nothing;
    const n = this.countConcerns(plan, who);
    return html`<div class="selection-notice" role="status">
      <p>${this.t('selection.notice', { name: this.names.name(who), count: n })}</p>
      <button type="button" class="secondary" @click=${() => this.select(null)}>${this.t('selection.clear')}</button>
    </div>`;
  }

  // Map

  private renderMap(plan: SafetyPlan) {
    const missing = dangersWithoutGoal(plan);
    return html`<section part="map" class="map-section" aria-labelledby="map-h">
      <h2 id="map-h">${this.t('map.heading')}</h2>
      ${missing.length
        ? html`<div class="warning-box"><p><strong>${this.t('danger.missingGoals', { count: missing.length })}</strong></p>
            <ul>${missing.map((d) => html`<li>${snippet(d.text, 80) || this.t('statement.empty')}</li>`)}</ul></div>`
        : nothing}
      <div class="map">
        ${COLUMNS.map((c) => html`<div part="column" class="column column-${c.key}">
          <h3>${this.t(`column.${c.key}` as Key)}</h3>
          ${c.sections.map((key) => this.renderStatementList(plan, key))}
        </div>`)}
      </div>
    </section>`;
  }

  private renderStatementList(plan: SafetyPlan, key: ListKey, headingLevel: 'h3' | 'h4' = 'h4') {
    const items = listOf(plan, key);
    const hid = `h-${key}`;
    const heading = headingLevel === 'h4' ? html`<h4 id=${hid}>${this.sectionName(key)}</h4>` : html`<h3 id=${hid}>${this.sectionName(key)}</h3>`;
    return html`<div class="list list-${key}" @dragover=${(e: DragEvent) => this.editable && e.preventDefault()} @drop=${(e: DragEvent) => this.onDrop(e, key)}>
      ${heading}
      ${items.length
        ? html`<ul class="statements" aria-labelledby=${hid}>${repeat(items, (s) => s.id, (s, i) => this.renderStatement(plan, key, s, i, items.length))}</ul>`
        : html`<p class="none">${this.t('section.none')}</p>`}
      ${this.editable ? html`<button type="button" class="secondary add" data-add=${key} @click=${() => this.addTo(key)}>${this.t('statement.add', { section: this.sectionName(key) })}</button>` : nothing}
    </div>`;
  }

  private renderStatement(plan: SafetyPlan, key: ListKey, s: Statement, index: number, count: number) {
    const names = this.names;
    const who = this.selectedId();
    const concerns = this.statementConcerns(s, who);
    const house = isHouse(key);
    const label = snippet(s.text) || this.t('statement.empty');
    return html`<li part="statement" class="statement ${concerns ? 'concerns' : ''} ${s.familyWords ? 'family-words' : ''}" data-id=${s.id} tabindex="-1"
        draggable=${this.editable ? 'true' : 'false'} @dragstart=${() => (this.dragId = s.id)}
        @keydown=${(e: KeyboardEvent) => this.onItemKey(e, s.id, 'statement')}>
      <p class="text">${s.familyWords || house ? html`<q>${s.text}</q>` : s.text || html`<em>${this.t('statement.empty')}</em>`}</p>
      <p class="meta">
        ${s.familyWords ? html`<span class="tag tag-words">${this.t('statement.familyWords')}</span>` : nothing}
        ${s.by ? html`<span class="by">${this.t('statement.by', { name: names.name(s.by) })}</span>` : nothing}
        ${concerns ? html`<span class="tag tag-concerns">${this.t('selection.tag', { name: names.name(who) })}</span>` : nothing}
      </p>
      ${WORRY_SECTIONS.includes(key as StatementSection) ? this.renderStances(s) : nothing}
      ${key === 'dangerStatements' ? this.renderGoalLinks(plan, s) : nothing}
      ${key === 'safetyGoals' ? this.renderDangerLinks(plan, s) : nothing}
      ${this.editable ? this.renderStatementControls(plan, key, s, index, count, label) : nothing}
      ${this.editable && this.editing === s.id ? this.renderStatementForm(plan, key, s) : nothing}
    </li>`;
  }

  private renderStances(s: Statement) {
    const names = this.names;
    if (!s.agreedBy?.length && !s.disputedBy?.length) return nothing;
    return html`<ul class="stances">
      ${s.agreedBy?.length ? html`<li class="agrees">${this.t('stance.agreedBy', { names: s.agreedBy.map((x) => names.name(x)).join(', ') })}</li>` : nothing}
      ${s.disputedBy?.length ? html`<li class="disagrees">${this.t('stance.disputedBy', { names: s.disputedBy.map((x) => names.name(x)).join(', ') })}</li>` : nothing}
    </ul>`;
  }

  private renderGoalLinks(plan: SafetyPlan, s: Statement) {
    const goals = goalsOf(plan, s.id);
    if (!goals.length) return html`<p class="no-goal"><span class="tag tag-warning">${this.t('danger.noGoal')}</span></p>`;
    return html`<p class="links">${this.t('danger.goal', { goals: goals.map((g) => snippet(g.text, 60)).join('; ') })}</p>`;
  }

  private renderDangerLinks(plan: SafetyPlan, s: Statement) {
    const dangers = dangersOf(plan, s.id);
    if (!dangers.length) return nothing;
    return html`<p class="links">${this.t('goal.answers', { dangers: dangers.map((d) => snippet(d.text, 60)).join('; ') })}</p>`;
  }

  private renderStatementControls(plan: SafetyPlan, key: ListKey, s: Statement, index: number, count: number, label: string) {
    const targets: ListKey[] = isHouse(key) ? [...HOUSES] : [...MAP_SECTIONS];
    return html`<div class="controls">
      <button type="button" class="secondary" data-action="edit" aria-expanded=${this.editing === s.id ? 'true' : 'false'}
        @click=${() => { this.editing = this.editing === s.id ? null : s.id; if (this.editing) this.pendingFocus = { id: s.id, selector: 'textarea' }; }}>
        ${this.t(this.editing === s.id ? 'statement.close' : 'statement.edit')}<span class="cw-visually-hidden">: ${label}</span></button>
      <button type="button" class="secondary" data-action="up" ?disabled=${index === 0} aria-keyshortcuts="Alt+ArrowUp" @click=${() => this.reorder(s.id, -1)}>
        ${this.t('move.up')}<span class="cw-visually-hidden">: ${label}</span></button>
      <button type="button" class="secondary" data-action="down" ?disabled=${index === count - 1} aria-keyshortcuts="Alt+ArrowDown" @click=${() => this.reorder(s.id, 1)}>
        ${this.t('move.down')}<span class="cw-visually-hidden">: ${label}</span></button>
      <details class="move-menu" .open=${this.openMenu === s.id}
        @toggle=${(e: Event) => { const open = (e.target as HTMLDetailsElement).open; if (open) this.openMenu = s.id; else if (this.openMenu === s.id) this.openMenu = null; }}>
        <summary data-action="move-to">${this.t('move.to')}<span class="cw-visually-hidden">: ${label}</span></summary>
        ${this.openMenu === s.id
          ? html`<ul>${targets.filter((k) => k !== key).map((k) => html`<li><button type="button" class="link" data-move=${k} @click=${() => { this.openMenu = null; this.moveTo(s.id, k); }}>${this.sectionName(k)}</button></li>`)}</ul>`
          : nothing}
      </details>
      <button type="button" class="warning" data-action="delete" @click=${() => this.removeStatementById(s.id, s.text)}>
        ${this.t('statement.delete')}<span class="cw-visually-hidden">: ${label}</span></button>
    </div>`;
  }

  private renderStatementForm(plan: SafetyPlan, key: ListKey, s: Statement) {
    const options = this.whoOptions(plan, [s.by]);
    const other = this.otherName[s.id] || (!!s.by && !this.names.isKnown(s.by));
    const worry = WORRY_SECTIONS.includes(key as StatementSection);
    return html`<div class="form" data-form=${s.id}>
      <label>${this.t(isHouse(key) ? 'statement.childWords' : 'statement.text')}
        <textarea rows="3" .value=${live(s.text)} @input=${(e: Event) => this.edit((p) => editStatement(p, s.id, { text: (e.target as HTMLTextAreaElement).value }))}></textarea>
      </label>
      ${this.renderAdvice(s.text)}
      <label>${this.t('statement.who')}
        <select @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (v === OTHER) { this.otherName = { ...this.otherName, [s.id]: true }; return; }
          this.otherName = { ...this.otherName, [s.id]: false };
          this.edit((p) => editStatement(p, s.id, { by: v || undefined }));
        }}>
          <option value="" ?selected=${!s.by && !other}>${this.t('statement.whoNone')}</option>
          ${options.filter((o) => this.names.isKnown(o.id)).map((o) => html`<option value=${o.id} ?selected=${s.by === o.id}>${o.name}</option>`)}
          <option value=${OTHER} ?selected=${other}>${this.t('statement.whoOther')}</option>
        </select>
      </label>
      ${other
        ? html`<label>${this.t('statement.whoName')}
            <input type="text" .value=${live(s.by && !this.names.isKnown(s.by) ? s.by : '')}
              @input=${(e: Event) => this.edit((p) => editStatement(p, s.id, { by: (e.target as HTMLInputElement).value.trim() || undefined }))}></label>`
        : nothing}
      <div class="checkbox"><label><input type="checkbox" .checked=${live(!!s.familyWords)}
        @change=${(e: Event) => this.edit((p) => editStatement(p, s.id, { familyWords: (e.target as HTMLInputElement).checked || undefined }))}>
        ${this.t('statement.familyWordsCheck')}</label></div>
      ${worry ? this.renderStanceForm(plan, s) : nothing}
      ${key === 'dangerStatements' ? this.renderGoalForm(plan, s) : nothing}
      <button type="button" data-action="done" @click=${() => { this.editing = null; this.pendingFocus = { id: s.id, selector: '[data-action="edit"]' }; void this.flush(); }}>${this.t('statement.done')}</button>
    </div>`;
  }

  private renderStanceForm(plan: SafetyPlan, s: Statement) {
    const people = this.stanceParticipants(plan, s);
    return html`<fieldset class="stance-form"><legend>${this.t('stance.legend')}</legend>
      ${people.map((p) => {
        const v = s.agreedBy?.includes(p.id) ? 'agrees' : s.disputedBy?.includes(p.id) ? 'disagrees' : 'none';
        return html`<label class="inline">${p.name}
          <select data-stance=${p.id} @change=${(e: Event) => this.edit((pl) => setStance(pl, s.id, p.id, (e.target as HTMLSelectElement).value as 'agrees'))}>
            <option value="none" ?selected=${v === 'none'}>${this.t('stance.none')}</option>
            <option value="agrees" ?selected=${v === 'agrees'}>${this.t('stance.agrees')}</option>
            <option value="disagrees" ?selected=${v === 'disagrees'}>${this.t('stance.disagrees')}</option>
          </select></label>`;
      })}
    </fieldset>`;
  }

  private renderGoalForm(plan: SafetyPlan, s: Statement) {
    const goals = listOf(plan, 'safetyGoals');
    const linked = new Set(goalsOf(plan, s.id).map((g) => g.id));
    return html`<fieldset class="goal-form"><legend>${this.t('danger.goalLegend')}</legend>
      ${goals.length
        ? goals.map((g) => html`<div class="checkbox"><label><input type="checkbox" data-goal=${g.id} .checked=${live(linked.has(g.id))}
            @change=${(e: Event) => this.edit((p) => ((e.target as HTMLInputElement).checked ? linkDangerToGoal(p, s.id, g.id) : unlinkDangerFromGoal(p, s.id, g.id)))}>
            ${snippet(g.text, 80) || this.t('statement.empty')}</label></div>`)
        : html`<p class="cw-hint">${this.t('danger.noGoalsYet')}</p>`}
    </fieldset>`;
  }

  private renderAdvice(text: string) {
    const advice = checkPlainLanguage(text, { locale: this.locale });
    return html`<div class="advice" aria-live="polite">
      ${advice.length
        ? html`<p class="advice-heading">${this.t('plain.heading', { count: advice.length })}</p>
            <ul>${advice.map((a) => html`<li data-kind=${a.kind}>${this.adviceText(a)}</li>`)}</ul>`
        : text.trim() ? html`<p class="advice-ok">${this.t('plain.ok')}</p>` : nothing}
    </div>`;
  }

  private adviceText(a: Advice): string {
    if (a.kind === 'jargon') return this.t('plain.jargon', { term: a.text, suggestion: a.suggestion ?? '' });
    if (a.kind === 'long-word') return this.t('plain.longWord', { word: a.text });
    return this.t('plain.longSentence', { words: a.words ?? 0, start: snippet(a.text, 40) });
  }

  // Scaling

  private renderScaling(plan: SafetyPlan) {
    const ratings = plan.scales ?? [];
    const names = this.names;
    const group = (by: string) => names.group(by);
    const series = seriesByPerson(ratings, group);
    const dates = reviewDates(ratings);
    const latest = latestGap(ratings, group);
    const who = this.selectedId();
    const question = ratings.find((r) => r.question)?.question;
    return html`<section part="scaling" class="scaling" aria-labelledby="scale-h">
      <h2 id="scale-h">${this.t('scale.heading')}</h2>
      <p class="question">${question || this.t('scale.question')}</p>
      ${ratings.length === 0 ? html`<p class="none">${this.t('scale.none')}</p>` : html`
        ${latest ? html`<p class="gap ${Math.abs(latest.gap!) >= 3 ? 'gap-wide' : ''}"><strong>${this.gapText(latest.gap!, latest.family!, latest.professional!, latest.at)}</strong></p>` : nothing}
        ${this.renderChart(series, dates)}
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="scale-caption">
        <table class="scale-table">
          <caption id="scale-caption">${this.t('scale.tableCaption')}</caption>
          <thead><tr><th scope="col">${this.t('scale.person')}</th>${dates.map((d) => html`<th scope="col">${this.date(d)}</th>`)}</tr></thead>
          <tbody>${series.map((s) => html`<tr class=${who === s.by ? 'concerns' : ''} data-by=${s.by}>
            <th scope="row">${this.whoButton(s.by)} <span class="group">(${this.t(`group.${s.group}` as Key)})</span></th>
            ${dates.map((d) => { const p = s.points.filter((x) => x.at === d); return html`<td>${p.map((x) => x.score).join(', ')}</td>`; })}
          </tr>`)}
          ${gapsByDate(ratings, group).some((g) => g.gap !== undefined)
            ? html`<tr class="gap-row"><th scope="row">${this.t('scale.gapRow')}</th>${gapsByDate(ratings, group).map((g) => html`<td>${g.gap ?? ''}</td>`)}</tr>`
            : nothing}
          </tbody>
        </table></div>`}
      ${this.editable ? this.renderRatingsEditor(plan) : nothing}
    </section>`;
  }

  private gapText(gap: number, family: number, professional: number, at: string): string {
    const fmt = (n: number) => String(n);
    if (gap === 0) return this.t('scale.sameView', { score: fmt(family), date: this.date(at) });
    return this.t(gap > 0 ? 'scale.gapFamilyHigher' : 'scale.gapFamilyLower', { gap: fmt(Math.abs(gap)), family: fmt(family), professional: fmt(professional), date: this.date(at) });
  }

  private renderChart(series: ScaleSeries[], dates: string[]) {
    const W = 640, H = 280;
    const g = chartGeometry(dates, W, H);
    const names = this.names;
    const summary = series.map((s) => `${names.name(s.by)}: ${s.points.map((p) => `${p.score} (${this.date(p.at)})`).join(', ')}`).join('. ');
    const who = this.selectedId();
    return html`<figure class="chart" part="chart">
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${`${this.t('scale.chartLabel')}. ${summary}`} focusable="false">
        ${[0, 2, 4, 6, 8, 10].map((v) => svg`<line class="grid" x1=${g.pad.left} x2=${W - g.pad.right} y1=${g.y(v)} y2=${g.y(v)}></line>
          <text class="axis" x=${g.pad.left - 8} y=${g.y(v) + 5} text-anchor="end">${v}</text>`)}
        ${dates.map((d) => svg`<text class="axis" x=${g.x(d)} y=${H - g.pad.bottom + 22} text-anchor="middle">${this.date(d)}</text>`)}
        ${series.map((s) => {
          const pts = s.points.map((p) => `${g.x(p.at)},${g.y(p.score)}`).join(' ');
          const cls = `series series-${s.group} ${who === s.by ? 'selected' : ''}`;
          return svg`<g class=${cls}>
            <polyline points=${pts}></polyline>
            ${s.points.map((p) => (s.group === 'family'
              ? svg`<circle cx=${g.x(p.at)} cy=${g.y(p.score)} r="6"></circle>`
              : svg`<rect x=${g.x(p.at) - 5} y=${g.y(p.score) - 5} width="10" height="10"></rect>`))}
          </g>`;
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          <li><svg class="key" viewBox="0 0 40 16" aria-hidden="true"><g class="series series-family"><polyline points="0,8 40,8"></polyline><circle cx="20" cy="8" r="5"></circle></g></svg>${this.t('group.family')}</li>
          <li><svg class="key" viewBox="0 0 40 16" aria-hidden="true"><g class="series series-professional"><polyline points="0,8 40,8"></polyline><rect x="15" y="3" width="10" height="10"></rect></g></svg>${this.t('group.professional')}</li>
          ${series.some((s) => s.group === 'other') ? html`<li><svg class="key" viewBox="0 0 40 16" aria-hidden="true"><g class="series series-other"><polyline points="0,8 40,8"></polyline><rect x="15" y="3" width="10" height="10"></rect></g></svg>${this.t('group.other')}</li>` : nothing}
        </ul>
      </figcaption>
    </figure>`;
  }

  private renderRatingsEditor(plan: SafetyPlan) {
    const r = this.newRating;
    const options = this.whoOptions(plan);
    const valid = !!r.by && r.score !== '' && /^\d{4}-\d{2}-\d{2}$/.test(r.at);
    const add = () => {
      if (!valid) { this.alert = { message: this.t('scale.incomplete') }; return; }
      const rating: ScaleRating = { id: newId(), by: r.by, score: Number(r.score), at: r.at, ...(r.note.trim() ? { note: r.note.trim() } : {}) };
      this.edit((p) => addRating(p, rating), this.t('scale.added', { name: this.names.name(r.by), score: r.score }));
      this.newRating = { by: '', score: '', at: r.at, note: '' };
    };
    return html`
      ${(plan.scales ?? []).length ? html`<details class="ratings-list"><summary>${this.t('scale.manage')}</summary><ul>
        ${(plan.scales ?? []).map((x) => html`<li data-id=${x.id}>${this.names.name(x.by)}: ${x.score} (${this.date(x.at)})${x.note ? ` – ${x.note}` : ''}
          <button type="button" class="link" @click=${() => this.edit((p) => removeRating(p, x.id), this.t('scale.removed'))}>${this.t('statement.delete')}<span class="cw-visually-hidden">: ${this.names.name(x.by)} ${x.score} ${this.date(x.at)}</span></button></li>`)}
      </ul></details>` : nothing}
      <fieldset class="rating-form"><legend>${this.t('scale.addLegend')}</legend>
        <label>${this.t('scale.who')}<select data-field="by" @change=${(e: Event) => (this.newRating = { ...r, by: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!r.by}>${this.t('scale.choose')}</option>
          ${options.map((o) => html`<option value=${o.id} ?selected=${r.by === o.id}>${o.name}</option>`)}
        </select></label>
        <label>${this.t('scale.score')}<select data-field="score" @change=${(e: Event) => (this.newRating = { ...r, score: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${r.score === ''}>${this.t('scale.choose')}</option>
          ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => html`<option value=${n} ?selected=${r.score === String(n)}>${n}</option>`)}
        </select></label>
        <label>${this.t('scale.date')}<input type="date" data-field="at" .value=${live(r.at)} @input=${(e: Event) => (this.newRating = { ...r, at: (e.target as HTMLInputElement).value })}></label>
        <label>${this.t('scale.note')}<input type="text" data-field="note" .value=${live(r.note)} @input=${(e: Event) => (this.newRating = { ...r, note: (e.target as HTMLInputElement).value })}></label>
        <button type="button" data-action="add-rating" @click=${add}>${this.t('scale.add')}</button>
      </fieldset>`;
  }

  private whoButton(id: string | undefined): TemplateResult | string {
    if (!id) return '';
    const names = this.names;
    if (!names.isKnown(id)) return id;
    return html`<button type="button" class="link who" data-who=${id} @click=${() => this.selectWho(id)}>${names.name(id)}</button>`;
  }

  // Next steps

  private renderSteps(plan: SafetyPlan) {
    const steps = plan.nextSteps ?? [];
    const today = this.todayDate;
    const overdue = steps.filter((s) => isOverdue(s, today)).length;
    return html`<section part="steps" class="steps" aria-labelledby="steps-h">
      <h2 id="steps-h">${this.t('steps.heading')}</h2>
      ${overdue ? html`<p class="overdue-summary"><strong>${this.t('steps.overdueCount', { count: overdue })}</strong></p>` : nothing}
      <div class="toggle" role="group" aria-label=${this.t('steps.viewLabel')}>
        <button type="button" class="secondary" data-view="plan" aria-pressed=${this.stepsView === 'plan' ? 'true' : 'false'} @click=${() => (this.stepsView = 'plan')}>${this.t('steps.inOrder')}</button>
        <button type="button" class="secondary" data-view="owner" aria-pressed=${this.stepsView === 'owner' ? 'true' : 'false'} @click=${() => (this.stepsView = 'owner')}>${this.t('steps.byOwner')}</button>
      </div>
      ${steps.length === 0 ? html`<p class="none">${this.t('steps.none')}</p>`
        : this.stepsView === 'owner'
          ? groupByOwner(steps, today).map((g) => html`<div class="owner-group" data-owner=${g.owner ?? ''}>
              <h3>${g.owner ? this.whoButton(g.owner) : this.t('steps.noOwner')} <span class="count">${this.t('steps.ownerCount', { open: g.open, overdue: g.overdue })}</span></h3>
              <ul class="step-list">${repeat(g.steps, (a) => a.id, (a) => this.renderStep(plan, a, -1, 0))}</ul></div>`)
          : html`<ul class="step-list">${repeat(steps, (a) => a.id, (a, i) => this.renderStep(plan, a, i, steps.length))}</ul>`}
      ${this.editable ? html`<button type="button" class="secondary add" data-add="nextSteps" @click=${() => {
        const a: Action = { id: newId(), text: '', status: 'to-do' };
        this.edit((p) => addStep(p, a), this.t('announce.added', { section: this.t('steps.heading') }));
        this.editing = a.id;
        this.pendingFocus = { id: a.id, selector: 'textarea' };
      }}>${this.t('steps.add')}</button>` : nothing}
    </section>`;
  }

  private renderStep(plan: SafetyPlan, a: Action, index: number, count: number) {
    const over = isOverdue(a, this.todayDate);
    const who = this.selectedId();
    const label = snippet(a.text) || this.t('statement.empty');
    return html`<li class="step ${over ? 'overdue' : ''} ${who && a.owner === who ? 'concerns' : ''} status-${a.status}" data-id=${a.id} tabindex="-1"
        @keydown=${(e: KeyboardEvent) => index >= 0 && this.onItemKey(e, a.id, 'step')}>
      <p class="text">${a.text || html`<em>${this.t('statement.empty')}</em>`}</p>
      <dl class="step-meta">
        <div><dt>${this.t('steps.owner')}</dt><dd>${a.owner ? this.whoButton(a.owner) : this.t('steps.noOwner')}</dd></div>
        <div><dt>${this.t('steps.due')}</dt><dd>${a.due ? this.date(a.due) : this.t('steps.noDue')}${over ? html` <strong class="tag tag-overdue">${this.t('steps.overdue')}</strong>` : nothing}</dd></div>
        <div><dt>${this.t('steps.status')}</dt><dd>${this.t(`status.${a.status}` as Key)}</dd></div>
      </dl>
      ${this.editable ? html`<div class="controls">
        <button type="button" class="secondary" data-action="edit" aria-expanded=${this.editing === a.id ? 'true' : 'false'}
          @click=${() => { this.editing = this.editing === a.id ? null : a.id; if (this.editing) this.pendingFocus = { id: a.id, selector: 'textarea' }; }}>
          ${this.t(this.editing === a.id ? 'statement.close' : 'statement.edit')}<span class="cw-visually-hidden">: ${label}</span></button>
        ${index >= 0 ? html`
          <button type="button" class="secondary" data-action="up" ?disabled=${index === 0} aria-keyshortcuts="Alt+ArrowUp" @click=${() => this.reorderStepBy(a.id, -1)}>${this.t('move.up')}<span class="cw-visually-hidden">: ${label}</span></button>
          <button type="button" class="secondary" data-action="down" ?disabled=${index === count - 1} aria-keyshortcuts="Alt+ArrowDown" @click=${() => this.reorderStepBy(a.id, 1)}>${this.t('move.down')}<span class="cw-visually-hidden">: ${label}</span></button>` : nothing}
        <button type="button" class="warning" data-action="delete" @click=${() => { this.edit((p) => removeStep(p, a.id), this.t('announce.removed', { text: label })); }}>${this.t('statement.delete')}<span class="cw-visually-hidden">: ${label}</span></button>
      </div>` : nothing}
      ${this.editable && this.editing === a.id ? this.renderStepForm(plan, a) : nothing}
    </li>`;
  }

  private renderStepForm(plan: SafetyPlan, a: Action) {
    const options = this.whoOptions(plan, [a.owner]);
    return html`<div class="form" data-form=${a.id}>
      <label>${this.t('steps.text')}
        <textarea rows="2" .value=${live(a.text)} @input=${(e: Event) => this.edit((p) => editStep(p, a.id, { text: (e.target as HTMLTextAreaElement).value }))}></textarea></label>
      ${this.renderAdvice(a.text)}
      <label>${this.t('steps.owner')}<select data-field="owner" @change=${(e: Event) => this.edit((p) => editStep(p, a.id, { owner: (e.target as HTMLSelectElement).value || undefined }))}>
        <option value="" ?selected=${!a.owner}>${this.t('steps.noOwner')}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${a.owner === o.id}>${o.name}</option>`)}
      </select></label>
      <label>${this.t('steps.due')}<input type="date" data-field="due" .value=${live(a.due && a.due.length === 10 ? a.due : '')}
        @change=${(e: Event) => this.edit((p) => editStep(p, a.id, { due: (e.target as HTMLInputElement).value || undefined }))}></label>
      <label>${this.t('steps.status')}<select data-field="status" @change=${(e: Event) => this.edit((p) => editStep(p, a.id, { status: (e.target as HTMLSelectElement).value as Action['status'] }))}>
        ${STATUSES.map((s) => html`<option value=${s} ?selected=${a.status === s}>${this.t(`status.${s}` as Key)}</option>`)}
      </select></label>
      <button type="button" data-action="done" @click=${() => { this.editing = null; this.pendingFocus = { id: a.id, selector: '[data-action="edit"]' }; void this.flush(); }}>${this.t('statement.done')}</button>
    </div>`;
  }

  // The plan: rules, network, review date

  private renderPlanSection(plan: SafetyPlan) {
    const names = this.names;
    const who = this.selectedId();
    const inNetwork = new Set((plan.network ?? []).map((m) => m.memberId));
    const candidates = names.everyone().filter((x) => !inNetwork.has(x.id));
    return html`<section part="plan" class="plan" aria-labelledby="plan-h">
      <h2 id="plan-h">${this.t('plan.heading')}</h2>
      ${this.renderStatementList(plan, 'rules', 'h3')}
      <h3 id="network-h">${this.t('network.heading')}</h3>
      ${(plan.network ?? []).length === 0 ? html`<p class="none">${this.t('network.none')}</p>` : html`
        <ul class="network" aria-labelledby="network-h">${(plan.network ?? []).map((m) => html`<li data-member=${m.memberId} class=${who === m.memberId ? 'concerns' : ''}>
          ${this.whoButton(m.memberId)}${m.role && !this.editable ? html` – ${m.role}` : nothing}
          ${this.editable ? html`<label class="inline">${this.t('network.role')}<span class="cw-visually-hidden"> (${names.name(m.memberId)})</span>
              <input type="text" .value=${live(m.role ?? '')} @input=${(e: Event) => this.edit((p) => editNetworkRole(p, m.memberId, (e.target as HTMLInputElement).value))}></label>
            <button type="button" class="link" @click=${() => this.edit((p) => removeNetworkMember(p, m.memberId), this.t('network.removed', { name: names.name(m.memberId) }))}>${this.t('network.remove')}<span class="cw-visually-hidden">: ${names.name(m.memberId)}</span></button>` : nothing}
        </li>`)}</ul>`}
      ${this.editable ? html`<fieldset class="network-form"><legend>${this.t('network.addLegend')}</legend>
        <label>${this.t('network.member')}<select data-field="member" @change=${(e: Event) => (this.newMember = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.newMember}>${this.t('scale.choose')}</option>
          ${candidates.map((c) => html`<option value=${c.id} ?selected=${this.newMember === c.id}>${c.name}</option>`)}
        </select></label>
        <label>${this.t('network.role')}<input type="text" data-field="role" .value=${live(this.newRole)} @input=${(e: Event) => (this.newRole = (e.target as HTMLInputElement).value)}></label>
        <button type="button" data-action="add-member" @click=${() => {
          if (!this.newMember) { this.alert = { message: this.t('network.choose') }; return; }
          const m = this.newMember, role = this.newRole.trim();
          this.edit((p) => addNetworkMember(p, role ? { memberId: m, role } : { memberId: m }), this.t('network.added', { name: names.name(m) }));
          this.newMember = '';
          this.newRole = '';
        }}>${this.t('network.add')}</button>
      </fieldset>` : nothing}
      <h3>${this.t('plan.reviewHeading')}</h3>
      ${this.editable
        ? html`<label>${this.t('plan.reviewDate')}<input type="date" data-field="review" .value=${live(plan.reviewDate && plan.reviewDate.length === 10 ? plan.reviewDate : '')}
            @change=${(e: Event) => this.edit((p) => setReviewDate(p, (e.target as HTMLInputElement).value || undefined))}></label>`
        : html`<p>${plan.reviewDate ? this.date(plan.reviewDate) : this.t('plan.noReview')}</p>`}
    </section>`;
  }

  // The child's view

  private renderChildView(plan: SafetyPlan) {
    const cv = plan.childView;
    const child = cv?.childId ? this.names.name(cv.childId) : '';
    if (!this.childVisible(plan)) {
      return html`<section part="child-view" class="child-view" aria-labelledby="child-h"><h2 id="child-h">${this.t('child.heading')}</h2>
        <p class="withheld">${this.t('child.withheld')}</p></section>`;
    }
    return html`<section part="child-view" class="child-view" aria-labelledby="child-h">
      <h2 id="child-h">${child ? this.t('child.headingNamed', { name: child }) : this.t('child.heading')}</h2>
      <p class="consent">${cv?.consentToShare ? this.t('child.consentYes') : this.t('child.consentNo')}</p>
      ${this.editable ? html`<div class="checkbox"><label><input type="checkbox" data-field="consent" .checked=${live(!!cv?.consentToShare)}
        @change=${(e: Event) => this.edit((p) => setConsent(p, (e.target as HTMLInputElement).checked))}>${this.t('child.consentCheck')}</label></div>` : nothing}
      <div class="houses">${HOUSES.map((h) => this.renderHouse(plan, h))}</div>
    </section>`;
  }

  private renderHouse(plan: SafetyPlan, h: HouseKey) {
    return html`<div class="house house-${h}">
      <svg class="roof" viewBox="0 0 200 60" aria-hidden="true" focusable="false"><polygon points="100,4 196,58 4,58"></polygon></svg>
      <div class="house-body">${this.renderStatementList(plan, h, 'h3')}</div>
    </div>`;
  }

  // Versions

  private renderVersions(plan: SafetyPlan) {
    const audit = this.caseData.bundle.audit ?? [];
    const versions = this.versionsOf(plan, audit);
    const last = lastAgreed(plan, versions, this.baseline ?? this.storedPlan);
    const diff = last ? diffPlans(last.content, contentOf(plan)) : undefined;
    return html`<section part="versions" class="versions" aria-labelledby="versions-h">
      <h2 id="versions-h">${this.t('versions.heading')}</h2>
      ${!last ? html`<p>${this.t('versions.never')}</p>`
        : html`<h3>${this.t('versions.since', { version: last.version })}</h3>${diff!.empty ? html`<p class="no-changes">${this.t('versions.noChanges')}</p>` : this.renderDiff(diff!)}`}
      ${versions.length ? html`<h3>${this.t('versions.list')}</h3><ol class="version-list">${versions.map((v) => html`<li>
        ${this.t('versions.item', { version: v.version, date: this.date(v.agreedAt.slice(0, 10)), who: this.names.name(v.agreedBy) || this.t('versions.unknown') })}</li>`)}</ol>` : nothing}
    </section>`;
  }

  private renderDiff(d: PlanDiff) {
    const names = this.names;
    const items: TemplateResult[] = [];
    for (const c of d.statements) {
      if (c.kind === 'added') items.push(html`<li class="diff-added"><strong>${this.t('diff.added')}</strong> ${this.sectionName(c.section)}: <q>${c.after.text}</q></li>`);
      else if (c.kind === 'removed') items.push(html`<li class="diff-removed"><strong>${this.t('diff.removed')}</strong> ${this.sectionName(c.section)}: <q><del>${c.before.text}</del></q></li>`);
      else {
        const textChanged = c.fields.includes('text');
        items.push(html`<li class="diff-edited"><strong>${this.t('diff.edited')}</strong> ${this.sectionName(c.section)}:
          ${textChanged ? html`<q><del>${c.before.text}</del></q> → <q><ins>${c.after.text}</ins></q>` : html`<q>${c.after.text}</q>`}
          ${c.fromSection ? html` (${this.t('diff.movedFrom', { section: this.sectionName(c.fromSection) })})` : nothing}
          ${c.fields.filter((f) => f !== 'text' && f !== 'section').length ? html` (${this.t('diff.fields', { fields: c.fields.filter((f) => f !== 'text' && f !== 'section').map((f) => this.t(fieldKey(f))).join(', ') })})` : nothing}</li>`);
      }
    }
    for (const c of d.scores) {
      if (c.kind === 'added') items.push(html`<li class="diff-added"><strong>${this.t('diff.scoreAdded')}</strong> ${names.name(c.after.by)}: ${c.after.score} (${this.date(c.after.at)})</li>`);
      else if (c.kind === 'removed') items.push(html`<li class="diff-removed"><strong>${this.t('diff.scoreRemoved')}</strong> ${names.name(c.before.by)}: ${c.before.score} (${this.date(c.before.at)})</li>`);
      else items.push(html`<li class="diff-edited"><strong>${this.t('diff.scoreChanged')}</strong> ${names.name(c.after.by)}: ${c.before.score} → ${c.after.score} (${this.date(c.after.at)})</li>`);
    }
    for (const c of d.steps) {
      if (c.kind === 'added') items.push(html`<li class="diff-added"><strong>${this.t('diff.stepAdded')}</strong> <q>${c.after.text}</q></li>`);
      else if (c.kind === 'removed') items.push(html`<li class="diff-removed"><strong>${this.t('diff.stepRemoved')}</strong> <q><del>${c.before.text}</del></q></li>`);
      else items.push(html`<li class="diff-edited"><strong>${this.t('diff.stepEdited')}</strong> <q>${c.after.text}</q>${c.fields.includes('status') ? html` (${this.t(`status.${c.before.status}` as Key)} → ${this.t(`status.${c.after.status}` as Key)})` : nothing}</li>`);
    }
    for (const id of d.network.added) items.push(html`<li class="diff-added"><strong>${this.t('diff.networkAdded')}</strong> ${names.name(id)}</li>`);
    for (const id of d.network.removed) items.push(html`<li class="diff-removed"><strong>${this.t('diff.networkRemoved')}</strong> ${names.name(id)}</li>`);
    for (const id of d.network.roleChanged) items.push(html`<li class="diff-edited"><strong>${this.t('diff.roleChanged')}</strong> ${names.name(id)}</li>`);
    if (d.reviewDateChanged) items.push(html`<li class="diff-edited">${this.t('diff.reviewDate')}</li>`);
    if (d.consentChanged) items.push(html`<li class="diff-edited">${this.t('diff.consent')}</li>`);
    return html`<ul class="diff">${items}</ul>`;
  }

  // The family version: large type, plain language, no internal fields.

  private renderFamilyVersion(plan: SafetyPlan) {
    const names = this.names;
    const children = (plan.childIds ?? []).map((id) => names.name(id)).join(', ');
    const dangers = listOf(plan, 'dangerStatements');
    const goals = listOf(plan, 'safetyGoals');
    const good = [...listOf(plan, 'strengths'), ...listOf(plan, 'existingSafety')];
    const steps = byDue(plan.nextSteps ?? []);
    const cv = plan.childView;
    const showChild = plan.childView?.consentToShare === true;
    const text = (s: Statement) => (s.familyWords ? html`<q>${s.text}</q>` : s.text);
    return html`<article part="family-version" class="family-version" aria-labelledby="fam-h">
      <h2 id="fam-h">${children ? this.t('family.titleFor', { names: children }) : this.t('family.title')}</h2>
      ${dangers.length ? html`<h3>${this.t('family.worried')}</h3><ul>${dangers.map((s) => html`<li>${text(s)}</li>`)}</ul>` : nothing}
      ${good.length ? html`<h3>${this.t('family.working')}</h3><ul>${good.map((s) => html`<li>${text(s)}</li>`)}</ul>` : nothing}
      ${goals.length ? html`<h3>${this.t('family.goals')}</h3><ul>${goals.map((s) => html`<li>${text(s)}</li>`)}</ul>` : nothing}
      <h3>${this.t('family.rules')}</h3>
      ${listOf(plan, 'rules').length ? html`<ol class="rules">${listOf(plan, 'rules').map((s) => html`<li>${text(s)}</li>`)}</ol>` : html`<p>${this.t('family.noRules')}</p>`}
      <h3>${this.t('family.network')}</h3>
      ${(plan.network ?? []).length ? html`<ul>${(plan.network ?? []).map((m) => html`<li><strong>${names.name(m.memberId)}</strong>${m.role ? html`: ${m.role}` : nothing}</li>`)}</ul>` : html`<p>${this.t('network.none')}</p>`}
      <h3>${this.t('family.steps')}</h3>
      ${steps.length ? html`<ul class="family-steps">${steps.map((a) => html`<li>${a.text}
        <span class="family-step-meta">${[a.owner ? this.t('family.who', { name: names.name(a.owner) }) : '', a.due ? this.t('family.when', { date: formatPartialDate(a.due, this.dateLang, { style: 'long' }) }) : '', this.t(`status.${a.status}` as Key)].filter(Boolean).join(' · ')}</span></li>`)}</ul>`
        : html`<p>${this.t('steps.none')}</p>`}
      ${plan.reviewDate ? html`<p class="family-review"><strong>${this.t('family.review', { date: formatPartialDate(plan.reviewDate, this.dateLang, { style: 'long' }) })}</strong></p>` : nothing}
      ${showChild && cv ? html`<h3>${cv.childId ? this.t('child.headingNamed', { name: names.name(cv.childId) }) : this.t('child.heading')}</h3>
        ${HOUSES.map((h) => (cv[h] ?? []).length ? html`<h4>${this.sectionName(h)}</h4><ul>${(cv[h] ?? []).map((s) => html`<li><q>${s.text}</q></li>`)}</ul>` : nothing)}` : nothing}
    </article>`;
  }
}

function snippet(text: string, max = 50): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function fieldKey(f: string): Key {
  const known: Record<string, Key> = { by: 'field.by', familyWords: 'field.familyWords', agreedBy: 'field.agreedBy', disputedBy: 'field.disputedBy', linkedIds: 'field.linkedIds' };
  return known[f] ?? 'field.other';
}

export { COLUMN_OF };
