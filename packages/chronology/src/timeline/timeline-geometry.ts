import { dayOf, formatPartialDate, type DateLocale, type LaneMode } from '@opencasework/core';
import { childrenOf, type ChronologyModel, type Row } from '../model.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
/** The closest zoom: about four days across the whole width. */
export const MIN_SPAN = 4 * DAY;
/** The widest zoom: two centuries. */
export const MAX_SPAN = 200 * YEAR;

/** The stretch of time on screen, UTC ms. */
export interface Viewport {
  start: number;
  end: number;
}

/** A viewport showing a whole range with a little space either side. */
export function fitViewport(range: { start: number; end: number } | null, now = Date.now()): Viewport {
  if (!range) return { start: now - YEAR, end: now };
  const span = Math.max(range.end - range.start, 30 * DAY);
  const pad = span * 0.03;
  return clampViewport({ start: range.start - pad, end: range.start + span + pad });
}

export function clampViewport(v: Viewport): Viewport {
  let span = v.end - v.start;
  const centre = (v.start + v.end) / 2;
  if (!(span > 0)) span = MIN_SPAN;
  span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
  return { start: centre - span / 2, end: centre + span / 2 };
}

/** Zooms by `factor` (< 1 zooms in) keeping `at` (default: the centre) where it is on screen. */
export function zoomViewport(v: Viewport, factor: number, at = (v.start + v.end) / 2): Viewport {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (v.end - v.start) * factor));
  const f = (at - v.start) / (v.end - v.start);
  return { start: at - span * f, end: at - span * f + span };
}

/** Moves by a fraction of the width (negative: earlier). */
export function panViewport(v: Viewport, fraction: number): Viewport {
  const d = (v.end - v.start) * fraction;
  return { start: v.start + d, end: v.end + d };
}

/** Moves the viewport the least needed so that t is inside it, with a margin. */
export function revealInViewport(v: Viewport, t: number, margin = 0.05): Viewport {
  const span = v.end - v.start;
  if (t < v.start + span * margin) return { start: t - span * margin, end: t - span * margin + span };
  if (t > v.end - span * margin) return { start: t + span * margin - span, end: t + span * margin };
  return v;
}

export const xOf = (t: number, v: Viewport, width: number): number => ((t - v.start) / (v.end - v.start)) * width;

export type TickUnit = 'decade' | 'five-years' | 'year' | 'quarter' | 'month' | 'week' | 'day';
export interface Tick {
  t: number;
  label: string;
  major: boolean;
}

const UNITS: { unit: TickUnit; approx: number }[] = [
  { unit: 'day', approx: DAY },
  { unit: 'week', approx: 7 * DAY },
  { unit: 'month', approx: YEAR / 12 },
  { unit: 'quarter', approx: YEAR / 4 },
  { unit: 'year', approx: YEAR },
  { unit: 'five-years', approx: 5 * YEAR },
  { unit: 'decade', approx: 10 * YEAR },
];

/** The finest tick unit whose ticks are at least `minPx` apart. */
export function tickUnit(v: Viewport, width: number, minPx = 72): TickUnit {
  const msPerPx = (v.end - v.start) / Math.max(1, width);
  for (const u of UNITS) if (u.approx / msPerPx >= minPx) return u.unit;
  return 'decade';
}

/** The axis counts UTC days (as the model does): the day a tick falls on is its UTC day. */
const iso = (ms: number) => dayOf(ms, 'UTC');

/** Ticks across the viewport, labelled in the locale: years for decades, "Mar 2019" for months, "14 Mar 2019" for days. */
export function ticks(v: Viewport, width: number, locale: DateLocale = 'en', minPx = 72): { unit: TickUnit; ticks: Tick[] } {
  const unit = tickUnit(v, width, minPx);
  const out: Tick[] = [];
  const s = new Date(v.start);
  let y = s.getUTCFullYear(),
    m = s.getUTCMonth(),
    d = s.getUTCDate();
  let t: number;
  const step = () => {
    switch (unit) {
      case 'decade':
        y += 10;
        return Date.UTC(y, 0, 1);
      case 'five-years':
        y += 5;
        return Date.UTC(y, 0, 1);
      case 'year':
        y += 1;
        return Date.UTC(y, 0, 1);
      case 'quarter':
        m += 3;
        return Date.UTC(y, m, 1);
      case 'month':
        m += 1;
        return Date.UTC(y, m, 1);
      case 'week':
        d += 7;
        return Date.UTC(y, m, d);
      default:
        d += 1;
        return Date.UTC(y, m, d);
    }
  };
  switch (unit) {
    case 'decade':
      y = Math.floor(y / 10) * 10;
      t = Date.UTC(y, 0, 1);
      break;
    case 'five-years':
      y = Math.floor(y / 5) * 5;
      t = Date.UTC(y, 0, 1);
      break;
    case 'year':
      t = Date.UTC(y, 0, 1);
      break;
    case 'quarter':
      m = Math.floor(m / 3) * 3;
      t = Date.UTC(y, m, 1);
      break;
    case 'month':
      t = Date.UTC(y, m, 1);
      break;
    case 'week': {
      const wd = (s.getUTCDay() + 6) % 7;
      d -= wd;
      t = Date.UTC(y, m, d);
      break;
    }
    default:
      t = Date.UTC(y, m, d);
  }
  let guard = 0;
  while (t <= v.end && guard++ < 1000) {
    if (t >= v.start) {
      const date = new Date(t);
      const label =
        unit === 'decade' || unit === 'five-years' || unit === 'year'
          ? String(date.getUTCFullYear())
          : unit === 'quarter' || unit === 'month'
            ? formatPartialDate(iso(t).slice(0, 7), locale)
            : formatPartialDate(iso(t), locale);
      const major =
        unit === 'month' || unit === 'quarter'
          ? date.getUTCMonth() === 0
          : unit === 'day' || unit === 'week'
            ? date.getUTCDate() === 1
            : date.getUTCFullYear() % 10 === 0;
      out.push({ t, label, major });
    }
    t = step();
  }
  return { unit, ticks: out };
}

export type { LaneMode };
export interface Lane {
  id: string;
  kind: 'agency' | 'child' | 'others';
}

/** The lanes to draw: one per agency that has entries (in bundle order), or one per subject child plus "others". */
export function lanesFor(model: ChronologyModel, mode: LaneMode): Lane[] {
  if (mode === 'agency') return model.agencies.map((a) => ({ id: a.id, kind: 'agency' as const }));
  const lanes: Lane[] = model.subjectIds.map((id) => ({ id, kind: 'child' as const }));
  lanes.push({ id: '', kind: 'others' });
  return lanes;
}

/** The lanes an entry is drawn in: its agency's; or each subject child it concerns (an entry about two children is in both). */
export function laneIdsOf(row: Row, model: ChronologyModel, mode: LaneMode): string[] {
  if (mode === 'agency') return [row.agencyId];
  const children = row.subjectIds.filter((id) => model.subjectIds.includes(id));
  if (children.length) return children;
  return row.subjectIds.length ? [''] : childrenOf(row, model).length ? childrenOf(row, model) : [''];
}

/** Counts of entries per lane per pixel bin, for drawing density when there are too many markers to draw one by one. */
export function densityBins(
  rows: readonly Row[],
  model: ChronologyModel,
  mode: LaneMode,
  v: Viewport,
  width: number,
  binPx = 4,
): Map<string, Uint32Array> {
  const n = Math.max(1, Math.ceil(width / binPx));
  const bins = new Map<string, Uint32Array>();
  for (const r of rows) {
    const x = xOf(r.mid, v, width);
    if (x < 0 || x >= width) continue;
    const b = Math.min(n - 1, Math.floor(x / binPx));
    for (const lane of laneIdsOf(r, model, mode)) {
      let arr = bins.get(lane);
      if (!arr) bins.set(lane, (arr = new Uint32Array(n)));
      arr[b]!++;
    }
  }
  return bins;
}
