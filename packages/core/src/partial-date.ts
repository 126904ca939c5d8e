import { DEFAULT_TIME_ZONE, today } from './day.js';

/**
 * PartialDate helpers. A partial date ("2019", "2019-03", "2019-03-14") stands for a span of time, not a day:
 * it sorts by its start, and among dates starting the same day the more precise comes first
 * ("2019-03-01" before "2019-03" before "2019"), so a year-only event sits at the top of its year, where a reader
 * would look for "sometime in 2019", and never between two dated events of a later month.
 */
export type Precision = 'year' | 'month' | 'day';

/** The one partial-date pattern: YYYY, YYYY-MM or YYYY-MM-DD (months 01-12, days 01-31). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a value is a partial date string ("2019", "2019-03", "2019-03-14"). */
export function isPartialDate(s: unknown): s is string {
  return typeof s === 'string' && PARTIAL_DATE_PATTERN.test(s);
}

/** Whether a value is a whole day, YYYY-MM-DD (a host's "today"); "2019" or "2019-03" is not. */
export function isDay(s: unknown): s is string {
  return isPartialDate(s) && s.length === 10;
}

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function precisionOf(date: string): Precision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** Two or four digits of `s` from `at` as a number (NaN when one is not a digit). */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

export function partsOf(date: string): DateParts {
  // The canonical forms read digit by digit (a model of 10,000 entries reads each date several times); anything else
  // as before, split at its hyphens.
  const n = date.length;
  if ((n === 4 || n === 7 || n === 10) && (n === 4 || date[4] === '-') && (n < 10 || date[7] === '-')) {
    const year = digits(date, 0, 4);
    const month = n >= 7 ? digits(date, 5, 2) : 0;
    const day = n === 10 ? digits(date, 8, 2) : 0;
    if (!Number.isNaN(year + month + day)) {
      const parts: DateParts = { year };
      if (month) parts.month = month;
      if (day) parts.day = day;
      return parts;
    }
  }
  const [y, m, d] = date.split('-').map(Number);
  const parts: DateParts = { year: y! };
  if (m) parts.month = m;
  if (d) parts.day = d;
  return parts;
}

/**
 * A canonical date's year, month (0: none) and day (0: none) into `CANON`, read digit by digit without an object per
 * call (a chronology of 10,000 entries reads each date several times); false for any other form, which `partsOf`
 * reads as before. A month or day of 0 written out ("2019-00") is not canonical here, so it keeps partsOf's meaning.
 */
const CANON = { year: 0, month: 0, day: 0 };
function canonical(date: string): boolean {
  const n = date.length;
  if (!((n === 4 || n === 7 || n === 10) && (n === 4 || date[4] === '-') && (n < 10 || date[7] === '-'))) return false;
  const year = digits(date, 0, 4);
  const month = n >= 7 ? digits(date, 5, 2) : 0;
  const day = n === 10 ? digits(date, 8, 2) : 0;
  if (Number.isNaN(year + month + day) || (n >= 7 && month === 0) || (n === 10 && day === 0)) return false;
  CANON.year = year;
  CANON.month = month;
  CANON.day = day;
  return true;
}

/** The first day the partial date could mean, as UTC milliseconds. */
export function startOf(date: string): number {
  if (canonical(date)) return Date.UTC(CANON.year, (CANON.month || 1) - 1, CANON.day || 1);
  const { year, month = 1, day = 1 } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

/** The last day the partial date could mean (start of that day), as UTC milliseconds. */
export function endOf(date: string): number {
  if (canonical(date)) {
    const { year, month, day } = CANON;
    return day ? Date.UTC(year, month - 1, day) : month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
  }
  const { year, month, day } = partsOf(date);
  if (day) return Date.UTC(year, month! - 1, day);
  if (month) return Date.UTC(year, month, 0);
  return Date.UTC(year, 11, 31);
}

/** The middle of the span, for placing an imprecise date on a time axis. */
export function midpointOf(date: string): number {
  return (startOf(date) + endOf(date)) / 2;
}

const rank: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** Compares two partial dates for sorting: by start, then more precise first. */
export function comparePartialDates(a: string, b: string): number {
  const d = startOf(a) - startOf(b);
  if (d !== 0) return d < 0 ? -1 : 1;
  return rank[precisionOf(a)] - rank[precisionOf(b)];
}

/** What ordering by a partial date reads of an item, worked out once: its start, its precision and its sequence. */
export interface DateOrderKey {
  readonly start: number;
  readonly precision: Precision;
  readonly sequence?: number | undefined;
}

/**
 * The order of `sortByPartialDate`, over keys already worked out (a list that has each item's start and precision to
 * hand sorts with this, and reads no date again): by start, the more precise first, then by sequence (none last).
 * 0 for a tie, so a stable sort keeps tied items as given.
 */
export function compareDateOrder(a: DateOrderKey, b: DateOrderKey): number {
  return a.start - b.start || rank[a.precision] - rank[b.precision] || (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || 0;
}

/** Sorts items by a partial date, then by an optional sequence, keeping input order for ties. */
export function sortByPartialDate<T>(items: readonly T[], date: (t: T) => string, sequence?: (t: T) => number | undefined): T[] {
  return items
    .map((item) => {
      const d = date(item);
      return { item, start: startOf(d), precision: precisionOf(d), sequence: sequence?.(item) };
    })
    .sort(compareDateOrder)
    .map((x) => x.item);
}

/**
 * Today as a PartialDate, in Europe/London.
 * @deprecated Use `today(timeZone?, now?)` from day.ts (a component's `today()` uses its `timeZone`).
 */
export function todayPartialDate(now = new Date()): string {
  return today(DEFAULT_TIME_ZONE, now);
}

export type DateLocale = 'en' | 'cy';
const CY_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];
const CY_MONTHS_SHORT = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Month names in English and Welsh, January first (what dates are written with, and what an anonymiser looks for). */
export const MONTH_NAMES: Readonly<Record<DateLocale, readonly string[]>> = { en: EN_MONTHS, cy: CY_MONTHS };
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface FormatOptions {
  /** 'short' gives "14 Mar 2019"; 'long' gives "14 March 2019". */
  style?: 'short' | 'long';
  /** Marks the date as approximate: "c. Mar 2019" (English), "tua Maw 2019" (Welsh). */
  approximate?: boolean;
}

/**
 * Formats a partial date honestly: only the precision it has ("Mar 2019", "2019"), with "c." when approximate.
 * Month names are built in rather than taken from Intl, because Intl's Welsh data differs between engines.
 */
export function formatPartialDate(date: string, locale: DateLocale = 'en', opts: FormatOptions = {}): string {
  const { year, month, day } = partsOf(date);
  const long = opts.style === 'long';
  const months = locale === 'cy' ? (long ? CY_MONTHS : CY_MONTHS_SHORT) : long ? EN_MONTHS : EN_MONTHS_SHORT;
  let text = String(year);
  if (month) text = `${months[month - 1]} ${text}`;
  if (day) text = `${day} ${text}`;
  if (opts.approximate) text = `${locale === 'cy' ? 'tua' : 'c.'} ${text}`;
  return text;
}

export interface Age {
  years: number;
  months: number;
  /** True when the dates are too imprecise for an exact age. */ approximate: boolean;
}

/**
 * Age of a person born on `dateOfBirth` at `at`. Null when the event is before birth.
 * With partial dates the age is computed from the midpoints and marked approximate.
 */
export function ageAt(dateOfBirth: string, at: string): Age | null {
  const exact = precisionOf(dateOfBirth) === 'day' && precisionOf(at) === 'day';
  const b = exact ? startOf(dateOfBirth) : midpointOf(dateOfBirth);
  const e = exact ? startOf(at) : midpointOf(at);
  if (e < b && (exact || endOf(at) < startOf(dateOfBirth))) return null;
  const bd = new Date(b),
    ed = new Date(Math.max(b, e));
  let months = (ed.getUTCFullYear() - bd.getUTCFullYear()) * 12 + (ed.getUTCMonth() - bd.getUTCMonth());
  if (ed.getUTCDate() < bd.getUTCDate()) months -= 1;
  months = Math.max(0, months);
  return { years: Math.floor(months / 12), months: months % 12, approximate: !exact };
}

/** "9" / "9y 3m" / "4m" / "c. 9" for display; Welsh uses "bl" and "mis". */
export function formatAge(age: Age | null, locale: DateLocale = 'en', withMonths = false): string {
  if (!age) return '';
  const c = age.approximate ? (locale === 'cy' ? 'tua ' : 'c. ') : '';
  const y = locale === 'cy' ? 'bl' : 'y';
  const m = locale === 'cy' ? 'mis' : 'm';
  if (age.years === 0) return `${c}${age.months}${m}`;
  if (withMonths && age.months) return `${c}${age.years}${y} ${age.months}${m}`;
  return `${c}${age.years}`;
}

/** Whole days from a to b (b - a), using each date's start. */
export function daysBetween(a: string, b: string): number {
  return Math.round((startOf(b) - startOf(a)) / 86_400_000);
}

/** Whether a partial date could fall on or before `at` (used for "as at" views). */
export function onOrBefore(date: string, at: string): boolean {
  return startOf(date) <= endOf(at);
}
