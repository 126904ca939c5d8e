import type { ReactiveControllerHost } from 'lit';
import { makeChange, newId, type Blockage, type Change, type ChangeResult, type FocusController } from '@opencasework/core';
import { debriefRecord, type DebriefOutcome, type DueItem } from './debrief.js';
import * as session from './debrief-session.js';
import type { Translate } from './format.js';

/** What the debrief needs from its board. */
export interface DebriefHost {
  /** The board's cards as they are now. */
  byId(id: string): Blockage | undefined;
  /** Saves one card (a conflict opens the conflict view and answers false). */
  saveCard(before: Blockage, after: Blockage, done: string): Promise<boolean>;
  commit(change: Change): Promise<ChangeResult>;
  /** Who is editing, for the audit trail, and for the actions they record ('' when nobody is signed in). */
  actor(): string;
  auditActor(): string;
  /** Today in the board's time zone. */
  currentDay(): string;
  t: Translate;
  say(text: string): void;
  fail(r: ChangeResult & { ok: false }): void;
  focus: FocusController;
}

/**
 * Runs the weekly debrief: one card at a time, each outcome saved as it is agreed (a change someone else made
 * meanwhile comes back as a conflict, never an overwrite), then the Debrief record. The session itself is the pure
 * `debrief-session.ts`; this controller commits and moves focus.
 */
export class DebriefController {
  /** The session in progress, or null. */
  session: session.DebriefSession | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly board: DebriefHost,
  ) {}

  private set(s: session.DebriefSession | null): void {
    this.session = s;
    this.host.requestUpdate();
  }

  private focusStep(): void {
    this.board.focus.after('#debrief-step');
  }

  /** The card shown now, as the board has it. */
  get current(): Blockage | undefined {
    const id = this.session?.ids[this.session.index];
    return id ? this.board.byId(id) : undefined;
  }

  outcome(b: Blockage | undefined): DebriefOutcome | undefined {
    return b ? session.outcomeFor(this.session, b) : undefined;
  }

  start(due: readonly DueItem[]): void {
    this.set(session.startSession(due, new Date().toISOString()));
    this.focusStep();
  }

  patch(b: Blockage, patch: Partial<DebriefOutcome>): void {
    if (this.session) this.set(session.patchOutcome(this.session, b, patch));
  }

  notes(notes: string): void {
    if (this.session) this.set({ ...this.session, notes });
  }

  /** From the finish page back to the last card. */
  back(): void {
    const s = this.session;
    if (!s) return;
    this.set({ ...s, finished: false, index: s.ids.length - 1 });
    this.focusStep();
  }

  cancel(): void {
    this.set(null);
  }

  /** Save and next (save), previous (-1) or skip (1, not recorded as discussed). */
  async step(step: 1 | -1, save: boolean): Promise<void> {
    const s = this.session;
    if (!s) return;
    const b = this.current;
    if (save && b) {
      const c = session.outcomeChange(s, b, new Date().toISOString(), this.board.actor());
      if (c.changed && !(await this.board.saveCard(c.before, c.after, this.board.t('debrief.savedCard', { title: b.title })))) return;
      this.set(session.recordOutcome(this.session!, b.id, c.outcome));
    } else if (!save && step === 1 && b) {
      this.set(session.skipOutcome(s, b.id));
    }
    this.set(session.stepSession(this.session!, step));
    this.focusStep();
  }

  /** Saves the Debrief record: the cards discussed and the notes. */
  async save(): Promise<void> {
    const s = this.session;
    if (!s) return;
    const outcomes = s.ids.map((id) => s.outcomes[id]).filter((o): o is DebriefOutcome => !!o && !!this.board.byId(o.id));
    const record = debriefRecord(newId(), this.board.currentDay(), outcomes, (id) => this.board.byId(id)?.title ?? id, s.notes);
    const r = await this.board.commit(makeChange('Debrief', 'create', this.board.auditActor(), null, record));
    if (!r.ok) {
      this.board.fail(r);
      return;
    }
    this.set(null);
    this.board.say(this.board.t('debrief.saved', { count: outcomes.length }));
    this.board.focus.after('#debrief-heading');
  }

  /** After a conflict on a card, the session continues from the version the person chose. */
  afterConflict(id: string, keptMine: boolean): void {
    if (this.session) this.set(session.afterConflict(this.session, id, keptMine));
  }
}
