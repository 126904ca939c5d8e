/**
 * Quality checks of a laid-out genogram, used by the tests and the benchmark: symbols that overlap, name labels
 * that overlap, structural lines that pass through a symbol, and crossings between structural lines.
 * Emotional and support lines are counted apart: those that pass through the symbol of someone they do not connect.
 */
import { NODE_W, SYMBOL } from './coordinates.js';
import type { EdgeModel, GenogramModel, Point } from './model.js';
import { hitsOf, quadPoints, segmentHitsSquare } from './overlay-routes.js';

export interface LayoutQuality {
  overlaps: number;
  labelOverlaps: number;
  linesThroughSymbols: number;
  crossings: number;
  /** Emotional and support lines passing through the symbol of a person they do not connect. */
  overlayThroughSymbols: number;
}

/** Emotional and support lines that pass through the symbol of someone they do not connect (one per line and person). */
export function countOverlayThroughSymbols(m: GenogramModel): number {
  const boxes = m.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y }));
  let n = 0;
  for (const e of m.edges) {
    if (e.kind !== 'emotional' && e.kind !== 'support') continue;
    const path = e.polyline ? e.points : quadPoints(e.points[0]!, e.points[1]!, e.points[2]!, 48);
    n += hitsOf(path, boxes, new Set([e.a!, e.b!]), SYMBOL / 2 - 1.5);
  }
  return n;
}

type Seg = [Point, Point, string];
const STRUCTURAL = new Set<EdgeModel['kind']>(['partner', 'descent', 'child', 'twin-bar']);

export function segmentsOf(edges: EdgeModel[]): Seg[] {
  const out: Seg[] = [];
  for (const e of edges) {
    if (!STRUCTURAL.has(e.kind)) continue;
    for (let i = 1; i < e.points.length; i++) out.push([e.points[i - 1]!, e.points[i]!, e.id]);
  }
  return out;
}

function overlap1(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

export function countOverlaps(m: GenogramModel): { overlaps: number; labelOverlaps: number } {
  const byRow = new Map<number, typeof m.nodes>();
  for (const n of m.nodes) byRow.set(n.y, [...(byRow.get(n.y) ?? []), n]);
  let overlaps = 0,
    labelOverlaps = 0;
  // nodes in different rows are ROW_H apart, far more than a symbol and its labels; still check every pair in a row
  for (const row of byRow.values()) {
    const s = [...row].sort((a, b) => a.x - b.x);
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) {
        const dx = s[j]!.x - s[i]!.x;
        if (dx >= NODE_W) break;
        if (overlap1(s[i]!.x - SYMBOL / 2, s[i]!.x + SYMBOL / 2, s[j]!.x - SYMBOL / 2, s[j]!.x + SYMBOL / 2)) overlaps++;
        const lw = NODE_W - 12;
        if (overlap1(s[i]!.x - lw / 2, s[i]!.x + lw / 2, s[j]!.x - lw / 2, s[j]!.x + lw / 2)) labelOverlaps++;
      }
  }
  // different rows: only if rows were closer than a symbol (never with the fixed row height), checked for honesty
  const ys = [...byRow.keys()].sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i++) if (ys[i]! - ys[i - 1]! < SYMBOL) overlaps++;
  return { overlaps, labelOverlaps };
}

/** Whether segment p-q passes through the inside of a box (shrunk a little so touching its edge does not count). */
const segmentHitsBox = segmentHitsSquare;

export function countLinesThroughSymbols(m: GenogramModel): number {
  const segs = segmentsOf(m.edges);
  const half = SYMBOL / 2 - 1.5;
  let n = 0;
  for (const [p, q] of segs) {
    const minX = Math.min(p[0], q[0]) - SYMBOL,
      maxX = Math.max(p[0], q[0]) + SYMBOL;
    const minY = Math.min(p[1], q[1]) - SYMBOL,
      maxY = Math.max(p[1], q[1]) + SYMBOL;
    for (const node of m.nodes) {
      if (node.x < minX || node.x > maxX || node.y < minY || node.y > maxY) continue;
      if (segmentHitsBox(p, q, node.x, node.y, half)) n++;
    }
  }
  return n;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Proper crossings: the two segments cross at a point inside both (touching ends and shared points do not count). */
export function countCrossings(m: GenogramModel): number {
  const segs = segmentsOf(m.edges);
  const box = segs.map(([p, q]) => [Math.min(p[0], q[0]), Math.max(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[1], q[1])] as const);
  const idx = segs.map((_, i) => i).sort((a, b) => box[a]![0] - box[b]![0]);
  let n = 0;
  for (let ii = 0; ii < idx.length; ii++) {
    const i = idx[ii]!;
    const [p1, p2, e1] = segs[i]!;
    for (let jj = ii + 1; jj < idx.length; jj++) {
      const j = idx[jj]!;
      if (box[j]![0] > box[i]![1]) break;
      if (box[j]![2] > box[i]![3] || box[j]![3] < box[i]![2]) continue;
      const [q1, q2, e2] = segs[j]!;
      if (e1 === e2) continue;
      const d1 = cross(q1, q2, p1),
        d2 = cross(q1, q2, p2),
        d3 = cross(p1, p2, q1),
        d4 = cross(p1, p2, q2);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) n++;
    }
  }
  return n;
}

export function layoutQuality(m: GenogramModel): LayoutQuality {
  return {
    ...countOverlaps(m),
    linesThroughSymbols: countLinesThroughSymbols(m),
    crossings: countCrossings(m),
    overlayThroughSymbols: countOverlayThroughSymbols(m),
  };
}
