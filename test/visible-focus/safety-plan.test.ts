// Visible focus (test/support/visible-focus.ts) in the safety plan's three views (the editor has about 280 stops).
import { FOCUS_VIEWS, sweepVisibleFocus } from '../support/visible-focus.js';

sweepVisibleFocus(FOCUS_VIEWS.filter((v) => v.tag === 'cw-safety-plan'));
