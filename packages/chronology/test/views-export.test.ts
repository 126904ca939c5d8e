import { expect } from '@open-wc/testing';
import { buildModel } from '../src/model.js';
import { makeAnonymiser, roleNames } from '../src/anonymiser.js';
import { withheldCount } from '../src/audience-policy.js';
import { isSafeUrl, presentEntry } from '../src/present.js';
import { chronologyCsv, chronologyText, csvCell, toCsv } from '../src/export.js';
import { entryFromValues, valuesFromEntry } from '../src/form/entry-form.js';
import { chronologyMessages } from '../src/messages/index.js';
import { fitViewport, ticks, tickUnit, zoomViewport, lanesFor, laneIdsOf } from '../src/timeline/timeline-geometry.js';
import { crafted } from './fixtures.js';

describe('views', () => {
  // Welsh is loaded when first used; an element loads it itself, a direct caller of the pure functions loads it first.
  before(() => chronologyMessages.load('cy'));
  it('derives roles from relationships to the subject children', () => {
    const roles = roleNames(crafted());
    expect(Object.fromEntries(roles)).to.deep.equal({
      jay: 'Child A',
      mia: 'Child B',
      mum: 'Mother',
      dad: 'Father',
      nan: 'Grandmother',
      lee: "Mother's partner",
      sw1: 'Social worker',
    });
    expect(roleNames(crafted(), 'cy').get('mum')).to.equal('Mam');
  });
  it('replaces names in free text, a shared family name with a neutral marker', () => {
    const a = makeAnonymiser(crafted());
    expect(a.text('Kerry Smith told Alex Green that Jay and Lee argued; the Smith family moved.')).to.equal(
      "Mother told Social worker that Child A and Mother's partner argued; the [name] family moved.",
    );
  });
  it('withholds restricted and third-party entries in the redacted version, keeping only the year', () => {
    const b = crafted();
    const m = buildModel(b);
    expect(withheldCount(b.chronology!)).to.equal(2);
    const p = presentEntry(m.byId.get('e6')!, { model: m, locale: 'en', audience: 'redacted' });
    expect(p.withheld).to.equal('third-party');
    expect(p.date).to.equal('2020');
    expect(JSON.stringify(p)).not.to.contain('Lee');
    expect(presentEntry(m.byId.get('e3')!, { model: m, locale: 'en', audience: 'redacted' }).reference).to.equal('');
  });
  it('allows only http(s) links', () => {
    expect(isSafeUrl('https://x.example/a')).to.equal(true);
    expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeUrl('data:text/html,hi')).to.equal(false);
    expect(isSafeUrl('not a url')).to.equal(false);
  });
});

describe('csv and plain text', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).to.equal('a,b\r\nc,d\r\n');
  });
  it('exports the guidance columns with dates, ages and sources', () => {
    const m = buildModel(crafted());
    const rows = m.rows.map((r) => presentEntry(r, { model: m, locale: 'en', audience: 'practitioner' }));
    const csv = chronologyCsv(rows, 'en');
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(
      "Date,Age,What happened,Details,Source,Impact on the child,Action taken / outcome,Category,Significance,Who it is about,The family's account,Reference",
    );
    expect(lines[2]).to.equal('c. 2019,Jay Smith: c. 4; Mia Smith: c. 1y 4m,Family moved to the area,,Housing,,,Other,Routine,,,');
    expect(csv).to.contain(
      '14 Mar 2020,Jay Smith: 4y 9m; Mia Smith: c. 2y 1m,Domestic abuse incident at home,Officers called by a neighbour. Kerry Smith had a cut lip.,Police,Jay saw the incident.,Referred to social care,Police,Significant,"Jay Smith, Mia Smith",,Niche N-1',
    );
    expect(csv).to.contain('5 Jan 2021 – 30 Sep 2021');
  });
  it('writes plain text with a heading and withheld entries as such', () => {
    const m = buildModel(crafted());
    const rows = m.rows.map((r) => presentEntry(r, { model: m, locale: 'en', audience: 'redacted' }));
    const text = chronologyText(rows, 'en', 'Smith family: chronology');
    expect(text.startsWith('Smith family: chronology\n=')).to.equal(true);
    expect(text).to.contain('2020: Information about another person withheld');
    expect(text).not.to.contain('Concerns about Lee');
    expect(text).to.contain('14 Mar 2020 (age Jay Smith: 4y 9m; Mia Smith: c. 2y 1m): Domestic abuse incident at home');
  });
});

describe('entry form', () => {
  it('round-trips an entry, keeping fields the form does not show', () => {
    const entry = { ...crafted().chronology![2]!, hostField: 42 } as never;
    const { entry: out, errors } = entryFromValues(valuesFromEntry(entry), 'e3', entry);
    expect(errors).to.deep.equal([]);
    expect(out).to.deep.equal(entry);
  });
  it('reports each invalid field in form order', () => {
    const v = { ...valuesFromEntry(), date: '14/03/2020', title: '', time: '25:00', endDate: '2019' };
    expect(entryFromValues(v, 'n').errors.map((x) => [x.field, x.key])).to.deep.equal([
      ['date', 'error.date'],
      ['time', 'error.time'],
      ['title', 'error.title'],
    ]);
    const w = { ...valuesFromEntry(), date: '2020-03-14', title: 'x', endDate: '2019' };
    expect(entryFromValues(w, 'n').errors.map((x) => x.field)).to.deep.equal(['endDate']);
  });
});

describe('timeline scale', () => {
  it('zooms from decades to days', () => {
    const all = fitViewport({ start: Date.UTC(1980, 0, 1), end: Date.UTC(2024, 0, 1) });
    expect(tickUnit(all, 400)).to.equal('decade');
    expect(tickUnit(all, 800)).to.equal('five-years');
    let v = all;
    for (let i = 0; i < 14; i++) v = zoomViewport(v, 0.5);
    expect(tickUnit(v, 800)).to.equal('day');
    expect(ticks(v, 800).ticks.length).to.be.greaterThan(1);
    const mid = zoomViewport(all, 1 / 40);
    expect(['month', 'quarter']).to.include(tickUnit(mid, 800));
    expect(ticks(mid, 800, 'cy').ticks.some((t) => /Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag/.test(t.label))).to.equal(true);
  });
  it('puts an entry about two children in both child lanes', () => {
    const m = buildModel(crafted());
    expect(lanesFor(m, 'child').map((l) => l.id)).to.deep.equal(['jay', 'mia', '']);
    expect(laneIdsOf(m.byId.get('e3')!, m, 'child')).to.deep.equal(['jay', 'mia']);
    expect(laneIdsOf(m.byId.get('e3')!, m, 'agency')).to.deep.equal(['pol']);
  });
});
