// The reference workspace records a visit: a note with a photo, saved from "Record a visit", appears in the
// chronology (with its photo on the entry) and on the document shelf, and is still there after a reload.
import { expect, waitUntil } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import type { CaseBundle, Document } from '@opencasework/core';
import type { WsApp } from '../packages/workspace/src/workspace-app.js';
import { ACTOR, CASE } from '../packages/workspace/src/workspace-app.js';

describe('the workspace records a visit with a photo', function () {
  this.timeout(180_000);
  let frame: HTMLIFrameElement;

  const doc = () => frame.contentDocument!;
  const app = () => doc().querySelector<WsApp>('ws-app')!;
  const shadow = (tag: string) => doc().querySelector(tag)?.shadowRoot ?? null;
  /** Opens the workspace, or reloads it (`hash` null): the page is loaded again from the start, data from IndexedDB. */
  async function load(hash: string | null): Promise<void> {
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    if (hash === null) frame.contentWindow!.location.reload();
    else frame.src = `/index.html${hash}`;
    await loaded;
    await waitUntil(() => app()?.store, 'the workspace and its store', { timeout: 60_000 });
  }
  async function go(hash: string, tag: string): Promise<ShadowRoot> {
    frame.contentWindow!.location.hash = hash;
    await waitUntil(() => shadow(tag), `${tag} shown`, { timeout: 30_000 });
    return shadow(tag)!;
  }
  const stored = async (): Promise<CaseBundle> => {
    const r = await app().store!.load(CASE);
    if (!r) throw new Error('the case is not in the store');
    return r.doc;
  };

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    document.body.append(frame);
    await load('#/case');
    await app().store!.replace(CASE, sampleCase, ACTOR);
  });
  after(async () => {
    // Leave the sample as it was for the other tests.
    await app().store!.replace(CASE, sampleCase, ACTOR);
    frame.remove();
  });

  it('saves the note and its photo; the chronology shows both, the shelf shows the photo, and a reload keeps them', async () => {
    const before = (await stored()).chronology?.length ?? 0;
    const note = await go('#/case/record', 'cw-quick-note');
    await waitUntil(() => note.querySelector('#n-consent'), 'the note form', { timeout: 30_000 });
    const click = (sel: string) => note.querySelector<HTMLElement>(sel)!.click();
    const field = (sel: string, value: string) => {
      const f = note.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
      f.value = value;
      f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    click('#n-seen-yes');
    await waitUntil(() => note.querySelector('#n-alone-yes'), 'the seen-alone question');
    click('#n-alone-yes');
    click('#n-consent');
    await waitUntil(() => note.querySelector('#n-photo'), 'photos offered once consent is confirmed');
    field('#n-place', 'at home');
    field('#n-note', 'Tyler showed me the drawing he made of his three houses.');
    // A photo as the camera would hand it over: a JPEG the page draws.
    const canvas = doc().createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#2a6';
    g.fillRect(0, 0, 640, 480);
    const jpeg = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.8));
    const input = note.querySelector<HTMLInputElement>('#n-photo')!;
    const dt = new (frame.contentWindow as Window & typeof globalThis).DataTransfer();
    dt.items.add(new (frame.contentWindow as Window & typeof globalThis).File([jpeg], 'three-houses.jpg', { type: 'image/jpeg' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => note.querySelector('.media canvas[data-drawn]'), 'the photo drawn on the device', { timeout: 30_000 });
    click('#n-save');
    await waitUntil(() => /Saved to the chronology/.test(note.querySelector('.status')?.textContent ?? ''), 'saved', { timeout: 30_000 });

    // Written down before running: one new entry (a visit, Tyler seen alone) and one photo document naming it.
    const saved = await stored();
    expect(saved.chronology?.length).to.equal(before + 1);
    const entry = (saved.chronology ?? []).find((e) => !(sampleCase.chronology ?? []).some((s) => s.id === e.id))!;
    expect(entry.category).to.equal('visit');
    expect(entry.title).to.match(/^Visit at home: .+ seen alone$/);
    const docs = (saved as CaseBundle & { documents?: Document[] }).documents ?? [];
    const photo = docs.find((d) => d.entryIds?.includes(entry.id))!;
    expect(photo).to.include({ title: 'three-houses.jpg', kind: 'photo', mediaType: 'image/jpeg' });

    const check = async (when: string) => {
      const chron = await go('#/case/chronology', 'cw-chronology');
      // Newest first, as a reader looking for today's visit would put it (the table draws only the rows in view).
      await waitUntil(() => chron.querySelector('#order'), `${when}: the chronology's controls`, { timeout: 30_000 });
      const order = chron.querySelector<HTMLSelectElement>('#order')!;
      order.value = 'newest';
      order.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => chron.textContent.includes(entry.title), `${when}: the entry in the chronology`, { timeout: 30_000 });
      await waitUntil(() => chron.querySelector(`[data-document="${photo.id}"]`), `${when}: its photo on the entry`, { timeout: 30_000 });
      const shelf = await go('#/case/documents', 'cw-documents');
      await waitUntil(() => shelf.textContent.includes('three-houses.jpg'), `${when}: the photo on the shelf`, { timeout: 30_000 });
    };
    await check('after saving');
    await load(null);
    await check('after a reload');
  });
});
