import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import {
  DB_VERSION,
  IdbCaseStore,
  MIGRATIONS,
  STORAGE_MESSAGES,
  StorageError,
  makeChange,
  type CaseBundle,
  type ChronologyEntry,
  type Migration,
  type Person,
  type StoreEvent,
  type StoredAuditEntry,
} from '../src/index.js';
import { deleteDatabase, largeCase, smallBoard, smallCase, uniqueDbName, until } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };
const BOARD = { kind: 'board' as const, id: 'board-1' };

const entry = (doc: CaseBundle, id: string) => doc.chronology!.find((e) => e.id === id)!;
const person = (doc: CaseBundle, id: string) => doc.people!.find((p) => p.id === id)!;

/** Counts raw IndexedDB records under one doc key, bypassing the store. */
async function rawRecords(dbName: string, storeName: string, doc = 'case:case-1'): Promise<unknown[]> {
  const db = await openDB(dbName);
  try {
    return await db.getAll(storeName, IDBKeyRange.bound([doc], [doc, []]));
  } finally {
    db.close();
  }
}

describe('IdbCaseStore', () => {
  const opened: IdbCaseStore[] = [];
  const names: string[] = [];
  const open = (dbName: string, extra: Partial<ConstructorParameters<typeof IdbCaseStore>[0]> = {}) => {
    const s = new IdbCaseStore({ dbName, ...extra });
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

  it('stores a case and reads it back unchanged, unknown fields and list order included', async () => {
    const store = open(newDb('roundtrip'));
    const input = smallCase();
    const stored = await store.replace(CASE, input, 'tester');
    expect(stored.issues).to.deep.equal([]);
    expect(stored.version).to.equal(1);
    const loaded = (await store.load(CASE))!;
    expect(loaded.doc).to.deep.equal(input);
    expect(loaded.quarantined).to.deep.equal([]);
    const history = await store.history(CASE);
    expect(history).to.have.length(1);
    expect(history[0]!.import).to.include({ actor: 'tester', version: 1, records: 11 });
  });

  it('returns undefined for a document it does not have', async () => {
    const store = open(newDb('missing'));
    expect(await store.load({ kind: 'case', id: 'nope' })).to.equal(undefined);
  });

  it('keeps the document, its changes and its audit trail across a reload of the store', async () => {
    const dbName = newDb('reload');
    const first = open(dbName);
    await first.replace(CASE, smallCase(), 'tester');
    const before = entry((await first.load(CASE))!.doc, 'e2');
    const r = await first.apply(
      CASE,
      makeChange('ChronologyEntry', 'update', 'Dee Worker', before, { ...before, title: 'Unannounced home visit' }),
    );
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    first.close();

    const second = open(dbName);
    const loaded = (await second.load(CASE))!;
    expect(loaded.version).to.equal(2);
    expect(entry(loaded.doc, 'e2').title).to.equal('Unannounced home visit');
    expect(loaded.doc.audit).to.have.length(1);
    expect(loaded.doc.audit![0]).to.include({ actor: 'Dee Worker', entity: 'ChronologyEntry', entityId: 'e2', op: 'update' });
    expect((loaded.doc.audit![0]!.before as ChronologyEntry).title).to.equal('Home visit');
    expect(loaded.doc.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
  });

  it('applies create, update and delete, each with one audit event, and tells subscribers', async () => {
    const store = open(newDb('ops'));
    await store.replace(CASE, smallCase(), 'tester');
    const events: StoreEvent[] = [];
    store.subscribe(CASE, (e) => events.push(e));
    const created: ChronologyEntry = {
      id: 'e9',
      date: '2023-01-02',
      title: 'Child protection conference',
      category: 'conference',
      significance: 'critical',
      subjectIds: ['p-child'],
    };
    const c = await store.apply(CASE, makeChange('ChronologyEntry', 'create', 'Dee', null, created));
    expect(c.ok).to.equal(true);
    const u = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee', created, { ...created, significance: 'significant' }));
    expect(u.ok).to.equal(true);
    const d = await store.apply(CASE, makeChange('ChronologyEntry', 'delete', 'Dee', { ...created, significance: 'significant' }, null));
    expect(d.ok).to.equal(true);
    if (!d.ok) return;
    expect(d.version).to.equal(4);
    expect(d.doc.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
    expect(d.doc.audit!.map((a) => a.op)).to.deep.equal(['create', 'update', 'delete']);
    expect(events.map((e) => [e.type, e.type === 'change' && e.version, e.type === 'change' && e.remote])).to.deep.equal([
      ['change', 2, false],
      ['change', 3, false],
      ['change', 4, false],
    ]);
    const reloaded = (await open(store.dbName).load(CASE))!;
    expect(reloaded.doc.audit!.map((a) => a.op)).to.deep.equal(['create', 'update', 'delete']);
    expect(reloaded.doc.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
  });

  it('refuses a stale write as a conflict with the current record, and writes nothing', async () => {
    const store = open(newDb('stale'));
    await store.replace(CASE, smallCase(), 'tester');
    const seen = person((await store.load(CASE))!.doc, 'p-mum');
    const first = await store.apply(CASE, makeChange('Person', 'update', 'A', seen, { ...seen, preferredName: 'Bethan' }));
    expect(first.ok).to.equal(true);
    const second = await store.apply(CASE, makeChange('Person', 'update', 'B', seen, { ...seen, preferredName: 'Betty' }));
    expect(second.ok).to.equal(false);
    if (second.ok) return;
    expect(second.reason).to.equal('conflict');
    expect(second.message).to.match(/changed elsewhere/);
    if (second.reason === 'conflict') expect((second.current as Person).preferredName).to.equal('Bethan');
    const after = (await store.load(CASE))!;
    expect(after.version).to.equal(2);
    expect(person(after.doc, 'p-mum').preferredName).to.equal('Bethan');
    expect(after.doc.audit).to.have.length(1);
  });

  it('refuses invalid records, dangling references, deletes of referenced records and changes of the wrong document', async () => {
    const store = open(newDb('invalid'));
    await store.replace(CASE, smallCase(), 'tester');
    const e1 = entry((await store.load(CASE))!.doc, 'e1');
    const badEnum = await store.apply(
      CASE,
      makeChange('ChronologyEntry', 'update', 'A', e1, { ...e1, category: 'gossip' } as unknown as ChronologyEntry),
    );
    expect(badEnum).to.include({ ok: false, reason: 'invalid' });
    if (!badEnum.ok && badEnum.reason === 'invalid')
      expect(badEnum.issues[0]).to.include({ entity: 'ChronologyEntry', id: 'e1', path: 'category' });
    const dangling = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e1, { ...e1, subjectIds: ['p-nobody'] }));
    expect(dangling).to.include({ ok: false, reason: 'invalid' });
    if (!dangling.ok) expect(dangling.message).to.contain('p-nobody');
    const mum = person((await store.load(CASE))!.doc, 'p-mum');
    const referenced = await store.apply(CASE, makeChange('Person', 'delete', 'A', mum, null));
    expect(referenced).to.include({ ok: false, reason: 'invalid' });
    if (!referenced.ok) expect(referenced.message).to.contain('Relationship "r1"');
    const wrongDoc = await store.apply(CASE, makeChange('Blockage', 'create', 'A', null, { id: 'bx' }));
    expect(wrongDoc).to.include({ ok: false, reason: 'invalid' });
    const noActor = await store.apply(CASE, { ...makeChange('ChronologyEntry', 'update', '', e1, e1) });
    expect(noActor).to.include({ ok: false, reason: 'invalid' });
    const after = (await store.load(CASE))!;
    expect(after.version).to.equal(1);
    expect(after.doc.audit ?? []).to.have.length(0);
    expect(entry(after.doc, 'e1')).to.deep.equal(e1);
  });

  it('is atomic: when the audit write fails mid-transaction, the record and the version are unchanged', async () => {
    const dbName = newDb('atomic');
    await open(dbName).replace(CASE, smallCase(), 'tester');
    class FailingAudit extends IdbCaseStore {
      protected override writeAudit(): Promise<unknown> {
        throw new Error('simulated disk failure');
      }
    }
    const failing = new FailingAudit({ dbName });
    opened.push(failing);
    const e1 = entry((await failing.load(CASE))!.doc, 'e1');
    const r = await failing.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e1, { ...e1, title: 'Half-written?' }));
    expect(r).to.include({ ok: false, reason: 'storage' });
    if (!r.ok) expect(r.message).to.match(/could not be saved/);
    const fresh = (await open(dbName).load(CASE))!;
    expect(entry(fresh.doc, 'e1').title).to.equal('Referral from school');
    expect(fresh.version).to.equal(1);
    const audit = (await rawRecords(dbName, 'audit')) as StoredAuditEntry[];
    expect(audit.filter((a) => a.event)).to.have.length(0);
  });

  it('reports a full disk as a plain-English storage failure, never as an exception', async () => {
    const dbName = newDb('quota');
    await open(dbName).replace(CASE, smallCase(), 'tester');
    class FullDisk extends IdbCaseStore {
      protected override writeAudit(): Promise<unknown> {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    }
    const full = new FullDisk({ dbName });
    opened.push(full);
    const e1 = entry((await full.load(CASE))!.doc, 'e1');
    const r = await full.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e1, { ...e1, title: 'x' }));
    expect(r).to.deep.equal({ ok: false, reason: 'storage', message: STORAGE_MESSAGES.quota });
    expect(STORAGE_MESSAGES.quota)
      .to.match(/run out of storage space/)
      .and.match(/still on this page/);
  });

  it('keeps corrupt and invalid stored records aside in quarantine, reports them, and loads the rest', async () => {
    const dbName = newDb('corrupt');
    const store = open(dbName);
    await store.replace(CASE, smallCase(), 'tester');
    // Damage the database the way an older version or a hand edit in devtools might.
    const raw = await openDB(dbName);
    const tx = raw.transaction('records', 'readwrite');
    const rec = (await tx.store.get(['case:case-1', 'chronology', 'e3'])) as { data: Record<string, unknown> };
    await tx.store.put({ ...rec, data: { ...rec.data, significance: 'catastrophic' } });
    await tx.store.put({ doc: 'case:case-1', list: 'people', id: 'p-junk', order: 99, data: 'not an object' });
    await tx.store.put({ doc: 'case:case-1', list: 'people', id: 42, order: 100, data: { id: 42, gender: 'female' } });
    await tx.done;
    raw.close();

    const loaded = (await open(dbName).load(CASE))!;
    expect(loaded.doc.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    expect(loaded.doc.people!.map((p) => p.id)).to.deep.equal(['p-child', 'p-mum', 'p-gran']);
    expect(loaded.quarantined.map((q) => q.key).sort()).to.deep.equal(['chronology/e3', 'people/42', 'people/p-junk']);
    const e3 = loaded.quarantined.find((q) => q.key === 'chronology/e3')!;
    expect(e3.issues[0]).to.include({ entity: 'ChronologyEntry', id: 'e3', path: 'significance' });
    // Moved, not deleted: the quarantine store has both, exactly as they were.
    const kept = (await rawRecords(dbName, 'quarantine')) as { recordKey: string; raw: { data: unknown } }[];
    expect(kept.map((k) => k.recordKey).sort()).to.deep.equal(['chronology/e3', 'people/42', 'people/p-junk']);
    expect(kept.find((k) => k.recordKey === 'people/p-junk')!.raw.data).to.equal('not an object');
    expect((await rawRecords(dbName, 'records')).length).to.equal(10); // 11 stored; e3, p-junk and 42 moved out
    // Still reported on the next load, so nobody loses sight of them.
    const again = (await open(dbName).load(CASE))!;
    expect(again.quarantined.map((q) => q.key).sort()).to.deep.equal(['chronology/e3', 'people/42', 'people/p-junk']);
  });

  it('quarantines only the damaged record, not the records that refer to it', async () => {
    const dbName = newDb('corrupt-cascade');
    await open(dbName).replace(CASE, smallCase(), 'tester');
    const raw = await openDB(dbName);
    const tx = raw.transaction('records', 'readwrite');
    const mum = (await tx.store.get(['case:case-1', 'people', 'p-mum'])) as { data: Record<string, unknown> };
    await tx.store.put({ ...mum, data: { ...mum.data, gender: 'bogus' } });
    await tx.done;
    raw.close();
    const loaded = (await open(dbName).load(CASE))!;
    expect(loaded.quarantined.map((q) => q.key)).to.deep.equal(['people/p-mum']);
    // The relationships and the entry that mention her are reported, not moved.
    expect(loaded.issues.map((i) => `${i.entity}:${i.id}`)).to.include.members([
      'Relationship:r1',
      'Relationship:r2',
      'ChronologyEntry:e2',
    ]);
    const remaining = (await rawRecords(dbName, 'records')) as { list: string; id: string }[];
    expect(remaining.map((r) => `${r.list}/${r.id}`)).to.include.members(['relationships/r1', 'relationships/r2', 'chronology/e2']);
    expect(remaining).to.have.length(10);
  });

  it('keeps the valid part of an imported bundle and returns the issues', async () => {
    const store = open(newDb('import-issues'));
    const bad = smallCase();
    bad.people!.push({ id: 'p-bad', gender: 'unknown-gender' } as unknown as Person);
    bad.chronology!.push({
      id: 'e-dangling',
      date: '2022',
      title: 'x',
      category: 'visit',
      significance: 'routine',
      subjectIds: ['p-missing'],
    });
    const r = await store.replace(CASE, bad, 'tester');
    expect(r.issues.map((i) => `${i.entity}:${i.id}:${i.path}`)).to.have.members([
      'Person:p-bad:gender',
      'ChronologyEntry:e-dangling:subjectIds[0]',
    ]);
    expect(r.doc.people!.map((p) => p.id)).to.not.include('p-bad');
    // Whatever parse keeps of the entry with the dangling reference, the store holds exactly that.
    const again = (await open(store.dbName).load(CASE))!;
    expect(again.doc).to.deep.equal(r.doc);
    // Issue 15: the refused person is kept in quarantine (it used to be discarded).
    expect(again.quarantined.map((q) => q.key)).to.deep.equal(['people/p-bad']);
  });

  it('stores team boards the same way', async () => {
    const store = open(newDb('board'));
    await store.replace(BOARD, smallBoard(), 'tester');
    const loaded = (await store.load(BOARD))!;
    const b1 = loaded.doc.blockages!.find((b) => b.id === 'b1')!;
    const r = await store.apply(BOARD, makeChange('Blockage', 'update', 'Team lead', b1, { ...b1, status: 'acting', owner: 'Team lead' }));
    expect(r.ok).to.equal(true);
    const again = (await open(store.dbName).load(BOARD))!;
    expect(again.doc.blockages!.find((b) => b.id === 'b1')!.status).to.equal('acting');
    const wrong = await store.apply(BOARD, makeChange('Person', 'create', 'A', null, { id: 'p', gender: 'male' }));
    expect(wrong).to.include({ ok: false, reason: 'invalid' });
  });

  describe('two tabs on one database', () => {
    it('tells the other tab about a change, which re-reads it', async () => {
      const dbName = newDb('tabs');
      const a = open(dbName),
        b = open(dbName);
      await a.replace(CASE, smallCase(), 'tester');
      await b.load(CASE);
      const heard: StoreEvent[] = [];
      b.subscribe(CASE, (e) => heard.push(e));
      const e1 = entry((await a.load(CASE))!.doc, 'e1');
      const r = await a.apply(
        CASE,
        makeChange('ChronologyEntry', 'update', 'Tab A', e1, { ...e1, title: 'Referral from school (updated)' }),
      );
      expect(r.ok).to.equal(true);
      await until(() => heard.length > 0, 10_000, 'the other tab to hear the change');
      const ev = heard[0]!;
      expect(ev.type).to.equal('change');
      if (ev.type !== 'change') return;
      expect(ev.remote).to.equal(true);
      expect(ev.version).to.equal(2);
      expect(entry(ev.doc as CaseBundle, 'e1').title).to.equal('Referral from school (updated)');
      expect((ev.doc as CaseBundle).audit).to.have.length(1);
    });

    it('passes the other tab’s change on to subscribers even when a load() read it before the news came', async () => {
      // Seen in a two-tab test under load: the page read the stored document (as an export or a second view would)
      // before the other tab's announcement arrived; the store took the news as already seen, and the views of the
      // document kept the old version until a reload. The writer here is on another channel, so the news is
      // delivered by hand, after the load.
      const dbName = newDb('tabs-late-news');
      const writer = open(dbName, { channelName: 'elsewhere' }),
        reader = open(dbName);
      await writer.replace(CASE, smallCase(), 'tester');
      await reader.load(CASE);
      const heard: StoreEvent[] = [];
      reader.subscribe(CASE, (e) => heard.push(e));
      const e1 = entry((await writer.load(CASE))!.doc, 'e1');
      const r = await writer.apply(CASE, makeChange('ChronologyEntry', 'update', 'Tab A', e1, { ...e1, title: 'Changed in tab A' }));
      expect(r.ok).to.equal(true);
      expect(entry((await reader.load(CASE))!.doc, 'e1').title, 'what a load reads').to.equal('Changed in tab A');
      expect(heard, 'nothing told yet').to.deep.equal([]);
      const news = new BroadcastChannel(reader.channelName);
      news.postMessage({ type: 'change', from: 'tab-a', ref: CASE, version: 2, entity: 'ChronologyEntry', id: 'e1', op: 'update' });
      news.close();
      await until(() => heard.length > 0, 10_000, 'the subscriber to hear the change');
      const ev = heard[0]!;
      expect(ev.type).to.equal('change');
      if (ev.type !== 'change') return;
      expect(ev).to.include({ version: 2, remote: true });
      expect(entry(ev.doc as CaseBundle, 'e1').title).to.equal('Changed in tab A');
      expect(ev.change.id).to.equal('e1');
      // the same news again is not told twice
      const again = new BroadcastChannel(reader.channelName);
      again.postMessage({ type: 'change', from: 'tab-a', ref: CASE, version: 2, entity: 'ChronologyEntry', id: 'e1', op: 'update' });
      again.close();
      await new Promise((done) => setTimeout(done, 100));
      expect(heard).to.have.length(1);
    });

    it('refuses a stale write from the other tab as a conflict, never overwriting', async () => {
      const dbName = newDb('tabs-conflict');
      const a = open(dbName),
        b = open(dbName);
      await a.replace(CASE, smallCase(), 'tester');
      const seenByA = entry((await a.load(CASE))!.doc, 'e2');
      const seenByB = entry((await b.load(CASE))!.doc, 'e2');
      expect(
        (await a.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', seenByA, { ...seenByA, title: 'A wrote this' }))).ok,
      ).to.equal(true);
      const r = await b.apply(CASE, makeChange('ChronologyEntry', 'update', 'B', seenByB, { ...seenByB, title: 'B wrote this' }));
      expect(r).to.include({ ok: false, reason: 'conflict' });
      if (!r.ok && r.reason === 'conflict') expect((r.current as ChronologyEntry).title).to.equal('A wrote this');
      expect(entry((await open(dbName).load(CASE))!.doc, 'e2').title).to.equal('A wrote this');
    });

    it('lands concurrent edits to different records from both tabs', async () => {
      const dbName = newDb('tabs-concurrent');
      const a = open(dbName),
        b = open(dbName);
      await a.replace(BOARD, smallBoard(), 'tester');
      const docA = (await a.load(BOARD))!.doc,
        docB = (await b.load(BOARD))!.doc;
      const b1 = docA.blockages!.find((x) => x.id === 'b1')!,
        b2 = docB.blockages!.find((x) => x.id === 'b2')!;
      const [ra, rb] = await Promise.all([
        a.apply(BOARD, makeChange('Blockage', 'update', 'A', b1, { ...b1, metToo: 3 })),
        b.apply(BOARD, makeChange('Blockage', 'update', 'B', b2, { ...b2, metToo: 5 })),
      ]);
      expect(ra.ok && rb.ok, JSON.stringify([ra, rb])).to.equal(true);
      const final = (await open(dbName).load(BOARD))!;
      expect(final.version).to.equal(3);
      expect(final.doc.blockages!.map((x) => x.metToo)).to.deep.equal([3, 5]);
      expect(final.doc.audit).to.have.length(2);
    });
  });

  describe('schema versions', () => {
    it('upgrades a database written at version 1, running the migrations in order without losing data', async () => {
      const dbName = newDb('migrate');
      // A version-1 database made by hand: no quarantine store, records without an `order`.
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(dbName, 1);
        req.onupgradeneeded = () => {
          const db = req.result;
          db.createObjectStore('docs', { keyPath: 'key' });
          db.createObjectStore('records', { keyPath: ['doc', 'list', 'id'] });
          db.createObjectStore('audit', { keyPath: ['doc', 'seq'] });
          const tx = req.transaction!;
          tx.objectStore('docs').put({
            key: 'case:case-1',
            kind: 'case',
            id: 'case-1',
            version: 7,
            head: { schema: 'opencasework/case-bundle@1', case: { id: 'case-1', subjectIds: ['p1'] } },
            lists: ['people'],
            auditSeq: 0,
            updatedAt: '',
          });
          tx.objectStore('records').put({
            doc: 'case:case-1',
            list: 'people',
            id: 'p1',
            data: { id: 'p1', gender: 'female', givenName: 'Ffion' },
          });
          tx.objectStore('records').put({
            doc: 'case:case-1',
            list: 'people',
            id: 'p2',
            data: { id: 'p2', gender: 'male', givenName: 'Gareth' },
          });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      const ran: number[] = [];
      const traced: Migration[] = [
        ...MIGRATIONS.map((m) => ({
          ...m,
          run: async (...args: Parameters<Migration['run']>) => {
            ran.push(m.version);
            await m.run(...args);
          },
        })),
        {
          version: DB_VERSION + 1,
          description: 'test-only: proves later migrations run after earlier ones',
          run: () => {
            ran.push(DB_VERSION + 1);
          },
        },
      ];
      const store = open(dbName, { migrations: traced });
      const loaded = (await store.load(CASE))!;
      expect(ran).to.deep.equal([2, 3, 4]);
      expect(loaded.version).to.equal(7);
      expect(loaded.doc.people!.map((p) => p.givenName)).to.deep.equal(['Ffion', 'Gareth']);
      const db = await openDB(dbName);
      expect(db.version).to.equal(4);
      expect([...db.objectStoreNames]).to.include('quarantine');
      const recs = (await db.getAll('records')) as { order: number }[];
      db.close();
      expect(recs.map((r) => r.order)).to.deep.equal([0, 1]);
      // And the upgraded database takes changes.
      const p1 = person(loaded.doc, 'p1');
      expect((await store.apply(CASE, makeChange('Person', 'update', 'A', p1, { ...p1, preferredName: 'Ff' }))).ok).to.equal(true);
    });

    it('reports an upgrade blocked by another tab as a clear storage message, and recovers when that tab closes', async () => {
      const dbName = newDb('blocked');
      await open(dbName).replace(CASE, smallCase(), 'tester');
      opened.splice(0).forEach((s) => s.close());
      // "Another tab" holding the old version open and ignoring requests to close.
      const old = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      const newer = open(dbName, {
        migrations: [...MIGRATIONS, { version: DB_VERSION + 1, description: 'test-only', run: () => undefined }],
      });
      let readError: unknown;
      await newer.load(CASE).catch((e: unknown) => {
        readError = e;
      });
      expect(readError).to.be.instanceOf(StorageError);
      expect((readError as StorageError).message).to.equal(STORAGE_MESSAGES.readBlocked);
      const change = makeChange('ChronologyEntry', 'update', 'A', smallCase().chronology![0], {
        ...smallCase().chronology![0]!,
        title: 'New title',
      });
      const r = await newer.apply(CASE, change);
      expect(r).to.deep.equal({ ok: false, reason: 'storage', message: STORAGE_MESSAGES.blocked });
      old.close();
      await until(() => true);
      let retry = await newer.apply(CASE, change);
      // The upgrade goes ahead once the other tab's connection has closed: up to 10 s on a loaded machine, not 1 s.
      const deadline = performance.now() + 10_000;
      while (!retry.ok && retry.reason === 'storage' && performance.now() < deadline) {
        await new Promise((res) => setTimeout(res, 50));
        retry = await newer.apply(CASE, change);
      }
      expect(retry.ok, JSON.stringify(retry)).to.equal(true);
    });

    it('steps aside for a newer version in another tab, then says this page must be reloaded', async () => {
      const dbName = newDb('blocking');
      const oldTab = open(dbName);
      await oldTab.replace(CASE, smallCase(), 'tester');
      const newTab = open(dbName, {
        migrations: [...MIGRATIONS, { version: DB_VERSION + 1, description: 'test-only', run: () => undefined }],
      });
      expect(await newTab.load(CASE)).to.not.equal(undefined);
      const e1 = smallCase().chronology![0]!;
      const r = await oldTab.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e1, { ...e1, title: 'Old tab' }));
      expect(r).to.deep.equal({ ok: false, reason: 'storage', message: STORAGE_MESSAGES.newerVersion });
    });
  });

  it('meets the performance targets: cold load of a 900-entry case and one change (figures printed)', async function () {
    this.timeout(60000);
    const dbName = newDb('perf');
    const writer = open(dbName);
    await writer.replace(CASE, largeCase(900, 'case-1'), 'tester');
    const loads: number[] = [];
    for (let i = 0; i < 7; i++) {
      const cold = new IdbCaseStore({ dbName });
      const t0 = performance.now();
      const loaded = await cold.load(CASE);
      loads.push(performance.now() - t0);
      expect(loaded!.doc.chronology).to.have.length(900);
      cold.close();
    }
    const store = open(dbName);
    let doc = (await store.load(CASE))!.doc;
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await store.load(CASE);
      warm.push(performance.now() - t0);
    }
    const changes: number[] = [];
    for (let i = 0; i < 41; i++) {
      const e = doc.chronology![i * 20]!;
      const t0 = performance.now();
      const r = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e, { ...e, title: `${e.title}.` }));
      changes.push(performance.now() - t0);
      expect(r.ok).to.equal(true);
      if (r.ok) doc = r.doc;
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const ua = navigator.userAgent;
    const engine = /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chromium' : 'WebKit';
    console.log(`[store figures, ${engine}] load 900 entries with an open connection: median ${median(warm).toFixed(1)} ms`);
    console.log(
      `[store figures, ${engine}] cold load 900 entries: median ${median(loads).toFixed(1)} ms (runs: ${loads.map((x) => x.toFixed(1)).join(', ')}); one change: median ${median(changes).toFixed(1)} ms, max ${Math.max(...changes).toFixed(1)} ms over ${changes.length}`,
    );
    // Generous bounds (the machine is shared); the targets are 100 ms and 10 ms.
    expect(median(loads)).to.be.below(1000);
    expect(median(changes)).to.be.below(100);
  });
});
