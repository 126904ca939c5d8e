import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryCaseStore } from '@opencasework/core';
import '@opencasework/chronology/define';
import type { CwDocuments } from '../src/documents.js';
import { $, $$, evansBundle, HOSTILE, manyDocuments, mountShelf, until } from './fixtures.js';

const titles = (el: Element) => $$(el, 'button[data-open]').map((b) => b.textContent.trim());
const openBy = async (el: CwDocuments, id: string) => {
  const b = $<HTMLButtonElement>(el, `button[data-open="${id}"]`);
  b.focus();
  b.click();
  await until(() => !!$(el, 'dialog')?.hasAttribute('open') && !$(el, 'dialog .preview-body .status'));
  await el.updateComplete;
  return b;
};
const deep = (root: Element | ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);

describe('<cw-documents>', () => {
  it('lists the documents by month, newest first, each naming its chronology entry, under real headings', async () => {
    const { el } = await mountShelf();
    expect($(el, 'h2').textContent).to.equal('Documents');
    expect($$(el, 'section.group > h3').map((h) => h.textContent.trim())).to.deep.equal([
      'February 2024',
      'January 2024',
      '2023, month not known',
    ]);
    expect(titles(el).slice(0, 3)).to.deep.equal([
      'Strategy discussion notes',
      'Police disclosure about Dean Morgan',
      'Photo of Mia’s bedroom',
    ]);
    const photo = $(el, 'li[data-doc="d-photo"]');
    expect(photo.querySelector('button[data-entry="c2"]')!.textContent).to.equal('Show entry: Home visit: Mia seen in her room');
    // The report whose entry no longer exists is kept, linked to nothing.
    expect($(el, 'li[data-doc="d-orphan"] .entry.none').textContent).to.equal('Not linked to an entry');
    expect($(el, '.counts').textContent).to.equal('11 documents');
  });

  it('shows a markup title and text file as text, and never links a javascript: address', async () => {
    const { el } = await mountShelf();
    expect(titles(el)).to.include(HOSTILE);
    const all = deep(el.shadowRoot!);
    expect(all.filter((e) => e.localName === 'img' || e.localName === 'script')).to.have.length(0);
    expect(all.some((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)))).to.equal(false);
    expect($(el, 'li[data-doc="d-js"] .meta').textContent).to.include('Paper record, no file');
    await openBy(el, 'd-hostile');
    expect($(el, 'pre.text').textContent).to.equal('<img src=x onerror=alert(3)>');
    expect(deep(el.shadowRoot!).filter((e) => e.localName === 'img')).to.have.length(0);
  });

  it('lists what was wrong with the documents given (a refused address, a missing entry) in its error summary', async () => {
    const el = await fixture<CwDocuments>(
      html`<cw-documents .bundle=${evansBundle({ photo: 'a', pdf: 'b', text: 'c', empty: 'd', hostile: 'e' })}></cw-documents>`,
    );
    const summary = el.shadowRoot!.querySelector<HTMLElement & { issues: { id: string }[] }>('cw-error-summary')!;
    expect(summary.issues.map((i) => i.id)).to.have.members(['d-js', 'd-orphan']);
    expect($(el, 'li[data-doc="d-js"] .meta').textContent).to.include('Paper record, no file');
  });

  it('draws a thumbnail of a stored picture and previews it; Escape closes the preview and gives focus back', async () => {
    const { el } = await mountShelf();
    await until(() => $(el, 'canvas[data-thumb]')?.dataset.drawn !== undefined);
    const thumb = $<HTMLCanvasElement>(el, 'canvas[data-thumb]');
    const px = (c: HTMLCanvasElement, x: number, y: number) => [...c.getContext('2d')!.getImageData(x, y, 1, 1).data];
    // 40 x 30 drawn centred in 128 x 96: red at the left of the picture, blue at its right.
    expect(px(thumb, 30, 48)[0]).to.be.greaterThan(150);
    expect(px(thumb, 98, 48)[2]).to.be.greaterThan(150);
    const button = await openBy(el, 'd-photo');
    expect($(el, 'dialog h2').textContent).to.equal('Photo of Mia’s bedroom');
    const pic = $<HTMLCanvasElement>(el, 'canvas[data-preview]');
    expect(pic.getAttribute('role')).to.equal('img');
    expect(pic.getAttribute('aria-label')).to.equal('Picture: Photo of Mia’s bedroom');
    expect(px(pic, 5, 15)[0]).to.be.greaterThan(150);
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog'));
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement === button);
  });

  it('offers a stored PDF to open or download by default (a strict CSP refuses blob: frames), and frames a PDF the host serves', async () => {
    const { el } = await mountShelf();
    await openBy(el, 'd-letter');
    expect($(el, 'dialog iframe')).to.equal(null);
    const links = $$<HTMLAnchorElement>(el, 'dialog .actions a');
    expect(links.map((a) => [a.textContent, a.target, a.rel, a.hasAttribute('download')])).to.deep.equal([
      ['Open in a new tab', '_blank', 'noopener noreferrer', false],
      ['Download', '', '', true],
    ]);
    expect(links[0]!.href).to.match(/^blob:/);
    $<HTMLButtonElement>(el, 'button[data-action="close"]').click();
    await until(() => !$(el, 'dialog'));
    await openBy(el, 'd-orphan');
    const frame = $<HTMLIFrameElement>(el, 'iframe.pdf');
    expect(frame.getAttribute('sandbox')).to.equal('');
    expect(new URL(frame.src).pathname).to.equal('/reports/hv-1.pdf');
  });

  it('with frame-files, previews a stored PDF in a frame that may run no script, and revokes its object URL on close', async () => {
    const { el } = await mountShelf();
    el.frameFiles = true;
    await openBy(el, 'd-letter');
    const frame = $<HTMLIFrameElement>(el, 'iframe.pdf');
    expect(frame.getAttribute('sandbox')).to.equal('');
    expect(frame.title).to.equal('PDF: Letter to Kerry Evans about the visit');
    const src = frame.src;
    expect(src).to.match(/^blob:/);
    expect($(el, '.actions a[download]')).to.exist;
    expect((await fetch(src)).ok).to.equal(true);
    // WebKit still serves a revoked URL that a frame loaded, so the revocation itself is watched.
    const revoked: string[] = [];
    const original = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      original(url);
    };
    try {
      $<HTMLButtonElement>(el, 'button[data-action="close"]').click();
      await until(() => !$(el, 'dialog'));
    } finally {
      URL.revokeObjectURL = original;
    }
    expect(revoked, 'the object URL was revoked').to.deep.equal([src]);
  });

  it('says plainly when a file is empty, no longer held, or a paper record', async () => {
    const { el } = await mountShelf();
    const cases: [string, string][] = [
      ['d-empty', 'This file is empty (0 bytes).'],
      ['d-gone', 'This file is no longer held on this device. Ask for it to be added again.'],
      ['d-paper', 'No file is held for this document: it is a record of a paper document.'],
    ];
    for (const [id, text] of cases) {
      await openBy(el, id);
      expect($(el, 'dialog .notice').textContent, id).to.equal(text);
      $<HTMLButtonElement>(el, 'button[data-action="close"]').click();
      await until(() => !$(el, 'dialog'));
    }
    // The missing picture has no thumbnail: its kind stands in.
    expect($(el, 'li[data-doc="d-gone"] .kind-badge').textContent).to.equal('Drawing');
  });

  it('previews text as text', async () => {
    const { el } = await mountShelf();
    await openBy(el, 'd-note');
    expect($(el, 'pre.text').textContent).to.equal('Present: Jay, Kerry.\nJay said he felt safe at Nan’s house.');
  });

  it('withholds restricted documents in the redacted version, saying how many', async () => {
    const { el } = await mountShelf({ audience: 'redacted' });
    expect(titles(el)).not.to.include('Police disclosure about Dean Morgan');
    expect(titles(el)).not.to.include('Strategy discussion notes');
    expect(el.shadowRoot!.textContent).not.to.include('Dean');
    expect($(el, '.notice.withheld').textContent).to.equal(
      '2 documents are withheld in this version (restricted or third-party information).',
    );
    expect(el.openDocument('d-police')).to.equal(false);
    expect($(el, 'cw-error-summary')).to.equal(null);
  });

  it('the anonymised version replaces names and shows no file contents', async () => {
    const { el } = await mountShelf({ audience: 'anonymised' });
    const text = el.shadowRoot!.textContent;
    for (const name of ['Mia', 'Kerry', 'Jay ', 'Evans', 'Dean']) expect(text, name).not.to.include(name);
    expect($$(el, 'canvas')).to.have.length(0);
    await openBy(el, 'd-photo');
    expect($(el, 'dialog .notice').textContent).to.include('not shown in the anonymised version');
    expect($$(el, 'dialog canvas, dialog iframe')).to.have.length(0);
  });

  it('arranges by person and by kind', async () => {
    const { el } = await mountShelf();
    $<HTMLButtonElement>(el, 'button[data-view="person"]').click();
    await el.updateComplete;
    expect($$(el, 'section.group > h3').map((h) => h.textContent.trim())).to.deep.equal([
      'Jay Evans',
      'Mia Evans',
      'Kerry Evans',
      'Not about a named person',
    ]);
    expect($(el, 'button[data-view="person"]').getAttribute('aria-pressed')).to.equal('true');
    $<HTMLButtonElement>(el, 'button[data-view="kind"]').click();
    await el.updateComplete;
    expect($$(el, 'section.group > h3').map((h) => h.textContent.trim())).to.deep.equal([
      'Letter',
      'Report',
      'Minutes',
      'Photo',
      'Drawing',
      'Other',
    ]);
  });

  it('200 documents: search narrows them, and the keyboard reaches, opens and closes one', async () => {
    const store = new MemoryCaseStore();
    await store.replace(
      { kind: 'case', id: 'evans-1' },
      { ...evansBundle({ photo: 'x', pdf: 'x', text: 'x', empty: 'x', hostile: 'x' }), documents: manyDocuments(200) },
      'import',
    );
    const wrap = await fixture<HTMLElement>(
      html`<div><cw-case case-id="evans-1" .store=${store}><cw-documents></cw-documents></cw-case></div>`,
    );
    const el = wrap.querySelector('cw-documents')!;
    await until(() => $$(el, 'button[data-open]').length === 200);
    expect($(el, '.counts').textContent).to.equal('200 documents');
    const search = $<HTMLInputElement>(el, '#doc-search');
    search.focus();
    for (const ch of 'attendance') await sendKeys({ press: ch });
    await until(() => $$(el, 'button[data-open]').length === 8);
    expect($(el, '.counts').textContent).to.equal('8 of 200 documents');
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.dataset.open).to.match(/^m\d+$/);
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, 'dialog')?.hasAttribute('open'));
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog') && el.shadowRoot!.activeElement === first);
  });

  it('opens a document chosen on its chronology entry', async () => {
    const { el, wrap } = await mountShelf({ chronology: true });
    const chron = wrap.querySelector('cw-chronology')!;
    await until(() => !!chron.shadowRoot?.querySelector('button[data-document="d-photo"]'));
    const b = chron.shadowRoot!.querySelector<HTMLButtonElement>('button[data-document="d-photo"]')!;
    expect(b.textContent.trim()).to.equal('Photo of Mia’s bedroom');
    b.focus();
    b.click();
    await until(() => !!$(el, 'dialog')?.hasAttribute('open'));
    expect($(el, 'dialog h2').textContent).to.equal('Photo of Mia’s bedroom');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog'));
    await until(() => chron.shadowRoot!.activeElement === b);
  });

  it('speaks Welsh', async () => {
    const { el } = await mountShelf({ lang: 'cy' });
    expect($(el, 'h2').textContent).to.equal('Dogfennau');
    expect($(el, 'button[data-view="kind"]').textContent.trim()).to.equal('Yn ôl math');
    expect($(el, '.counts').textContent).to.equal('11 dogfen');
  });
});
