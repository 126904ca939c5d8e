import { comparePartialDates, startOf, type ScaleRating } from '@opencasework/core';

export type ViewGroup = 'family' | 'professional' | 'other';

export interface ScalePoint {
  id: string;
  at: string;
  score: number;
  note?: string;
  question?: string;
}
export interface ScaleSeries {
  by: string;
  group: ViewGroup;
  points: ScalePoint[];
}

/** One series per person who rated, each ordered by date; families first, then professionals, then others. */
export function seriesByPerson(ratings: readonly ScaleRating[], groupOf: (by: string) => ViewGroup): ScaleSeries[] {
  const map = new Map<string, ScaleSeries>();
  for (const r of ratings) {
    let s = map.get(r.by);
    if (!s) map.set(r.by, (s = { by: r.by, group: groupOf(r.by), points: [] }));
    s.points.push({
      id: r.id,
      at: r.at,
      score: r.score,
      ...(r.note ? { note: r.note } : {}),
      ...(r.question ? { question: r.question } : {}),
    });
  }
  const order: ViewGroup[] = ['family', 'professional', 'other'];
  const out = [...map.values()];
  for (const s of out) s.points.sort((a, b) => comparePartialDates(a.at, b.at));
  return out.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

/** The distinct dates on which ratings were given, oldest first. */
export function reviewDates(ratings: readonly ScaleRating[]): string[] {
  return [...new Set(ratings.map((r) => r.at))].sort(comparePartialDates);
}

/** One person's score: who, when, the score and their own words. */
export interface GivenScore {
  by: string;
  at: string;
  score: number;
  note?: string;
}
/** An adult's score set beside a child's: `gap` is the adult's score minus the child's. */
export interface AdultScore extends GivenScore {
  gap: number;
}
/** A child's latest score and each adult's score nearest to it in time. Never an average. */
export interface ChildGap {
  child: GivenScore;
  adults: AdultScore[];
}

const DAY = 86_400_000;
const given = (r: ScaleRating): GivenScore => ({ by: r.by, at: r.at, score: r.score, ...(r.note ? { note: r.note } : {}) });
const latestOf = (rs: readonly ScaleRating[]) => [...rs].sort((a, b) => comparePartialDates(a.at, b.at)).pop();

/**
 * The gap between each child's own score and each adult's, person by person (no average that could hide a gap).
 * Children are the raters `isChild` says are children (the plan's children, the case's subjects, anyone under 18).
 * Each child who rated within `windowDays` of the newest rating is set against every adult's rating nearest in time
 * to the child's latest (within `windowDays`: a child is often asked in direct work a few days before the review),
 * widest gap first.
 */
export function childGaps(ratings: readonly ScaleRating[], isChild: (by: string, at: string) => boolean, windowDays = 31): ChildGap[] {
  if (!ratings.length) return [];
  const newest = startOf(latestOf(ratings)!.at);
  const window = windowDays * DAY;
  const byPerson = new Map<string, ScaleRating[]>();
  for (const r of ratings) byPerson.set(r.by, [...(byPerson.get(r.by) ?? []), r]);
  const out: ChildGap[] = [];
  for (const [by, rs] of byPerson) {
    const last = latestOf(rs)!;
    if (!isChild(by, last.at) || newest - startOf(last.at) > window) continue;
    const at = startOf(last.at);
    const adults: AdultScore[] = [];
    for (const [other, ors] of byPerson) {
      if (other === by || ors.some((r) => isChild(other, r.at))) continue;
      const near = ors
        .map((r) => ({ r, d: Math.abs(startOf(r.at) - at) }))
        .filter((x) => x.d <= window)
        .sort((a, b) => a.d - b.d || comparePartialDates(b.r.at, a.r.at))[0];
      if (near) adults.push({ ...given(near.r), gap: near.r.score - last.score });
    }
    adults.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
    out.push({ child: given(last), adults });
  }
  return out;
}

/** The lowest and highest scores given on a date, with who gave them: how far apart people are when no child rated. */
export interface Spread {
  at: string;
  low: GivenScore[];
  high: GivenScore[];
  gap: number;
}
export function spreadAt(ratings: readonly ScaleRating[], at: string): Spread | undefined {
  const on = ratings.filter((r) => r.at === at);
  if (!on.length) return undefined;
  const lo = Math.min(...on.map((r) => r.score)),
    hi = Math.max(...on.map((r) => r.score));
  return { at, low: on.filter((r) => r.score === lo).map(given), high: on.filter((r) => r.score === hi).map(given), gap: hi - lo };
}

/** Chart geometry for a 0-10 scale over review dates: x for each date, y for each score. Pure numbers for SVG. */
export function chartGeometry(dates: readonly string[], width: number, height: number, pad = { left: 40, right: 16, top: 16, bottom: 40 }) {
  const innerW = width - pad.left - pad.right,
    innerH = height - pad.top - pad.bottom;
  const x = (at: string) => {
    const i = dates.indexOf(at);
    return dates.length <= 1 ? pad.left + innerW / 2 : pad.left + (innerW * i) / (dates.length - 1);
  };
  const y = (score: number) => pad.top + innerH - (innerH * Math.max(0, Math.min(10, score))) / 10;
  return { x, y, pad, innerW, innerH };
}

/** Marker shapes and dash patterns: each person's line differs from every other in both, so colour is never needed. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'star', 'hexagon'] as const;
export type Marker = (typeof MARKERS)[number];
export const DASHES = ['', '10 5', '3 4', '12 4 3 4', '6 3', '2 7', '16 4', '8 3 2 3 2 3'] as const;

export interface EndLabel {
  by: string;
  text: string;
  /** Where the line ends, and where its label sits (pushed apart so no two labels overlap). */
  endX: number;
  endY: number;
  y: number;
}
export interface ChartLayout {
  width: number;
  height: number;
  x: (at: string) => number;
  y: (score: number) => number;
  pad: { left: number; right: number; top: number; bottom: number };
  /** The x where the end labels start. */
  labelX: number;
  labels: EndLabel[];
  styleOf: (by: string) => { marker: Marker; dash: string };
}

/** Approximate width of text in the chart's 14 px font (no DOM to measure in a pure module). */
export const textWidth = (text: string, size = 14): number => Math.ceil(text.length * size * 0.58);

/**
 * Lays the chart out: a plot wide enough for its dates (at least `minStep` px between reviews), a column on the right
 * for each person's label at the end of their line, labels at least `lineGap` px apart, the chart as tall as the
 * labels need. `label(by, score)` gives the text. `available` is the width the chart may take; it grows past it
 * (and scrolls) rather than shrink its text.
 */
export function chartLayout(
  series: readonly ScaleSeries[],
  dates: readonly string[],
  label: (by: string, score: number) => string,
  available = 640,
  minStep = 96,
  lineGap = 20,
): ChartLayout {
  const texts = series.map((s) => label(s.by, s.points[s.points.length - 1]?.score ?? 0));
  const labelW = Math.max(60, ...texts.map((t) => textWidth(t))) + 24;
  const left = 40,
    edge = 48; // room for the first and last date's text either side of their points
  const plotMin = Math.max(0, dates.length - 1) * minStep + 2 * edge;
  const plotW = Math.max(plotMin, Math.min(available - left - labelW, 720));
  const pad = { left, right: labelW, top: 16, bottom: 40 };
  const height = Math.max(280, pad.top + pad.bottom + (series.length + 1) * lineGap);
  const width = left + plotW + labelW;
  const x0 = left + edge,
    x1 = left + plotW - edge;
  const x = (at: string) => {
    const i = dates.indexOf(at);
    return dates.length <= 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * i) / (dates.length - 1);
  };
  const y = chartGeometry(dates, width, height, pad).y;
  const labels: EndLabel[] = series.map((s, i) => {
    const last = s.points[s.points.length - 1]!;
    return { by: s.by, text: texts[i]!, endX: x(last.at), endY: y(last.score), y: y(last.score) };
  });
  // Push labels apart: down from the top, then back up from the bottom.
  const sorted = [...labels].sort((a, b) => a.endY - b.endY || a.endX - b.endX);
  const top = pad.top + 5,
    bottom = height - pad.bottom + 5;
  sorted.forEach((l, i) => (l.y = Math.max(l.endY + 5, top, i ? sorted[i - 1]!.y + lineGap : top)));
  for (let i = sorted.length - 1; i >= 0; i--)
    sorted[i]!.y = Math.min(sorted[i]!.y, i < sorted.length - 1 ? sorted[i + 1]!.y - lineGap : bottom);
  const styles = new Map(series.map((s, i) => [s.by, { marker: MARKERS[i % MARKERS.length]!, dash: DASHES[i % DASHES.length]! }]));
  return {
    width,
    height,
    x,
    y,
    pad,
    labelX: left + plotW + 12,
    labels,
    styleOf: (by) => styles.get(by) ?? { marker: 'circle', dash: '' },
  };
}

export interface ScaleModel {
  series: ScaleSeries[];
  dates: string[];
  /** Each child's latest score against each adult's, widest gap first. */
  childGaps: ChildGap[];
  /** How far apart scores are at the newest date (lowest and highest, with who). */
  spread: Spread | undefined;
  question: string | undefined;
}

/** Everything the scaling section shows, from the ratings: series per person, review dates, the child/adult gaps and the question asked. */
export function scaleModel(
  ratings: readonly ScaleRating[],
  groupOf: (by: string) => ViewGroup,
  isChild: (by: string, at: string) => boolean = () => false,
): ScaleModel {
  const dates = reviewDates(ratings);
  return {
    series: seriesByPerson(ratings, groupOf),
    dates,
    childGaps: childGaps(ratings, isChild),
    spread: dates.length ? spreadAt(ratings, dates[dates.length - 1]!) : undefined,
    question: ratings.find((r) => r.question)?.question,
  };
}
