// Issue 16 finding 1 in the chronology: every Tab stop of the table view, with the filters and the pattern prompts
// open, shows focus (WCAG 2.4.7, measured as 2.4.13 does: the control's background changes by 3:1 over its whole
// box, or a ring of at least 2 px changes by 3:1 against what those pixels showed unfocused).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';
import { focusStopFailures } from './focus-measure.js';

describe('visible focus on every stop of the chronology (issue 16, finding 1)', () => {
  it('table view with the filters and the patterns open: every stop shows focus', async function () {
    // 120 Tab presses, each measured: WebKit under the three-engine run took over mocha's 20 s default once.
    this.timeout(90_000);
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase} editable></cw-chronology>`);
    await el.updateComplete;
    const r = el.shadowRoot!;
    r.querySelector<HTMLElement>('details.more > summary')!.click();
    r.querySelector<HTMLElement>('details.patterns > summary')!.click();
    await el.updateComplete;
    // The pattern analysis loads on demand (a chunk of its own): wait for the prompts it lists, not a fixed time.
    await waitUntil(() => r.querySelectorAll('details.patterns .findings > li').length > 0, 'the pattern prompts listed', {
      timeout: 10_000,
    });
    await el.updateComplete;
    const { stops, failures } = await focusStopFailures(el, 120, () => sendKeys({ press: 'Tab' }));
    expect(stops, 'stops visited').to.be.greaterThan(60);
    expect(failures).to.deep.equal([]);
  });
});
