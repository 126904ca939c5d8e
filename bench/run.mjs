#!/usr/bin/env node
// Benchmark runner: `npm run bench -- [<name>...] [--timeout <seconds>] [--headful]`.
// Serves the repo with a Vite dev server (our packages from src, legacy decorators), opens
// /bench/<name>/index.html in headless Chromium (puppeteer-core), waits for `window.__benchResult`,
// prints a table and writes bench/results/<name>.json. Exits non-zero on a page error, a failed load or a timeout.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { benchViteConfig, repoRoot } from '../scripts/build-lib.mjs';
import { rowRatio } from './ratio.mjs';
import { collectTargets, judge } from './targets.mjs';

export { rowRatio };

const benchDir = join(repoRoot, 'bench');
const resultsDir = join(benchDir, 'results');

function parseArgs(argv) {
  const opts = { names: [], timeoutMs: Number(process.env.BENCH_TIMEOUT || 300) * 1000, headful: false, check: false, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--timeout') opts.timeoutMs = Number(argv[++i]) * 1000;
    else if (a.startsWith('--timeout=')) opts.timeoutMs = Number(a.slice(10)) * 1000;
    else if (a === '--headful') opts.headful = true;
    else if (a === '--check') opts.check = true;
    else if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) opts.runs = Number(a.slice(7));
    else if (a === '--help' || a === '-h') opts.help = true;
    else opts.names.push(a.replace(/^bench\//, '').replace(/\/$/, ''));
  }
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0) throw new Error('--timeout needs a positive number of seconds');
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs needs a whole number of runs, 1 or more');
  return opts;
}

function allBenches() {
  return readdirSync(benchDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'results' && existsSync(join(benchDir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    console.error('No Chromium found. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(2);
  }
  return found;
}

const fmt = (v) => {
  if (v === null || v === undefined || Number.isNaN(v)) return '-';
  if (typeof v !== 'number') return String(v);
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
};

export function formatTable(result) {
  const head = ['', 'ours', 'peer', 'unit', 'ratio', 'note'];
  const rows = (result.rows || []).map((r) => [
    String(r.label ?? ''),
    fmt(r.ours),
    fmt(r.peer),
    String(r.unit ?? ''),
    rowRatio(r) === null ? '-' : `${fmt(rowRatio(r))}x`,
    String(r.note ?? ''),
  ]);
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const right = [false, true, true, false, true, false];
  const line = (r) =>
    r
      .map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const out = [String(result.title ?? ''), line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const n of result.notes || []) out.push(`  * ${n}`);
  return out.join('\n');
}

function validResult(r) {
  return r && typeof r === 'object' && Array.isArray(r.rows) && r.rows.every((x) => x && typeof x === 'object' && 'label' in x);
}

async function runOne(browser, baseUrl, name, timeoutMs) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err?.message ?? err}`));
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
    if (/Lit is in dev mode/.test(msg.text())) warnings.push('WARNING: Lit ran in development mode; the figures are not representative.');
  });
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? ''})`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const started = Date.now();
  try {
    // Every run loads the page afresh (a cached page answers 304, and a later run must measure the same work).
    await page.setCacheEnabled(false);
    const resp = await page.goto(`${baseUrl}/bench/${name}/index.html`, { waitUntil: 'load', timeout: timeoutMs });
    if (!resp || !resp.ok()) throw new Error(`could not load /bench/${name}/index.html (HTTP ${resp?.status()})`);
    const deadline = started + timeoutMs;
    let result;
    while (!result) {
      if (errors.length) throw new Error(errors.join('\n'));
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for window.__benchResult`);
      result = await page
        .evaluate(() => window.__benchResult ?? null)
        .catch((e) => {
          errors.push(String(e));
          return null;
        });
      if (!result) await new Promise((r) => setTimeout(r, 250));
    }
    if (errors.length) throw new Error(errors.join('\n'));
    if (!validResult(result)) throw new Error('window.__benchResult is not { title, rows: [{ label, ours, peer, unit }], notes }');
    return { ...result, notes: [...(result.notes || []), ...warnings], bench: name, seconds: (Date.now() - started) / 1000 };
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(
      'Usage: npm run bench -- [<name>...] [--timeout <seconds>] [--headful] [--check [--runs <n>]]\n' +
        '  --check: run --runs times (default 3) and judge each target on its median; exits 1 on a miss\n' +
        'Benchmarks: ' +
        allBenches().join(', '),
    );
    return 0;
  }
  const names = opts.names.length ? opts.names : allBenches();
  for (const n of names) {
    if (!existsSync(join(benchDir, n, 'index.html'))) {
      console.error(`No benchmark "${n}" (expected bench/${n}/index.html). Available: ${allBenches().join(', ') || 'none'}`);
      return 2;
    }
  }
  if (!names.length) {
    console.error('No benchmarks found in bench/.');
    return 2;
  }

  const server = await createServer({
    root: repoRoot,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    ...benchViteConfig(),
    // Scan only the pages we open (the default scans every HTML file in the repo, including others' work in progress).
    optimizeDeps: { ...benchViteConfig().optimizeDeps, entries: names.map((n) => `bench/${n}/index.html`) },
    plugins: [
      ...benchViteConfig().plugins,
      {
        name: 'bench-no-favicon', // browsers ask for /favicon.ico; answer so the 404 is not reported as a page error
        configureServer(srv) {
          srv.middlewares.use((req, res, next) => {
            if (req.url === '/favicon.ico') {
              res.statusCode = 204;
              res.end();
            } else next();
          });
        },
      },
    ],
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null },
  });
  let browser;
  let failed = 0;
  try {
    await server.listen();
    const addr = server.httpServer.address();
    const baseUrl = `http://127.0.0.1:${addr.port}`;
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: !opts.headful,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--lang=en-GB',
      ],
      protocolTimeout: Math.max(opts.timeoutMs, 180000),
    });
    mkdirSync(resultsDir, { recursive: true });
    const runs = [];
    for (let run = 1; run <= (opts.check ? opts.runs : 1); run++) {
      const results = [];
      runs.push(results);
      for (const name of names) {
        process.stdout.write(`\n[bench] ${name}${opts.check ? ` (run ${run} of ${opts.runs})` : ''}: running...\n`);
        try {
          const result = await runOne(browser, baseUrl, name, opts.timeoutMs);
          const ua = await browser.version();
          const record = {
            ...result,
            browser: ua,
            date: new Date().toISOString(),
            rows: result.rows.map((r) => ({ ...r, ratio: rowRatio(r) })),
          };
          results.push(record);
          writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(record, null, 2) + '\n');
          console.log(formatTable(result));
          console.log(`  (${ua}, ${result.seconds.toFixed(1)} s; bench/results/${name}.json)`);
        } catch (err) {
          failed++;
          console.error(`[bench] ${name} FAILED:\n${err?.message ?? err}`);
        }
      }
    }
    if (opts.check) {
      const targets = collectTargets(runs);
      const { lines, missed } = judge(targets, opts.runs);
      console.log(`\n[bench] targets, each judged on the median of ${opts.runs} run(s):`);
      for (const line of lines) console.log(`  ${line}`);
      if (!targets.length) console.log('  (no target rows in these benchmarks)');
      console.log(`[bench] ${targets.length - missed} of ${targets.length} targets met`);
      if (missed) failed++;
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? err);
    process.exit(1);
  },
);
