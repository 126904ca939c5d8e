import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { guard } from 'lit/directives/guard.js';
import {
  Announcer,
  caseContext,
  download,
  emit,
  FocusController,
  LocalizeController,
  memo,
  PrintController,
  today,
} from '@opencasework/core';
import type { CaseContextValue } from '@opencasework/core';
import type { Blockage, BlockageStatus, TeamBoard } from '@opencasework/core';
import { BoardElement } from './board-element.js';
import { boardStyles } from './blockage-board.styles.js';
import { boardMessages } from './messages/index.js';
import { boardFormat } from './format.js';
import { boardModel } from './board-model.js';
import { measureBoard, isOpen, type BoardMeasures } from './measures.js';
import { findSimilar } from './similarity.js';
import { dueForDebrief, lastDebrief } from './debrief.js';
import { blockagesToCsv } from './csv.js';
import { DEFAULT_STUCK_WEEKS, EMPTY_FILTERS, type BoardFilters } from './filters.js';
import { namesFromPeople } from './sensitive-text.js';
import { CardForms, type CardFormsHost } from './card-forms.js';
import { headerView, printMetaView, type BoardView } from './views/toolbar.js';
import { raiseFormView } from './views/raise-form.js';
import { filtersView } from './views/filters.js';
import { columnsView } from './views/columns.js';
import { cardView, type CardActions } from './views/card.js';
import { editFormView } from './views/edit-form.js';
import { CardCommits, type CardCommitsHost } from './card-commits.js';
import { debriefView } from './views/debrief.js';
import { measuresView } from './views/measures.js';
import { loadStateView, noticeView, type Notice } from './views/notice.js';
import { DebriefController, type DebriefHost } from './debrief-controller.js';
import { MoveController, type MoveHost } from './move-controller.js';

/**
 * A team's blockage board: what takes time away from work with children and families, raised in seconds, reviewed
 * in a weekly debrief, acted on, and measured (end-to-end time as a run chart, never against a target).
 *
 * @tag cw-blockage-board
 * @summary A team's board of what wastes its time: raise, debrief, act, measure.
 *
 * @fires cw-change - Before a change is applied; cancel it with preventDefault(). `detail.change` is the change.
 * @fires cw-invalid - The board had invalid records. `detail.issues` lists them.
 * @fires cw-select - The user selected a card. `detail.selection` is `{ kind: 'blockage', id }`.
 * @fires cw-conflict - Someone else changed a card this user was changing. `detail` is `{ id, entity, mine, theirs, message }`.
 *
 * @csspart header - The heading and view switcher.
 * @csspart raise - The raise form.
 * @csspart filters - The filter bar.
 * @csspart columns - The columns container.
 * @csspart column - One status column.
 * @csspart card - One blockage card.
 * @csspart edit - The form for editing a card.
 * @csspart sensitive - The list of text that could identify a family.
 * @csspart debrief - The debrief panel.
 * @csspart measures - The measures panel.
 * @csspart conflict - The panel shown when two people changed the same card.
 *
 * @cssprop --cw-colour-focus - Focus colour (GOV.UK yellow by default).
 * @cssprop --cw-colour-surface - Column background.
 * @cssprop --cw-colour-border - Card border.
 * @cssprop --cw-colour-brand - Chart marks.
 * @cssprop --cw-blockage-column-min - Narrowest a column gets before columns wrap (default 14rem).
 */
export class CwBlockageBoard extends BoardElement {
  static override styles = boardStyles;

  /**
   * Names of people in the team's cases, used only to warn when a card seems to name someone. Never shown or stored.
   * When empty, the names of the people in an enclosing `<cw-case>` are used.
   */
  @property({ attribute: false }) knownNames: string[] = [];
  /** A card open (not resolved) for more than this many weeks is marked "stuck" and found by the stuck filter. */
  @property({ type: Number, attribute: 'stuck-after-weeks' }) stuckAfterWeeks = DEFAULT_STUCK_WEEKS;
  /** The host's case number patterns for the sensitive-text check; defaults cover common forms. */
  @property({ attribute: false }) caseNumberPatterns: RegExp[] | undefined = undefined;
  /** The time measures and ages are taken at (ms since the epoch). Defaults to now; set it for reproducible views. */
  @property({ attribute: false }) now: number | undefined = undefined;
  /** Which view opens: 'board', 'debrief' or 'measures'. */
  @property({ reflect: true }) view: BoardView = 'board';

  /** The case around the board, when it sits inside a `<cw-case>`: its people are the known names. */
  @consume({ context: caseContext, subscribe: true }) @state() private caseCtx?: CaseContextValue;

  @state() private filters: BoardFilters = { ...EMPTY_FILTERS };
  /** The last message, shown on screen (the announcer speaks it). */
  @state() private notice: Notice | null = null;

  private readonly l10n = new LocalizeController(this, boardMessages);
  private readonly announcer = new Announcer(this);
  private readonly focuser = new FocusController(this);
  private readonly printer = new PrintController(this);
  /** What the board's controllers may ask of it. */
  private readonly ops: DebriefHost & CardFormsHost & MoveHost & CardCommitsHost = {
    byId: (id) => this.byId(id),
    cardEl: (id) => this.cardEl(id),
    editable: () => this.editable,
    actor: () => this.actor,
    auditActor: () => this.effectiveActor,
    knownNames: () => this.names,
    caseNumberPatterns: () => this.caseNumberPatterns,
    currentDay: () => this.currentDay(),
    saveCard: (before, after, done) => this.cards.save(before, after, done),
    moved: (id) => this.moves.moved(id),
    status: (s) => this.f.status(s),
    commit: (change) => this.commit(change),
    move: (b, to) => void this.move(b, to, true),
    t: (k, p) => this.f.t(k, p),
    say: (text) => this.say(text),
    warn: (text) => this.warn(text),
    fail: (r) => this.warn(this.f.failure(r)),
    focus: this.focuser,
    focusCard: (id) => this.focusCard(id),
    category: (c) => this.f.category(c),
    afterConflict: (id, keptMine) => this.debrief.afterConflict(id, keptMine),
    dropEdit: (id) => this.forms.dropEdit(id),
    openEdit: (draft, before) => this.forms.openEdit(draft, before),
  };
  private readonly cards = new CardCommits(this, this.ops);
  private readonly debrief = new DebriefController(this, this.ops);
  private readonly forms = new CardForms(this, this.ops);
  private readonly moves = new MoveController(this, this.ops);
  private readonly format = memo((locale: string, _loaded: boolean, timeZone: string) =>
    boardFormat((k, p) => this.l10n.t(k, p), locale, this.l10n.dateLocale, timeZone),
  );
  private readonly model = memo(boardModel);
  private readonly measuresOf = memo(measureBoard);
  private readonly dueOf = memo((doc: TeamBoard) => dueForDebrief(doc));
  private readonly similarTo = memo((title: string, blockages: readonly Blockage[]) =>
    findSimilar(title, blockages).map((s) => s.blockage),
  );

  private readonly caseNames = memo((people: readonly Parameters<typeof namesFromPeople>[0][number][]) => namesFromPeople(people));

  /** The names the sensitive-text check looks for: the host's, or else the enclosing case's people. */
  private get names(): readonly string[] {
    if (this.knownNames.length) return this.knownNames;
    return this.caseCtx ? this.caseNames(this.caseCtx.bundle.people ?? []) : [];
  }

  private get stuckWeeks(): number {
    const w = Number(this.stuckAfterWeeks);
    return Number.isFinite(w) && w > 0 ? w : DEFAULT_STUCK_WEEKS;
  }

  /** The time ages and measures are taken at: `now`, or the current minute. */
  private get nowMs(): number {
    return this.now ?? Math.floor(Date.now() / 60_000) * 60_000;
  }

  private get blockages(): Blockage[] {
    return this.doc.blockages ?? [];
  }

  private get f() {
    return this.format(this.l10n.locale, boardMessages.isLoaded(this.l10n.locale), this.timeZone);
  }

  /** The measures of the whole board (computed, never stored). */
  get measures(): BoardMeasures {
    return this.measuresOf(this.blockages, this.nowMs);
  }

  /** The board as CSV: every blockage with its measures (formula-guarded). */
  toCsv(): string {
    return blockagesToCsv(this.blockages, this.nowMs);
  }

  protected override onRemoteChange(): void {
    // A card being edited here that someone else changed: keep the draft; the conflict shows when saving.
    this.say(this.f.t('status.remoteUpdate'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view') && this.view !== 'debrief') this.debrief.session = null;
  }

  // ---------- messages and focus ----------

  private say(text: string): void {
    this.notice = { text, error: false };
    this.announcer.polite(text);
  }

  private warn(text: string): void {
    this.notice = { text, error: true };
    this.announcer.assertive(text);
  }

  private cardEl(id: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('article.card')].find((a) => a.dataset.id === id);
  }

  private focusCard(id: string): void {
    this.focuser.after(() => this.cardEl(id));
  }

  private byId(id: string): Blockage | undefined {
    return this.blockages.find((b) => b.id === id);
  }

  // ---------- saving cards ----------

  /** Moves a card (the two-tab tests call this directly). */
  private move(b: Blockage, to: BlockageStatus, refocus: boolean): Promise<void> {
    return this.cards.move(b, to, refocus);
  }

  private async meToo(b: Blockage, fromRaise = false): Promise<void> {
    if ((await this.cards.meToo(b)) && fromRaise) this.forms.resetRaise();
  }

  // ---------- cards ----------

  private readonly cardActions: CardActions = {
    onKeydown: this.moves.keydown,
    onDragStart: this.moves.dragStart,
    onDragEnd: this.moves.dragEnd,
    onSelect: (b) => emit(this, 'cw-select', { selection: { kind: 'blockage', id: b.id } }),
    onMeToo: (b) => void this.meToo(b),
    onEdit: (b) => this.forms.openEdit(b),
    onToggleMove: this.moves.toggleMenu,
    onCloseMove: this.moves.closeMenu,
    onMove: (b, to) => void this.move(b, to, true),
  };

  // ---------- export and render ----------

  private readonly downloadCsv = (): void => {
    const name = `blockages-${this.doc.team || this.doc.id || 'board'}-${this.currentDay()}`.toLowerCase();
    download(name, 'csv', [`\ufeff${this.toCsv()}`], 'text/csv;charset=utf-8', this.renderRoot);
    this.say(this.f.t('status.exported', { count: this.blockages.length }));
  };

  private readonly setFilters = (patch: Partial<BoardFilters>): void => {
    this.filters = { ...this.filters, ...patch };
  };

  private readonly setView = (v: BoardView): void => {
    this.view = v;
    this.notice = null;
    this.announcer.clear();
  };

  override render() {
    const f = this.f;
    return html`
      <cw-error-summary .issues=${this.issues}></cw-error-summary>
      ${headerView({ f, team: this.doc.team ?? '', view: this.view, onView: this.setView, onCsv: this.downloadCsv, onPrint: () => void this.printer.print() })}
      ${this.announcer.regions()}
      ${noticeView(this.notice)}
      ${
        loadStateView(f, this.loadState, this.boardId) ??
        html`${this.cards.conflict.view()}
        ${this.renderEdit()}
        ${this.view === 'board' ? this.renderBoard() : this.view === 'debrief' ? this.renderDebrief() : this.renderMeasures()}`
      }
    `;
  }

  private renderMeasures() {
    return measuresView({ f: this.f, measures: this.measures, total: this.blockages.length });
  }

  private renderEdit() {
    const ed = this.forms.editing;
    if (!ed) return nothing;
    return editFormView({
      f: this.f,
      editing: ed,
      owners: this.model(this.blockages, this.filters, this.nowMs, this.stuckWeeks).owners,
      ...this.forms.editFlags(ed),
      onPatch: this.forms.patchDraft,
      onNewAction: this.forms.newAction,
      onSubmit: (e) => void this.forms.submitEdit(e),
      onCancel: () => this.forms.closeEdit(),
    });
  }

  private renderBoard() {
    const { f, blockages, nowMs: now, editable } = this;
    const model = this.model(blockages, this.filters, now, this.stuckWeeks);
    const stuckWeeks = this.stuckWeeks;
    const { forms } = this;
    return html`
      ${printMetaView(f, today(this.timeZone, new Date(now)), blockages.filter(isOpen).length)}
      ${
        editable
          ? raiseFormView({
              f,
              draft: forms.raise,
              error: forms.raiseError,
              similar: this.similarTo(forms.raise.title, blockages),
              ...forms.raiseFlags(),
              actor: this.actor,
              onInput: forms.input,
              onSubmit: (e) => void forms.submitRaise(e),
              onMeToo: (b) => void this.meToo(b, true),
            })
          : nothing
      }
      ${filtersView({
        f,
        filters: this.filters,
        owners: model.owners,
        shown: model.shown,
        total: blockages.length,
        stuck: model.stuck.size,
        stuckWeeks,
        onChange: this.setFilters,
        onClear: () => {
          this.setFilters(EMPTY_FILTERS);
          // The button goes with the filters: focus the first filter, not <body> (issue 16 point 4).
          this.focuser.after('#f-query');
        },
      })}
      ${columnsView({
        f,
        columns: model.columns,
        editable,
        empty: blockages.length === 0,
        dropTarget: this.moves.dropTarget,
        card: (b) => {
          const key = model.keys.get(b.id)!;
          const meTooDone = this.cards.meTooDone.has(b.id);
          const moveOpen = this.moves.menuFor === b.id;
          const stuck = model.stuck.has(b.id);
          return guard([b, key, f, editable, meTooDone, moveOpen, now, stuck, stuckWeeks], () =>
            cardView({ f, b, key, now, editable, meTooDone, moveOpen, stuck, stuckWeeks, actions: this.cardActions }),
          );
        },
        onDragOver: this.moves.dragOver,
        onDragLeave: this.moves.dragLeave,
        onDrop: this.moves.drop,
      })}`;
  }

  private renderDebrief() {
    const current = this.debrief.current;
    const due = this.dueOf(this.doc);
    return debriefView({
      f: this.f,
      session: this.debrief.session,
      lastDate: lastDebrief(this.doc.debriefs)?.date,
      due,
      editable: this.editable,
      now: this.nowMs,
      owners: this.model(this.blockages, this.filters, this.nowMs, this.stuckWeeks).owners,
      current,
      outcome: this.debrief.outcome(current),
      onStart: () => this.debrief.start(due),
      onPatch: (b, patch) => this.debrief.patch(b, patch),
      onNotes: (notes) => this.debrief.notes(notes),
      onStep: (step, save) => void this.debrief.step(step, save),
      onBack: () => this.debrief.back(),
      onSave: () => void this.debrief.save(),
      onCancel: () => this.debrief.cancel(),
    });
  }
}
