// Family network benchmark: lays out and renders the same networks (30, 80, 150 nodes) in <cw-family-network> and in
// cytoscape with the cose layout (animate: false), in one headless Chromium run. Prints times, ratios and overlaps.
import '@opencasework/family-network/define';
import { makeNetwork } from '@opencasework/core/sample';
import type { CaseBundle } from '@opencasework/core';
import { buildNetworkModel, layoutNetwork, countOverlaps, footprint, type NetworkModel, type Rect } from '@opencasework/family-network';
import cytoscape from 'cytoscape';
import { median } from '../support/stats.js';

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

const TODAY = '2025-10-01';
const RUNS = 5;
const TARGETS = [30, 80, 150];
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const modelOf = (b: CaseBundle): NetworkModel => buildNetworkModel(b, { today: TODAY, showEnded: true });
const nodeCount = (m: NetworkModel) => m.family.length + m.outer.length;

/** The smallest generated case whose network draws at least `target` nodes (family members, professionals, supports). */
function networkOf(target: number): { bundle: CaseBundle; model: NetworkModel } {
  for (let n = target; n < target * 3; n++) {
    const bundle = makeNetwork(n, 7);
    const model = modelOf(bundle);
    if (nodeCount(model) >= target) return { bundle, model };
  }
  throw new Error(`no generated network reaches ${target} nodes`);
}

/** Overlapping pairs among boxes (each box: one node's marker and label together). */
function overlappingPairs(boxes: Rect[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) n++;
    }
  }
  return n;
}

/**
 * Lines drawn through a symbol they do not connect: each drawn line, curve or zigzag (sampled along its length)
 * against each node's marker, where neither end of the line is at that marker.
 */
function lineSymbolCrossings(root: ShadowRoot): number {
  const markers = [...root.querySelectorAll<SVGGraphicsElement>('svg.map g.node .marker')].map((m) => {
    const b = m.getBBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, r: Math.max(b.width, b.height) / 2 };
  });
  const paths = [...root.querySelectorAll<SVGGeometryElement>('svg.map .edge')].map((e) => {
    if (e instanceof SVGLineElement)
      return [
        [e.x1.baseVal.value, e.y1.baseVal.value],
        [e.x2.baseVal.value, e.y2.baseVal.value],
      ] as [number, number][];
    const len = e.getTotalLength();
    const n = Math.max(2, Math.ceil(len / 4));
    return Array.from({ length: n + 1 }, (_, i) => {
      const p = e.getPointAtLength((len * i) / n);
      return [p.x, p.y] as [number, number];
    });
  });
  let n = 0;
  for (const pts of paths) {
    if (pts.length < 2) continue;
    const [x1, y1] = pts[0]!,
      [x2, y2] = pts[pts.length - 1]!;
    for (const c of markers) {
      if (Math.hypot(c.x - x1, c.y - y1) <= c.r + 1 || Math.hypot(c.x - x2, c.y - y2) <= c.r + 1) continue;
      for (let i = 1; i < pts.length; i++) {
        const [ax, ay] = pts[i - 1]!,
          [bx, by] = pts[i]!;
        const dx = bx - ax,
          dy = by - ay;
        const t = Math.max(0, Math.min(1, ((c.x - ax) * dx + (c.y - ay) * dy) / (dx * dx + dy * dy || 1)));
        if (Math.hypot(ax + t * dx - c.x, ay + t * dy - c.y) < c.r) {
          n++;
          break;
        }
      }
    }
  }
  return n;
}

async function runOurs(
  bundle: CaseBundle,
): Promise<{ total: number; script: number; layout: number; overlaps: number; pairs: number; focusable: number; crossings: number }> {
  const stage = document.getElementById('stage')!;
  const t0 = performance.now();
  const el = document.createElement('cw-family-network');
  el.today = TODAY;
  el.showEnded = true;
  el.bundle = bundle;
  stage.append(el);
  await el.updateComplete;
  const script = performance.now() - t0;
  void el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  await frame();
  const total = performance.now() - t0;
  // Reachable by keyboard: every node drawn, plus the people inside a collapsed group (Enter on its node opens it).
  const root = el.shadowRoot!;
  const m = modelOf(bundle);
  const inGroups = [...root.querySelectorAll<SVGGElement>('g.node.group')].reduce(
    (n, g) => n + m.outer.filter((o) => o.group === g.dataset.group).length,
    0,
  );
  const focusable = root.querySelectorAll('g.node[role="button"]').length - root.querySelectorAll('g.node.group').length + inGroups;
  const crossings = lineSymbolCrossings(root);
  el.remove();
  // The pure layout on its own, and its overlap counts.
  const t1 = performance.now();
  const model = modelOf(bundle);
  const layout = layoutNetwork(model);
  const layoutTime = performance.now() - t1;
  return {
    total,
    script,
    crossings,
    layout: layoutTime,
    overlaps: countOverlaps(layout),
    pairs: overlappingPairs(layout.nodes.map(footprint)),
    focusable,
  };
}

async function runPeer(model: NetworkModel): Promise<{ total: number; layout: number; pairs: number }> {
  const container = document.getElementById('cy')!;
  const elements: cytoscape.ElementDefinition[] = [
    ...model.family.map((f) => ({ data: { id: f.id, label: f.name } })),
    ...model.outer.map((o) => ({ data: { id: o.id, label: o.kind === 'professional' ? `${o.name}\n${o.role ?? ''}` : o.name } })),
    ...model.edges
      .filter((e) => e.personId)
      .map((e) => ({ data: { id: `e:${e.id}`, source: e.kind === 'involvement' ? e.professionalId : e.supportId, target: e.personId! } })),
  ];
  const t0 = performance.now();
  const cy = cytoscape({
    container,
    elements,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 12,
          'text-wrap': 'wrap',
          'text-valign': 'bottom',
          'text-halign': 'center',
          width: 30,
          height: 30,
        },
      },
      { selector: 'edge', style: { width: 2 } },
    ],
    layout: { name: 'preset' },
  });
  const tl = performance.now();
  const layout = cy.layout({ name: 'cose', animate: false, randomize: true });
  const done = new Promise<void>((r) => layout.one('layoutstop', () => r()));
  layout.run();
  await done;
  const layoutTime = performance.now() - tl;
  await frame();
  const total = performance.now() - t0;
  const boxes = cy.nodes().map((n) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { x: b.x1, y: b.y1, w: b.w, h: b.h };
  });
  const pairs = overlappingPairs(boxes);
  cy.destroy();
  return { total, layout: layoutTime, pairs };
}

const rows: {
  label: string;
  ours: number;
  peer: number;
  unit: string;
  ratio?: number;
  note?: string;
  target?: { name: string; minRatio: number };
}[] = [];
const notes: string[] = [];
for (const target of TARGETS) {
  const { bundle, model } = networkOf(target);
  const n = nodeCount(model);
  const ours: Awaited<ReturnType<typeof runOurs>>[] = [];
  const peer: Awaited<ReturnType<typeof runPeer>>[] = [];
  // One warm-up each, not counted.
  await runOurs(bundle);
  await runPeer(model);
  for (let r = 0; r < RUNS; r++) {
    ours.push(await runOurs(bundle));
    peer.push(await runPeer(model));
  }
  rows.push({
    label: `${n} nodes, ${model.edges.length} edges: layout + render`,
    ours: median(ours.map((o) => o.total)),
    peer: median(peer.map((p) => p.total)),
    unit: 'ms',
    note: 'element to first frame / cytoscape() + cose + first frame',
    ...(n >= 150 ? { target: { name: `family network, ${n} nodes, end to end, against cytoscape cose`, minRatio: 15 } } : {}),
  });
  rows.push({
    label: `${n} nodes: ours to updateComplete (parse, model, layout, Lit render)`,
    ours: median(ours.map((o) => o.script)),
    peer: NaN,
    unit: 'ms',
    ratio: NaN,
    note: "the rest of the total is the browser's style, layout and paint",
  });
  rows.push({
    label: `${n} nodes: layout alone`,
    ours: median(ours.map((o) => o.layout)),
    peer: median(peer.map((p) => p.layout)),
    unit: 'ms',
    note: 'buildNetworkModel + layoutNetwork / cose run',
  });
  rows.push({
    label: `${n} nodes: overlapping node+label boxes`,
    ours: Math.max(...ours.map((o) => o.pairs)),
    peer: median(peer.map((p) => p.pairs)),
    unit: 'pairs',
    ratio: NaN,
    note: 'ours: worst run; peer: median (cose is randomised)',
  });
  rows.push({
    label: `${n} nodes: overlaps (markers, labels, headers, households)`,
    ours: Math.max(...ours.map((o) => o.overlaps)),
    peer: NaN,
    unit: 'pairs',
    ratio: NaN,
    note: 'invariants.ts countOverlaps',
  });
  rows.push({
    label: `${n} nodes: lines through a symbol they do not connect`,
    ours: Math.max(...ours.map((o) => o.crossings)),
    peer: NaN,
    unit: 'pairs',
    ratio: NaN,
    note: 'line-symbol crossings in the first view (large networks: group-to-household lines)',
  });
  rows.push({
    label: `${n} nodes: nodes reachable by keyboard and screen reader`,
    ours: ours[0]!.focusable,
    peer: 0,
    unit: 'nodes',
    ratio: NaN,
    note: 'drawn, or inside a collapsed group that Enter opens; cytoscape draws on canvas',
  });
}
notes.push(
  `Data: makeNetwork(n, 7) from @opencasework/core/sample, the smallest n whose network draws at least 30/80/150 nodes; ended involvements shown so both sides draw every involvement.`,
);
notes.push(
  `Peer: cytoscape ${(cytoscape as unknown as { version?: string }).version ?? ''} cose layout, animate: false, randomize: true, 1000×700 container, labels "name\\nrole". Median of ${RUNS} runs after one warm-up.`,
);
notes.push('ratio = peer / ours: above 1 means ours is faster. Overlap rows compare counts, not ratios.');
window.__benchResult = { title: 'Family network: <cw-family-network> vs cytoscape (cose)', rows, notes };
document.getElementById('out')!.textContent = JSON.stringify(window.__benchResult, null, 2);
