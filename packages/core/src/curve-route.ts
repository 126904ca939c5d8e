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

/** Whether segment p-q enters the box (Liang-Barsky clipping; touching an edge is not entering). */
export function segmentHitsBox(p: RoutePoint, q: RoutePoint, box: { x: number; y: number; w: number; h: number }): boolean {
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
  if (!clip(-dx, p[0] - box.x) || !clip(dx, box.x + box.w - p[0]) || !clip(-dy, p[1] - box.y) || !clip(dy, box.y + box.h - p[1]))
    return false;
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
  if (path.length < 2) return 0;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const [x, y] of path) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let n = 0;
  for (const o of obstacles) {
    if (skip.has(o.id) || o.x > maxX || o.x + o.w < minX || o.y > maxY || o.y + o.h < minY) continue;
    for (let i = 1; i < path.length; i++)
      if (segmentHitsBox(path[i - 1]!, path[i]!, o)) {
        n += o.weight ?? 1;
        break;
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
  let best: CurveRoute | undefined;
  for (const bend of options.bends.length ? options.bends : [0]) {
    const mid: RoutePoint = [(xa + xb) / 2 + nx * bend, (ya + yb) / 2 + ny * bend];
    const p0 = off(from, mid, leave('from')),
      p1 = off(to, mid, leave('to'));
    const straight = bend === 0;
    const control: RoutePoint = straight ? [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2] : mid;
    const hits = pathHits(straight ? [p0, p1] : quadPoints(p0, control, p1, options.samples), obstacles, skip, best?.hits);
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
