/**
 * Geometry of emotional lines (McGoldrick notation) along a curve: parallel lines for close / very close / fused,
 * dots for distant, zigzags for conflict, hostility and abuse, a broken line for cut-off, arrows for direction.
 * Returns SVG path data only; pure, so it is tested without a DOM.
 */
import type { EmotionalQuality } from '@opencasework/core';
import type { Point } from './model.js';

export interface StrokePath {
  d: string;
  variant: 'line' | 'dotted' | 'dashed' | 'thick' | 'fill';
}

const f = (n: number) => Math.round(n * 10) / 10;

function sample(p0: Point, c: Point, p1: Point, n: number): { p: Point; nx: number; ny: number }[] {
  const out: { p: Point; nx: number; ny: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n,
      u = 1 - t;
    const x = u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0];
    const y = u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1];
    const tx = 2 * u * (c[0] - p0[0]) + 2 * t * (p1[0] - c[0]);
    const ty = 2 * u * (c[1] - p0[1]) + 2 * t * (p1[1] - c[1]);
    const l = Math.hypot(tx, ty) || 1;
    out.push({ p: [x, y], nx: -ty / l, ny: tx / l });
  }
  return out;
}

/** Points spaced evenly along a polyline, each with the normal of the part it lies on. */
function samplePolyline(pts: Point[], n: number): { p: Point; nx: number; ny: number }[] {
  const lens: number[] = [0];
  for (let i = 1; i < pts.length; i++) lens.push(lens[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]));
  const total = lens[lens.length - 1]! || 1;
  const out: { p: Point; nx: number; ny: number }[] = [];
  let seg = 1;
  for (let i = 0; i <= n; i++) {
    const d = (i / n) * total;
    while (seg < pts.length - 1 && lens[seg]! < d) seg++;
    const a = pts[seg - 1]!,
      b = pts[seg]!;
    const l = lens[seg]! - lens[seg - 1]! || 1;
    const t = Math.min(1, Math.max(0, (d - lens[seg - 1]!) / l));
    const tx = (b[0] - a[0]) / l,
      ty = (b[1] - a[1]) / l;
    out.push({ p: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], nx: -ty, ny: tx });
  }
  return out;
}

const poly = (pts: Point[]) => 'M' + pts.map(([x, y]) => `${f(x)} ${f(y)}`).join(' L');

function offsetCurve(s: ReturnType<typeof sample>, off: number, from = 0, to = s.length - 1): string {
  return poly(s.slice(from, to + 1).map(({ p, nx, ny }) => [p[0] + nx * off, p[1] + ny * off] as Point));
}

function zigzag(s: ReturnType<typeof sample>, amp: number): string {
  return poly(
    s.map(({ p, nx, ny }, i) => {
      const k = i === 0 || i === s.length - 1 ? 0 : i % 2 ? amp : -amp;
      return [p[0] + nx * k, p[1] + ny * k] as Point;
    }),
  );
}

function arrowAt(tip: Point, from: Point): string {
  const dx = tip[0] - from[0],
    dy = tip[1] - from[1];
  const l = Math.hypot(dx, dy) || 1;
  const ux = dx / l,
    uy = dy / l;
  const b: Point = [tip[0] - ux * 10, tip[1] - uy * 10];
  return `M${f(tip[0])} ${f(tip[1])} L${f(b[0] - uy * 5)} ${f(b[1] + ux * 5)} L${f(b[0] + uy * 5)} ${f(b[1] - ux * 5)} Z`;
}

export const DIRECTED: EmotionalQuality[] = ['abuse', 'violence', 'neglect', 'focused-on'];

/** The strokes of an emotional line along a quadratic curve (start, control, end) or, when `polyline`, along a routed polyline. */
export function emotionalPaths(
  quality: EmotionalQuality,
  pts: Point[],
  direction?: 'a-to-b' | 'b-to-a' | 'both',
  polyline = false,
): StrokePath[] {
  const [p0, c, p1] = pts as [Point, Point, Point];
  let len = 0;
  for (let i = 1; i < pts.length; i++) len += Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]);
  const n = Math.max(8, Math.min(polyline ? 160 : 80, Math.round(len / 6)));
  const s = polyline ? samplePolyline(pts, n) : sample(p0, c, p1, n);
  const out: StrokePath[] = [];
  switch (quality) {
    case 'close':
      out.push({ d: offsetCurve(s, -2.5), variant: 'line' }, { d: offsetCurve(s, 2.5), variant: 'line' });
      break;
    case 'very-close':
      for (const o of [-4, 0, 4]) out.push({ d: offsetCurve(s, o), variant: 'line' });
      break;
    case 'fused':
      for (const o of [-4, 0, 4]) out.push({ d: offsetCurve(s, o), variant: 'thick' });
      break;
    case 'distant':
      out.push({ d: offsetCurve(s, 0), variant: 'dotted' });
      break;
    case 'conflict':
      out.push({ d: zigzag(s, 4), variant: 'line' });
      break;
    case 'hostile':
      out.push({ d: zigzag(s, 4), variant: 'line' }, { d: offsetCurve(s, -7), variant: 'line' }, { d: offsetCurve(s, 7), variant: 'line' });
      break;
    case 'cut-off': {
      const m = Math.floor(n / 2);
      out.push({ d: offsetCurve(s, 0, 0, m - 1), variant: 'line' }, { d: offsetCurve(s, 0, m + 1), variant: 'line' });
      for (const i of [m - 1, m + 1]) {
        const { p, nx, ny } = s[i]!;
        out.push({
          d: poly([
            [p[0] - nx * 7, p[1] - ny * 7],
            [p[0] + nx * 7, p[1] + ny * 7],
          ]),
          variant: 'line',
        });
      }
      break;
    }
    case 'abuse':
      out.push({ d: zigzag(s, 4), variant: 'line' });
      break;
    case 'violence':
      out.push({ d: zigzag(s, 5), variant: 'thick' });
      break;
    case 'neglect':
      out.push({ d: offsetCurve(s, 0), variant: 'dashed' });
      break;
    case 'focused-on':
      out.push({ d: offsetCurve(s, 0), variant: 'line' });
      break;
  }
  const dir = direction ?? (DIRECTED.includes(quality) ? 'a-to-b' : undefined);
  if (dir === 'a-to-b' || dir === 'both') out.push({ d: arrowAt(s[n]!.p, s[n - 2]!.p), variant: 'fill' });
  if (dir === 'b-to-a' || dir === 'both') out.push({ d: arrowAt(s[0]!.p, s[2]!.p), variant: 'fill' });
  return out;
}
