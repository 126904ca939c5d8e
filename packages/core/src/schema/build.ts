// Small builders the schemas share (not exported from the package): zod/mini spells a rule as a check, so these keep
// the contract's many fields readable.
import * as z from 'zod/mini';

/** A string of at most `max` characters (Unicode code points), reported in zod's words. */
export const str = (max: number) => z.string().check(z.maxLength(max));

const WHOLE = 'must be a whole number';

/** A whole number, with optional bounds (inclusive). */
export const wholeNumber = (min?: number, max?: number) => {
  const checks: z.core.$ZodCheck<number>[] = [z.int(WHOLE)];
  if (min !== undefined) checks.push(z.gte(min, min === 0 ? 'must be 0 or more' : `must be ${min} or more`));
  if (max !== undefined) checks.push(z.lte(max, `must be ${max} or less`));
  return z.number().check(...checks);
};

/** A list that may be left out. */
export const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item));
