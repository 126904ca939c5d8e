// Reflow and zoom (WCAG 1.4.10 and 1.4.4, issue 16): each view of each component with the sample case at 320 CSS px
// wide, which is what a 1280 px window shows at 400% browser zoom. The page must not scroll sideways (drawings and
// tables may scroll inside their own region), and text drawn in an SVG must be at least 12 CSS px as rendered (its
// font size times the drawing's scale), so that at 400% zoom it is 4 × 12 device px like the page's own text.
// Screenshots of each view are kept in the test output only as figures (scroll width, smallest text).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import '@opencasework/blockage-board/define';
import '@opencasework/documents/define';
import '@opencasework/recording/define';
import { VIEWS, name } from './support/views.js';
import { settled } from './support/axe.js';

/** Every visible SVG text under `root` (through shadow roots): its rendered size in CSS px. */
function svgTextSizes(root: ShadowRoot | Element): { text: string; px: number }[] {
  const out: { text: string; px: number }[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const t of Array.from(node.querySelectorAll<SVGTextElement>('svg text'))) {
      const r = t.getBoundingClientRect();
      const words = (t.textContent ?? '').trim();
      if (!words || r.width === 0 || getComputedStyle(t).visibility === 'hidden') continue;
      const m = t.getScreenCTM();
      const scale = m ? Math.hypot(m.a, m.b) : 1;
      out.push({ text: words.slice(0, 30), px: parseFloat(getComputedStyle(t).fontSize) * scale });
    }
    for (const el of Array.from(node.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root);
  return out;
}

describe('reflow and zoom: every view at 320 CSS px (400% zoom of a 1280 px window)', function () {
  this.timeout(120_000);
  // WebDriver (our WebKit) cannot resize the window: there the component sits in a 320 px frame instead.
  let resized = false;
  before(async () => {
    resized = await setViewport({ width: 320, height: 640 }).then(
      () => true,
      () => false,
    );
  });
  after(async () => {
    if (resized) await setViewport({ width: 1280, height: 900 });
  });
  for (const view of VIEWS) {
    it(`${name(view)}: no sideways page scroll, drawing text at least 12 CSS px`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      if (!resized) wrap.style.width = '320px';
      const el = document.createElement(view.tag);
      Object.assign(el, view.props);
      wrap.append(el);
      await settled(wrap);
      await new Promise((r) => setTimeout(r, 150));
      await settled(wrap);
      const page = document.scrollingElement!;
      if (resized) expect(page.scrollWidth, 'page width at 320 px').to.be.at.most(page.clientWidth + 1);
      else expect(wrap.scrollWidth, 'frame width at 320 px').to.be.at.most(321);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const sizes = svgTextSizes(el.shadowRoot!);
      // 0.5% below 12 is a drawing's viewBox rounding (11.98 px), not text too small to read.
      const small = sizes.filter((s) => s.px < 12 * 0.995).map((s) => `"${s.text}" ${s.px.toFixed(1)} px`);

      console.info(`reflow ${name(view)}: ${sizes.length} drawing texts, ${small.length} under 12 px`);
      expect(small.slice(0, 8), `${small.length} of ${sizes.length} drawing texts under 12 CSS px`).to.deep.equal([]);
    });
  }
});
