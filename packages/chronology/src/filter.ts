import { endOf, isPartialDate, startOf, type Category, type ChronologyFilters as CoreFilters, type Significance } from '@opencasework/core';
import type { ChronologyModel, Row } from './model.js';
import { periodEndOf, type PeriodSpans } from './periods.js';
import { prepareTerms, rowMatches, stemOf, type SearchIndex } from './search.js';

/** Which end of the story comes first in the table and the court chronology. */
export type ChronologyOrder = 'oldest' | 'newest';

/**
 * What the reader has chosen to see (core's event-map type) and in which order: `order` is present only when the
 * reader chose newest first, so a host's saved state from before it still reads the same.
 */
export interface ChronologyFilters extends CoreFilters {
  order?: ChronologyOrder;
}

export function emptyFilters(): ChronologyFilters {
  return { agencies: [], categories: [], significances: [], people: [], from: '', to: '', text: '', significantOnly: false };
}

/** Fills any missing field with its empty value and drops values of the wrong type, so a host's saved state is safe to apply. */
export function normaliseFilters(input: Partial<ChronologyFilters> | null | undefined): ChronologyFilters {
  const f = emptyFilters();
  if (!input || typeof input !== 'object') return f;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  f.agencies = strings(input.agencies);
  f.categories = strings(input.categories) as Category[];
  f.significances = strings(input.significances) as Significance[];
  f.people = strings(input.people);
  f.from = typeof input.from === 'string' && isPartialDate(input.from) ? input.from : '';
  f.to = typeof input.to === 'string' && isPartialDate(input.to) ? input.to : '';
  f.text = typeof input.text === 'string' ? input.text.slice(0, 500) : '';
  f.significantOnly = input.significantOnly === true;
  if (input.order === 'newest') f.order = 'newest';
  return f;
}

export function isFiltering(f: ChronologyFilters, extraPeople: string[] = []): boolean {
  return !!(
    f.agencies.length ||
    f.categories.length ||
    f.significances.length ||
    f.people.length ||
    f.from ||
    f.to ||
    f.text.trim() ||
    f.significantOnly ||
    extraPeople.length
  );
}

/** The search words: lower-case, split on white space. */
export function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

export interface FilterResult {
  /** Rows shown, in date order. */
  shown: Row[];
  /** How many entries the filters hide. */
  hidden: number;
}

/**
 * Applies filters to the model's rows. One pass over precomputed fields; no allocation per row beyond the result.
 * `onlyPeople` narrows further (the person selected in a linked component).
 */
export function filterRows(
  model: ChronologyModel,
  f: ChronologyFilters,
  onlyPeople: string[] = [],
  index?: SearchIndex,
  spans?: PeriodSpans,
): FilterResult {
  if (!isFiltering(f, onlyPeople)) return { shown: model.rows, hidden: 0 };
  const agencies = f.agencies.length ? new Set(f.agencies) : null;
  const categories = f.categories.length ? new Set<string>(f.categories) : null;
  const sigs = f.significances.length ? new Set<string>(f.significances) : null;
  const people = f.people.length ? new Set(f.people) : null;
  const only = onlyPeople.length ? new Set(onlyPeople) : null;
  const from = f.from ? startOf(f.from) : -Infinity;
  const to = f.to ? endOf(f.to) : Infinity;
  const terms = prepareTerms(searchTerms(f.text), index);
  const shown: Row[] = [];
  for (const r of model.rows) {
    if (f.significantOnly && r.sig < 2) continue;
    if (agencies && !agencies.has(r.agencyId)) continue;
    if (categories && !categories.has(r.entry.category)) continue;
    if (sigs && !sigs.has(r.entry.significance)) continue;
    if (people && !r.subjectIds.some((id) => people.has(id))) continue;
    if (only && !r.subjectIds.some((id) => only.has(id))) continue;
    // Overlap of the entry's span (its date's span, or its period) with [from, to].
    if (r.start > to || Math.max(r.dateEnd, periodEndOf(r, spans) ?? r.dateEnd) < from) continue;
    if (terms.length) {
      let all = true;
      for (const t of terms)
        if (!rowMatches(r, t)) {
          all = false;
          break;
        }
      if (!all) continue;
    }
    shown.push(r);
  }
  return { shown, hidden: model.rows.length - shown.length };
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into matching and non-matching parts for highlighting (case-insensitive, every search word): the
 * letters typed, every word sharing a search word's stem ("burns" marks "burn"), and `extra` words (the names of
 * people a search word stands for).
 */
export function highlightParts(text: string, query: string, extra: readonly string[] = []): TextPart[] {
  const terms = [...searchTerms(query), ...extra];
  if (!terms.length || !text) return [{ text, match: false }];
  const lower = text.toLowerCase();
  // A few characters change length when lower-cased; positions would not line up, so show the text plainly.
  if (lower.length !== text.length) return [{ text, match: false }];
  const marks = new Uint8Array(text.length);
  let any = false;
  for (const t of terms) {
    let i = lower.indexOf(t);
    while (i >= 0) {
      marks.fill(1, i, i + t.length);
      any = true;
      i = lower.indexOf(t, i + t.length);
    }
  }
  const stems = searchTerms(query)
    .map(stemOf)
    .filter((st) => st.length >= 2);
  if (stems.length) {
    for (const m of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
      const st = stemOf(m[0]);
      if (stems.includes(st)) {
        marks.fill(1, m.index, m.index + m[0].length);
        any = true;
      }
    }
  }
  if (!any) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let startAt = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[startAt]) {
      parts.push({ text: text.slice(startAt, i), match: marks[startAt] === 1 });
      startAt = i;
    }
  }
  return parts;
}

/** A list with `value` added (on) or removed (off), for checkbox groups. */
export function toggleIn<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((x) => x !== value);
}
