// Nothing the host handed in is lost through the store: an import keeps refused records in quarantine (reported
// after a reload, released when a later import brings them in valid), and a damaged or missing stored header is
// repaired from the records instead of reading as "no case".
import { expect, fixture, html } from '@open-wc/testing';
import { openDB } from 'idb';
import { LitElement } from 'lit';
import { DocumentController, IdbCaseStore, makeChange, type CaseBundle, type CaseStore, type TeamBoard } from '../src/index.js';
import { deleteDatabase, smallBoard, smallCase, uniqueDbName, until } from './store-fixtures.js';

/** A team board host as BoardElement uses it: the store wins, and the handed-in board seeds an empty store. */
class QuarantineBoardHost extends LitElement {
  static override properties = { board: { attribute: false }, store: { attribute: false }, boardId: {} };
  declare board: unknown;
  declare store: CaseStore | undefined;
  declare boardId: string;
  readonly docs = new DocumentController<TeamBoard>(this, {
    kind: 'board',
    source: () => ({ value: this.board, store: this.store, id: this.boardId }),
    prefer: 'store',
    actor: () => 'Tester',
  });
}
customElements.define('quarantine-board-host', QuarantineBoardHost);

const CASE = { kind: 'case' as const, id: 'case-1' };
type Obj = Record<string, unknown>;

/** The sample with three records no parser should accept: a person without an id, a duplicate id, a bad category. */
function withRefused(): Obj {
  const doc = smallCase() as unknown as Obj & { people: Obj[]; chronology: Obj[] };
  doc.people.push({ givenName: 'No id', gender: 'female' });
  doc.people.push({ id: 'p-mum', givenName: 'Second Beth', gender: 'female' });
  doc.chronology.push({ id: 'e9', date: '2023-01-02', title: 'Bad category', category: 'not-a-category', significance: 'routine' });
  return doc;
}

async function editDocs(
  dbName: string,
  edit: (docs: {
    get: (k: string) => Promise<Obj>;
    put: (v: Obj) => Promise<unknown>;
    delete: (k: string) => Promise<void>;
  }) => Promise<void>,
) {
  const raw = await openDB(dbName);
  const tx = raw.transaction('docs', 'readwrite');
  await edit(tx.store);
  await tx.done;
  raw.close();
}

describe('IdbCaseStore keeps what it cannot use', () => {
  const opened: IdbCaseStore[] = [];
  const names: string[] = [];
  const open = (dbName: string) => {
    const s = new IdbCaseStore({ dbName });
    opened.push(s);
    return s;
  };
  const newDb = (label: string) => {
    const n = uniqueDbName(label);
    names.push(n);
    return n;
  };
  afterEach(async () => {
    opened.splice(0).forEach((s) => s.close());
    for (const n of names.splice(0)) await deleteDatabase(n);
  });

  it('an import keeps every refused record in quarantine with its issues, reported after a reload', async () => {
    const dbName = newDb('import-quarantine');
    const input = withRefused();
    const stored = await open(dbName).replace(CASE, input as unknown as CaseBundle, 'importer');
    expect(stored.doc.people!.map((p) => p.id)).to.deep.equal(['p-child', 'p-mum', 'p-gran']);

    // The reload: a new store on the same database.
    const loaded = (await open(dbName).load(CASE))!;
    expect(loaded.quarantined.map((q) => q.key).sort()).to.deep.equal(['chronology/e9', 'people/#3', 'people/p-mum']);
    const e9 = loaded.quarantined.find((q) => q.key === 'chronology/e9')!;
    expect(e9.raw).to.deep.equal((input.chronology as Obj[])[3]);
    expect(e9.issues[0]).to.include({ entity: 'ChronologyEntry', id: 'e9', path: 'category' });
    const dup = loaded.quarantined.find((q) => q.key === 'people/p-mum')!;
    expect((dup.raw as Obj).givenName, 'the refused duplicate, not the kept one').to.equal('Second Beth');
    expect(dup.issues[0]!.message).to.contain('ids must be unique');
  });

  it('a later import that brings a quarantined record in valid releases it', async () => {
    const dbName = newDb('import-release');
    const store = open(dbName);
    await store.replace(CASE, withRefused() as unknown as CaseBundle, 'importer');
    const fixed = withRefused() as Obj & { chronology: Obj[] };
    fixed.chronology[3]!.category = 'meeting';
    await store.replace(CASE, fixed as unknown as CaseBundle, 'importer');
    const loaded = (await open(dbName).load(CASE))!;
    expect(loaded.doc.chronology!.map((e) => e.id)).to.include('e9');
    expect(loaded.quarantined.map((q) => q.key).sort()).to.deep.equal(['people/#3', 'people/p-mum']);
  });

  it('a deleted header row over stored records is repaired, not read as "no case", and changes still save', async () => {
    const dbName = newDb('header-deleted');
    await open(dbName).replace(CASE, smallCase(), 'importer');
    await editDocs(dbName, (docs) => docs.delete('case:case-1'));

    const store = open(dbName);
    const loaded = await store.load(CASE);
    expect(loaded, 'the case is still there').to.exist;
    expect(loaded!.doc.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
    expect(loaded!.issues.find((i) => i.entity === 'CaseBundle')!.message)
      .to.contain('header')
      .and.contain('records are shown');

    const e1 = loaded!.doc.chronology![0]!;
    const r = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Saved after the repair' }));
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    const again = (await open(dbName).load(CASE))!;
    expect(again.doc.chronology![0]!.title).to.equal('Saved after the repair');
    expect(again.doc.chronology).to.have.length(3);
    // The audit trail is appended to, never written over.
    expect((again.doc.audit ?? []).length).to.be.greaterThan(0);
  });

  it("a trailing space in the stored header's schema shows every record, with the repair reported", async () => {
    const dbName = newDb('header-schema');
    await open(dbName).replace(CASE, smallCase(), 'importer');
    await editDocs(dbName, async (docs) => {
      const h = await docs.get('case:case-1');
      await docs.put({ ...h, head: { ...(h.head as Obj), schema: 'opencasework/case-bundle@1 ' } });
    });
    const loaded = (await open(dbName).load(CASE))!;
    expect(loaded.doc.chronology).to.have.length(3);
    expect(loaded.doc.people).to.have.length(3);
    expect(loaded.doc.case.subjectIds).to.deep.equal(['p-child']);
    expect(loaded.issues.find((i) => i.path === 'schema')!.message).to.contain('was read as');
  });

  it('seeding a board keeps its refused cards in quarantine too (they used to be dropped)', async () => {
    const dbName = newDb('board-seed');
    const board = smallBoard() as unknown as Obj & { blockages: Obj[] };
    board.blockages.push({
      id: 'b-bad',
      title: 'Bad status',
      raisedAt: '2024-02-01T09:00:00Z',
      category: 'recording',
      status: 'lost',
      actions: [],
    });
    const el = document.createElement('quarantine-board-host') as QuarantineBoardHost;
    el.board = board;
    el.store = open(dbName);
    el.boardId = 'board-1';
    (await fixture(html`<div></div>`)).append(el);
    await until(() => el.docs.state === 'ready', 10_000, 'the board to load');
    const loaded = (await open(dbName).load({ kind: 'board', id: 'board-1' }))!;
    expect(loaded.doc.blockages!.map((b) => b.id)).to.deep.equal(['b1', 'b2']);
    expect(loaded.quarantined.map((q) => q.key)).to.deep.equal(['blockages/b-bad']);
    el.remove();
  });

  it('a person kept with a withheld field stays stored as it is, not moved to quarantine', async () => {
    const dbName = newDb('withheld-stays');
    await open(dbName).replace(CASE, smallCase(), 'importer');
    const raw = await openDB(dbName);
    const tx = raw.transaction('records', 'readwrite');
    const mum = (await tx.store.get(['case:case-1', 'people', 'p-mum'])) as { data: Obj };
    await tx.store.put({ ...mum, data: { ...mum.data, preferredName: 'x'.repeat(203) } });
    await tx.done;
    raw.close();
    for (let i = 0; i < 2; i++) {
      const loaded = (await open(dbName).load(CASE))!;
      expect(loaded.doc.people!.map((p) => p.id)).to.include('p-mum');
      expect(loaded.quarantined).to.deep.equal([]);
    }
  });
});
