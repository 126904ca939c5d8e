import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import { riversFamily, TODAY } from './fixtures.js';
import { asPrinted } from '../../../test/support/print-media.js';

/** Pan and zoom follow the one behaviour every drawing shares (core's ViewBoxController). */
describe('<cw-family-network> pan and zoom', () => {
  const mount = async () => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${riversFamily()} today=${TODAY}></cw-family-network>`);
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!;
    return { el, svg };
  };
  const viewBox = (svg: SVGSVGElement) => svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const centre = (svg: SVGSVGElement) => {
    const r = svg.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const pointer = (target: Element, type: string, x: number, y: number, pointerId = 1) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        clientX: x,
        clientY: y,
        button: 0,
        bubbles: true,
        composed: true,
        cancelable: true,
        pointerId,
        pointerType: 'touch',
        isPrimary: pointerId === 1,
      }),
    );

  it('zooms at the pointer with Ctrl + wheel (and a trackpad pinch, which is a Ctrl wheel)', async () => {
    const { el, svg } = await mount();
    const before = viewBox(svg);
    const c = centre(svg);
    const wheel = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: c.x, clientY: c.y, bubbles: true, cancelable: true });
    svg.dispatchEvent(wheel);
    await el.updateComplete;
    expect(wheel.defaultPrevented, 'the page does not zoom too').to.equal(true);
    expect(viewBox(svg)[2]).to.be.below(before[2]);
  });

  it('leaves a plain wheel to scroll the page', async () => {
    const { el, svg } = await mount();
    const before = viewBox(svg);
    const c = centre(svg);
    const wheel = new WheelEvent('wheel', { deltaY: -100, clientX: c.x, clientY: c.y, bubbles: true, cancelable: true });
    svg.dispatchEvent(wheel);
    await el.updateComplete;
    expect(wheel.defaultPrevented).to.equal(false);
    expect(viewBox(svg)).to.deep.equal(before);
  });

  it('zooms with a two-finger pinch', async () => {
    const { el, svg } = await mount();
    const before = viewBox(svg);
    const c = centre(svg);
    pointer(svg, 'pointerdown', c.x - 20, c.y, 1);
    pointer(svg, 'pointerdown', c.x + 20, c.y, 2);
    pointer(svg, 'pointermove', c.x - 60, c.y, 1);
    pointer(svg, 'pointermove', c.x + 60, c.y, 2);
    pointer(svg, 'pointerup', c.x - 60, c.y, 1);
    pointer(svg, 'pointerup', c.x + 60, c.y, 2);
    await el.updateComplete;
    expect(viewBox(svg)[2]).to.be.below(before[2] / 2);
  });

  it('a drag that starts on a node pans and does not select it', async () => {
    const { el, svg } = await mount();
    let selected = 0;
    el.addEventListener('cw-select', () => {
      selected++;
    });
    const node = el.shadowRoot!.querySelector<SVGGElement>('g.node[data-id="jay"]')!;
    const r = node.querySelector('.marker')!.getBoundingClientRect();
    const x = r.left + r.width / 2,
      y = r.top + r.height / 2;
    const before = viewBox(svg);
    pointer(node, 'pointerdown', x, y);
    pointer(node, 'pointermove', x + 30, y + 10);
    pointer(node, 'pointermove', x + 60, y + 20);
    pointer(node, 'pointerup', x + 60, y + 20);
    node.dispatchEvent(new MouseEvent('click', { clientX: x + 60, clientY: y + 20, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(viewBox(svg)[0]).to.be.below(before[0]);
    expect(selected).to.equal(0);
    expect(el.selection).to.equal(null);
    // A click that is not the end of a drag still selects.
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(selected).to.equal(1);
    expect(el.selection).to.deep.equal({ kind: 'person', id: 'jay' });
  });

  it('zooms with + and − and goes back with 0 from the keyboard', async () => {
    const { el, svg } = await mount();
    const before = viewBox(svg);
    const node = el.shadowRoot!.querySelector<SVGGElement>('g.node[tabindex="0"]')!;
    node.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(viewBox(svg)[2]).to.be.below(before[2]);
    node.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(viewBox(svg)).to.deep.equal(before);
  });
});

/** A new picture is laid out once, at its first view (core's FirstViewController). */
describe('<cw-family-network> first view', () => {
  it('the people arrive in an svg whose viewBox is already the first view, and it is not rewritten after them', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '1000px';
    document.body.append(wrap);
    const el = document.createElement('cw-family-network');
    el.today = TODAY;
    el.bundle = riversFamily();
    const writes: string[] = [];
    const seen = new MutationObserver(() => {
      const svg = el.shadowRoot?.querySelector('svg.map');
      const nodes = el.shadowRoot?.querySelectorAll('svg.map g.node').length ?? 0;
      const now = `${nodes ? 'drawn' : 'frame'}:${svg?.getAttribute('viewBox') ?? ''}`;
      if (svg && writes[writes.length - 1] !== now) writes.push(now);
    });
    wrap.append(el);
    seen.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['viewBox'] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg.map g.node').length, 'drawn by updateComplete').to.be.greaterThan(0);
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    seen.disconnect();
    const final = el.shadowRoot!.querySelector('svg.map')!.getAttribute('viewBox');
    const drawn = writes.filter((w) => w.startsWith('drawn:'));
    expect(drawn, writes.join(' | ')).to.deep.equal([`drawn:${final}`]);
    wrap.remove();
  });
});

describe('<cw-family-network> printed', () => {
  it('prints the whole map, and gives the reader their view back after', async () => {
    // Written before running: a reader zoomed in prints; before, the paper showed the screen's view, the map cut at
    // its edges (the workspace's case file printed no professionals at all).
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${riversFamily()} today=${TODAY}></cw-family-network>`);
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!;
    const vb = () => svg.getAttribute('viewBox')!;
    const c = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey: true,
        clientX: c.left + c.width / 2,
        clientY: c.top + c.height / 2,
        bubbles: true,
        cancelable: true,
      }),
    );
    await el.updateComplete;
    const zoomed = vb();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const [x, y, w, h] = vb().split(' ').map(Number) as [number, number, number, number];
    const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')];
    expect(nodes.length).to.be.greaterThan(5);
    const outside = nodes
      .filter((n) => {
        const b = n.getBBox();
        return b.x < x || b.y < y || b.x + b.width > x + w || b.y + b.height > y + h;
      })
      .map((n) => n.dataset.id);
    expect(outside, 'everyone on the paper').to.deep.equal([]);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(vb(), 'the reader’s view back').to.equal(zoomed);
  });
});

describe('<cw-family-network> printed details', () => {
  it('prints the names in a selected person’s details, not only their roles', async () => {
    // Written before running: the names there are buttons (they select the person), and print hid every button.
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${riversFamily()} today=${TODAY}></cw-family-network>`);
    el.selection = { kind: 'person', id: 'jay' };
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.details button.name')];
    expect(names.length, 'names in the details').to.be.greaterThan(0);
    const printed = asPrinted(el);
    try {
      expect(names.filter((b) => !b.checkVisibility()).map((b) => b.textContent)).to.deep.equal([]);
    } finally {
      printed.undo();
    }
  });
});
