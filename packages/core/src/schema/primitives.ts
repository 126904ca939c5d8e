// A namespace import lets bundlers drop the parts of zod we do not use (its locales alone are most of its size).
import * as z from 'zod';
import { PARTIAL_DATE_PATTERN } from '../partial-date.js';

// No code generation: zod's JIT compiles parsers with `new Function`, and even its probe for it is reported as a
// violation under a strict Content-Security-Policy. Interpreted parsing is fast enough for case data (see
// docs/performance.md). This is zod's global setting, so it also applies to a host's own zod schemas.
z.config({ jitless: true });

/** Days in each month, for rejecting impossible dates such as 2019-02-30. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const MAX_TEXT = 20_000;
export const MAX_TITLE = 200;
export const MAX_ID = 200;

/** Stable identifier from the host's system. */
export const Id = z.string().min(1, 'must not be empty').max(MAX_ID, `must be at most ${MAX_ID} characters`);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": social-care dates are often known only to the month or year. */
export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    if (s.length < 10) return true;
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return d <= daysInMonth(y, m);
  }, 'is not a real calendar date');

/** ISO 8601 date-time with an offset (Z or ±HH:MM). */
export const Instant = z.iso.datetime({ offset: true, message: 'must be a date and time such as 2024-03-01T09:30:00Z' });

/**
 * Free text, always rendered as text. Every length in the contract counts Unicode code points, as zod 4's `.max()` and
 * JSON Schema's `maxLength` do (an emoji is one): docs/decisions/0006-text-length-in-code-points.md.
 */
export const Text = z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT.toLocaleString('en-GB')} characters (Unicode code points)`);
export const Title = z.string().min(1, 'must not be empty').max(MAX_TITLE, `must be at most ${MAX_TITLE} characters`);

/** "Id or string": equals a record id in the bundle, or is a name in free text. */
export const IdOrName = z.string().min(1, 'must not be empty').max(MAX_TITLE, `must be at most ${MAX_TITLE} characters`);

export const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour)');
