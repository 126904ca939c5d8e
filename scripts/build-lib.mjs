// Shared Vite settings for the repo: one place for the TypeScript/decorator transform, the `development`
// resolve condition (so `@opencasework/*` resolve to their src/ in dev tools), and library-mode builds.
// Used by packages/*/vite.config.ts, bench/run.mjs and .storybook/main.ts.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Oxc transform options matching tsconfig.json: legacy (experimental) decorators and
 * `useDefineForClassFields: false` (class fields become assignments, so Lit's reactive accessors are not shadowed).
 */
export const oxcOptions = {
  target: 'es2022',
  decorator: { legacy: true },
  assumptions: { setPublicClassFields: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
};

/** Resolve conditions for dev tools (dev server, Storybook, benchmarks): prefer each package's `development` export (src/). */
export const devConditions = ['development', 'module', 'browser'];

/** Vite config fragment for dev tools that load our packages from source. */
export function devViteConfig() {
  return {
    oxc: oxcOptions,
    resolve: { conditions: devConditions },
    optimizeDeps: { exclude: ['@opencasework/core'] },
  };
}

/** Bare imports that stay external in library builds (consumers bring them once). */
export const externals = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^idb($|\/)/, /^@opencasework\//];

/** The library entries of a package: src/index.ts, src/define.ts and, for core, sample/index.ts. */
export function libraryEntries(pkgDir) {
  const entries = {};
  if (existsSync(join(pkgDir, 'src/index.ts'))) entries.index = join(pkgDir, 'src/index.ts');
  if (existsSync(join(pkgDir, 'src/define.ts'))) entries.define = join(pkgDir, 'src/define.ts');
  if (existsSync(join(pkgDir, 'sample/index.ts'))) entries.sample = join(pkgDir, 'sample/index.ts');
  return entries;
}

/**
 * The Vite config for one package's library build (ES modules only, dist/<entry>.js, dependencies external).
 * `packages/<pkg>/vite.config.ts` is `export default libraryConfig(import.meta.url)`.
 */
export function libraryConfig(configUrl) {
  const pkgDir = dirname(fileURLToPath(configUrl));
  const entries = libraryEntries(pkgDir);
  return {
    root: pkgDir,
    configFile: false,
    logLevel: 'warn',
    oxc: oxcOptions,
    // Library builds must not pick the `development` (src) export of a dependency: those are external anyway.
    resolve: { conditions: ['module', 'browser', 'production'] },
    publicDir: false,
    build: {
      outDir: join(pkgDir, 'dist'),
      emptyOutDir: true, // vite runs first and clears dist; tsc then writes dist/types
      target: 'es2022',
      minify: false, // consumers minify; readable output is easier to audit
      sourcemap: true,
      lib: {
        entry: entries,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: (id) => externals.some((re) => re.test(id)),
        output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}
