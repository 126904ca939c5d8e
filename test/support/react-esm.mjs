// Serves React (which ships CommonJS only) to the browser tests as ES modules: one esbuild bundle holds react,
// react-dom and the JSX runtime together (so there is exactly one React), and a small module per entry re-exports
// its names. Only the tests that mount the React example use it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const ENTRIES = {
  react: 'React',
  'react/jsx-runtime': 'JsxRuntime',
  'react/jsx-dev-runtime': 'JsxDevRuntime',
  'react-dom': 'ReactDom',
  'react-dom/client': 'ReactDomClient',
};
const PREFIX = '/__react/';
const fileOf = (name) => `${PREFIX}${name.replace(/\//g, '__')}.js`;

let allPromise;
const bundleAll = () =>
  (allPromise ??= build({
    stdin: {
      contents: Object.entries(ENTRIES)
        .map(([m, n]) => `export * as ${n} from '${m}';`)
        .join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((r) => r.outputFiles[0].text));

// The export names, read in a separate Node process: loading React inside the test runner would let it patch the
// runner's console.
const namesOf = (name) =>
  JSON.parse(
    execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`], {
      encoding: 'utf8',
    }),
  );

function shim(name) {
  const names = namesOf(name).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
  const ns = ENTRIES[name];
  return (
    `import { ${ns} as ns } from '${PREFIX}all.js';\nconst m = ns.default ?? ns;\n` +
    `export const { ${names.join(', ')} } = m;\nexport default m;\n`
  );
}

export function reactEsm() {
  return {
    name: 'cw-react-esm',
    resolveImport({ source }) {
      if (source in ENTRIES) return fileOf(source);
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === `${PREFIX}all.js`) return { body: await bundleAll(), type: 'js' };
      const name = Object.keys(ENTRIES).find((n) => fileOf(n) === context.path);
      return name ? { body: shim(name), type: 'js' } : undefined;
    },
  };
}
