/**
 * Open Casework's sample data: a synthetic case (no real person) and a team board, plus generators for scale
 * tests and hostile input. `import { sampleCase, sampleBoard } from '@opencasework/core/sample'`.
 * The same data as JSON: `case-bundle.json` and `team-board.json` in this folder (`node scripts/gen-sample.mjs`).
 */
import type { CaseBundle, TeamBoard } from '../src/schema/index.js';
import { buildCase } from './case.js';
import { buildBoard } from './team-board.js';

/** Plain JSON data only (no undefined values), so the export equals its JSON file exactly. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The Evans–Hughes case: three generations, 37 people, 300+ chronology entries, a Signs of Safety plan. */
export const sampleCase: CaseBundle = asJson(buildCase());
/** A team's blockage board: 28 blockages and 8 debriefs over a year. */
export const sampleBoard: TeamBoard = asJson(buildBoard());

export { makeChronology, makeFamily, makeNetwork } from './generators.js';
export { hostileBundle, hostileBoard, HOSTILE_STRINGS, type HostileOptions } from './hostile.js';
export { makeRng, type Rng } from './prng.js';
