import type { Row } from './model.js';

const DAY = 86_400_000;

/** A stretch of time with no entry from any agency. */
export interface Gap {
  /** Last day covered before the gap (UTC ms). */
  start: number;
  /** First day covered after the gap. */
  end: number;
  days: number;
  /** The entries either side. */
  beforeId: string;
  afterId: string;
}

/**
 * "No information" stretches: more than `minDays` (default 180) between one entry's date and the next, over every
 * entry regardless of agency. An imprecise date covers its whole span ("2019" covers the year), so a gap is never
 * claimed inside a span where something may have been recorded. Periods do not count as information for their
 * whole length: a placement that lasted years tells nothing about what happened during it.
 */
export function findGaps(rows: readonly Row[], minDays = 180): Gap[] {
  if (rows.length < 2) return [];
  const sorted = [...rows].sort((a, b) => a.start - b.start || a.index - b.index);
  const gaps: Gap[] = [];
  let reach = sorted[0]!.dateEnd;
  let reachId = sorted[0]!.id;
  for (let i = 1; i < sorted.length; i++) {
    const r = sorted[i]!;
    const days = Math.round((r.start - reach) / DAY);
    if (days > minDays) gaps.push({ start: reach, end: r.start, days, beforeId: reachId, afterId: r.id });
    if (r.dateEnd >= reach) {
      reach = r.dateEnd;
      reachId = r.id;
    }
  }
  return gaps;
}
