/**
 * Routes for emotional lines and informal supports: never through the symbol of a person they do not connect (an
 * abuse line that runs through a little brother reads as abuse of him). First the gentlest curve between the two
 * people that clears every other symbol; failing that, a route through the open channels between generation rows,
 * passing each row in a gap between families. Pure; checked by `countOverlayThroughSymbols`.
 */
import type { EmotionalRelationship, SupportRelationship } from '@opencasework/core';
import type { FamilyGraph } from './family-graph.js';
import { MARGIN, ROW_H, SYMBOL, rowGaps, type Placement } from './coordinates.js';
import type { EdgeModel, Point } from './model.js';

const R = SYMBOL / 2 + 4;
/** Half the box kept clear around a symbol (an index child's double outline is 5 larger). */
const CLEAR = SYMBOL / 2 + 8;
const BENDS = [0, 30, -30, 60, -60, 100, -100, 150, -150, 220, -220];

type Box = { id: string; x: number; y: number };

/** Points along a quadratic curve. */
export function quadPoints(p0: Point, c: Point, p1: Point, n = 32): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n,
      u = 1 - t;
    out.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]]);
  }
  return out;
}

/** Whether segment p-q enters the square of half-size `half` about (cx, cy). */
export function segmentHitsSquare(p: Point, q: Point, cx: number, cy: number, half: number): boolean {
  let t0 = 0,
    t1 = 1;
  const dx = q[0] - p[0],
    dy = q[1] - p[1];
  const clip = (pp: number, qq: number): boolean => {
    if (pp === 0) return qq > 0;
    const r = qq / pp;
    if (pp < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  if (!clip(-dx, p[0] - (cx - half)) || !clip(dx, cx + half - p[0]) || !clip(-dy, p[1] - (cy - half)) || !clip(dy, cy + half - p[1]))
    return false;
  return t1 - t0 > 1e-6;
}

/** How many symbols of other people a path (a list of points) passes through. */
export function hitsOf(path: Point[], boxes: Box[], skip: ReadonlySet<string>, half = CLEAR): number {
  let n = 0;
  const xs = path.map((p) => p[0]),
    ys = path.map((p) => p[1]);
  const minX = Math.min(...xs) - half,
    maxX = Math.max(...xs) + half,
    minY = Math.min(...ys) - half,
    maxY = Math.max(...ys) + half;
  for (const b of boxes) {
    if (skip.has(b.id) || b.x < minX || b.x > maxX || b.y < minY || b.y > maxY) continue;
    for (let i = 1; i < path.length; i++)
      if (segmentHitsSquare(path[i - 1]!, path[i]!, b.x, b.y, half)) {
        n++;
        break;
      }
  }
  return n;
}

export function routeOverlays(g: FamilyGraph, pl: Placement, rank: Map<string, number>): EdgeModel[] {
  const { x, y } = pl;
  const boxes: Box[] = [...x.keys()].map((id) => ({ id, x: x.get(id)!, y: y.get(id)! }));
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
    const dx = xb - xa,
      dy = yb - ya;
    const len = Math.hypot(dx, dy) || 1;
    let nx = -dy / len,
      ny = dx / len;
    if (ny > 0 || (ny === 0 && nx > 0)) {
      nx = -nx;
      ny = -ny;
    }
    const natural = Math.min(60, 18 + len * 0.12);
    for (const extra of BENDS) {
      const bend = extra === 0 ? natural : Math.sign(extra) * (natural + Math.abs(extra));
      // leave each symbol towards the control point
      const mid: Point = [(xa + xb) / 2 + nx * bend, (ya + yb) / 2 + ny * bend];
      const off = (px: number, py: number, tx: number, ty: number): Point => {
        const l = Math.hypot(tx - px, ty - py) || 1;
        return [px + ((tx - px) / l) * R, py + ((ty - py) / l) * R];
      };
      const p0 = off(xa, ya, mid[0], mid[1]),
        p1 = off(xb, yb, mid[0], mid[1]);
      if (hitsOf(quadPoints(p0, mid, p1), boxes, skip) === 0) return { ...base, points: [p0, mid, p1] };
    }
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
