import { isPartialDate } from './partial-date.js';

/** The time zone a case's days are counted in unless a component is told otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    };
    try {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      // An unknown time zone: count days in the default one rather than fail.
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: DEFAULT_TIME_ZONE });
    }
    formats.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in a time zone (Europe/London by default), so an event at
 * 00:30 British Summer Time belongs to that day, not to the UTC day before. A string that is already a partial
 * date ("2019", "2019-03", "2019-03-14") is returned as it is; an instant that cannot be read gives ''.
 */
export function dayOf(instant: string | number | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (typeof instant === 'string' && isPartialDate(instant)) return instant;
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  let year = '',
    month = '',
    day = '';
  for (const part of formatFor(timeZone).formatToParts(date)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

const todays = new Map<string, { minute: number; day: string }>();

/**
 * Today (YYYY-MM-DD) in a time zone; `now` lets tests and reports fix the moment. Kept for the current minute (every
 * time zone's offset is whole minutes, so the day cannot change inside one): a drawing asks many times per render.
 */
export function today(timeZone: string = DEFAULT_TIME_ZONE, now?: Date): string {
  if (now) return dayOf(now, timeZone);
  const t = Date.now(),
    minute = Math.floor(t / 60_000);
  const kept = todays.get(timeZone);
  if (kept?.minute === minute) return kept.day;
  const day = dayOf(t, timeZone);
  todays.set(timeZone, { minute, day });
  return day;
}
