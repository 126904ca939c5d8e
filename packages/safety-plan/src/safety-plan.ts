import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Announcer,
  CaseElement,
  FocusController,
  LocalizeController,
  PrintController,
  UndoController,
  dayOf,
  emit,
  memo,
  type AuditEvent,
  type CaseBundle,
  type Params,
  type SafetyPlan,
  type SaveState,
  type ScaleRating,
} from '@opencasework/core';
import { safetyPlanStyles } from './safety-plan.styles.js';
import { safetyPlanMessages, type SafetyPlanKey } from './messages/index.js';
import { contentOf, snapshotOf } from './plan-edit.js';
import { changesSince, diffPlans, lastAgreed, versionsFrom, type AgreedVersion } from './version-diff.js';
import { chartLayout, scaleModel, type ScaleModel } from './scaling.js';
import { NameBook } from './names.js';
import { PlanEditor } from './plan-editor.js';
import { PlanInteraction } from './plan-interaction.js';
import { childTest, countConcerns, currentPlan, statusOf } from './plan-model.js';
import { PLAN_FIELD_LABELS, planFieldText } from './plan-conflict.js';
import type { PlanViewContext } from './views/context.js';
import { alertView, headerView, noPlanView, planRefused, selectionNotice } from './views/header.js';
import { mapView } from './views/map.js';
import { scalingView } from './views/scaling.js';
import { stepsView } from './views/steps.js';
import { planSection } from './views/plan-section.js';
import { childView } from './views/child-view.js';
import { versionsView } from './views/versions.js';
import { familyVersion } from './views/family-version.js';
import { PlainLanguageController } from './plain-language-loader.js';
import { skipLinks } from './views/skip-links.js';

/** Who is looking: the plan's own workers, the family, or a wider audience (other agencies, a conference). */
export type Audience = 'workers' | 'family' | 'wider';
export type PrintVersion = 'family' | 'professional';
export type { SaveState };

const NO_AUDIT: readonly AuditEvent[] = [];
const NO_RATINGS: readonly ScaleRating[] = [];
const NO_PLANS: readonly SafetyPlan[] = [];

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
 * @csspart conflict - The panel shown when someone else changed the plan being saved (theirs beside mine).
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
  /**
   * Shows the roles of professionals marked `sensitiveRole` (and their role in the safety network). Off by default:
   * the plan names them without a role on screen, on paper and in the family version, as the family network does.
   */
  @property({ type: Boolean, attribute: 'show-sensitive-roles' }) showSensitiveRoles = false;

  private readonly localize = new LocalizeController<SafetyPlanKey>(this, safetyPlanMessages);
  private readonly focusing = new FocusController(this);
  private readonly announcer = new Announcer(this);
  /** The plain-language helper (glossary) loads on demand: the family version and the edit forms' advice. */
  private readonly plainLanguage = new PlainLanguageController(this);
  private readonly printer = new PrintController(this, {
    prepare: (mode) => {
      if (mode === 'family' || mode === 'professional') this.printVersion = mode;
    },
  });
  private readonly editor = new PlanEditor(this, {
    stored: () => this.storedPlan,
    editable: () => this.editable,
    delay: () => this.autosaveDelay,
    actor: () => this.effectiveActor,
    commit: (change) => this.commit(change),
    message: (key, params) => this.localize.t(key, params),
    announce: (text) => this.announcer.polite(text),
    onSaveState: (state) => emit(this, 'cw-save-state', { state }),
    held: () => this.undo.pending,
    field: {
      label: (f) => (f in PLAN_FIELD_LABELS ? this.localize.t(PLAN_FIELD_LABELS[f]!) : f),
      text: (f, v, plan, plain) => {
        if (f !== 'status') return planFieldText(f, v, this.names(this.caseData.bundle, this.showSensitiveRoles), plain);
        const st = statusOf(plan);
        return this.localize.t(st.key, { version: st.version, agreed: st.agreed });
      },
    },
  });
  private readonly ui = new PlanInteraction(this, {
    plan: () => this.plan,
    names: () => this.names(this.caseData.bundle, this.showSensitiveRoles),
    t: (key, params) => this.localize.t(key, params),
    edit: (fn, announce) => this.editor.edit(this.plan, fn, announce),
    announce: (text) => this.announcer.polite(text),
    alert: (text) => this.editor.showAlert(text),
    focusItem: (id, ...selectors) => {
      const item = `[data-id="${CSS.escape(id)}"]`;
      this.focusing.after(...selectors.map((s) => `${item} ${s}`), item);
    },
    select: (selection) => this.select(selection),
    flush: () => this.flush(),
    offerUndo: (offer) => this.undo.offer(offer),
    focus: (...selectors) => this.focusing.after(...selectors),
  });
  /** "Deleted … Undo": a deletion is held back from autosave while the notice offers to take it back. */
  private readonly undo = new UndoController(this, {
    announce: (text) => this.announcer.polite(text),
    settled: () => this.editor.release(),
  });

  private readonly names = memo((bundle: CaseBundle, showSensitiveRoles: boolean) => new NameBook(bundle, { showSensitiveRoles }));
  /** `t` for the views, the same function while the language and its catalogue stay (item templates compare it). */
  private readonly translator = memo(
    (_locale: string, _loaded: boolean) =>
      (key: SafetyPlanKey, params?: Params): string =>
        this.localize.t(key, params),
  );
  private readonly selectPlan = memo(currentPlan);
  /** Agreed versions, recomputed only when the plan's id, its snapshot or the audit trail change (not on every keystroke). */
  private readonly versions = memo((audit: readonly AuditEvent[], planId: string, snap: ReturnType<typeof snapshotOf>) =>
    versionsFrom(planId, snap, audit),
  );
  private readonly childTest = memo((names: NameBook, childIds: readonly string[] | undefined, subjects: readonly string[] | undefined) =>
    childTest(names, childIds, subjects),
  );
  private readonly scales = memo((ratings: readonly ScaleRating[], names: NameBook, isChild: (by: string, at: string) => boolean) =>
    scaleModel(ratings, (by) => names.group(by), isChild),
  );
  private readonly diff = memo((last: AgreedVersion | undefined, plan: SafetyPlan) =>
    last ? diffPlans(last.content, contentOf(plan)) : undefined,
  );
  /** The chart's layout, again only when the scores, the names, the width or the language change (not on every keystroke). */
  private readonly layout = memo((model: ScaleModel, names: NameBook, width: number, _locale: string) =>
    chartLayout(model.series, model.dates, (by, score) => this.localize.t('scale.endLabel', { name: names.name(by), score }), width),
  );
  private readonly recorded = memo((planId: string, last: AgreedVersion | undefined, audit: readonly AuditEvent[]) =>
    last ? changesSince(planId, last, audit) : [],
  );
  private announcedFor: string | undefined;
  /** The element's width (CSS px, in steps of 16), for the chart: its text is never scaled down to fit. */
  @state() private width = 640;
  private resizer: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The width is known before the first render (a block fills its container), so the chart is laid out once.
    const first = Math.floor(this.getBoundingClientRect().width / 16) * 16;
    if (first > 0) this.width = first;
    this.resizer ??= new ResizeObserver((entries) => {
      const w = Math.floor((entries[0]?.contentRect.width ?? 0) / 16) * 16;
      // Re-rendered in the next frame, not inside the observer's callback (a loop error in Firefox otherwise).
      if (w > 0 && w !== this.width) requestAnimationFrame(() => this.isConnected && (this.width = w));
    });
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
  }

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
    this.undo.commit(); // saving now ends the offer to undo a deletion
    return this.editor.flush();
  }

  /** Agrees the plan as it stands: saves the draft, then makes the next numbered version. */
  agree(): Promise<boolean> {
    this.undo.commit();
    return this.editor.agree();
  }

  /** Prints the family or the professional version. */
  print(version: PrintVersion = this.printVersion): Promise<void> {
    return this.printer.print(version);
  }

  /** Also waits for the plain-language helper when a render asked for it (so print() prints the family version whole). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = this.plainLanguage.pending; p; p = this.plainLanguage.pending) {
      await p.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The host replaced the data: a draft of the old data no longer applies.
    if (changed.has('bundle') && changed.get('bundle') !== undefined) {
      this.editor.reset();
      this.undo.commit();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The selection notice is announced through the live region that is already there.
    const who = this.selectedId();
    const plan = this.plan;
    if (who === this.announcedFor) return;
    this.announcedFor = who;
    if (who && plan) {
      const name = this.names(this.caseData.bundle, this.showSensitiveRoles).name(who);
      this.announcer.polite(this.localize.t('selection.notice', { name, count: countConcerns(plan, who) }));
    }
  }

  private selectedId(): string | undefined {
    const s = this.currentSelection;
    return s && (s.kind === 'person' || s.kind === 'professional') ? s.id : undefined;
  }

  /** Shows another plan of the case (the plan picker): saves any draft first. */
  private async pickPlan(id: string): Promise<void> {
    if (id === this.plan?.id) return;
    if (!(await this.flush())) return; // the save failed: the alert says so, and the draft stays
    this.editor.reset();
    this.planId = id;
  }

  /** A skip link's target: a heading takes focus for the moment (tabindex -1), a control as it is. */
  private goTo(selector: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return;
    if (el.matches('h2, h3') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  }

  private async startPlan(): Promise<void> {
    const id = await this.editor.create([...(this.caseData.bundle.case.subjectIds ?? [])]);
    if (id) this.planId = id;
  }

  override render() {
    const { issues, bundle } = this.caseData;
    const plan = this.plan;
    const l = this.localize;
    const ui = this.ui;
    const ctx: PlanViewContext = {
      t: this.translator(l.locale, l.catalogue.isLoaded(l.locale)),
      date: (d, opts) => l.date(d, opts),
      locale: l.locale,
      names: this.names(bundle, this.showSensitiveRoles),
      editable: this.editable,
      selected: this.selectedId(),
      today: this.today || this.currentDay(),
      editing: ui.editing,
      openMenu: ui.openMenu,
      otherName: ui.otherName,
      on: ui.actions,
      undoNotice: (where) => this.undo.view(where),
    };
    const { alert } = this.editor;
    const e = this.editor;
    return html`
      <cw-error-summary .issues=${issues}></cw-error-summary>
      ${alertView(ctx, alert, { close: () => e.closeAlert() })}
      ${e.conflict.view()}
      ${plan ? this.renderPlan(ctx, plan) : noPlanView(ctx, this.hasData, () => void this.startPlan(), planRefused(issues, bundle))}
      ${this.announcer.regions()}
    `;
  }

  private renderScaling(ctx: PlanViewContext, plan: SafetyPlan, isChild: (by: string, at: string) => boolean) {
    const model = this.scales(plan.scales ?? NO_RATINGS, ctx.names, isChild);
    const layout = this.layout(model, ctx.names, this.width, ctx.locale);
    return scalingView(ctx, plan, { model, isChild, layout }, this.ui.ratingForm());
  }

  private renderPlan(ctx: PlanViewContext, plan: SafetyPlan) {
    const family = this.view === 'family';
    const versions = this.versions(this.caseData.bundle.audit ?? NO_AUDIT, plan.id, snapshotOf(plan));
    const last = lastAgreed(plan, versions, this.editor.baseline ?? this.storedPlan);
    const isChild = this.childTest(ctx.names, plan.childIds, this.caseData.bundle.case?.subjectIds);
    return html`
      ${family ? nothing : skipLinks(ctx, (selector) => this.goTo(selector))}
      ${headerView(ctx, plan, {
        saveState: this.editor.saveState,
        familyView: family,
        toggleFamilyView: () => (this.view = family ? 'professional' : 'family'),
        print: (v) => void this.print(v),
        agree: () => void this.agree(),
        agreedUnchanged: plan.status === 'agreed' && last?.version === plan.version && !!this.diff(last, plan)?.empty,
        plans: this.caseData.bundle.safetyPlans ?? NO_PLANS,
        pick: (id) => void this.pickPlan(id),
      })}
      ${ctx.selected ? selectionNotice(ctx, ctx.selected, countConcerns(plan, ctx.selected)) : nothing}
      <div class="professional-version" ?hidden=${family}>
        ${mapView(ctx, plan)}
        ${this.renderScaling(ctx, plan, isChild)}
        ${stepsView(ctx, plan, this.stepsView, (v) => (this.stepsView = v))}
        ${planSection(ctx, plan, this.ui.networkForm())}
        ${childView(ctx, plan, this.audience === 'workers' || plan.childView?.consentToShare === true)}
        ${versionsView(ctx, last, this.diff(last, plan), versions, (instant) => dayOf(instant, this.timeZone), {
          changes: this.recorded(plan.id, last, this.caseData.bundle.audit ?? NO_AUDIT),
          ...(plan.status === 'reviewed' && last?.version !== plan.version ? { unrecorded: plan.version } : {}),
        })}
      </div>
      ${family || this.printVersion === 'family' ? familyVersion(ctx, plan, family && this.audience !== 'family') : nothing}
    `;
  }
}
