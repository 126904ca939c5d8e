// Chronology benchmark: the same generated entries (900, 1,000, 10,000) rendered in <cw-chronology> and in
// vis-timeline (+ vis-data) in one headless Chromium run: first render (to a settled frame), applying one agency
// filter, clearing it, and DOM node counts. vis-timeline's slowest step (restoring 10,000 items) runs in chunks
// under a time limit and is reported as "> N s" when it exceeds it.
import '@opencasework/chronology/define';
import { makeChronology } from '@opencasework/core/sample';
import { parseCaseBundle, startOf, endOf, type CaseBundle } from '@opencasework/core';
import { buildModel, detectPatterns, emptyFilters, filterRows, groupEvents, loadPatternAnalysis } from '@opencasework/chronology';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { median } from '../support/stats.js';
import type { BenchRow } from '../support/row.js';

// The pattern prompts' analysis loads on demand (its own chunk): load it before timing it.
const { findPatterns } = await loadPatternAnalysis();

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

const SIZES = [900, 1000, 10_000];
const RUNS_OURS = 5;
const VIS_LIMIT_MS = 30_000;
/** Resolves after the next frame has been produced (rAF, then a task). */
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const countElements = (root: ParentNode): number => {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
};

interface Measures {
  render: number;
  filter: number;
  filterScript: number;
  clear: number;
  clearScript: number;
  nodes: number;
  nodesFiltered: number;
  shown: number;
}

async function runOurs(bundle: CaseBundle, agency: string): Promise<Measures> {
  const stage = document.getElementById('stage')!;
  const t0 = performance.now();
  const el = document.createElement('cw-chronology');
  el.bundle = bundle;
  stage.append(el);
  await el.updateComplete;
  void el.offsetHeight;
  await frame();
  const render = performance.now() - t0;
  const nodes = countElements(stage);

  const t1 = performance.now();
  el.filters = { ...emptyFilters(), agencies: [agency] };
  await el.updateComplete;
  void el.offsetHeight;
  const filterScript = performance.now() - t1;
  await frame();
  const filter = performance.now() - t1;
  const nodesFiltered = countElements(stage);
  const shown = Number(/Showing (\d+)/.exec(el.shadowRoot!.querySelector('.counts')!.textContent)?.[1] ?? NaN);

  const t2 = performance.now();
  el.filters = emptyFilters();
  await el.updateComplete;
  void el.offsetHeight;
  const clearScript = performance.now() - t2;
  await frame();
  const clear = performance.now() - t2;
  el.remove();
  return { render, filter, filterScript, clear, clearScript, nodes, nodesFiltered, shown };
}

function visItems(bundle: CaseBundle) {
  return (bundle.chronology ?? []).map((e) => ({
    id: e.id,
    content: e.title,
    group: e.sourceAgencyId ?? 'none',
    start: new Date(startOf(e.date)),
    ...(e.endDate ? { end: new Date(endOf(e.endDate) + 86_400_000), type: 'range' } : {}),
  }));
}

async function runVis(bundle: CaseBundle, agency: string): Promise<Measures & { clearNote: string }> {
  const host = document.getElementById('vis')!;
  const t0 = performance.now();
  const items = new DataSet(visItems(bundle));
  const groups = new DataSet((bundle.agencies ?? []).map((a) => ({ id: a.id, content: a.name })));
  const timeline = new Timeline(host, items, groups, { height: '700px' });
  void host.offsetHeight;
  await frame();
  const render = performance.now() - t0;
  const nodes = countElements(host);

  const t1 = performance.now();
  const removed = items.get({ filter: (it) => it.group !== agency });
  items.remove(removed.map((it) => it.id));
  void host.offsetHeight;
  const filterScript = performance.now() - t1;
  await frame();
  const filter = performance.now() - t1;
  const nodesFiltered = countElements(host);
  const shown = items.length;

  // Clearing the filter: restore every removed item. In one call for small sets; for large ones in chunks of
  // 1,000 with a time limit, because it can block the page for minutes.
  const t2 = performance.now();
  let clearNote = '';
  if (removed.length <= 1000) {
    items.add(removed);
    void host.offsetHeight;
  } else {
    for (let i = 0; i < removed.length; i += 1000) {
      items.add(removed.slice(i, i + 1000));
      void host.offsetHeight;
      await frame();
      if (performance.now() - t2 > VIS_LIMIT_MS && i + 1000 < removed.length) {
        clearNote = `stopped after ${Math.round((performance.now() - t2) / 1000)} s with ${i + 1000} of ${removed.length} items restored`;
        break;
      }
    }
  }
  const clearScript = performance.now() - t2;
  await frame();
  const clear = performance.now() - t2;
  timeline.destroy();
  host.replaceChildren();
  return { render, filter, filterScript, clear: clearNote ? Infinity : clear, clearScript, nodes, nodesFiltered, shown, clearNote };
}

/**
 * The pattern prompts (findPatterns, issue 13) against the first version's detectPatterns on the same bundle, and
 * groupEvents on its own: pure script time, median of 5 after a warm-up run.
 */
function analysisRows(n: number, bundle: CaseBundle) {
  const timed = (fn: () => unknown) => {
    fn();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    return median(times);
  };
  const asAt = '2026-01-01';
  const label = (s: string) => `${n.toLocaleString('en-GB')}: ${s}`;
  const found = findPatterns(bundle, { asAt }).length;
  const old = detectPatterns(buildModel(bundle, Date.parse(asAt)), undefined, { asAt: Date.parse(asAt) }).length;
  return [
    {
      label: label('findPatterns (script)'),
      ours: timed(() => findPatterns(bundle, { asAt })),
      peer: timed(() => detectPatterns(buildModel(bundle, Date.parse(asAt)), undefined, { asAt: Date.parse(asAt) })),
      unit: 'ms',
      note: `peer = the first version's detectPatterns (+ buildModel); ${found} vs ${old} prompts; median of 5`,
    },
    {
      label: label('groupEvents (script)'),
      ours: timed(() => groupEvents(bundle)),
      peer: '-',
      unit: 'ms',
      note: 'events merged across agencies, median of 5',
    },
  ];
}

async function main() {
  const rows: BenchRow[] = [];
  const notes: string[] = [
    'Data: makeChronology(n, 3) from @opencasework/core/sample (2019–2025, ten agencies, partial dates, periods); identical on both sides.',
    `Times are to a settled frame (render/update, forced layout, then the next animation frame). Ours: median of ${RUNS_OURS} runs; vis-timeline: one run per size (it is slow at 10,000).`,
    'Ours includes parsing and validating the bundle (zod) and building the model; vis includes building its DataSet from the same entries.',
    "vis-timeline filter = DataSet.remove of the other agencies' items; clear = DataSet.add of them back (in 1,000-item chunks under a 30 s limit at 10,000).",
    'DOM nodes: elements, including those in shadow roots.',
  ];
  for (const n of SIZES) {
    const bundle = makeChronology(n, 3);
    const agency = bundle.agencies![0]!.id;
    const ours: Measures[] = [];
    for (let i = 0; i < RUNS_OURS; i++) ours.push(await runOurs(bundle, agency));
    const o = (k: keyof Measures) => median(ours.map((m) => m[k]));
    // The pure filter on its own (what must fit in a frame).
    const model = buildModel(parseCaseBundle(bundle).value);
    const pure: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      filterRows(model, { ...emptyFilters(), agencies: [agency], text: 'school' });
      pure.push(performance.now() - t);
    }
    const v = await runVis(bundle, agency);
    const label = (s: string) => `${n.toLocaleString('en-GB')}: ${s}`;
    rows.push({
      label: label('first render'),
      ours: o('render'),
      peer: v.render,
      unit: 'ms',
      ...(n === 900 ? { target: { name: 'chronology first render, 900 entries', max: 60 } } : {}),
      ...(n === 10_000 ? { target: { name: 'chronology first render, 10,000 entries, against vis-timeline', minRatio: 15 } } : {}),
    });
    if (n === 900 || n === 10_000) {
      // Parsing alone, from the JSON a host hands over (a fresh copy each time, as from the network or a store).
      const json = JSON.stringify(bundle);
      const parses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const input = JSON.parse(json) as unknown;
        const t = performance.now();
        parseCaseBundle(input);
        parses.push(performance.now() - t);
      }
      rows.push({
        label: label('parseCaseBundle (script)'),
        ours: median(parses),
        peer: '-',
        unit: 'ms',
        note: 'validation of every record and reference, median of 9',
        target: { name: `parseCaseBundle, ${n.toLocaleString('en-GB')} entries`, max: n === 900 ? 15 : 100 },
      });
      rows.push(...analysisRows(n, bundle));
    }
    if (n === 900) continue;
    rows.push({
      label: label('apply agency filter'),
      ours: o('filter'),
      peer: v.filter,
      unit: 'ms',
      note: `script ${o('filterScript').toFixed(1)} vs ${v.filterScript.toFixed(0)} ms; shows ${o('shown')} vs ${v.shown}`,
    });
    rows.push({
      label: label('clear filter'),
      ours: o('clear'),
      peer: Number.isFinite(v.clear) ? v.clear : `> ${VIS_LIMIT_MS / 1000} s`,
      unit: 'ms',
      ...(Number.isFinite(v.clear) ? {} : { ratio: VIS_LIMIT_MS / o('clear') }),
      note: v.clearNote || `script ${o('clearScript').toFixed(1)} vs ${v.clearScript.toFixed(0)} ms`,
    });
    rows.push({
      label: label('pure filter+search (script)'),
      ours: median(pure),
      peer: '-',
      unit: 'ms',
      note: 'filterRows over the precomputed index, median of 20',
    });
    rows.push({ label: label('DOM nodes after render'), ours: o('nodes'), peer: v.nodes, unit: 'elements' });
    rows.push({ label: label('DOM nodes when filtered'), ours: o('nodesFiltered'), peer: v.nodesFiltered, unit: 'elements' });
  }
  window.__benchResult = { title: '<cw-chronology> vs vis-timeline 8 (same entries, same headless Chromium)', rows, notes };
}

main().catch((e) => {
  console.error(e);
  window.__benchResult = { title: 'chronology (failed)', rows: [], notes: [e instanceof Error ? (e.stack ?? e.message) : String(e)] };
});
