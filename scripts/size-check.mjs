#!/usr/bin/env node
// Bundle size check: `npm run size` (builds the packages first; `--no-build` to measure the existing dist/).
// Per package: its own code, i.e. dist/index.js + dist/define.js and their chunks, minified by esbuild with lit,
// @lit/*, zod, idb and @opencasework/* external, then gzip -9. "everything": every package's dist/index.js and
// dist/define.js bundled together with lit, @lit/context, zod and idb, minified, gzip -9: what a host ships for all.
// "a page with <cw-chronology>": that package's define entry with every dependency inside (issue 18's one-component row).
// Fails (exit 1) when a figure is over its budget in size-budget.json. `--update` records the current figures
// there (budgets unchanged) and prints a Markdown table for docs/performance.md.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './build-lib.mjs';

const args = new Set(process.argv.slice(2));
const budgetFile = join(repoRoot, 'size-budget.json');
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
const EXTERNAL = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'idb', '@opencasework/*'];

if (!args.has('--no-build')) {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-packages.mjs')], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

// Code loaded only on demand (import(): the Welsh catalogues, the chronology's pattern prompts, the safety plan's glossary, the genogram's
// PNG drawing) goes to its own chunks and is reported apart: the figures
// against the budgets are what a page loads before anything is asked for (entry plus its static imports).
async function bundle(contents, external) {
  const out = await build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: 'size-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    splitting: true,
    outdir: join(repoRoot, '.size-out'),
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // tsconfigRaw: ignore tsconfig.json's "paths" (they point @opencasework/* at src/): measure the built dist, as a consumer would.
    tsconfigRaw: '{}',
    external,
    legalComments: 'none',
    logLevel: 'silent',
    conditions: ['browser', 'production'],
    metafile: true,
  });
  const outputs = out.metafile.outputs;
  const byPath = new Map(out.outputFiles.map((f) => [f.path.slice(repoRoot.length + 1), f.contents]));
  // The page's entry (size-entry.js). Not merely the first output with an entryPoint: each import() target is an entry point too.
  const entry =
    Object.keys(outputs).find((k) => String(outputs[k].entryPoint).endsWith('size-entry.js')) ??
    Object.keys(outputs).find((k) => outputs[k].entryPoint);
  // The entry and every chunk it imports statically: what loads up front.
  const initial = new Set();
  const visit = (k) => {
    if (initial.has(k) || !outputs[k]) return;
    initial.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  const jsOutputs = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const size = (keys) => {
    const files = keys.map((k) => byPath.get(k)).filter(Boolean);
    return {
      min: files.reduce((n, f) => n + f.length, 0),
      gzip: files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0),
    };
  };
  // Minified bytes by origin (up-front code only): each of our packages, and each dependency.
  const parts = {};
  for (const k of initial) {
    for (const [file, info] of Object.entries(outputs[k].inputs)) {
      const nm = file.split('node_modules/')[1];
      const key = nm
        ? nm
            .split('/')
            .slice(0, nm.startsWith('@') ? 2 : 1)
            .join('/')
        : (/packages\/([^/]+)\//.exec(file)?.[1] ?? 'other');
      parts[key] = (parts[key] ?? 0) + info.bytesInOutput;
    }
  }
  const up = size([...initial]);
  const lazy = size(jsOutputs.filter((k) => !initial.has(k)));
  return { min: up.min, gzip: up.gzip, lazyGzip: lazy.gzip, parts };
}

const packages = Object.keys(budget.packages);
const rows = [];
const everythingParts = [];
for (const name of packages) {
  const dist = join(repoRoot, 'packages', name, 'dist');
  const entries = ['index.js', 'define.js'].filter((f) => existsSync(join(dist, f)));
  if (!entries.includes('index.js')) {
    rows.push({ name, missing: true });
    continue;
  }
  const contents = entries
    .map((f) => (f === 'index.js' ? `export * from './packages/${name}/dist/${f}';` : `import './packages/${name}/dist/${f}';`))
    .join('\n');
  const own = await bundle(contents, EXTERNAL);
  rows.push({ name, gzip: own.gzip, min: own.min, lazyGzip: own.lazyGzip, budget: budget.packages[name].budgetKb });
  everythingParts.push(
    ...entries.map((f) =>
      f === 'index.js'
        ? `export * as ${name.replace(/\W/g, '_')} from './packages/${name}/dist/${f}';`
        : `import './packages/${name}/dist/${f}';`,
    ),
  );
}
const everything = everythingParts.length ? await bundle(everythingParts.join('\n'), []) : null;
// What a host that registers every element (imports each package's define entry) and nothing else ships.
const definesOnly = everythingParts.some((l) => l.startsWith('import '))
  ? await bundle(everythingParts.filter((l) => l.startsWith('import ')).join('\n'), [])
  : null;
// What a host ships for a page with one component (issue 18's row: <cw-chronology>, which registers <cw-case> too) and
// everything it needs: its define entry with lit, @lit/context, zod and idb inside, as a consumer's bundler would.
const onePage =
  budget.onePage && existsSync(join(repoRoot, 'packages', budget.onePage.entry, 'dist/define.js'))
    ? await bundle(`import './packages/${budget.onePage.entry}/dist/define.js';`, [])
    : null;
const missing = rows.filter((r) => r.missing).map((r) => r.name);

// Table
const lines = [['', 'min kB', 'gzip kB', 'budget kB', 'recorded kB', '', 'on demand (gzip kB)']];
let over = 0;
for (const r of rows) {
  if (r.missing) {
    lines.push([r.name, '-', '-', String(budget.packages[r.name].budgetKb), '-', 'not built (no src/index.ts yet)']);
    continue;
  }
  const g = kb(r.gzip);
  const rec = budget.packages[r.name].currentKb;
  const bad = g > r.budget;
  over += bad ? 1 : 0;
  lines.push([
    r.name,
    String(kb(r.min)),
    String(g),
    String(r.budget),
    rec == null ? '-' : String(rec),
    bad ? 'OVER BUDGET' : delta(g, rec),
    r.lazyGzip ? String(kb(r.lazyGzip)) : '',
  ]);
}
if (everything) {
  const g = kb(everything.gzip);
  const bad = g > budget.everything.budgetKb;
  over += bad ? 1 : 0;
  lines.push([
    'everything (all packages + lit + zod + idb)',
    String(kb(everything.min)),
    String(g),
    String(budget.everything.budgetKb),
    budget.everything.currentKb == null ? '-' : String(budget.everything.currentKb),
    (bad ? 'OVER BUDGET ' : '') + (missing.length ? `(without ${missing.join(', ')})` : delta(g, budget.everything.currentKb)),
    everything.lazyGzip ? String(kb(everything.lazyGzip)) : '',
  ]);
}
if (budget.onePage && !onePage) {
  over++;
  lines.push([`a page with <cw-${budget.onePage.entry}>`, '-', '-', String(budget.onePage.budgetKb), '-', 'NOT BUILT (no dist/define.js)']);
}
if (onePage) {
  const g = kb(onePage.gzip);
  const bad = g > budget.onePage.budgetKb;
  over += bad ? 1 : 0;
  lines.push([
    `a page with <cw-${budget.onePage.entry}> (+ lit, zod, idb)`,
    String(kb(onePage.min)),
    String(g),
    String(budget.onePage.budgetKb),
    budget.onePage.currentKb == null ? '-' : String(budget.onePage.currentKb),
    bad ? 'OVER BUDGET' : delta(g, budget.onePage.currentKb),
    onePage.lazyGzip ? String(kb(onePage.lazyGzip)) : '',
  ]);
}
if (definesOnly) {
  lines.push([
    'all elements registered (define entries only)',
    String(kb(definesOnly.min)),
    String(kb(definesOnly.gzip)),
    '-',
    '-',
    'for information',
    definesOnly.lazyGzip ? String(kb(definesOnly.lazyGzip)) : '',
  ]);
}
function delta(now, rec) {
  if (rec == null) return '';
  const d = Math.round((now - rec) * 10) / 10;
  return d === 0 ? '' : `${d > 0 ? '+' : ''}${d} kB since recorded`;
}
const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
for (const [i, l] of lines.entries()) {
  console.log(
    l
      .map((cell, c) => (c === 0 || c === 5 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (everything) {
  const parts = Object.entries(everything.parts)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
  console.log(`\nEverything, minified kB by origin (before gzip): ${parts.map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
  if (definesOnly) {
    const p2 = Object.entries(definesOnly.parts)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1]);
    console.log(`Define entries only, minified kB by origin: ${p2.map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
  }
}
console.log("Own code: the package's dist/index.js + dist/define.js, minified, lit/zod/idb/@opencasework/* external; gzip -9.");
console.log(
  "Figures are what loads up front; \"on demand\" is code split off behind import() (the Welsh catalogues, the chronology's pattern prompts, the safety plan's glossary, the genogram's PNG drawing), loaded only when used.",
);

if (args.has('--update')) {
  for (const r of rows) if (!r.missing) budget.packages[r.name].currentKb = kb(r.gzip);
  if (everything && !missing.length) budget.everything.currentKb = kb(everything.gzip);
  if (onePage) budget.onePage.currentKb = kb(onePage.gzip);
  budget.measuredAt = new Date().toISOString().slice(0, 10);
  writeFileSync(budgetFile, JSON.stringify(budget, null, 2) + '\n');
  console.log('\nRecorded the current sizes in size-budget.json. For docs/performance.md:\n');
  console.log('| bundle | gzip kB | budget kB |\n|---|---:|---:|');
  for (const r of rows) if (!r.missing) console.log(`| @opencasework/${r.name} (own code) | ${kb(r.gzip)} | ${r.budget} |`);
  if (onePage)
    console.log(`| a page with <cw-${budget.onePage.entry}> and its dependencies | ${kb(onePage.gzip)} | ${budget.onePage.budgetKb} |`);
  if (definesOnly) console.log(`| all elements registered (define entries only) | ${kb(definesOnly.gzip)} | - |`);
  if (everything)
    console.log(
      `| everything: all packages + lit + zod + idb${missing.length ? ` (without ${missing.join(', ')})` : ''} | ${kb(everything.gzip)} | ${budget.everything.budgetKb} |`,
    );
}

// Design targets: reported, not enforced, while they are missed (the budgets above stop things getting worse).
const missedTargets = [
  ...rows
    .filter((r) => !r.missing && budget.packages[r.name].targetKb != null && kb(r.gzip) > budget.packages[r.name].targetKb)
    .map((r) => `${r.name} ${kb(r.gzip)} kB (target ${budget.packages[r.name].targetKb})`),
  ...(everything && budget.everything.targetKb != null && kb(everything.gzip) > budget.everything.targetKb
    ? [`everything ${kb(everything.gzip)} kB (target ${budget.everything.targetKb})`]
    : []),
  ...(onePage && budget.onePage.targetKb != null && kb(onePage.gzip) > budget.onePage.targetKb
    ? [`a page with <cw-${budget.onePage.entry}> ${kb(onePage.gzip)} kB (target ${budget.onePage.targetKb})`]
    : []),
];
if (missedTargets.length) console.log(`\nDesign targets not yet met: ${missedTargets.join('; ')}.`);

if (over) {
  console.error(`\n${over} figure(s) over budget.`);
  process.exit(1);
}
