// Property-based (fast-check, fixed seed): parseTeamBoard keeps the same promises as parseCaseBundle on generated
// valid and corrupted boards. Nothing of the data is printed.
import fc from 'fast-check';
import { DOC_LISTS, parseTeamBoard } from '../../src/index.js';
import { corrupt, corruptions, holds, validBoard, withoutRecordProto } from './arbitraries.js';
import { firstDifference, parseProblems } from './checks.js';

const LISTS = [...DOC_LISTS.board, 'audit'];
export const RUNS = { valid: 100, corrupted: 300 };

describe('property: parseTeamBoard', function () {
  this.timeout(60_000);

  it(`returns a valid board unchanged, with no issues but a reported record "__proto__" (${RUNS.valid} boards)`, () =>
    holds(
      fc.property(validBoard, (doc) => {
        const r = parseTeamBoard(doc);
        const other = r.issues.find((i) => i.path !== '__proto__' || !i.id);
        if (other) throw new Error(`${r.issues.length} issues, one: ${other.entity} at "${other.path}"`);
        const d = firstDifference(r.value, r.issues.length ? withoutRecordProto(doc, LISTS) : doc);
        if (d) throw new Error(`the valid board was rewritten at ${d}`);
        const p = parseProblems(parseTeamBoard, doc, LISTS);
        if (p.length) throw new Error(p.join('; '));
      }),
      RUNS.valid,
    ));

  it(`keeps its promises on corrupted boards (${RUNS.corrupted} boards, 1 to 5 corruptions each)`, () =>
    holds(
      fc.property(validBoard, corruptions, (doc, cs) => {
        const p = parseProblems(parseTeamBoard, corrupt(doc, cs), LISTS);
        if (p.length) throw new Error(p.join('; '));
      }),
      RUNS.corrupted,
    ));

  it('keeps its promises on anything at all', () =>
    holds(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 3 }),
          fc.record({
            schema: fc.constant('opencasework/team-board@1'),
            id: fc.anything({ maxDepth: 1 }),
            blockages: fc.anything({ maxDepth: 2 }),
          }),
        ),
        (input) => {
          const p = parseProblems(parseTeamBoard, input, LISTS);
          if (p.length) throw new Error(p.join('; '));
        },
      ),
      200,
    ));
});
