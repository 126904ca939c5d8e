import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { DrawnRegionController, containsBox, nearBox, shownArea, type ViewBox } from '../src/index.js';

describe('what an svg shows of its drawing', () => {
  it('widens the viewBox to the viewport: a 400 by 100 box in an 800 by 400 frame shows 400 by 200 about its centre', () => {
    // scale = min(800/400, 400/100) = 2; 800/2 = 400 wide, 400/2 = 200 high: 50 more above and below
    expect(shownArea({ x: 0, y: 0, w: 400, h: 100 }, { width: 800, height: 400 })).to.deep.equal({ x: 0, y: -50, w: 400, h: 200 });
    // a tall box in a wide frame shows more on the left and right
    expect(shownArea({ x: 10, y: 10, w: 100, h: 100 }, { width: 400, height: 200 })).to.deep.equal({ x: -40, y: 10, w: 200, h: 100 });
  });

  it('is the viewBox itself while the frame has no size', () => {
    const vb = { x: 5, y: 5, w: 50, h: 50 };
    expect(shownArea(vb, { width: 0, height: 0 })).to.equal(vb);
  });

  it('tells whether a box lies inside another, and whether a point with its reach touches a box', () => {
    const box = { x: 0, y: 0, w: 100, h: 100 };
    expect(containsBox(box, { x: 0, y: 0, w: 100, h: 100 })).to.equal(true);
    expect(containsBox(box, { x: 1, y: 1, w: 100, h: 10 })).to.equal(false);
    expect(nearBox(box, 150, 50)).to.equal(false);
    expect(nearBox(box, 150, 50, 50)).to.equal(true);
    expect(nearBox(box, 50, -30, 20)).to.equal(false);
  });
});

class RegionHost extends LitElement {
  shown: ViewBox | undefined = { x: 0, y: 0, w: 100, h: 100 };
  drawsDetails = true;
  renders = 0;
  drawn: ViewBox | undefined;
  readonly region = new DrawnRegionController(this, () => this.shown);
  override render() {
    this.renders++;
    this.drawn = this.drawsDetails ? this.region.region : undefined;
    return html`<p>${this.renders}</p>`;
  }
}
customElements.define('test-drawn-region', RegionHost);

const host = async () => {
  const el = await fixture<RegionHost>(fhtml`<test-drawn-region></test-drawn-region>`);
  await el.updateComplete;
  return el;
};

describe('DrawnRegionController: the part of a drawing whose details are drawn', () => {
  it('is the view with half its size to spare on each side', async () => {
    const el = await host();
    expect(el.drawn).to.deep.equal({ x: -50, y: -50, w: 200, h: 200 });
  });

  it('stays put while the view moves inside it, and follows the view once it leaves', async () => {
    const el = await host();
    el.shown = { x: 40, y: -40, w: 100, h: 100 };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.drawn).to.deep.equal({ x: -50, y: -50, w: 200, h: 200 });
    el.shown = { x: 60, y: 0, w: 100, h: 100 };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.drawn).to.deep.equal({ x: 10, y: -50, w: 200, h: 200 });
  });

  it('shrinks when the view is less than half its size (zoomed in), and grows when the view is larger', async () => {
    const el = await host();
    el.shown = { x: 0, y: 0, w: 40, h: 40 };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.drawn).to.deep.equal({ x: -20, y: -20, w: 80, h: 80 });
    el.shown = { x: -100, y: -100, w: 400, h: 400 };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.drawn).to.deep.equal({ x: -300, y: -300, w: 800, h: 800 });
  });

  it('draws everything while nothing is shown, and then covers any box', async () => {
    const el = await host();
    el.shown = undefined;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.drawn).to.equal(undefined);
    expect(el.region.covers({ x: -1e6, y: -1e6, w: 2e6, h: 2e6 })).to.equal(true);
  });

  it('says whether the region last drawn holds a box', async () => {
    const el = await host();
    expect(el.region.covers({ x: -50, y: -50, w: 200, h: 200 })).to.equal(true);
    expect(el.region.covers({ x: -50, y: -50, w: 201, h: 200 })).to.equal(false);
  });

  it('re-renders once when the view leaves the region without a render (a view written straight onto the svg)', async () => {
    const el = await host();
    const before = el.renders;
    el.shown = { x: 500, y: 500, w: 100, h: 100 }; // no render asked for
    el.drawsDetails = false; // an update whose render does not draw the details does not ask for another
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    el.drawsDetails = true;
    el.requestUpdate();
    await el.updateComplete;
    // this render read the old region, found the view outside it and drew the new one: no second render needed
    expect(el.renders).to.equal(before + 2);
    expect(el.drawn).to.deep.equal({ x: 450, y: 450, w: 200, h: 200 });
    // the view moves outside without a render, during an update that drew the details: one more render follows
    el.region.hostUpdated(); // nothing moved: nothing asked
    expect(el.isUpdatePending).to.equal(false);
    el.shown = { x: 900, y: 900, w: 100, h: 100 };
    el.region.hostUpdated();
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(el.drawn).to.deep.equal({ x: 850, y: 850, w: 200, h: 200 });
  });
});
