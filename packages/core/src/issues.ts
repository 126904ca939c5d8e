import type * as z from 'zod/mini';

/** What kind of record an issue is about. */
export type IssueEntity =
  | 'CaseBundle'
  | 'TeamBoard'
  | 'Case'
  | 'Person'
  | 'Relationship'
  | 'Household'
  | 'Agency'
  | 'Professional'
  | 'Involvement'
  | 'ChronologyEntry'
  | 'Document'
  | 'SafetyPlan'
  | 'Statement'
  | 'Action'
  | 'ScaleRating'
  | 'AuditEvent'
  | 'Blockage'
  | 'Debrief';

/**
 * One problem found in host data: which record (type and id), which field, and why, in plain English.
 * `id` is null when the record has no usable id; `index` is its position in its list.
 */
export interface DataIssue {
  entity: IssueEntity;
  id: string | null;
  /** Field path inside the record, e.g. "gender" or "pregnancy.outcome"; "" for the record as a whole. */
  path: string;
  message: string;
  /** Where the record sits in the input, e.g. "people[3]". */
  location?: string;
  /** True when the record is kept and shown without this field (or list item), rather than left out. */
  withheld?: boolean;
}

export interface ParseResult<T> {
  /** The valid part of the input. Invalid records are left out here and described in `issues`. */
  value: T;
  issues: DataIssue[];
}

const describeType = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN (an invalid number)';
    if (!Number.isFinite(v)) return v > 0 ? 'infinity' : 'minus infinity';
    return 'a number';
  }
  if (typeof v === 'boolean') return 'true/false';
  if (typeof v === 'undefined') return 'missing';
  return typeof v === 'object' ? 'an object' : typeof v;
};

const expectedName: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number',
};

const at = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
};

export const pathToString = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');

/**
 * How many Unicode code points a string holds (a lone surrogate counts as one), as `[...s].length` counts them, without
 * making an array of them: a hostile 1 MB field took 100 ms to count that way, and a case can hold dozens.
 */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Turns a zod issue into a plain-English sentence about the field; never echoes the (possibly huge or hostile) value. */
export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length ? `"${pathToString(issue.path)}"` : 'The record';
  const value = at(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${field} is required`;
      if (typeof value === 'number' && (issue.expected === 'number' || issue.expected === 'int'))
        return `${field} must be ${issue.expected === 'int' ? 'a whole number' : 'a finite number'}, not ${describeType(value)}`;
      return `${field} must be ${expectedName[issue.expected] ?? issue.expected}, not ${describeType(value)}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const shown = typeof value === 'string' && value.length <= 40 ? ` (it is "${value}")` : '';
      return options.length === 1 ? `${field} must be "${options[0]}"${shown}` : `${field} must be one of: ${options.join(', ')}${shown}`;
    }
    case 'invalid_union': {
      // A relationship whose "kind" is missing or not one of the five: zod reports it at the path "kind".
      if (issue.path.at(-1) === 'kind') {
        const shown = typeof value === 'string' && value.length <= 40 ? ` (it is "${value}")` : '';
        return `${field} must be one of: partner, parent, twin, emotional, support${shown}`;
      }
      return `${field} is not in any accepted form`;
    }
    case 'too_big':
      if (typeof value === 'string')
        // Characters are counted as zod and JSON Schema count them: Unicode code points (docs/decisions/0006), not
        // UTF-16 code units (`length`), so 15,000 emoji are 15,000 characters.
        return `${field} is too long: ${codePoints(value).toLocaleString('en-GB')} characters where at most ${Number(issue.maximum).toLocaleString('en-GB')} are allowed`;
      return `${field} ${issue.message}`;
    default:
      return `${field} ${issue.message}`;
  }
}
