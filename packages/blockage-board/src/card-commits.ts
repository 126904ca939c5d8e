import type { ReactiveControllerHost } from 'lit';
import {
  ConflictController,
  makeChange,
  plainText,
  type Blockage,
  type BlockageStatus,
  type Change,
  type ChangeResult,
  type FocusController,
} from '@opencasework/core';
import { COMPARED_FIELDS, withMeToo, withStatus, type ComparedField } from './card-ops.js';
import type { BoardKey } from './messages/index.js';
import type { Translate } from './format.js';

/** What saving cards needs from the board. */
export interface CardCommitsHost {
  editable(): boolean;
  /** Who is editing, for the audit trail. */
  auditActor(): string;
  commit(change: Change): Promise<ChangeResult>;
  t: Translate;
  status(s: BlockageStatus): string;
  category(c: Blockage['category']): string;
  say(text: string): void;
  fail(r: ChangeResult & { ok: false }): void;
  focus: FocusController;
  focusCard(id: string): void;
  /** A card was moved (its "Move to" menu closes). */
  moved(id: string): void;
  /** After a conflict on a card, the debrief continues from the version the person chose. */
  afterConflict(id: string, keptMine: boolean): void;
  /** Closes the edit form of this card, if open. */
  dropEdit(id: string): void;
  /** Opens the edit form with `draft`, saved with `before` as the version it started from. */
  openEdit(draft: Blockage, before: Blockage): void;
}

const FIELD_LABEL: Record<ComparedField, BoardKey> = {
  title: 'field.title',
  detail: 'field.detail',
  category: 'field.category',
  status: 'field.status',
  owner: 'field.owner',
  hoursLostPerWeek: 'field.hours',
  metToo: 'field.meToo',
  resolution: 'field.resolution',
  actions: 'field.actions',
};

/**
 * Saves cards one at a time. Each change carries the card as the person saw it, so a change someone else saved first
 * comes back as a conflict (shown side by side) and is never overwritten; "me too" is the exception: it commutes,
 * so on a conflict it is added to the newer version.
 */
export class CardCommits {
  /** Two versions of one card, waiting for the person to choose (core's conflict panel). */
  readonly conflict: ConflictController<Blockage>;
  /** Cards this person said "me too" to on this page. */
  meTooDone = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly board: CardCommitsHost,
  ) {
    this.conflict = new ConflictController<Blockage>(host, {
      fields: COMPARED_FIELDS,
      // Bookkeeping: set with the status (and put right after a rebase).
      ignore: ['resolvedAt'],
      label: (f) => (f in FIELD_LABEL ? board.t(FIELD_LABEL[f as ComparedField]) : f),
      text: (f, v, b) => (f === 'status' ? board.status(b.status) : f === 'category' ? board.category(b.category) : plainText(v)),
      focus: board.focus,
      keepMine: async (record, theirs) => {
        board.afterConflict(record.id, true);
        // Mine laid on theirs: the resolved date follows the status the card ends with.
        const card = withStatus(record, record.status, new Date().toISOString());
        if (!(await this.save(theirs ?? null, card, board.t('conflict.keptMine')))) return false;
        board.dropEdit(record.id);
        board.focusCard(record.id);
        return true;
      },
      keepTheirs: (theirs, { id }) => {
        board.afterConflict(id, false);
        board.dropEdit(id);
        board.say(board.t('conflict.tookTheirs'));
        if (theirs) board.focusCard(id);
      },
      mergeByHand: (start, theirs) => {
        board.afterConflict(start.id, false);
        board.openEdit(withStatus(start, start.status, new Date().toISOString()), theirs);
      },
    });
  }

  /** Saves one card. On a conflict, opens the conflict panel instead of overwriting. */
  async save(before: Blockage | null, after: Blockage, done: string): Promise<boolean> {
    const r = await this.board.commit(makeChange('Blockage', before ? 'update' : 'create', this.board.auditActor(), before, after));
    if (r.ok) {
      // A card merged by hand has been saved: the comparison it was made from closes.
      if (this.conflict.current?.mine.id === after.id && this.conflict.step === 'merging') this.conflict.close();
      this.board.say(done);
      return true;
    }
    if (r.reason === 'conflict' && before) {
      this.conflict.open({ entity: 'Blockage', base: before, mine: after, theirs: r.current as Blockage | undefined, title: after.title });
    }
    this.board.fail(r);
    return false;
  }

  async move(b: Blockage, to: BlockageStatus, refocus: boolean): Promise<void> {
    if (!this.board.editable() || b.status === to) return;
    const done = this.board.t('status.moved', { title: b.title, status: this.board.status(to) });
    if (!(await this.save(b, withStatus(b, to, new Date().toISOString()), done))) return;
    this.board.moved(b.id);
    if (refocus) this.board.focusCard(b.id);
  }

  /** One more person hit this blockage; answers true when it counted (or had already counted from this page). */
  async meToo(b: Blockage): Promise<boolean> {
    if (!this.board.editable()) return false;
    if (this.meTooDone.has(b.id)) {
      this.board.say(this.board.t('status.meTooAlready', { title: b.title }));
      return true;
    }
    let current = b;
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await this.board.commit(makeChange('Blockage', 'update', this.board.auditActor(), current, withMeToo(current)));
      if (r.ok) {
        this.meTooDone = new Set([...this.meTooDone, b.id]);
        this.host.requestUpdate();
        this.board.say(this.board.t('status.meToo', { title: b.title }));
        return true;
      }
      if (r.reason !== 'conflict' || !r.current) {
        this.board.fail(r);
        return false;
      }
      current = r.current as Blockage;
    }
    return false;
  }
}
