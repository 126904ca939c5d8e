import { expect } from '@open-wc/testing';
import { DEFAULT_TIME_ZONE, PARTIAL_DATE_PATTERN, dayOf, isPartialDate, today, todayPartialDate } from '../src/index.js';

describe('dayOf / today', () => {
  it('counts 00:30 British Summer Time as that day in London, not the UTC day before', () => {
    expect(DEFAULT_TIME_ZONE).to.equal('Europe/London');
    expect(dayOf('2025-07-01T23:30:00Z')).to.equal('2025-07-02');
    expect(dayOf('2025-07-01T22:59:59Z')).to.equal('2025-07-01');
    expect(dayOf(new Date('2025-07-01T23:30:00Z'), 'UTC')).to.equal('2025-07-01');
  });

  it('counts days in GMT in winter (London is UTC)', () => {
    expect(dayOf('2025-01-15T23:30:00Z')).to.equal('2025-01-15');
    expect(dayOf('2025-01-16T00:30:00Z')).to.equal('2025-01-16');
    expect(dayOf(Date.UTC(2025, 0, 15, 23, 59))).to.equal('2025-01-15');
  });

  it('follows other time zones, and falls back to London for an unknown one', () => {
    expect(dayOf('2025-07-01T23:30:00Z', 'America/New_York')).to.equal('2025-07-01');
    expect(dayOf('2025-07-01T15:30:00Z', 'Pacific/Auckland')).to.equal('2025-07-02');
    expect(dayOf('2025-07-01T23:30:00Z', 'Not/AZone')).to.equal('2025-07-02');
  });

  it('returns a partial date as it is, and an unreadable instant as empty', () => {
    expect(dayOf('2019-03')).to.equal('2019-03');
    expect(dayOf('2019-03-14')).to.equal('2019-03-14');
    expect(dayOf('not a date')).to.equal('');
  });

  it('gives today in a time zone for a fixed now', () => {
    const now = new Date('2025-07-01T23:30:00Z');
    expect(today(undefined, now)).to.equal('2025-07-02');
    expect(today('Europe/London', now)).to.equal('2025-07-02');
    expect(today('UTC', now)).to.equal('2025-07-01');
    expect(todayPartialDate(now)).to.equal('2025-07-02');
    expect(today()).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('today() kept for the minute', () => {
  it('turns to the next day at midnight, in the time zone asked for, though it is kept between calls', () => {
    const real = Date.now;
    try {
      Date.now = () => Date.UTC(2025, 0, 1, 23, 59, 59, 900);
      expect(today('UTC')).to.equal('2025-01-01');
      expect(today('Europe/London')).to.equal('2025-01-01');
      Date.now = () => Date.UTC(2025, 0, 2, 0, 0, 0, 100); // 200 ms later: a new day
      expect(today('UTC')).to.equal('2025-01-02');
      expect(today('Europe/London')).to.equal('2025-01-02');
      Date.now = () => Date.UTC(2025, 6, 1, 22, 59, 0, 0); // summer: London is an hour ahead
      expect(today('UTC')).to.equal('2025-07-01');
      Date.now = () => Date.UTC(2025, 6, 1, 23, 0, 0, 0);
      expect(today('Europe/London')).to.equal('2025-07-02');
      expect(today('UTC')).to.equal('2025-07-01');
    } finally {
      Date.now = real;
    }
  });
});

describe('isPartialDate', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD only', () => {
    for (const ok of ['2019', '2019-03', '2019-03-14', '2019-12-31']) expect(isPartialDate(ok), ok).to.equal(true);
    for (const bad of ['19', '2019-13', '2019-3', '2019-03-32', '2019-03-14T00:00', '', 2019, null, undefined])
      expect(isPartialDate(bad), String(bad)).to.equal(false);
    expect(PARTIAL_DATE_PATTERN.test('2020-02-29')).to.equal(true);
  });
});
