// Visible focus (test/support/visible-focus.ts) on the chronology's long table, read-only: 334 entries, 400 stops.
import { FOCUS_VIEWS, sweepVisibleFocus } from '../support/visible-focus.js';
import { name } from '../support/views.js';

sweepVisibleFocus(FOCUS_VIEWS.filter((v) => name(v) === 'cw-chronology table'));
