// Visible focus (test/support/visible-focus.ts) in every other view: the chronology's timeline and court, the genogram,
// the family network, the blockage board, the documents and the quick note. Together with table.test.ts,
// table-editable.test.ts and safety-plan.test.ts, every view in FOCUS_VIEWS is swept once.
import { FOCUS_VIEWS, screenshotProbe, sweepVisibleFocus } from '../support/visible-focus.js';
import { name } from '../support/views.js';

const ELSEWHERE = new Set(['cw-chronology table', 'cw-chronology table editable']);
screenshotProbe();
sweepVisibleFocus(FOCUS_VIEWS.filter((v) => !ELSEWHERE.has(name(v)) && v.tag !== 'cw-safety-plan'));
