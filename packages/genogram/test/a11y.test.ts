import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { contrast, drawingContrast, forcedColors, parseColour } from '../../../test/support/forced-colors.js';
import { GENOGRAM } from '../../../test/support/drawing-targets.js';
import { drawingSettled } from './settle.js';

// Issue 16 for the genogram, on the sample case (37 people, a disputed father, emotional lines, supports, households):
// what a low-vision, keyboard or screen reader user meets, measured on what the browser draws.

const TODAY = '2026-11-30';

const settle = drawingSettled;
/**
 * The component in a frame of the CSS width (and drawing height) a window gives it. Browser zoom is emulated the way
 * it reaches the page: at 400% a 1280 by 900 window is 320 by 225 CSS px (the page's 16 px padding either side
 * leaves 288, and the drawing's 70vh is 157 px). Sizing the frame works in all three engines (WebKit's driver cannot
 * resize the window).
 */
async function make(bundle = sampleCase, width = Math.min(1248, innerWidth - 32), height = ''): Promise<CwGenogram> {
  const el = await fixture<HTMLDivElement>(
    html`<div><button id="before">Before</button><cw-genogram .bundle=${bundle} today=${TODAY}></cw-genogram></div>`,
  );
  frame(el.querySelector('cw-genogram') as CwGenogram, width, height);
  const g = el.querySelector('cw-genogram') as CwGenogram;
  await settle(g);
  return g;
}
function frame(el: CwGenogram, width: number, height = ''): void {
  el.parentElement!.style.setProperty('width', `${width}px`);
  if (height) el.style.setProperty('--cw-genogram-height', height);
}
const svgOf = (el: CwGenogram) => el.shadowRoot!.querySelector('svg.drawing') as SVGSVGElement;
const people = (el: CwGenogram) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.person')];
/** People whose symbol is fully inside the drawing's frame and the window (the frame is scrolled into view). */
function inView(el: CwGenogram): SVGGElement[] {
  svgOf(el).scrollIntoView({ block: 'nearest' });
  const b = svgOf(el).getBoundingClientRect();
  const f = {
    left: Math.max(0, b.left),
    top: Math.max(0, b.top),
    right: Math.min(innerWidth, b.right),
    bottom: Math.min(innerHeight, b.bottom),
  };
  return people(el).filter((p) => {
    const r = p.querySelector('.shape, .inner, .solid, .cross')!.getBoundingClientRect();
    return r.left >= f.left && r.right <= f.right && r.top >= f.top && r.bottom <= f.bottom;
  });
}
describe('<cw-genogram> accessibility (issue 16)', () => {
  afterEach(async () => {
    await forcedColors(null);
  });

  for (const scheme of ['dark', 'light'] as const)
    it(`in forced colours with a ${scheme} scheme every text has 4.5:1 and every line and mark 3:1 against what is drawn under it`, async () => {
      const on = await forcedColors(scheme);
      const el = await make(sampleCase, 1888);
      el.fit();
      await settle(el);
      const r = drawingContrast(svgOf(el), { texts: GENOGRAM.texts, marks: GENOGRAM.marks });
      // what was measured: names, ages, partnership labels, household names, support labels; every kind of line
      expect(r.texts.length, 'texts measured').to.be.greaterThan(40);
      expect(r.marks.length, 'marks measured').to.be.greaterThan(60);
      expect(r.failures, `${on ? 'forced colours' : 'normal colours (this engine cannot emulate forced colours)'}`).to.deep.equal([]);
      // the key's swatches too (a black miscarriage triangle vanished on black)
      const key = drawingContrast(el.shadowRoot!.querySelector('.legend')!, { texts: GENOGRAM.keyTexts, marks: GENOGRAM.keyMarks });
      expect(key.marks.length, 'key marks measured').to.be.greaterThan(15);
      expect(key.failures, 'the key').to.deep.equal([]);
      if (on) {
        // the forced palette really is in use: the drawing's names are painted in CanvasText
        const name = svgOf(el).querySelector('text.name')!;
        const bg = parseColour(getComputedStyle(name).fill)!;
        if (scheme === 'dark') expect(bg[0] + bg[1] + bg[2], 'names light on dark').to.be.greaterThan(600);
      }
    });

  it('every person is a target of at least 24 by 24 px whose whole symbol takes the click (labels let clicks through)', async () => {
    const el = await make();
    const seen = inView(el);
    expect(seen.length, 'people in the first view').to.be.greaterThan(5);
    const misses: string[] = [];
    for (const p of seen) {
      // the target: everything in the person's group that takes a click (before this fix, the symbol's own box)
      const box = p.getBoundingClientRect();
      if (box.width < 24 || box.height < 24) misses.push(`${p.dataset.id} is ${box.width.toFixed(0)}x${box.height.toFixed(0)}`);
      const r = p.querySelector('.shape, .inner, .solid, .cross')!.getBoundingClientRect();
      // the middle (where the age is written) and four points at 60% of the way to the edge
      for (const [fx, fy] of [
        [0, 0],
        [-0.6, 0],
        [0.6, 0],
        [0, -0.6],
        [0, 0.6],
      ] as const) {
        const [x, y] = [r.left + r.width / 2 + (fx * r.width) / 2, r.top + r.height / 2 + (fy * r.height) / 2];
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        if (hit?.closest('g.person') !== p)
          misses.push(`${p.dataset.id} at (${fx},${fy}) hit ${hit?.tagName}.${hit?.getAttribute('class')}`);
      }
    }
    expect(misses).to.deep.equal([]);
  });

  it('the disputed-parentage mark is at least 24 by 24 px and says whose parentage is disputed', async () => {
    const el = await make();
    const mark = el.shadowRoot!.querySelector<SVGGElement>('.dispute-mark')!;
    const r = mark.querySelector('circle')!.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    const label = mark.getAttribute('aria-label') ?? '';
    // in the sample case Jordan Price disputes that he is Alfie's father (the birth registration names him)
    expect(label).to.match(/Alfie/);
    expect(label).to.match(/Jordan/);
  });

  it('300 people fitted into view: a click on a person too small to aim at zooms in there; then each is a 24 px target', async () => {
    const el = await make(makeFamily(300, 5));
    el.fit();
    await settle(el);
    const small = people(el).find((p) => p.getBoundingClientRect().width > 0)!;
    const r0 = small.getBoundingClientRect();
    expect(r0.width, 'fitted, people are tiny').to.be.below(24);
    const picked: string[] = [];
    el.addEventListener('cw-select', (e) => void picked.push((e as CustomEvent<{ selection: { id: string } }>).detail.selection.id));
    const [x, y] = [r0.left + r0.width / 2, r0.top + r0.height / 2];
    small.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
    await settle(el);
    expect(picked, 'the first click does not select a 4 px target').to.deep.equal([]);
    const r1 = small.getBoundingClientRect();
    expect(Math.min(r1.width, r1.height), 'after the click').to.be.at.least(24);
    const hit = el.shadowRoot!.elementFromPoint(r1.left + r1.width / 2, r1.top + r1.height / 2)!;
    expect(hit.closest('g.person'), 'the person is under the click').to.equal(small);
    (hit as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(picked).to.deep.equal([small.dataset.id]);
  });

  it("the focus ring has 3:1 against the drawing's background with a second, dark ring", async () => {
    const el = await make();
    const p = inView(el)[0]!;
    p.focus();
    await el.updateComplete;
    // one ring, painted in two bands by a radial gradient: the dark inside its radius, the focus colour outside
    const ring = getComputedStyle(p.querySelector('.ring')!);
    expect(ring.stroke, 'the focused ring is painted by the focus gradient').to.contain('focus-paint');
    const paint = svgOf(el).querySelector('#focus-paint')!;
    const [inner, , outer] = [...paint.querySelectorAll('stop')].map((s) => parseColour(getComputedStyle(s).stopColor)!);
    const bg = parseColour(getComputedStyle(el.shadowRoot!.querySelector('.canvas')!).backgroundColor)!;
    expect(contrast(inner!, bg), 'the inner, dark band against the background').to.be.at.least(3);
    expect(contrast(inner!, outer!), 'the two bands against each other').to.be.at.least(3);
    expect(parseFloat(ring.strokeWidth) * svgOf(el).getScreenCTM()!.a, 'each band at least 2 CSS px').to.be.at.least(4);
    // the ring of a person found or named by a chronology entry (was GOV.UK orange, 2.6:1 on white)
    const id = el.find('Kayleigh')!;
    await el.updateComplete;
    const found = el.shadowRoot!.querySelector(`g.person.highlighted[data-id="${id}"] .ring`)!;
    expect(contrast(parseColour(getComputedStyle(found).stroke)!, bg)).to.be.at.least(3);
  });

  for (const [zoom, w, h] of [
    [2, 640, 450],
    [4, 320, 225],
  ] as const)
    it(`at ${zoom * 100}% browser zoom (a ${w} by ${h} CSS px window) the drawing's names are at least 12 CSS px`, async () => {
      // browser zoom of a 1280 by 900 window gives the page a window of 1280/zoom by 900/zoom CSS px; 12 CSS px then
      // shows as 12 x zoom device pixels
      const el = await make(sampleCase, w - 32, `${Math.round(h * 0.7)}px`);
      const names = [...svgOf(el).querySelectorAll<SVGTextElement>('text.name')];
      const scale = svgOf(el).getScreenCTM()!.a;
      const smallest = Math.min(...names.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      expect(smallest).to.be.at.least(12);
      // pan buttons move the drawing for people who cannot drag (2.5.7)
      const before = svgOf(el).getAttribute('viewBox');
      const right = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-pan="right"]')!;
      expect(right.getBoundingClientRect().width).to.be.at.least(24);
      right.click();
      await el.updateComplete;
      expect(svgOf(el).getAttribute('viewBox')).not.to.equal(before);
    });

  it('zooming the browser to 400% after the page has loaded enlarges the drawing: names stay at least 12 CSS px', async () => {
    const el = await make();
    // The scale is kept from the first view on; on a loaded machine the first view can be centred after the viewBox
    // looked still for 30 ms, so wait for it rather than resize the frame before it is in place.
    const centred = () => (el as unknown as { firstView: { placed: boolean } }).firstView.placed;
    await waitUntil(centred, 'the first view in place', { timeout: 10_000 });
    expect(centred(), 'the first view is in place').to.equal(true);
    await settle(el);
    const before = svgOf(el).getScreenCTM()!.a;
    // the window a 1280 by 900 window becomes at 400% (the frame is then a quarter as wide in CSS px)
    const was = svgOf(el).getAttribute('viewBox');
    frame(el, 288, '157px');
    // The frame's size report comes with a later rendering step, which WebKit under WebDriver can deliver after the
    // viewBox has looked still for 30 ms (seen in CI: no update at all by then): wait for the view to answer.
    await waitUntil(() => svgOf(el).getAttribute('viewBox') !== was, 'the view to answer the new frame size', { timeout: 10_000 });
    await settle(el);
    const k = svgOf(el).getScreenCTM()!.a;
    const names = [...svgOf(el).querySelectorAll<SVGTextElement>('text.name')];
    expect(Math.min(...names.map((t) => parseFloat(getComputedStyle(t).fontSize) * k))).to.be.at.least(12);
    expect(k / before, 'the same scale in CSS px: four times the device pixels').to.be.closeTo(1, 0.01);
  });

  it('reaches the first person in at most 3 Tabs from just before the component', async () => {
    const el = await make();
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    let tabs = 0;
    const onPerson = () => !!el.shadowRoot!.activeElement?.closest?.('g.person');
    while (!onPerson() && tabs < 40) {
      await sendKeys({ press: 'Tab' });
      tabs++;
      if (el.shadowRoot!.activeElement?.matches('a.skip, .skip')) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
    }
    expect(onPerson()).to.equal(true);
    expect(tabs).to.be.at.most(3);
    // neither the svg nor the disputed mark is a tab stop of its own
    expect(svgOf(el).getAttribute('tabindex')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.dispute-mark')!.getAttribute('tabindex')).not.to.equal('0');
  });

  it("people's accessible names say how they are related to the child, and people come in generation order", async () => {
    const el = await make();
    const ps = people(el);
    const label = (id: string) => ps.find((p) => p.dataset.id === id)?.getAttribute('aria-label') ?? '';
    const byName = (name: string) => ps.find((p) => p.getAttribute('aria-label')!.startsWith(name))!;
    // the sample case's index child is Tyler; Kayleigh is his mother, Margaret (known as Peggy) his grandmother and kinship carer,
    // Jordan his former stepfather and Alfie's father (disputed)
    expect(byName('Kayleigh').getAttribute('aria-label')).to.match(/Tyler Evans's mother/);
    expect(byName('Peggy').getAttribute('aria-label')).to.match(/Tyler Evans's (grandmother|kinship carer)/);
    expect(label(byName('Tyler').dataset.id!)).to.match(/index/);
    // document order (what a screen reader lists) is by generation, top to bottom
    const ys = ps.map((p) => Number(/translate\(\S+ (\S+)\)/.exec(p.getAttribute('transform')!)![1]));
    expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
    // partnership labels are separate items, each in words
    const partners = [...svgOf(el).querySelectorAll('g.partner-line[role="img"]')].map((g) => g.getAttribute('aria-label'));
    expect(partners.length).to.be.greaterThan(2);
    for (const l of partners) expect(l).to.match(/ and .+: /);
  });

  it('Enter on a person opens the details, moves focus to them and announces it', async () => {
    const el = await make();
    const p = inView(el)[0]!;
    p.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const name = p.getAttribute('aria-label')!.split(',')[0]!;
    const spoken = () => [...el.shadowRoot!.querySelectorAll('[aria-live]')].map((r) => r.textContent).join(' ');
    // the announcer sets its text a moment after emptying its region (later on a loaded machine)
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'details-h' && spoken().includes(name), 'focus on the details, announced', {
      timeout: 10_000,
    });
    const active = el.shadowRoot!.activeElement;
    expect(active?.id, 'focus on the details heading').to.equal('details-h');
    const said = spoken();
    expect(active!.textContent).to.contain(name);
    expect(said).to.contain(name);
  });

  it('the disputed-parentage tip stays while the pointer is on it and Escape dismisses it', async () => {
    const el = await make();
    const mark = el.shadowRoot!.querySelector<SVGGElement>('.dispute-mark')!;
    mark.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('.tip')!;
    expect(tip, 'tip shown').to.exist;
    mark.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false, relatedTarget: tip }));
    tip.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
    await aTimeout(400);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tip'), 'tip stays under the pointer').to.exist;
    const p = inView(el)[0]!;
    p.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tip'), 'Escape dismisses it').to.equal(null);
  });
});
