#!/usr/bin/env node
// Checks that the built declarations (dist/types) work for a consumer: a temporary project that installs the
// packages by symlink (as npm would) and imports every entry of every built package, type-checked with
// skipLibCheck off and without this repo's "paths". Run after the build (build-packages.mjs does).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './build-lib.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cw-consumer-'));
try {
  const nm = join(dir, 'node_modules');
  mkdirSync(join(nm, '@opencasework'), { recursive: true });
  const lines = [];
  for (const d of readdirSync(join(repoRoot, 'packages'))) {
    const pkgDir = join(repoRoot, 'packages', d);
    if (!existsSync(join(pkgDir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    symlinkSync(pkgDir, join(nm, pkg.name), 'dir');
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      if (typeof target !== 'object' || !target.types) continue;
      if (!existsSync(join(pkgDir, target.types))) continue; // not built (skipped)
      const spec = sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`;
      lines.push(`export * as m${lines.length} from '${spec}';`);
    }
  }
  // Dependencies the declarations refer to, from the repo's node_modules.
  for (const dep of ['lit', 'lit-html', 'lit-element', '@lit', 'zod', 'idb', 'react', '@types', 'vue', '@vue', 'csstype']) {
    const src = join(repoRoot, 'node_modules', dep);
    if (existsSync(src) && !existsSync(join(nm, dep))) symlinkSync(src, join(nm, dep), 'dir');
  }
  lines.push("const el: HTMLElement = document.createElement('cw-case');", 'export { el };');
  writeFileSync(join(dir, 'index.ts'), lines.join('\n') + '\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
          jsx: 'react-jsx',
        },
        include: ['index.ts'],
      },
      null,
      2,
    ),
  );
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir, stdio: 'pipe' });
    console.log(`[types] a consumer project type-checks against ${lines.length - 2} built entries (skipLibCheck off).`);
  } catch (err) {
    console.error(`[types] the built declarations do not type-check for a consumer:\n${err.stdout}${err.stderr}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
