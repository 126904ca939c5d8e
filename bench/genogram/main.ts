// Benchmark: the same generated families (makeFamily: 40, 150 and 300 people over 5 generations) laid out and drawn
// by <cw-genogram> and by family-chart in one headless Chromium. Times are medians of several runs.
// family-chart draws one person's ancestors and descendants only, so the people it actually drew are counted.
import '@opencasework/genogram/define';
import { parseCaseBundle, type CaseBundle } from '@opencasework/core';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import { layoutGenogram, layoutQuality } from '@opencasework/genogram';
import * as f3 from 'family-chart';
import { median } from '../support/stats.js';
import type { BenchRow } from '../support/row.js';

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

const AS_AT = '2100-01-01'; // the generator gives the youngest generation future birth dates; draw everyone
const SIZES = [40, 150, 300];
const RUNS = 5;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function toFamilyChart(b: CaseBundle) {
  const people = b.people ?? [];
  const rels = b.relationships ?? [];
  const data = people.map((p) => ({
    id: p.id,
    data: {
      gender: p.gender === 'male' ? ('M' as const) : ('F' as const),
      'first name': p.givenName ?? '',
      'last name': p.familyName ?? '',
      birthday: p.dateOfBirth ?? '',
    },
    rels: { parents: [] as string[], spouses: [] as string[], children: [] as string[] },
  }));
  const byId = new Map(data.map((d) => [d.id, d] as const));
  for (const r of rels) {
    if (r.kind === 'parent') {
      const c = byId.get(r.childId),
        p = byId.get(r.parentId);
      if (!c || !p || c.rels.parents.length >= 2) continue;
      c.rels.parents.push(p.id);
      p.rels.children.push(c.id);
    } else if (r.kind === 'partner') {
      const a = byId.get(r.a),
        bb = byId.get(r.b);
      if (!a || !bb) continue;
      a.rels.spouses.push(bb.id);
      bb.rels.spouses.push(a.id);
    }
  }
  return data;
}

async function oursRender(
  bundle: CaseBundle,
): Promise<{ ms: number; drawn: number; model: number; dom: number; paint: number; settled: number; updates: number }> {
  const host = document.getElementById('ours')!;
  host.replaceChildren();
  const el = document.createElement('cw-genogram');
  // Every update of the element, and the layout it needs, is timed until the first view is final: a drawing that
  // puts its first view right in a second render (after its size report) pays for it here, not after the clock stops.
  let later = 0,
    updates = 0,
    counting = false;
  const updating = el as unknown as { performUpdate: () => void };
  const perform = updating.performUpdate;
  updating.performUpdate = function () {
    const t = performance.now();
    perform.call(el);
    updates++;
    if (!counting) return;
    void el.getBoundingClientRect();
    void el.shadowRoot!.querySelector<SVGSVGElement>('svg.drawing')?.getBBox();
    later += performance.now() - t;
  };
  const t0 = performance.now();
  el.asAt = AS_AT;
  el.bundle = bundle;
  void el.model; // parse (zod) + layout
  const t1 = performance.now();
  host.append(el);
  await el.updateComplete;
  const t2 = performance.now();
  void el.getBoundingClientRect();
  void el.shadowRoot!.querySelector<SVGSVGElement>('svg.drawing')?.getBBox();
  const t3 = performance.now();
  counting = true;
  for (let i = 0; i < 3; i++) await frame(); // size reports come with the next frames
  const drawn = el.shadowRoot!.querySelectorAll('g.person').length;
  el.remove();
  return { ms: t3 - t0, drawn, model: t1 - t0, dom: t2 - t1, paint: t3 - t2, settled: t3 - t0 + later, updates };
}

/**
 * family-chart's widest view of a family: the person whose view (their ancestors and descendants, with spouses, as
 * family-chart's own `calculateTree` works it out) holds the most people. Our drawing of the whole family is
 * compared with family-chart drawing that view, its best case for showing the family.
 */
function widestView(bundle: CaseBundle): { main: string; people: number } {
  let best = { main: bundle.people![0]!.id, people: 0 };
  for (const p of bundle.people ?? []) {
    const tree = f3.calculateTree(toFamilyChart(bundle), { main_id: p.id }) as { data: { data: { id: string } }[] };
    const people = new Set(tree.data.map((d) => d.data.id)).size;
    if (people > best.people) best = { main: p.id, people };
  }
  return best;
}

async function peerRender(bundle: CaseBundle, main: string): Promise<{ ms: number; drawn: number }> {
  const cont = document.getElementById('peer')!;
  cont.replaceChildren();
  const data = toFamilyChart(bundle);
  const t0 = performance.now();
  const chart = f3.createChart(cont, data).setTransitionTime(0).setCardXSpacing(250).setCardYSpacing(150);
  chart.setCardSvg().setCardDisplay([['first name', 'last name'], ['birthday']]);
  chart.updateMainId(main);
  chart.updateTree({ initial: true });
  void cont.getBoundingClientRect();
  const ms = performance.now() - t0;
  await frame();
  const ids = new Set<string>();
  const tree = chart.store.getTree() as { data?: { data: { id: string } }[] } | undefined;
  for (const d of tree?.data ?? []) ids.add(d.data.id);
  return { ms, drawn: ids.size };
}

const rows: BenchRow[] = [];
const notes: string[] = [];
for (const n of SIZES) {
  const bundle = makeFamily(n, 5);
  const widest = widestView(bundle);
  const parsed = parseCaseBundle(bundle).value;
  const layoutTimes: number[] = [];
  let quality = { overlaps: 0, labelOverlaps: 0, linesThroughSymbols: 0, crossings: 0, overlayThroughSymbols: 0 };
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const m = layoutGenogram(parsed, { asAt: AS_AT });
    layoutTimes.push(performance.now() - t0);
    quality = layoutQuality(m);
  }
  const ours: number[] = [],
    peer: number[] = [],
    oModel: number[] = [],
    oDom: number[] = [],
    oPaint: number[] = [],
    oSettled: number[] = [];
  let oUpdates = 0;
  let oursDrawn = 0,
    peerDrawn = 0;
  // warm up both once
  await oursRender(bundle);
  await peerRender(bundle, widest.main);
  for (let r = 0; r < RUNS; r++) {
    const o = await oursRender(bundle);
    ours.push(o.ms);
    oursDrawn = o.drawn;
    oModel.push(o.model);
    oDom.push(o.dom);
    oPaint.push(o.paint);
    oSettled.push(o.settled);
    oUpdates = o.updates;
    const p = await peerRender(bundle, widest.main);
    peer.push(p.ms);
    peerDrawn = p.drawn;
  }
  const people = bundle.people!.length;
  rows.push({ label: `${people} people: layout only (pure module)`, ours: median(layoutTimes), peer: '-', unit: 'ms' });
  rows.push({ label: `${people} people: parse + layout + render`, ours: median(ours), peer: median(peer), unit: 'ms' });
  rows.push({
    label: `${people} people: parse + layout + every render and layout until the first view is final / family-chart's widest view`,
    ours: median(oSettled),
    peer: median(peer),
    unit: 'ms',
    note: `${oUpdates} render(s); family-chart's widest view holds ${widest.people} of ${people} people`,
    ...(people >= 300
      ? { target: { name: `genogram, the whole family of ${people}, against family-chart's widest view`, minRatio: 1 } }
      : {}),
  });
  rows.push({
    label: `${people} people: of which parse + layout / Lit render / style+layout`,
    ours: `${median(oModel).toFixed(0)} / ${median(oDom).toFixed(0)} / ${median(oPaint).toFixed(0)}`,
    peer: '-',
    unit: 'ms',
  });
  rows.push({
    label: `${people} people: people drawn`,
    ours: oursDrawn,
    peer: peerDrawn,
    unit: 'people',
    ratio: oursDrawn / Math.max(1, peerDrawn),
    note: 'ratio = ours / peer',
  });
  rows.push({
    label: `${people} people: overlaps / label overlaps / lines through symbols / crossings / emotional+support lines through others' symbols (ours)`,
    ours: `${quality.overlaps} / ${quality.labelOverlaps} / ${quality.linesThroughSymbols} / ${quality.crossings} / ${quality.overlayThroughSymbols}`,
    peer: '-',
    unit: 'count',
  });
}
// line-symbol crossings of emotional and support lines: the sample case (8 emotional, 4 support lines) and 300
// people with 40 emotional lines between people far apart (the generator draws none)
{
  const sample = layoutQuality(layoutGenogram(sampleCase, { today: '2025-11-15' }));
  rows.push({
    label: "sample case (37 people): emotional+support lines through others' symbols",
    ours: sample.overlayThroughSymbols,
    peer: '-',
    unit: 'count',
  });
  const big = parseCaseBundle(makeFamily(300, 5)).value;
  const ids = (big.people ?? []).map((p) => p.id);
  const extra = Array.from({ length: 40 }, (_, i) => ({
    id: `e-x${i}`,
    kind: 'emotional' as const,
    a: ids[(i * 37) % ids.length]!,
    b: ids[(i * 91 + 13) % ids.length]!,
    quality: (['conflict', 'close', 'abuse', 'distant'] as const)[i % 4],
  })).filter((r) => r.a !== r.b);
  const withLines = { ...big, relationships: [...(big.relationships ?? []), ...extra] } as unknown as Parameters<typeof layoutGenogram>[0];
  const q300 = layoutQuality(layoutGenogram(withLines, { asAt: AS_AT }));
  rows.push({
    label: `300 people + ${extra.length} emotional lines: emotional lines through others' symbols`,
    ours: q300.overlayThroughSymbols,
    peer: '-',
    unit: 'count',
  });
}
notes.push(
  "family-chart draws only the main person's ancestors and descendants (with spouses); <cw-genogram> draws every person with full notation. family-chart is given its widest view: the person whose view, by its own calculateTree, holds the most people.",
);
notes.push('family-chart supports only M/F gender and two parents; people of other genders were passed as F for it.');
notes.push(
  `Both sides draw the family as at ${AS_AT} (the generator gives some people future birth dates). Medians of ${RUNS} runs after one warm-up.`,
);
window.__benchResult = { title: 'Genogram: <cw-genogram> vs family-chart 0.9 (same makeFamily data)', rows, notes };
