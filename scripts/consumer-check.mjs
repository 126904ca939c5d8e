#!/usr/bin/env node
// Consumer fixture (npm run consumer:check, after npm run build): the packages as an integrator gets them.
// `npm pack`s every public package, installs the tarballs into a fresh project in the OS temp folder (outside this
// repository, so nothing resolves through the workspace) with pinned versions of the tools, and checks each tool's
// everyday development loop, which turns the `development` export condition on:
//   1. the Vite dev server serves a page importing '@opencasework/chronology/define'; headless Chromium
//      (puppeteer-core, /usr/bin/chromium or CHROME_PATH) sees <cw-chronology> render the sample's rows, no page errors;
//   2. Vitest with happy-dom imports parseCaseBundle and parses the sample (and defines an element);
//   3. webpack in development mode builds an entry importing a define entry ("Module parse failed" is a failure);
//   4. production Vite builds of a React 19 page (the element directly), a React 18 page (the @opencasework/react
//      wrappers, in a second project with react@18) and a Vue 3 page, and an Angular standalone app
//      (CUSTOM_ELEMENTS_SCHEMA, `ng build`, a third project), each loaded in Chromium: rows, no page errors;
// then reports the minified size of a webpack production bundle for one component and for all of them.
// Options: --keep (leave the temp folder), --old-exports (rename the private "opencasework:source" condition back
// to the old public "development" one in the installed packages: shows the check fails on the old exports).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createServer as createHttpServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { repoRoot } from './build-lib.mjs';

/** The consumer's tools, pinned (Vitest 4 still runs on Node 20; Vite as in this repository). */
const TOOLS = { vite: '8.3.8', vitest: '4.1.12', 'happy-dom': '21.0.4', webpack: '5.113.0' };
/** The frameworks: React 19 and Vue 3 in the main project, React 18 in its own (two Reacts cannot share one). */
const FRAMEWORKS = { react: '19.3.1', 'react-dom': '19.3.1', vue: '3.5.45' };
const REACT18 = { react: '18.3.1', 'react-dom': '18.3.1', vite: TOOLS.vite };
/** Angular 20: the last major that runs on Node 20 (this CI machine's); 21 and later need Node 22. */
const NG = '20.3.35';
const ANGULAR = {
  '@angular/core': NG,
  '@angular/common': NG,
  '@angular/compiler': NG,
  '@angular/platform-browser': NG,
  rxjs: '7.8.2',
  tslib: '2.8.1',
};
const ANGULAR_DEV = {
  '@angular/build': '20.3.42',
  '@angular/cli': '20.3.43',
  '@angular/compiler-cli': NG,
  typescript: '5.9.3',
  // `ng test`: Angular 20's default test runner (Karma with Jasmine), in headless Chromium.
  karma: '6.4.4',
  'karma-chrome-launcher': '3.2.0',
  'karma-jasmine': '5.1.0',
  'karma-jasmine-html-reporter': '2.1.0',
  'karma-coverage': '2.2.1',
  'jasmine-core': '5.8.0',
  '@types/jasmine': '5.1.8',
};
/** The projects whose framework pages are built already. */
const built = new Set();
const args = new Set(process.argv.slice(2));
const keep = args.has('--keep');
const oldExports = args.has('--old-exports');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const log = (msg) => console.log(`[consumer] ${msg}`);

// 1. Pack every public package (its dist must exist: npm run build first).
const packages = readdirSync(join(repoRoot, 'packages'))
  .sort()
  .map((d) => join(repoRoot, 'packages', d))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  // The browser packages a front-end project installs (not the Node server).
  .filter(({ pkg }) => !pkg.private && pkg.name !== '@opencasework/server');
for (const { dir, pkg } of packages)
  if (!existsSync(join(dir, pkg.main ?? 'dist/index.js'))) {
    console.error(`[consumer] ${pkg.name} is not built (${join(dir, pkg.main ?? 'dist/index.js')} missing): run npm run build first.`);
    process.exit(1);
  }

const tmp = mkdtempSync(join(tmpdir(), 'cw-consumer-fixture-'));
const tarballs = join(tmp, 'tarballs');
const app = join(tmp, 'app');
const app18 = join(tmp, 'app-react18');
const appNg = join(tmp, 'app-angular');
mkdirSync(tarballs);
mkdirSync(app);
mkdirSync(app18);
mkdirSync(join(appNg, 'src'), { recursive: true });
const results = [];
let viteProcess;
let browser;
try {
  const deps = {};
  for (const { dir, pkg } of packages) {
    const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    deps[pkg.name] = `file:../tarballs/${JSON.parse(out)[0].filename}`;
  }
  log(`packed ${packages.length} packages into ${tarballs}`);

  // 2. A fresh consumer project: the tarballs plus the tools, from the npm registry.
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      { name: 'cw-consumer-fixture', private: true, type: 'module', dependencies: { ...deps, ...FRAMEWORKS }, devDependencies: TOOLS },
      null,
      2,
    ),
  );
  log(
    `npm install in ${app} (${Object.entries(TOOLS)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')})`,
  );
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, stdio: 'inherit' });
  writeFileSync(
    join(app18, 'package.json'),
    JSON.stringify({ name: 'cw-consumer-fixture-react18', private: true, type: 'module', dependencies: { ...deps, ...REACT18 } }, null, 2),
  );
  log(`npm install in ${app18} (react@${REACT18.react}, vite@${REACT18.vite})`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app18, stdio: 'inherit' });
  const ngDeps = { '@opencasework/core': deps['@opencasework/core'], '@opencasework/chronology': deps['@opencasework/chronology'] };
  writeFileSync(
    join(appNg, 'package.json'),
    JSON.stringify(
      {
        name: 'cw-consumer-fixture-angular',
        private: true,
        type: 'module',
        dependencies: { ...ngDeps, ...ANGULAR },
        devDependencies: ANGULAR_DEV,
      },
      null,
      2,
    ),
  );
  log(`npm install in ${appNg} (@angular/core@${NG})`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: appNg, stdio: 'inherit' });
  if (oldExports) for (const dir of [app, app18, appNg]) useOldExports(join(dir, 'node_modules/@opencasework'));
  writeFixture(app);
  writeFrameworkFixture(app, app18);
  writeAngularFixture(appNg);

  await check('Vite dev server renders <cw-chronology> on the sample', () => viteDev(app));
  await check('Vitest (happy-dom) imports parseCaseBundle and parses the sample', () => vitest(app));
  await check('webpack (development mode) builds a define entry', () => webpackDev(app));
  await check('React 19 production build renders <cw-chronology> (property set by React)', () => frameworkPage(app, 'react19'));
  await check('Vue 3 production build renders <cw-chronology> (property set by Vue)', () => frameworkPage(app, 'vue'));
  await check('React 18 production build renders the @opencasework/react <Chronology> wrapper', () => frameworkPage(app18, 'react18'));
  await check('Angular standalone app (CUSTOM_ELEMENTS_SCHEMA, ng build) renders <cw-chronology>', () => frameworkPage(appNg, 'index'));
  await check('Angular app test (ng test: Karma, Jasmine, TestBed, zoneless) renders <cw-chronology>', () => angularTest(appNg));
  await sizes(app);
} finally {
  await browser?.close().catch(() => {});
  viteProcess?.kill('SIGTERM');
  if (keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

console.log(`\n[consumer] ${oldExports ? 'with the OLD "development" exports: ' : ''}results`);
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.note ? `: ${r.note}` : ''}`);
if (results.some((r) => !r.ok)) process.exit(1);

async function check(name, fn) {
  const started = Date.now();
  try {
    const note = await fn();
    results.push({ name, ok: true, note: `${note} (${((Date.now() - started) / 1000).toFixed(1)} s)` });
  } catch (err) {
    results.push({ name, ok: false, note: String(err?.message ?? err).slice(0, 2000) });
  }
  const r = results.at(-1);
  log(`${r.ok ? 'PASS' : 'FAIL'} ${name}${r.ok ? '' : `\n${r.note}`}`);
}

/** The old published exports: the source condition under the public name every dev tool turns on. */
function useOldExports(scopeDir) {
  for (const d of readdirSync(scopeDir)) {
    const file = join(scopeDir, d, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    for (const entry of Object.values(pkg.exports ?? {})) {
      if (typeof entry !== 'object' || !entry['opencasework:source']) continue;
      const { types, 'opencasework:source': source, ...rest } = entry;
      for (const k of Object.keys(entry)) delete entry[k];
      Object.assign(entry, types ? { types } : {}, { development: source }, rest);
    }
    writeFileSync(file, JSON.stringify(pkg, null, 2));
  }
  log('installed packages rewritten to the old exports (development -> ./src/*.ts)');
}

function writeFixture(dir) {
  const files = {
    'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Consumer fixture</title></head>
  <body>
    <cw-chronology lang="en"></cw-chronology>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`,
    'main.js': `import '@opencasework/chronology/define';
import { sampleCase } from '@opencasework/core/sample';

document.querySelector('cw-chronology').bundle = sampleCase;
`,
    'vitest.config.js': `export default { test: { environment: 'happy-dom', include: ['parse.test.js'] } };\n`,
    'parse.test.js': `import { expect, it } from 'vitest';
import { parseCaseBundle } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';

it('parses the sample case bundle', () => {
  const { value, issues } = parseCaseBundle(JSON.parse(JSON.stringify(sampleCase)));
  expect(issues).toEqual([]);
  expect(value.people.length).toBeGreaterThan(0);
  expect(value.chronology.length).toBeGreaterThan(0);
});

it('defines <cw-chronology> in happy-dom', async () => {
  await import('@opencasework/chronology/define');
  expect(typeof customElements.get('cw-chronology')).toBe('function');
});
`,
    'webpack-one.js': `import '@opencasework/chronology/define';\n`,
    'webpack-all.js':
      ['core', 'chronology', 'genogram', 'safety-plan', 'blockage-board', 'family-network', 'recording', 'documents']
        .map((p) => `import '@opencasework/${p}/define';`)
        .join('\n') + '\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function viteDev(dir) {
  const port = await freePort();
  viteProcess = spawn(
    process.execPath,
    [join(dir, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  let serverLog = '';
  viteProcess.stdout.on('data', (d) => (serverLog += d));
  viteProcess.stderr.on('data', (d) => (serverLog += d));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while (!/Local:/.test(serverLog)) {
    if (Date.now() > deadline || viteProcess.exitCode !== null) throw new Error(`the Vite dev server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const { rows } = await renderedRows(url, () => `--- vite ---\n${serverLog.slice(-1500)}`);
  viteProcess.kill('SIGTERM');
  viteProcess = undefined;
  return `${rows} rows rendered from the dist build, no page errors`;
}

/** Loads a page in headless Chromium and waits for <cw-chronology> to render rows; throws on a page error. */
async function renderedRows(url, context = () => '') {
  browser ??= await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()} ${res.url()}`));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    // The first visit may make Vite optimise the dependencies and reload the page: poll across reloads.
    let rows = 0;
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      rows = await page
        .evaluate(() => {
          const el = document.querySelector('cw-chronology');
          return el?.shadowRoot ? el.shadowRoot.querySelectorAll('tr[role="row"][data-event]').length : -1;
        })
        .catch(() => -1);
      if (rows > 0 || problems.some((p) => p.startsWith('page error'))) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (problems.length) throw new Error(`${problems.join('\n')}\n${context()}`);
    if (rows <= 0) throw new Error(`<cw-chronology> ${rows < 0 ? 'has no shadow root' : 'rendered no rows'}\n${context()}`);
    const framework = await page.evaluate(() => document.documentElement.dataset.framework ?? '');
    return { rows, framework };
  } finally {
    await page.close().catch(() => {});
  }
}

async function vitest(dir) {
  try {
    const out = execFileSync(process.execPath, [join(dir, 'node_modules/vitest/vitest.mjs'), 'run'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', CI: '1' },
    });
    const summary = /Tests\s+(.*passed.*)/.exec(out)?.[1]?.trim();
    return summary ? `tests ${summary}` : 'passed';
  } catch (err) {
    throw new Error(`${err.stdout ?? ''}${err.stderr ?? ''}`.trim().slice(-2500), { cause: err });
  }
}

function runWebpack(dir, mode, entry, outDir) {
  const webpack = createRequire(join(dir, 'package.json'))('webpack');
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode,
        context: dir,
        entry: `./${entry}`,
        output: { path: join(dir, outDir), filename: 'main.js' },
        devtool: false,
        performance: { hints: false },
      },
      (err, stats) => {
        if (err) return reject(err);
        const info = stats.toJson({ all: false, errors: true, warnings: true });
        if (stats.hasErrors())
          return reject(
            new Error(
              info.errors
                .map((e) => e.message)
                .join('\n')
                .slice(0, 2500),
            ),
          );
        resolve(info);
      },
    );
  });
}

async function webpackDev(dir) {
  const info = await runWebpack(dir, 'development', 'webpack-one.js', 'webpack-dev');
  const text = readFileSync(join(dir, 'webpack-dev/main.js'), 'utf8');
  if (/Module parse failed/.test(text)) throw new Error('Module parse failed');
  return `built ${(statSync(join(dir, 'webpack-dev/main.js')).size / 1024).toFixed(0)} kB${info.warnings?.length ? `, ${info.warnings.length} warnings` : ''}`;
}

/** What a consumer ships: webpack production bundles (minified, lit/zod/idb inside) for one component and for all. */
async function sizes(dir) {
  if (results.some((r) => !r.ok)) return;
  const rows = [];
  for (const [label, entry] of [
    ['one component (<cw-chronology>, with <cw-case>)', 'webpack-one.js'],
    ['all six define entries', 'webpack-all.js'],
  ]) {
    const out = `webpack-prod-${entry.replace('.js', '')}`;
    try {
      await runWebpack(dir, 'production', entry, out);
    } catch (err) {
      results.push({ name: `webpack production build of ${entry}`, ok: false, note: err.message });
      return;
    }
    const js = readdirSync(join(dir, out)).filter((f) => f.endsWith('.js'));
    const raw = js.reduce((a, f) => a + statSync(join(dir, out, f)).size, 0);
    const gz = js.reduce((a, f) => a + gzipSync(readFileSync(join(dir, out, f))).length, 0);
    rows.push(
      `${label}: ${(raw / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB gzip (${js.length} file${js.length > 1 ? 's' : ''})`,
    );
  }
  log(`consumer bundle sizes (webpack ${TOOLS.webpack}, production):\n  ${rows.join('\n  ')}`);
}

/** Pages for the framework builds: each mounts <cw-chronology> on the sample the way that framework's docs say. */
function writeFrameworkFixture(dir, dir18) {
  const html = (name) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>${name}</title></head>
  <body>
    <div id="root"></div>
    <script type="module" src="./${name}.js"></script>
  </body>
</html>
`;
  const files = {
    'react19.html': html('react19'),
    // React 19 sets a custom element's properties itself when the element defines them: no wrapper.
    'react19.js': `import { createElement, version } from 'react';
import { createRoot } from 'react-dom/client';
import '@opencasework/chronology/define';
import { sampleCase } from '@opencasework/core/sample';

document.documentElement.dataset.framework = 'React ' + version;
createRoot(document.getElementById('root')).render(createElement('cw-chronology', { bundle: sampleCase, lang: 'en' }));
`,
    'vue.html': html('vue'),
    // Vue sets a property (not an attribute) when the defined element has one by that name.
    'vue.js': `import { createApp, h, version } from 'vue';
import '@opencasework/chronology/define';
import { sampleCase } from '@opencasework/core/sample';

document.documentElement.dataset.framework = 'Vue ' + version;
createApp({ render: () => h('cw-chronology', { bundle: sampleCase, lang: 'en' }) }).mount('#root');
`,
    'vite.frameworks.config.js': `export default {
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: { outDir: 'dist-frameworks', rollupOptions: { input: { react19: 'react19.html', vue: 'vue.html' } } },
};
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const files18 = {
    'react18.html': html('react18'),
    // React 18 cannot set properties on custom elements: the @opencasework/react wrappers do it.
    'react18.js': `import { createElement, version } from 'react';
import { createRoot } from 'react-dom/client';
import { Chronology } from '@opencasework/react';
import { sampleCase } from '@opencasework/core/sample';

document.documentElement.dataset.framework = 'React ' + version;
createRoot(document.getElementById('root')).render(createElement(Chronology, { bundle: sampleCase, lang: 'en' }));
`,
    'vite.config.js': `export default { build: { outDir: 'dist-frameworks', rollupOptions: { input: { react18: 'react18.html' } } } };\n`,
  };
  for (const [name, text] of Object.entries(files18)) writeFileSync(join(dir18, name), text);
}

/** Builds the project's framework pages once (vite build, production), serves dist-frameworks and checks one page. */
async function frameworkPage(dir, name) {
  if (!built.has(dir)) {
    const config = existsSync(join(dir, 'vite.frameworks.config.js')) ? ['--config', 'vite.frameworks.config.js'] : [];
    const command = existsSync(join(dir, 'angular.json'))
      ? [join(dir, 'node_modules/@angular/cli/bin/ng.js'), 'build']
      : [join(dir, 'node_modules/vite/bin/vite.js'), 'build', ...config, '--logLevel', 'warn'];
    try {
      execFileSync(process.execPath, command, {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', NG_CLI_ANALYTICS: 'false' },
      });
    } catch (err) {
      throw new Error(`the build failed:\n${`${err.stdout ?? ''}${err.stderr ?? ''}`.trim().slice(-2500)}`, { cause: err });
    }
    built.add(dir);
  }
  const root = join(dir, 'dist-frameworks');
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.map': 'application/json',
  };
  const server = createHttpServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { rows, framework } = await renderedRows(`http://127.0.0.1:${server.address().port}/${name}.html`);
    // The page's initial JavaScript: its entry and the chunks it preloads (the Welsh catalogues load only when used).
    const page = readFileSync(join(root, `${name}.html`), 'utf8');
    const js = [...new Set([...page.matchAll(/(?:src|href)="\/?([^":]+\.js)"/g)].map((m) => m[1]))];
    const gz = js.reduce((a, f) => a + gzipSync(readFileSync(join(root, f))).length, 0);
    return `${framework}: ${rows} rows rendered, no page errors; initial JavaScript ${(gz / 1024).toFixed(1)} kB gzip`;
  } finally {
    server.close();
  }
}

/** `ng test` in the Angular project: its spec mounts the component with TestBed and waits for the element's rows. */
function angularTest(dir) {
  // Karma starts "ChromeHeadless" from CHROME_BIN; as root Chromium needs --no-sandbox, so point it at a wrapper.
  const chrome = join(dir, 'chromium-no-sandbox.sh');
  const real = process.env.CHROME_PATH || '/usr/bin/chromium';
  writeFileSync(chrome, `#!/bin/sh\nexec "${real}" --no-sandbox --disable-dev-shm-usage "$@"\n`, { mode: 0o755 });
  let out;
  try {
    out = execFileSync(
      process.execPath,
      [join(dir, 'node_modules/@angular/cli/bin/ng.js'), 'test', '--watch=false', '--browsers=ChromeHeadless'],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', NG_CLI_ANALYTICS: 'false', CHROME_BIN: chrome },
        timeout: 300_000,
      },
    );
  } catch (err) {
    throw new Error(`ng test failed:\n${`${err.stdout ?? ''}${err.stderr ?? ''}`.trim().slice(-2500)}`, { cause: err });
  }
  // Karma's progress lines repeat "Executed n of m": the last one is the result.
  const summary = [...out.matchAll(/Executed (\d+) of (\d+)[^\n]*?\(?(\d+ FAILED|SUCCESS)/g)].at(-1);
  if (!summary || summary[3] !== 'SUCCESS' || summary[1] !== summary[2] || summary[1] === '0')
    throw new Error(`ng test did not report every spec passing:\n${out.slice(-1500)}`);
  return `${summary[1]} specs passed`;
}

/** An Angular standalone component using the element with CUSTOM_ELEMENTS_SCHEMA and a property binding. */
function writeAngularFixture(dir) {
  const files = {
    'angular.json': JSON.stringify(
      {
        version: 1,
        cli: { analytics: false },
        projects: {
          app: {
            projectType: 'application',
            root: '',
            sourceRoot: 'src',
            architect: {
              build: {
                builder: '@angular/build:application',
                options: {
                  browser: 'src/main.ts',
                  index: 'src/index.html',
                  tsConfig: 'tsconfig.json',
                  outputPath: { base: 'dist-frameworks', browser: '' },
                },
              },
              test: {
                builder: '@angular/build:karma',
                options: { tsConfig: 'tsconfig.spec.json', include: ['src/**/*.spec.ts'] },
              },
            },
          },
        },
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ES2022',
          moduleResolution: 'bundler',
          strict: true,
          skipLibCheck: true,
          lib: ['ES2022', 'DOM'],
        },
        files: ['src/main.ts'],
      },
      null,
      2,
    ),
    'tsconfig.spec.json': JSON.stringify(
      {
        extends: './tsconfig.json',
        compilerOptions: { types: ['jasmine'] },
        files: [],
        include: ['src/**/*.spec.ts'],
      },
      null,
      2,
    ),
    'src/index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>angular</title></head>
  <body><app-root></app-root></body>
</html>
`,
    'src/app.ts': `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import '@opencasework/chronology/define';
import { sampleCase } from '@opencasework/core/sample';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`<cw-chronology lang="en" [bundle]="bundle"></cw-chronology>\`,
})
export class App {
  bundle = sampleCase;
}
`,
    'src/app.spec.ts': `import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { sampleCase } from '@opencasework/core/sample';
import { App } from './app';

describe('App', () => {
  it('passes the case to <cw-chronology>, which renders its rows', async () => {
    await TestBed.configureTestingModule({ imports: [App], providers: [provideZonelessChangeDetection()] }).compileComponents();
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = (fixture.nativeElement as HTMLElement).querySelector('cw-chronology') as HTMLElement & { bundle: unknown };
    expect(customElements.get('cw-chronology')).toBeDefined();
    expect(el.bundle).toBe(sampleCase);
    let rows = 0;
    for (let i = 0; i < 100 && rows === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = el.shadowRoot?.querySelectorAll('tr[role="row"][data-event]').length ?? 0;
    }
    expect(rows).toBeGreaterThan(0);
  });
});
`,
    'src/main.ts': `import { provideZonelessChangeDetection, VERSION } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';

document.documentElement.dataset['framework'] = 'Angular ' + VERSION.full;
bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((err: unknown) => console.error(err));
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
