import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { VirtualRowsController } from '../src/views/virtual-rows.js';

const host = () => {
  const h = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
};
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}` }));

describe('VirtualRowsController', () => {
  it('renders every row up to 30 items, and every row while printing', () => {
    const c = new VirtualRowsController(host() as unknown as ReactiveControllerHost & HTMLElement, { scroller: () => null });
    expect(c.virtualises(30)).to.equal(false);
    expect(c.window(items(30), 'k')).to.deep.equal({ all: true, first: 0, last: 30, before: 0, after: 0 });
    expect(c.window(items(10_000), 'k', true)).to.deep.equal({ all: true, first: 0, last: 10_000, before: 0, after: 0 });
  });

  it('renders only the rows in view plus a few, spacers standing for the rest', () => {
    const c = new VirtualRowsController(host() as unknown as ReactiveControllerHost & HTMLElement, { scroller: () => null });
    const list = items(10_000);
    const w = c.window(list, 'k');
    expect(w.all).to.equal(false);
    expect(w.first).to.equal(0);
    expect(w.last - w.first).to.be.lessThan(20);
    // Estimated heights (72 px) for rows not yet measured: the spacers and rows add up to the whole table.
    expect(w.before + (w.last - w.first) * 72 + w.after).to.equal(10_000 * 72);
  });

  it('follows the scroll position', () => {
    const h = host();
    const c = new VirtualRowsController(h as unknown as ReactiveControllerHost & HTMLElement, { scroller: () => null });
    c.onScroll({ target: { scrollTop: 7200 } } as unknown as Event);
    expect(h.updates).to.equal(1);
    const w = c.window(items(10_000), 'k');
    expect(w.first).to.equal(96); // row 100 is at the top, 4 rows of overscan above
    expect(w.before).to.equal(96 * 72);
  });
});
