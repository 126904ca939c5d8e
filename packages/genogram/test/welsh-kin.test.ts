// Welsh relation words read as Welsh: a cousin of known sex is "cefnder" or "cyfnither" (not "cefnder neu
// gyfnither"), and a relation that is a phrase takes the child's name inside it: "gofalwr sy’n perthyn i Jay", "partner
// mam Jay", where the plain order read "gofalwr sy’n perthyn Jay" and "partner y fam Jay". Expected answers written first.
import { expect } from '@open-wc/testing';
import type { CaseBundle } from '@opencasework/core';
import { genogramMessages, type GenogramKey } from '../src/messages/index.js';
import { buildModel } from '../src/genogram-model.js';
import { kinWords } from '../src/views/person.js';
import { relationTo } from '../src/views/tables.js';
import { buildTextView } from '../src/text-view.js';
import type { Words } from '../src/views/context.js';

const words = (locale: string): Words => ({
  t: (key: GenogramKey, params?: Record<string, string | number>) => genogramMessages.t(locale, key, params),
  date: (d: string) => d,
  dateLocale: locale === 'cy' ? 'cy' : 'en',
});

const person = (id: string, givenName: string, gender: string, dateOfBirth?: string) => ({
  id,
  givenName,
  familyName: 'Evans',
  gender,
  ...(dateOfBirth ? { dateOfBirth } : {}),
});
const parent = (id: string, parentId: string, childId: string, type = 'biological') => ({ id, kind: 'parent', parentId, childId, type });
const bundle = {
  schema: 'opencasework/case-bundle@1',
  case: { id: 'k', subjectIds: ['jay'] },
  people: [
    person('jay', 'Jay', 'male', '2015-06-02'),
    person('kerry', 'Kerry', 'female'),
    person('dean', 'Dean', 'male'),
    person('gran', 'Pat', 'female'),
    person('amy', 'Amy', 'female'),
    person('leo', 'Leo', 'male', '2012-01-01'),
    person('cara', 'Cara', 'female', '2014-01-01'),
    person('sam', 'Sam', 'unknown', '2016-01-01'),
    { ...person('peggy', 'Peggy', 'female'), familyName: 'Hughes' },
  ],
  relationships: [
    parent('r1', 'kerry', 'jay'),
    parent('r2', 'gran', 'kerry'),
    parent('r3', 'gran', 'amy'),
    parent('r4', 'amy', 'leo'),
    parent('r5', 'amy', 'cara'),
    parent('r6', 'amy', 'sam'),
    parent('r7', 'peggy', 'jay', 'kinship'),
    { id: 'r8', kind: 'partner', a: 'kerry', b: 'dean', status: 'cohabiting' },
  ],
} as unknown as CaseBundle;
const graph = () => buildModel({ bundle, asAt: '', today: '2026-11-22', focusId: undefined, pregnancyLabel: (o) => o }).graph;

describe('genogram: Welsh relation words', () => {
  before(() => genogramMessages.load('cy'));

  it('a cousin of known sex is cefnder or cyfnither; of unknown sex, either', () => {
    const rel = relationTo(graph(), words('cy'), 'jay');
    expect([rel.get('leo'), rel.get('cara'), rel.get('sam')]).to.deep.equal(['cefnder', 'cyfnither', 'cefnder neu gyfnither']);
    expect(relationTo(graph(), words('en'), 'jay').get('leo')).to.equal('cousin');
  });

  it('a relation that is a phrase takes the name inside it (the people’s accessible names)', () => {
    const kin = kinWords(graph(), 'jay', words('cy'));
    expect(kin.get('peggy')).to.equal('gofalwr sy’n perthyn i Jay Evans');
    expect(kin.get('dean')).to.equal('partner mam Jay Evans');
    expect(kin.get('kerry')).to.equal('mam Jay Evans');
    expect(kin.get('leo')).to.equal('cefnder Jay Evans');
    expect(kinWords(graph(), 'jay', words('en')).get('dean')).to.equal("Jay Evans's mother's partner");
  });

  it('the text view names a cousin by sex', () => {
    const text = JSON.stringify(buildTextView(graph(), words('cy').t, 'cy'));
    expect(text).to.contain('cefnder Leo Evans');
    expect(text).to.contain('cyfnither Cara Evans');
    expect(text).not.to.contain('cefnder neu gyfnither Leo');
  });
});
