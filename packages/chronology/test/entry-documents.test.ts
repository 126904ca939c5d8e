import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CaseBundle, Document } from '@opencasework/core';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';
import { crafted } from './fixtures.js';

/**
 * Entries show the documents that belong to them: the police report on the incident (standard), the police's own
 * disclosure (restricted) on the same entry, a photo naming an entry that does not exist, and a letter about Jay on no
 * entry at all (listed on the shelf only).
 */
function withDocuments(): CaseBundle {
  const documents: Document[] = [
    {
      id: 'd-report',
      title: 'Police report: Kerry Smith’s statement',
      kind: 'report',
      mediaType: 'application/pdf',
      date: '2020-03-14',
      entryIds: ['e3'],
      url: '/r.pdf',
    },
    {
      id: 'd-secret',
      title: 'Disclosure about Lee Brown',
      kind: 'report',
      mediaType: 'application/pdf',
      date: '2020-03-15',
      entryIds: ['e3'],
      confidentiality: 'restricted',
    },
    { id: 'd-ghost', title: 'Photo of the kitchen', kind: 'photo', mediaType: 'image/jpeg', date: '2020-03-14', entryIds: ['e-missing'] },
    { id: 'd-free', title: 'Letter about Jay', kind: 'letter', mediaType: 'application/pdf', date: '2020-04-01' },
  ];
  return { ...crafted(), documents };
}

async function mount(audience = 'practitioner'): Promise<CwChronology> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div><cw-chronology .bundle=${withDocuments()} audience=${audience}></cw-chronology></div>`,
  );
  const el = wrap.querySelector('cw-chronology')!;
  await el.updateComplete;
  return el;
}
const docButtons = (el: CwChronology) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-document]')].map((b) => [
    b.closest('tr')!.dataset.event,
    b.dataset.document,
    b.textContent,
  ]);

describe('chronology entries show their documents', () => {
  it('lists an entry’s documents in its row as buttons (none for a document naming a missing entry or none)', async () => {
    const el = await mount();
    // The incident is one event recorded by the police (e3) and social care (e4): its row is the event e4's.
    expect(docButtons(el)).to.deep.equal([
      ['e4', 'd-report', 'Police report: Kerry Smith’s statement'],
      ['e4', 'd-secret', 'Disclosure about Lee Brown'],
    ]);
    expect(el.shadowRoot!.querySelector('tr[data-event="e4"] .entry-docs strong')!.textContent).to.equal('Documents');
  });

  it('fires cw-document-open with the document and its entry, out of the shadow root', async () => {
    const el = await mount();
    const b = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-document="d-report"]')!;
    setTimeout(() => b.click());
    const e = await oneEvent<CustomEvent<{ documentId: string; entryId: string }>>(el.parentElement!, 'cw-document-open');
    expect(e.detail).to.deep.equal({ documentId: 'd-report', entryId: 'e3' });
    expect(e.composed).to.equal(true);
  });

  it('withholds a restricted document in the redacted and anonymised versions, and names no one in the anonymised one', async () => {
    const red = await mount('redacted');
    expect(docButtons(red).map(([, id]) => id)).to.deep.equal(['d-report']);
    const anon = await mount('anonymised');
    const shown = docButtons(anon);
    expect(shown.map(([, id]) => id)).to.deep.equal(['d-report']);
    expect(shown[0]![2]).not.to.include('Kerry');
    expect(shown[0]![2]).not.to.include('Smith');
  });
});
