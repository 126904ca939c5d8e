import { expect } from '@open-wc/testing';
import type { CspLive, CspResult } from './csp/page.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

/** Every element in a document, through open shadow roots. */
function* deepElements(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}
const deepText = (root: Document | ShadowRoot): string =>
  [...deepElements(root)].map((el) => (el.shadowRoot ? (el.shadowRoot.textContent ?? '') : '')).join(' ') + (root.textContent ?? '');

async function loadPage(): Promise<{ win: Window & { __cspResult?: CspResult; __cspLive?: CspLive; __inline?: number }; doc: Document }> {
  const iframe = document.createElement('iframe');
  iframe.src = '/test/csp/page.html';
  iframe.style.width = '1200px';
  iframe.style.height = '800px';
  document.body.append(iframe);
  await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  const win = iframe.contentWindow as Window & { __cspResult?: CspResult };
  const started = Date.now();
  while (!win.__cspResult && Date.now() - started < 90_000) await new Promise((r) => setTimeout(r, 100));
  return { win, doc: iframe.contentDocument! };
}

describe('strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(120_000);
  let page: Awaited<ReturnType<typeof loadPage>>;
  before(async () => {
    page = await loadPage();
  });

  it('serves the test page with the strict policy', async () => {
    const res = await fetch('/test/csp/page.html');
    expect(res.headers.get('content-security-policy')).to.equal(STRICT);
  });

  it('enforces the policy: an inline script injected into the page does not run', async () => {
    const { win, doc } = page;
    const s = doc.createElement('script');
    try {
      s.textContent = 'window.__inline = 1';
    } catch {
      /* Trusted Types refused the assignment: also a pass */
    }
    doc.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__inline).to.equal(undefined);
  });

  it('renders every component with the sample, hostile and 1 MB data, with no violation and no script run', () => {
    const r = page.win.__cspResult!;
    expect(r, 'the page finished').to.exist;
    expect(r.errors).to.deep.equal([]);
    expect(r.violations).to.deep.equal([]);
    expect(r.pwned).to.deep.equal([]);
    for (const label of ['sample', 'hostile', 'huge']) {
      for (const tag of [
        'cw-chronology',
        'cw-genogram',
        'cw-family-network',
        'cw-safety-plan',
        'cw-blockage-board',
        'cw-case',
        'cw-documents',
        'cw-quick-note',
      ]) {
        expect(r.rendered).to.include(`${tag}:${label}`);
      }
    }
    // The document shelf with stored files: each preview opened (picture, markup text, PDF, empty, missing).
    expect(r.rendered).to.include('cw-documents:files');
  });

  it('<cw-quick-note>: consent, typing, dictation, a photo from a file and Save into a store, with no violation', () => {
    const r = page.win.__cspResult!;
    expect(r.rendered).to.include('cw-quick-note:saved');
    const q = r.quickNote!;
    expect(q.consentGated, 'no photo or dictation before consent').to.equal(true);
    expect(q.dictated).to.equal('Home visit. <img src=x onerror=alert(1)> Tyler showed me his room.');
    expect(q.thumbnailDrawn).to.equal(true);
    expect(q.status).to.match(/^Saved to the chronology: Visit: .+ seen alone$/);
    expect(q.entryTitle).to.match(/^Visit: .+ seen alone$/);
    expect(q.documents).to.have.length(1);
    const d = q.documents[0]!;
    expect(d.title).to.equal('<img src=x onerror=alert(1)>.jpg');
    expect(d.mediaType).to.equal('image/jpeg');
    expect(d.size).to.be.greaterThan(100);
    expect(d.stored).to.equal(d.size);
    // The snapshot's violations (checked above as empty) include everything the note did.
    expect(r.violations).to.deep.equal([]);
    expect(r.pwned).to.deep.equal([]);
  });

  it('shows hostile strings as text: no injected elements, handlers or javascript: links', () => {
    const all = [...deepElements(page.doc)];
    // (instanceof would compare against this window's ShadowRoot class, not the frame's)
    const shadowed = all.filter((el) => el.getRootNode().nodeType === Node.DOCUMENT_FRAGMENT_NODE);
    expect(shadowed.length, 'components rendered into their shadow roots').to.be.greaterThan(100);
    expect(shadowed.filter((el) => el.localName === 'script')).to.have.length(0);
    expect(all.filter((el) => el.localName === 'img' && el.getAttribute('src') === 'x')).to.have.length(0);
    const handlers = all.flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${el.localName}[${a.name}]`),
    );
    expect(handlers).to.deep.equal([]);
    const jsLinks = all.filter(
      (el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '') || /^\s*javascript:/i.test(el.getAttribute('xlink:href') ?? ''),
    );
    expect(jsLinks.map((el) => el.outerHTML.slice(0, 80))).to.deep.equal([]);
    const text = deepText(page.doc);
    expect(text).to.include('<img src=x onerror=alert(1)>');
  });

  it('every export of every component makes its file (or prints, or copies) with no violation', async () => {
    const { win, doc } = page;
    const live = win.__cspLive!;
    const from = live.violations.length; // the injection test above adds its own (expected) violation
    const [downloads, prints, copies] = [live.downloads.length, live.prints, live.copies];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const until = async (ok: () => boolean, what: string) => {
      const t0 = Date.now();
      while (!ok() && Date.now() - t0 < 20_000) await sleep(50);
      expect(ok(), what).to.equal(true);
    };
    type El = HTMLElement & { updateComplete: Promise<unknown>; view?: string };
    const el = (tag: string, label: string) => doc.querySelector<El>(`${tag}[data-case="${label}"]`)!;
    const click = async (host: El, selector: string, what: string) => {
      const button = host.shadowRoot!.querySelector<HTMLButtonElement>(selector);
      expect(button, `${what}: the button is there`).to.exist;
      button!.click();
      await host.updateComplete;
    };
    const made: string[] = [];
    for (const label of ['sample', 'hostile']) {
      const files = () => live.downloads.length;
      let n = files();
      const genogram = el('cw-genogram', label);
      await click(genogram, 'button[data-export="svg"]', 'genogram SVG');
      await until(() => files() === n + 1, `genogram SVG (${label}) saved`);
      await click(genogram, 'button[data-export="png"]', 'genogram PNG');
      await until(() => files() === n + 2, `genogram PNG (${label}) saved`);
      const chronology = el('cw-chronology', label);
      await click(chronology, 'button[data-action="csv"]', 'chronology CSV');
      await until(() => files() === n + 3, `chronology CSV (${label}) saved`);
      await click(chronology, 'button[data-action="copy"]', 'chronology copy');
      await until(() => live.copies === copies + (label === 'sample' ? 1 : 2), `chronology copied (${label})`);
      n = live.prints;
      await click(chronology, 'button[data-action="print"]', 'chronology print');
      await until(() => live.prints === n + 1, `chronology printed (${label})`);
      const plan = el('cw-safety-plan', label);
      await click(plan, 'button[data-action="print-family"]', 'safety plan, family version');
      await until(() => live.prints === n + 2, `safety plan (family) printed (${label})`);
      await click(plan, 'button[data-action="print-professional"]', 'safety plan, professional version');
      await until(() => live.prints === n + 3, `safety plan (professional) printed (${label})`);
      const network = el('cw-family-network', label);
      network.view = 'contacts';
      await network.updateComplete;
      await click(network, 'button[data-print]', 'network contact sheet');
      await until(() => live.prints === n + 4, `network contact sheet printed (${label})`);
      const board = el('cw-blockage-board', label);
      const [csv, print] = Array.from(board.shadowRoot!.querySelectorAll<HTMLButtonElement>('.exports button'));
      expect(csv && print, 'the board has its two exports').to.be.ok;
      const f = files();
      csv!.click();
      await until(() => files() === f + 1, `board CSV (${label}) saved`);
      print!.click();
      await until(() => live.prints === n + 5, `board printed (${label})`);
      made.push(label);
    }
    expect(made).to.deep.equal(['sample', 'hostile']);
    expect(live.violations.slice(from), 'no violation from any export').to.deep.equal([]);
    expect(live.prints - prints).to.equal(10);
    expect(live.copies - copies).to.equal(2);
    const saved = live.downloads.slice(downloads);
    await until(() => saved.every((d) => d.head.length > 0), 'every file has content');
    expect(saved.filter((d) => d.type.startsWith('image/')).every((d) => d.name.startsWith('genogram-'))).to.equal(true);
    for (const d of saved) {
      // File names from data are safe: letters, digits, '-' and '_', one extension; never markup or a path.
      expect(d.name, 'a safe file name').to.match(/^[\p{L}\p{M}\p{N}_-]{1,80}\.(svg|png|csv)$/u);
      expect(d.size, `${d.name} has content`).to.be.greaterThan(100);
    }
    const kinds = saved.map((d) => `${d.name.split('.').pop()} ${d.type.split(';')[0]}`);
    expect(kinds).to.deep.equal([
      'svg image/svg+xml',
      'png image/png',
      'csv text/csv',
      'csv text/csv',
      'svg image/svg+xml',
      'png image/png',
      'csv text/csv',
      'csv text/csv',
    ]);
    const pngs = saved.filter((d) => d.type === 'image/png');
    for (const p of pngs) expect(p.head).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const svg = saved.find((d) => d.type === 'image/svg+xml')!;
    expect(svg.head.slice(0, 4)).to.deep.equal([60, 115, 118, 103]); // "<svg"
  });
});
