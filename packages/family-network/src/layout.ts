/**
 * How the team around the family is laid out: an ecomap. Pure, DOM-free and deterministic.
 *
 * - The family sits at the centre: each current household is a box holding its members in a grid; family members
 *   outside any current household share a box of their own.
 * - Professionals (grouped by agency sector) and informal supports go round the centre in contiguous angular
 *   wedges, in the fixed order of `RING_GROUPS`, clockwise from the top. Each wedge's size follows its number of
 *   nodes; each wedge starts with a header naming its sector.
 * - Every node has a marker (a circle) and a label (a few lines of text below it). Label sizes are estimated from
 *   the text (`text-metrics.ts`) and long lines shortened, so the layout knows each label's box.
 * - Nodes are placed one at a time, in model order, at the first free spot on rings growing outwards from the
 *   centre, sweeping each wedge from its start. A spot is free when the node's marker and label, with a margin,
 *   touch no marker, label, header or household box already placed. So there are no overlaps by construction,
 *   and the same model always gives the same picture.
 */
import type { NetworkModel, NetworkNode, OuterNode, RingGroup } from './network-model.js';
import { RING_GROUPS } from './network-model.js';
import { fitText, textWidth } from './text-metrics.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelBox extends Rect {
  /** The lines to draw, already shortened to fit; the first is the name (drawn bold). */
  lines: string[];
}

export interface PlacedNode {
  id: string;
  kind: NetworkNode['kind'];
  /** Centre of the marker. */
  x: number;
  y: number;
  r: number;
  label: LabelBox;
  /** The ring group (sector or 'informal') for outer nodes; null for family members. */
  group: RingGroup | null;
  /** For outer nodes: the angle of the footprint's centre, radians clockwise from the top (inside its wedge). */
  angle: number | null;
}

export interface PlacedHousehold extends Rect {
  id: string;
  /** The household's title line, shortened to fit, or null. */
  title: string | null;
}

export interface PlacedSector extends Rect {
  group: RingGroup;
  text: string;
  /** The wedge, in radians, clockwise from the top. */
  start: number;
  end: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  households: PlacedHousehold[];
  sectors: PlacedSector[];
  /** Bounding box of everything drawn. */
  bounds: Rect;
  /** Radius of the circle that holds the family block. */
  centreRadius: number;
}

export interface LayoutOptions {
  /** The text lines of a node's label (first line: its name). Defaults to the name and, for professionals, the role. */
  linesOf?: (node: NetworkNode) => string[];
  /** The header text of a sector wedge. Defaults to the group code. */
  sectorText?: (group: RingGroup) => string;
  /** The title of a household box (null for the box of people outside any household). */
  householdTitle?: (id: string | null, name: string | null) => string | null;
}

export const NAME_SIZE = 13;
export const LINE_SIZE = 12;
export const LINE_HEIGHT = 16;
export const HEADER_SIZE = 12;
export const FAMILY_R = 20;
export const OUTER_R = 15;
export const LEAD_R = 19;
/** Widest label line, in px. */
export const MAX_LABEL_WIDTH = 150;
/** Widest sector header, in px. */
export const MAX_HEADER_WIDTH = 230;
const LABEL_GAP = 4;
const LABEL_PAD = 4;
/** Clear space kept around every placed box. */
export const MARGIN = 6;
const RING_STEP = 24;
const ANGLE_STEP_PX = 10;
const HOUSEHOLD_PAD = 12;
const HOUSEHOLD_TITLE_H = 22;
const OTHER_HOUSEHOLD = '';

const defaultLines = (n: NetworkNode): string[] =>
  n.kind === 'professional' ? [n.name, n.role ?? ''] : n.kind === 'support' ? [n.name, n.label ?? ''] : [n.name];

/** Builds a node's label box with its top centre at (cx, top). */
function labelBox(lines: string[], cx: number, top: number): LabelBox {
  const fitted = lines
    .filter((l) => l.trim() !== '')
    .map((l, i) => (i === 0 ? fitText(l, MAX_LABEL_WIDTH, NAME_SIZE, true) : fitText(l, MAX_LABEL_WIDTH, LINE_SIZE)));
  const w = Math.max(24, ...fitted.map((l, i) => (i === 0 ? textWidth(l, NAME_SIZE, true) : textWidth(l, LINE_SIZE)))) + 2 * LABEL_PAD;
  const h = Math.max(1, fitted.length) * LINE_HEIGHT + LABEL_PAD;
  return { x: cx - w / 2, y: top, w, h, lines: fitted };
}

/** The box around a node's marker and label together. */
export function footprint(n: { x: number; y: number; r: number; label: Rect }): Rect {
  const x0 = Math.min(n.x - n.r, n.label.x),
    x1 = Math.max(n.x + n.r, n.label.x + n.label.w);
  const y0 = n.y - n.r,
    y1 = Math.max(n.y + n.r, n.label.y + n.label.h);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export const rectsOverlap = (a: Rect, b: Rect, margin = 0): boolean =>
  a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;

/** A uniform grid of placed boxes, for fast "is this spot free" checks. */
class SpatialIndex {
  private cells = new Map<string, Rect[]>();
  constructor(private size = 120) {}
  private keys(r: Rect): string[] {
    const out: string[] = [];
    const s = this.size;
    for (let gx = Math.floor(r.x / s); gx <= Math.floor((r.x + r.w) / s); gx++) {
      for (let gy = Math.floor(r.y / s); gy <= Math.floor((r.y + r.h) / s); gy++) out.push(`${gx},${gy}`);
    }
    return out;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  collides(r: Rect, margin: number): boolean {
    const grown = { x: r.x - margin, y: r.y - margin, w: r.w + 2 * margin, h: r.h + 2 * margin };
    for (const k of this.keys(grown)) for (const o of this.cells.get(k) ?? []) if (rectsOverlap(r, o, margin)) return true;
    return false;
  }
}

/** Lays out the family block at the centre. */
function layoutCentre(model: NetworkModel, linesOf: (n: NetworkNode) => string[], titleOf: NonNullable<LayoutOptions['householdTitle']>) {
  const groups: { id: string; name: string | null; members: typeof model.family }[] = model.households.map((h) => ({
    id: h.id,
    name: h.name,
    members: h.memberIds.map((id) => model.family.find((f) => f.id === id)!).filter(Boolean),
  }));
  const loose = model.family.filter((f) => !f.householdId || !model.households.some((h) => h.id === f.householdId));
  if (loose.length) groups.push({ id: OTHER_HOUSEHOLD, name: null, members: loose });

  // Size each person cell from the widest label in the family, so members line up in a grid.
  const labels = new Map(model.family.map((f) => [f.id, labelBox(linesOf(f), 0, 0)]));
  const cellW = Math.max(2 * FAMILY_R, ...[...labels.values()].map((l) => l.w)) + 2 * MARGIN + 4;
  const cellH = Math.max(...[...labels.values()].map((l) => 2 * FAMILY_R + LABEL_GAP + l.h), 2 * FAMILY_R) + 2 * MARGIN + 4;

  const boxes = groups.map((g) => {
    // Small households in one row of up to three; larger groups roughly square, so the centre stays compact.
    const n = g.members.length;
    const cols = Math.max(1, Math.min(n, Math.max(3, Math.ceil(Math.sqrt((n * cellH) / cellW)))));
    const rows = Math.max(1, Math.ceil(g.members.length / cols));
    const rawTitle = titleOf(g.id === OTHER_HOUSEHOLD ? null : g.id, g.name);
    const title = rawTitle ? fitText(rawTitle, cols * cellW - 4, LINE_SIZE, true) : null;
    return { g, cols, rows, w: cols * cellW + 2 * HOUSEHOLD_PAD, h: rows * cellH + 2 * HOUSEHOLD_PAD + HOUSEHOLD_TITLE_H, title };
  });

  // Arrange the boxes in rows, the block centred on the origin.
  const perRow = Math.max(1, Math.ceil(Math.sqrt(boxes.length)));
  const rows: (typeof boxes)[] = [];
  for (let i = 0; i < boxes.length; i += perRow) rows.push(boxes.slice(i, i + perRow));
  const gap = 24;
  const rowW = rows.map((r) => r.reduce((s, b) => s + b.w, 0) + gap * (r.length - 1));
  const rowH = rows.map((r) => Math.max(...r.map((b) => b.h)));
  const totalH = rowH.reduce((s, h) => s + h, 0) + gap * Math.max(0, rows.length - 1);
  const households: PlacedHousehold[] = [];
  const nodes: PlacedNode[] = [];
  let y = -totalH / 2;
  rows.forEach((row, ri) => {
    let x = -rowW[ri]! / 2;
    for (const b of row) {
      households.push({ id: b.g.id, x, y, w: b.w, h: b.h, title: b.title });
      b.g.members.forEach((m, i) => {
        const col = i % b.cols,
          r = Math.floor(i / b.cols);
        const cx = x + HOUSEHOLD_PAD + col * cellW + cellW / 2;
        const cy = y + HOUSEHOLD_PAD + HOUSEHOLD_TITLE_H + r * cellH + MARGIN + 2 + FAMILY_R;
        const lb = labels.get(m.id)!;
        nodes.push({
          id: m.id,
          kind: 'person',
          x: cx,
          y: cy,
          r: FAMILY_R,
          group: null,
          angle: null,
          label: { ...lb, x: cx - lb.w / 2, y: cy + FAMILY_R + LABEL_GAP },
        });
      });
      x += b.w + gap;
    }
    y += rowH[ri]! + gap;
  });
  return { nodes, households };
}

/** Lays out the network. Deterministic; no marker, label, header or household box overlaps another. */
export function layoutNetwork(model: NetworkModel, options: LayoutOptions = {}): NetworkLayout {
  const linesOf = options.linesOf ?? defaultLines;
  const sectorText = options.sectorText ?? ((g: RingGroup) => g);
  const titleOf = options.householdTitle ?? ((_id: string | null, name: string | null) => name);
  const { nodes, households } = layoutCentre(model, linesOf, titleOf);

  const index = new SpatialIndex();
  let centreRadius = 0;
  for (const h of households) {
    index.add(h);
    for (const [cx, cy] of [
      [h.x, h.y],
      [h.x + h.w, h.y],
      [h.x, h.y + h.h],
      [h.x + h.w, h.y + h.h],
    ] as const)
      centreRadius = Math.max(centreRadius, Math.hypot(cx, cy));
  }

  // Wedges: each present group gets an angle in proportion to its node count (plus one for its header).
  const byGroup = new Map<RingGroup, OuterNode[]>();
  for (const n of model.outer) {
    const list = byGroup.get(n.group) ?? [];
    list.push(n);
    byGroup.set(n.group, list);
  }
  const present = RING_GROUPS.filter((g) => byGroup.has(g));
  const weight = (g: RingGroup) => byGroup.get(g)!.length + 1.5;
  const total = present.reduce((s, g) => s + weight(g), 0);
  const sectors: PlacedSector[] = [];
  let angle = 0;
  const startRadius = centreRadius + MARGIN + 12;

  for (const g of present) {
    const span = (2 * Math.PI * weight(g)) / total;
    const start = angle,
      end = angle + span;
    angle = end;
    // Each wedge keeps its own sweep position: ring k, angle a.
    let ring = 0;
    let a = start;
    const place = (w: number, h: number, anchor: (cx: number, cy: number) => Rect): { cx: number; cy: number; a: number } => {
      for (let guard = 0; guard < 100_000; guard++) {
        const r = startRadius + ring * RING_STEP + Math.hypot(w, h) / 2;
        const step = ANGLE_STEP_PX / r;
        // Only the centre of the box must lie in the wedge, with a little margin when the wedge allows it.
        const inset = Math.min(step, (end - start) / 2);
        if (a < start + inset) a = start + inset;
        if (a > end - inset + 1e-9) {
          ring++;
          a = start;
          continue;
        }
        // Clockwise from the top: angle 0 points up.
        const cx = Math.sin(a) * r,
          cy = -Math.cos(a) * r;
        const box = anchor(cx, cy);
        if (!index.collides(box, MARGIN)) {
          index.add(box);
          const at = a;
          a += step;
          return { cx, cy, a: at };
        }
        a += step;
      }
      throw new Error('layout did not converge');
    };

    const text = fitText(sectorText(g).toLocaleUpperCase(), MAX_HEADER_WIDTH, HEADER_SIZE, true);
    const hw = textWidth(text, HEADER_SIZE, true) + 2 * LABEL_PAD,
      hh = LINE_HEIGHT + LABEL_PAD;
    const hc = place(hw, hh, (cx, cy) => ({ x: cx - hw / 2, y: cy - hh / 2, w: hw, h: hh }));
    sectors.push({ group: g, text, start, end, x: hc.cx - hw / 2, y: hc.cy - hh / 2, w: hw, h: hh });

    for (const n of byGroup.get(g)!) {
      const r = n.kind === 'professional' && n.lead ? LEAD_R : OUTER_R;
      const lb = labelBox(linesOf(n), 0, 0);
      const w = Math.max(2 * r, lb.w),
        h = 2 * r + LABEL_GAP + lb.h;
      // The footprint's centre is the polar point; the marker sits at its top.
      let placed: PlacedNode | undefined;
      const spot = place(w, h, (cx, cy) => {
        const x = cx,
          y = cy - h / 2 + r;
        placed = { id: n.id, kind: n.kind, x, y, r, group: g, angle: null, label: { ...lb, x: x - lb.w / 2, y: y + r + LABEL_GAP } };
        return footprint(placed);
      });
      nodes.push({ ...placed!, angle: spot.a });
    }
  }

  const rects: Rect[] = [...households, ...sectors, ...nodes.map(footprint)];
  const x0 = Math.min(...rects.map((r) => r.x)),
    y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.w)),
    y1 = Math.max(...rects.map((r) => r.y + r.h));
  const bounds = rects.length ? { x: x0 - 20, y: y0 - 20, w: x1 - x0 + 40, h: y1 - y0 + 40 } : { x: -100, y: -100, w: 200, h: 200 };
  return { nodes, households, sectors, bounds, centreRadius };
}
