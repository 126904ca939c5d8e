import { expect } from '@open-wc/testing';
import { measureBoard, quantile, spreadOf, endToEndDays } from '../src/measures.js';
import { card, crafted, daysAgo, NOW } from './fixtures.js';

describe('measures (pure)', () => {
  it('interpolates quantiles and spreads', () => {
    expect(quantile([], 0.5)).to.equal(null);
    expect(quantile([1, 2, 3, 4], 0.5)).to.equal(2.5);
    expect(spreadOf([10, 2, 4, 8, 6])).to.deep.equal({ count: 5, median: 6, q1: 4, q3: 8, min: 2, max: 10 });
  });

  it('times resolved blockages raised to resolved, and leaves escalated ones open', () => {
    const m = measureBoard(crafted().blockages!, NOW);
    expect(m.total).to.equal(6);
    expect(m.resolved).to.equal(2);
    expect(m.open).to.equal(4);
    expect(m.escalated).to.equal(1);
    expect(m.endToEnd.count).to.equal(2);
    expect(m.endToEnd.median).to.be.closeTo(7, 1e-9); // 10 and 4 days
    expect(m.endToEnd.min).to.be.closeTo(4, 1e-9);
    expect(m.endToEnd.max).to.be.closeTo(10, 1e-9);
    // Run chart in order of resolution: b6 (46 days ago) before b4 (20 days ago).
    expect(m.runChart.map((p) => p.id)).to.deep.equal(['b6', 'b4']);
    expect(m.runChart.map((p) => Math.round(p.days))).to.deep.equal([4, 10]);
    // The escalated card is among the open ages.
    expect(m.openAges.map((o) => o.id)).to.include('b5');
  });

  it('sums hours lost still open and hours recovered, and counts open cards without an estimate', () => {
    const m = measureBoard(crafted().blockages!, NOW);
    expect(m.hoursLostOpen).to.equal(3 + 1 + 4);
    expect(m.hoursRecovered).to.equal(2 + 1.5);
    expect(m.openWithoutHours).to.equal(1);
  });

  it('ages open blockages and buckets them', () => {
    const m = measureBoard(crafted().blockages!, NOW);
    expect(m.openAges.map((o) => [o.id, Math.round(o.days)])).to.deep.equal([
      ['b3', 100],
      ['b1', 40],
      ['b2', 20],
      ['b5', 3],
    ]);
    expect(m.ageBuckets.map((b) => b.count)).to.deep.equal([1, 1, 1, 1]);
    expect(m.openAge.median).to.be.closeTo(30, 1e-9);
  });

  it('breaks measures down by category', () => {
    const m = measureBoard(crafted().blockages!, NOW);
    const rec = m.byCategory.find((c) => c.category === 'recording')!;
    expect(rec).to.include({ open: 1, resolved: 1, escalated: 0, hoursLostOpen: 4, hoursRecovered: 1.5 });
    expect(rec.endToEnd.median).to.be.closeTo(4, 1e-9);
    const partner = m.byCategory.find((c) => c.category === 'partner-agency')!;
    expect(partner).to.include({ open: 1, escalated: 1, resolved: 0 });
    expect(partner.endToEnd.median).to.equal(null);
  });

  it('counts a resolved card with no resolvedAt as untimed, not as zero days', () => {
    const m = measureBoard(
      [card('x', { status: 'resolved' }), card('y', { status: 'resolved', raisedAt: daysAgo(5), resolvedAt: daysAgo(2) })],
      NOW,
    );
    expect(m.untimedResolved).to.equal(1);
    expect(m.endToEnd.count).to.equal(1);
    expect(endToEndDays(card('z', { status: 'escalated', resolvedAt: daysAgo(1) }))).to.equal(null);
  });

  it('gives empty measures for an empty board', () => {
    const m = measureBoard([], NOW);
    expect(m.endToEnd.median).to.equal(null);
    expect(m.runChart).to.deep.equal([]);
    expect(m.hoursLostOpen).to.equal(0);
  });
});
