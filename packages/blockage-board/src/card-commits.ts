import type { ReactiveControllerHost } from 'lit';
import { makeChange, type Blockage, type BlockageStatus, type Change, type ChangeResult, type FocusController } from '@opencasework/core';
import { withMeToo, withStatus } from './card-ops.js';
import type { ConflictState } from './views/conflict.js';
import type { Translate } from './format.js';

/** What saving cards needs from the board. */
export interface CardCommitsHost {
  editable(): boolean;
  /** Who is editing, for the audit trail. */
  auditActor(): string;
  commit(change: Change): Promise<ChangeResult>;
  t: Translate;
  status(s: BlockageStatus): string;
  say(text: string): void;
  fail(r: ChangeResult & { ok: false }): void;
  focus: FocusController;
  focusCard(id: string): void;
  /** A card was moved (its "Move to" menu closes). */
  moved(id: string): void;
}

/**
 * Saves cards one at a time. Each change carries the card as the person saw it, so a change someone else saved first
 * comes back as a conflict (shown side by side) and is never overwritten; "me too" is the exception: it commutes,
 * so on a conflict it is added to the newer version.
 */
export class CardCommits {
  /** Two versions of one card, waiting for the person to choose. */
  conflict: ConflictState | null = null;
  /** Cards this person said "me too" to on this page. */
  meTooDone = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly board: CardCommitsHost,
  ) {}

  /** Saves one card. On a conflict, opens the conflict view instead of overwriting. */
  async save(before: Blockage | null, after: Blockage, done: string): Promise<boolean> {
    const r = await this.board.commit(makeChange('Blockage', before ? 'update' : 'create', this.board.auditActor(), before, after));
    if (r.ok) {
      this.board.say(done);
      return true;
    }
    if (r.reason === 'conflict' && before) {
      this.conflict = { base: before, mine: after, theirs: r.current as Blockage | undefined, message: r.message };
      this.host.requestUpdate();
      this.board.focus.after('#conflict-heading');
    }
    this.board.fail(r);
    return false;
  }

  /** The person chose: the conflict view closes. */
  resolved(): void {
    this.conflict = null;
    this.host.requestUpdate();
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
