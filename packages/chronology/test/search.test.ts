import { expect } from '@open-wc/testing';
import type { ChronologyEntry } from '@opencasework/core';
import { buildModel } from '../src/model.js';
import { emptyFilters, filterRows, highlightParts } from '../src/filter.js';
import { buildSearchIndex, prepareTerms, stemOf, stemText, textMatches } from '../src/search.js';
import { crafted } from './fixtures.js';
import { leaky } from './leaky-case.js';

const entry = (id: string, title: string, summary = '', subjectIds: string[] = ['jay']): ChronologyEntry => ({
  id,
  date: '2021-06-01',
  title,
  summary,
  category: 'health',
  significance: 'notable',
  sourceAgencyId: 'hv',
  subjectIds,
});

describe('search with stemming and aliases', () => {
  it('folds English word endings with the Porter stemmer', () => {
    expect(['burns', 'burned', 'burning', 'burn'].map(stemOf)).to.deep.equal(['burn', 'burn', 'burn', 'burn']);
    expect(stemOf("Nan's")).to.equal('nan');
    expect(stemText('Burns to the ARM, bruising')).to.equal(' burn to the arm bruis ');
  });

  it('finds "burn" for "burns" and "bruises" for "bruising", and still needs every word', () => {
    const b = crafted([
      entry('x1', 'Burn on arm', 'Small burn seen by health visitor'),
      entry('x2', 'Bruises to face'),
      entry('x3', 'Burnham Road flat offered'),
      entry('x4', 'Arm in plaster'),
    ]);
    const m = buildModel(b);
    const index = buildSearchIndex(b);
    const ids = (text: string) => filterRows(m, { ...emptyFilters(), text }, [], index).shown.map((r) => r.id);
    // Before stemming: "burns" found nothing of x1 (its text has "burn", never "burns").
    expect(ids('burns')).to.deep.equal(['x1']);
    expect(ids('burning arm')).to.deep.equal(['x1']);
    expect(ids('bruising')).to.deep.equal(['x2']);
    // Letters typed still match inside words, as before.
    expect(ids('burn')).to.deep.equal(['x1', 'x3']);
    expect(ids('plasters arm')).to.deep.equal(['x4']);
  });

  it('finds a person by a preferred name, an alias or their relation to the child', () => {
    const b = leaky();
    const m = buildModel(b);
    const index = buildSearchIndex(b);
    const ids = (text: string) => filterRows(m, { ...emptyFilters(), text }, [], index).shown.map((r) => r.id);
    // Susan, known as Sue, is the children's mother: a2 says "Sue" and "Susan's", a4 "SUE".
    expect(ids('Susan')).to.deep.equal(['a2', 'a4']);
    expect(ids('sue')).to.deep.equal(['a2', 'a4']);
    expect(ids('mum')).to.deep.equal(['a2', 'a4']);
    // Margaret Price, "Peggy", is their grandmother: a2 says "Nan's" and "Peggy", a3 "Margaret Price".
    expect(ids('nan')).to.deep.equal(['a2', 'a3']);
    expect(ids('peggy')).to.deep.equal(['a2', 'a3']);
    // Thomas is Tom and Tommy: every entry about him.
    expect(ids('tommy')).to.deep.equal(['a1', 'a2', 'a3', 'a4']);
    // A word that is nobody's name finds only its text.
    expect(ids('grandfather')).to.deep.equal([]);
  });

  it('highlights the stem matches and the names a word stands for', () => {
    const parts = highlightParts('Burn on arm; Susan said so', 'burns', ['susan']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(['Burn', 'Susan']);
    const [t] = prepareTerms(['nan'], buildSearchIndex(leaky()));
    expect(t!.names).to.include('margaret').and.include('peggy');
  });

  it('matches the anonymised version by stem too, and never by a name', () => {
    expect(textMatches('Burn on the arm of Child A', 'burns')).to.equal(true);
    expect(textMatches('Burn on the arm of Child A', 'tom')).to.equal(false);
  });
});
