// Issue 16 finding 1 in the family network: every Tab stop of the "by family member" view and of the picture shows
// focus (WCAG 2.4.13's measure; the measuring helper is the chronology's).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import { focusStopFailures } from '../../chronology/test/focus-measure.js';

describe('visible focus on every stop of the family network (issue 16, finding 1)', () => {
  for (const view of ['people', 'picture'] as const)
    it(`${view} view: every stop shows focus`, async () => {
      const el = await fixture<CwFamilyNetwork>(
        html`<cw-family-network .bundle=${sampleCase} today="2026-11-30" view=${view} editable></cw-family-network>`,
      );
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      const { stops, failures } = await focusStopFailures(el, 150, () => sendKeys({ press: 'Tab' }));
      expect(stops, 'stops visited').to.be.greaterThan(view === 'people' ? 30 : 12);
      expect(failures).to.deep.equal([]);
    });
});
