// Builds the server with esbuild: core's parser and change rules are bundled in from their source (the browser
// components are left out by tree-shaking); fastify, pg and jose stay runtime dependencies.
import { build } from 'esbuild';
import process from 'node:process';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['opencasework:source'],
  external: ['fastify', 'pg', 'jose'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('.', import.meta.url).pathname,
};
// No code splitting: the migrations are found relative to the bundle (dist/../migrations).
await build({ ...common, entryPoints: { server: 'src/server.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { main: 'src/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } });
// Declarations for the library entry (tsc, dist/types/src/...), unless only the tests' support is wanted.
if (!process.argv.includes('--no-types')) {
  const { execFileSync } = await import('node:child_process');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const dir = new URL('.', import.meta.url).pathname;
  execFileSync(
    process.execPath,
    [new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', 'tsconfig.build.json'],
    { cwd: dir, stdio: 'inherit' },
  );
  mkdirSync(`${dir}dist/types`, { recursive: true });
  writeFileSync(`${dir}dist/types/server.d.ts`, "export * from './src/server.js';\n");
}
// Test support: core's sample case and generators for node-test/ (not shipped).
if (process.argv.includes('--tests'))
  await build({ ...common, entryPoints: { support: 'node-test/support/sample-entry.mjs' }, outdir: 'node-test/dist', external: [] });
