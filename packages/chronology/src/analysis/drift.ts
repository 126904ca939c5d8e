import type { Row } from '../model.js';
import { dateOfDay, dayNumber, rowDay } from './common.js';
import type { PartialDate } from './common.js';
import type { AnalysisKey } from './messages.js';
import type { PlanKind, PlanPeriod } from './plans.js';

/** A plan period on the day axis (its end clipped to "today"). */
export interface DayPeriod {
  p: PlanPeriod;
  from: number;
  to: number;
}

/** A stretch of days during which at least one plan was open, and the plans in it. */
export interface Stretch {
  from: number;
  to: number;
  periods: DayPeriod[];
}

/** A drift prompt before ranking and naming. */
export interface DriftDraft {
  from: PartialDate;
  to: PartialDate;
  /** Days from `from` to `to`. */
  count: number;
  evidence: Row[];
  /** Plan rows among the evidence (for weighting). */
  plans: Row[];
  make: (name: string, children: number) => string;
  open: boolean;
  /** How far past the expected interval the longest gap went (1 = on time). */
  overrun: number;
}

export interface DriftContext {
  asAt: number;
  driftDays: Record<PlanKind, number>;
  /** Longest stretch one chain of late visits may cover (days). */
  window: number;
  /** Phone calls, letters and other contacts that are not visits, in date order. */
  contacts: readonly Row[];
  byId: Map<string, Row>;
  about: (r: Row) => readonly string[];
  t: (key: AnalysisKey, p?: Record<string, string | number>) => string;
  fmt: (d: PartialDate) => string;
}

/** A gap between visits (or a stretch's start or end), as one plan saw it: the days that plan was open in it. */
interface Gap {
  a: { day: number; row?: Row };
  b: { day: number; row?: Row };
  /** The plan, and the days of the gap it was open: from the later of the last visit and its start, to the earlier of the next visit and its end. */
  plan: DayPeriod;
  from: number;
  to: number;
  limit: number;
  /** Every plan open during those days (the evidence). */
  active: DayPeriod[];
  calls: number;
}

/** Merges a child's plan periods into stretches of time with at least one plan open. */
export function stretchesOf(periods: DayPeriod[]): Stretch[] {
  const out: Stretch[] = [];
  for (const x of [...periods].sort((a, b) => a.from - b.from)) {
    const s = out[out.length - 1];
    if (s && x.from <= s.to) {
      s.to = Math.max(s.to, x.to);
      s.periods.push(x);
    } else out.push({ from: x.from, to: x.to, periods: [x] });
  }
  return out;
}

/**
 * The events of a stretch split by the plan each fell under: the plan in force on its day that started last (a child
 * protection plan over the child in need plan it replaced); consecutive events under plans of one kind stay together.
 * A prompt about concerns "while the plan was open" names the plan they happened under, never one that had ended.
 */
export function byPlanInForce<E extends { day: number }>(s: Stretch, events: readonly E[]): { plan: DayPeriod; events: E[] }[] {
  const runs: { plan: DayPeriod; events: E[] }[] = [];
  for (const e of events) {
    let plan: DayPeriod | undefined;
    for (const x of s.periods) if (x.from <= e.day && e.day <= x.to && (!plan || x.from >= plan.from)) plan = x;
    plan ??= s.periods[0]!;
    const last = runs[runs.length - 1];
    if (last && last.plan.p.kind === plan.p.kind) last.events.push(e);
    else runs.push({ plan, events: [e] });
  }
  return runs;
}

/**
 * Gaps between statutory visits longer than the expected interval of the plans open at the time, within one stretch.
 * Each plan is judged on the days of the gap it was open, by its own interval, counted from the later of the last visit
 * and its start: a child protection plan that ended three days into a gap, or started thirteen days before its end, is
 * not what made a gap under a child in need plan late. Where plans open at the same time both find it late (a child
 * protection plan and a placement), the one it overran most speaks for them. Gaps that follow each other under one plan
 * (visiting that has slipped: 48, 30, 35, 40 days on a child protection plan) become one prompt, up to `window` days
 * long; a single long gap is a prompt of its own. A plan kind with no expected interval (Infinity: Early Help by
 * default) is never late.
 */
export function driftInStretch(s: Stretch, visits: readonly Row[], child: string, c: DriftContext): DriftDraft[] {
  const limitOf = (x: DayPeriod) => c.driftDays[x.p.kind as PlanKind] ?? c.driftDays.other;
  const inside = visits.filter((v) => {
    const d = rowDay(v);
    return d >= s.from && d <= s.to;
  });
  const points: { day: number; row?: Row }[] = [{ day: s.from }, ...inside.map((row) => ({ day: rowDay(row), row })), { day: s.to }];
  const gaps: Gap[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!,
      b = points[i]!;
    const late: Gap[] = [];
    for (const plan of s.periods) {
      const from = Math.max(a.day, plan.from),
        to = Math.min(b.day, plan.to);
      const limit = limitOf(plan);
      if (to - from > limit) late.push({ a, b, plan, from, to, limit, active: [], calls: 0 });
    }
    late.sort((x, y) => (y.to - y.from) / y.limit - (x.to - x.from) / x.limit || y.plan.from - x.plan.from);
    const kept: Gap[] = [];
    for (const g of late) if (!kept.some((k) => k.from < g.to && g.from < k.to)) kept.push(g);
    for (const g of kept.sort((x, y) => x.from - y.from)) {
      g.active = s.periods.filter((x) => x.from < g.to && x.to > g.from);
      for (const r of c.contacts) {
        const d = rowDay(r);
        if (d > g.from && d < g.to && c.about(r).includes(child)) g.calls++;
      }
      gaps.push(g);
    }
  }
  // Chains of late visits under one plan: each gap starts where the previous one ended, within the window.
  const chains: Gap[][] = [];
  for (const g of gaps) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (chain && last && last.plan === g.plan && last.to === g.from && last.b === g.a && g.to - chain[0]!.from <= c.window) chain.push(g);
    else chains.push([g]);
  }
  return chains.map((chain) => draftOf(chain, c));
}

function draftOf(chain: Gap[], c: DriftContext): DriftDraft {
  const first = chain[0]!,
    last = chain[chain.length - 1]!;
  const plan = first.plan;
  const ended = !!plan.p.to && dayNumber(plan.p.to) <= c.asAt;
  const endDay = ended ? dayNumber(plan.p.to!) : null;
  const seenFirst = first.a.row && first.from === first.a.day ? first.a.row : undefined;
  const seenLast = last.b.row && last.to === last.b.day ? last.b.row : undefined;
  // Up to the plan's end, not a visit: "until it ended on".
  const untilEnd = !seenLast && last.to === endDay;
  const open = !seenLast && last.to === c.asAt && !ended;
  const from = seenFirst ? seenFirst.entry.date : first.from === plan.from ? plan.p.from : dateOfDay(first.from);
  const to = seenLast ? seenLast.entry.date : untilEnd ? plan.p.to! : dateOfDay(last.to);
  const plans = new Set<Row>();
  const evidence = new Set<Row>();
  for (const g of chain) {
    for (const x of g.active) plans.add(c.byId.get(x.p.entryId)!);
    // The visits that bound the gap, where they fall inside the days counted.
    if (g.a.row && g.a.day === g.from) evidence.add(g.a.row);
    if (g.b.row && g.b.day === g.to) evidence.add(g.b.row);
  }
  const endRow = untilEnd && plan.p.endedBy ? c.byId.get(plan.p.endedBy) : undefined;
  if (endRow) evidence.add(endRow);
  const limit = last.limit;
  const longest = Math.max(...chain.map((g) => g.to - g.from));
  const calls = chain.reduce((n, g) => n + g.calls, 0);
  const days = last.to - first.from;
  const params = {
    days,
    plan: c.t(`plan.${plan.p.kind}` as AnalysisKey),
    from: c.fmt(from),
    to: c.fmt(to),
    limit,
    gaps: c.t('drift.gaps', { count: chain.length }),
    longest,
  };
  const key: AnalysisKey = chain.length > 1 ? 'drift.chain' : open ? 'drift.open' : untilEnd ? 'drift.ended' : 'drift';
  return {
    from,
    to,
    count: days,
    plans: [...plans],
    evidence: [...plans, ...evidence],
    open,
    overrun: longest / limit,
    make: (name, children) =>
      c.t(key, { ...params, name, count: children }) +
      (calls ? c.t('drift.calls', { count: calls }) : '') +
      c.t('drift.consider', { name, count: children }),
  };
}
