import type * as z from 'zod/mini';

/** What a fast parser returns when it cannot vouch for the input: zod then parses it, and says what is wrong. */
export const UNSURE: unique symbol = Symbol('unsure');
type Fast = (value: unknown) => unknown;

/** The parts of zod 4's internals a fast parser reads (`schema._zod`): its definition, its checks and its own parse. */
interface Internals {
  def: {
    type: string;
    checks?: { _zod: CheckInternals }[];
    shape?: Record<string, { _zod: Internals }>;
    catchall?: { _zod: Internals };
    element?: { _zod: Internals };
    innerType?: { _zod: Internals };
    options?: { _zod: Internals }[];
    discriminator?: string;
    values?: readonly unknown[];
  };
  traits: Set<string>;
  /** An enum's or literal's allowed values. */
  values?: Set<unknown>;
  optin?: string;
  optout?: string;
  parse: (payload: Payload, ctx: object) => unknown;
  check?: (payload: Payload) => unknown;
}
interface CheckInternals {
  def: {
    check: string;
    when?: (payload: Payload) => boolean;
    minimum?: number;
    maximum?: number;
    format?: string;
    pattern?: RegExp;
    fn?: (value: unknown) => unknown;
  };
  check: (payload: Payload) => unknown;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Checks that only look at a value (none rewrites it), run as zod runs them. Any other kind: zod parses. */
const CHECKS = new Set([
  'min_length',
  'max_length',
  'length_equals',
  'string_format',
  'custom',
  'greater_than',
  'less_than',
  'number_format',
  'multiple_of',
  'min_size',
  'max_size',
  'size_equals',
]);
/** Leaf types parsed by zod's own type test (with no coercion), then their checks. */
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'bigint', 'null']);

// One payload, reused: a fast parse allocates only the copies it returns. Checks never call back into a parse.
const P: Payload = { value: undefined, issues: [] };
const CTX = { async: false };

function checksOf(s: Internals): CheckInternals[] | null {
  const list = (s.def.checks ?? []).map((c) => c._zod);
  // A string format (an ISO date-time) is its own check, run first, as zod runs it.
  if (s.traits.has('$ZodCheck')) list.unshift(s as unknown as CheckInternals);
  return list.every((c) => CHECKS.has(c.def.check)) ? list : null;
}

/** Runs checks on P.value as zod does; false at the first issue. */
function passes(checks: readonly CheckInternals[]): boolean {
  for (const c of checks) {
    if (c.def.when && !c.def.when(P)) continue;
    if (c.check(P) instanceof Promise || P.issues.length) return false;
  }
  return true;
}

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * A string check answered without zod's payload (a 10,000-entry case runs about 80,000): true only where zod's check
 * passes too. Lengths are zod's in Unicode code points, which are at most the UTF-16 units and at least half of them:
 * a string within the maximum in units is within it in code points, one of at least twice the minimum in units
 * reaches it. Anything else (near the limit, a failed test) is zod's to judge, and to say what is wrong. Undefined:
 * a check this does not know.
 */
function stringCheck(c: CheckInternals): ((v: string) => boolean) | undefined {
  const { check, minimum, maximum, format, pattern, fn } = c.def;
  if (check === 'max_length' && typeof maximum === 'number') return (v) => v.length <= maximum;
  if (check === 'min_length' && typeof minimum === 'number') return (v) => v.length >= (minimum <= 1 ? minimum : 2 * minimum);
  if (check === 'string_format' && format === 'regex' && pattern instanceof RegExp)
    return (v) => {
      pattern.lastIndex = 0;
      return pattern.test(v);
    };
  if (check === 'custom' && typeof fn === 'function')
    return (v) => {
      const r = fn(v);
      return !!r && !(r instanceof Promise);
    };
  return undefined;
}

function leaf(s: Internals): Fast | null {
  const checks = checksOf(s);
  if (!checks || (s.def as { coerce?: boolean }).coerce) return null;
  // The commonest leaves answer without zod's payload round trip (a 10,000-entry case has about 80,000 of them):
  // the same test zod's own parse makes (its string and boolean test the type, its enum and literal look the value
  // up in the set it keeps as `values`), then the checks.
  const type = s.def.type;
  const values = s.values;
  if (type === 'string' || type === 'boolean' || ((type === 'enum' || type === 'literal') && values instanceof Set)) {
    const test: (v: unknown) => boolean =
      type === 'string' ? (v) => typeof v === 'string' : type === 'boolean' ? (v) => typeof v === 'boolean' : (v) => values!.has(v);
    if (!checks.length) return (v) => (test(v) ? v : UNSURE);
    const own = type === 'string' ? checks.map(stringCheck) : [];
    if (own.length && own.every(Boolean)) {
      const [a, b, c] = own as ((v: string) => boolean)[];
      // one, two or three checks (an id, a title, a date) without a loop; more: in turn
      if (own.length === 1) return (v) => (typeof v === 'string' && a!(v) ? v : UNSURE);
      if (own.length === 2) return (v) => (typeof v === 'string' && a!(v) && b!(v) ? v : UNSURE);
      if (own.length === 3) return (v) => (typeof v === 'string' && a!(v) && b!(v) && c!(v) ? v : UNSURE);
      return (v) => (typeof v === 'string' && own.every((f) => f!(v)) ? v : UNSURE);
    }
    return (v) => {
      if (!test(v)) return UNSURE;
      P.value = v;
      P.issues.length = 0;
      return passes(checks) ? v : UNSURE;
    };
  }
  const parse = s.parse;
  return (v) => {
    P.value = v;
    P.issues.length = 0;
    if (parse(P, CTX) !== P || P.issues.length || P.value !== v) return UNSURE;
    return passes(checks) ? v : UNSURE;
  };
}

function object(s: Internals): Fast | null {
  const shape = s.def.shape!;
  if (Object.getOwnPropertySymbols(shape).length) return null;
  const keys = Object.keys(shape);
  const keySet = new Set(keys);
  const catchall = s.def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown') return null;
  const keep = catchall === 'unknown';
  const parsers: Fast[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const f = compile(shape[key]!._zod);
    if (!f) return null;
    parsers.push(f);
    optional.push(shape[key]!._zod.optin === 'optional' && shape[key]!._zod.optout === 'optional');
  }
  const checks = checksOf(s);
  if (!checks) return null;
  const n = keys.length;
  return (v) => {
    if (!isPlain(v)) return UNSURE;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const x = v[key];
      if (x === undefined) {
        // Absent and optional: left out, as zod leaves it. Present as undefined, or inherited: zod's to judge.
        if (!optional[i] || key in v) return UNSURE;
        continue;
      }
      if (!Object.hasOwn(v, key)) return UNSURE;
      const r = parsers[i]!(x);
      if (r === UNSURE) return UNSURE;
      out[key] = r;
      present++;
    }
    // Counted without listing (no array per record): a record with only known fields, the usual case, is done.
    let own = 0;
    for (const key in v) if (Object.hasOwn(v, key)) own++;
    if (own !== present) {
      for (const key of Object.keys(v)) {
        if (keySet.has(key)) continue;
        // A record with "__proto__" is zod's to judge (and reported).
        if (key === '__proto__') return UNSURE;
        if (keep) out[key] = v[key];
      }
    }
    if (!checks.length) return out;
    P.value = out;
    P.issues.length = 0;
    return passes(checks) ? out : UNSURE;
  };
}

function array(s: Internals): Fast | null {
  const item = compile(s.def.element!._zod);
  const checks = checksOf(s);
  if (!item || !checks) return null;
  return (v) => {
    if (!Array.isArray(v)) return UNSURE;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return UNSURE;
      const r = item(v[i]);
      if (r === UNSURE) return UNSURE;
      out[i] = r;
    }
    P.value = out;
    P.issues.length = 0;
    return passes(checks) ? out : UNSURE;
  };
}

/** A union told apart by one literal field (zod's discriminated union): the option that field names parses it. */
function discriminated(s: Internals): Fast | null {
  const key = s.def.discriminator;
  const checks = checksOf(s);
  if (!key || !checks) return null;
  const byValue = new Map<unknown, Fast>();
  for (const o of s.def.options!) {
    const d = o._zod.def.shape?.[key]?._zod.def;
    const f = compile(o._zod);
    if (!f || d?.type !== 'literal') return null;
    for (const value of d.values!) {
      if (byValue.has(value)) return null;
      byValue.set(value, f);
    }
  }
  return (v) => {
    if (!isPlain(v)) return UNSURE;
    const f = byValue.get(v[key]);
    const r = f ? f(v) : UNSURE;
    if (r === UNSURE) return UNSURE;
    P.value = r;
    P.issues.length = 0;
    return passes(checks) ? r : UNSURE;
  };
}

function build(s: Internals): Fast | null {
  const t = s.def.type;
  if (LEAVES.has(t)) return leaf(s);
  if (t === 'unknown' || t === 'any') return checksOf(s)?.length === 0 ? (v) => v : null;
  if (t === 'object') return object(s);
  if (t === 'array') return array(s);
  // A present optional value is its inner type's (an absent one is the object's to skip).
  if (t === 'optional') return checksOf(s)?.length === 0 ? compile(s.def.innerType!._zod) : null;
  if (t === 'union') return discriminated(s);
  return null;
}

const compiled = new WeakMap<object, Fast | null>();
function compile(s: Internals): Fast | null {
  if (compiled.has(s)) return compiled.get(s)!;
  compiled.set(s, null); // a schema that refers to itself: zod parses it
  const f = build(s);
  compiled.set(s, f);
  return f;
}

/**
 * The value zod would give for `input`, found without zod's general machinery, or UNSURE. Built once per schema from
 * zod's own definitions, as closures (no code generation, so it runs under a strict CSP with Trusted Types), using
 * zod's own type tests and checks for every field; only the walk over objects, lists and unions is ours. It vouches
 * only for input it can follow exactly (plain objects with their own fields, no holes, no `undefined` values, no
 * transforms, defaults or coercion); anything else, valid or not, is UNSURE, and zod parses it and reports.
 */
export function fastParse<T>(schema: z.ZodMiniType<T>, input: unknown): T | typeof UNSURE {
  const f = compile((schema as unknown as { _zod: Internals })._zod);
  if (!f) return UNSURE;
  try {
    return f(input) as T | typeof UNSURE;
  } finally {
    P.value = undefined;
    P.issues.length = 0;
  }
}
