import { MemoryCaseStore, type CaseBundle, type Document } from '@opencasework/core';

/** The Evans case with documents and files: data only (no test library), shared by the tests, the story and the screenshots. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** A 40 x 30 PNG, red on the left half and blue on the right, drawn on a canvas. */
export async function pngBlob(): Promise<Blob> {
  const c = document.createElement('canvas');
  c.width = 40;
  c.height = 30;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#d4351c';
  ctx.fillRect(0, 0, 20, 30);
  ctx.fillStyle = '#1d70b8';
  ctx.fillRect(20, 0, 20, 30);
  return new Promise((r) => c.toBlob((b) => r(b!), 'image/png'));
}

/** The smallest PDF a viewer opens: one empty page. */
export const PDF_BYTES = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;

/**
 * The Evans family with the documents a real case has, and the ones that go wrong: a visit photo (Mia's room) on the
 * visit entry; a letter (PDF) on the phone call; a typed note (text); a report naming an entry that no longer exists;
 * a restricted police disclosure; a standard-looking strategy note that belongs to a restricted entry; a title that
 * is markup; a `javascript:` address (the parser withholds it); a 0-byte file; a file the store no longer has; and
 * a record of paper minutes dated to the year only.
 */
export function evansBundle(ids: { photo: string; pdf: string; text: string; empty: string; hostile: string }): CaseBundle {
  const docs: Document[] = [
    {
      id: 'd-photo',
      title: 'Photo of Mia’s bedroom',
      kind: 'photo',
      mediaType: 'image/png',
      date: '2024-02-10',
      subjectIds: ['mia'],
      entryIds: ['c2'],
      attachmentId: ids.photo,
      authorId: 'sw1',
      size: 300,
    },
    {
      id: 'd-letter',
      title: 'Letter to Kerry Evans about the visit',
      kind: 'letter',
      mediaType: 'application/pdf',
      date: '2024-02-01',
      subjectIds: ['kerry'],
      entryIds: ['c1'],
      attachmentId: ids.pdf,
    },
    {
      id: 'd-note',
      title: 'Typed note of the school meeting',
      summary: 'Jay said he felt safe at Nan’s house',
      kind: 'minutes',
      mediaType: 'text/plain',
      date: '2024-01-15',
      subjectIds: ['jay', 'mia'],
      attachmentId: ids.text,
    },
    {
      id: 'd-orphan',
      title: 'Health visitor report',
      kind: 'report',
      mediaType: 'application/pdf',
      date: '2024-01-20',
      entryIds: ['c-gone'],
      url: '/reports/hv-1.pdf',
    },
    {
      id: 'd-police',
      title: 'Police disclosure about Dean Morgan',
      kind: 'report',
      mediaType: 'application/pdf',
      date: '2024-02-12',
      confidentiality: 'restricted',
      entryIds: ['c3'],
      url: '/reports/police.pdf',
    },
    {
      id: 'd-strategy',
      title: 'Strategy discussion notes',
      kind: 'minutes',
      mediaType: 'text/plain',
      date: '2024-02-13',
      entryIds: ['c4'],
      url: '/reports/strategy.txt',
    },
    {
      id: 'd-hostile',
      title: HOSTILE,
      summary: `"><script>alert(2)</script>`,
      kind: 'other',
      mediaType: 'text/plain',
      date: '2024-02-05',
      attachmentId: ids.hostile,
    },
    { id: 'd-js', title: 'Click me', kind: 'other', mediaType: 'text/html', date: '2024-02-06', url: 'javascript:alert(1)' },
    { id: 'd-empty', title: 'Empty scan', kind: 'other', mediaType: 'text/plain', date: '2024-02-07', attachmentId: ids.empty, size: 0 },
    {
      id: 'd-gone',
      title: 'Drawing by Jay',
      kind: 'drawing',
      mediaType: 'image/jpeg',
      date: '2024-02-08',
      subjectIds: ['jay'],
      attachmentId: 'att-gone',
    },
    { id: 'd-paper', title: 'Core group minutes (paper)', kind: 'minutes', mediaType: 'application/pdf', date: '2023' },
  ];
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'evans-1', title: 'Evans', subjectIds: ['jay', 'mia'] },
    people: [
      { id: 'jay', givenName: 'Jay', familyName: 'Evans', gender: 'male', dateOfBirth: '2015-06-02' },
      { id: 'mia', givenName: 'Mia', familyName: 'Evans', gender: 'female', dateOfBirth: '2020-01-19' },
      { id: 'kerry', givenName: 'Kerry', familyName: 'Evans', gender: 'female' },
      { id: 'dean', givenName: 'Dean', familyName: 'Morgan', gender: 'male' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'kerry', childId: 'jay', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'kerry', childId: 'mia', type: 'biological' },
      { id: 'r3', kind: 'partner', a: 'kerry', b: 'dean', status: 'cohabiting' },
    ],
    agencies: [{ id: 'csc', name: 'Children’s services', sector: 'social-care' }],
    professionals: [{ id: 'sw1', name: 'Sam Patel', role: 'Social worker', agencyId: 'csc' }],
    chronology: [
      { id: 'c1', date: '2024-02-01', title: 'Phone call with Kerry', category: 'contact', significance: 'routine', subjectIds: ['jay'] },
      {
        id: 'c2',
        date: '2024-02-10',
        title: 'Home visit: Mia seen in her room',
        category: 'visit',
        significance: 'notable',
        subjectIds: ['mia'],
      },
      {
        id: 'c3',
        date: '2024-02-12',
        title: 'Police disclosure',
        category: 'police',
        significance: 'significant',
        subjectIds: ['jay'],
        confidentiality: 'restricted',
      },
      {
        id: 'c4',
        date: '2024-02-13',
        title: 'Strategy discussion',
        category: 'meeting',
        significance: 'significant',
        subjectIds: ['jay'],
        confidentiality: 'restricted',
      },
    ],
    documents: docs,
  };
}

/** A memory store holding the case and its files (the missing one never stored). */
export async function evansStore(): Promise<{ store: MemoryCaseStore; bundle: CaseBundle }> {
  const store = new MemoryCaseStore();
  const put = (blob: Blob) => store.putAttachment(blob, { caseId: 'evans-1', mediaType: blob.type || 'text/plain' }).then((a) => a.id);
  const ids = {
    photo: await put(await pngBlob()),
    pdf: await put(new Blob([PDF_BYTES], { type: 'application/pdf' })),
    text: await put(new Blob(['Present: Jay, Kerry.\nJay said he felt safe at Nan’s house.'], { type: 'text/plain' })),
    empty: await put(new Blob([], { type: 'text/plain' })),
    hostile: await put(new Blob([`<img src=x onerror=alert(3)>`], { type: 'text/plain' })),
  };
  const bundle = evansBundle(ids);
  await store.replace({ kind: 'case', id: 'evans-1' }, bundle, 'import');
  return { store, bundle };
}

/** n documents for keyboard and search: every 10th a "School report", the rest "Home visit note"; every 25th says "Attendance below 80%" in its summary. */
export function manyDocuments(n: number): Document[] {
  return Array.from({ length: n }, (_, i) => {
    const d: Document = {
      id: `m${i}`,
      title: i % 10 === 0 ? `School report ${i}` : `Home visit note ${i}`,
      kind: i % 10 === 0 ? 'report' : 'minutes',
      mediaType: 'text/plain',
      date: `20${10 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`,
    };
    if (i % 25 === 0) d.summary = 'Attendance below 80%';
    return d;
  });
}
