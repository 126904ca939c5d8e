#!/usr/bin/env node
// Release dry run (npm run release:check, after npm run build): what `changeset publish` would put on npm.
// 1. `changeset status`: the pending changesets and the versions they would give (fails when a package changed
//    without one, against the base branch).
// 2. `changeset version` in a copy of the workspace (package.json files, CHANGELOG.md files, .changeset): every public
//    package gets its next version (one fixed group) and a CHANGELOG.md entry written from the changesets.
// 3. `npm pack --dry-run --json` of every public package, asserting the tarball has LICENSE (the same text as the
//    root's), README.md, the repository metadata, every file its "exports" name (JavaScript and types), its Custom
//    Elements Manifest when package.json declares one, and no tests, stories or fixtures; then prints the sizes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './build-lib.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const failures = [];
const fail = (msg) => failures.push(msg);

console.log('[release] changeset status');
try {
  const cli = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
  // Against the base branch (.changeset/config.json). A clone without it (detached, single-branch CI) cannot compare
  // (`--since` would also hide the changesets already committed), so there we list the pending changesets ourselves.
  const base = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8')).baseBranch ?? 'main';
  let hasBase = true;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${base}^{commit}`], { cwd: repoRoot, stdio: 'ignore' });
  } catch {
    hasBase = false;
  }
  if (hasBase) execFileSync(process.execPath, [cli, 'status', '--verbose'], { cwd: repoRoot, stdio: 'inherit' });
  else {
    console.log(`(no local "${base}" branch to compare with: the pending changesets)`);
    for (const f of readdirSync(join(repoRoot, '.changeset')).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(repoRoot, '.changeset', f), 'utf8'))?.[1];
      if (!front) fail(`.changeset/${f} has no front matter`);
      else console.log(`  ${f}: ${front.split('\n').join(', ')}`);
    }
  }
} catch {
  fail('changeset status failed (see above): add a changeset with `npm run changeset`');
}

/** Every file an "exports" entry can resolve to for a consumer (the private opencasework:source condition excepted). */
function exportTargets(exp) {
  if (typeof exp === 'string') return [exp];
  if (!exp || typeof exp !== 'object') return [];
  return Object.entries(exp).flatMap(([cond, v]) => (cond === 'opencasework:source' ? [] : exportTargets(v)));
}

const rootLicense = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
const FORBIDDEN = [
  /(^|\/)test\//,
  /(^|\/)tests\//,
  /(^|\/)stories\//,
  /\.stories\.[cm]?[jt]sx?$/,
  /\.test\.[cm]?[jt]sx?$/,
  /(^|\/)__?fixtures__?\//,
  /(^|\/)fixtures?\//,
];
// 2. The release itself, dry: `changeset version` in a throw-away copy writes each CHANGELOG.md from the changesets.
const pendingChangesets = readdirSync(join(repoRoot, '.changeset')).filter((n) => n.endsWith('.md') && n !== 'README.md');
if (pendingChangesets.length) {
  const askedMajor = pendingChangesets.some((f) =>
    /^\s*['"]?@?[\w/.-]+['"]?\s*:\s*major\s*$/m.test(readFileSync(join(repoRoot, '.changeset', f), 'utf8')),
  );
  const tmp = mkdtempSync(join(tmpdir(), 'cw-release-'));
  try {
    cpSync(join(repoRoot, '.changeset'), join(tmp, '.changeset'), { recursive: true });
    writeFileSync(join(tmp, 'package.json'), readFileSync(join(repoRoot, 'package.json')));
    symlinkSync(join(repoRoot, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    for (const d of readdirSync(join(repoRoot, 'packages'))) {
      const from = join(repoRoot, 'packages', d);
      if (!existsSync(join(from, 'package.json'))) continue;
      mkdirSync(join(tmp, 'packages', d), { recursive: true });
      for (const f of ['package.json', 'CHANGELOG.md']) if (existsSync(join(from, f))) cpSync(join(from, f), join(tmp, 'packages', d, f));
    }
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: tmp, stdio: 'pipe' });
    console.log('\n[release] changeset version (dry run): the next versions and their changelogs');
    for (const d of readdirSync(join(tmp, 'packages')).sort()) {
      const before = JSON.parse(readFileSync(join(repoRoot, 'packages', d, 'package.json'), 'utf8'));
      if (before.private) continue;
      const after = JSON.parse(readFileSync(join(tmp, 'packages', d, 'package.json'), 'utf8'));
      const log = join(tmp, 'packages', d, 'CHANGELOG.md');
      const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
      if (after.version === before.version) fail(`${before.name}: changeset version would not release it (${before.version})`);
      else if (!askedMajor && after.version.split('.')[0] !== before.version.split('.')[0])
        fail(
          `${before.name}: changeset version would make it ${after.version}, a major release no changeset asked for ` +
            '(a peerDependencies range on another @opencasework package that excludes its next version does this: use a range such as ">=0.1.0 <1")',
        );
      else if (!text.includes(`## ${after.version}`))
        fail(`${before.name}: changeset version wrote no "## ${after.version}" in CHANGELOG.md`);
      const entries = (text.split(/\n## /)[1] ?? '').split('\n').filter((l) => /^- /.test(l)).length;
      console.log(`  ${before.name.padEnd(30)} ${before.version} -> ${after.version}  CHANGELOG.md: ${entries} entries`);
    }
  } catch (err) {
    fail(`changeset version failed in a copy of the workspace: ${err.stderr ?? err.message}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const rows = [];
for (const d of readdirSync(join(repoRoot, 'packages')).sort()) {
  const dir = join(repoRoot, 'packages', d);
  if (!existsSync(join(dir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const name = pkg.name;
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out);
  const files = new Set(info.files.map((f) => f.path));
  const need = ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', ...Object.values(pkg.exports ?? {}).flatMap(exportTargets)];
  if (pkg.types) need.push(pkg.types);
  if (pkg.main) need.push(pkg.main);
  if (pkg.customElements) need.push(pkg.customElements);
  for (const f of new Set(need.map((f) => f.replace(/^\.\//, '')))) if (!files.has(f)) fail(`${name}: the tarball has no ${f}`);
  // (@opencasework/bundle is for pages without a build: prebuilt JavaScript, no declarations.)
  if (pkg.types && ![...files].some((f) => f.startsWith('dist/types/') && f.endsWith('.d.ts')))
    fail(`${name}: no type declarations (dist/types/*.d.ts)`);
  if (!pkg.types && name !== '@opencasework/bundle') fail(`${name}: package.json has no "types"`);
  // The entry declarations re-export tsc's output (export * from './src/index.js'): that must be in the tarball too.
  for (const t of Object.values(pkg.exports ?? {}).flatMap((e) => (typeof e === 'object' && e.types ? [e.types] : []))) {
    const file = join(dir, t);
    if (!existsSync(file)) continue; // reported above as missing from the tarball
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)\.js'/g)) {
      const target = join(dirname(t), `${spec}.d.ts`).replace(/^\.\//, '');
      if (!files.has(target)) fail(`${name}: ${t} re-exports ${target}, which the tarball does not have (did tsc run?)`);
    }
  }
  for (const f of files)
    if (FORBIDDEN.some((re) => re.test(f))) fail(`${name}: the tarball contains ${f} (tests, stories and fixtures stay out)`);
  if (!existsSync(join(dir, 'LICENSE')) || readFileSync(join(dir, 'LICENSE'), 'utf8') !== rootLicense)
    fail(`${name}: ${relative(repoRoot, join(dir, 'LICENSE'))} differs from the root LICENSE`);
  if (!(pkg.files ?? []).includes('LICENSE')) fail(`${name}: "files" does not list LICENSE`);
  for (const key of ['license', 'repository', 'homepage', 'bugs', 'author', 'keywords'])
    if (!pkg[key]) fail(`${name}: package.json has no "${key}"`);
  const conds = JSON.stringify(pkg.exports ?? {});
  if (/"development"\s*:/.test(conds)) fail(`${name}: a public "development" export condition (consumer tools turn it on)`);
  rows.push([name, info.version, info.size, info.unpackedSize, info.entryCount]);
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('\n[release] npm pack --dry-run (what npm would publish)');
console.log(['package'.padEnd(30), 'version'.padEnd(8), 'tarball'.padStart(10), 'unpacked'.padStart(10), 'files'.padStart(6)].join('  '));
for (const [n, v, s, u, c] of rows)
  console.log([n.padEnd(30), v.padEnd(8), kB(s).padStart(10), kB(u).padStart(10), String(c).padStart(6)].join('  '));
const total = rows.reduce((a, r) => a + r[2], 0);
console.log(`${'total'.padEnd(40)}  ${kB(total).padStart(10)}`);

if (!rows.length) fail('no public package found');
if (failures.length) {
  console.error(`\n[release] ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\n[release] ${rows.length} packages ready: LICENSE, README, types, manifests present; no tests, stories or fixtures.`);
