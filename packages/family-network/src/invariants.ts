/**
 * Checks of a finished layout, used by the tests and the benchmark: overlapping markers, labels, sector headers
 * and household boxes. Independent of how the layout was made (it does not trust the layout's own bookkeeping).
 */
import type { NetworkLayout, Rect } from './layout.js';

interface Shape {
  owner: string;
  what: string;
  rect?: Rect;
  circle?: { x: number; y: number; r: number };
}

const rectRect = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const circleCircle = (a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;
const circleRect = (c: { x: number; y: number; r: number }, r: Rect) => {
  const nx = Math.max(r.x, Math.min(c.x, r.x + r.w)),
    ny = Math.max(r.y, Math.min(c.y, r.y + r.h));
  return Math.hypot(c.x - nx, c.y - ny) < c.r;
};
function intersects(a: Shape, b: Shape): boolean {
  if (a.circle && b.circle) return circleCircle(a.circle, b.circle);
  if (a.circle && b.rect) return circleRect(a.circle, b.rect);
  if (a.rect && b.circle) return circleRect(b.circle, a.rect);
  return rectRect(a.rect!, b.rect!);
}

export interface Overlap {
  a: string;
  b: string;
}

/**
 * Every pair of overlapping items: node markers (circles), node labels, sector headers, household boxes (a household
 * box may hold its own members, but nothing else).
 */
export function findOverlaps(layout: NetworkLayout): Overlap[] {
  const shapes: Shape[] = [];
  for (const n of layout.nodes) {
    shapes.push({ owner: n.id, what: `marker of ${n.id}`, circle: { x: n.x, y: n.y, r: n.r } });
    shapes.push({ owner: n.id, what: `label of ${n.id}`, rect: n.label });
  }
  for (const s of layout.sectors)
    shapes.push({ owner: `sector:${s.group}`, what: `header of ${s.group}`, rect: { x: s.x, y: s.y, w: s.w, h: s.h } });
  const family = new Set(layout.nodes.filter((n) => n.kind === 'person').map((n) => n.id));
  const householdShapes: Shape[] = layout.households.map((h) => ({ owner: `household:${h.id}`, what: `household ${h.id}`, rect: h }));

  const out: Overlap[] = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i]!,
        b = shapes[j]!;
      if (a.owner === b.owner) continue;
      if (intersects(a, b)) out.push({ a: a.what, b: b.what });
    }
  }
  for (let i = 0; i < householdShapes.length; i++) {
    const h = householdShapes[i]!;
    for (let j = i + 1; j < householdShapes.length; j++)
      if (intersects(h, householdShapes[j]!)) out.push({ a: h.what, b: householdShapes[j]!.what });
    // Family members are drawn inside household boxes; everything else must stay out of them.
    for (const s of shapes) if (!family.has(s.owner) && intersects(h, s)) out.push({ a: h.what, b: s.what });
  }
  // A group's frame holds its header and its own nodes, and touches nothing else.
  const groupOf = new Map(layout.nodes.map((n) => [n.id, n.group]));
  layout.sectors.forEach((s, i) => {
    const frame: Shape = { owner: `frame:${s.group}`, what: `frame of ${s.group}`, rect: s.box };
    for (const h of householdShapes) if (intersects(frame, h)) out.push({ a: frame.what, b: h.what });
    for (const o of layout.sectors.slice(i + 1)) if (rectRect(s.box, o.box)) out.push({ a: frame.what, b: `frame of ${o.group}` });
    for (const sh of shapes) {
      const own = sh.owner === `sector:${s.group}` || groupOf.get(sh.owner) === s.group;
      if (!own && intersects(frame, sh)) out.push({ a: frame.what, b: sh.what });
    }
  });
  return out;
}

/** The number of overlapping pairs (0 for a good layout). */
export const countOverlaps = (layout: NetworkLayout): number => findOverlaps(layout).length;

/** Family members whose marker or label sticks out of their household box (should be none). */
export function membersOutsideHouseholds(layout: NetworkLayout, householdOf: Map<string, string>): string[] {
  const boxes = new Map(layout.households.map((h) => [h.id, h]));
  const inside = (r: Rect, b: Rect) => r.x >= b.x && r.y >= b.y && r.x + r.w <= b.x + b.w && r.y + r.h <= b.y + b.h;
  return layout.nodes
    .filter((n) => {
      const hid = householdOf.get(n.id);
      if (hid === undefined) return false;
      const b = boxes.get(hid);
      if (!b) return true;
      return !inside({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }, b) || !inside(n.label, b);
    })
    .map((n) => n.id);
}

/**
 * Whether the sectors are kept together: the wedges do not overlap, and every outer node lies in its own group's
 * wedge and inside its own group's frame, below the header naming the sector (so a sector's name stays with its
 * people and no node of one sector sits among another's).
 */
export function sectorsContiguous(layout: NetworkLayout): boolean {
  const wedges = new Map(layout.sectors.map((s) => [s.group, s]));
  const sorted = [...layout.sectors].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end - 1e-9) return false;
  return layout.nodes.every((n) => {
    if (n.group === null) return true;
    const w = wedges.get(n.group);
    if (!w || n.angle === null || n.angle < w.start - 1e-9 || n.angle > w.end + 1e-9) return false;
    // And drawn inside its own group's frame, under the header that names the sector.
    const b = w.box;
    const inside = (r: Rect) => r.x >= b.x && r.y >= b.y && r.x + r.w <= b.x + b.w && r.y + r.h <= b.y + b.h;
    return inside({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }) && inside(n.label) && n.y - n.r > w.y + w.h;
  });
}
