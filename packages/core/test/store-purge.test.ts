// Privacy (issue 15, finding 9): a case can be purged from every store, the sign-out clean-up closes every open view
// of it, a tab whose database was deleted never creates it again on its next save, and the BroadcastChannel carries
// ids and versions only. The texts below are what must NOT survive a purge or cross the channel.
import { expect, fixture, html } from '@open-wc/testing';
import { openDB } from 'idb';
import { IdbCaseStore, MemoryCaseStore, makeChange, type CaseBundle, type CwCase, type StoreEvent } from '../src/index.js';
import { signOutCleanup } from '../src/store/sign-out.js';
import '../src/define.js';
import './case-element-consumer.js';
import type { CwTestConsumer } from './case-element-consumer.js';
import { deleteDatabase, smallCase, storeTracker, until } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };
const OTHER = { kind: 'case' as const, id: 'case-2' };
const KEY = 'opencasework:unsaved:case:case-1';
const SECRET = 'Disclosure at school about bruising';
const SECRET2 = 'Mum said the boyfriend stays over';
type Obj = Record<string, unknown>;

/** Everything in a database, every object store, as one JSON text (to search for what must not be there). */
async function everything(dbName: string): Promise<{ text: string; keys: string[] }> {
  const db = await openDB(dbName);
  const out: unknown[] = [];
  const keys: string[] = [];
  for (const name of [...db.objectStoreNames]) {
    out.push(...(await db.getAll(name)));
    keys.push(...(await db.getAllKeys(name)).map((k) => JSON.stringify(k)));
  }
  db.close();
  return { text: JSON.stringify(out), keys };
}

/** True when the database exists with Open Casework's stores in it (not deleted, not created again). */
async function exists(dbName: string): Promise<boolean> {
  const db = await openDB(dbName);
  const has = db.objectStoreNames.length > 0;
  db.close();
  if (!has) await deleteDatabase(dbName); // opening to look created an empty one: remove it again
  return has;
}

class FullDisk extends IdbCaseStore {
  full = false;
  protected override writeAudit(store: Parameters<IdbCaseStore['writeAudit']>[0], entry: Parameters<IdbCaseStore['writeAudit']>[1]) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.writeAudit(store, entry);
  }
}

async function openCase(store: IdbCaseStore | MemoryCaseStore): Promise<{ el: CwCase; consumer: CwTestConsumer }> {
  const el = await fixture<CwCase>(html`<cw-case actor="Dee Worker"><cw-test-consumer></cw-test-consumer></cw-case>`);
  el.store = store;
  el.caseId = 'case-1';
  await el.updateComplete;
  const consumer = el.querySelector<CwTestConsumer>('cw-test-consumer')!;
  await until(() => consumer.titles().length === 3, 10_000, 'the case to load');
  return { el, consumer };
}

const statusText = (el: CwCase) => [...el.shadowRoot!.querySelectorAll('[part="status"]')].map((s) => s.textContent ?? '').join(' ');

describe('privacy: purge, sign-out and the channel', () => {
  const { open, newDb, track, cleanUp } = storeTracker((dbName) => new IdbCaseStore({ dbName }));
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await cleanUp();
    localStorage.clear();
  });

  it('the channel carries ids and versions only; the other tab reads the change from its own database', async () => {
    const dbName = newDb('channel');
    const a = open(dbName),
      b = open(dbName);
    await a.replace(CASE, smallCase(), 'importer');
    await b.load(CASE);
    const heard: StoreEvent[] = [];
    b.subscribe(CASE, (e) => heard.push(e));
    const crossed: unknown[] = [];
    const listener = new BroadcastChannel(`opencasework:${dbName}`);
    listener.onmessage = (e: MessageEvent) => crossed.push(e.data);
    try {
      const e1 = (await a.load(CASE))!.doc.chronology![0]!;
      await a.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee Worker', e1, { ...e1, title: SECRET }));
      const created = { id: 'e-new', date: '2024-02-02', title: SECRET2, category: 'contact' as const, significance: 'routine' as const };
      await a.apply(CASE, makeChange('ChronologyEntry', 'create', 'Dee Worker', null, created));
      await a.apply(CASE, makeChange('ChronologyEntry', 'delete', 'Dee Worker', created, null));
      await a.replace(OTHER, { ...smallCase('case-2'), case: { id: 'case-2', title: SECRET, subjectIds: ['p-child'] } }, 'importer');
      await until(
        () => crossed.length >= 4 && heard.some((e) => e.type === 'change' && e.version === 4),
        10_000,
        'the announcements',
      ).catch((err: Error) => {
        throw new Error(
          `${err.message}: ${crossed.length} crossed, heard ${heard.map((e) => (e.type === 'change' ? e.change.op : e.type)).join()}`,
        );
      });
    } finally {
      listener.close();
    }
    const text = JSON.stringify(crossed);
    expect(text).not.to.contain(SECRET);
    expect(text).not.to.contain(SECRET2);
    expect(text).not.to.contain('Dee Worker');
    expect(text).not.to.contain('Amy');
    for (const m of crossed as Obj[]) {
      expect(
        Object.keys(m).every((k) => ['type', 'from', 'ref', 'version', 'entity', 'id', 'op'].includes(k)),
        JSON.stringify(Object.keys(m)),
      ).to.equal(true);
    }
    // The other tab still knows what changed, who did it, and what the record was: read from its own database.
    const first = heard[0]!;
    expect(first.type).to.equal('change');
    if (first.type !== 'change') return;
    expect(first.remote).to.equal(true);
    expect(first.change).to.include({ entity: 'ChronologyEntry', id: 'e1', op: 'update', actor: 'Dee Worker' });
    expect((first.change.after as Obj).title).to.equal(SECRET);
    expect((first.change.before as Obj).title).to.equal('Referral from school');
    expect((first.doc as CaseBundle).chronology![0]!.title).to.equal(SECRET);
    // Announcements that arrive while it reads are caught up in one read (the last one names the newest version).
    const last = heard[heard.length - 1]!;
    expect(last.type === 'change' && (last.doc as CaseBundle).chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
  });

  it("purgeCase removes a case's records, audit (an edited then deleted entry's text), quarantine and unsaved changes, and nothing else", async () => {
    const dbName = newDb('purge');
    const store = open(dbName);
    const input = smallCase() as unknown as Obj & { chronology: Obj[] };
    input.chronology.push({ id: 'e9', date: '2023-01-02', title: SECRET2, category: 'not-a-category', significance: 'routine' });
    await store.replace(CASE, input as unknown as CaseBundle, 'importer');
    await store.replace(OTHER, smallCase('case-2'), 'importer');
    const e1 = (await store.load(CASE))!.doc.chronology![0]!;
    const edited = { ...e1, title: SECRET };
    await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee', e1, edited));
    await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee', edited, { ...edited, title: 'Redacted' }));
    await store.apply(CASE, makeChange('ChronologyEntry', 'delete', 'Dee', { ...edited, title: 'Redacted' }, null));
    localStorage.setItem(KEY, JSON.stringify([{ change: makeChange('ChronologyEntry', 'update', 'Dee', e1, edited), reason: 'x' }]));
    localStorage.setItem('opencasework:unsaved:case:case-2', '[]');
    const before = await everything(dbName);
    expect(before.text.split(SECRET).length - 1, 'the text is in the audit twice (before and after)').to.be.greaterThan(1);
    expect(before.text, 'the refused record is in quarantine').to.contain(SECRET2);

    const closed: StoreEvent[] = [];
    const other = open(dbName);
    await other.load(CASE);
    other.subscribe(CASE, (e) => closed.push(e));
    await store.purgeCase('case-1');

    const after = await everything(dbName);
    expect(after.text).not.to.contain(SECRET);
    expect(after.text).not.to.contain(SECRET2);
    expect(after.keys.filter((k) => k.includes('case:case-1'))).to.deep.equal([]);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem('opencasework:unsaved:case:case-2'), "another case's entry stays").to.equal('[]');
    expect(await open(dbName).load(CASE)).to.equal(undefined);
    expect((await open(dbName).load(OTHER))!.doc.chronology, 'another case is untouched').to.have.length(3);
    await until(() => closed.length > 0, 10_000, 'the other tab to hear the purge');
    expect(closed[0]).to.include({ type: 'error', closed: true });
    // Purging again (nothing stored) is not an error.
    await store.purgeCase('case-1');
  });

  it('MemoryCaseStore.purgeCase forgets the case and tells its views', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'importer');
    const heard: StoreEvent[] = [];
    store.subscribe(CASE, (e) => heard.push(e));
    localStorage.setItem(KEY, '[]');
    await store.purgeCase('case-1');
    expect(await store.load(CASE)).to.equal(undefined);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(heard.map((e) => e.type === 'error' && e.closed)).to.deep.equal([true]);
  });

  it('a purge in another tab closes this tab’s view: the case is no longer shown, with a plain message', async () => {
    const dbName = newDb('purge-view');
    await open(dbName).replace(CASE, smallCase(), 'importer');
    const { el, consumer } = await openCase(open(dbName));
    await open(dbName).purgeCase('case-1'); // "another tab"
    await until(() => el.closed, 10_000, 'the view to close');
    await el.updateComplete;
    await consumer.updateComplete;
    expect(statusText(el)).to.contain('This case is no longer shown');
    expect(el.shadowRoot!.querySelector('slot'), 'the components are not shown').to.equal(null);
    expect(consumer.context, 'the components no longer have the case').to.equal(undefined);
    expect(el.value.chronology ?? []).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('sign-out in another tab: unsaved work stays on the page to copy, and a save never creates the database again', async () => {
    const dbName = newDb('signout');
    await open(dbName).replace(CASE, smallCase(), 'importer');
    const full = track(new FullDisk({ dbName }));
    const { el, consumer } = await openCase(full);
    full.full = true;
    const e1 = el.value.chronology![0]!;
    const r = await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: SECRET }));
    expect(r.ok).to.equal(false);
    expect(localStorage.getItem(KEY), 'kept in the browser while the case is open').to.contain(SECRET);

    const report = await signOutCleanup({ databases: [dbName] }); // "another tab" signs out
    expect(report.deleted).to.deep.equal([dbName]);
    expect(report.blocked).to.deep.equal([]);
    await until(() => el.closed, 10_000, 'the view to close');
    await el.updateComplete;
    expect(localStorage.getItem(KEY), 'nothing of the case is left in localStorage').to.equal(null);
    expect(statusText(el)).to.contain('This case is no longer shown').and.contain('1 change made on this page was not saved');
    expect(
      el.unsavedChanges.map((c) => (c.after as Obj).title),
      'still on the page',
    ).to.deep.equal([SECRET]);
    const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Copy unsaved changes'));
    expect(copy, 'Copy unsaved changes is offered').to.exist;

    full.full = false;
    await el.retryUnsaved(); // a save after the database was deleted
    const e2 = { ...smallCase().chronology![1]! };
    await el.requestChange(makeChange('ChronologyEntry', 'update', 'Dee', e2, { ...e2, title: SECRET2 }));
    expect(el.unsavedChanges, 'both kept on the page').to.have.length(2);
    expect(localStorage.getItem(KEY), 'and not written back to localStorage').to.equal(null);
    expect(await exists(dbName), 'the database was not created again').to.equal(false);
  });

  it('a database deleted by hand in another tab (no announcement) also closes the view and is not created again', async () => {
    const dbName = newDb('deleted');
    await open(dbName).replace(CASE, smallCase(), 'importer');
    const { el } = await openCase(open(dbName));
    await deleteDatabase(dbName);
    await until(() => el.closed, 10_000, 'the view to close');
    const e1 = smallCase().chronology![0]!;
    const r = await el.requestChange(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: SECRET }));
    expect(r.ok).to.equal(false);
    expect(el.unsavedChanges).to.have.length(1);
    expect(await exists(dbName)).to.equal(false);
  });
});
