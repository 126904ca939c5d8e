// Issue 16, point 2, in a second engine: the drawings in Firefox launched in forced colours (its "override the
// page's colours" mode with a high-contrast palette, set by preferences at launch: see web-test-runner.config.mjs).
// Chromium emulates forced colours per page and runs the same measures in each package's accessibility test; Firefox
// cannot switch them per page, so this file runs in two groups of its own, one Firefox per palette (dark and light),
// and is not part of the default group. WebKit has no forced-colours mode to test.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import { canvasColour, drawingContrast, parseColour } from '../support/forced-colors.js';
import { GENOGRAM, NETWORK, PLAN_CHART, TIMELINE } from '../support/drawing-targets.js';
import { settled } from '../support/axe.js';

/** The palette this group's Firefox was launched with (named in the test page by the group's runner HTML). */
const scheme = document.querySelector<HTMLMetaElement>('meta[name="cw-forced-scheme"]')?.content;

async function shown<T extends HTMLElement>(tag: string, props: Record<string, unknown>, width = 1280): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  const el = Object.assign(document.createElement(tag), props) as T;
  wrap.append(el);
  await settled(wrap);
  return el;
}
const svgIn = (el: Element, sel: string) => el.shadowRoot!.querySelector<SVGSVGElement>(sel)!;

describe(`drawings in forced colours, Firefox with a ${scheme ?? '(none)'} high-contrast palette`, () => {
  it('the page is in forced colours with the palette of its group', () => {
    expect(scheme, 'run by a forced-colours group (npm test runs both)').to.be.oneOf(['light', 'dark']);
    expect(matchMedia('(forced-colors: active)').matches, 'forced-colors: active').to.equal(true);
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the colour scheme').to.equal(scheme === 'dark');
    const canvas = canvasColour();
    expect(canvas[0] + canvas[1] + canvas[2], 'Canvas').to.equal(scheme === 'dark' ? 0 : 765);
  });

  it('genogram: every text 4.5:1 and every line and mark 3:1, in the drawing and its key', async () => {
    const el = await shown<HTMLElement & { fit(): void }>('cw-genogram', { bundle: sampleCase, today: '2026-11-30' }, 1888);
    el.fit();
    await settled(el.parentElement!);
    const r = drawingContrast(svgIn(el, 'svg.drawing'), { texts: GENOGRAM.texts, marks: GENOGRAM.marks });
    expect(r.texts.length, 'texts measured').to.be.greaterThan(40);
    expect(r.marks.length, 'marks measured').to.be.greaterThan(60);
    expect(r.failures).to.deep.equal([]);
    const key = drawingContrast(el.shadowRoot!.querySelector('.legend')!, { texts: GENOGRAM.keyTexts, marks: GENOGRAM.keyMarks });
    expect(key.marks.length, 'key marks measured').to.be.greaterThan(15);
    expect(key.failures, 'the key').to.deep.equal([]);
    // the forced palette really paints the names: CanvasText, light on dark or dark on light
    const name = parseColour(getComputedStyle(svgIn(el, 'svg.drawing').querySelector('text.name')!).fill)!;
    expect(name[0] + name[1] + name[2], 'a name').to.equal(scheme === 'dark' ? 765 : 0);
  });

  it('a focused person or node shows its own Highlight ring, and no outline box across the names', async () => {
    // Seen in forced colours: core's forced outline drew a box round a person's hit area, through their name, on top
    // of the drawing's own Highlight ring.
    const probe = document.createElement('div');
    probe.style.setProperty('color', 'Highlight');
    document.body.append(probe);
    const highlight = parseColour(getComputedStyle(probe).color);
    probe.remove();
    const geno = await shown('cw-genogram', { bundle: sampleCase, today: '2026-11-30' });
    const net = await shown('cw-family-network', { bundle: sampleCase, today: '2026-11-30' });
    await sendKeys({ press: 'Tab' }); // keyboard modality: focus() below is then :focus-visible
    for (const [host, sel, ring] of [
      [geno, 'g.person[data-id="p-ruby"]', '.ring'],
      [net, 'g.node[data-id="p-kayleigh"]', '.focus-ring'],
    ] as const) {
      const g = host.shadowRoot!.querySelector<SVGGElement>(sel)!;
      g.focus();
      expect(g.matches(':focus-visible'), `${sel} focus-visible`).to.equal(true);
      expect(getComputedStyle(g).outlineStyle, `${sel} outline`).to.equal('none');
      expect(parseColour(getComputedStyle(g.querySelector(ring)!).stroke), `${sel} ring`).to.deep.equal(highlight);
    }
  });

  it('chronology timeline: lane labels and axis text 4.5:1, periods, gaps and markers 3:1', async () => {
    const el = await shown('cw-chronology', { bundle: sampleCase, today: '2025-07-01', view: 'timeline' });
    const r = drawingContrast(svgIn(el, 'svg.timeline'), { texts: TIMELINE.texts, marks: TIMELINE.marks(true) });
    expect(r.texts.length, 'texts measured').to.be.greaterThan(14);
    expect(r.marks.length, 'marks measured').to.be.greaterThan(20);
    expect(r.failures).to.deep.equal([]);
  });

  it('family network: every name 4.5:1, every line and marker 3:1, ended lines too', async () => {
    const el = await shown('cw-family-network', { bundle: sampleCase, today: '2026-11-30', showEnded: true });
    const r = drawingContrast(svgIn(el, 'svg.map'), NETWORK);
    expect(r.texts.length, 'texts measured').to.be.greaterThan(40);
    expect(r.marks.length, 'lines and markers measured').to.be.greaterThan(40);
    expect(r.failures).to.deep.equal([]);
  });

  it('safety plan scaling chart: text 4.5:1, grid, lines and markers 3:1', async () => {
    const el = await shown('cw-safety-plan', { bundle: sampleCase, today: '2025-07-01' });
    const r = drawingContrast(svgIn(el, '.chart svg[role="img"]'), { texts: PLAN_CHART.texts, marks: PLAN_CHART.marks(true) });
    expect(r.texts.length, 'texts measured').to.be.at.least(12);
    expect(r.marks.length, 'marks measured').to.be.at.least(20);
    expect(r.failures).to.deep.equal([]);
  });
});
