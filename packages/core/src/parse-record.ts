import type * as z from 'zod/mini';
import { describeZodIssue, pathToString, type DataIssue, type IssueEntity } from './issues.js';
import { fastParse, UNSURE } from './fast-parse.js';

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

/** How deep a record's data may nest, and how many values it may hold, before that part is left out. */
export const MAX_DEPTH = 100;
export const MAX_VALUES = 500_000;

export interface ShapeProblem {
  /** The record's own field the problem is under. */
  key: string;
  /** Where, e.g. "meta.owner.case". */
  path: string;
  kind: 'loop' | 'deep' | 'large';
}

/**
 * The fields of a record whose data loops back on itself (a host object with a cycle), nests more than MAX_DEPTH
 * deep, or holds more than MAX_VALUES values. A value reached twice without a loop (shared, not cyclic) is fine.
 * Never throws, and never walks more than MAX_VALUES values or deeper than MAX_DEPTH.
 */
export function shapeProblems(input: Obj, container: object = input): ShapeProblem[] {
  if (isShallow(input, container)) return [];
  const problems: ShapeProblem[] = [];
  const onPath = new Set<object>([input, container]);
  let budget = MAX_VALUES;
  // The keys from the record's field down to the value being walked: a path is written out only for a problem (this
  // walk visits every value of every record of a case, so it builds no string on the way).
  const stack: (string | number)[] = [];
  /** Walks one child value (objects and lists only), its key on the stack while it is walked. */
  const child = (x: unknown, key: string | number, depth: number): ShapeProblem['kind'] | null => {
    if (x === null || typeof x !== 'object') return null;
    stack.push(key);
    const found = walk(x, depth);
    if (!found) stack.pop();
    return found;
  };
  const walk = (v: object, depth: number): ShapeProblem['kind'] | null => {
    if (onPath.has(v)) return 'loop';
    if (depth > MAX_DEPTH) return 'deep';
    onPath.add(v);
    try {
      if (Array.isArray(v)) {
        if ((budget -= v.length) < 0) return 'large';
        for (let i = 0; i < v.length; i++) {
          const found = child(v[i], i, depth + 1);
          if (found) return found;
        }
        return null;
      }
      const keys = Object.keys(v);
      if ((budget -= keys.length) < 0) return 'large';
      for (const k of keys) {
        const found = child((v as Obj)[k], k, depth + 1);
        if (found) return found;
      }
      return null;
    } finally {
      onPath.delete(v);
    }
  };
  for (const key of Object.keys(input)) {
    const v = input[key];
    if (v === null || typeof v !== 'object') continue;
    stack.length = 0;
    const kind = walk(v, 1);
    if (!kind) continue;
    const path = key + stack.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
    problems.push({ key, path, kind });
    if (kind === 'large') break;
  }
  return problems;
}

/**
 * True when no field can loop, nest or hold too much: each is a primitive, or a list or an object of primitives, and
 * together they hold at most MAX_VALUES values (most records: a chronology entry's people, tags and source). The walk
 * would find nothing in them; this finds that without its set, stack and closures, once per record of a case.
 */
function isShallow(input: Obj, container: object): boolean {
  let budget = MAX_VALUES;
  const primitive = (x: unknown) => x === null || typeof x !== 'object';
  // for-in with hasOwn: the own enumerable keys, as Object.keys gives them, without an array per record and field
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    const v = input[key];
    if (primitive(v)) continue;
    if (v === input || v === container) return false;
    if (Array.isArray(v)) {
      if ((budget -= v.length) < 0) return false;
      for (let i = 0; i < v.length; i++) if (!primitive(v[i])) return false;
    } else {
      for (const k in v as Obj) {
        if (!Object.hasOwn(v as Obj, k)) continue;
        if (--budget < 0 || !primitive((v as Obj)[k])) return false;
      }
    }
  }
  return true;
}

const SHAPE_WHY: Record<ShapeProblem['kind'], string> = {
  loop: 'leads back to itself (a loop in the data)',
  deep: `is nested more than ${MAX_DEPTH} levels deep`,
  large: `holds more than ${MAX_VALUES.toLocaleString('en-GB')} values`,
};

/**
 * The document's own fields beyond `known` (kept as the host sent them) without any that loop, nest too deep or are
 * too large, each reported: so a bundle handed in with a cyclic property is still shown, and can still be saved.
 */
export function withoutBadExtras(raw: Obj, known: readonly string[], entity: IssueEntity, issues: DataIssue[]): Obj {
  const extras: Obj = {};
  for (const k of Object.keys(raw)) if (!known.includes(k)) extras[k] = raw[k];
  const shape = shapeProblems(extras, raw);
  if (!shape.length) return raw;
  const out: Obj = { ...raw };
  for (const p of shape) {
    delete out[p.key];
    issues.push({
      entity,
      id: null,
      path: p.path,
      withheld: true,
      message: `"${p.path}" ${SHAPE_WHY[p.kind]}, so "${p.key}" cannot be kept${WITHHELD}`,
    });
  }
  return out;
}

/**
 * Parses one record; returns it or pushes issues naming it. A fault confined to descriptive fields (a text too long,
 * an unknown value in a descriptive list, a bad optional date) keeps the record with those fields withheld, each
 * reported with `withheld: true`, so one field never hides a mother and every relationship that names her.
 */
export function parseRecord<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  entity: IssueEntity,
  location: string,
  issues: DataIssue[],
): T | undefined {
  const id = idOf(input);
  if (isObject(input)) {
    // A loop, a depth or a size no record needs: that field is withheld (or, when the record cannot stand without
    // it, the record is left out), reported, and the rest of the record and of the case is shown.
    const shape = shapeProblems(input);
    if (shape.length) {
      const cannot = shape.some((p) => isStructural(p.key));
      for (const p of shape)
        issues.push({
          entity,
          id,
          path: p.path,
          location,
          message: `"${p.path}" ${SHAPE_WHY[p.kind]}, so ${cannot ? 'the record cannot be read' : `"${p.key}" cannot be shown${WITHHELD}`}`,
          ...(cannot ? {} : { withheld: true }),
        });
      if (cannot) return undefined;
      const rest: Obj = { ...input };
      for (const p of shape) delete rest[p.key];
      return parseRecord(schema, rest, entity, location, issues);
    }
  }
  // Most records are valid: the fast parser gives zod's value without zod's machinery (see fast-parse.ts), and zod
  // parses only what it cannot vouch for, so every fault is still reported in zod's words.
  const fast = fastParse(schema, input);
  if (fast !== UNSURE) return fast;
  const r = schema.safeParse(input);
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
 * A record of plain fields that the fast parser vouches for, as `parseRecord` would return it (a record whose fields
 * cannot loop, nest or overflow has no shape problems, and the fast parser's answer is parseRecord's); UNSURE for
 * anything else, and for anything that throws (a getter, a proxy), which `parseRecord` then parses in its guard.
 */
export function fastRecord<T>(schema: z.ZodMiniType<T>, input: unknown): T | typeof UNSURE {
  try {
    return isObject(input) && isShallow(input, input) ? fastParse(schema, input) : UNSURE;
  } catch {
    return UNSURE;
  }
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
