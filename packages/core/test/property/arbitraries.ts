// fast-check generators for the property-based tests: valid case bundles and team boards built from the seeded
// sample generators (realistic shapes: families, chronologies, networks, the sample case) with generated text,
// unknown fields and own "__proto__" / "constructor" keys, and corruptions of them (a value replaced by anything,
// a field deleted, a record duplicated, a list replaced, deep nesting). All data is synthetic.
import fc from 'fast-check';
import { makeChronology, makeFamily, makeNetwork, sampleBoard, sampleCase } from '../../sample/index.js';
import type { DataIssue } from '../../src/index.js';

export type Obj = Record<string, unknown>;

/** The fixed seed every property file runs with (CI reproduces any failure exactly). */
export const SEED = 20261203;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Keys that change prototypes when assigned carelessly: kept as own properties through JSON.parse. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A short free text (any Unicode, including right-to-left and zero-width characters), within every Title limit. */
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });
/** An unknown field a host might add: its value any JSON. */
const extraField = fc.tuple(
  fc.oneof(fc.constantFrom('hostNote', 'x-cms', 'legacyRef', ...DANGEROUS_KEYS), fc.string({ minLength: 1, maxLength: 8 })),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Builds one of the realistic valid bundles. */
const baseCase = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ n: fc.integer({ min: 0, max: 40 }), seed: fc.integer({ min: 1, max: 1e6 }) })
      .map(({ n, seed }) => makeChronology(n, seed)),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ n: fc.integer({ min: 2, max: 16 }), g: fc.integer({ min: 1, max: 3 }), seed: fc.integer({ min: 1, max: 1e6 }) })
      .map(({ n, g, seed }) => makeFamily(n, g, seed)),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ n: fc.integer({ min: 2, max: 12 }), seed: fc.integer({ min: 1, max: 1e6 }) })
      .map(({ n, seed }) => makeNetwork(n, seed)),
  },
  // The full sample case (about 340 kB) in one run in ten: it is the realistic one, and the slow one to parse.
  { weight: 1, arbitrary: fc.constant(null).map(() => clone(sampleCase)) },
);

/**
 * Text put on records (titles, names) and unknown fields added, each as JSON text so that `__proto__` is an own
 * key, as JSON.parse makes it. Unknown fields are kept by the parser, so the result is still a valid bundle.
 */
function decorate(
  doc: Obj,
  edits: { list: number; at: number; text: string; extra: [string, unknown] | null }[],
  top: [string, unknown][],
): Obj {
  const lists = Object.keys(doc).filter((k) => Array.isArray(doc[k]) && (doc[k] as unknown[]).length && k !== 'audit');
  let json = JSON.stringify(doc);
  const out = JSON.parse(json) as Obj;
  for (const e of edits) {
    if (!lists.length) break;
    const items = out[lists[e.list % lists.length]!] as Obj[];
    const r = items[e.at % items.length]!;
    for (const f of ['title', 'givenName', 'name', 'label']) if (typeof r[f] === 'string') r[f] = e.text;
    if (e.extra && !Object.hasOwn(r, e.extra[0])) r[`\u0000${e.extra[0]}`] = e.extra[1];
  }
  for (const [k, v] of top) if (!Object.hasOwn(out, k)) out[`\u0000${k}`] = v;
  // Own dangerous keys only come from JSON text: write the marked keys back under their real names.
  json = JSON.stringify(out).replace(/"\\u0000([^"]*)":/g, (_m, k: string) => `${JSON.stringify(k)}:`);
  return JSON.parse(json) as Obj;
}

const edits = fc.array(fc.record({ list: fc.nat(), at: fc.nat(), text, extra: fc.option(extraField, { nil: null }) }), { maxLength: 6 });

/** A valid case bundle (the parser should return it unchanged, with no issues). */
export const validCase: fc.Arbitrary<Obj> = fc
  .tuple(baseCase, edits, fc.array(extraField, { maxLength: 2 }))
  .map(([doc, e, top]) => decorate(doc as unknown as Obj, e, top));

/** A valid team board. */
export const validBoard: fc.Arbitrary<Obj> = fc
  .tuple(fc.constant(null), edits, fc.array(extraField, { maxLength: 2 }))
  .map(([, e, top]) => decorate(clone(sampleBoard) as unknown as Obj, e, top));

/** One corruption: where (a path chosen by numbers) and what. */
export type Corruption =
  | { kind: 'set'; path: number[]; value: unknown }
  | { kind: 'delete'; path: number[] }
  | { kind: 'duplicate'; path: number[] }
  | { kind: 'nest'; path: number[]; depth: number }
  | { kind: 'dangerous'; path: number[]; key: (typeof DANGEROUS_KEYS)[number]; value: unknown };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    path,
    value: fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom(NaN, Infinity, -0, '', ' ', null)),
  }),
  fc.record({ kind: fc.constant('delete' as const), path }),
  fc.record({ kind: fc.constant('duplicate' as const), path }),
  fc.record({ kind: fc.constant('nest' as const), path, depth: fc.integer({ min: 50, max: 4000 }) }),
  fc.record({
    kind: fc.constant('dangerous' as const),
    path,
    key: fc.constantFrom(...DANGEROUS_KEYS),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

/** Applies corruptions to a copy of a document, following each path through objects and arrays by index. */
export function corrupt(doc: Obj, cs: readonly Corruption[]): Obj {
  const out = JSON.parse(JSON.stringify(doc)) as Obj;
  for (const c of cs) {
    let node: unknown = out;
    const steps = c.path.slice(0, -1);
    for (const n of steps) {
      const keys = node && typeof node === 'object' ? Object.keys(node) : [];
      if (!keys.length) break;
      const next = (node as Obj)[keys[n % keys.length]!];
      if (!next || typeof next !== 'object') break;
      node = next;
    }
    if (!node || typeof node !== 'object') continue;
    const o = node as Obj;
    const keys = Object.keys(o);
    const last = c.path[c.path.length - 1]!;
    // Only what JSON can hold: an array gets items (never a named property or a hole).
    if (Array.isArray(o)) {
      if (c.kind === 'set' && !o.length) o.push(c.value);
      else if (c.kind === 'delete') o.splice(last % Math.max(o.length, 1), 1);
      else if (o.length) o[last % o.length] = c.kind === 'set' ? c.value : o[last % o.length];
      if (c.kind !== 'nest' && c.kind !== 'duplicate') continue;
      if (!o.length) continue;
    }
    const key = keys.length ? keys[last % keys.length]! : 'x';
    if (c.kind === 'set') o[key] = c.value;
    else if (c.kind === 'delete') delete o[key];
    else if (c.kind === 'duplicate' && Array.isArray(o) && o.length) o.push(JSON.parse(JSON.stringify(o[0])));
    else if (c.kind === 'duplicate') o[key] = [o[key], o[key]];
    else if (c.kind === 'nest') {
      let deep: Obj = {};
      for (let i = 0; i < c.depth; i++) deep = { a: deep };
      o[key] = deep;
    } else if (c.kind === 'dangerous' && !Array.isArray(o))
      Object.defineProperty(o, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export const corruptions = fc.array(corruption, { minLength: 1, maxLength: 5 });

/** True when an issue names a record (an id or its place in a list) or a top-level path of the document. */
export function namesSomething(issue: DataIssue): boolean {
  if (typeof issue.message !== 'string' || !issue.message.trim()) return false;
  return (typeof issue.id === 'string' && issue.id.length > 0) || !!issue.location || issue.path.length > 0;
}

/** Words that must never reach a practitioner in an issue message: internal names and broken wording. */
export const BAD_WORDING = [
  /\bzod\b/i,
  /\[object /,
  /\bundefined\b/,
  /not a number, not a number/i,
  /\bnot not\b/i,
  /must be a number, not a number/i,
];

/** Every object in a value whose prototype is not Object.prototype, Array.prototype or null (a polluted copy). */
export function oddPrototypes(value: unknown, seen = new Set<unknown>()): number {
  if (!value || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  let n = proto === Object.prototype || proto === Array.prototype || proto === null ? 0 : 1;
  for (const k of Object.keys(value)) n += oddPrototypes((value as Obj)[k], seen);
  return n;
}

/** The names on Object.prototype and Array.prototype now, to compare after a run (pollution adds one). */
export const prototypeNames = () =>
  [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)].join();

/**
 * Runs a property and fails with the seed, the run and the shrunk path only: the counterexample itself (case data,
 * synthetic as it is) is never printed.
 */
export function holds<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  const d = fc.check(property, { seed: SEED, numRuns, endOnFailure: true });
  if (!d.failed) return;
  const why = d.errorInstance instanceof Error ? d.errorInstance.message.split('\n')[0]!.slice(0, 200) : 'failed';
  throw new Error(`Property failed after ${d.numRuns} runs (seed ${d.seed}, path "${d.counterexamplePath}"): ${why}`);
}

/**
 * The document as the parser may return it: a record's own "__proto__" key is the one field it may leave out, and
 * only with an issue saying so (it cannot be kept on an ordinary object). Removed from the records and the case; the
 * document's own top-level unknown fields are kept as they are.
 */
export function withoutRecordProto(doc: Obj, lists: readonly string[]): Obj {
  const strip = (o: unknown): unknown => {
    if (!o || typeof o !== 'object' || Array.isArray(o) || !Object.hasOwn(o, '__proto__')) return o;
    const out: Obj = {};
    for (const k of Object.keys(o))
      if (k !== '__proto__') Object.defineProperty(out, k, { value: (o as Obj)[k], enumerable: true, writable: true, configurable: true });
    return out;
  };
  const out: Obj = { ...doc };
  if (out.case) out.case = strip(out.case);
  for (const l of lists) if (Array.isArray(out[l])) out[l] = (out[l] as unknown[]).map(strip);
  return out;
}
