import { expect } from '@open-wc/testing';
import {
  anonymises,
  caseTitleIn,
  groupEvents,
  modelFilters,
  patternRows,
  restrictShown,
  showsSourceRecords,
  timelineRows,
  withheldCount,
  withheldCountIn,
  withheldIn,
  withheldReason,
  AUDIENCES,
} from '../src/audience-policy.js';
import { emptyFilters } from '../src/filter.js';
import { buildModel } from '../src/model.js';
import { crafted } from './fixtures.js';

const model = buildModel(crafted());
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const shownText = (row: { entry: { title: string } }) => row.entry.title;

describe('audience policy', () => {
  it('offers the three versions, full first', () => {
    expect(AUDIENCES).to.deep.equal(['practitioner', 'redacted', 'anonymised']);
  });

  it('withholds restricted and third-party entries, and only in the redacted version', () => {
    const e6 = model.byId.get('e6')!.entry,
      e7 = model.byId.get('e7')!.entry,
      e1 = model.byId.get('e1')!.entry;
    expect([withheldReason(e6), withheldReason(e7), withheldReason(e1)]).to.deep.equal(['third-party', 'restricted', null]);
    expect(withheldIn('redacted', e6)).to.equal('third-party');
    expect(withheldIn('practitioner', e6)).to.equal(null);
    expect(withheldIn('anonymised', e7)).to.equal(null);
    expect(withheldCount(crafted().chronology!)).to.equal(2);
    expect(withheldCountIn('redacted', model.rows)).to.equal(2);
    expect(withheldCountIn('practitioner', model.rows)).to.equal(0);
  });

  it('shows links to and references of case records except in the redacted version', () => {
    expect(showsSourceRecords('practitioner')).to.equal(true);
    expect(showsSourceRecords('anonymised')).to.equal(true);
    expect(showsSourceRecords('redacted')).to.equal(false);
  });

  it('never shows the case title in the anonymised version', () => {
    expect(caseTitleIn('practitioner', 'Smith family')).to.equal('Smith family');
    expect(caseTitleIn('redacted', 'Smith family')).to.equal('Smith family');
    expect(caseTitleIn('anonymised', 'Smith family')).to.equal('');
    expect(caseTitleIn('practitioner', undefined)).to.equal('');
    expect(anonymises('anonymised')).to.equal(true);
    expect(anonymises('redacted')).to.equal(false);
  });

  it('searches the shown text, not the original, in the anonymised version', () => {
    const f = { ...emptyFilters(), text: 'Kerry' };
    expect(modelFilters('practitioner', f).text).to.equal('Kerry');
    expect(modelFilters('anonymised', f).text).to.equal('');
    // The model's rows are searched by the anonymised text only: "Kerry" is not shown (she is "Mother").
    const anon = (row: { id: string }) => (row.id === 'e3' ? 'Mother had a cut lip' : '');
    expect(ids(restrictShown('anonymised', model.rows, f, [], anon).shown)).to.deep.equal([]);
    expect(ids(restrictShown('anonymised', model.rows, { ...f, text: 'mother lip' }, [], anon).shown)).to.deep.equal(['e3']);
    // Other versions leave the search to the model.
    expect(restrictShown('practitioner', model.rows, f, [], anon).shown).to.have.length(model.rows.length);
  });

  it('in the redacted version, lists withheld entries only when nothing but a date range is applied', () => {
    const dateOnly = { ...emptyFilters(), from: '2020' };
    const r1 = restrictShown('redacted', model.rows, dateOnly, [], shownText);
    expect(ids(r1.shown)).to.include('e6').and.include('e7');
    expect(r1.withheldHidden).to.equal(0);
    const r2 = restrictShown('redacted', model.rows, { ...emptyFilters(), significantOnly: true }, [], shownText);
    expect(ids(r2.shown)).to.not.include('e6').and.not.include('e7');
    expect(r2.withheldHidden).to.equal(2);
    // A person selected elsewhere is a content filter too.
    expect(restrictShown('redacted', model.rows, emptyFilters(), ['mia'], shownText).withheldHidden).to.equal(2);
    expect(restrictShown('practitioner', model.rows, { ...emptyFilters(), significantOnly: true }, [], shownText).withheldHidden).to.equal(
      0,
    );
  });

  it('never groups a withheld entry with others, and keeps date order', () => {
    const b = crafted([
      {
        id: 'w1',
        date: '2020-03-14',
        title: 'Domestic abuse incident',
        category: 'police',
        significance: 'notable',
        sourceAgencyId: 'hv',
        subjectIds: ['jay'],
        confidentiality: 'restricted',
      },
    ]);
    const m = buildModel(b);
    const full = groupEvents('practitioner', m.rows, false);
    expect(full.find((e) => e.rows.some((r) => r.id === 'w1'))!.rows.length).to.be.greaterThan(1);
    const redacted = groupEvents('redacted', m.rows, false);
    expect(redacted.find((e) => e.rows.some((r) => r.id === 'w1'))!.rows.map((r) => r.id)).to.deep.equal(['w1']);
    const order = redacted.map((e) => e.rows[0]!.index);
    expect(order).to.deep.equal([...order].sort((a, c) => a - c));
    expect(groupEvents('practitioner', m.rows, true)).to.have.length(m.rows.length);
  });

  it('leaves withheld entries out of patterns and the timeline in the redacted version', () => {
    expect(ids(patternRows('redacted', model.rows)))
      .to.not.include('e6')
      .and.not.include('e7');
    expect(ids(timelineRows('redacted', model.rows)))
      .to.not.include('e6')
      .and.not.include('e7');
    expect(patternRows('practitioner', model.rows)).to.equal(model.rows);
    expect(timelineRows('anonymised', model.rows)).to.equal(model.rows);
  });
});
