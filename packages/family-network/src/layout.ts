/**
 * How the team around the family is laid out: an ecomap. Pure, DOM-free and deterministic.
 *
 * - The family sits at the centre: each current household is a box holding its members in a grid; family members
 *   outside any current household share a box of their own.
 * - Professionals (grouped by agency sector) and informal supports go round the centre, one framed group per sector
 *   in the fixed order of `RING_GROUPS`, clockwise from the top. Each group's frame carries its sector's name, so a
 *   label can never drift away from its people. Each group gets a wedge (an angle in proportion to its size); its
 *   frame is centred on the wedge's middle direction, pushed out from the centre until it touches nothing.
 * - A large group can be collapsed (`collapsed`): its frame then holds one group node saying how many it holds, and
 *   `groupLinks` join that node to the household boxes of the people its members work with (one line per box, not
 *   one per involvement). With `aggregateLinks`, expanded groups are joined the same way, from their frame. This is
 *   what keeps a 150-node network readable.
 * - Every node has a marker (a circle) and a label below it, wrapped between words to at most MAX_LABEL_WIDTH
 *   (a longer single word widens its label): nothing is cut. Label sizes are estimated from the text
 *   (`text-metrics.ts`), so the layout knows each label's box and no two boxes overlap.
 */
import type { NetworkModel, NetworkNode, OuterNode, RingGroup } from './network-model.js';
import { RING_GROUPS } from './network-model.js';
import { textWidth, wrapText } from './text-metrics.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelBox extends Rect {
  /** The lines to draw (wrapped, never cut); `nameLines` of them are the name (drawn bold). */
  lines: string[];
  nameLines: number;
}

export interface PlacedNode {
  /** The node's id; a collapsed group's node is `group:<sector>`. */
  id: string;
  kind: NetworkNode['kind'] | 'group';
  /** Centre of the marker. */
  x: number;
  y: number;
  r: number;
  label: LabelBox;
  /** The ring group (sector or 'informal') for outer nodes; null for family members. */
  group: RingGroup | null;
  /** For outer nodes: the direction of its group's frame, radians clockwise from the top (inside its wedge). */
  angle: number | null;
}

export interface PlacedHousehold extends Rect {
  id: string;
  /** The household's title line, or null. */
  title: string | null;
}

export interface PlacedSector extends Rect {
  group: RingGroup;
  /** The header text (inside the frame, at its top): the rect is the header's box. */
  text: string;
  /** The wedge, in radians, clockwise from the top. */
  start: number;
  end: number;
  /** The frame round the header and the group's nodes. */
  box: Rect;
  /** How many people the group holds. */
  count: number;
  collapsed: boolean;
}

/** A line from a collapsed group's node to a household box holding people its members work with. */
export interface GroupLink {
  groupId: string;
  householdId: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  households: PlacedHousehold[];
  sectors: PlacedSector[];
  groupLinks: GroupLink[];
  /** Bounding box of everything drawn. */
  bounds: Rect;
  /** Radius of the circle that holds the family block. */
  centreRadius: number;
}

export interface LayoutOptions {
  /** The text lines of a node's label (first line: its name). Defaults to the name and, for professionals, the role. */
  linesOf?: (node: NetworkNode) => string[];
  /** The header text of a sector group. Defaults to the group code. */
  sectorText?: (group: RingGroup) => string;
  /** The title of a household box (null for the box of people outside any household). */
  householdTitle?: (id: string | null, name: string | null) => string | null;
  /** Whether a group is drawn collapsed. Default: none is. */
  collapsed?: (group: RingGroup, count: number) => boolean;
  /** The label lines of a collapsed group's node. */
  groupLines?: (group: RingGroup, count: number) => string[];
  /**
   * Join every group (not only collapsed ones) to the household boxes its people work with, one line per box: for
   * large networks, where one line per involvement is a hairball. The view then draws single involvements only for
   * what is selected.
   */
  aggregateLinks?: boolean;
}

export const NAME_SIZE = 13;
export const LINE_SIZE = 12;
export const LINE_HEIGHT = 16;
export const HEADER_SIZE = 12;
export const FAMILY_R = 20;
export const OUTER_R = 15;
export const LEAD_R = 19;
/** Widest label line, in px (a single longer word widens it). */
export const MAX_LABEL_WIDTH = 150;
/** Clear space kept around every placed box. */
export const MARGIN = 6;
const LABEL_GAP = 4;
const LABEL_PAD = 4;
const BOX_PAD = 10;
const HEADER_H = 22;
const BOX_GAP = 18;
const RAY_STEP = 8;
const HOUSEHOLD_PAD = 12;
const HOUSEHOLD_TITLE_H = 22;
/** The id of the group of family members in no current household (drawn without a household's box). */
export const OTHER_HOUSEHOLD = '';
/** The id of a collapsed group's node. */
export const groupNodeId = (g: RingGroup): string => `group:${g}`;

const defaultLines = (n: NetworkNode): string[] =>
  n.kind === 'professional' ? [n.name, n.role ?? ''] : n.kind === 'support' ? [n.name, n.label ?? ''] : [n.name];

/** A node's label box with its top centre at (cx, top): each line wrapped between words, nothing cut. */
function labelBox(lines: string[], cx: number, top: number): LabelBox {
  const [name = '', ...rest] = lines.filter((l) => l.trim() !== '');
  const nameLines = wrapText(name, MAX_LABEL_WIDTH, NAME_SIZE, true);
  const restLines = rest.flatMap((l) => wrapText(l, MAX_LABEL_WIDTH, LINE_SIZE));
  const widths = [...nameLines.map((l) => textWidth(l, NAME_SIZE, true)), ...restLines.map((l) => textWidth(l, LINE_SIZE))];
  const w = Math.max(24, ...widths) + 2 * LABEL_PAD;
  const all = [...nameLines, ...restLines];
  const h = Math.max(1, all.length) * LINE_HEIGHT + LABEL_PAD;
  return { x: cx - w / 2, y: top, w, h, lines: all, nameLines: nameLines.length };
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

/** Where the segment from a rect's centre towards (px, py) leaves the rect. */
function exitPoint(r: Rect, px: number, py: number): { x: number; y: number } {
  const cx = r.x + r.w / 2,
    cy = r.y + r.h / 2;
  const dx = px - cx,
    dy = py - cy;
  const t = Math.min(dx ? r.w / 2 / Math.abs(dx) : Infinity, dy ? r.h / 2 / Math.abs(dy) : Infinity, 1);
  return { x: cx + dx * t, y: cy + dy * t };
}

/** A grid of cells holding placed nodes, each cell `cellW` × `cellH`, `cols` wide. */
interface Cell {
  id: string;
  kind: PlacedNode['kind'];
  r: number;
  label: LabelBox;
}
function gridOf(cells: Cell[], maxCols: number) {
  const cellW = Math.max(...cells.map((c) => Math.max(2 * c.r, c.label.w))) + 2 * MARGIN + 4;
  const cellH = Math.max(...cells.map((c) => 2 * c.r + LABEL_GAP + c.label.h)) + 2 * MARGIN + 4;
  const n = cells.length;
  const cols = Math.max(1, Math.min(n, maxCols, Math.ceil(Math.sqrt((n * cellH) / cellW) * 1.3)));
  const rows = Math.ceil(n / cols);
  return { cellW, cellH, cols, rows };
}
function placeCells(cells: Cell[], grid: ReturnType<typeof gridOf>, x0: number, y0: number, group: RingGroup | null, angle: number | null) {
  return cells.map((c, i): PlacedNode => {
    const col = i % grid.cols,
      row = Math.floor(i / grid.cols);
    const x = x0 + col * grid.cellW + grid.cellW / 2;
    const y = y0 + row * grid.cellH + MARGIN + 2 + c.r;
    return { id: c.id, kind: c.kind, x, y, r: c.r, group, angle, label: { ...c.label, x: x - c.label.w / 2, y: y + c.r + LABEL_GAP } };
  });
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

  // One cell size for the whole family, so members line up.
  const cells = new Map(
    model.family.map((f) => [f.id, { id: f.id, kind: 'person' as const, r: FAMILY_R, label: labelBox(linesOf(f), 0, 0) }]),
  );
  const all = [...cells.values()];
  const base = all.length ? gridOf(all, 1) : { cellW: 0, cellH: 0 };
  const boxes = groups.map((g) => {
    const n = g.members.length;
    const cols = Math.max(1, Math.min(n, Math.max(2, Math.ceil(Math.sqrt((n * base.cellH) / base.cellW)))));
    const rows = Math.max(1, Math.ceil(n / cols));
    const rawTitle = titleOf(g.id === OTHER_HOUSEHOLD ? null : g.id, g.name);
    const titleLines = rawTitle ? wrapText(rawTitle, Math.max(cols * base.cellW - 8, 60), LINE_SIZE, true) : [];
    const titleH = Math.max(HOUSEHOLD_TITLE_H, titleLines.length * LINE_HEIGHT + 6);
    const titleW = Math.max(0, ...titleLines.map((l) => textWidth(l, LINE_SIZE, true) + 8));
    const w = Math.max(cols * base.cellW, titleW) + 2 * HOUSEHOLD_PAD;
    return { g, cols, rows, titleH, w, h: rows * base.cellH + 2 * HOUSEHOLD_PAD + titleH, title: titleLines.join('\n') || null };
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
      const memberCells = b.g.members.map((m) => cells.get(m.id)!);
      const inner = b.w - 2 * HOUSEHOLD_PAD - b.cols * base.cellW;
      nodes.push(
        ...placeCells(
          memberCells,
          { ...base, cols: b.cols, rows: b.rows },
          x + HOUSEHOLD_PAD + inner / 2,
          y + HOUSEHOLD_PAD + b.titleH,
          null,
          null,
        ),
      );
      x += b.w + gap;
    }
    y += rowH[ri]! + gap;
  });
  return { nodes, households };
}

/** Lays out the network. Deterministic; no marker, label, header, group frame or household box overlaps another. */
export function layoutNetwork(model: NetworkModel, options: LayoutOptions = {}): NetworkLayout {
  const linesOf = options.linesOf ?? defaultLines;
  const sectorText = options.sectorText ?? ((g: RingGroup) => g);
  const titleOf = options.householdTitle ?? ((_id: string | null, name: string | null) => name);
  const isCollapsed = options.collapsed ?? (() => false);
  const groupLines = options.groupLines ?? ((_g: RingGroup, count: number) => [String(count)]);
  const { nodes, households } = layoutCentre(model, linesOf, titleOf);

  const placed: Rect[] = [...households];
  let centreRadius = 0;
  for (const h of households)
    for (const [cx, cy] of [
      [h.x, h.y],
      [h.x + h.w, h.y],
      [h.x, h.y + h.h],
      [h.x + h.w, h.y + h.h],
    ] as const)
      centreRadius = Math.max(centreRadius, Math.hypot(cx, cy));

  const byGroup = new Map<RingGroup, OuterNode[]>();
  for (const n of model.outer) {
    const list = byGroup.get(n.group) ?? [];
    list.push(n);
    byGroup.set(n.group, list);
  }
  const present = RING_GROUPS.filter((g) => byGroup.has(g));
  const collapsed = new Map(present.map((g) => [g, isCollapsed(g, byGroup.get(g)!.length)]));
  // A wedge's angle follows what is drawn in it (a collapsed group is small).
  const weight = (g: RingGroup) => (collapsed.get(g) ? 1 : byGroup.get(g)!.length) + 1.5;
  const total = present.reduce((s, g) => s + weight(g), 0);
  const sectors: PlacedSector[] = [];
  const groupLinks: GroupLink[] = [];
  const householdOf = new Map(
    model.family.map((f) => [
      f.id,
      f.householdId && model.households.some((h) => h.id === f.householdId) ? f.householdId : OTHER_HOUSEHOLD,
    ]),
  );
  let angle = 0;

  for (const g of present) {
    const span = (2 * Math.PI * weight(g)) / total;
    const start = angle,
      end = angle + span,
      mid = angle + span / 2;
    angle = end;
    const members = byGroup.get(g)!;
    const folded = collapsed.get(g)!;
    const cells: Cell[] = folded
      ? [{ id: groupNodeId(g), kind: 'group', r: OUTER_R, label: labelBox(groupLines(g, members.length), 0, 0) }]
      : members.map((n) => ({
          id: n.id,
          kind: n.kind,
          r: n.kind === 'professional' && n.lead ? LEAD_R : OUTER_R,
          label: labelBox(linesOf(n), 0, 0),
        }));
    const grid = gridOf(cells, 4);
    const text = sectorText(g).toLocaleUpperCase();
    const headerW = textWidth(text, HEADER_SIZE, true) + 2 * LABEL_PAD;
    const w = Math.max(grid.cols * grid.cellW, headerW) + 2 * BOX_PAD;
    const h = HEADER_H + grid.rows * grid.cellH + 2 * BOX_PAD;
    // Push the frame out along the wedge's middle direction until it is clear of everything placed.
    // On an ellipse twice as wide as it is tall: screens are wide, so the groups go out to the sides first.
    const ex = 2 * Math.sin(mid),
      ey = -Math.cos(mid),
      norm = Math.hypot(ex, ey);
    const dx = ex / norm,
      dy = ey / norm;
    let box: Rect = { x: 0, y: 0, w, h };
    for (let r = centreRadius * 0.5; ; r += RAY_STEP) {
      box = { x: dx * r - w / 2, y: dy * r - h / 2, w, h };
      if (!placed.some((o) => rectsOverlap(box, o, BOX_GAP))) break;
    }
    placed.push(box);
    const header = { x: box.x + BOX_PAD, y: box.y + BOX_PAD - 4, w: headerW, h: HEADER_H };
    sectors.push({ group: g, text, start, end, ...header, box, count: members.length, collapsed: folded });
    const inner = w - 2 * BOX_PAD - grid.cols * grid.cellW;
    const placedCells = placeCells(cells, grid, box.x + BOX_PAD + inner / 2, box.y + BOX_PAD + HEADER_H, g, mid);
    nodes.push(...placedCells);
    if (folded || options.aggregateLinks) {
      // From the group's node when collapsed, else from the frame's edge facing the household.
      const node = folded ? placedCells[0]! : null;
      const ids = new Set(members.map((m) => m.id));
      const homes = new Set<string>();
      for (const e of model.edges) {
        const from = e.kind === 'involvement' ? e.professionalId : e.supportId;
        if (!ids.has(from)) continue;
        if (e.personId) homes.add(householdOf.get(e.personId) ?? OTHER_HOUSEHOLD);
        else model.households.forEach((hh) => homes.add(hh.id));
      }
      for (const hid of homes) {
        const hb = households.find((x) => x.id === hid);
        if (!hb) continue;
        const hc = { x: hb.x + hb.w / 2, y: hb.y + hb.h / 2 };
        const a = node ?? exitPoint(box, hc.x, hc.y);
        const p = exitPoint(hb, a.x, a.y);
        groupLinks.push({ groupId: groupNodeId(g), householdId: hid, x1: a.x, y1: a.y, x2: p.x, y2: p.y });
      }
    }
  }

  const rects: Rect[] = [...households, ...sectors.map((s) => s.box), ...nodes.map(footprint)];
  const x0 = Math.min(...rects.map((r) => r.x)),
    y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.w)),
    y1 = Math.max(...rects.map((r) => r.y + r.h));
  const bounds = rects.length ? { x: x0 - 20, y: y0 - 20, w: x1 - x0 + 40, h: y1 - y0 + 40 } : { x: -100, y: -100, w: 200, h: 200 };
  return { nodes, households, sectors, groupLinks, bounds, centreRadius };
}
