import type { Blockage, BlockageCategory } from '@opencasework/core';
import type { BoardKey } from './messages/index.js';

/**
 * The raise form's draft and its checks: pure, no DOM. The text a card's sensitive-text check reads is built here
 * too, for raising and for editing, so both check the same fields.
 */

export interface RaiseDraft {
  title: string;
  category: BlockageCategory | '';
  /** As typed: a decimal comma is accepted. */
  hours: string;
  detail: string;
  /** Show the person's name on the card (anonymous by default). */
  named: boolean;
}

export const EMPTY_RAISE: RaiseDraft = { title: '', category: '', hours: '', detail: '', named: false };

export const MAX_TITLE = 200;

/** The text of a draft the sensitive-text check reads. */
export function raiseText(d: RaiseDraft): string {
  return [d.title, d.detail].filter(Boolean).join('\n');
}

/** The text of a card being edited the sensitive-text check reads, with the action being added. */
export function editText(draft: Blockage, newAction: string): string {
  return [draft.title, draft.detail, draft.resolution, newAction].filter(Boolean).join('\n');
}

export type RaiseCheck =
  { ok: true; title: string; hours: number | null } | { ok: false; error: BoardKey; params?: Record<string, number> };

/** Checks the title; the hours are checked only after the sensitive-text check (as the form always has). */
export function checkTitle(d: RaiseDraft): RaiseCheck {
  const title = d.title.trim();
  if (!title) return { ok: false, error: 'raise.errorEmpty' };
  if (title.length > MAX_TITLE) return { ok: false, error: 'raise.errorLong', params: { count: title.length } };
  return { ok: true, title, hours: null };
}

/** Parses the hours lost a week: empty is "not estimated"; otherwise a number, 0 or more. */
export function checkHours(d: RaiseDraft): RaiseCheck {
  const hours = d.hours.trim() === '' ? null : Number(d.hours.replace(',', '.'));
  if (hours !== null && !(Number.isFinite(hours) && hours >= 0)) return { ok: false, error: 'raise.errorHours' };
  return { ok: true, title: d.title.trim(), hours };
}
