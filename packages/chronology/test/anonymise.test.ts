import { fixture, html, expect } from '@open-wc/testing';
import type { CaseBundle } from '@opencasework/core';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';
import { makeAnonymiser } from '../src/anonymiser.js';

/**
 * A case written as records are really written: first names alone, preferred names, nicknames, possessives, a child's
 * name inside a professional's job title, the school and the surgery by name, record numbers and a date of birth in
 * free text. Every one of them must be gone from every anonymised output.
 */
export function leaky(): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-moss', title: 'Moss family', subjectIds: ['tom', 'ella'] },
    people: [
      {
        id: 'tom',
        givenName: 'Thomas',
        preferredName: 'Tom',
        familyName: 'Moss',
        gender: 'male',
        dateOfBirth: '2016-03-14',
        identifiers: [{ system: 'NHS', value: '943 476 5919' }],
        aliases: ['Tommy'],
      },
      { id: 'ella', givenName: 'Ella-Rose', familyName: 'Moss', gender: 'female', dateOfBirth: '2019-11-02' },
      { id: 'mum', givenName: 'Susan', preferredName: 'Sue', familyName: 'Moss', gender: 'female' },
      { id: 'dad', givenName: 'Callum', familyName: 'Reid', gender: 'male' },
      { id: 'nan', givenName: 'Margaret', familyName: 'Price', gender: 'female', aliases: ['Peggy'] },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'mum', childId: 'tom', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'mum', childId: 'ella', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'dad', childId: 'tom', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'nan', childId: 'mum', type: 'biological' },
    ],
    agencies: [
      { id: 'sc', name: 'Northshire Children’s Services', sector: 'social-care' },
      { id: 'sch', name: 'Hillside Primary School', sector: 'education' },
      { id: 'gp', name: 'Elm Tree Surgery', sector: 'health' },
      { id: 'pol', name: 'Police', sector: 'police' },
    ],
    professionals: [
      { id: 'pr-khan', name: 'Sarah Khan', role: 'Social worker', agencyId: 'sc' },
      { id: 'pr-baxter', name: 'Jo Baxter', role: "Tom's key adult", agencyId: 'sch' },
      { id: 'pr-mehta', name: 'Dr Anil Mehta', role: 'GP', agencyId: 'gp' },
    ],
    chronology: [
      {
        id: 'a1',
        date: '2016-03-14',
        title: 'Tom born',
        category: 'health',
        significance: 'notable',
        sourceAgencyId: 'gp',
        subjectIds: ['tom'],
        summary: 'Thomas Moss born at 38 weeks; DOB 14/03/2016. Registered with Elm Tree Surgery (Dr Mehta).',
        recordedBy: 'pr-mehta',
      },
      {
        id: 'a2',
        date: '2019-05-02',
        title: "Mum told Sarah that Tom's bruise came from a fall",
        category: 'visit',
        significance: 'significant',
        sourceAgencyId: 'sc',
        subjectIds: ['tom'],
        summary: 'Sue said Tommy fell at Nan’s. Peggy confirmed. Born 14 March 2016, so three.',
        impact: "Tom's account differed from Susan's.",
        action: 'Khan to speak to Hillside Primary School.',
        recordedBy: 'pr-khan',
        sourceRef: { system: 'Mosaic', recordId: 'MOS-88812', url: 'https://mosaic.example/case/MOS-88812' },
      },
      {
        id: 'a3',
        date: '2019-05-03',
        title: 'Concern raised by Jo Baxter',
        category: 'education',
        significance: 'notable',
        sourceAgencyId: 'sch',
        subjectIds: ['tom', 'ella'],
        summary: 'Jo (Tom’s key adult) noticed the bruise. Ella-Rose was collected by Margaret Price. NHS 943 476 5919. See LA/204518.',
        recordedBy: 'Jo Baxter',
        familyView: "Callum says Callum Reid's car was never there.",
      },
      {
        id: 'a4',
        date: '2019-05-03',
        title: 'Domestic incident at the Moss address',
        category: 'police',
        significance: 'critical',
        sourceAgencyId: 'pol',
        subjectIds: ['tom', 'ella'],
        summary: 'Callum and SUE argued; Reid left. Tom (Thomas) went to St Mary’s Academy next day.',
        sourceRef: { system: 'Niche', recordId: 'NIC-3311' },
      },
    ],
  };
}

/** Every name and identifying detail in `leaky()`, as whole words. */
const FORBIDDEN = [
  'Thomas',
  'Tom',
  'Tommy',
  'Moss',
  'Ella-Rose',
  'Ella',
  'Rose',
  'Susan',
  'Sue',
  'Callum',
  'Reid',
  'Margaret',
  'Price',
  'Peggy',
  'Sarah',
  'Khan',
  'Jo',
  'Baxter',
  'Anil',
  'Mehta',
  'Hillside',
  'Elm Tree',
  'St Mary’s',
  'MOS-88812',
  'NIC-3311',
  'LA/204518',
  '943 476 5919',
  '14/03/2016',
  '14 March 2016',
  '14 Mar 2016',
  '2016-03-14',
  'pr-khan',
  'pr-mehta',
];
const leaks = (text: string) =>
  FORBIDDEN.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text));

/** All the text a reader or an assistive technology can get from a render: text, names, titles, links, values. */
function everything(root: ShadowRoot): string {
  const parts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'href', 'alt', 'data-label', 'value']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
  }
  return parts.join('\n');
}

describe('anonymisation that does not leak', () => {
  it('replaces every name, nickname, school, surgery, record id and date of birth in free text', () => {
    const a = makeAnonymiser(leaky());
    const b = leaky();
    for (const e of b.chronology!) {
      for (const s of [e.title, e.summary, e.impact, e.action, e.familyView, e.recordedBy]) expect(leaks(a.text(s)), s).to.deep.equal([]);
    }
    expect(a.text("Mum told Sarah that Tom's bruise came from a fall")).to.equal(
      "Mum told Social worker that Child A's bruise came from a fall",
    );
    expect(a.nameOf('pr-baxter')).to.equal("Child A's key adult");
    expect(a.text('Registered with Elm Tree Surgery; then Oak Lane Medical Centre.')).to.equal(
      'Registered with GP surgery A; then [GP surgery].',
    );
    expect(a.text('At Hillside Primary School and at St Mary’s Academy')).to.equal('At School A and at [school]');
    expect(a.text('DOB 14/03/2016, born 14th March 2016')).to.equal('DOB [date of birth], born [date of birth]');
    // Everyday words that are also names are left alone where written as words.
    expect(a.text('Mum will call; the school may ring')).to.equal('Mum will call; the school may ring');
  });

  for (const view of ['table', 'court', 'timeline'] as const) {
    it(`leaves no name in the anonymised ${view} view, its filters, CSV or copied text`, async () => {
      const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${leaky()} audience="anonymised" view=${view}></cw-chronology>`);
      // Open the filters (people and agencies are listed there) and the patterns panel.
      el.shadowRoot!.querySelector<HTMLElement>('details.more summary')!.click();
      await el.updateComplete;
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      await el.updateComplete;
      const text = everything(el.shadowRoot!);
      expect(text).to.contain('Child A');
      expect(leaks(text)).to.deep.equal([]);
      expect(leaks(el.toCsv())).to.deep.equal([]);
      expect(leaks(el.toPlainText())).to.deep.equal([]);
    });
  }

  it('keeps the names in the full version, with recordedBy ids read as names', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${leaky()}></cw-chronology>`);
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.contain('Recorded by: Sarah Khan').and.contain('Recorded by: Jo Baxter').and.not.contain('pr-khan');
  });
});
