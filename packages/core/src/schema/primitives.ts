// zod/mini: the same parser and rules as zod's classic API, but its functions are tree-shakable, so a page loads only
// the parts the contract uses (about a third of classic zod's weight; docs/performance.md).
import * as z from 'zod/mini';
import { PARTIAL_DATE_PATTERN } from '../partial-date.js';

// No code generation: zod's JIT compiles parsers with `new Function`, and even its probe for it is reported as a
// violation under a strict Content-Security-Policy. Interpreted parsing is fast enough for case data (see
// docs/performance.md). This is zod's global setting, so it also applies to a host's own zod schemas.
z.config({ jitless: true });

/** Days in each month (1-12) of the Gregorian calendar, for rejecting impossible dates such as 2019-02-30. */
const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

export const MAX_TEXT = 20_000;
export const MAX_TITLE = 200;
export const MAX_ID = 200;

/** Stable identifier from the host's system. */
export const Id = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`));

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": social-care dates are often known only to the month or year. */
export const PartialDate = z.string().check(
  z.regex(PARTIAL_DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine((s: string) => {
    if (s.length < 10) return true;
    // Read from the pattern's fixed places (YYYY-MM-DD), without splitting: this runs for every date of a case.
    return +s.slice(8, 10) <= daysInMonth(+s.slice(0, 4), +s.slice(5, 7));
  }, 'is not a real calendar date'),
);

/** ISO 8601 date-time with an offset (Z or ±HH:MM). */
export const Instant = z.iso.datetime({ offset: true, message: 'must be a date and time such as 2024-03-01T09:30:00Z' });

/**
 * Free text, always rendered as text. Every length in the contract counts Unicode code points, as zod 4's `maxLength` and
 * JSON Schema's `maxLength` do (an emoji is one): docs/decisions/0006-text-length-in-code-points.md.
 */
export const Text = z
  .string()
  .check(z.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT.toLocaleString('en-GB')} characters (Unicode code points)`));
export const Title = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(MAX_TITLE, `must be at most ${MAX_TITLE} characters`));

/** "Id or string": equals a record id in the bundle, or is a name in free text. */
export const IdOrName = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(MAX_TITLE, `must be at most ${MAX_TITLE} characters`));

export const Time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour)'));

/**
 * True when a link may be opened: an http(s) address, or a relative one (a path on the host's own site, which the
 * page resolves over http(s)). Read as the browser reads it (tabs and newlines inside and spaces before are dropped),
 * so "java\nscript:" and " javascript:" are refused like "javascript:", and so are data:, blob:, file: and the rest.
 */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string' || !value.trim()) return false;
  // Control characters have no place in an address; the browser would drop some of them and read what is left.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const u = new URL(value, 'https://relative.invalid/');
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Where a document is served: an http(s) or relative address. Components open it, so any other scheme (javascript:,
 * data:, blob:, file:, vbscript:) is refused.
 */
export const WebAddress = z
  .string()
  .check(
    z.maxLength(2000, 'must be at most 2,000 characters'),
    z.refine(
      isWebAddress,
      'must be a web address starting with https:// or http://, or a path on the host’s own site: other kinds of address (such as javascript: or data:) could run code or hide content when the document is opened, so it is not kept',
    ),
  );

/** A media type such as "application/pdf", "image/jpeg" or "audio/webm;codecs=opus". */
export const MediaType = z
  .string()
  .check(
    z.maxLength(200, 'must be at most 200 characters'),
    z.regex(/^[A-Za-z0-9][\w.+-]*\/[A-Za-z0-9][\w.+-]*(\s*;.*)?$/, 'must be a media type such as "application/pdf" or "image/jpeg"'),
  );
