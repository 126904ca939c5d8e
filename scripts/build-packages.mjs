#!/usr/bin/env node
// Builds every library package in dependency order (core first), skipping a package with no src/ folder yet (its
// entry is its own business: the server's is src/server.ts). `npm run build` runs this, then builds the workspace
// app. Each package still builds on its own with `npm run build -w packages/<name>`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, workspaceDeps } from './build-lib.mjs';

const only = process.argv.slice(2);
const dirs = readdirSync(join(repoRoot, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(repoRoot, 'packages', d.name, 'package.json')))
  .map((d) => join(repoRoot, 'packages', d.name))
  .filter((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.build)
  .filter((dir) => !only.length || only.some((o) => dir.endsWith(`/${o.replace(/^packages\//, '')}`)));

// Depth-first topological order on @opencasework/* dependencies.
const order = [];
const seen = new Set();
const visit = (dir) => {
  if (seen.has(dir)) return;
  seen.add(dir);
  for (const dep of workspaceDeps(dir)) if (dirs.includes(dep)) visit(dep);
  order.push(dir);
};
dirs.sort().forEach(visit);

// The packages ship their Custom Elements Manifest (package.json "customElements"/"files"): generate it first.
try {
  const cem = join(repoRoot, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
} catch {
  console.error('[build] could not generate the custom elements manifests (npm run manifest)');
  process.exit(1);
}

const built = [];
const skipped = [];
for (const dir of order) {
  const name = relative(repoRoot, dir);
  if (!existsSync(join(dir, 'src'))) {
    console.log(`[build] ${name}: skipped (no src/ yet)`);
    skipped.push(name);
    continue;
  }
  const missing = workspaceDeps(dir)
    .map((d) => relative(repoRoot, d))
    .filter((d) => skipped.includes(d));
  if (missing.length) {
    console.log(`[build] ${name}: skipped (needs ${missing.join(', ')}, which were skipped)`);
    skipped.push(name);
    continue;
  }
  console.log(`[build] ${name}`);
  try {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', name], { cwd: repoRoot, stdio: 'inherit' });
  } catch {
    console.error(`[build] ${name} FAILED (see above); stopping. Built so far: ${built.join(', ') || 'none'}`);
    process.exit(1);
  }
  built.push(name);
}
console.log(`[build] built: ${built.join(', ') || 'none'}${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}`);
// React 19 JSX, Vue, VS Code and JetBrains files from the manifests, into each package's dist/integrations.
if (built.length)
  execFileSync(process.execPath, [join(repoRoot, 'scripts/gen-integrations.mjs'), '--dist'], { cwd: repoRoot, stdio: 'inherit' });
// The declarations must work for a consumer, not only inside this repo.
if (built.length) execFileSync(process.execPath, [join(repoRoot, 'scripts/check-consumer-types.mjs')], { cwd: repoRoot, stdio: 'inherit' });
