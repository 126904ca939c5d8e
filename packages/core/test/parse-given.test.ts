// A record shown without references the reader may not see (a restricted entry the server withholds, a person
// deleted elsewhere) is saved as the store holds it: its `before` as given (no false "changed elsewhere") and its
// `after` with the references the editor never saw (never chose to remove). Expected answers written before running.
import { expect } from '@open-wc/testing';
import {
  changeAsGiven,
  makeChange,
  parseCaseBundle,
  type CaseBundle,
  type ChronologyEntry,
  type Document,
  type SafetyPlan,
} from '../src/index.js';

const raw = {
  schema: 'opencasework/case-bundle@1',
  case: { id: 'k1', subjectIds: ['jay'] },
  people: [{ id: 'jay', givenName: 'Jay', familyName: 'Evans', gender: 'male', dateOfBirth: '2015-06-02' }],
  agencies: [{ id: 'csc', name: 'Children’s services', sector: 'social-care' }],
  chronology: [
    {
      id: 'c1',
      date: '2024-02-01',
      title: 'Visit',
      category: 'visit',
      significance: 'routine',
      subjectIds: ['jay', 'p-withheld'],
      sourceAgencyId: 'police',
    },
    { id: 'c2', date: '2024-02-03', title: 'Call', category: 'contact', significance: 'routine', subjectIds: ['jay'] },
  ],
  documents: [
    { id: 'd1', title: 'Letter', kind: 'letter', mediaType: 'application/pdf', date: '2024-02-02', entryIds: ['c1', 'c-restricted'] },
  ],
  safetyPlans: [
    {
      id: 'sp1',
      status: 'agreed',
      childIds: ['jay'],
      createdAt: '2024-02-01T10:00:00Z',
      updatedAt: '2024-02-01T10:00:00Z',
      version: 1,
      network: [
        { memberId: 'jay', role: 'The child' },
        { memberId: 'p-withheld', role: 'Safety person' },
      ],
    },
  ],
};

describe('changeAsGiven: a change made from a record shown without unseen references', () => {
  const shown = parseCaseBundle(raw).value as CaseBundle & { documents: Document[] };
  const doc = shown.documents[0]!;
  const c1 = shown.chronology![0]!;

  it('the parser shows the records without them', () => {
    expect(parseCaseBundle(raw).issues.map((i) => `${i.id} ${i.path}`)).to.have.members([
      'c1 subjectIds[1]',
      'c1 sourceAgencyId',
      'd1 entryIds[1]',
      'sp1 network[1].memberId',
    ]);
    expect(doc.entryIds).to.deep.equal(['c1']);
    expect(c1.subjectIds).to.deep.equal(['jay']);
    expect(c1.sourceAgencyId).to.equal(undefined);
  });

  it('an edit of another field: before and the untouched list as given', () => {
    const c = changeAsGiven(makeChange<Document>('Document', 'update', 'Sam', doc, { ...doc, title: 'Letter to Kerry' }));
    expect(c.before).to.deep.equal(raw.documents[0]);
    expect(c.after).to.deep.equal({ ...raw.documents[0], title: 'Letter to Kerry' });
  });

  it('a list the editor changed keeps the ids they never saw', () => {
    const c = changeAsGiven(makeChange<Document>('Document', 'update', 'Sam', doc, { ...doc, entryIds: ['c2'] }));
    expect((c.after as Document).entryIds).to.deep.equal(['c2', 'c-restricted']);
    const none = changeAsGiven(makeChange<Document>('Document', 'update', 'Sam', doc, { ...doc, entryIds: [] }));
    expect((none.after as Document).entryIds).to.deep.equal(['c-restricted']);
  });

  it('a single reference: kept when left as shown, the editor’s choice when they set one', () => {
    const kept = changeAsGiven(makeChange<ChronologyEntry>('ChronologyEntry', 'update', 'Sam', c1, { ...c1, summary: 'Seen alone' }));
    expect(kept.after).to.deep.equal({ ...raw.chronology[0], summary: 'Seen alone' });
    const set = changeAsGiven(makeChange<ChronologyEntry>('ChronologyEntry', 'update', 'Sam', c1, { ...c1, sourceAgencyId: 'csc' }));
    expect((set.after as ChronologyEntry).sourceAgencyId).to.equal('csc');
    expect((set.after as ChronologyEntry).subjectIds).to.deep.equal(['jay', 'p-withheld']);
  });

  it('a list of members the editor changed keeps the member naming someone they never saw', () => {
    const plan = shown.safetyPlans![0]!;
    expect(plan.network).to.deep.equal([{ memberId: 'jay', role: 'The child' }]);
    const edited = { ...plan, network: [{ memberId: 'jay', role: 'Tyler, the child' }] };
    const c = changeAsGiven(makeChange<SafetyPlan>('SafetyPlan', 'update', 'Sam', plan, edited));
    expect((c.after as SafetyPlan).network).to.deep.equal([
      { memberId: 'jay', role: 'Tyler, the child' },
      { memberId: 'p-withheld', role: 'Safety person' },
    ]);
  });

  it('a deletion is checked against the record as given; any other change is left as it is', () => {
    const del = changeAsGiven(makeChange<ChronologyEntry>('ChronologyEntry', 'delete', 'Sam', c1, null));
    expect(del.before).to.deep.equal(raw.chronology[0]);
    expect(del.after ?? null).to.equal(null);
    const c2 = shown.chronology![1]!;
    const plain = makeChange<ChronologyEntry>('ChronologyEntry', 'update', 'Sam', c2, { ...c2, title: 'Phone call' });
    expect(changeAsGiven(plain)).to.equal(plain);
  });
});
