import { fixture, html, expect } from '@open-wc/testing';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';
import { makeAnonymiser } from '../src/anonymiser.js';
import { leaky } from './leaky-case.js';
import { loadPatternAnalysis } from '../src/pattern-analysis-loader.js';

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
      await loadPatternAnalysis(); // the panel's analysis loads on demand; the panel re-renders once it has
      await el.updateComplete;
      const text = everything(el.shadowRoot!);
      expect(text).to.contain('Child A');
      expect(leaks(text)).to.deep.equal([]);
      expect(leaks(el.toCsv())).to.deep.equal([]);
      expect(leaks(el.toPlainText())).to.deep.equal([]);
    });
  }

  it('offers no add or edit in the anonymised version (the form names people and places)', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${leaky()} audience="anonymised" editable></cw-chronology>`);
    expect(el.shadowRoot!.querySelector('[data-action="add"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[data-edit]')).to.have.length(0);
    el.audience = 'practitioner';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-action="add"]')).to.not.equal(null);
  });

  it('keeps the names in the full version, with recordedBy ids read as names', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${leaky()}></cw-chronology>`);
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.contain('Recorded by: Sarah Khan').and.contain('Recorded by: Jo Baxter').and.not.contain('pr-khan');
  });
});
