import { comparePartialDates, type ScaleRating } from '@opencasework/core';

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

export interface Gap {
  at: string;
  family?: number;
  professional?: number;
  /** family minus professional, when both are known. */ gap?: number;
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : undefined);

/**
 * The gap between the family's and the professionals' views at each review date: the mean score of each group
 * (rounded to one decimal) and family minus professionals. A positive gap means the family feel safer than the
 * professionals judge.
 */
export function gapsByDate(ratings: readonly ScaleRating[], groupOf: (by: string) => ViewGroup): Gap[] {
  return reviewDates(ratings).map((at) => {
    const on = ratings.filter((r) => r.at === at);
    const family = mean(on.filter((r) => groupOf(r.by) === 'family').map((r) => r.score));
    const professional = mean(on.filter((r) => groupOf(r.by) === 'professional').map((r) => r.score));
    const g: Gap = { at };
    if (family !== undefined) g.family = family;
    if (professional !== undefined) g.professional = professional;
    if (family !== undefined && professional !== undefined) g.gap = Math.round((family - professional) * 10) / 10;
    return g;
  });
}

/** The latest date at which both the family and professionals rated, with the gap then. */
export function latestGap(ratings: readonly ScaleRating[], groupOf: (by: string) => ViewGroup): Gap | undefined {
  return gapsByDate(ratings, groupOf)
    .filter((g) => g.gap !== undefined)
    .pop();
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

export interface ScaleModel {
  series: ScaleSeries[];
  dates: string[];
  gaps: Gap[];
  latest: Gap | undefined;
  question: string | undefined;
}

/** Everything the scaling section shows, from the ratings: series per person, review dates, gaps, the latest gap and the question asked. */
export function scaleModel(ratings: readonly ScaleRating[], groupOf: (by: string) => ViewGroup): ScaleModel {
  const gaps = gapsByDate(ratings, groupOf);
  return {
    series: seriesByPerson(ratings, groupOf),
    dates: reviewDates(ratings),
    gaps,
    latest: gaps.filter((g) => g.gap !== undefined).pop(),
    question: ratings.find((r) => r.question)?.question,
  };
}
