/**
 * Routes for emotional lines and informal supports: never through the symbol of a person they do not connect (an
 * abuse line that runs through a little brother reads as abuse of him). First the gentlest curve between the two
 * people that clears every other symbol; failing that, a route through the open channels between generation rows,
 * passing each row in a gap between families. Pure; checked by `countOverlayThroughSymbols`.
 */
import {
  curveAround,
  pathHits,
  quadPoints,
  segmentHitsBox,
  type EmotionalRelationship,
  type SupportRelationship,
} from '@opencasework/core';
import type { FamilyGraph } from './family-graph.js';
import { MARGIN, ROW_H, SYMBOL, rowGaps, type Placement } from './coordinates.js';
import type { EdgeModel, Point } from './model.js';

const R = SYMBOL / 2 + 4;
/** Half the box kept clear around a symbol (an index child's double outline is 5 larger). */
const CLEAR = SYMBOL / 2 + 8;
const BENDS = [0, 30, -30, 60, -60, 100, -100, 150, -150, 220, -220];

type Box = { id: string; x: number; y: number };

/** A square of half-size `half` about a symbol's centre, as an obstacle for core's routing. */
const square = (b: Box, half: number) => ({ id: b.id, x: b.x - half, y: b.y - half, w: 2 * half, h: 2 * half });

export { quadPoints };

/** Whether segment p-q enters the square of half-size `half` about (cx, cy). */
export function segmentHitsSquare(p: Point, q: Point, cx: number, cy: number, half: number): boolean {
  return segmentHitsBox(p, q, square({ id: '', x: cx, y: cy }, half));
}

/** How many symbols of other people a path (a list of points) passes through. */
export function hitsOf(path: Point[], boxes: Box[], skip: ReadonlySet<string>, half = CLEAR): number {
  return pathHits(
    path,
    boxes.map((b) => square(b, half)),
    skip,
  );
}

export function routeOverlays(g: FamilyGraph, pl: Placement, rank: Map<string, number>): EdgeModel[] {
  const { x, y } = pl;
  const obstacles = [...x.keys()].map((id) => square({ id, x: x.get(id)!, y: y.get(id)! }, CLEAR));
  const rowY = (r: number) => MARGIN + r * ROW_H;
  const gaps = rowGaps(pl, 10);
  const lanes = new Map<number, number>();
  const channel = (r: number) => {
    const lane = lanes.get(r) ?? 0;
    lanes.set(r, lane + 1);
    return rowY(r) - 78 - (lane % 4) * 9;
  };
  const nearest = (xs: number[], v: number) => xs.reduce((b, c) => (Math.abs(c - v) < Math.abs(b - v) ? c : b), xs[0] ?? v);

  const route = (r: EmotionalRelationship | SupportRelationship, kind: 'emotional' | 'support'): EdgeModel | null => {
    const xa = x.get(r.a),
      ya = y.get(r.a),
      xb = x.get(r.b),
      yb = y.get(r.b);
    if (xa === undefined || ya === undefined || xb === undefined || yb === undefined) return null;
    const id = `${kind === 'emotional' ? 'e' : 'x'}:${r.id}`;
    const base: Omit<EdgeModel, 'points'> = { id, kind, relIds: [r.id], a: r.a, b: r.b };
    const skip = new Set([r.a, r.b]);
    const natural = Math.min(60, 18 + Math.hypot(xb - xa, yb - ya) * 0.12);
    // the gentlest curve that clears every other symbol, leaving each symbol towards its control point
    const bends = BENDS.map((extra) => (extra === 0 ? natural : Math.sign(extra) * (natural + Math.abs(extra))));
    const curve = curveAround([xa, ya], [xb, yb], obstacles, skip, { bends, leave: R });
    if (curve.hits === 0) return { ...base, points: [...curve.points] };
    // through the channels between rows, passing each row in a gap between families
    const [up, low] = ya <= yb ? [r.a, r.b] : [r.b, r.a];
    const xu = x.get(up)!,
      xl = x.get(low)!;
    const ru = rank.get(up) ?? 0,
      rl = rank.get(low) ?? 0;
    const half = (id: string) => SYMBOL / 2 + (g.byId.get(id)?.index ? 7 : 2);
    const pts: Point[] = [[xu, y.get(up)! - half(up)]];
    let cx = xu;
    for (let row = ru; row < rl; row++) {
      const ch = channel(row);
      const gx = nearest(gaps[row] ?? [], cx);
      pts.push([cx, ch], [gx, ch]);
      cx = gx;
    }
    const ch = channel(rl);
    pts.push([cx, ch], [xl, ch], [xl, y.get(low)! - half(low)]);
    const points = up === r.a ? pts : pts.reverse();
    return { ...base, points, polyline: true };
  };

  const out: EdgeModel[] = [];
  for (const r of g.emotional) {
    const e = route(r, 'emotional');
    if (!e) continue;
    e.quality = r.quality;
    if (r.direction) e.direction = r.direction;
    if (r.note) e.note = r.note;
    out.push(e);
  }
  for (const r of g.supports) {
    const e = route(r, 'support');
    if (!e) continue;
    if (r.label) e.label = r.label;
    out.push(e);
  }
  return out;
}
