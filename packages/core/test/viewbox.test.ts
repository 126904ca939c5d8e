import { expect } from '@open-wc/testing';
import { centreOn, fitViewBox, panBy, revealIn, scaleOf, zoomAt, type ViewBox } from '../src/index.js';

const vp = { width: 800, height: 400 };
/** Where a drawing point lands on screen (CSS px from the svg's top left) with preserveAspectRatio xMidYMid meet. */
function screenOf(vb: ViewBox, p: { x: number; y: number }): { x: number; y: number } {
  const s = scaleOf(vb, vp);
  const ox = (vp.width - vb.w * s) / 2,
    oy = (vp.height - vb.h * s) / 2;
  return { x: ox + (p.x - vb.x) * s, y: oy + (p.y - vb.y) * s };
}
const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-9);

describe('viewbox (pure)', () => {
  it('scale is CSS px per drawing unit with meet: the smaller axis ratio', () => {
    expect(scaleOf({ x: 0, y: 0, w: 400, h: 400 }, vp)).to.equal(1);
    expect(scaleOf({ x: 0, y: 0, w: 1600, h: 200 }, vp)).to.equal(0.5);
    expect(scaleOf({ x: 0, y: 0, w: 100, h: 100 }, { width: 0, height: 0 })).to.equal(1);
    expect(scaleOf({ x: 0, y: 0, w: 100, h: 100 }, { width: 300, height: 0 })).to.equal(3);
  });

  it('zooming keeps the point under the pointer where it is, in and out, for any viewBox shape', () => {
    for (const vb of [
      { x: 0, y: 0, w: 800, h: 400 },
      { x: -50, y: 20, w: 300, h: 900 },
      { x: 10, y: 10, w: 2000, h: 100 },
    ]) {
      for (const at of [
        { x: 100, y: 100 },
        { x: vb.x, y: vb.y },
        { x: 37.5, y: 222 },
      ]) {
        for (const f of [1.25, 0.8, 3, 0.3]) {
          const before = screenOf(vb, at);
          const next = zoomAt(vb, f, at, vp, { min: 0.001, max: 1000 });
          const after = screenOf(next, at);
          close(after.x, before.x);
          close(after.y, before.y);
          close(scaleOf(next, vp), scaleOf(vb, vp) * f);
        }
      }
    }
  });

  it('keeps the scale within the limits, 0.1..8 by default', () => {
    let vb: ViewBox = { x: 0, y: 0, w: 800, h: 400 };
    for (let i = 0; i < 40; i++) vb = zoomAt(vb, 2, { x: 400, y: 200 }, vp);
    close(scaleOf(vb, vp), 8);
    for (let i = 0; i < 80; i++) vb = zoomAt(vb, 0.5, { x: 400, y: 200 }, vp);
    close(scaleOf(vb, vp), 0.1);
    const limited = zoomAt({ x: 0, y: 0, w: 800, h: 400 }, 10, { x: 0, y: 0 }, vp, { min: 0.5, max: 2 });
    close(scaleOf(limited, vp), 2);
  });

  it('never jumps in when zooming out from beyond the limits (nor out when zooming in)', () => {
    const tiny = { x: 0, y: 0, w: 80000, h: 40000 }; // scale 0.01, below the 0.1 minimum
    expect(zoomAt(tiny, 0.8, { x: 0, y: 0 }, vp)).to.deep.equal(tiny);
    close(scaleOf(zoomAt(tiny, 1.25, { x: 0, y: 0 }, vp), vp), 0.0125);
    const huge = { x: 0, y: 0, w: 40, h: 20 }; // scale 20, above the maximum
    expect(zoomAt(huge, 1.25, { x: 0, y: 0 }, vp)).to.deep.equal(huge);
  });

  it('fit shows all of the bounds, centred, with the viewport aspect ratio', () => {
    const bounds = { x: 100, y: 50, w: 200, h: 300 };
    const vb = fitViewBox(bounds, vp, 10);
    close(vb.w / vb.h, vp.width / vp.height);
    expect(vb.x).to.be.at.most(90);
    expect(vb.y).to.be.at.most(40);
    expect(vb.x + vb.w).to.be.at.least(310);
    expect(vb.y + vb.h).to.be.at.least(360);
    close(vb.x + vb.w / 2, 200);
    close(vb.y + vb.h / 2, 200);
    close(vb.h, 320); // the taller axis is the one that fits exactly
    expect(fitViewBox(bounds, { width: 0, height: 0 })).to.deep.equal(bounds);
  });

  it('pans, centres and reveals in drawing units', () => {
    const vb = { x: 0, y: 0, w: 100, h: 50 };
    expect(panBy(vb, 10, -5)).to.deep.equal({ x: 10, y: -5, w: 100, h: 50 });
    expect(centreOn(vb, 500, 500)).to.deep.equal({ x: 450, y: 475, w: 100, h: 50 });
    expect(revealIn(vb, { x: 50, y: 20 }, 5)).to.equal(vb);
    expect(revealIn(vb, { x: 120, y: 20, w: 10, h: 5 }, 5)).to.deep.equal({ x: 35, y: 0, w: 100, h: 50 });
    expect(revealIn(vb, { x: -30, y: 60 }, 5)).to.deep.equal({ x: -35, y: 15, w: 100, h: 50 });
  });
});
