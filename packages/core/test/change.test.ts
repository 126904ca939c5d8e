import { expect } from '@open-wc/testing';
import {
  IdbCaseStore,
  applyChangeToDoc,
  checkChange,
  makeChange,
  precheckChange,
  type CaseBundle,
  type ChronologyEntry,
  type Person,
  type Relationship,
} from '../src/index.js';
import { deepFreeze, deleteDatabase, smallCase, uniqueDbName } from './store-fixtures.js';

const doc = () => deepFreeze(smallCase()) as unknown as Record<string, unknown>;
const e1 = () => smallCase().chronology![0]!;

describe('changes (applyChangeToDoc, checkChange)', () => {
  it('applies an update without modifying the input, and returns the audit event', () => {
    const input = doc();
    const r = applyChangeToDoc(input, makeChange('ChronologyEntry', 'update', 'Dee', e1(), { ...e1(), title: 'New title' }));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const out = r.doc as unknown as CaseBundle;
    expect(out.chronology![0]!.title).to.equal('New title');
    expect((input as unknown as CaseBundle).chronology![0]!.title).to.equal('Referral from school');
    expect(r.audit).to.include({ actor: 'Dee', entity: 'ChronologyEntry', entityId: 'e1', op: 'update' });
    expect((r.audit.before as ChronologyEntry).title).to.equal('Referral from school');
    expect((r.audit.after as ChronologyEntry).title).to.equal('New title');
    expect(out.audit).to.deep.equal([r.audit]);
  });

  it('creates and deletes records, appending in order', () => {
    const created: Person = { id: 'p-new', gender: 'not-known' };
    const c = applyChangeToDoc(doc(), makeChange('Person', 'create', 'A', null, created));
    expect(c.ok).to.equal(true);
    if (!c.ok) return;
    expect((c.doc as unknown as CaseBundle).people!.map((p) => p.id)).to.deep.equal(['p-child', 'p-mum', 'p-gran', 'p-new']);
    const d = applyChangeToDoc(c.doc, makeChange('Person', 'delete', 'A', created, null));
    expect(d.ok).to.equal(true);
    if (!d.ok) return;
    expect((d.doc as unknown as CaseBundle).people!.map((p) => p.id)).to.deep.equal(['p-child', 'p-mum', 'p-gran']);
    expect(d.audit.after).to.equal(undefined);
    expect((d.doc as unknown as CaseBundle).audit!.map((a) => a.op)).to.deep.equal(['create', 'delete']);
  });

  it('treats a stale `before`, a missing record and a duplicate create as conflicts', () => {
    const stale = applyChangeToDoc(
      doc(),
      makeChange('ChronologyEntry', 'update', 'A', { ...e1(), title: 'What I saw earlier' }, { ...e1(), title: 'Mine' }),
    );
    expect(stale).to.include({ ok: false, reason: 'conflict' });
    if (!stale.ok && stale.reason === 'conflict') expect((stale.current as ChronologyEntry).title).to.equal('Referral from school');
    const gone = applyChangeToDoc(doc(), makeChange('ChronologyEntry', 'update', 'A', { ...e1(), id: 'e404' }, { ...e1(), id: 'e404' }));
    expect(gone).to.include({ ok: false, reason: 'conflict' });
    const dup = applyChangeToDoc(doc(), makeChange('ChronologyEntry', 'create', 'A', null, e1()));
    expect(dup).to.include({ ok: false, reason: 'conflict' });
  });

  it('ignores key order when comparing `before` with the stored record', () => {
    const reordered = Object.fromEntries(Object.entries(e1()).reverse()) as unknown as ChronologyEntry;
    expect(applyChangeToDoc(doc(), makeChange('ChronologyEntry', 'update', 'A', reordered, { ...e1(), title: 'x' })).ok).to.equal(true);
  });

  it('refuses invalid records with issues naming the record, the field and the reason', () => {
    const r = applyChangeToDoc(
      doc(),
      makeChange('ChronologyEntry', 'update', 'A', e1(), {
        ...e1(),
        significance: 'huge',
        date: '2021-02-30',
      } as unknown as ChronologyEntry),
    );
    expect(r).to.include({ ok: false, reason: 'invalid' });
    if (r.ok || r.reason !== 'invalid') return;
    expect(r.issues.map((i) => i.path)).to.have.members(['significance', 'date']);
    expect(r.issues.every((i) => i.entity === 'ChronologyEntry' && i.id === 'e1')).to.equal(true);
    expect(r.issues.find((i) => i.path === 'date')!.message).to.match(/not a real calendar date/);
  });

  it('refuses a 1 MB string without echoing it back', () => {
    const huge = 'x'.repeat(1_000_000);
    const r = applyChangeToDoc(doc(), makeChange('ChronologyEntry', 'update', 'A', e1(), { ...e1(), summary: huge }));
    expect(r).to.include({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.message.length).to.be.below(500);
  });

  it('refuses dangling references, self-relationships and an id that does not match', () => {
    const dangling = applyChangeToDoc(doc(), makeChange('ChronologyEntry', 'update', 'A', e1(), { ...e1(), sourceAgencyId: 'ag-none' }));
    expect(dangling).to.include({ ok: false, reason: 'invalid' });
    if (!dangling.ok && dangling.reason === 'invalid') expect(dangling.issues[0]).to.include({ path: 'sourceAgencyId' });
    const self: Relationship = { id: 'r-self', kind: 'partner', a: 'p-mum', b: 'p-mum', status: 'married' };
    expect(applyChangeToDoc(doc(), makeChange('Relationship', 'create', 'A', null, self))).to.include({ ok: false, reason: 'invalid' });
    const mismatch = applyChangeToDoc(doc(), { ...makeChange('ChronologyEntry', 'update', 'A', e1(), { ...e1(), id: 'other' }), id: 'e1' });
    expect(mismatch).to.include({ ok: false, reason: 'invalid' });
  });

  it('refuses to delete a record that others refer to, naming them, including the case subjects', () => {
    const base = smallCase();
    const child = base.people![0]!;
    const r = applyChangeToDoc(doc(), makeChange('Person', 'delete', 'A', child, null));
    expect(r).to.include({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.message).to.contain('Relationship "r1"').and.contain('ChronologyEntry "e1"');
    // Without other references, the case subject list still holds the child.
    const bare = { ...base, relationships: [], chronology: [] } as unknown as Record<string, unknown>;
    const s = applyChangeToDoc(bare, makeChange('Person', 'delete', 'A', child, null));
    expect(s).to.include({ ok: false, reason: 'invalid' });
    if (!s.ok) expect(s.message).to.contain('subjects');
  });

  it('prechecks the change itself: record type, kind of change, actor, time and document kind', () => {
    const ok = makeChange('ChronologyEntry', 'update', 'A', e1(), e1());
    expect(precheckChange(ok)).to.equal(undefined);
    expect(precheckChange({ ...ok, entity: 'Alien' as never })).to.include({ reason: 'invalid' });
    expect(precheckChange({ ...ok, op: 'merge' as never })).to.include({ reason: 'invalid' });
    expect(precheckChange({ ...ok, actor: '' })).to.include({ reason: 'invalid' });
    expect(precheckChange({ ...ok, at: 'yesterday' })).to.include({ reason: 'invalid' });
    expect(precheckChange({ ...ok, id: '' })).to.include({ reason: 'invalid' });
    expect(precheckChange(ok, 'board')).to.include({ reason: 'invalid' });
    expect(precheckChange(null as never)).to.include({ reason: 'invalid' });
  });

  it('validates from a lookup alone (what IdbCaseStore gives it), asking for inbound references only on delete', () => {
    let asked = 0;
    const lookup = {
      current: e1() as unknown as Record<string, unknown>,
      exists: (l: string, id: string) => l === 'people' && id === 'p-child',
      inbound: () => {
        asked++;
        return [];
      },
    };
    const r = checkChange(makeChange('ChronologyEntry', 'update', 'A', e1(), { ...e1(), sourceAgencyId: undefined }), lookup);
    expect(r.ok).to.equal(true);
    expect(asked).to.equal(0);
    const bad = checkChange(makeChange('ChronologyEntry', 'update', 'A', e1(), e1()), lookup);
    expect(bad).to.include({ ok: false, reason: 'invalid' }); // ag-school is not known to this lookup
    expect(checkChange(makeChange('ChronologyEntry', 'delete', 'A', e1(), null), lookup).ok).to.equal(true);
    expect(asked).to.equal(1);
  });

  it('makeChange stamps the time and takes the id from after or before', () => {
    const c = makeChange('ChronologyEntry', 'delete', 'A', e1(), null);
    expect(c.id).to.equal('e1');
    expect(c.after).to.equal(null);
    expect(Math.abs(Date.parse(c.at) - Date.now())).to.be.below(5000);
  });
});

// Found by the property test once 'Document' joined the entities (a new random path): a coherent create copying a
// parent relationship gave a child a third biological parent, which every later parse refused.
describe('a third biological parent is refused on a change, as the parser refuses it', () => {
  const withTwoParents = () => {
    const c = smallCase();
    c.people!.push({ id: 'p-dad', gender: 'male', givenName: 'Dan' }, { id: 'p-other', gender: 'male', givenName: 'Owen' });
    c.relationships!.push({ id: 'r-dad', kind: 'parent', parentId: 'p-dad', childId: 'p-child', type: 'biological' });
    return c;
  };
  const third: Relationship = { id: 'r-3', kind: 'parent', parentId: 'p-other', childId: 'p-child', type: 'biological' };
  const message = 'Person "p-child" would have a third biological parent: a child has at most two';

  it('applyChangeToDoc refuses it, and keeps allowing a step-parent and an edit of an existing parent', () => {
    const r = applyChangeToDoc(withTwoParents(), makeChange('Relationship', 'create', 'A', null, third));
    expect(r).to.deep.include({ ok: false, reason: 'invalid', message });
    const step = applyChangeToDoc(withTwoParents(), makeChange('Relationship', 'create', 'A', null, { ...third, type: 'step' }));
    expect(step.ok).to.equal(true);
    const dad = withTwoParents().relationships!.find((x) => x.id === 'r-dad')!;
    const edit = applyChangeToDoc(withTwoParents(), makeChange('Relationship', 'update', 'A', dad, { ...dad, disputed: true }));
    expect(edit.ok).to.equal(true);
  });

  it('IdbCaseStore refuses it too', async () => {
    const store = new IdbCaseStore({ dbName: uniqueDbName('third-parent') });
    try {
      await store.replace({ kind: 'case', id: 'case-1' }, withTwoParents(), 'importer');
      const r = await store.apply({ kind: 'case', id: 'case-1' }, makeChange('Relationship', 'create', 'A', null, third));
      expect(r).to.deep.include({ ok: false, reason: 'invalid', message });
    } finally {
      store.close();
      await deleteDatabase(store.dbName);
    }
  });
});
