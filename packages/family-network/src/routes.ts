/**
 * The route of each involvement line in the picture: straight where nothing is in the way, otherwise the gentlest
 * curve that passes no one it does not connect (a line through a child's marker or name reads as a professional
 * working with that child). Obstacles are every marker (with a little room) and every name label. Pure; the routes
 * of one layout are worked out once and kept with it. Core's `curveAround` does the routing.
 */
import { curveAround, quadPoints, type CurveRoute, type RouteObstacle, type RoutePoint } from '@opencasework/core';
import type { NetworkLayout } from './layout.js';

/** Room kept round a marker, in drawing units. */
const MARKER_ROOM = 3;
/** Straight first, then curves bending further to one side and the other. */
const BENDS = [0, 40, -40, 80, -80, 130, -130, 190, -190, 260, -260, 340, -340, 430, -430];

const obstaclesOf = (layout: NetworkLayout): RouteObstacle[] =>
  layout.nodes.flatMap((n) => {
    const r = n.r + MARKER_ROOM;
    // Through a marker reads as about that person: worse than through a name.
    const marker = { id: n.id, x: n.x - r, y: n.y - r, w: 2 * r, h: 2 * r, weight: 4 };
    const l = n.label;
    return l.w > 0 && l.h > 0 ? [marker, { id: n.id, x: l.x, y: l.y, w: l.w, h: l.h }] : [marker];
  });

const routed = new WeakMap<NetworkLayout, { obstacles: RouteObstacle[]; routes: Map<string, CurveRoute> }>();

/**
 * The route of the line between two drawn points of a layout: from `fromId`'s marker at `a` to `toId`'s at `b` (or
 * to a point that is no one's, when `toId` is null). The same pair always gets the same route.
 */
export function routeBetween(layout: NetworkLayout, fromId: string, toId: string | null, a: RoutePoint, b: RoutePoint): CurveRoute {
  let kept = routed.get(layout);
  if (!kept) {
    kept = { obstacles: obstaclesOf(layout), routes: new Map() };
    routed.set(layout, kept);
  }
  const key = `${fromId}>${toId ?? ''}@${a[0]},${a[1]}>${b[0]},${b[1]}`;
  let route = kept.routes.get(key);
  if (!route) {
    const skip = new Set(toId ? [fromId, toId] : [fromId]);
    route = curveAround(a, b, kept.obstacles, skip, { bends: BENDS, samples: 16 });
    kept.routes.set(key, route);
  }
  return route;
}

/** The points to draw a route through (its two ends when straight, a sampled curve otherwise). */
export function routePoints(route: CurveRoute): RoutePoint[] {
  const [p0, c, p1] = route.points;
  if (route.straight) return [p0, p1];
  const n = Math.max(8, Math.round(Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) / 12));
  return quadPoints(p0, c, p1, n);
}
