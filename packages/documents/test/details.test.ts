// Correcting a document's details: a file added from the device is filed under the day it was added, its kind
// guessed from its type and no author. The practitioner says when it was written, what it is, whom it concerns and
// which entries it belongs to; nothing else the document holds (its file, an entry the case no longer has) is lost.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryCaseStore, type CaseBundle, type Change, type DocRef, type Document } from '@opencasework/core';
import { $, $$, evansStore, mountShelf, until } from './fixtures.js';
import type { CwDocuments } from '../src/documents.js';

const ref = { kind: 'case' as const, id: 'evans-1' };
const active = (el: CwDocuments) => el.shadowRoot!.activeElement as HTMLElement | null;

function type(el: CwDocuments, sel: string, value: string): void {
  const f = $<HTMLInputElement | HTMLTextAreaElement>(el, sel);
  f.value = value;
  f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
function choose(el: CwDocuments, sel: string, value: string): void {
  const s = $<HTMLSelectElement>(el, sel);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
async function openDetails(el: CwDocuments, id: string): Promise<void> {
  $(el, `button[data-open="${id}"]`).click();
  await until(() => !!$(el, 'dialog[open] [data-action="details"]'));
  // Its name is the words on it (WCAG 2.5.3): a speech user says "Edit details" (it once had another name).
  expect($(el, '[data-action="details"]').getAttribute('aria-label')).to.equal(null);
  expect($(el, '[data-action="details"]').textContent.trim()).to.equal('Edit details');
  $(el, '[data-action="details"]').click();
  await until(() => !!$(el, 'form.details'));
  await el.updateComplete;
}
async function save(el: CwDocuments): Promise<void> {
  $(el, 'form.details button[type="submit"]').click();
  await until(() => !$(el, 'form.details') || !!$(el, '.form-errors') || !!$(el, 'form.details [role="alert"]'));
  await el.updateComplete;
}

describe('<cw-documents> correcting a document’s details', () => {
  it('a file just added: dated, named, filed against its entry and its people, its file kept', async () => {
    const { el, store } = await mountShelf();
    el.editable = true;
    el.today = '2025-07-15';
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#doc-upload');
    const dt = new DataTransfer();
    dt.items.add(new File(['Jay has missed 9 days this half term.'], 'scan0042.txt', { type: 'text/plain' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !!$(el, 'ul.added button'));
    const added = (await store.load(ref))!.doc.documents!.find((d) => d.title === 'scan0042.txt')!;
    expect(added).to.include({ date: '2025-07-15', kind: 'other' });

    $(el, `ul.added button[data-details="${added.id}"]`).click();
    await until(() => !!$(el, 'dialog[open] form.details'));
    await el.updateComplete;
    expect(active(el)?.id).to.equal('details-heading');
    type(el, '#d-title', 'Letter from school about Jay’s attendance');
    type(el, '#d-date', '2024-02');
    choose(el, '#d-kind', 'letter');
    type(el, '#d-summary', 'Nine days missed this half term.');
    $$<HTMLLabelElement>(el, '#d-people label')
      .find((l) => l.textContent.trim() === 'Jay Evans')!
      .click();
    choose(el, '#d-add-entry', 'c1');
    await el.updateComplete;
    // The entry linked is now a ticked box, and no longer offered in the list.
    expect($$(el, '#d-entries .check label').map((l) => l.textContent.trim())).to.deep.equal(['1 Feb 2024: Phone call with Kerry']);
    expect($$<HTMLOptionElement>(el, '#d-add-entry option').map((o) => o.value)).not.to.include('c1');
    await save(el);

    const saved = (await store.load(ref))!.doc;
    const doc = saved.documents!.find((d) => d.id === added.id)!;
    // Written down before running: everything said, and the file, its size and type as they were; still no author.
    expect(doc).to.deep.equal({
      id: added.id,
      title: 'Letter from school about Jay’s attendance',
      kind: 'letter',
      mediaType: 'text/plain',
      date: '2024-02',
      attachmentId: added.attachmentId,
      size: added.size,
      summary: 'Nine days missed this half term.',
      subjectIds: ['jay'],
      entryIds: ['c1'],
    } satisfies Document);
    expect((saved.audit ?? []).map((a) => `${a.entity}:${a.op}:${a.actor}`)).to.include('Document:update:Sam Patel');
    // Back in the preview: said, and focus on the button that opened the form.
    expect($(el, '.details-note').textContent.trim()).to.equal('The details are saved.');
    expect(active(el)?.dataset.action).to.equal('details');
    $(el, '[data-action="close"]').click();
    await until(() => !$(el, 'dialog[open]'));
    // On the shelf under February 2024, where the chronology has it, not under the day it was added.
    const group = $$(el, 'section.group').find((g) => g.querySelector(`[data-doc="${added.id}"]`));
    expect(group?.querySelector('h3')?.textContent.trim()).to.equal('February 2024');
  });

  it('says what is wrong, in the form’s order, and saves nothing', async () => {
    const { el, store } = await mountShelf();
    el.editable = true;
    el.today = '2025-07-15';
    await el.updateComplete;
    await openDetails(el, 'd-letter');
    type(el, '#d-title', '   ');
    type(el, '#d-date', '14/03/2024');
    await save(el);
    expect(active(el)?.classList.contains('form-errors')).to.equal(true);
    expect($$(el, '.form-errors li').map((li) => li.textContent.trim())).to.deep.equal([
      'Enter a title',
      'Enter a date as a year, a year and month, or a full date, for example 2023, 2023-05 or 2023-05-14',
    ]);
    expect($(el, '#d-date').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#d-date').getAttribute('aria-describedby')).to.equal('d-date-hint d-date-error');
    $$(el, '.form-errors button')[1]!.click();
    expect(active(el)?.id).to.equal('d-date');
    type(el, '#d-title', 'Letter to Kerry Evans');
    type(el, '#d-date', '2027-01');
    await save(el);
    expect($$(el, '.form-errors li').map((li) => li.textContent.trim())).to.deep.equal(['The date of the document cannot be after today']);
    const doc = (await store.load(ref))!.doc.documents!.find((d) => d.id === 'd-letter')!;
    expect(doc).to.include({ title: 'Letter to Kerry Evans about the visit', date: '2024-02-01' });
  });

  it('keeps what the form does not show: the file’s address, and a link to an entry this reader may not see', async () => {
    // As a server does for a reader without access to restricted records: the strategy notes belong to entry c4, which
    // is restricted and withheld. The link is the store's: shown as an entry not shown here, and kept when saved.
    class WithholdingStore extends MemoryCaseStore {
      override async load<K extends DocRef['kind']>(r: DocRef & { kind: K }) {
        const loaded = await super.load(r);
        const doc = loaded?.doc as CaseBundle | undefined;
        if (doc) doc.chronology = doc.chronology?.filter((e) => e.confidentiality !== 'restricted');
        return loaded;
      }
    }
    const store = new WithholdingStore();
    const { bundle } = await evansStore();
    await store.replace(ref, bundle, 'import');
    const wrap = await fixture<HTMLElement>(html`<div lang="en-GB"><cw-case case-id="evans-1" .store=${store} actor="Sam Patel">
      <cw-documents editable></cw-documents></cw-case></div>`);
    const el = wrap.querySelector<CwDocuments>('cw-documents')!;
    await until(() => !!el.shadowRoot?.querySelector('ul.docs'));
    await openDetails(el, 'd-strategy');
    expect($$(el, '#d-entries .check label').map((l) => l.textContent.trim())).to.deep.equal(['An entry not shown here (c4)']);
    expect($<HTMLInputElement>(el, '#d-entry-0').checked).to.equal(true);
    type(el, '#d-title', 'Strategy discussion notes (typed up)');
    await save(el);
    expect($(el, 'form.details')).to.equal(null);
    expect((await store.load(ref))!.doc.documents!.find((d) => d.id === 'd-strategy')).to.deep.equal({
      id: 'd-strategy',
      title: 'Strategy discussion notes (typed up)',
      kind: 'minutes',
      mediaType: 'text/plain',
      date: '2024-02-13',
      entryIds: ['c4'],
      url: '/reports/strategy.txt',
    });
  });

  it('tells a host that handed in the case the change to its own record, with the link it left out of the bundle', async () => {
    // The host's report names entry "c-gone", which its bundle leaves out: the shelf shows it unlinked (and the issue
    // list says why). The change the host hears must keep the link, or applying it would drop it from the host's record.
    const { bundle } = await evansStore();
    const el = await fixture<CwDocuments>(html`<cw-documents editable .bundle=${bundle}></cw-documents>`);
    await openDetails(el, 'd-orphan');
    expect($(el, '#d-entries p.meta').textContent.trim()).to.equal('Not linked to an entry yet.');
    choose(el, '#d-kind', 'assessment');
    const heard: Change[] = [];
    el.addEventListener('cw-change', (e) => heard.push(e.detail.change));
    await save(el);
    const given = bundle.documents!.find((d) => d.id === 'd-orphan')!;
    expect(heard.map((c) => [c.before, c.after])).to.deep.equal([[given, { ...given, kind: 'assessment' }]]);
    expect($(el, '[data-doc="d-orphan"] .meta').textContent).to.contain('Assessment');
  });

  it('shows the author as recorded, by name and role; Escape and Cancel go back to the document, not out of it', async () => {
    const { el, store } = await mountShelf();
    el.editable = true;
    await el.updateComplete;
    await openDetails(el, 'd-photo');
    const author = $<HTMLSelectElement>(el, '#d-author');
    expect(author.selectedOptions[0]!.textContent.trim()).to.equal('Sam Patel (Social worker)');
    $<HTMLInputElement>(el, '#d-title').focus();
    await sendKeys({ type: '-draft' }); // typed, as a person would (a browser lets Escape be held back only after that)
    expect($<HTMLInputElement>(el, '#d-title').value).to.equal('Photo of Mia’s bedroom-draft');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'form.details'));
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(active(el)?.dataset.action).to.equal('details');
    $(el, '[data-action="details"]').click();
    await until(() => !!$(el, 'form.details'));
    expect($<HTMLInputElement>(el, '#d-title').value).to.equal('Photo of Mia’s bedroom');
    $(el, 'form.details button.secondary').click();
    await until(() => !$(el, 'form.details'));
    expect((await store.load(ref))!.doc.documents!.find((d) => d.id === 'd-photo')!.title).to.equal('Photo of Mia’s bedroom');
  });

  it('is offered only in the full version of an editable shelf', async () => {
    const { el } = await mountShelf();
    $(el, 'button[data-open="d-letter"]').click();
    await until(() => !!$(el, 'dialog[open]'));
    expect($(el, '[data-action="details"]')).to.equal(null);
    $(el, '[data-action="close"]').click();
    await until(() => !$(el, 'dialog[open]'));
    el.editable = true;
    el.audience = 'redacted';
    await el.updateComplete;
    $(el, 'button[data-open="d-letter"]').click();
    await until(() => !!$(el, 'dialog[open]'));
    expect($(el, '[data-action="details"]')).to.equal(null);
  });
});
