// The no-build distribution (@opencasework/bundle): the plain HTML example, which loads one prebuilt bundle with one
// <script type="module" src> and no import map, renders the sample case; the bundles carry their version for the
// define helper's check. Needs `npm run build` (packages/bundle/dist).
import { expect, waitUntil } from '@open-wc/testing';

const EXAMPLE = '/examples/html/index.html';

async function loadFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('no-build HTML example (@opencasework/bundle)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('has one module script with a src and no import map', async () => {
    const html = await (await fetch(EXAMPLE)).text();
    expect(html).not.to.include('importmap');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // (The test server injects its own /__web-dev-server… script into pages it serves.)
    const scripts = [...doc.querySelectorAll('script')].filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));
    expect(scripts.map((s) => [s.type, s.getAttribute('src')])).to.deep.equal([['module', './main.js']]);
    // main.js imports prebuilt files only: no bare specifiers for a browser to fail on.
    const main = await (await fetch('/examples/html/main.js')).text();
    const base = new URL('/examples/html/main.js', location.href);
    const imported = [...main.matchAll(/from\s*["']([^"'?]+)/g)].map((m) => new URL(m[1]!, base).pathname);
    expect(imported).to.deep.equal(['/packages/bundle/dist/opencasework.js', '/packages/bundle/dist/sample.js']);
  });

  it('renders every component on the sample case', async () => {
    frame = await loadFrame(EXAMPLE);
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await waitUntil(() => win.customElements.get('cw-chronology') && doc.getElementById('issues')?.textContent, 'bundle loaded', {
      timeout: 20000,
    });
    expect(doc.getElementById('issues')!.textContent).to.equal('0 data issues');
    for (const tag of [
      'cw-case',
      'cw-chronology',
      'cw-genogram',
      'cw-family-network',
      'cw-safety-plan',
      'cw-blockage-board',
      'cw-error-summary',
    ])
      expect(win.customElements.get(tag), tag).to.be.a('function');
    const chronology = doc.querySelector('cw-chronology')!;
    await waitUntil(() => (chronology.shadowRoot?.querySelectorAll('tr[role=row][data-event]').length ?? 0) > 0, 'chronology rows', {
      timeout: 20000,
    });
    const genogram = doc.querySelector('cw-genogram')!;
    await waitUntil(() => (genogram.shadowRoot?.textContent ?? '').trim().length > 0, 'genogram rendered', { timeout: 20000 });
    const safety = doc.querySelector('cw-safety-plan')!;
    await waitUntil(() => (safety.shadowRoot?.textContent ?? '').trim().length > 0, 'safety plan rendered', { timeout: 20000 });
    // The GOV.UK theme file from the bundle's themes/ loaded.
    const sheet = [...doc.styleSheets].find((s) => s.href?.endsWith('/packages/bundle/dist/themes/govuk.css'));
    expect(sheet, 'theme stylesheet').to.exist;
  });

  it('knows its version: a second, different version of an element warns once, without case data', async () => {
    const { version } = (await (await fetch('/packages/bundle/package.json')).json()) as { version: string };
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const load = (url: string) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
      const own = await load('/packages/bundle/dist/chronology.js');
      const first = customElements.get('cw-chronology');
      expect(first).to.equal(own.CwChronology);
      // A second copy of the same version (another module instance): silent.
      await load(`/packages/bundle/dist/chronology.js?copy=${Date.now()}`);
      expect(warnings).to.deep.equal([]);
      // Another version of the same bundle on the page: this build's version literal replaced, loaded from a blob.
      const text = await (await fetch('/packages/bundle/dist/chronology.js')).text();
      expect(text).to.include(JSON.stringify(version));
      const older = text.replaceAll(JSON.stringify(version), JSON.stringify('0.0.1-older'));
      const url = URL.createObjectURL(new Blob([older], { type: 'text/javascript' }));
      await load(url);
      await load(`${url}#again`);
      URL.revokeObjectURL(url);
      expect(customElements.get('cw-chronology')).to.equal(first, 'the first definition wins');
      expect(warnings).to.have.length(1, 'one warning for the page');
      expect(warnings[0]).to.have.length(1);
      const message = String(warnings[0]![0]);
      expect(message).to.include('<cw-case>');
      expect(message).to.include(version);
      expect(message).to.include('0.0.1-older');
    } finally {
      console.warn = originalWarn;
    }
  });
});
