// <cw-documents> under the strict policy with files kept by a store: a picture (thumbnail and preview drawn on a
// canvas, no object URL), a text file that is markup, a PDF (offered to open or download: a blob: frame would break
// frame-src 'self'), a 0-byte file, a file the store no longer has, a markup title and a javascript: address.
import { MemoryCaseStore } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/documents/define';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function png(): Promise<Blob> {
  const c = document.createElement('canvas');
  c.width = 40;
  c.height = 30;
  c.getContext('2d')!.fillRect(0, 0, 20, 30);
  return new Promise((r) => c.toBlob((b) => r(b!), 'image/png'));
}

/** Renders the shelf, opens every document's preview in turn, and resolves once each has been read. */
export async function renderDocumentFiles(root: HTMLElement): Promise<void> {
  const store = new MemoryCaseStore();
  const put = async (blob: Blob) =>
    (await store.putAttachment(blob, { caseId: sampleCase.case.id, mediaType: blob.type, name: HOSTILE })).id;
  const entryId = sampleCase.chronology?.[0]?.id;
  const documents = [
    {
      id: 'csp-img',
      title: HOSTILE,
      kind: 'photo',
      mediaType: 'image/png',
      date: '2024-02-10',
      attachmentId: await put(await png()),
      entryIds: entryId ? [entryId] : [],
    },
    {
      id: 'csp-txt',
      title: 'Text',
      summary: HOSTILE,
      kind: 'other',
      mediaType: 'text/plain',
      date: '2024-02-09',
      attachmentId: await put(new Blob([HOSTILE], { type: 'text/plain' })),
    },
    {
      id: 'csp-pdf',
      title: 'Letter',
      kind: 'letter',
      mediaType: 'application/pdf',
      date: '2024-02-08',
      attachmentId: await put(new Blob(['%PDF-1.4\n%%EOF'], { type: 'application/pdf' })),
    },
    {
      id: 'csp-empty',
      title: 'Empty',
      kind: 'other',
      mediaType: 'text/plain',
      date: '2024-02-07',
      attachmentId: await put(new Blob([], { type: 'text/plain' })),
    },
    { id: 'csp-gone', title: 'Gone', kind: 'drawing', mediaType: 'image/png', date: '2024-02-06', attachmentId: 'no-such-file' },
    { id: 'csp-js', title: 'Click', kind: 'other', mediaType: 'text/html', date: '2024-02-05', url: 'javascript:alert(1)' },
  ];
  await store.replace({ kind: 'case', id: sampleCase.case.id }, { ...sampleCase, documents } as typeof sampleCase, 'import');
  const provider = document.createElement('cw-case') as HTMLElement & { store: unknown; updateComplete: Promise<unknown> };
  provider.setAttribute('case-id', sampleCase.case.id);
  provider.store = store;
  provider.dataset.case = 'documents-files';
  const shelf = document.createElement('cw-documents');
  provider.append(document.createElement('cw-chronology'), shelf);
  root.append(provider);
  const ready = (test: () => boolean) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const tick = () => (test() || performance.now() - t0 > 10_000 ? resolve() : setTimeout(tick, 20));
      tick();
    });
  const el = shelf;
  await ready(() => !!el.shadowRoot?.querySelector('ul.docs'));
  for (const d of documents) {
    el.openDocument(d.id);
    await ready(() => !!el.shadowRoot?.querySelector('dialog[open]') && !el.shadowRoot.querySelector('dialog .status'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="close"]')?.click();
    await el.updateComplete;
  }
}
