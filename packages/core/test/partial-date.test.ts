import { expect } from '@open-wc/testing';
import {
  ageAt,
  comparePartialDates,
  endOf,
  formatAge,
  formatPartialDate,
  partsOf,
  sortByPartialDate,
  startOf,
} from '../src/partial-date.js';

describe('PartialDate helpers', () => {
  it('reads a date’s parts digit by digit in the three forms, and any other string as it always did', () => {
    expect(partsOf('2019')).to.deep.equal({ year: 2019 });
    expect(partsOf('2019-03')).to.deep.equal({ year: 2019, month: 3 });
    expect(partsOf('2019-03-14')).to.deep.equal({ year: 2019, month: 3, day: 14 });
    expect(partsOf('0999-12-31')).to.deep.equal({ year: 999, month: 12, day: 31 });
    // Not one of the forms (the parser refuses these; a host's own code may still pass them): split at hyphens.
    expect(partsOf('2019-3')).to.deep.equal({ year: 2019, month: 3 });
    expect(partsOf('2019-03-1')).to.deep.equal({ year: 2019, month: 3, day: 1 });
    expect(partsOf('2019-0a')).to.deep.equal({ year: 2019 });
    expect(partsOf('20x9')).to.deep.equal({ year: NaN });
    expect(partsOf('2019/03/14')).to.deep.equal({ year: NaN });
    expect(partsOf('2019-00')).to.deep.equal({ year: 2019 });
    expect(startOf('2019-03')).to.equal(Date.UTC(2019, 2, 1));
    expect(endOf('2019-02')).to.equal(Date.UTC(2019, 1, 28));
    expect(endOf('2020')).to.equal(Date.UTC(2020, 11, 31));
  });

  it('gives every string the same start and end as its parts give, in the three forms and out of them', () => {
    // startOf and endOf read the three forms without partsOf's object; any string must mean what its parts mean.
    const byParts = (d: string) => {
      const { year, month, day } = partsOf(d);
      const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
      const end = day ? Date.UTC(year, month! - 1, day) : month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
      return [start, end];
    };
    const samples = ['2019', '0000', '9999', '2020-02', '2019-02-29', '2020-02-29', '2019-12-31', '2019-02-31', '2019-13'];
    samples.push('2019-00', '2019-00-05', '2019-05-00', '2019-99-99', '2019-3', '2019-03-1', '201a', '2019-0a', '2019/03/14');
    samples.push('', '-', '2019-', '2019-03-', '20190314', '2019-03-14T00:00', '１２３４', '2019-03-14 ');
    for (let m = 0; m <= 13; m++)
      for (const d of [0, 1, 15, 28, 29, 30, 31, 32]) samples.push(`2021-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    for (const d of samples) expect([startOf(d), endOf(d)], JSON.stringify(d)).to.deep.equal(byParts(d));
  });

  it('sorts a partial date at the start of its span, after full dates on that first day, and after the previous year', () => {
    const dates = ['2019-03-14', '2019', '2018-12-31', '2019-03', '2020', '2019-01-01'];
    expect([...dates].sort(comparePartialDates)).to.deep.equal(['2018-12-31', '2019-01-01', '2019', '2019-03', '2019-03-14', '2020']);
  });

  it('orders same-day events by sequence, keeping input order without one', () => {
    const items = [
      { d: '2020-01-01', s: 2, n: 'b' },
      { d: '2020-01-01', s: 1, n: 'a' },
      { d: '2020-01-01', n: 'c' },
      { d: '2019', n: 'z' },
    ];
    expect(
      sortByPartialDate(
        items,
        (i) => i.d,
        (i) => i.s,
      ).map((i) => i.n),
    ).to.deep.equal(['z', 'a', 'b', 'c']);
  });

  it('formats only the precision it has, in English and Welsh', () => {
    expect(formatPartialDate('2019-03-14')).to.equal('14 Mar 2019');
    expect(formatPartialDate('2019-03')).to.equal('Mar 2019');
    expect(formatPartialDate('2019')).to.equal('2019');
    expect(formatPartialDate('2019-03', 'en', { approximate: true })).to.equal('c. Mar 2019');
    expect(formatPartialDate('2019-03-14', 'cy', { style: 'long' })).to.equal('14 Mawrth 2019');
    expect(formatPartialDate('2019-12', 'cy', { approximate: true })).to.equal('tua Rhag 2019');
  });

  it('computes age at a date, exactly for full dates and approximately for partial ones', () => {
    expect(ageAt('2015-06-10', '2024-06-09')).to.deep.equal({ years: 8, months: 11, approximate: false });
    expect(ageAt('2015-06-10', '2024-06-10')).to.deep.equal({ years: 9, months: 0, approximate: false });
    expect(ageAt('2015-06-10', '2014-01-01')).to.equal(null);
    const approx = ageAt('2015', '2024-06-10')!;
    expect(approx.years).to.equal(8);
    expect(approx.approximate).to.equal(true);
    expect(formatAge(ageAt('2024-01-01', '2024-05-02'))).to.equal('4m');
    expect(formatAge(approx)).to.equal('c. 8');
  });
});
