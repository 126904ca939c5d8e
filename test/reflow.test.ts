// WCAG 2.2 1.4.10 Reflow: at 320 CSS px wide (1280 px at 400% zoom) no component makes the page scroll sideways.
// Data tables and drawings may scroll inside their own region (the criterion's exception for two-dimensional
// content), but the component itself must fit.
import { expect, fixture, html } from '@open-wc/testing';
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import '@opencasework/blockage-board/define';
import { sampleCase, sampleBoard } from '@opencasework/core/sample';
import { settled } from './support/axe.js';

const CASE_TAGS = ['cw-chronology', 'cw-genogram', 'cw-family-network', 'cw-safety-plan'];

/** Elements inside the component wider than the box they sit in, that are not their own scroll region. */
function overflowing(root: ShadowRoot, width: number): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.right > width + 1) {
      // Inside a scroll container (overflow auto/scroll) this is two-dimensional content scrolling in place.
      let p: HTMLElement | null = el.parentElement;
      let scrolls = false;
      while (p) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') {
          scrolls = true;
          break;
        }
        p = p.parentElement;
      }
      if (!scrolls) out.push(`${el.localName}.${el.className || ''}`.slice(0, 60));
    }
  }
  return out;
}

describe('reflow at 320 CSS pixels (400% zoom)', function () {
  this.timeout(60_000);
  for (const tag of [...CASE_TAGS, 'cw-blockage-board']) {
    it(`${tag} fits 320px without page-level horizontal scrolling`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div class="frame"></div>`);
      wrap.style.width = '320px';
      const el = document.createElement(tag) as HTMLElement & { bundle?: unknown; board?: unknown };
      if (tag === 'cw-blockage-board') el.board = sampleBoard;
      else el.bundle = sampleCase;
      wrap.append(el);
      await settled(wrap);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const left = wrap.getBoundingClientRect().left;
      expect(overflowing(el.shadowRoot!, left + 320).slice(0, 5)).to.deep.equal([]);
    });
  }
});
