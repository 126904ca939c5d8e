import { expect } from '@open-wc/testing';
import { curveAround, pathHits, quadPoints, routePath, segmentHitsBox, type RouteObstacle } from '../src/index.js';

describe('curveAround: a line round the people it does not connect', () => {
  const bends = [0, 30, -30, 60, -60, 100, -100];
  // A line from (0,0) to (200,0) with someone's box straddling it half-way, and the two ends' own boxes.
  const boxes: RouteObstacle[] = [
    { id: 'from', x: -10, y: -10, w: 20, h: 20 },
    { id: 'to', x: 190, y: -10, w: 20, h: 20 },
    { id: 'brother', x: 90, y: -10, w: 20, h: 20 },
  ];
  const skip = new Set(['from', 'to']);

  it('is straight when nothing is in the way', () => {
    const r = curveAround([0, 0], [200, 0], boxes.slice(0, 2), skip, { bends });
    expect(r).to.deep.include({ straight: true, hits: 0 });
    expect(routePath(r)).to.equal('M0 0L200 0');
  });

  it('bends round someone in the way, and the curve it returns clears them', () => {
    const r = curveAround([0, 0], [200, 0], boxes, skip, { bends });
    expect(r.straight).to.equal(false);
    expect(r.hits).to.equal(0);
    expect(pathHits(quadPoints(...r.points), boxes, skip)).to.equal(0);
    expect(routePath(r)).to.match(/^M0 0Q100 -?\d+(\.\d)? 200 0$/);
  });

  it('when nothing clears, gives the route crossing the least weight (a marker counting more than a name)', () => {
    // A wall of names above and below, and a heavy marker on the straight line.
    const wall: RouteObstacle[] = [
      { id: 'marker', x: 95, y: -5, w: 10, h: 10, weight: 4 },
      { id: 'name-above', x: 0, y: -400, w: 200, h: 390 },
      { id: 'name-below', x: 0, y: 10, w: 200, h: 390 },
    ];
    const r = curveAround([0, 0], [200, 0], wall, skip, { bends });
    expect(r.hits).to.equal(1);
    expect(r.straight).to.equal(false);
  });

  it('leaves each end by the given radius, towards the curve', () => {
    const r = curveAround([0, 0], [200, 0], [], skip, { bends: [40], leave: 10 });
    const [p0, , p1] = r.points;
    expect(Math.hypot(p0[0], p0[1])).to.be.closeTo(10, 1e-9);
    expect(Math.hypot(p1[0] - 200, p1[1])).to.be.closeTo(10, 1e-9);
  });

  it('a segment touching a box edge does not enter it; one crossing a corner does', () => {
    const b = { x: 0, y: 0, w: 10, h: 10 };
    expect(segmentHitsBox([-5, 0], [15, 0], b)).to.equal(false);
    expect(segmentHitsBox([-2, 6], [6, -2], b)).to.equal(true);
  });
});
