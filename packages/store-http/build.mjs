// Builds @opencasework/store-http for publishing: one ES module, with @opencasework/core and idb left as imports.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['@opencasework/core', 'idb'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('.', import.meta.url).pathname,
});

// Declarations (tsc, dist/types/src/...) and the entry that package.json "types" names.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import process from 'node:process';
const dir = new URL('.', import.meta.url).pathname;
execFileSync(process.execPath, [new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', 'tsconfig.build.json'], {
  cwd: dir,
  stdio: 'inherit',
});
mkdirSync(`${dir}dist/types`, { recursive: true });
writeFileSync(`${dir}dist/types/index.d.ts`, "export * from './src/index.js';\n");
