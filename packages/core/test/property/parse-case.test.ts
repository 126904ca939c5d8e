// Property-based (fast-check, fixed seed): parseCaseBundle on generated valid and corrupted bundles never throws,
// never rewrites a valid record, names a record or a top-level path in every issue, finishes within a time bound
// proportional to the input's size, and never pollutes a prototype. Nothing of the data is printed.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { DOC_LISTS, parseCaseBundle } from '../../src/index.js';
import { corrupt, corruptions, holds, validCase, withoutRecordProto } from './arbitraries.js';
import { firstDifference, parseProblems } from './checks.js';

const LISTS = [...DOC_LISTS.case, 'audit'];
export const RUNS = { valid: 120, corrupted: 300 };

describe('property: parseCaseBundle', function () {
  this.timeout(60_000);

  it(`returns a valid bundle unchanged, own "__proto__" and "constructor" keys included, with no issues (${RUNS.valid} bundles)`, () =>
    holds(
      fc.property(validCase, (doc) => {
        const r = parseCaseBundle(doc);
        // The one allowed change: a record's own "__proto__" key, reported (it cannot be kept on an ordinary object).
        const other = r.issues.find((i) => i.path !== '__proto__' || !i.id);
        if (other) throw new Error(`${r.issues.length} issues, one: ${other.entity} at "${other.path}"`);
        const d = firstDifference(r.value, r.issues.length ? withoutRecordProto(doc, LISTS) : doc);
        if (d) throw new Error(`the valid bundle was rewritten at ${d}`);
        const p = parseProblems(parseCaseBundle, doc, LISTS);
        if (p.length) throw new Error(p.join('; '));
      }),
      RUNS.valid,
    ));

  it(`keeps its promises on corrupted bundles (${RUNS.corrupted} bundles, 1 to 5 corruptions each)`, () =>
    holds(
      fc.property(validCase, corruptions, (doc, cs) => {
        const p = parseProblems(parseCaseBundle, corrupt(doc, cs), LISTS);
        if (p.length) throw new Error(p.join('; '));
      }),
      RUNS.corrupted,
    ));

  it('keeps its promises on anything at all (not an object, wrong schema, lists of the wrong type)', () =>
    holds(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 3 }),
          fc.record({
            schema: fc.constant('opencasework/case-bundle@1'),
            case: fc.anything({ maxDepth: 2 }),
            people: fc.anything({ maxDepth: 2 }),
          }),
        ),
        (input) => {
          const p = parseProblems(parseCaseBundle, input, LISTS);
          if (p.length) throw new Error(p.join('; '));
        },
      ),
      200,
    ));

  it('the property runner itself fails on a broken promise (a parser that rewrites is caught)', () => {
    const rewriting = (input: unknown) => {
      const r = parseCaseBundle(input);
      const v = r.value as { chronology?: { title: string }[] };
      if (v.chronology?.[0]) v.chronology[0] = { ...v.chronology[0], title: `${v.chronology[0].title}!` };
      return r;
    };
    expect(() =>
      holds(
        fc.property(validCase, (doc) => {
          const p = parseProblems(rewriting, doc, LISTS);
          if (p.length) throw new Error(p.join('; '));
        }),
        60,
      ),
    ).to.throw(/chronology record changed at .*title/);
  });
});
