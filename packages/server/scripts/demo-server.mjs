// The two-user demo page (development only): static files and the pane's bundle, built from the sources.
// Used by `npm run server` (scripts/run.mjs) and the demo's browser test.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const dir = new URL('..', import.meta.url).pathname;

/** The two-user demo page: static files and the pane's bundle (built here from the sources). */
export async function serveDemo(port, api) {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [`${dir}demo/pane.mjs`],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    conditions: ['opencasework:source'],
    logLevel: 'warning',
  });
  const files = {
    '/': ['text/html', readFileSync(`${dir}demo/index.html`, 'utf8').replaceAll('pane.html?', `pane.html?api=${encodeURIComponent(api)}&`)],
    '/pane.html': ['text/html', readFileSync(`${dir}demo/pane.html`, 'utf8')],
    '/demo.css': ['text/css', readFileSync(`${dir}demo/demo.css`, 'utf8')],
    '/pane.js': ['text/javascript', out.outputFiles[0].text],
  };
  const server = createServer((req, res) => {
    const f = files[new URL(req.url, 'http://x').pathname];
    if (!f) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': `${f[0]}; charset=utf-8`, 'X-Content-Type-Options': 'nosniff' }).end(f[1]);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
