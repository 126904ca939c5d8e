#!/usr/bin/env node
// Writes packages/core/sample/case-bundle.json and team-board.json from the TypeScript sample
// (packages/core/sample/index.ts), so plain-HTML hosts and the docs can use the same data.
// `node scripts/gen-sample.mjs --check` exits 1 if the checked-in JSON differs from a fresh build.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const dir = await mkdtemp(join(tmpdir(), 'cw-sample-'));
try {
  const out = join(dir, 'sample.mjs');
  await build({
    entryPoints: [join(root, 'packages/core/sample/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const { sampleCase, sampleBoard } = await import(pathToFileURL(out).href);
  const files = [
    ['packages/core/sample/case-bundle.json', sampleCase],
    ['packages/core/sample/team-board.json', sampleBoard],
  ];
  let stale = 0;
  for (const [rel, value] of files) {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const path = join(root, rel);
    if (check) {
      const current = await readFile(path, 'utf8').catch(() => null);
      if (current !== text) {
        stale++;
        console.error(`${rel} is out of date: run "node scripts/gen-sample.mjs" and commit the result.`);
      }
    } else {
      await writeFile(path, text);
      console.log(`wrote ${rel} (${(text.length / 1024).toFixed(0)} KB)`);
    }
  }
  if (stale) process.exitCode = 1;
  else if (check) console.log('Sample JSON files are up to date.');
} finally {
  await rm(dir, { recursive: true, force: true });
}
