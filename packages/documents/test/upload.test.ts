import { expect, fixture, html } from '@open-wc/testing';
import { contains, datedPhoto, phonePhoto } from '../../recording/test/jpeg-fixtures.js';
import { $, $$, evansStore, HOSTILE, mountShelf, until } from './fixtures.js';
import type { CwDocuments } from '../src/documents.js';

async function choose(el: CwDocuments, files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(el, '#doc-upload');
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => !$<HTMLInputElement>(el, '#doc-upload').disabled && !!$(el, '.upload-status').textContent.trim());
  await el.updateComplete;
}

describe('<cw-documents> adding files', () => {
  it('is offered only when editable, in the full version, with a store that keeps files', async () => {
    const { el } = await mountShelf();
    expect($(el, '#doc-upload')).to.equal(null);
    el.editable = true;
    await el.updateComplete;
    expect($(el, '#doc-upload')).to.exist;
    el.audience = 'redacted';
    await el.updateComplete;
    expect($(el, '#doc-upload')).to.equal(null);
    const bare = await fixture<CwDocuments>(
      html`<cw-documents editable .bundle=${{ schema: 'opencasework/case-bundle@1', case: { id: 'x' } }}></cw-documents>`,
    );
    expect($(bare, '#doc-upload')).to.equal(null);
  });

  it('says where to add the first document when a case has none and files can be added', async () => {
    // Seen in the workspace: "0 documents. This case has no documents." and nothing else, a dead end.
    const { store, bundle } = await evansStore();
    await store.replace({ kind: 'case', id: 'evans-1' }, { ...bundle, documents: [] }, 'import');
    const wrap = await fixture<HTMLElement>(html`<div lang="en-GB"><cw-case case-id="evans-1" .store=${store}>
      <cw-documents></cw-documents></cw-case></div>`);
    const el = wrap.querySelector<CwDocuments>('cw-documents')!;
    await until(() => !!el.shadowRoot?.querySelector('p.empty'));
    expect($(el, 'p.empty').textContent).to.equal('This case has no documents.');
    el.editable = true;
    await el.updateComplete;
    expect($(el, 'p.empty').textContent).to.equal(
      'This case has no documents yet. Add letters, reports or photos with “Add documents” above.',
    );
    expect($(el, 'label[for="doc-upload"]').textContent.trim()).to.equal('Add documents');
  });

  it('a phone photo is saved re-encoded, without its location or camera details, and shown on the shelf', async () => {
    const { el, store } = await mountShelf();
    el.editable = true;
    await el.updateComplete;
    const photo = new File([await phonePhoto(640, 480)], 'IMG_2041.jpg', { type: 'image/jpeg' });
    await choose(el, [photo]);
    expect($(el, '.upload-status').textContent.trim()).to.equal('1 document added. Check the date it is filed under, and what it is:');
    await until(() => !!$$(el, 'button[data-open]').find((b) => b.textContent === 'IMG_2041.jpg'));
    const saved = (await store.load({ kind: 'case', id: 'evans-1' }))!.doc;
    const doc = saved.documents!.find((d) => d.title === 'IMG_2041.jpg')!;
    expect(doc).to.include({ kind: 'photo', mediaType: 'image/jpeg' });
    // Who added it is the audit's; its author is not known (the practitioner says in its details).
    expect(doc.authorId).to.equal(undefined);
    expect((saved.audit ?? []).map((a) => `${a.entity}:${a.op}:${a.actor}`)).to.include('Document:create:Sam Patel');
    expect($(el, `ul.added button[data-details="${doc.id}"]`).textContent.trim()).to.equal('Edit the details of IMG_2041.jpg');
    const bytes = new Uint8Array(await (await store.getAttachment(doc.attachmentId!))!.arrayBuffer());
    expect(bytes.length).to.equal(doc.size);
    for (const word of ['Exif', 'GPS', 'xmpmeta', 'TestCam', 'Cardiff']) expect(contains(bytes, word), word).to.equal(false);
  });

  it('says which day each file added is filed under, and why: the day a photo was taken, or today', async () => {
    const { el, store } = await mountShelf();
    el.editable = true;
    el.today = '2025-07-15';
    await el.updateComplete;
    await choose(el, [
      await datedPhoto('scan-042.jpg', { order: 'II', gps: true, original: '2023:05:14 10:22:01' }),
      new File(['Minutes'], 'ICPC minutes.txt', { type: 'text/plain' }),
      await datedPhoto('clock-wrong.jpg', { order: 'MM', original: '2031:01:01 00:00:00' }),
    ]);
    expect($(el, '.upload-status').textContent.trim()).to.equal('3 documents added. Check the date each is filed under, and what it is:');
    expect($$(el, 'ul.added .filed').map((p) => p.textContent.trim())).to.deep.equal([
      'scan-042.jpg: filed under 14 May 2023, the day the photo was taken',
      'ICPC minutes.txt: filed under today, the day it was added',
      'clock-wrong.jpg: filed under today, the day it was added',
    ]);
    const docs = (await store.load({ kind: 'case', id: 'evans-1' }))!.doc.documents!;
    const scan = docs.find((d) => d.title === 'scan-042.jpg')!;
    expect(scan.date).to.equal('2023-05-14');
    // Each still offers its details, to correct the date.
    expect($(el, `ul.added button[data-details="${scan.id}"]`).textContent.trim()).to.equal('Edit the details of scan-042.jpg');
    // On the shelf under May 2023, where the chronology has the visit, not under July 2025.
    const group = $$(el, 'section.group').find((g) => g.querySelector(`[data-doc="${scan.id}"]`))!;
    expect(group.querySelector('h3')!.textContent).to.equal('May 2023');
  });

  it('says so in Welsh', async () => {
    const { el } = await mountShelf({ lang: 'cy' });
    el.editable = true;
    el.today = '2025-07-15';
    await el.updateComplete;
    await choose(el, [
      await datedPhoto('scan-042.jpg', { order: 'MM', original: '2023:05:14 10:22:01' }),
      new File(['Cofnodion'], 'cofnodion.txt', { type: 'text/plain' }),
    ]);
    expect($(el, '.upload-status').textContent.trim()).to.equal(
      '2 ddogfen wedi’u hychwanegu. Gwiriwch o dan ba ddyddiad y ffeiliwyd pob un, a beth ydyw:',
    );
    expect($$(el, 'ul.added .filed').map((p) => p.textContent.trim())).to.deep.equal([
      'scan-042.jpg: wedi’i ffeilio o dan 14 Mai 2023, y diwrnod y tynnwyd y llun',
      'cofnodion.txt: wedi’i ffeilio o dan ddyddiad heddiw, y diwrnod y’i hychwanegwyd',
    ]);
  });

  it('a text file with a hostile name is saved as it is and its name shown as text', async () => {
    const { el, store } = await mountShelf();
    el.editable = true;
    await el.updateComplete;
    await choose(el, [new File(['Notes from the call'], `${HOSTILE}.txt`, { type: 'text/plain' })]);
    await until(() => !!$$(el, 'button[data-open]').find((b) => b.textContent === `${HOSTILE}.txt`));
    const doc = (await store.load({ kind: 'case', id: 'evans-1' }))!.doc.documents!.find((d) => d.title === `${HOSTILE}.txt`)!;
    expect(doc).to.include({ kind: 'other', mediaType: 'text/plain', size: 19 });
    expect(await (await store.getAttachment(doc.attachmentId!))!.text()).to.equal('Notes from the call');
  });

  it('a file added is dated the host’s day (today) when it sets one', async () => {
    // The workspace shows the case as at a day: a file added there was dated the machine's (5 Dec 2026) instead.
    const { el, store } = await mountShelf();
    el.editable = true;
    el.today = '2025-07-15';
    await el.updateComplete;
    await choose(el, [new File(['Minutes'], 'ICPC minutes.txt', { type: 'text/plain' })]);
    const doc = (await store.load({ kind: 'case', id: 'evans-1' }))!.doc.documents!.find((d) => d.title === 'ICPC minutes.txt')!;
    expect(doc.date).to.equal('2025-07-15');
  });

  it('a file the store refuses is not half-saved: no document, and the reason is said', async () => {
    const seeded = (await evansStore()).store;
    const before = (await seeded.load({ kind: 'case', id: 'evans-1' }))!.doc.documents!.length;
    seeded.putAttachment = () => Promise.reject(new Error('There is not enough space on this device to keep this file.'));
    const wrap = await fixture<HTMLElement>(
      html`<div><cw-case case-id="evans-1" .store=${seeded} actor="Sam Patel"><cw-documents editable></cw-documents></cw-case></div>`,
    );
    const el = wrap.querySelector('cw-documents')!;
    await until(() => !!$(el, '#doc-upload'));
    await choose(el, [new File(['x'], 'a.txt', { type: 'text/plain' })]);
    expect($(el, '.upload-status .problem').textContent).to.equal(
      '“a.txt” could not be added: There is not enough space on this device to keep this file.',
    );
    expect((await seeded.load({ kind: 'case', id: 'evans-1' }))!.doc.documents!.length).to.equal(before);
  });
});
