import type { Blockage } from '@opencasework/core';
import { withAction, withOwner, withStatus } from './card-ops.js';
import type { DebriefOutcome, DueItem } from './debrief.js';

/**
 * A debrief in progress: which cards, which one is shown, what the facilitator recorded for each. Pure: every
 * function returns a new session. The element keeps one in its state and commits the cards it returns.
 */
export interface DebriefSession {
  startedAt: string;
  /** Each card as it was when the facilitator started typing about it: the `before` of its change. */
  bases: Record<string, Blockage>;
  ids: string[];
  reasons: Record<string, DueItem['reason']>;
  index: number;
  outcomes: Record<string, DebriefOutcome>;
  notes: string;
  finished: boolean;
}

export function startSession(due: readonly DueItem[], startedAt: string): DebriefSession {
  return {
    startedAt,
    bases: {},
    ids: due.map((d) => d.blockage.id),
    reasons: Object.fromEntries(due.map((d) => [d.blockage.id, d.reason])),
    index: 0,
    outcomes: {},
    notes: '',
    finished: due.length === 0,
  };
}

/** What the form shows for a card: what was typed, over the card's own owner and status (raised defaults to discussed). */
export function outcomeFor(s: DebriefSession | null, b: Blockage): DebriefOutcome {
  const stored = s?.outcomes[b.id] ?? { id: b.id };
  const defaults: DebriefOutcome = {
    id: b.id,
    discussion: '',
    action: '',
    owner: b.owner ?? '',
    status: b.status === 'raised' ? 'discussed' : b.status,
  };
  const given = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== undefined));
  return { ...defaults, ...given };
}

/**
 * Records what the facilitator typed for a card. The card as it was when they started is kept as the change's
 * `before`, so a change someone else makes meanwhile comes back as a conflict instead of being overwritten.
 */
export function patchOutcome(s: DebriefSession, b: Blockage, patch: Partial<DebriefOutcome>): DebriefSession {
  const bases = s.bases[b.id] ? s.bases : { ...s.bases, [b.id]: b };
  return { ...s, bases, outcomes: { ...s.outcomes, [b.id]: { ...outcomeFor(s, b), ...patch } } };
}

/**
 * The card to save for the current one (`changed` false: nothing to save). `current` is the card as the board has it
 * now; the change's `before` is the card as it was when the facilitator started on it.
 */
export function outcomeChange(
  s: DebriefSession,
  current: Blockage,
  at: string,
  actor: string,
): { before: Blockage; after: Blockage; changed: boolean; outcome: DebriefOutcome } {
  const base = s.bases[current.id] ?? current;
  const o = outcomeFor(s, base);
  let after = withOwner(base, o.owner ?? '');
  if (o.status && o.status !== base.status) after = withStatus(after, o.status, at);
  // After a conflict that kept this person's version, the action may already be on the card: add it once.
  const already = (base.actions ?? []).some((a) => a.text === (o.action ?? '').trim() && a.at >= s.startedAt);
  if (!already) after = withAction(after, o.action ?? '', at, actor || undefined);
  const changed = JSON.stringify(after) !== JSON.stringify(base) || base !== current;
  return { before: base, after, changed, outcome: o };
}

/** Marks a card discussed with the outcome saved for it. */
export function recordOutcome(s: DebriefSession, id: string, o: DebriefOutcome): DebriefSession {
  return { ...s, outcomes: { ...s.outcomes, [id]: { ...o, id } } };
}

/** Skipped: not recorded as discussed. */
export function skipOutcome(s: DebriefSession, id: string): DebriefSession {
  const outcomes = { ...s.outcomes };
  delete outcomes[id];
  return { ...s, outcomes };
}

/** Moves one card on or back; past the last card, the session is finished. */
export function stepSession(s: DebriefSession, step: 1 | -1): DebriefSession {
  const next = s.index + step;
  return next >= s.ids.length ? { ...s, finished: true } : { ...s, index: Math.max(0, next), finished: false };
}

/**
 * After a conflict on a card, the debrief continues from the version the person chose: a fresh base; unless they
 * kept their own version, only the discussion text carries over, so the form shows the saved card's owner and status.
 */
export function afterConflict(s: DebriefSession, id: string, keptMine: boolean): DebriefSession {
  const bases = { ...s.bases };
  delete bases[id];
  const outcomes = { ...s.outcomes };
  const prev = outcomes[id];
  if (!keptMine && prev) outcomes[id] = { id, ...(prev.discussion ? { discussion: prev.discussion } : {}) };
  return { ...s, bases, outcomes };
}
