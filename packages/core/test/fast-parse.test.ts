// The fast parser against zod on the same input: it must never vouch for a record zod refuses, and where it vouches
// its value must be zod's exactly (same fields, same order, a copy). Inputs: every record of the sample case, the
// hostile bundle and generated chronologies, each field replaced by values chosen to sit on each rule's edge (lengths
// in code points, impossible dates, times on part dates, non-finite numbers, inherited and reserved names, holes),
// and generated corruptions (fast-check, fixed seed). Nothing of the data is printed.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import * as z from 'zod';
import * as S from '../src/schema/index.js';
import { fastParse, UNSURE } from '../src/fast-parse.js';
import { hostileBundle, makeChronology, makeFamily, makeNetwork, sampleBoard, sampleCase } from '../sample/index.js';
import { corrupt, corruptions, holds, validCase, type Obj } from './property/arbitraries.js';

const LISTS: [string, unknown][] = [
  ['people', S.Person],
  ['relationships', S.Relationship],
  ['households', S.Household],
  ['agencies', S.Agency],
  ['professionals', S.Professional],
  ['involvements', S.Involvement],
  ['chronology', S.ChronologyEntry],
  ['safetyPlans', S.SafetyPlan],
  ['documents', S.Document],
  ['audit', S.AuditEvent],
];
type Schema = { safeParse: (v: unknown) => { success: boolean; data?: unknown } };

/** "" when equal, else where: own keys in the same order, values the same (undefined kept apart from absent). */
function difference(a: unknown, b: unknown, at = '$'): string {
  if (Object.is(a, b)) return '';
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return at;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at} (prototype)`;
  const ak = Reflect.ownKeys(a),
    bk = Reflect.ownKeys(b);
  if (ak.join() !== bk.join()) return `${at} (keys ${ak.length} vs ${bk.length}, or their order)`;
  for (const k of ak) {
    const d = difference((a as Obj)[k as string], (b as Obj)[k as string], `${at}.${String(k)}`);
    if (d) return d;
  }
  return '';
}

/** Problems with the fast parse of one input: vouching for what zod refuses, or a value that is not zod's. */
function compare(schema: Schema, input: unknown, where: string, tally: { sure: number; unsure: number }): string[] {
  const fast = fastParse(schema as never, input);
  const z = schema.safeParse(input);
  if (fast === UNSURE) {
    tally.unsure++;
    return [];
  }
  tally.sure++;
  if (!z.success) return [`${where}: vouched for a record zod refuses`];
  if (fast === input && input && typeof input === 'object') return [`${where}: returned the host's object, not a copy`];
  const d = difference(fast, z.data);
  return d ? [`${where}: differs from zod's value at ${d}`] : [];
}

const EMOJI = '\u{1F600}';
/** Values on the edges of the contract's rules, and of what a fast path could get wrong. */
function edgeValues(): unknown[] {
  const inherited: Obj = Object.create({ inherited: 'x' });
  const nullProto = Object.assign(Object.create(null), { a: 1 });
  // eslint-disable-next-line no-sparse-arrays
  const holey = ['a', , 'b'];
  return [
    undefined,
    null,
    '',
    ' ',
    'x',
    'x'.repeat(200),
    'x'.repeat(201),
    EMOJI.repeat(200), // 200 code points, 400 UTF-16 units: within a 200 limit
    EMOJI.repeat(201),
    'x'.repeat(20_000),
    'x'.repeat(20_001),
    0,
    -1,
    1.5,
    2 ** 53,
    NaN,
    Infinity,
    -0,
    true,
    false,
    [],
    {},
    ['a', 1],
    holey,
    ['p-1', 'p-1'],
    '2019-02-29',
    '2020-02-29',
    '1900-02-29',
    '2000-02-29',
    '2019-04-31',
    '2019-13',
    '2019-00',
    '2019',
    '0000-02-29',
    '2019-02',
    '12:60',
    '23:59',
    '9:30',
    '2024-03-01T09:30:00Z',
    '2024-03-01T09:30:00',
    '2024-02-30T09:30:00Z',
    'javascript:alert(1)',
    'https://example.org/a',
    '/letters/a.pdf',
    'application/pdf',
    'routine',
    'critical',
    'partner',
    'parent',
    new Date(0),
    inherited,
    nullProto,
    JSON.parse('{"__proto__": {"polluted": 1}}'),
  ];
}

function recordsOf(bundle: Obj): [string, Schema, Obj][] {
  const out: [string, Schema, Obj][] = [];
  for (const [list, schema] of LISTS) {
    const items = bundle[list];
    if (Array.isArray(items)) for (const r of items as Obj[]) out.push([list, schema as Schema, r]);
  }
  return out;
}

describe('fastParse: zod’s value, faster, or no answer', function () {
  this.timeout(120_000);
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const bundles = [sampleCase, hostileBundle(), makeChronology(300, 7), makeFamily(60, 3), makeNetwork(40, 5)].map(
    (b) => clone(b) as unknown as Obj,
  );

  it('vouches for every valid record of the sample, hostile and generated cases, with zod’s value', () => {
    const tally = { sure: 0, unsure: 0 };
    const problems: string[] = [];
    let valid = 0;
    for (const [bi, b] of bundles.entries())
      for (const [list, schema, r] of recordsOf(b)) {
        if (schema.safeParse(r).success) valid++;
        problems.push(...compare(schema, r, `bundle ${bi} ${list}`, tally));
      }
    for (const r of (clone(sampleBoard) as unknown as { blockages: Obj[] }).blockages)
      problems.push(...compare(S.Blockage, r, 'board', tally));
    expect(problems).to.deep.equal([]);
    // Every valid record is answered fast (the hostile bundle's invalid ones are zod's to report).
    expect(tally.sure, `records answered fast of ${valid} valid`).to.be.at.least(valid);
    expect(valid).to.be.greaterThan(900);
  });

  it('never differs from zod when any one field holds a value on a rule’s edge, or is missing, or is extra', () => {
    const tally = { sure: 0, unsure: 0 };
    const problems: string[] = [];
    const values = edgeValues();
    // A few records of every kind (people, each kind of relationship, entries of every shape, plans, documents).
    const seen = new Map<string, number>();
    for (const [list, schema, r] of recordsOf(bundles[0]!).concat(recordsOf(bundles[1]!))) {
      const key = `${list}:${(r as { kind?: string }).kind ?? ''}`;
      if ((seen.get(key) ?? 0) >= 4) continue;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const fields = [...new Set([...Object.keys(r), 'time', 'endDate', 'deceased', 'dateOfDeath', 'extraField'])];
      for (const field of fields) {
        const without: Obj = { ...r };
        delete without[field];
        problems.push(...compare(schema, without, `${key} without ${field}`, tally));
        for (const [i, v] of values.entries())
          problems.push(...compare(schema, { ...r, [field]: v }, `${key}.${field} = edge value ${i}`, tally));
      }
    }
    expect(problems).to.deep.equal([]);
    // Both answers were given many times: the comparison covered vouching as well as declining.
    expect(tally.sure).to.be.greaterThan(1000);
    expect(tally.unsure).to.be.greaterThan(1000);
  });

  it('follows zod on the shapes the contract does not use today: stripped fields, absent and undefined, unions', () => {
    const tally = { sure: 0, unsure: 0 };
    const strict = z.object({ a: z.string(), b: z.number().optional() });
    const union = z.discriminatedUnion('k', [z.looseObject({ k: z.literal('x'), n: z.number() }), z.looseObject({ k: z.literal('y') })]);
    const cases: [unknown, unknown][] = [
      [strict, { a: 'v', extra: 1 }], // zod drops the extra field of a plain object
      [strict, { extra: 1, b: 2, a: 'v' }], // and orders fields as the shape does
      [strict, { a: 'v', b: undefined }],
      [strict, { a: 'v', b: NaN }],
      [union, { k: 'x', n: 1, more: [1] }],
      [union, { k: 'z' }],
      [union, { k: 'y', n: 'not checked' }],
    ];
    const problems = cases.flatMap(([schema, input], i) => compare(schema as Schema, input, `case ${i}`, tally));
    expect(problems).to.deep.equal([]);
    expect(fastParse(strict, { a: 'v', extra: 1 })).to.deep.equal({ a: 'v' });
    expect(fastParse(union, { k: 'z' })).to.equal(UNSURE);
    // What it cannot follow exactly it never answers: a default, a transform, a coerced or nullable value.
    for (const schema of [z.string().default('d'), z.string().transform((x) => x + '!'), z.coerce.number(), z.string().nullable()])
      expect(fastParse(schema as never, 'text'), schema.def.type).to.equal(UNSURE);
    expect(tally.sure).to.equal(4);
  });

  it('never differs from zod on generated corruptions of whole cases (fast-check)', () => {
    holds(
      fc.property(validCase, corruptions, (doc, cs) => {
        const bad = corrupt(doc, cs);
        const tally = { sure: 0, unsure: 0 };
        const problems = recordsOf(bad).flatMap(([list, schema, r], i) => compare(schema, r, `${list}[${i}]`, tally));
        if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
      }),
      60,
    );
  });
});
