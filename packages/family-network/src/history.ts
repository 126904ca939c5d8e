/**
 * Who joined and left the team around the family, and when: from each involvement's `from` and `to`.
 * Pure and DOM-free. Build the model with `showEnded: true` so that people who have left are included.
 */
import { comparePartialDates } from '@opencasework/core';
import type { NetworkModel } from './network-model.js';

export interface HistoryEvent {
  /** The date, or null when the involvement has no recorded start. */
  date: string | null;
  type: 'joined' | 'left';
  involvementId: string;
  professionalId: string;
  /** The family members the involvement was with (empty: the whole family). */
  personIds: string[];
}

/** Joins and leaves in date order (a join before a leave on the same date); undated joins come first, apart. */
export function networkHistory(model: NetworkModel): { dated: HistoryEvent[]; undated: HistoryEvent[] } {
  const byInvolvement = new Map<string, { professionalId: string; from?: string; to?: string; personIds: string[] }>();
  for (const e of model.edges) {
    if (e.kind !== 'involvement') continue;
    const entry = byInvolvement.get(e.involvementId) ?? {
      professionalId: e.professionalId,
      personIds: [],
      ...(e.from ? { from: e.from } : {}),
      ...(e.to ? { to: e.to } : {}),
    };
    if (e.personId) entry.personIds.push(e.personId);
    byInvolvement.set(e.involvementId, entry);
  }
  const dated: HistoryEvent[] = [];
  const undated: HistoryEvent[] = [];
  for (const [involvementId, i] of byInvolvement) {
    const base = { involvementId, professionalId: i.professionalId, personIds: i.personIds };
    if (i.from) dated.push({ ...base, date: i.from, type: 'joined' });
    else undated.push({ ...base, date: null, type: 'joined' });
    if (i.to) dated.push({ ...base, date: i.to, type: 'left' });
  }
  dated.sort(
    (a, b) =>
      comparePartialDates(a.date!, b.date!) ||
      (a.type === b.type ? 0 : a.type === 'joined' ? -1 : 1) ||
      (a.involvementId < b.involvementId ? -1 : 1),
  );
  undated.sort((a, b) => (a.involvementId < b.involvementId ? -1 : 1));
  return { dated, undated };
}

/** How many professionals were in the network on a date (an involvement with no start counts from the beginning). */
export function networkSizeOn(model: NetworkModel, date: string): number {
  const ids = new Set<string>();
  for (const e of model.edges) {
    if (e.kind !== 'involvement') continue;
    const started = !e.from || comparePartialDates(e.from, date) <= 0;
    const notLeft = !e.to || comparePartialDates(e.to, date) >= 0;
    if (started && notLeft) ids.add(e.professionalId);
  }
  return ids.size;
}
