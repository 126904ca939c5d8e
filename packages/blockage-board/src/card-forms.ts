import type { ReactiveControllerHost } from 'lit';
import { memo, newId, type Blockage, type FocusController } from '@opencasework/core';
import { newBlockage, withAction, withStatus } from './card-ops.js';
import { EMPTY_RAISE, checkHours, checkTitle, editText, raiseText, type RaiseDraft } from './raise.js';
import { findSensitiveText, type SensitiveMatch } from './sensitive-text.js';
import type { EditState } from './views/edit-form.js';
import type { Translate } from './format.js';

/** What the raise and edit forms need from their board. */
export interface CardFormsHost {
  /** Who is signed in ('' when nobody): a card shows the name only when the person chooses. */
  actor(): string;
  knownNames(): readonly string[];
  caseNumberPatterns(): RegExp[] | undefined;
  /** Saves one card (a conflict opens the conflict view and answers false). */
  saveCard(before: Blockage | null, after: Blockage, done: string): Promise<boolean>;
  t: Translate;
  warn(text: string): void;
  focus: FocusController;
  focusCard(id: string): void;
}

const check = (text: string, knownNames: readonly string[], patterns: RegExp[] | undefined) =>
  findSensitiveText(text, { knownNames, ...(patterns ? { caseNumberPatterns: patterns } : {}) });

/**
 * The raise form and the edit form: their drafts, their checks (title, hours, text that could identify a family,
 * which is pointed out once and then saved if the person goes on) and their saves.
 */
export class CardForms {
  raise: RaiseDraft = EMPTY_RAISE;
  raiseError = '';
  editing: EditState | null = null;
  /** The text the person already saw flagged and chose to save anyway. */
  private confirmedText: string | null = null;
  private readonly raiseCheck = memo(check);
  private readonly editCheck = memo(check);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly board: CardFormsHost,
  ) {}

  private changed(): void {
    this.host.requestUpdate();
  }

  private flags(text: string, which: 'raise' | 'edit'): SensitiveMatch[] {
    return (which === 'raise' ? this.raiseCheck : this.editCheck)(text, this.board.knownNames(), this.board.caseNumberPatterns());
  }

  /** The flags on the raise form's text, and whether the next submit saves anyway. */
  raiseFlags(): { flags: SensitiveMatch[]; confirming: boolean } {
    const text = raiseText(this.raise);
    const flags = this.flags(text, 'raise');
    return { flags, confirming: flags.length > 0 && this.confirmedText === text };
  }

  editFlags(ed: EditState): { flags: SensitiveMatch[]; confirming: boolean } {
    const text = editText(ed.draft, ed.newAction);
    const flags = this.flags(text, 'edit');
    return { flags, confirming: flags.length > 0 && this.confirmedText === text };
  }

  /** True when the text has flags the person has not seen yet: they are pointed out and the save waits. */
  private holdForCheck(text: string, which: 'raise' | 'edit'): boolean {
    const flags = this.flags(text, which);
    if (!flags.length || this.confirmedText === text) return false;
    this.confirmedText = text;
    this.board.warn(this.board.t('sensitive.alert', { count: flags.length }));
    this.changed();
    return true;
  }

  readonly input = (patch: Partial<RaiseDraft>): void => {
    this.raise = { ...this.raise, ...patch };
    if (patch.title !== undefined) this.raiseError = '';
    this.changed();
  };

  resetRaise(): void {
    this.raise = EMPTY_RAISE;
    this.raiseError = '';
    this.confirmedText = null;
    this.changed();
  }

  readonly submitRaise = async (e: Event): Promise<void> => {
    e.preventDefault();
    const { t } = this.board;
    const title = checkTitle(this.raise);
    this.raiseError = title.ok ? '' : t(title.error, title.params);
    this.changed();
    if (!title.ok) {
      if (title.error === 'raise.errorEmpty') this.board.focus.after('#raise-title');
      return;
    }
    if (this.holdForCheck(raiseText(this.raise), 'raise')) return;
    const hours = checkHours(this.raise);
    if (!hours.ok) {
      this.raiseError = t(hours.error);
      this.changed();
      return;
    }
    const d = this.raise;
    const actor = this.board.actor();
    const b = newBlockage(
      newId(),
      {
        title: hours.title,
        category: d.category,
        hoursLostPerWeek: hours.hours,
        detail: d.detail,
        ...(d.named && actor ? { raisedBy: actor } : {}),
      },
      new Date().toISOString(),
    );
    if (await this.board.saveCard(null, b, t('announce.raised', { title: hours.title }))) {
      this.resetRaise();
      this.board.focus.after('#raise-title');
    }
  };

  /** Opens a card for editing; `before` is the version the change replaces (theirs, after "merge by editing"). */
  openEdit(b: Blockage, before: Blockage = b): void {
    this.editing = { before, draft: { ...b }, newAction: '' };
    this.confirmedText = null;
    this.changed();
    this.board.focus.after('#edit-title');
  }

  /** Empty values remove the field. */
  readonly patchDraft = (patch: Partial<Blockage>): void => {
    if (!this.editing) return;
    const draft: Blockage = { ...this.editing.draft, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete (draft as Record<string, unknown>)[k];
    this.editing = { ...this.editing, draft };
    this.changed();
  };

  readonly newAction = (newAction: string): void => {
    if (this.editing) this.editing = { ...this.editing, newAction };
    this.changed();
  };

  /** Closes the edit form and returns focus to the card. */
  readonly closeEdit = (focusId?: string): void => {
    const id = focusId ?? this.editing?.before.id;
    this.editing = null;
    this.confirmedText = null;
    this.changed();
    if (id) this.board.focusCard(id);
  };

  /** Closes the edit form if it is editing this card (someone's version of it was just kept). */
  dropEdit(id: string): void {
    if (this.editing?.before.id === id) {
      this.editing = null;
      this.changed();
    }
  }

  readonly submitEdit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const ed = this.editing;
    if (!ed) return;
    if (!ed.draft.title?.trim()) {
      this.board.warn(this.board.t('raise.errorEmpty'));
      return;
    }
    if (this.holdForCheck(editText(ed.draft, ed.newAction), 'edit')) return;
    const at = new Date().toISOString();
    let after = withStatus({ ...ed.draft, title: ed.draft.title.trim() }, ed.draft.status, at);
    if (ed.before.status === 'resolved' && after.status === 'resolved' && ed.before.resolvedAt) after.resolvedAt = ed.before.resolvedAt;
    after = withAction(after, ed.newAction, at, this.board.actor() || undefined);
    if (await this.board.saveCard(ed.before, after, this.board.t('status.saved', { title: after.title }))) this.closeEdit(after.id);
  };
}
