import { BLOCKAGE_CATEGORIES, type Blockage, type BlockageCategory, type BlockageStatus } from '@opencasework/core';

/**
 * Measures a team board derives from its blockages. They are computed, never stored, and never compared with a
 * target: a run chart shows how the system behaves over time, not whether a number was "hit".
 *
 * Rules: a blockage is resolved when its status is `resolved` and it has a `resolvedAt`. `escalated` counts as not
 * resolved (the blockage is still there; it is beyond the team's remit). A resolved card with no `resolvedAt` cannot
 * be timed: it is counted in `untimedResolved` and left out of end-to-end times.
 */

export const DAY_MS = 86_400_000;

export interface Spread {
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

export interface RunPoint {
  id: string;
  title: string;
  /** When the blockage was resolved (ISO instant). */
  resolvedAt: string;
  /** End-to-end time in days, raised to resolved. */
  days: number;
}

export interface OpenAge {
  id: string;
  title: string;
  status: BlockageStatus;
  days: number;
  hoursLostPerWeek: number | null;
}

export interface AgeBucket {
  key: 'under-week' | 'week-to-month' | 'month-to-quarter' | 'over-quarter';
  /** Lower bound in days (inclusive). */
  from: number;
  /** Upper bound in days (exclusive); null for the last bucket. */
  to: number | null;
  count: number;
}

export interface CategoryMeasures {
  category: BlockageCategory;
  open: number;
  resolved: number;
  escalated: number;
  hoursLostOpen: number;
  hoursRecovered: number;
  endToEnd: Spread;
}

export interface BoardMeasures {
  total: number;
  open: number;
  resolved: number;
  escalated: number;
  untimedResolved: number;
  endToEnd: Spread;
  runChart: RunPoint[];
  openAges: OpenAge[];
  openAge: Spread;
  ageBuckets: AgeBucket[];
  hoursLostOpen: number;
  hoursRecovered: number;
  /** Open blockages with no estimate of hours lost: the hours figures leave them out. */
  openWithoutHours: number;
  byCategory: CategoryMeasures[];
}

/** Quantile by linear interpolation between closest ranks (the common "type 7" definition). `sorted` ascending. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

export function spreadOf(values: readonly number[]): Spread {
  const s = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    count: s.length,
    median: quantile(s, 0.5),
    q1: quantile(s, 0.25),
    q3: quantile(s, 0.75),
    min: s.length ? s[0]! : null,
    max: s.length ? s[s.length - 1]! : null,
  };
}

const ms = (instant: string | undefined): number => (instant ? Date.parse(instant) : NaN);

/** True when the blockage is resolved (escalated is not). */
export const isResolved = (b: Blockage): boolean => b.status === 'resolved';
/** True while the blockage is still in the way: every status but resolved, escalated included. */
export const isOpen = (b: Blockage): boolean => !isResolved(b);

/** End-to-end days for a resolved blockage, or null when it is not resolved or cannot be timed. */
export function endToEndDays(b: Blockage): number | null {
  if (!isResolved(b)) return null;
  const d = (ms(b.resolvedAt) - ms(b.raisedAt)) / DAY_MS;
  return Number.isFinite(d) && d >= 0 ? d : null;
}

/** Age in days of a blockage at `now` (for open ones); never negative. */
export function ageDays(b: Blockage, now: number): number {
  const d = (now - ms(b.raisedAt)) / DAY_MS;
  return Number.isFinite(d) ? Math.max(0, d) : 0;
}

const hours = (b: Blockage): number =>
  typeof b.hoursLostPerWeek === 'number' && Number.isFinite(b.hoursLostPerWeek) ? b.hoursLostPerWeek : 0;

const BUCKETS: Omit<AgeBucket, 'count'>[] = [
  { key: 'under-week', from: 0, to: 7 },
  { key: 'week-to-month', from: 7, to: 28 },
  { key: 'month-to-quarter', from: 28, to: 91 },
  { key: 'over-quarter', from: 91, to: null },
];

/** Every measure of a board at `now` (milliseconds since the epoch). Pure. */
export function measureBoard(blockages: readonly Blockage[], now: number = Date.now()): BoardMeasures {
  const resolvedTimed: { b: Blockage; days: number }[] = [];
  let untimedResolved = 0;
  const openAges: OpenAge[] = [];
  let hoursLostOpen = 0;
  let hoursRecovered = 0;
  let openWithoutHours = 0;
  let escalated = 0;
  const cat = new Map<
    BlockageCategory,
    { open: number; resolved: number; escalated: number; lost: number; recovered: number; days: number[] }
  >();
  for (const c of BLOCKAGE_CATEGORIES) cat.set(c, { open: 0, resolved: 0, escalated: 0, lost: 0, recovered: 0, days: [] });

  for (const b of blockages) {
    const c = cat.get(b.category) ?? cat.get('other')!;
    if (isResolved(b)) {
      c.resolved += 1;
      hoursRecovered += hours(b);
      c.recovered += hours(b);
      const d = endToEndDays(b);
      if (d === null) untimedResolved += 1;
      else {
        resolvedTimed.push({ b, days: d });
        c.days.push(d);
      }
    } else {
      c.open += 1;
      if (b.status === 'escalated') {
        escalated += 1;
        c.escalated += 1;
      }
      hoursLostOpen += hours(b);
      c.lost += hours(b);
      if (typeof b.hoursLostPerWeek !== 'number') openWithoutHours += 1;
      openAges.push({
        id: b.id,
        title: b.title,
        status: b.status,
        days: ageDays(b, now),
        hoursLostPerWeek: typeof b.hoursLostPerWeek === 'number' ? b.hoursLostPerWeek : null,
      });
    }
  }

  const runChart = resolvedTimed
    .map(({ b, days }) => ({ point: { id: b.id, title: b.title, resolvedAt: b.resolvedAt!, days }, at: ms(b.resolvedAt) }))
    .sort((a, b) => a.at - b.at || (a.point.id < b.point.id ? -1 : a.point.id > b.point.id ? 1 : 0))
    .map((r) => r.point);
  openAges.sort((a, b) => b.days - a.days || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ageBuckets = BUCKETS.map((k) => ({
    ...k,
    count: openAges.filter((o) => o.days >= k.from && (k.to === null || o.days < k.to)).length,
  }));

  return {
    total: blockages.length,
    open: openAges.length,
    resolved: blockages.length - openAges.length,
    escalated,
    untimedResolved,
    endToEnd: spreadOf(resolvedTimed.map((r) => r.days)),
    runChart,
    openAges,
    openAge: spreadOf(openAges.map((o) => o.days)),
    ageBuckets,
    hoursLostOpen: round2(hoursLostOpen),
    hoursRecovered: round2(hoursRecovered),
    openWithoutHours,
    byCategory: BLOCKAGE_CATEGORIES.map((category) => {
      const c = cat.get(category)!;
      return {
        category,
        open: c.open,
        resolved: c.resolved,
        escalated: c.escalated,
        hoursLostOpen: round2(c.lost),
        hoursRecovered: round2(c.recovered),
        endToEnd: spreadOf(c.days),
      };
    }),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
