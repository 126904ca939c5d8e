import type * as z from 'zod';
import { describeZodIssue, pathToString, type DataIssue, type IssueEntity } from './issues.js';

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const idOf = (v: unknown): string | null => (isObject(v) && typeof v.id === 'string' && v.id ? v.id : null);

/**
 * Fields a record is never shown without: its identity, the links that give it its meaning, whether and when it ended,
 * and anything about who may see it (withholding a bad `confidentiality` would show a restricted record to everyone).
 * A fault in one of these still leaves the record out, as before.
 */
const STRUCTURAL = new Set([
  'id',
  'kind',
  'type',
  'parentId',
  'childId',
  'a',
  'b',
  'agencyId',
  'professionalId',
  'status',
  'endDate',
  'endsId',
  // What a genogram would draw falsely without: a pregnancy as a living child, the dead as living, abuse undirected.
  'pregnancy',
  'deceased',
  'dateOfDeath',
  'direction',
]);
const isStructural = (key: string) => STRUCTURAL.has(key) || /confidential|sensitive|restricted|redact/i.test(key);
const WITHHELD = '; the record is shown without it';

/**
 * The record without the fields (or list items) zod found faults in, when none of them is structural; undefined
 * when the record cannot stand without them. A bad item of a list (one of several ids, one partnership event) is
 * taken out of its list; a bad field is left out whole.
 */
function withoutFaults(input: Obj, paths: readonly (readonly PropertyKey[])[]): Obj | undefined {
  const out: Obj = { ...input };
  const items = new Map<string, Set<number>>();
  for (const [key, index] of paths) {
    if (typeof key !== 'string' || isStructural(key)) return undefined;
    if (typeof index === 'number' && Array.isArray(input[key])) items.set(key, (items.get(key) ?? new Set()).add(index));
    else delete out[key];
  }
  for (const [key, bad] of items) if (key in out) out[key] = (input[key] as unknown[]).filter((_, i) => !bad.has(i));
  return out;
}

/**
 * Parses one record; returns it or pushes issues naming it. A fault confined to descriptive fields (a text too long,
 * an unknown value in a descriptive list, a bad optional date) keeps the record with those fields withheld, each
 * reported with `withheld: true`, so one field never hides a mother and every relationship that names her.
 */
export function parseRecord<T>(
  schema: z.ZodType<T>,
  input: unknown,
  entity: IssueEntity,
  location: string,
  issues: DataIssue[],
): T | undefined {
  const r = schema.safeParse(input);
  const id = idOf(input);
  if (r.success) {
    if (isObject(input) && Object.hasOwn(input, '__proto__'))
      issues.push({
        entity,
        id,
        path: '__proto__',
        message: '"__proto__" is a name browsers reserve, so that field cannot be kept',
        location,
      });
    return r.data;
  }
  const salvage =
    id && isObject(input)
      ? withoutFaults(
          input,
          r.error.issues.map((zi) => zi.path),
        )
      : undefined;
  const kept = salvage ? schema.safeParse(salvage) : undefined;
  const seen = new Set<string>();
  for (const zi of r.error.issues) {
    const message = describeZodIssue(zi, input) + (kept?.success ? WITHHELD : '');
    const path = pathToString(zi.path);
    if (seen.has(path + message)) continue;
    seen.add(path + message);
    issues.push({ entity, id, path, message, location, ...(kept?.success ? { withheld: true } : {}) });
  }
  return kept?.success ? kept.data : undefined;
}

/**
 * Runs one record's parse in its own guard: a record that makes the parser throw (nested thousands deep, a list of a
 * hundred thousand bad items) is reported and left out, and never takes the other records or the case with it.
 */
export function guarded<T>(
  run: () => T | undefined,
  entity: IssueEntity,
  input: unknown,
  location: string,
  issues: DataIssue[],
): T | undefined {
  try {
    return run();
  } catch (err) {
    const why = err instanceof RangeError ? 'it is too large or too deeply nested' : 'it could not be read';
    issues.push({ entity, id: idOf(input), path: '', message: `The record was left out: ${why}`, location });
    return undefined;
  }
}
