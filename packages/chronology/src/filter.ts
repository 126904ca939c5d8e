import { endOf, startOf, type Category, type Significance } from '@opencasework/core';
import type { ChronologyModel, Row } from './model.js';

/** What the reader has chosen to see. Empty lists mean "no restriction". Dates are PartialDates ("2019", "2019-03"). */
export interface ChronologyFilters {
  agencies: string[];
  categories: Category[];
  significances: Significance[];
  /** Entries about any of these people. */
  people: string[];
  from: string;
  to: string;
  /** Free text: every word must appear (case-insensitive). */
  text: string;
  /** Only significant and critical entries. */
  significantOnly: boolean;
}

export function emptyFilters(): ChronologyFilters {
  return { agencies: [], categories: [], significances: [], people: [], from: '', to: '', text: '', significantOnly: false };
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Fills any missing field with its empty value and drops values of the wrong type, so a host's saved state is safe to apply. */
export function normaliseFilters(input: Partial<ChronologyFilters> | null | undefined): ChronologyFilters {
  const f = emptyFilters();
  if (!input || typeof input !== 'object') return f;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  f.agencies = strings(input.agencies);
  f.categories = strings(input.categories) as Category[];
  f.significances = strings(input.significances) as Significance[];
  f.people = strings(input.people);
  f.from = typeof input.from === 'string' && DATE.test(input.from) ? input.from : '';
  f.to = typeof input.to === 'string' && DATE.test(input.to) ? input.to : '';
  f.text = typeof input.text === 'string' ? input.text.slice(0, 500) : '';
  f.significantOnly = input.significantOnly === true;
  return f;
}

export function isFiltering(f: ChronologyFilters, extraPeople: string[] = []): boolean {
  return !!(f.agencies.length || f.categories.length || f.significances.length || f.people.length || f.from || f.to
    || f.text.trim() || f.significantOnly || extraPeople.length);
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
export function filterRows(model: ChronologyModel, f: ChronologyFilters, onlyPeople: string[] = []): FilterResult {
  if (!isFiltering(f, onlyPeople)) return { shown: model.rows, hidden: 0 };
  const agencies = f.agencies.length ? new Set(f.agencies) : null;
  const categories = f.categories.length ? new Set<string>(f.categories) : null;
  const sigs = f.significances.length ? new Set<string>(f.significances) : null;
  const people = f.people.length ? new Set(f.people) : null;
  const only = onlyPeople.length ? new Set(onlyPeople) : null;
  const from = f.from ? startOf(f.from) : -Infinity;
  const to = f.to ? endOf(f.to) : Infinity;
  const terms = searchTerms(f.text);
  const shown: Row[] = [];
  for (const r of model.rows) {
    if (f.significantOnly && r.sig < 2) continue;
    if (agencies && !agencies.has(r.agencyId)) continue;
    if (categories && !categories.has(r.entry.category)) continue;
    if (sigs && !sigs.has(r.entry.significance)) continue;
    if (people && !r.subjectIds.some((id) => people.has(id))) continue;
    if (only && !r.subjectIds.some((id) => only.has(id))) continue;
    // Overlap of the entry's span (its date's span, or its period) with [from, to].
    if (r.start > to || Math.max(r.dateEnd, r.periodEnd ?? r.dateEnd) < from) continue;
    if (terms.length) {
      let all = true;
      for (const t of terms) if (!r.text.includes(t)) { all = false; break; }
      if (!all) continue;
    }
    shown.push(r);
  }
  return { shown, hidden: model.rows.length - shown.length };
}

export interface TextPart { text: string; match: boolean }

/** Splits text into matching and non-matching parts for highlighting (case-insensitive, every search word). */
export function highlightParts(text: string, query: string): TextPart[] {
  const terms = searchTerms(query);
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
