import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { jayFamily } from './fixtures.js';
import { drawingSettled } from './settle.js';
import { asPrinted } from '../../../test/support/print-media.js';

// The one pan-and-zoom behaviour for every drawing (core's ViewBoxController, docs/decisions):
// Ctrl/Cmd + wheel or a pinch zooms, a plain wheel scrolls the page, a drag pans and never selects.

async function make(): Promise<CwGenogram> {
  const el = await fixture<CwGenogram>(html`<cw-genogram .bundle=${jayFamily()} as-at="2026-11-22" today="2026-11-22"></cw-genogram>`);
  // the first view is centred on the case's children once the drawing has its size (a frame or so later): wait
  // until the view stops moving
  await drawingSettled(el);
  return el;
}
const svgOf = (el: CwGenogram) => el.shadowRoot!.querySelector('svg.drawing') as SVGSVGElement;
const viewBox = (el: CwGenogram) => svgOf(el).getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
const centre = (el: CwGenogram) => {
  const r = svgOf(el).getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
const pointer = (target: Element, type: string, pointerId: number, x: number, y: number) =>
  target.dispatchEvent(
    new PointerEvent(type, {
      pointerId,
      clientX: x,
      clientY: y,
      bubbles: true,
      composed: true,
      cancelable: true,
      isPrimary: pointerId === 1,
      button: 0,
      buttons: 1,
    }),
  );

describe('<cw-genogram> pan and zoom', () => {
  it('zooms with Ctrl + wheel about the pointer', async () => {
    const el = await make();
    const before = viewBox(el);
    const c = centre(el);
    const wheel = new WheelEvent('wheel', {
      deltaY: -200,
      ctrlKey: true,
      clientX: c.x,
      clientY: c.y,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    svgOf(el).dispatchEvent(wheel);
    await el.updateComplete;
    expect(wheel.defaultPrevented).to.equal(true);
    expect(viewBox(el)[2]).to.be.lessThan(before[2]);
  });

  it('leaves a plain wheel to scroll the page', async () => {
    const el = await make();
    const before = viewBox(el);
    const c = centre(el);
    const wheel = new WheelEvent('wheel', { deltaY: -200, clientX: c.x, clientY: c.y, bubbles: true, composed: true, cancelable: true });
    svgOf(el).dispatchEvent(wheel);
    await el.updateComplete;
    expect(wheel.defaultPrevented).to.equal(false);
    expect(viewBox(el)).to.deep.equal(before);
  });

  it('zooms with a two-finger pinch', async () => {
    const el = await make();
    const before = viewBox(el);
    const svg = svgOf(el);
    const c = centre(el);
    pointer(svg, 'pointerdown', 1, c.x - 20, c.y);
    pointer(svg, 'pointerdown', 2, c.x + 20, c.y);
    pointer(svg, 'pointermove', 1, c.x - 60, c.y);
    pointer(svg, 'pointermove', 2, c.x + 60, c.y);
    pointer(svg, 'pointerup', 1, c.x - 60, c.y);
    pointer(svg, 'pointerup', 2, c.x + 60, c.y);
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.lessThan(before[2]);
  });

  it('pans on a drag that starts on a person, and the drag does not select them', async () => {
    const el = await make();
    let selected = 0;
    el.addEventListener('cw-select', () => selected++);
    const before = viewBox(el);
    const jay = el.shadowRoot!.querySelector('g.person[data-id="jay"]')!;
    const r = jay.getBoundingClientRect();
    const x = r.left + r.width / 2,
      y = r.top + r.height / 2;
    pointer(jay, 'pointerdown', 1, x, y);
    pointer(jay, 'pointermove', 1, x + 10, y + 5);
    pointer(jay, 'pointermove', 1, x + 40, y + 20);
    pointer(jay, 'pointerup', 1, x + 40, y + 20);
    jay.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, clientX: x + 40, clientY: y + 20 }));
    await el.updateComplete;
    expect(viewBox(el)[0]).to.be.lessThan(before[0]);
    expect(selected).to.equal(0);
    expect(el.shadowRoot!.querySelector('g.person.selected')).to.equal(null);
    // a plain click afterwards still selects
    await aTimeout(0);
    pointer(jay, 'pointerdown', 2, x, y);
    pointer(jay, 'pointerup', 2, x, y);
    jay.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
    await el.updateComplete;
    expect(selected).to.equal(1);
  });

  it('reports the true zoom level and shows the whole family with "Fit to view"', async () => {
    const el = await make();
    // the label follows the drawing's measured size, which the first render cannot know yet: render again
    el.requestUpdate();
    await el.updateComplete;
    const first = viewBox(el);
    const label = () => el.shadowRoot!.querySelector('.zoom-level')!.textContent;
    const before = Number(/(\d+)%/.exec(label())![1]);
    (el.shadowRoot!.querySelector('.zoom button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(Number(/(\d+)%/.exec(label())![1])).to.be.greaterThan(before);
    el.fit();
    await el.updateComplete;
    // issue 14: the first view is readable (100%, centred on the case's children); Fit shows everyone, and says its zoom
    expect(viewBox(el)).not.to.deep.equal(first);
    expect(viewBox(el)[2]).to.be.at.least(el.model.width);
    const svg = el.shadowRoot!.querySelector('svg.drawing')!;
    const truth = Math.min(svg.clientWidth / viewBox(el)[2], svg.clientHeight / viewBox(el)[3]);
    expect(Number(/(\d+)%/.exec(label())![1])).to.equal(Math.round(truth * 100));
  });

  it('puts the index child in the tab order first, and returns focus to the person when their details close', async () => {
    const el = await make();
    const stops = [...el.shadowRoot!.querySelectorAll('g.person[tabindex="0"]')].map((g) => g.getAttribute('data-id'));
    expect(stops).to.deep.equal(['jay']);
    const jay = el.shadowRoot!.querySelector<SVGGElement>('g.person[data-id="jay"]')!;
    jay.focus();
    jay.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.details button') as HTMLButtonElement).click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.querySelector('.details')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('jay');
  });

  it('fits the whole family when the page is printed', async () => {
    const el = await make();
    const first = viewBox(el);
    el.zoom(2);
    await el.updateComplete;
    expect(viewBox(el)).not.to.deep.equal(first);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    // the whole family (issue 14: the first view is no longer the fitted one)
    expect(viewBox(el)[2]).to.be.at.least(el.model.width);
    expect(viewBox(el)[3]).to.be.at.least(el.model.height);
    // The search box is not printed (it was, empty, above the printed family).
    const printed = asPrinted(el);
    expect(el.shadowRoot!.querySelector('form.find')!.checkVisibility(), 'Find a person in print').to.equal(false);
    printed.undo();
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    // and the reader's zoomed view comes back after
    expect(viewBox(el)[2]).to.be.below(el.model.width);
  });
});
