/**
 * Lines that go round the people they do not connect: a line drawn through someone's symbol (or name) reads as being
 * about them. The shared building block of the drawings: the genogram's emotional and support lines and the family
 * network's involvement lines try the straight line or gentlest curve first and bend further, to one side then the
 * other, until nothing in the way is crossed. Pure and DOM-free.
 */

/** A point in drawing units, `[x, y]`. */
export type RoutePoint = [number, number];

/** Something a line must not cross: an axis-aligned box in drawing units, named by the person (or thing) it belongs to. */
export interface RouteObstacle {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** How much crossing it counts against a route (1 by default): a person's marker can count more than their name. */
  weight?: number;
}

/** A route: a quadratic curve `[start, control, end]` (a straight line when the control is the midpoint). */
export interface CurveRoute {
  points: [RoutePoint, RoutePoint, RoutePoint];
  /** The weight of the obstacles it still crosses (0 when a clear route was found). */
  hits: number;
  /** True when the route is a straight line. */
  straight: boolean;
}

/** Points along a quadratic curve. */
export function quadPoints(p0: RoutePoint, c: RoutePoint, p1: RoutePoint, n = 32): RoutePoint[] {
  const out: RoutePoint[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n,
      u = 1 - t;
    out.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]]);
  }
  return out;
}

/** Writes `n + 1` points along a quadratic curve into `out` (flat), as `quadPoints` returns them; gives the count. */
function quadInto(out: Float64Array, p0: RoutePoint, c: RoutePoint, p1: RoutePoint, n: number): number {
  for (let i = 0; i <= n; i++) {
    const t = i / n,
      u = 1 - t;
    out[2 * i] = u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0];
    out[2 * i + 1] = u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1];
  }
  return n + 1;
}

/** Whether segment p-q enters the box (Liang-Barsky clipping; touching an edge is not entering). */
export function segmentHitsBox(p: RoutePoint, q: RoutePoint, box: { x: number; y: number; w: number; h: number }): boolean {
  const x0 = p[0],
    y0 = p[1],
    dx = q[0] - x0,
    dy = q[1] - y0;
  // a segment wholly to one side of the box (or along an edge) does not enter it: most pairs end here
  if (Math.max(x0, q[0]) <= box.x || Math.min(x0, q[0]) >= box.x + box.w) return false;
  if (Math.max(y0, q[1]) <= box.y || Math.min(y0, q[1]) >= box.y + box.h) return false;
  let t0 = 0,
    t1 = 1;
  // the four edges as (p, q) pairs of Liang-Barsky: left, right, top, bottom; written out (no closure: this runs
  // for every segment of every bend against every box in reach, and allocating here showed up as garbage collection)
  for (let k = 0; k < 4; k++) {
    const pp = k === 0 ? -dx : k === 1 ? dx : k === 2 ? -dy : dy;
    const qq = k === 0 ? x0 - box.x : k === 1 ? box.x + box.w - x0 : k === 2 ? y0 - box.y : box.y + box.h - y0;
    if (pp === 0) {
      if (qq <= 0) return false;
      continue;
    }
    const r = qq / pp;
    if (pp < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t1 - t0 > 1e-6;
}

/**
 * The weight of the obstacles (1 each unless given; not those whose id is in `skip`) a path, given as points, passes
 * through; counting stops once it reaches `limit` (a route that cannot beat the best so far).
 */
export function pathHits(
  path: readonly RoutePoint[],
  obstacles: readonly RouteObstacle[],
  skip: ReadonlySet<string>,
  limit = Infinity,
): number {
  const flat = new Float64Array(path.length * 2);
  path.forEach(([x, y], i) => ((flat[2 * i] = x), (flat[2 * i + 1] = y)));
  return flatHits(flat, path.length, obstacles, skip, limit);
}

const a: RoutePoint = [0, 0],
  b: RoutePoint = [0, 0];

/** `pathHits` over `count` points stored flat (`x0 y0 x1 y1 …`): `curveAround` tries many curves and allocates none. */
function flatHits(
  flat: Float64Array,
  count: number,
  obstacles: readonly RouteObstacle[],
  skip: ReadonlySet<string>,
  limit: number,
): number {
  if (count < 2) return 0;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = flat[2 * i]!,
      y = flat[2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  let n = 0;
  for (const o of obstacles) {
    if (o.x > maxX || o.x + o.w < minX || o.y > maxY || o.y + o.h < minY || skip.has(o.id)) continue;
    for (let i = 1; i < count; i++) {
      a[0] = flat[2 * i - 2]!;
      a[1] = flat[2 * i - 1]!;
      b[0] = flat[2 * i]!;
      b[1] = flat[2 * i + 1]!;
      if (segmentHitsBox(a, b, o)) {
        n += o.weight ?? 1;
        break;
      }
    }
    if (n >= limit) return n;
  }
  return n;
}

export interface CurveOptions {
  /**
   * Sideways offsets of the curve's control point from the midpoint, in drawing units, tried in order (0 is the
   * straight line). Positive bends to the left of a from-to walk that goes upward (above a level line).
   */
  bends: readonly number[];
  /** How far from each end's centre the line starts (its symbol's radius), towards the control point. */
  leave?: number | ((end: 'from' | 'to') => number);
  /** Points sampled along a curve to test it. */
  samples?: number;
}

/**
 * The first route, in the order of `bends`, from `from` to `to` that crosses none of `obstacles` (apart from those in
 * `skip`: the people it connects); when every bend crosses something, the one that crosses fewest (the earliest of
 * equals), so a caller can fall back to something else or draw the least bad.
 */
export function curveAround(
  from: RoutePoint,
  to: RoutePoint,
  obstacles: readonly RouteObstacle[],
  skip: ReadonlySet<string>,
  options: CurveOptions,
): CurveRoute {
  const [xa, ya] = from,
    [xb, yb] = to;
  const dx = xb - xa,
    dy = yb - ya;
  const len = Math.hypot(dx, dy) || 1;
  let nx = -dy / len,
    ny = dx / len;
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const leave = (end: 'from' | 'to') => (typeof options.leave === 'function' ? options.leave(end) : (options.leave ?? 0));
  const off = (p: RoutePoint, towards: RoutePoint, r: number): RoutePoint => {
    const l = Math.hypot(towards[0] - p[0], towards[1] - p[1]) || 1;
    return [p[0] + ((towards[0] - p[0]) / l) * r, p[1] + ((towards[1] - p[1]) / l) * r];
  };
  const samples = options.samples ?? 32;
  const buf = new Float64Array(2 * (Math.max(samples, 1) + 1));
  let best: CurveRoute | undefined;
  for (const bend of options.bends.length ? options.bends : [0]) {
    const mid: RoutePoint = [(xa + xb) / 2 + nx * bend, (ya + yb) / 2 + ny * bend];
    const p0 = off(from, mid, leave('from')),
      p1 = off(to, mid, leave('to'));
    const straight = bend === 0;
    const control: RoutePoint = straight ? [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2] : mid;
    let count = 2;
    if (straight) {
      buf.set(p0, 0);
      buf.set(p1, 2);
    } else count = quadInto(buf, p0, control, p1, samples);
    const hits = flatHits(buf, count, obstacles, skip, best?.hits ?? Infinity);
    if (!best || hits < best.hits) best = { points: [p0, control, p1], hits, straight };
    if (hits === 0) break;
  }
  return best!;
}

/** An SVG path for a route: `M … L …` when straight, `M … Q …` when curved. */
export function routePath(r: CurveRoute): string {
  const [p0, c, p1] = r.points;
  const f = (n: number) => Math.round(n * 10) / 10;
  return r.straight
    ? `M${f(p0[0])} ${f(p0[1])}L${f(p1[0])} ${f(p1[1])}`
    : `M${f(p0[0])} ${f(p0[1])}Q${f(c[0])} ${f(c[1])} ${f(p1[0])} ${f(p1[1])}`;
}
