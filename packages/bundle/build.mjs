#!/usr/bin/env node
// The no-build distribution: one self-contained, minified ES module per component and one for everything (Lit, zod and
// idb inside, the Welsh catalogues too), each with a source map, plus the theme CSS files from docs/themes.
// Built from the packages' TypeScript source (the private opencasework:source condition) with Lit's production build.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const out = join(here, 'dist');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
// src/index.ts is everything (dist/opencasework.js); src/<name>.ts is dist/<name>.js.
const entries = Object.fromEntries(
  readdirSync(join(here, 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f === 'index.ts' ? 'opencasework' : f.replace(/\.ts$/, ''), join(here, 'src', f)]),
);

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: out,
  bundle: true,
  splitting: false, // each file stands alone: one <script type="module" src> and nothing else
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof', // Lit's licence notices stay in the files
  conditions: ['opencasework:source', 'browser', 'module', 'production'],
  tsconfig: join(root, 'tsconfig.json'),
  define: { __OPENCASEWORK_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
mkdirSync(join(out, 'themes'), { recursive: true });
for (const css of readdirSync(join(root, 'docs/themes')).filter((f) => f.endsWith('.css')))
  copyFileSync(join(root, 'docs/themes', css), join(out, 'themes', css));
// The licences of what is inside (Lit's notices are also kept in the files; zod's and idb's sources carry none).
const inside = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'zod', 'idb'];
const notices = inside.map((name) => {
  const dir = join(root, 'node_modules', name);
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file) throw new Error(`[bundle] no licence file in node_modules/${name}`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
});
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'), `Open Casework's bundles contain:\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`);
const names = Object.keys(entries).map((n) => `${n}.js`);
process.stdout.write(`[bundle] ${names.join(', ')} and themes/ in packages/bundle/dist\n`);
