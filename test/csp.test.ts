import { expect } from '@open-wc/testing';
import type { CspResult } from './csp/page.js';

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

async function loadPage(): Promise<{ win: Window & { __cspResult?: CspResult; __inline?: number }; doc: Document }> {
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
      for (const tag of ['cw-chronology', 'cw-genogram', 'cw-family-network', 'cw-safety-plan', 'cw-blockage-board', 'cw-case']) {
        expect(r.rendered).to.include(`${tag}:${label}`);
      }
    }
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
});
