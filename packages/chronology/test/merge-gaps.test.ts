import { expect } from '@open-wc/testing';
import type { ChronologyEntry } from '@opencasework/core';
import { buildModel } from '../src/model.js';
import { entryIdsOf, mergeSameEvents, titleSimilarity } from '../src/merge.js';
import { findGaps } from '../src/gaps.js';
import { crafted } from './fixtures.js';

const e = (
  id: string,
  date: string,
  title: string,
  agency: string,
  category: ChronologyEntry['category'] = 'police',
  significance: ChronologyEntry['significance'] = 'notable',
): ChronologyEntry => ({ id, date, title, category, significance, sourceAgencyId: agency });

describe('merge', () => {
  it('groups the same event from two agencies, most significant first, listing both sources', () => {
    const m = buildModel(crafted());
    const events = mergeSameEvents(m.rows);
    const incident = events.find((ev) => ev.rows.some((r) => r.id === 'e3'))!;
    expect(incident.rows.map((r) => r.id)).to.deep.equal(['e3', 'e4']);
    expect(incident.agencyIds).to.deep.equal(['pol', 'sc']);
    expect(incident.id).to.equal('e4'); // keyed by the first in date order (sequence 1)
  });

  it('never drops or duplicates an entry', () => {
    const m = buildModel(crafted());
    const ids = entryIdsOf(mergeSameEvents(m.rows));
    expect([...ids].sort()).to.deep.equal(m.rows.map((r) => r.id).sort());
  });

  // Changed with issue 13: categories may differ (police record "police", children's services "referral" for one
  // incident), so x3 (children's services, same day, same words, category health) joins x1; was [1, 1, 1, 1, 1].
  it('keeps apart different days, dissimilar titles and two records by one agency; categories may differ', () => {
    const b = crafted([
      e('x1', '2022-04-01', 'Assault reported', 'pol'),
      e('x2', '2022-04-02', 'Assault reported', 'sc'),
      e('x3', '2022-04-01', 'Assault reported', 'sc', 'health'),
      e('x4', '2022-04-01', 'School trip', 'sch'),
      e('x5', '2022-04-01', 'Assault reported', 'pol'),
    ]);
    b.chronology = b.chronology!.filter((x) => x.id.startsWith('x'));
    const events = mergeSameEvents(buildModel(b).rows);
    expect(events.map((ev) => ev.rows.length)).to.deep.equal([2, 1, 1, 1]);
    expect(events[0]!.rows.map((r) => r.id)).to.deep.equal(['x1', 'x3']);
  });

  it('leaves the case’s people’s names out of the comparison, as the element does (the model’s names)', () => {
    const b = crafted([
      e('n1', '2022-05-05', 'Jay Smith hit by a classmate', 'sch', 'education'),
      e('n2', '2022-05-05', 'Jay Smith missing', 'pol', 'missing'),
    ]);
    b.chronology = b.chronology!.filter((x) => x.id.startsWith('n'));
    const m = buildModel(b);
    expect(m.names).to.include.members(['Jay', 'Smith']);
    // Without the names, "Jay Smith" is two of the three words of the shorter title: one event.
    expect(mergeSameEvents(m.rows)).to.have.length(1);
    expect(mergeSameEvents(m.rows, { names: m.names })).to.have.length(2);
  });

  it('does not merge a year-only entry with a dated one', () => {
    const b = crafted();
    b.chronology = [e('y1', '2019', 'Moved house', 'hou', 'other'), e('y2', '2019-01-01', 'Moved house', 'sc', 'other')];
    expect(mergeSameEvents(buildModel(b).rows)).to.have.length(2);
  });

  it('scores title similarity on meaningful words', () => {
    expect(titleSimilarity('Domestic abuse incident', 'Domestic abuse incident at home')).to.equal(1);
    expect(titleSimilarity('Home visit', 'Strategy meeting')).to.equal(0);
  });
});

describe('gaps', () => {
  it('finds stretches with no entry from any agency longer than the threshold', () => {
    const m = buildModel(crafted());
    const gaps = findGaps(m.rows, 180);
    // Jay's birth (Jun 2015) to 2019 (a year-only date starts 1 Jan 2019).
    expect(gaps.map((g) => [g.beforeId, g.afterId])).to.deep.equal([['e1', 'e2']]);
    expect(gaps[0]!.days).to.equal(1301);
  });
  it('lets an imprecise date cover its whole span, and honours the threshold', () => {
    const m = buildModel(crafted());
    // "2019" covers the year, so 31 Dec 2019 to 14 Mar 2020 is 74 days; "2020-05" covers May, so 31 May to 1 Sep is 93.
    const gaps = findGaps(m.rows, 60);
    expect(gaps.map((g) => g.afterId)).to.deep.equal(['e2', 'e4', 'e6', 'e7']);
    expect(gaps.map((g) => g.days)).to.deep.equal([1301, 74, 93, 80]);
    expect(findGaps(m.rows, 5000)).to.deep.equal([]);
  });
});
