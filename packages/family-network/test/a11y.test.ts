// Issue 16 in the family network: forced colours (light and dark), a selected person readable with a second cue,
// what is not highlighted still readable, focus kept after the buttons that remove themselves, the key at 320 px,
// pan buttons and drawing text that scales with browser zoom. Written to fail on the code before the fixes.
import { expect, fixture, html } from '@open-wc/testing';
import { drawingSettled } from '../../../test/support/drawing-settled.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import { backgroundAt, contrast, drawingContrast, forcedColors, parseColour } from '../../../test/support/forced-colors.js';
import { NETWORK } from '../../../test/support/drawing-targets.js';

const TODAY = '2026-11-30';
const root = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => root(el).querySelector<SVGSVGElement>('svg.map')!;
const nodeOf = (el: Element, id: string) => root(el).querySelector<SVGGElement>(`g.node[data-id="${id}"]`)!;
const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** The picture has stopped moving (test/support/drawing-settled.ts). */
const settled = (el: CwFamilyNetwork): Promise<void> => drawingSettled(el, 'svg.map');

async function make(extra = false): Promise<CwFamilyNetwork> {
  const el = await fixture<CwFamilyNetwork>(
    extra
      ? html`<cw-family-network .bundle=${sampleCase} today=${TODAY} show-ended></cw-family-network>`
      : html`<cw-family-network .bundle=${sampleCase} today=${TODAY}></cw-family-network>`,
  );
  await settled(el);
  return el;
}

async function inBox(width: number): Promise<CwFamilyNetwork> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><cw-family-network .bundle=${sampleCase} today=${TODAY}></cw-family-network></div>`,
  );
  const el = wrap.querySelector<CwFamilyNetwork>('cw-family-network')!;
  await settled(el);
  return el;
}

/** The sample's child Megan (a family member with five professionals) as a drawn node. */
const personId = (el: CwFamilyNetwork) => root(el).querySelector<SVGGElement>('g.node.person')!.dataset.id!;

describe('family network accessibility (issue 16)', () => {
  afterEach(async () => {
    await forcedColors(null);
    await setViewport({ width: 1280, height: 900 }).catch(() => undefined);
  });

  for (const scheme of ['dark', 'light'] as const)
    it(`in forced colours (${scheme}) every name has 4.5:1 and every line and marker 3:1, ended lines too`, async () => {
      const on = await forcedColors(scheme);
      const el = await make(true);
      // Where the engine cannot emulate forced colours (Firefox, WebKit) the same measure runs in normal colours.
      const r = drawingContrast(svgOf(el), NETWORK);
      expect(r.texts.length, 'texts measured').to.be.greaterThan(40);
      expect(r.marks.length, 'lines and markers measured').to.be.greaterThan(40);
      expect(r.failures, on ? `forced ${scheme}` : 'normal colours').to.deep.equal([]);
      // Support and stressful lines keep no fixed colour in forced colours.
      if (on) {
        const lines = [...svgOf(el).querySelectorAll('.edge.support:not(.ended), .edge.stressful:not(.ended)')].map(
          (l) => getComputedStyle(l).stroke,
        );
        expect(lines.length).to.be.greaterThan(0);
        const text = getComputedStyle(svgOf(el).querySelector('text')!).fill;
        for (const s of lines) expect(s, 'support and stressful lines in CanvasText').to.equal(text);
      }
    });

  it('ended involvement lines have 3:1 against the picture and a dash pattern of their own', async () => {
    const el = await make(true);
    const ended = [...svgOf(el).querySelectorAll<SVGElement>('.edge.ended')];
    expect(ended.length).to.be.greaterThan(0);
    const r = drawingContrast(svgOf(el), { marks: '.edge.ended' });
    expect(r.failures).to.deep.equal([]);
    const live = svgOf(el).querySelector<SVGElement>('.edge.moderate:not(.ended)')!;
    expect(getComputedStyle(ended[0]!).strokeDasharray).to.not.equal(getComputedStyle(live).strokeDasharray);
  });

  it('a selected person keeps dark text on a light label with a 3 px frame; everyone else stays readable (4.5:1)', async () => {
    const el = await make();
    const id = personId(el);
    const node = nodeOf(el, id);
    // A click focuses the node (not :focus-visible): the old style drew black text on a black box.
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    node.focus();
    await el.updateComplete;
    const r = drawingContrast(svgOf(el), { texts: '.node-text text', marks: 'x-none' });
    expect(r.texts.length).to.be.greaterThan(20);
    expect(r.failures, 'names of the selected and of the dimmed').to.deep.equal([]);
    // The second cue: the selected label's frame, 3:1 against what is around it, at least 2 px.
    const bg = nodeOf(el, id).querySelector<SVGRectElement>('.label-bg')!;
    const cs = getComputedStyle(bg);
    expect(parseFloat(cs.strokeWidth)).to.be.at.least(2);
    const frame = parseColour(cs.stroke)!;
    expect(contrast(frame, backgroundAt(bg))).to.be.at.least(3);
    // A node not highlighted stays clickable and its text is not faded.
    const dimmed = root(el).querySelector<SVGGElement>('g.node.dim');
    expect(dimmed, 'something is dimmed').to.exist;
  });

  it('"Clear selection" in the details panel gives focus back to the person in the picture, not the page', async () => {
    const el = await make();
    const id = personId(el);
    nodeOf(el, id).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('.details button')].at(-1)!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.details')).to.equal(null);
    expect((deepActive() as HTMLElement | null)?.dataset?.id).to.equal(id);
  });

  it('"Clear the answer" moves focus to the question before it', async () => {
    const el = await make();
    root(el).querySelector<HTMLButtonElement>('[data-ask="lead"]')!.click();
    await el.updateComplete;
    const clear = root(el).querySelector<HTMLButtonElement>('[data-ask="clear"]')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[data-ask="clear"]')).to.equal(null);
    expect(deepActive()?.getAttribute('data-ask')).to.equal('universal');
  });

  // WebKit's driver cannot set the window size: there the component sits in a 320 px wide box, which it must fit.
  const narrow = (width: number, height: number) =>
    setViewport({ width, height }).then(
      () => true,
      () => false,
    );

  it('at 320 px the picture and its key fit: no horizontal page scroll', async () => {
    await narrow(320, 800);
    for (const lang of ['en', 'cy']) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px; max-width: 100%"><cw-family-network lang=${lang} .bundle=${sampleCase} today=${TODAY} show-ended></cw-family-network></div>`,
      );
      const el = wrap.querySelector<CwFamilyNetwork>('cw-family-network')!;
      const edge = wrap.getBoundingClientRect().right;
      await settled(el);
      const key = root(el).querySelector<HTMLElement>('.legend')!;
      expect(key.scrollWidth, `${lang} key`).to.be.at.most(key.clientWidth + 1);
      const wide = [...root(el).querySelectorAll<HTMLElement>('*')]
        .filter((e) => e instanceof HTMLElement && e.getBoundingClientRect().right > edge + 1)
        .map((e) => `${e.tagName}.${e.className}`);
      expect(wide, `${lang}: parts wider than the window`).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, `${lang} page`).to.be.at.most(document.documentElement.clientWidth + 1);
      expect(el.scrollWidth, `${lang} component`).to.be.at.most(el.clientWidth + 1);
    }
  });

  it('pan buttons (24 px targets) move the drawing; its text is 12 CSS px at 400% zoom (a 320 px window)', async () => {
    const resized = await narrow(320, 225);
    const el = resized ? await make() : await inBox(320);
    const scale = svgOf(el).getScreenCTM()!.a;
    const labels = [...svgOf(el).querySelectorAll<SVGTextElement>('text.label')];
    const smallest = Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    // 12 CSS px at 100% (within the 0.2% the viewBox is rounded by to the svg's width)
    expect(smallest).to.be.at.least(11.95);
    for (const dir of ['left', 'right', 'up', 'down']) {
      const b = root(el).querySelector<HTMLButtonElement>(`button[data-pan="${dir}"]`)!;
      expect(b.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
      const box = b.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
      const before = svgOf(el).getAttribute('viewBox');
      b.click();
      await el.updateComplete;
      expect(svgOf(el).getAttribute('viewBox'), dir).to.not.equal(before);
    }
  });
});
