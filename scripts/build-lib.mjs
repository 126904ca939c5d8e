// Shared Vite settings for the repo: one place for the TypeScript/decorator transform, the private
// `opencasework:source` resolve condition (so `@opencasework/*` resolve to their src/ in dev tools), and library-mode builds.
// Used by packages/*/vite.config.ts, bench/run.mjs and .storybook/main.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Resolve conditions for dev tools (dev server, Storybook, benchmarks): each package's `opencasework:source` export
 * (src/); `development` for third-party packages (Lit's development build and its warnings). */
export const devConditions = ['opencasework:source', 'development', 'module', 'browser'];

/** Vite config fragment for dev tools that load our packages from source. */
export function devViteConfig() {
  return {
    oxc: oxcOptions,
    resolve: { conditions: devConditions },
    optimizeDeps: { exclude: ['@opencasework/core'] },
  };
}

/**
 * Resolves `@opencasework/<pkg>` and `@opencasework/<pkg>/<sub>` to that package's `opencasework:source` export (its
 * src/) without turning on the `development` condition for anything else, so lit and the rest load their production
 * builds. For benchmarks: Lit's development build does extra checking and would skew the figures.
 */
export function workspaceSourcePlugin() {
  return {
    name: 'cw-workspace-source',
    enforce: 'pre',
    resolveId(id) {
      const m = /^@opencasework\/([^/]+)(\/.*)?$/.exec(id);
      if (!m) return null;
      const pkgDir = join(repoRoot, 'packages', m[1]);
      if (!existsSync(join(pkgDir, 'package.json'))) return null;
      const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
      const entry = pkg.exports?.[m[2] ? `.${m[2]}` : '.'];
      const target = typeof entry === 'object' ? entry['opencasework:source'] : undefined;
      return target ? join(pkgDir, target) : null;
    },
  };
}

/** Vite config fragment for benchmarks: our packages from src/, every dependency in its production build. */
export function benchViteConfig() {
  return {
    oxc: oxcOptions,
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [workspaceSourcePlugin()],
    optimizeDeps: { exclude: ['@opencasework/core'] },
  };
}

/** Bare imports that stay external in library builds (consumers bring them once). */
export const externals = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^idb($|\/)/, /^@opencasework\//];

/** Also external: everything a package lists in dependencies / peerDependencies (e.g. react for @opencasework/react). */
function isExternal(id, pkg) {
  if (externals.some((re) => re.test(id))) return true;
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return names.some((n) => id === n || id.startsWith(`${n}/`));
}

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
  const name = relative(repoRoot, pkgDir);
  if (!entries.index) {
    console.error(`${name}: no src/index.ts yet, nothing to build.`);
    process.exit(1);
  }
  ensureWorkspaceDepsBuilt(pkgDir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  return {
    root: pkgDir,
    configFile: false,
    logLevel: 'warn',
    oxc: oxcOptions,
    // Library builds must not pick the `opencasework:source` (src) export of a dependency: those are external anyway.
    resolve: { conditions: ['module', 'browser', 'production'] },
    publicDir: false,
    // core's VERSION (src/version.ts): the packages are released together, so each build writes in its own version.
    define: { __OPENCASEWORK_VERSION__: JSON.stringify(pkg.version) },
    plugins: [typeEntryStubs(pkgDir, entries), cssLiterals()],
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
        external: (id) => isExternal(id, pkg),
        output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/**
 * The CSS in a package's `css` tagged templates without its comments and indentation. A consumer's minifier leaves a
 * template literal as it is, so every comment and indent in our styles reached every page (core's tokens alone carried
 * 1.3 kB of comments). Only what CSS reads as nothing or as whitespace goes: a comment becomes its line breaks (or one
 * space), and spaces around a line break go; every line break is kept, so the source map stays right line by line
 * (the plugin returns `map: null`). A `${...}` inside the template is left as it is.
 */
export function stripCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const out = body
      .split(/(\$\{[^{}]*\})/)
      .map((part, i) =>
        i % 2 ? part : part.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '') || ' ').replace(/[ \t]*\n[ \t]*/g, '\n'),
      )
      .join('');
    return `css\`${out}\``;
  });
}

function cssLiterals() {
  return {
    name: 'cw-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const next = stripCssLiterals(code);
      return next === code ? null : { code: next, map: null };
    },
  };
}

/**
 * tsc (tsconfig.build.json, rootDir ".") writes declarations to dist/types/src/... and dist/types/sample/...;
 * package.json "exports" point at dist/types/<entry>.d.ts. This writes those small re-exporting entry files
 * after Vite has emptied dist.
 */
function typeEntryStubs(pkgDir, entries) {
  return {
    name: 'cw-type-entry-stubs',
    apply: 'build',
    closeBundle() {
      const typesDir = join(pkgDir, 'dist/types');
      mkdirSync(typesDir, { recursive: true });
      for (const [entry, file] of Object.entries(entries)) {
        const target = relative(pkgDir, file).replace(/\\/g, '/').replace(/\.ts$/, '.js');
        writeFileSync(join(typesDir, `${entry}.d.ts`), `export * from './${target}';\n`);
      }
    },
  };
}

/** The @opencasework/* packages a package depends on, as their folders. */
export function workspaceDeps(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const deps = { ...pkg.dependencies, ...pkg.peerDependencies };
  return Object.keys(deps)
    .filter((d) => d.startsWith('@opencasework/'))
    .map((d) => join(repoRoot, 'packages', d.slice('@opencasework/'.length)))
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

/**
 * The declaration step of a component (tsc) reads @opencasework/core's built declarations, as a consumer would.
 * When a package is built on its own (npm run build -w packages/x) on a fresh checkout, build those first.
 */
function ensureWorkspaceDepsBuilt(pkgDir) {
  for (const dep of workspaceDeps(pkgDir)) {
    if (existsSync(join(dep, 'dist/types/index.d.ts')) && existsSync(join(dep, 'dist/index.js'))) continue;
    console.log(`${relative(repoRoot, pkgDir)}: building ${relative(repoRoot, dep)} first (its dist is missing)`);
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', relative(repoRoot, dep)], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
}
