import { endOf, startOf, comparePartialDates, type AuditEvent, type Blockage, type Debrief, type TeamBoard } from '@opencasework/core';

/**
 * What the weekly debrief should look at: every blockage raised or changed since the last debrief, one at a time.
 *
 * "Since the last debrief": a debrief's date may be a whole day (or coarser), so any time on or after the start of its
 * date counts, except cards that debrief already discussed, which come back only if they changed after the end of
 * that date. With no earlier debrief, every blockage that is not resolved is due.
 */

export type DueReason = 'raised' | 'changed' | 'open';

export interface DueItem {
  blockage: Blockage;
  reason: DueReason;
  /** Latest time (ms) anything happened to the card: raised, an action, resolution, or an audited change. */
  lastActivity: number;
}

const ms = (s: string | undefined) => (s ? Date.parse(s) : NaN);
const finite = (n: number) => (Number.isFinite(n) ? n : -Infinity);

/** The most recent debrief, by date (latest last in input order when dates tie). */
export function lastDebrief(debriefs: readonly Debrief[] | undefined): Debrief | undefined {
  let best: Debrief | undefined;
  for (const d of debriefs ?? []) if (!best || comparePartialDates(d.date, best.date) >= 0) best = d;
  return best;
}

/** Latest activity on a blockage, from its own fields and the board's audit log. */
export function lastActivity(b: Blockage, audit: readonly AuditEvent[] = []): number {
  let t = finite(ms(b.raisedAt));
  for (const a of b.actions ?? []) t = Math.max(t, finite(ms(a.at)));
  t = Math.max(t, finite(ms(b.resolvedAt)));
  for (const e of audit) if (e.entity === 'Blockage' && e.entityId === b.id) t = Math.max(t, finite(ms(e.at)));
  return t;
}

/** The blockages due for discussion at the next debrief, raised ones first (oldest first), then changed ones. */
export function dueForDebrief(board: Pick<TeamBoard, 'blockages' | 'debriefs' | 'audit'>): DueItem[] {
  const blockages = board.blockages ?? [];
  const audit = board.audit ?? [];
  const last = lastDebrief(board.debriefs);
  const items: DueItem[] = [];
  if (!last) {
    for (const b of blockages)
      if (b.status !== 'resolved') items.push({ blockage: b, reason: 'open', lastActivity: lastActivity(b, audit) });
  } else {
    const from = startOf(last.date);
    const until = endOf(last.date) + 86_400_000; // the end of the last day the date could mean
    const discussed = new Set(last.discussedIds ?? []);
    for (const b of blockages) {
      const activity = lastActivity(b, audit);
      const raised = ms(b.raisedAt);
      const due = discussed.has(b.id) ? activity >= until : activity >= from;
      if (!due) continue;
      const reason: DueReason = !discussed.has(b.id) && raised >= from ? 'raised' : 'changed';
      items.push({ blockage: b, reason, lastActivity: activity });
    }
  }
  const rank = (r: DueReason) => (r === 'changed' ? 1 : 0);
  return items.sort(
    (a, b) =>
      rank(a.reason) - rank(b.reason) || ms(a.blockage.raisedAt) - ms(b.blockage.raisedAt) || a.blockage.id.localeCompare(b.blockage.id),
  );
}

/** One card's outcome in a debrief, as the facilitator recorded it. */
export interface DebriefOutcome {
  id: string;
  discussion?: string;
  action?: string;
  owner?: string;
  status?: Blockage['status'];
}

/** The Debrief record for a finished session: which cards were discussed and the notes, card by card. */
export function debriefRecord(
  id: string,
  date: string,
  outcomes: readonly DebriefOutcome[],
  titleOf: (id: string) => string,
  notes?: string,
): Debrief {
  const lines = outcomes.filter((o) => o.discussion?.trim()).map((o) => `${titleOf(o.id)}: ${o.discussion!.trim()}`);
  const text = [notes?.trim(), ...lines].filter(Boolean).join('\n');
  return { id, date, discussedIds: outcomes.map((o) => o.id), ...(text ? { notes: text } : {}) };
}
