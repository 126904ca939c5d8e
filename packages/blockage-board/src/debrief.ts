import { endOf, startOf, comparePartialDates, type AuditEvent, type Blockage, type Debrief, type TeamBoard } from '@opencasework/core';

/**
 * What the weekly debrief should look at, one card at a time, in this order:
 *
 * 1. `raised`: every open card that no debrief has discussed yet, oldest raised first (with no debrief on the
 *    board at all the reason is `open`: the first debrief looks at every open card).
 * 2. `acting`: the cards someone is acting on, the longest without an update first; a card the last debrief
 *    discussed comes back here only once something has happened to it since.
 * 3. `changed`: any other open card that changed after the debrief that last discussed it (escalated, a new
 *    action), then resolved cards resolved since the last debrief (news for the team, once), oldest raised first.
 *
 * Skipping an open card does not record it as discussed, so it is on the next agenda again. A debrief's date may be a
 * whole day (or coarser): activity before the end of that date counts as discussed there.
 */

export type DueReason = 'raised' | 'acting' | 'changed' | 'open';

export interface DueItem {
  blockage: Blockage;
  reason: DueReason;
  /** Latest time (ms) anything happened to the card: raised, an action, resolution, or an audited change. */
  lastActivity: number;
}

const ms = (s: string | undefined) => (s ? Date.parse(s) : NaN);
const finite = (n: number) => (Number.isFinite(n) ? n : -Infinity);
const DAY = 86_400_000;

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

/** For each card, the end (ms) of the date of the latest debrief that discussed it. */
export function lastDiscussed(debriefs: readonly Debrief[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of debriefs ?? []) {
    const until = endOf(d.date) + DAY; // the end of the last day the date could mean
    for (const id of d.discussedIds ?? []) if (until > (out.get(id) ?? -Infinity)) out.set(id, until);
  }
  return out;
}

/** The debrief agenda: not yet discussed (oldest first), then acting (longest without an update first), then changed. */
export function dueForDebrief(board: Pick<TeamBoard, 'blockages' | 'debriefs' | 'audit'>): DueItem[] {
  const blockages = board.blockages ?? [];
  const audit = board.audit ?? [];
  const debriefs = board.debriefs ?? [];
  const last = lastDebrief(debriefs);
  const discussed = lastDiscussed(debriefs);
  const lastIds = new Set(last?.discussedIds ?? []);
  const lastFrom = last ? startOf(last.date) : Infinity;
  const items: DueItem[] = [];
  for (const b of blockages) {
    const activity = lastActivity(b, audit);
    const seen = discussed.get(b.id);
    const open = b.status !== 'resolved';
    let reason: DueReason | null;
    if (seen === undefined && open) reason = last ? 'raised' : 'open';
    else if (b.status === 'acting') reason = !lastIds.has(b.id) || activity >= seen! ? 'acting' : null;
    else if (open) reason = activity >= seen! ? 'changed' : null;
    else reason = activity >= lastFrom && activity >= (seen ?? -Infinity) ? 'changed' : null;
    if (reason) items.push({ blockage: b, reason, lastActivity: activity });
  }
  const order: Record<DueReason, number> = { open: 0, raised: 0, acting: 1, changed: 2 };
  const rank = (i: DueItem) => order[i.reason] + (i.blockage.status === 'resolved' ? 1 : 0);
  const raisedMs = (i: DueItem) => ms(i.blockage.raisedAt);
  return items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.reason === 'acting' ? a.lastActivity - b.lastActivity : 0) ||
      raisedMs(a) - raisedMs(b) ||
      a.blockage.id.localeCompare(b.blockage.id),
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
