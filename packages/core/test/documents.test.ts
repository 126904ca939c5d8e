// The case bundle's documents[] (issue 20 point 1): parsed like every other record, on data that can prove it wrong.
// Expected answers are written down before each run: which documents are kept, which fields withheld, which refused.
import { expect } from '@open-wc/testing';
import {
  MemoryCaseStore,
  applyChangeToDoc,
  isWebAddress,
  makeChange,
  parseCaseBundle,
  type CaseBundle,
  type DataIssue,
  type Document,
} from '../src/index.js';
import { smallCase } from './store-fixtures.js';

type Obj = Record<string, unknown>;
const CASE = { kind: 'case' as const, id: 'case-1' };

/** The small case with the documents a real case would hold, and the distractors that must not fool the parser. */
function caseWithDocuments(): Omit<CaseBundle, 'documents' | 'chronology'> & { documents: Obj[]; chronology: Obj[] } {
  const doc = smallCase() as unknown as Omit<CaseBundle, 'documents' | 'chronology'> & { documents: Obj[]; chronology: Obj[] };
  // A chronology entry the parser refuses (bad category): a document naming it keeps the document, not the link.
  doc.chronology.push({ id: 'e9', date: '2023-01-02', title: 'Refused entry', category: 'not-a-category', significance: 'routine' });
  doc.documents = [
    {
      id: 'd-drawing',
      title: 'Amy’s Three Houses drawing',
      kind: 'drawing',
      mediaType: 'image/jpeg',
      date: '2021-04',
      authorId: 'p-child',
      subjectIds: ['p-child'],
      entryIds: ['e2'],
      attachmentId: 'att-1',
      size: 183_220,
      summary: 'Drawn during the home visit; Amy chose what to draw.',
    },
    {
      id: 'd-minutes',
      title: 'Strategy meeting minutes',
      kind: 'minutes',
      mediaType: 'application/pdf',
      date: '2022',
      entryIds: ['e3'],
      confidentiality: 'restricted',
      url: 'https://cms.example.gov.uk/documents/4411?v=2',
    },
    // A letter from a GP named in free text ("Id or string"), served by the host from a relative address.
    {
      id: 'd-letter',
      title: 'Letter from GP',
      kind: 'letter',
      mediaType: 'application/pdf',
      date: '2021-03-20',
      authorId: 'Dr A. Jones (GP)',
      url: '/documents/letter-7.pdf',
    },
    // Markup in a title is text, kept as it came (components render it as text).
    { id: 'd-markup', title: '<img src=x onerror=alert(1)>Report', kind: 'report', mediaType: 'text/html', date: '2022-02-02' },
    // Addresses a component must never open: each is withheld, the document kept.
    { id: 'd-js', title: 'Click me', kind: 'other', mediaType: 'text/plain', date: '2022', url: 'javascript:alert(1)' },
    {
      id: 'd-js-hidden',
      title: 'Hidden script',
      kind: 'other',
      mediaType: 'text/plain',
      date: '2022',
      url: ' JaVa\tScRiPt:alert(document.domain)',
    },
    {
      id: 'd-data',
      title: 'Data address',
      kind: 'report',
      mediaType: 'text/html',
      date: '2022',
      url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    },
    { id: 'd-vbs', title: 'VBScript', kind: 'other', mediaType: 'text/plain', date: '2022', url: 'vbscript:msgbox(1)' },
    { id: 'd-file', title: 'Local file', kind: 'other', mediaType: 'text/plain', date: '2022', url: 'file:///etc/passwd' },
    // Links to an entry that is missing, and to one that is itself refused: the document stays, the links go.
    {
      id: 'd-dangling',
      title: 'Visit photo',
      kind: 'photo',
      mediaType: 'image/jpeg',
      date: '2021-04',
      entryIds: ['e2', 'e-missing', 'e9'],
      subjectIds: ['p-child', 'p-nobody'],
    },
    // A size that is not a size: withheld.
    {
      id: 'd-size',
      title: 'Recording',
      kind: 'audio',
      mediaType: 'audio/webm;codecs=opus',
      date: '2024-01-05',
      size: -5,
      hostRef: { system: 'CMS', id: 77 },
    },
    // Refused records: no id, an unknown kind, no media type, a confidentiality that cannot be read, a duplicate id.
    { title: 'No id', kind: 'letter', mediaType: 'application/pdf', date: '2022' },
    { id: 'd-kind', title: 'Email', kind: 'email', mediaType: 'message/rfc822', date: '2022' },
    { id: 'd-nomedia', title: 'No media type', kind: 'report', date: '2022' },
    { id: 'd-secret', title: 'Secret', kind: 'report', mediaType: 'application/pdf', date: '2022', confidentiality: 'secret' },
    { id: 'd-letter', title: 'Second letter, same id', kind: 'letter', mediaType: 'application/pdf', date: '2022' },
  ];
  return doc;
}

const issuesOf = (issues: DataIssue[], id: string | null) => issues.filter((i) => i.entity === 'Document' && i.id === id);

describe('documents[] in the case bundle', () => {
  it('keeps the documents it can show, withholds bad fields, refuses what it cannot read: each reported', () => {
    const input = caseWithDocuments();
    const before = JSON.stringify(input);
    const { value, issues } = parseCaseBundle(input);
    expect(JSON.stringify(input), 'the input is not altered').to.equal(before);
    const ids = value.documents!.map((d) => d.id);
    expect(ids).to.deep.equal([
      'd-drawing',
      'd-minutes',
      'd-letter',
      'd-markup',
      'd-js',
      'd-js-hidden',
      'd-data',
      'd-vbs',
      'd-file',
      'd-dangling',
      'd-size',
    ]);
    const byId = new Map(value.documents!.map((d) => [d.id, d]));
    // Unchanged: the good ones, the markup title, the free-text author, the relative and https addresses.
    expect(byId.get('d-drawing')).to.deep.equal(input.documents[0]);
    expect(byId.get('d-minutes')).to.deep.equal(input.documents[1]);
    expect(byId.get('d-letter')).to.deep.equal(input.documents[2]);
    expect(byId.get('d-markup')!.title).to.equal('<img src=x onerror=alert(1)>Report');
    for (const id of ['d-drawing', 'd-minutes', 'd-markup']) expect(issuesOf(issues, id), id).to.deep.equal([]);
    // Every unsafe address is withheld with a plain-English message; the rest of the record is kept.
    for (const id of ['d-js', 'd-js-hidden', 'd-data', 'd-vbs', 'd-file']) {
      const d = byId.get(id)!;
      expect(d, id).to.not.have.property('url');
      expect(d.title).to.be.a('string');
      const [issue, ...more] = issuesOf(issues, id);
      expect(more, id).to.deep.equal([]);
      expect(issue, id).to.include({ path: 'url', withheld: true });
      expect(issue!.message).to.include('https://');
      expect(issue!.message).to.include('the record is shown without it');
      expect(issue!.message, 'the value is not echoed').to.not.include('alert');
    }
    // Dangling links: kept without them, each reported, naming what is missing and what is itself invalid.
    const dangling = byId.get('d-dangling')!;
    expect(dangling.entryIds).to.deep.equal(['e2']);
    expect(dangling.subjectIds).to.deep.equal(['p-child']);
    const di = issuesOf(issues, 'd-dangling').map((i) => [i.path, i.message]);
    expect(di).to.deep.equal([
      [
        'subjectIds[1]',
        '"subjectIds[1]" refers to person "p-nobody", which is not in the bundle; the record is shown without that reference',
      ],
      [
        'entryIds[1]',
        '"entryIds[1]" refers to chronology entry "e-missing", which is not in the bundle; the record is shown without that reference',
      ],
      [
        'entryIds[2]',
        '"entryIds[2]" refers to chronology entry "e9", which is itself invalid (see its own error); the record is shown without that reference',
      ],
    ]);
    // A bad size is withheld; an unknown field is kept as it came.
    const size = byId.get('d-size')! as Document & { hostRef?: unknown };
    expect(size).to.not.have.property('size');
    expect(size.hostRef).to.deep.equal({ system: 'CMS', id: 77 });
    expect(size.mediaType).to.equal('audio/webm;codecs=opus');
    expect(issuesOf(issues, 'd-size')).to.have.length(1);
    // Refused, each with its reason.
    expect(issuesOf(issues, null)[0]).to.include({ path: 'id', location: 'documents[11]' });
    expect(issuesOf(issues, 'd-kind')[0]!.message).to.include(
      'letter, report, assessment, plan, minutes, court, photo, drawing, audio, video, other',
    );
    expect(issuesOf(issues, 'd-nomedia')[0]).to.include({ path: 'mediaType', message: '"mediaType" is required' });
    expect(issuesOf(issues, 'd-secret')[0]).to.include({ path: 'confidentiality' });
    expect(issuesOf(issues, 'd-secret')[0]).to.not.have.property('withheld');
    // The first d-letter is kept; the only issue under its id is the refused second one.
    expect(issuesOf(issues, 'd-letter').map((i) => i.location)).to.deep.equal(['documents[15]']);
    expect(issuesOf(issues, 'd-letter').map((i) => i.message)).to.deep.equal([
      '"id" is used by an earlier Document record: ids must be unique',
    ]);
  });

  it('an old bundle without documents parses unchanged, and gains no documents field', () => {
    const input = smallCase();
    const { value, issues } = parseCaseBundle(structuredClone(input));
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(input);
    expect(value).to.not.have.property('documents');
  });

  it('round-trips: a parsed bundle with documents parses again to itself, unknown fields kept, through JSON too', () => {
    const first = parseCaseBundle(caseWithDocuments()).value;
    const again = parseCaseBundle(JSON.parse(JSON.stringify(first)));
    expect(again.issues.filter((i) => i.entity === 'Document')).to.deep.equal([]);
    expect(again.value.documents).to.deep.equal(first.documents);
    expect((again.value as Obj).hostExtension).to.deep.equal({ system: 'ExampleCMS', note: 'kept as it was' });
  });

  it('a documents field that is not a list is reported, and the case is still shown', () => {
    const { value, issues } = parseCaseBundle({ ...smallCase(), documents: { id: 'd1' } });
    expect(value.documents).to.deep.equal([]);
    expect(value.chronology).to.have.length(3);
    expect(issues[0]).to.include({ entity: 'Document', message: '"documents" must be a list, not object' });
  });

  it('isWebAddress allows http(s) and relative addresses only, read as the browser reads them', () => {
    for (const ok of ['https://a.example/x.pdf', 'http://a.example', '/docs/1', 'docs/1.pdf', '?id=3', '#page=2', '//cdn.example/x'])
      expect(isWebAddress(ok), ok).to.equal(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'blob:https://a.example/0b1c',
      'file:///C:/x',
      'vbscript:x',
      'mailto:a@b.example',
      '',
      '   ',
      'http://[',
    ])
      expect(isWebAddress(bad), JSON.stringify(bad)).to.equal(false);
  });
});

describe('documents through changes (a component saves one with its audit event)', () => {
  const doc = (over: Partial<Document> = {}): Document => ({
    id: 'd-new',
    title: 'Photo of the bedroom',
    kind: 'photo',
    mediaType: 'image/jpeg',
    date: '2024-05-02',
    subjectIds: ['p-child'],
    entryIds: ['e2'],
    attachmentId: 'att-9',
    size: 52_000,
    ...over,
  });

  it('a create is applied with an audit event naming the Document', () => {
    const r = applyChangeToDoc(smallCase(), makeChange('Document', 'create', 'Dee Worker', null, doc()));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.doc.documents).to.deep.equal([doc()]);
    expect(r.audit).to.include({ entity: 'Document', entityId: 'd-new', op: 'create', actor: 'Dee Worker' });
    expect(parseCaseBundle(r.doc).issues).to.deep.equal([]);
  });

  it('refuses a document naming an entry not in the case, or an unsafe address, in plain English', () => {
    const dangling = applyChangeToDoc(smallCase(), makeChange('Document', 'create', 'A', null, doc({ entryIds: ['e-gone'] })));
    expect(dangling).to.include({ ok: false, reason: 'invalid' });
    expect((dangling as { message: string }).message).to.equal('"entryIds[0]" refers to "e-gone", which is not in the case');
    const js = applyChangeToDoc(smallCase(), makeChange('Document', 'create', 'A', null, doc({ url: 'javascript:alert(1)' })));
    expect(js).to.include({ ok: false, reason: 'invalid' });
    expect((js as { message: string }).message).to.include('"url" must be a web address starting with https://');
  });

  it('an entry a document belongs to cannot be deleted while the document names it', () => {
    const withDoc = applyChangeToDoc(smallCase(), makeChange('Document', 'create', 'A', null, doc()));
    if (!withDoc.ok) throw new Error('setup');
    const e2 = withDoc.doc.chronology!.find((e) => e.id === 'e2')!;
    const del = applyChangeToDoc(withDoc.doc, makeChange('ChronologyEntry', 'delete', 'A', e2, null));
    expect(del).to.include({ ok: false, reason: 'invalid' });
    expect((del as { message: string }).message).to.equal('ChronologyEntry "e2" cannot be deleted while Document "d-new" refer to it');
  });

  it('MemoryCaseStore applies it, and the loaded case has it', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'importer');
    const r = await store.apply(CASE, makeChange('Document', 'create', 'Dee Worker', null, doc()));
    expect(r.ok).to.equal(true);
    expect((await store.load(CASE))!.doc.documents).to.deep.equal([doc()]);
    store.close();
  });
});
