// How an entry's date reads: a period that ended the day it began (Tyler missing for six hours) read
// "29 Apr 2023 15:00 – 29 Apr 2023" in the court chronology, the day twice.
import { expect } from '@open-wc/testing';
import type { CaseBundle } from '@opencasework/core';
import { buildModel } from '../src/model.js';
import { presentDate } from '../src/present.js';
import { chronologyMessages } from '../src/messages/index.js';

const bundle = {
  schema: 'opencasework/case-bundle@1',
  case: { id: 'c', subjectIds: ['t'] },
  people: [{ id: 't', givenName: 'Tyler' }],
  chronology: [
    {
      id: 'same',
      date: '2023-04-29',
      time: '15:00',
      endDate: '2023-04-29',
      category: 'missing',
      title: 'Missing',
      significance: 'significant',
      subjectIds: ['t'],
    },
    {
      id: 'days',
      date: '2023-05-01',
      endDate: '2023-05-03',
      category: 'missing',
      title: 'Missing',
      significance: 'significant',
      subjectIds: ['t'],
    },
    {
      id: 'month',
      date: '2023-06',
      endDate: '2023-06',
      category: 'placement',
      title: 'Respite',
      significance: 'notable',
      subjectIds: ['t'],
    },
  ],
} as unknown as CaseBundle;

describe('presentDate', () => {
  const model = buildModel(bundle, Date.UTC(2025, 0, 1));
  const row = (id: string) => model.byId.get(id)!;

  it('a period that ended the day it began says "same day", not the day again', async () => {
    await chronologyMessages.load('cy');
    expect(presentDate(row('same'), 'en')).to.equal('29 Apr 2023 15:00 – same day');
    const cy = presentDate(row('same'), 'cy');
    expect(cy).to.match(/ 15:00 – yr un diwrnod$/);
    expect(cy.match(/2023/g)).to.have.length(1);
  });

  it('other periods keep both ends', () => {
    expect(presentDate(row('days'), 'en')).to.equal('1 May 2023 – 3 May 2023');
    expect(presentDate(row('month'), 'en')).to.equal('Jun 2023 – Jun 2023');
  });
});
