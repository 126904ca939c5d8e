// The performance targets (issue 18's table) as the benchmarks report them: a row may carry
// `target: { name, max }` (its own figure at most `max`, in the row's unit) or `target: { name, minRatio }` (the peer's
// figure over ours at least `minRatio`). `npm run bench -- --check` runs the benchmarks `--runs` times (default 3),
// takes each target row's median over the runs, prints a pass or a miss for each, and exits 1 on any miss.
import { rowRatio } from './ratio.mjs';

/** The median of finite numbers; null when there are none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Every target row of every run, grouped by bench and label: [{ bench, label, name, unit, target, values, ratios }]. */
export function collectTargets(runs) {
  const byKey = new Map();
  for (const run of runs)
    for (const result of run)
      for (const row of result.rows ?? []) {
        if (!row.target) continue;
        const key = `${result.bench}\u0000${row.label}`;
        if (!byKey.has(key))
          byKey.set(key, {
            bench: result.bench,
            label: row.label,
            name: row.target.name,
            unit: row.unit,
            target: row.target,
            values: [],
            ratios: [],
          });
        const t = byKey.get(key);
        t.values.push(typeof row.ours === 'number' ? row.ours : NaN);
        t.ratios.push(rowRatio(row) ?? NaN);
      }
  return [...byKey.values()];
}

const fmt = (v) => (v === null ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));

/** Judges each target on its median: { lines, missed }. A target with no figure in any run is a miss. */
export function judge(targets, runsWanted) {
  const lines = [];
  let missed = 0;
  for (const t of targets) {
    const isRatio = typeof t.target.minRatio === 'number';
    const m = median(isRatio ? t.ratios : t.values);
    const ok = m !== null && (isRatio ? m >= t.target.minRatio : m <= t.target.max);
    if (!ok) missed++;
    const want = isRatio ? `>= ${t.target.minRatio}x` : `<= ${t.target.max} ${t.unit}`;
    const got = isRatio ? `${fmt(m)}x` : `${fmt(m)} ${t.unit}`;
    const each = (isRatio ? t.ratios : t.values).map((v) => (Number.isFinite(v) ? fmt(v) : '-')).join(' / ');
    lines.push(`${ok ? 'PASS' : 'MISS'}  ${t.name}: median ${got}, target ${want} (${t.bench}: ${t.label}; runs ${each})`);
  }
  const complete = targets.every((t) => t.values.length >= runsWanted);
  if (!complete) lines.push(`Some target rows were missing from a run (a benchmark failed): judged on the runs that reported them.`);
  return { lines, missed };
}
