import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Announcer, CaseElement, FocusController, LocalizeController, PrintController, dayOf, emit, memo, newId, makeChange,
  type Action, type AuditEvent, type CaseBundle, type SafetyPlan, type SaveState, type ScaleRating, type Statement,
} from '@opencasework/core';
import { safetyPlanStyles } from './safety-plan.styles.js';
import { safetyPlanMessages, type SafetyPlanKey } from './messages/index.js';
import {
  addNetworkMember, addRating, addStatement, addStep, contentOf, findStatement, listOf, moveStatement, removeStatement,
  reorderStatement, reorderStep, snapshotOf, type ListKey,
} from './plan-edit.js';
import { diffPlans, lastAgreed, versionsFrom, type AgreedVersion } from './version-diff.js';
import { scaleModel } from './scaling.js';
import { NameBook } from './names.js';
import { PlanEditor } from './plan-editor.js';
import { countConcerns, currentPlan, snippet } from './plan-model.js';
import type { PlanActions, PlanViewContext } from './views/context.js';
import { sectionName } from './views/common.js';
import { alertView, headerView, noPlanView, selectionNotice } from './views/header.js';
import { mapView } from './views/map.js';
import { scalingView } from './views/scaling.js';
import { stepsView } from './views/steps.js';
import { planSection } from './views/plan-section.js';
import { childView } from './views/child-view.js';
import { versionsView } from './views/versions.js';
import { familyVersion } from './views/family-version.js';

/** Who is looking: the plan's own workers, the family, or a wider audience (other agencies, a conference). */
export type Audience = 'workers' | 'family' | 'wider';
export type PrintVersion = 'family' | 'professional';
export type { SaveState };

const NO_AUDIT: readonly AuditEvent[] = [];
const NO_RATINGS: readonly ScaleRating[] = [];

/**
 * A Signs of Safety assessment map and the safety plan it leads to, written in the family's own words: the three
 * questions, the 0-10 safety scale across reviews, next steps by owner, the family's rules and safety network, the
 * child's Three Houses, agreed versions and what changed since, and a family and a professional print version.
 * Reads a whole case bundle (`bundle`, or an enclosing `<cw-case>`); edits only when `editable`, autosaving each edit
 * as a draft to the store.
 *
 * @tag cw-safety-plan
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
  static override styles = safetyPlanStyles;

  /** The id of the plan to show. Defaults to the most recently updated open plan in the bundle. */
  @property({ attribute: 'plan-id' }) planId = '';
  /** Who is looking. The child's view is shown beyond the plan's workers only when the child's consent is recorded. */
  @property() audience: Audience = 'workers';
  /** Which version `@media print` prints: the family version or the professional version. */
  @property({ attribute: 'print-version', reflect: true }) printVersion: PrintVersion = 'professional';
  /** What the screen shows: the working (professional) view, or the family version. */
  @property({ reflect: true }) view: 'professional' | 'family' = 'professional';
  /** "Today" for overdue steps, as YYYY-MM-DD. Defaults to the real date in the case's time zone (`time-zone`). */
  @property() today = '';
  /** Milliseconds to wait after an edit before autosaving the draft. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 500;
  /** How next steps are listed: in plan order, or grouped by owner ("what I need to do"). */
  @property({ attribute: 'steps-view' }) stepsView: 'plan' | 'owner' = 'plan';

  @state() private editing: string | null = null;
  /** The statement whose "Move to…" menu is open (menus are rendered only when open). */
  @state() private openMenu: string | null = null;
  @state() private otherName: Record<string, boolean> = {};
  @state() private newMember = '';
  @state() private newRole = '';
  @state() private newRating = { by: '', score: '', at: '', note: '' };
  private dragId: string | null = null;
  private announcedFor: string | undefined;

  private readonly localize = new LocalizeController<SafetyPlanKey>(this, safetyPlanMessages);
  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  private readonly printer = new PrintController(this, {
    prepare: (mode) => { if (mode === 'family' || mode === 'professional') this.printVersion = mode; },
  });
  private readonly editor = new PlanEditor(this, {
    stored: () => this.storedPlan,
    editable: () => this.editable,
    delay: () => this.autosaveDelay,
    actor: () => this.effectiveActor,
    commit: (change) => this.commit(change),
    message: (key, params) => this.localize.t(key, params),
    announce: (text) => this.announcer.polite(text),
    onSaveState: (s) => emit(this, 'cw-save-state', { state: s }),
  });

  private readonly names = memo((bundle: CaseBundle) => new NameBook(bundle));
  private readonly selectPlan = memo(currentPlan);
  /** Agreed versions, recomputed only when the plan's id, its snapshot or the audit trail change (not on every keystroke). */
  private readonly versions = memo((audit: readonly AuditEvent[], planId: string, snap: ReturnType<typeof snapshotOf>) => versionsFrom(planId, snap, audit));
  private readonly scales = memo((ratings: readonly ScaleRating[], names: NameBook) => scaleModel(ratings, (by) => names.group(by)));
  private readonly diff = memo((last: AgreedVersion | undefined, plan: SafetyPlan) => (last ? diffPlans(last.content, contentOf(plan)) : undefined));

  /** True while there are edits that have not reached the store. */
  get dirty(): boolean {
    return this.editor.dirty;
  }

  /** The draft's save state. */
  get saveStatus(): SaveState {
    return this.editor.saveState;
  }

  /** The plan as shown: the draft being edited, or the plan in the case. */
  get plan(): SafetyPlan | undefined {
    return this.editor.draft ?? this.storedPlan;
  }

  private get storedPlan(): SafetyPlan | undefined {
    return this.selectPlan(this.caseData.bundle, this.planId);
  }

  /** Saves the draft now (autosave does this after each pause in editing). Resolves true when nothing is left unsaved. */
  flush(): Promise<boolean> {
    return this.editor.flush();
  }

  /** Agrees the plan as it stands: saves the draft, then makes the next numbered version. */
  agree(): Promise<boolean> {
    return this.editor.agree();
  }

  /** Prints the family or the professional version. */
  print(version: PrintVersion = this.printVersion): Promise<void> {
    return this.printer.print(version);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The host replaced the data: a draft of the old data no longer applies.
    if (changed.has('bundle') && changed.get('bundle') !== undefined) this.editor.reset();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const who = this.selectedId();
    const plan = this.plan;
    if (who !== this.announcedFor) {
      this.announcedFor = who;
      if (who && plan) this.announcer.polite(this.localize.t('selection.notice', { name: this.names(this.caseData.bundle).name(who), count: countConcerns(plan, who) }));
    }
  }

  private selectedId(): string | undefined {
    const s = this.currentSelection;
    return s && (s.kind === 'person' || s.kind === 'professional') ? s.id : undefined;
  }

  private edit(fn: (p: SafetyPlan) => SafetyPlan, announce?: string): void {
    this.editor.edit(this.plan, fn, announce);
  }

  /** Focus after the next update: `selector` inside the item, else the item itself. */
  private focusItem(id: string, selector: string): void {
    const item = `[data-id="${CSS.escape(id)}"]`;
    this.focusing.after(`${item} ${selector}`, item);
  }

  private async startPlan(): Promise<void> {
    const now = new Date().toISOString();
    const plan: SafetyPlan = { id: newId(), status: 'draft', childIds: [...(this.caseData.bundle.case.subjectIds ?? [])], createdAt: now, updatedAt: now, version: 0 };
    const r = await this.commit(makeChange('SafetyPlan', 'create', this.effectiveActor, null, plan));
    if (!r.ok) this.editor.showAlert(this.localize.t('save.invalid', { reason: r.message }));
    else this.planId = plan.id;
  }

  private reorder(kind: 'statement' | 'step', id: string, delta: -1 | 1): void {
    const plan = this.plan;
    if (!plan) return;
    const t = this.localize;
    const hit = kind === 'statement' ? findStatement(plan, id) : undefined;
    const list: readonly { id: string }[] = hit ? listOf(plan, hit.key) : kind === 'step' ? (plan.nextSteps ?? []) : [];
    const i = list.findIndex((x) => x.id === id);
    const to = i + delta;
    if (i < 0) return;
    if (to < 0 || to >= list.length) { this.announcer.polite(t.t(delta < 0 ? 'announce.top' : 'announce.bottom')); return; }
    const section = hit ? sectionName(t, hit.key) : t.t('steps.heading');
    this.edit((p) => (hit ? reorderStatement(p, id, delta) : reorderStep(p, id, delta)), t.t('announce.moved', { position: to + 1, count: list.length, section }));
    this.focusItem(id, `[data-action="${delta < 0 ? 'up' : 'down'}"]`);
  }

  private readonly actions: PlanActions = {
    edit: (fn, announce) => this.edit(fn, announce),
    selectWho: (id) => {
      const names = this.names(this.caseData.bundle);
      if (names.isPerson(id)) this.select({ kind: 'person', id });
      else if (names.isProfessional(id)) this.select({ kind: 'professional', id });
    },
    clearSelection: () => this.select(null),
    toggleEditing: (id) => {
      this.editing = this.editing === id ? null : id;
      if (this.editing) this.focusItem(id, 'textarea');
    },
    finishEditing: (id) => {
      this.editing = null;
      this.focusItem(id, '[data-action="edit"]');
      void this.flush();
    },
    addStatement: (key) => {
      const s: Statement = { id: newId(), text: '' };
      this.edit((p) => addStatement(p, key, s), this.localize.t('announce.added', { section: sectionName(this.localize, key) }));
      this.editing = s.id;
      this.focusItem(s.id, 'textarea');
    },
    addStep: () => {
      const a: Action = { id: newId(), text: '', status: 'to-do' };
      this.edit((p) => addStep(p, a), this.localize.t('announce.added', { section: this.localize.t('steps.heading') }));
      this.editing = a.id;
      this.focusItem(a.id, 'textarea');
    },
    reorder: (kind, id, delta) => this.reorder(kind, id, delta),
    moveTo: (id, key) => {
      this.edit((p) => moveStatement(p, id, key), this.localize.t('announce.movedTo', { section: sectionName(this.localize, key) }));
      this.focusItem(id, '[data-action="edit"]');
    },
    removeStatement: (id, text) => {
      this.edit((p) => removeStatement(p, id), this.localize.t('announce.removed', { text: snippet(text) }));
      if (this.editing === id) this.editing = null;
    },
    setMenu: (id, open) => {
      if (open) this.openMenu = id;
      else if (this.openMenu === id) this.openMenu = null;
    },
    setOtherName: (id, on) => (this.otherName = { ...this.otherName, [id]: on }),
    dragStart: (id) => (this.dragId = id),
    drop: (key: ListKey) => {
      const id = this.dragId;
      this.dragId = null;
      if (id) this.actions.moveTo(id, key);
    },
  };

  private addMember(names: NameBook): void {
    if (!this.newMember) { this.editor.showAlert(this.localize.t('network.choose')); return; }
    const m = this.newMember, role = this.newRole.trim();
    this.edit((p) => addNetworkMember(p, role ? { memberId: m, role } : { memberId: m }), this.localize.t('network.added', { name: names.name(m) }));
    this.newMember = '';
    this.newRole = '';
  }

  private addRating(names: NameBook): void {
    const r = this.newRating;
    if (!r.by || r.score === '' || !/^\d{4}-\d{2}-\d{2}$/.test(r.at)) { this.editor.showAlert(this.localize.t('scale.incomplete')); return; }
    const rating: ScaleRating = { id: newId(), by: r.by, score: Number(r.score), at: r.at, ...(r.note.trim() ? { note: r.note.trim() } : {}) };
    this.edit((p) => addRating(p, rating), this.localize.t('scale.added', { name: names.name(r.by), score: r.score }));
    this.newRating = { by: '', score: '', at: r.at, note: '' };
  }

  override render() {
    const { issues, bundle } = this.caseData;
    const plan = this.plan;
    const l = this.localize;
    const ctx: PlanViewContext = {
      t: (key, params) => l.t(key, params),
      date: (d, opts) => l.date(d, opts),
      locale: l.locale,
      names: this.names(bundle),
      editable: this.editable,
      selected: this.selectedId(),
      today: this.today || this.currentDay(),
      editing: this.editing,
      openMenu: this.openMenu,
      otherName: this.otherName,
      on: this.actions,
    };
    const alert = this.editor.alert;
    return html`
      <cw-error-summary .issues=${issues}></cw-error-summary>
      ${alert ? alertView(ctx, alert, { keepMine: () => this.editor.keepMine(), discardMine: () => this.editor.discardMine(), close: () => this.editor.closeAlert() }) : nothing}
      ${plan ? this.renderPlan(ctx, plan) : noPlanView(ctx, this.hasData, () => void this.startPlan())}
      ${this.announcer.regions()}
    `;
  }

  private renderPlan(ctx: PlanViewContext, plan: SafetyPlan) {
    const family = this.view === 'family';
    const versions = this.versions(this.caseData.bundle.audit ?? NO_AUDIT, plan.id, snapshotOf(plan));
    const last = lastAgreed(plan, versions, this.editor.baseline ?? this.storedPlan);
    return html`
      ${headerView(ctx, plan, {
        saveState: this.editor.saveState,
        familyView: family,
        toggleFamilyView: () => (this.view = family ? 'professional' : 'family'),
        print: (v) => void this.print(v),
        agree: () => void this.agree(),
      })}
      ${ctx.selected ? selectionNotice(ctx, ctx.selected, countConcerns(plan, ctx.selected)) : nothing}
      <div class="professional-version" ?hidden=${family}>
        ${mapView(ctx, plan)}
        ${scalingView(ctx, plan, this.scales(plan.scales ?? NO_RATINGS, ctx.names), {
          value: this.newRating,
          set: (patch) => (this.newRating = { ...this.newRating, ...patch }),
          add: () => this.addRating(ctx.names),
        })}
        ${stepsView(ctx, plan, this.stepsView, (v) => (this.stepsView = v))}
        ${planSection(ctx, plan, {
          member: this.newMember,
          role: this.newRole,
          setMember: (id) => (this.newMember = id),
          setRole: (role) => (this.newRole = role),
          add: () => this.addMember(ctx.names),
        })}
        ${childView(ctx, plan, this.audience === 'workers' || plan.childView?.consentToShare === true)}
        ${versionsView(ctx, last, this.diff(last, plan), versions, (instant) => dayOf(instant, this.timeZone))}
      </div>
      ${family || this.printVersion === 'family' ? familyVersion(ctx, plan) : nothing}
    `;
  }
}
