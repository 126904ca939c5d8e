import {
  dayOf,
  formatPartialDate,
  type BlockageCategory,
  type BlockageStatus,
  type ChangeResult,
  type DateLocale,
  type Params,
} from '@opencasework/core';
import { boardMessages, type BoardKey } from './messages/index.js';

/** Looks a message up in the board's catalogue, in the board's language. */
export type Translate = (key: BoardKey, params?: Params) => string;

/**
 * Everything a view needs to turn the board's data into words: messages, labels, numbers, durations and days, in
 * the board's language and time zone. Views take one of these instead of the element.
 */
export interface BoardFormat {
  t: Translate;
  status(s: BlockageStatus): string;
  category(c: BlockageCategory): string;
  /** A number with at most `digits` decimals (1 by default), grouped the local way. */
  number(n: number, digits?: number): string;
  /** "3 days", "5 weeks", "4 months", rounded to a sensible unit. */
  days(days: number): string;
  /** "1.5 hours a week". */
  hours(hours: number): string;
  /** "nobody else yet", "1 other", "2 others". */
  others(count: number): string;
  /** A (partial) date, YYYY[-MM[-DD]], in the board's language. */
  date(day: string): string;
  /** What the person is told when a change was not saved. */
  failure(r: ChangeResult & { ok: false }): string;
  /** The calendar day an instant falls on in the board's time zone, as a date in the board's language. */
  day(instant: string | number): string;
}

const formatters = new Map<string, Intl.NumberFormat>();
/** Formats a number; formatters are cached (building one costs far more than using it). */
export function formatNumber(n: number, locale: string, digits = 1): string {
  const key = `${locale}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    } catch {
      f = new Intl.NumberFormat('en', { maximumFractionDigits: digits });
    }
    formatters.set(key, f);
  }
  return f.format(n);
}

function days(t: Translate, d: number): string {
  if (d < 1) return t('time.underDay');
  if (d < 14) return t('time.days', { count: Math.round(d) });
  if (d < 70) return t('time.weeks', { count: Math.round(d / 7) });
  return t('time.months', { count: Math.round(d / 30.44) });
}

// To the quarter hour and finer: 0.25 hours a week is 15 minutes, not "0.3 hours" (two decimals at most).
const hours = (t: Translate, h: number) => t('time.hours', { count: Math.round(h * 100) / 100 });

/** The board's formatter for one language and time zone. */
export function boardFormat(t: Translate, locale: string, dateLocale: DateLocale, timeZone: string): BoardFormat {
  return {
    t,
    status: (s) => t(`status.${s}`),
    category: (c) => t(`category.${c}`),
    number: (n, digits = 1) => formatNumber(n, locale, digits),
    days: (d) => days(t, d),
    hours: (h) => hours(t, h),
    others: (count) => (count === 0 ? t('card.othersNone') : t('card.others', { count })),
    failure: (r) =>
      r.reason === 'vetoed'
        ? t('alert.vetoed')
        : r.reason === 'invalid'
          ? t('alert.invalid', { message: r.message })
          : r.reason === 'storage'
            ? t('alert.storage', { message: r.message })
            : t('alert.conflict'),
    date: (day) => formatPartialDate(day, dateLocale),
    day: (instant) => {
      const day = dayOf(instant, timeZone);
      return day ? formatPartialDate(day, dateLocale) : String(instant);
    },
  };
}

/** "3 days", "5 weeks", "4 months" (and Welsh, once its catalogue is loaded), rounded to a sensible unit. */
export function formatDays(d: number, locale: string): string {
  return days((k, p) => boardMessages.t(locale, k, p), d);
}

/** "2 hours a week" (and Welsh, once its catalogue is loaded). */
export function formatHours(h: number, locale: string): string {
  return hours((k, p) => boardMessages.t(locale, k, p), h);
}
