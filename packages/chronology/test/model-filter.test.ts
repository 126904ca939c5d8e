import { expect } from '@open-wc/testing';
import { agesAt, buildModel } from '../src/model.js';
import { emptyFilters, filterRows, highlightParts, normaliseFilters } from '../src/filter.js';
import { crafted, scale } from './fixtures.js';

describe('model', () => {
  it('sorts by date with year-only dates at the top of their year and same-day entries by sequence', () => {
    const m = buildModel(crafted());
    expect(m.rows.map((r) => r.id)).to.deep.equal(['e1', 'e2', 'e4', 'e3', 'e5', 'e6', 'e7', 'e8', 'e9']);
    expect(m.rows[1]!.precision).to.equal('year');
  });

  it('lists agencies and people in use, subject children first', () => {
    const m = buildModel(crafted());
    expect(m.agencies.map((a) => a.id)).to.deep.equal(['sc', 'pol', 'hv', 'sch', 'hou']);
    expect(m.people.map((p) => p.id)).to.deep.equal(['jay', 'mia']);
  });

  it('gives each child concerned an age at the event, approximate when a date is partial', () => {
    const m = buildModel(crafted());
    const ages = agesAt(m.byId.get('e3')!, m);
    expect(ages.map((a) => a.personId)).to.deep.equal(['jay', 'mia']);
    expect(ages[0]!.age).to.deep.equal({ years: 4, months: 9, approximate: false });
    expect(ages[1]!.age.approximate).to.equal(true); // Mia's birth is known to the month
    // An entry about no one concerns every subject child; children not yet born have no age.
    const moved = agesAt(m.byId.get('e2')!, m);
    expect(moved.map((a) => a.personId)).to.deep.equal(['jay', 'mia']);
    expect(agesAt(m.byId.get('e1')!, m).map((a) => a.personId)).to.deep.equal(['jay']);
  });

  it('treats an open plan or placement as a period running to today', () => {
    const m = buildModel(
      crafted([{ id: 'p', date: '2022-01-01', title: 'Placed with foster carers', category: 'placement', significance: 'critical' }]),
      Date.UTC(2024, 0, 1),
    );
    const r = m.byId.get('p')!;
    expect(r.open).to.equal(true);
    expect(r.periodEnd).to.equal(Date.UTC(2024, 0, 1));
    expect(m.byId.get('e8')!.open).to.equal(false);
  });
});

describe('filter', () => {
  const m = buildModel(crafted());
  const ids = (f: Partial<ReturnType<typeof emptyFilters>>, only: string[] = []) =>
    filterRows(m, { ...emptyFilters(), ...f }, only).shown.map((r) => r.id);

  it('shows everything with no filters', () => {
    expect(filterRows(m, emptyFilters()).hidden).to.equal(0);
  });
  it('filters by agency', () => expect(ids({ agencies: ['pol', 'hou'] })).to.deep.equal(['e2', 'e3']));
  it('filters by category', () => expect(ids({ categories: ['police'] })).to.deep.equal(['e4', 'e3']));
  it('filters by significance', () => expect(ids({ significances: ['critical'] })).to.deep.equal(['e8']));
  it('shows significant and critical only in one switch', () =>
    expect(ids({ significantOnly: true })).to.deep.equal(['e3', 'e6', 'e7', 'e8']));
  it('filters by person, including an entry about two children', () => {
    expect(ids({ people: ['mia'] })).to.deep.equal(['e4', 'e3', 'e6', 'e7', 'e8', 'e9']);
    expect(ids({}, ['jay']))
      .to.include('e3')
      .and.not.include('e6');
  });
  it('filters by a date range of partial dates, counting overlap of spans and periods', () => {
    expect(ids({ from: '2020', to: '2020' })).to.deep.equal(['e4', 'e3', 'e5', 'e6', 'e7']);
    expect(ids({ from: '2021-06' })).to.deep.equal(['e8']); // the plan runs to Sep 2021
    expect(ids({ to: '2019-06' })).to.deep.equal(['e1', 'e2']); // "2019" may fall in the range
  });
  it('searches every word, case-insensitively, across title, summary, impact, agency and people', () => {
    expect(ids({ text: 'CUT lip' })).to.deep.equal(['e3']);
    expect(ids({ text: 'oak primary' })).to.deep.equal(['e5']);
    expect(ids({ text: 'jay saw' })).to.deep.equal(['e3']);
    expect(ids({ text: 'nothing-like-this' })).to.deep.equal([]);
  });
  it('counts what is hidden', () => expect(filterRows(m, { ...emptyFilters(), categories: ['police'] }).hidden).to.equal(7));
  it('cleans a host-supplied filter state', () => {
    const f = normaliseFilters({
      agencies: ['x', 3 as unknown as string],
      from: 'yesterday',
      text: 'a',
      significantOnly: 'yes' as unknown as boolean,
    });
    expect(f).to.deep.equal({ ...emptyFilters(), agencies: ['x'], text: 'a' });
  });
  it('highlights every match of every word', () => {
    expect(highlightParts('Cut lip, cut hand', 'cut')).to.deep.equal([
      { text: 'Cut', match: true },
      { text: ' lip, ', match: false },
      { text: 'cut', match: true },
      { text: ' hand', match: false },
    ]);
    expect(highlightParts('abc', '')).to.deep.equal([{ text: 'abc', match: false }]);
  });
  it('filters and searches 10,000 entries (timing is measured by bench/chronology, not here)', () => {
    const big = buildModel(scale(10_000));
    expect(filterRows(big, { ...emptyFilters(), agencies: ['a3'] }).shown.length).to.equal(1250);
    const r = filterRows(big, { ...emptyFilters(), agencies: ['a3'], text: 'NUMBER 11' });
    // Every word must appear somewhere: "number" is in every summary, so this finds agency a3's entries containing "11".
    const expected = Array.from({ length: 10_000 }, (_, n) => n)
      .filter((n) => n % 8 === 3 && String(n).includes('11'))
      .map((n) => `s${n}`);
    expect(expected.length).to.be.greaterThan(20);
    expect(r.shown.map((x) => x.id)).to.deep.equal(expected);
    expect(r.hidden).to.equal(10_000 - r.shown.length);
  });
});
