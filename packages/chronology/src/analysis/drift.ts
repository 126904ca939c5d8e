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

interface Gap {
  a: { day: number; row?: Row };
  b: { day: number; row?: Row };
  days: number;
  limit: number;
  active: DayPeriod[];
  plan: DayPeriod;
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
 * Gaps that follow each other (visiting that has slipped: 48, 30, 35, 40 days on a child protection plan) become one
 * prompt, up to `window` days long; a single long gap is a prompt of its own.
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
    // The plans open during the gap (a plan that ended on its first day, or starts on its last, does not set the interval).
    const strict = s.periods.filter((x) => x.from < b.day && x.to > a.day);
    const active = strict.length ? strict : s.periods.filter((x) => x.from <= b.day && x.to >= a.day);
    const limit = Math.min(...active.map(limitOf));
    const days = b.day - a.day;
    if (days <= limit) continue;
    const plan = active.reduce((best, x) => (limitOf(x) < limitOf(best) ? x : best), active[0]!);
    let calls = 0;
    for (const r of c.contacts) {
      const d = rowDay(r);
      if (d > a.day && d < b.day && c.about(r).includes(child)) calls++;
    }
    gaps.push({ a, b, days, limit, active, plan, calls });
  }
  // Chains of late visits: each gap starts where the previous one ended, within the window.
  const chains: Gap[][] = [];
  for (const g of gaps) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (chain && last && last.b.day === g.a.day && g.b.day - chain[0]!.a.day <= c.window) chain.push(g);
    else chains.push([g]);
  }
  return chains.map((chain) => draftOf(chain, c));
}

function draftOf(chain: Gap[], c: DriftContext): DriftDraft {
  const first = chain[0]!,
    last = chain[chain.length - 1]!;
  const plan = last.plan;
  const ended = !!plan.p.to && dayNumber(plan.p.to) <= c.asAt;
  const open = !last.b.row && last.b.day === c.asAt && !ended;
  const from = first.a.row ? first.a.row.entry.date : first.a.day === first.plan.from ? first.plan.p.from : dateOfDay(first.a.day);
  const to = last.b.row ? last.b.row.entry.date : ended && last.b.day === dayNumber(plan.p.to!) ? plan.p.to! : dateOfDay(last.b.day);
  const plans = new Set<Row>();
  const evidence = new Set<Row>();
  for (const g of chain) {
    for (const x of g.active) plans.add(c.byId.get(x.p.entryId)!);
    if (g.a.row) evidence.add(g.a.row);
    if (g.b.row) evidence.add(g.b.row);
  }
  const endRow = !last.b.row && plan.p.endedBy ? c.byId.get(plan.p.endedBy) : undefined;
  if (endRow && last.b.day === rowDay(endRow)) evidence.add(endRow);
  const limit = Math.min(...chain.map((g) => g.limit));
  const longest = Math.max(...chain.map((g) => g.days));
  const calls = chain.reduce((n, g) => n + g.calls, 0);
  const days = last.b.day - first.a.day;
  const params = {
    days,
    plan: c.t(`plan.${plan.p.kind}` as AnalysisKey),
    from: c.fmt(from),
    to: c.fmt(to),
    limit,
    gaps: chain.length,
    longest,
  };
  const key: AnalysisKey = chain.length > 1 ? 'drift.chain' : open ? 'drift.open' : 'drift';
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
