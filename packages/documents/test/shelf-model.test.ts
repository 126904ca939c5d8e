import { expect } from '@open-wc/testing';
import { parseCaseBundle, type CaseBundle } from '@opencasework/core';
import { buildShelf, groupShelf, previewKindOf, searchShelf, sizeText } from '../src/shelf-model.js';
import { evansBundle, HOSTILE, manyDocuments } from './fixtures.js';

const ids = { photo: 'a1', pdf: 'a2', text: 'a3', empty: 'a4', hostile: 'a5' };
const parsed = () => parseCaseBundle(evansBundle(ids));
const order = ['jay', 'mia', 'kerry', 'dean'];

describe('document shelf model', () => {
  it('keeps every document for the practitioner, newest first, with the entry each belongs to (a missing entry dropped, a javascript: address withheld)', () => {
    const { value, issues } = parsed();
    // The parser reports the dangling entry and the refused address, and keeps both documents.
    expect(issues.map((i) => i.id)).to.include.members(['d-orphan', 'd-js']);
    const shelf = buildShelf(value, 'practitioner', 'en');
    expect(shelf.withheld).to.equal(0);
    expect(shelf.showsContent).to.equal(true);
    expect(shelf.items.map((i) => i.id)).to.deep.equal([
      'd-strategy',
      'd-police',
      'd-photo',
      'd-gone',
      'd-empty',
      'd-js',
      'd-hostile',
      'd-letter',
      'd-orphan',
      'd-note',
      'd-paper',
    ]);
    const by = new Map(shelf.items.map((i) => [i.id, i]));
    expect(by.get('d-photo')!.entries).to.deep.equal([{ id: 'c2', title: 'Home visit: Mia seen in her room' }]);
    expect(by.get('d-orphan')!.entries).to.deep.equal([]);
    expect(by.get('d-js')!.source).to.equal(null);
    expect(by.get('d-orphan')!.source).to.deep.equal({ url: '/reports/hv-1.pdf' });
    expect(by.get('d-hostile')!.title).to.equal(HOSTILE);
    expect(by.get('d-photo')!.author).to.equal('Sam Patel');
    expect(by.get('d-note')!.people).to.deep.equal([
      ['jay', 'Jay Evans'],
      ['mia', 'Mia Evans'],
    ]);
  });

  it('withholds restricted documents, and documents of a withheld entry, in the redacted and anonymised versions', () => {
    const { value } = parsed();
    for (const audience of ['redacted', 'anonymised'] as const) {
      const shelf = buildShelf(value, audience, 'en');
      expect(shelf.withheld, audience).to.equal(2);
      expect(
        shelf.items.map((i) => i.id),
        audience,
      ).not.to.include.members(['d-police']);
      expect(
        shelf.items.map((i) => i.id),
        audience,
      ).not.to.include('d-strategy');
      expect(shelf.items).to.have.length(9);
    }
    expect(buildShelf(value, 'redacted', 'en').showsContent).to.equal(true);
  });

  it('replaces names by roles in the anonymised version and shows no file contents there', () => {
    const { value } = parsed();
    const shelf = buildShelf(value, 'anonymised', 'en');
    expect(shelf.showsContent).to.equal(false);
    const text = shelf.items
      .flatMap((i) => [i.title, i.summary, i.author, ...i.entries.map((e) => e.title), ...i.people.map(([, n]) => n)])
      .join(' | ');
    for (const name of ['Mia', 'Kerry', 'Jay', 'Evans', 'Sam Patel']) expect(text, name).not.to.include(name);
    expect(shelf.items.find((i) => i.id === 'd-photo')!.title).to.match(/^Photo of .+ bedroom$/);
  });

  it('groups by month newest first (a year-only date after its year’s months), by person in the case’s order, by kind', () => {
    const { value } = parsed();
    const items = buildShelf(value, 'practitioner', 'en').items;
    expect(groupShelf(items, 'time', order).map((g) => g.key)).to.deep.equal(['2024-02', '2024-01', '2023']);
    const withYear = [...items, { ...items[0]!, id: 'y', date: '2024' }];
    expect(groupShelf(withYear, 'time', order).map((g) => g.key)).to.deep.equal(['2024-02', '2024-01', '2024', '2023']);
    const people = groupShelf(items, 'person', order);
    expect(people.map((g) => g.key)).to.deep.equal(['jay', 'mia', 'kerry', '']);
    expect(people[0]!.items.map((i) => i.id)).to.deep.equal(['d-gone', 'd-note']);
    expect(people[1]!.items.map((i) => i.id)).to.deep.equal(['d-photo', 'd-note']);
    expect(groupShelf(items, 'kind', order).map((g) => g.key)).to.deep.equal(['letter', 'report', 'minutes', 'photo', 'drawing', 'other']);
  });

  it('searches titles and summaries, every word, whatever the case; the redacted version never finds a withheld document', () => {
    const { value } = parsed();
    const all = buildShelf(value, 'practitioner', 'en').items;
    expect(searchShelf(all, 'SAFE nan').map((i) => i.id)).to.deep.equal(['d-note']);
    expect(searchShelf(all, 'dean').map((i) => i.id)).to.deep.equal(['d-police']);
    expect(searchShelf(buildShelf(value, 'redacted', 'en').items, 'dean')).to.deep.equal([]);
    expect(searchShelf(all, '  ')).to.have.length(all.length);
  });

  it('searches 200 documents', () => {
    const bundle = { ...evansBundle(ids), documents: manyDocuments(200) } as CaseBundle;
    const items = buildShelf(parseCaseBundle(bundle).value, 'practitioner', 'en').items;
    expect(items).to.have.length(200);
    expect(searchShelf(items, 'school report')).to.have.length(20);
    expect(searchShelf(items, 'attendance')).to.have.length(8);
    expect(searchShelf(items, 'report 190').map((i) => i.id)).to.deep.equal(['m190']);
  });

  it('knows which files it can preview, and writes sizes', () => {
    expect(previewKindOf('image/JPEG')).to.equal('image');
    expect(previewKindOf('application/pdf')).to.equal('pdf');
    expect(previewKindOf('text/plain; charset=utf-8')).to.equal('text');
    expect(previewKindOf('image/svg+xml')).to.equal('none');
    expect(previewKindOf('audio/webm;codecs=opus')).to.equal('none');
    expect(sizeText(0, 'en')).to.equal('0 B');
    expect(sizeText(1536, 'en')).to.equal('1.5 KB');
    expect(sizeText(20 * 1024 * 1024, 'en')).to.equal('20 MB');
  });
});
