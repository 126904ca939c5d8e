// The two-user demo (development only): the reference workspace itself (packages/workspace, every component, the
// summary and the tabs) on HttpCaseStore against the development server, Sam and Jo side by side; and the smaller
// chronology-only pane. Both are built here from the sources with esbuild. Used by `npm run server`
// (scripts/run.mjs) and the demo's browser tests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const dir = new URL('..', import.meta.url).pathname;
const root = new URL('../../../', import.meta.url).pathname;

async function bundle(entry) {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    conditions: ['opencasework:source'],
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/**
 * The workspace's own page (index.html at the root), pointed at the bundle built here and allowed to reach the API
 * (connect-src), with the same strict policy otherwise: scripts and styles from this origin only, nothing inline.
 */
function workspacePage(apiOrigin) {
  return readFileSync(`${root}index.html`, 'utf8')
    .replace('/packages/workspace/src/workspace.css', '/workspace.css')
    .replace('/packages/workspace/src/main.ts', '/workspace.js')
    .replace(/connect-src [^"]*"/, `connect-src 'self' ${apiOrigin}"`);
}

/** Serves the demo on 127.0.0.1:`port` for the API at `api` (its root, e.g. http://127.0.0.1:8787/api/v1; '' for a test that passes it per page). */
export async function serveDemo(port, api) {
  const [pane, workspace] = await Promise.all([bundle(`${dir}demo/pane.mjs`), bundle(`${root}packages/workspace/src/main.ts`)]);
  const withApi = (html) => html.replaceAll('{api}', encodeURIComponent(api));
  const files = {
    '/': ['text/html', withApi(readFileSync(`${dir}demo/index.html`, 'utf8'))],
    '/pane.html': ['text/html', readFileSync(`${dir}demo/pane.html`, 'utf8')],
    '/demo.css': ['text/css', readFileSync(`${dir}demo/demo.css`, 'utf8')],
    '/pane.js': ['text/javascript', pane],
    '/workspace.html': ['text/html', workspacePage(api ? new URL(api).origin : 'http://127.0.0.1:*')],
    '/workspace.css': ['text/css', readFileSync(`${root}packages/workspace/src/workspace.css`, 'utf8')],
    '/workspace.js': ['text/javascript', workspace],
  };
  const server = createServer((req, res) => {
    const f = files[new URL(req.url, 'http://x').pathname];
    if (!f) return res.writeHead(404).end();
    res
      .writeHead(200, {
        'Content-Type': `${f[0]}; charset=utf-8`,
        'X-Content-Type-Options': 'nosniff',
        // With the workspace page's own policy (its meta element, which also allows the API): nothing inline anywhere.
        'Content-Security-Policy': "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
      })
      .end(f[1]);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
