import { expect, fixture, html as fhtml, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { LitElement, css, html } from 'lit';
import { live } from 'lit/directives/live.js';
import { ViewBoxController, type ViewBox } from '../src/index.js';

class TestDrawing extends LitElement {
  static override styles = css`svg { display: block; width: 400px; height: 200px; touch-action: none; }`;
  clicks: string[] = [];
  bounds: ViewBox = { x: 0, y: 0, w: 400, h: 200 };
  readonly view = new ViewBoxController(this, { bounds: () => this.bounds, svg: () => this.renderRoot.querySelector('svg') });
  override render() {
    const vb = this.view.viewBox;
    const h = this.view.handlers;
    return html`<p class="zoom">${Math.round(this.view.scale * 100)}%</p>
      <svg viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}" tabindex="0" class=${this.view.dragging ? 'dragging' : ''}
        @pointerdown=${h.pointerdown} @pointermove=${h.pointermove} @pointerup=${h.pointerup} @pointercancel=${h.pointercancel}
        @wheel=${h.wheel} @click=${h.clickCapture} @keydown=${h.keydown}>
        <rect class="symbol" x="150" y="50" width="100" height="100"></rect>
      </svg>`;
  }
}
customElements.define('test-viewbox-drawing', TestDrawing);

async function drawing(): Promise<{ el: TestDrawing; svg: SVGSVGElement; r: DOMRect }> {
  const el = await fixture<TestDrawing>(fhtml`<test-viewbox-drawing></test-viewbox-drawing>`);
  await nextFrame();
  await el.updateComplete;
  const svg = el.shadowRoot!.querySelector('svg')!;
  svg.querySelector('rect')!.addEventListener('click', () => el.clicks.push('symbol'));
  return { el, svg, r: svg.getBoundingClientRect() };
}
const pointer = (target: Element, type: string, x: number, y: number, id = 1, pointerType = 'mouse') =>
  target.dispatchEvent(
    new PointerEvent(type, {
      clientX: x,
      clientY: y,
      pointerId: id,
      pointerType,
      button: 0,
      buttons: type === 'pointerup' ? 0 : 1,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
const wheel = (target: Element, x: number, y: number, deltaY: number, mods: WheelEventInit = {}) => {
  const e = new WheelEvent('wheel', {
    clientX: x,
    clientY: y,
    deltaY,
    deltaMode: 0,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...mods,
  });
  target.dispatchEvent(e);
  return e;
};

describe('ViewBoxController', () => {
  afterEach(async () => {
    await resetMouse().catch(() => undefined);
  });

  it('starts at the whole drawing with the true scale (CSS px per unit)', async () => {
    const { el } = await drawing();
    expect(el.view.viewBox).to.deep.equal({ x: 0, y: 0, w: 400, h: 200 });
    expect(el.view.scale).to.equal(1);
    expect(el.shadowRoot!.querySelector('.zoom')!.textContent).to.equal('100%');
  });

  it('the scale follows the size of the svg, so the zoom label tells the truth', async () => {
    const { el, svg } = await drawing();
    svg.style.setProperty('width', '800px');
    svg.style.setProperty('height', '400px');
    await waitUntil(() => el.shadowRoot!.querySelector('.zoom')!.textContent === '200%', 'label follows the size', { timeout: 10_000 });
    expect(el.view.scale).to.equal(2);
  });

  it('Ctrl + wheel zooms about the pointer; a plain wheel does not zoom and is not cancelled', async () => {
    const { el, svg, r } = await drawing();
    const plain = wheel(svg, r.left + 100, r.top + 50, -100);
    expect(plain.defaultPrevented).to.equal(false);
    expect(el.view.viewBox).to.deep.equal({ x: 0, y: 0, w: 400, h: 200 });
    const at = el.view.toDrawing(r.left + 100, r.top + 50);
    const zoom = wheel(svg, r.left + 100, r.top + 50, -100, { ctrlKey: true });
    expect(zoom.defaultPrevented).to.equal(true);
    expect(el.view.scale).to.be.greaterThan(1);
    const after = el.view.toDrawing(r.left + 100, r.top + 50);
    expect(after.x).to.be.closeTo(at.x, 1e-6);
    expect(after.y).to.be.closeTo(at.y, 1e-6);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.zoom')!.textContent).to.equal(`${Math.round(el.view.scale * 100)}%`);
    wheel(svg, r.left + 100, r.top + 50, 300, { metaKey: true });
    expect(el.view.scale).to.be.lessThan(1);
  });

  it('a two-pointer pinch zooms', async () => {
    const { el, svg, r } = await drawing();
    const cy = r.top + 100;
    pointer(svg, 'pointerdown', r.left + 150, cy, 1, 'touch');
    pointer(svg, 'pointerdown', r.left + 250, cy, 2, 'touch');
    pointer(svg, 'pointermove', r.left + 100, cy, 1, 'touch');
    pointer(svg, 'pointermove', r.left + 300, cy, 2, 'touch');
    expect(el.view.scale).to.be.closeTo(2, 1e-6);
    // The drawing point under the fingers' midpoint stays under it.
    const mid = el.view.toDrawing(r.left + 200, cy);
    expect(mid.x).to.be.closeTo(200, 1e-6);
    pointer(svg, 'pointerup', r.left + 100, cy, 1, 'touch');
    pointer(svg, 'pointerup', r.left + 300, cy, 2, 'touch');
    expect(el.view.dragging).to.equal(false);
  });

  it('a drag pans after the 4 px threshold, and the click that ends it does not reach the symbol', async () => {
    const { el, svg, r } = await drawing();
    const rect = el.shadowRoot!.querySelector('rect')!;
    pointer(rect, 'pointerdown', r.left + 200, r.top + 100);
    pointer(rect, 'pointermove', r.left + 202, r.top + 101);
    expect(el.view.viewBox.x).to.equal(0);
    expect(el.view.dragging).to.equal(false);
    pointer(rect, 'pointermove', r.left + 160, r.top + 80);
    expect(el.view.dragging).to.equal(true);
    await el.updateComplete;
    expect(svg.classList.contains('dragging')).to.equal(true);
    expect(el.view.viewBox.x).to.be.closeTo(40, 1e-6);
    expect(el.view.viewBox.y).to.be.closeTo(20, 1e-6);
    pointer(rect, 'pointerup', r.left + 160, r.top + 80);
    rect.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, clientX: r.left + 160, clientY: r.top + 80 }),
    );
    expect(el.clicks).to.deep.equal([]);
    await el.updateComplete;
    expect(svg.classList.contains('dragging')).to.equal(false);
  });

  it('a click without movement reaches the symbol', async () => {
    const { el, r } = await drawing();
    const rect = el.shadowRoot!.querySelector('rect')!;
    pointer(rect, 'pointerdown', r.left + 200, r.top + 100);
    pointer(rect, 'pointerup', r.left + 200, r.top + 100);
    rect.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(el.clicks).to.deep.equal(['symbol']);
    expect(el.view.viewBox).to.deep.equal({ x: 0, y: 0, w: 400, h: 200 });
  });

  it('with a real mouse: a drag pans and selects nothing, a click selects', async () => {
    const { el, r } = await drawing();
    const x = Math.round(r.left + 200),
      y = Math.round(r.top + 100);
    await sendMouse({ type: 'click', position: [x, y] });
    expect(el.clicks).to.deep.equal(['symbol']);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 20, y - 10] });
    await sendMouse({ type: 'move', position: [x - 40, y - 20] });
    await sendMouse({ type: 'up' });
    await nextFrame();
    expect(el.clicks).to.deep.equal(['symbol']);
    expect(el.view.viewBox.x).to.be.closeTo(40, 1);
  });

  it('+, - and 0 zoom in, out and back; Shift+arrows pan; keys in a text field are left alone', async () => {
    const { el, svg } = await drawing();
    svg.focus();
    await sendKeys({ press: '+' });
    expect(el.view.scale).to.be.closeTo(1.25, 1e-6);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    expect(el.view.scale).to.be.closeTo(0.8, 1e-6);
    await sendKeys({ press: '0' });
    expect(el.view.viewBox).to.deep.equal({ x: 0, y: 0, w: 400, h: 200 });
    // WebKit's WebDriver cannot hold Shift down: a synthesised key event, as the browser would send it.
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(el.view.viewBox.x).to.equal(50);
    const input = document.createElement('input');
    const e = new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true });
    Object.defineProperty(e, 'target', { value: input });
    el.view.handlers.keydown(e);
    expect(e.defaultPrevented).to.equal(false);
  });

  it('zoom buttons, fit, limits and bounds changes', async () => {
    const { el } = await drawing();
    for (let i = 0; i < 30; i++) el.view.zoomIn();
    expect(el.view.scale).to.be.closeTo(8, 1e-6);
    el.view.fit();
    expect(el.view.scale).to.be.closeTo(1, 1e-6);
    expect(el.view.viewBox).to.deep.equal({ x: 0, y: 0, w: 400, h: 200 }); // the same as the first view
    el.view.zoomOut();
    el.view.centreOn(0, 0);
    expect(el.view.viewBox.x + el.view.viewBox.w / 2).to.be.closeTo(0, 1e-6);
    el.bounds = { x: 0, y: 0, w: 800, h: 400 };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.view.viewBox).to.deep.equal({ x: 0, y: 0, w: 800, h: 400 });
    expect(el.view.scale).to.equal(0.5);
  });
});

/** A drawing 1,000 x 500 units at 100%, in a 400 x 200 px svg, that puts its first view right without a second render. */
class SettlingDrawing extends LitElement {
  static override styles = css`svg { display: block; width: 400px; height: 200px; }`;
  renders = 0;
  first: ((vb: ViewBox) => ViewBox) | undefined;
  readonly view = new ViewBoxController(this, {
    bounds: () => ({ x: 0, y: 0, w: 1000, h: 500 }),
    svg: () => this.renderRoot.querySelector('svg'),
    initialScale: 1,
  });
  override render() {
    this.renders++;
    const vb = this.view.viewBox;
    return html`<p class="zoom">${Math.round(this.view.scale * 100)}%</p>
      <svg viewBox=${live(`${vb.x} ${vb.y} ${vb.w} ${vb.h}`)}></svg>`;
  }
  protected override updated(): void {
    this.view.settle(this.first);
  }
}
customElements.define('test-settling-drawing', SettlingDrawing);

describe('ViewBoxController.settle: the first view at the svg’s true size, before the first paint', () => {
  const shown = (el: SettlingDrawing) => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);

  it('writes the 100% view of the laid-out svg (400 x 200, centred on the drawing) in the one render', async () => {
    const el = await fixture<SettlingDrawing>(fhtml`<test-settling-drawing></test-settling-drawing>`);
    // Before the svg had a size the guess was the whole drawing (1000 x 500) at 100%: that is not what is shown.
    expect(shown(el)).to.deep.equal([300, 150, 400, 200]);
    await nextFrame();
    await nextFrame();
    expect(el.renders, 'renders').to.equal(1);
    expect(el.shadowRoot!.querySelector('.zoom')!.textContent).to.equal('100%');
    expect(el.view.viewBox).to.deep.equal({ x: 300, y: 150, w: 400, h: 200 });
    // A later zoom renders through the template as usual, and "back to the first view" finds it again.
    el.view.zoomBy(2);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([400, 200, 200, 100]);
    el.view.reset();
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([300, 150, 400, 200]);
  });

  it('applies the host’s own first view, and re-renders once only when the scale it shows changes', async () => {
    const el = document.createElement('test-settling-drawing') as SettlingDrawing;
    // Zoomed out to 50% around the drawing's top-left quarter.
    el.first = () => ({ x: 0, y: 0, w: 800, h: 400 });
    document.body.append(el);
    await el.updateComplete;
    await nextFrame();
    expect(shown(el)).to.deep.equal([0, 0, 800, 400]);
    expect(el.shadowRoot!.querySelector('.zoom')!.textContent).to.equal('50%');
    expect(el.renders, 'renders').to.equal(2);
    el.remove();
  });

  it('does nothing while the svg has no size (its size report re-renders later)', async () => {
    const el = document.createElement('test-settling-drawing') as SettlingDrawing;
    el.hidden = true;
    document.body.append(el);
    await el.updateComplete;
    expect(el.view.settle()).to.equal(undefined);
    el.hidden = false;
    await waitUntil(() => shown(el)[2] === 400, 'the view at the true size once shown', { timeout: 10_000 });
    expect(shown(el)).to.deep.equal([300, 150, 400, 200]);
    el.remove();
  });
});
