import { expect } from '@open-wc/testing';
import { findSimilar, normaliseTitle, stem, titleSimilarity, titleTokens, SIMILARITY_THRESHOLD } from '../src/similarity.js';
import { card } from './fixtures.js';

describe('similarity (pure)', () => {
  it('normalises case, accents and punctuation, drops stop words and stems', () => {
    expect(normaliseTitle('  Mosaic   CRASHES!! (again) ')).to.equal('mosaic crashes again');
    expect(normaliseTitle('Café')).to.equal('cafe');
    expect(titleTokens('The printer keeps jamming in the morning')).to.deep.equal(['printer', 'jam', 'morn']);
    expect(stem('crashes')).to.equal(stem('crashing'));
    expect(stem('assessments')).to.equal(stem('assessment'));
  });

  const near: [string, string][] = [
    ['Mosaic crashes when saving assessments', 'mosaic keeps crashing when I save an assessment'],
    ['Printer on floor 2 jams', 'the printer on floor 2 is jammed again'],
    ['Pool car booking takes too long', 'Booking a pool car takes far too long'],
    ['No interpreters available for visits', 'Interpreters not available for home visits'],
  ];
  const far: [string, string][] = [
    ['Mosaic crashes when saving assessments', 'Printer on floor 2 jams'],
    ['Pool car booking takes too long', 'Health chronology requests go unanswered'],
    ['Duplicate recording of visits', 'No parking near the office'],
  ];
  for (const [a, b] of near) it(`finds "${a}" ~ "${b}"`, () => expect(titleSimilarity(a, b)).to.be.at.least(SIMILARITY_THRESHOLD));
  for (const [a, b] of far) it(`keeps "${a}" apart from "${b}"`, () => expect(titleSimilarity(a, b)).to.be.below(SIMILARITY_THRESHOLD));

  it('offers the best open matches and leaves resolved ones out', () => {
    const list = [
      card('a', { title: 'Mosaic crashes when saving assessments' }),
      card('b', { title: 'Mosaic crashes when saving', status: 'resolved' }),
      card('c', { title: 'Printer jams' }),
    ];
    expect(findSimilar('mosaic crashing on save of assessment', list).map((s) => s.blockage.id)).to.deep.equal(['a']);
    expect(findSimilar('mosaic crashing on save of assessment', list, { includeResolved: true }).map((s) => s.blockage.id)).to.include('b');
    expect(findSimilar('the', list)).to.deep.equal([]);
    expect(findSimilar('', list)).to.deep.equal([]);
  });
});
