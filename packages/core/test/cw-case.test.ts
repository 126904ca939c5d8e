import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  IdbCaseStore,
  MemoryCaseStore,
  STORAGE_MESSAGES,
  StorageError,
  makeChange,
  type CaseStore,
  type Change,
  type CwCase,
  type CwChangeDetail,
  type CwInvalidDetail,
  type CwSelectDetail,
  type Person,
  type StoreEvent,
} from '../src/index.js';
import '../src/define.js';
import './case-element-consumer.js';
import type { CwTestConsumer } from './case-element-consumer.js';
import { FlakyStore, deepFreeze, deleteDatabase, relayingStore, smallCase, uniqueDbName, until } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };

async function mount(setup: (el: CwCase) => void, children = 1): Promise<{ el: CwCase; consumers: CwTestConsumer[] }> {
  const el = await fixture<CwCase>(html`<cw-case actor="Dee Worker">
    ${Array.from({ length: children }, () => html`<cw-test-consumer></cw-test-consumer>`)}
  </cw-case>`);
  setup(el);
  await el.updateComplete;
  const consumers = [...el.querySelectorAll('cw-test-consumer')];
  for (const c of consumers) await c.updateComplete;
  return { el, consumers };
}

/** Saves a change in the inner store, then relays it as a server would: remote, with who made it. */
async function saveAndRelay(inner: CaseStore, relay: (e: StoreEvent) => void, change: Change, by: string): Promise<void> {
  const r = await inner.apply(CASE, change);
  expect(r.ok, 'saved').to.equal(true);
  relay({ type: 'change', ref: CASE, change, version: r.ok ? r.version : 0, doc: (await inner.load(CASE))!.doc, remote: true, by });
}

describe('<cw-case>', () => {
  const dbs: string[] = [];
  const stores: CaseStore[] = [];
  afterEach(async () => {
    stores.splice(0).forEach((s) => s.close());
    for (const n of dbs.splice(0)) await deleteDatabase(n);
  });

  it('provides the bundle, its issues and the actor to components inside it', async () => {
    const { consumers } = await mount((el) => {
      el.bundle = smallCase();
    });
    const c = consumers[0]!;
    expect(c.context?.actor).to.equal('Dee Worker');
    expect(c.context?.store).to.equal(undefined);
    expect(c.actorInUse).to.equal('Dee Worker');
    expect(c.titles()).to.deep.equal(['Referral from school', 'Home visit', 'Strategy meeting']);
    expect(c.data.issues).to.deep.equal([]);
  });

  it('loads a case by id from a store and provides the store', async () => {
    const store = new MemoryCaseStore();
    stores.push(store);
    await store.replace(CASE, smallCase(), 'import');
    const { el, consumers } = await mount((el) => {
      el.store = store;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3, 10_000, 'the case to load');
    expect(consumers[0]!.context?.store).to.equal(store);
    expect(el.value.case.id).to.equal('case-1');
  });

  it('says so when the store has no such case', async () => {
    const store = new MemoryCaseStore();
    const { el } = await mount((el) => {
      el.store = store;
      el.caseId = 'nobody';
    });
    await until(() => !!el.shadowRoot!.textContent.includes('There is no case "nobody"'), 10_000, 'the not-found message');
  });

  it('fires a cancelable cw-change first: a veto leaves the data and the store unchanged', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'import');
    const { el, consumers } = await mount((el) => {
      el.store = store;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3);
    const e1 = el.value.chronology![0]!;
    el.addEventListener('cw-change', (e) => e.preventDefault(), { once: true });
    const r = await consumers[0]!.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Vetoed title' }));
    expect(r).to.include({ ok: false, reason: 'vetoed' });
    await consumers[0]!.updateComplete;
    expect(consumers[0]!.titles()[0]).to.equal('Referral from school');
    expect((await store.load(CASE))!.doc.chronology![0]!.title).to.equal('Referral from school');
    expect((await store.load(CASE))!.version).to.equal(1);
  });

  it('applies and audits a change that is not vetoed, and the event is bubbling and composed', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'import');
    const { el, consumers } = await mount((el) => {
      el.store = store;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3);
    const e1 = el.value.chronology![0]!;
    const heard = oneEvent<CustomEvent<CwChangeDetail>>(document, 'cw-change');
    const change = makeChange('ChronologyEntry', 'update', consumers[0]!.actorInUse, e1, {
      ...e1,
      title: 'Referral from school (by phone)',
    });
    const result = consumers[0]!.edit(change);
    const ev = await heard;
    expect(ev.bubbles && ev.composed && ev.cancelable).to.equal(true);
    expect(ev.detail.change).to.equal(change);
    expect((await result).ok).to.equal(true);
    await until(() => consumers[0]!.titles()[0] === 'Referral from school (by phone)');
    const stored = (await store.load(CASE))!;
    expect(stored.version).to.equal(2);
    expect(stored.doc.audit![0]).to.include({ actor: 'Dee Worker', entityId: 'e1', op: 'update' });
  });

  it('fires cw-invalid with the issues and still provides the valid rest', async () => {
    const bad = smallCase();
    bad.people!.push({ id: 'p-x', gender: 'dragon' } as unknown as Person);
    const el = await fixture<CwCase>(html`<cw-case><cw-test-consumer></cw-test-consumer></cw-case>`);
    const heard = oneEvent<CustomEvent<CwInvalidDetail>>(el, 'cw-invalid');
    el.bundle = bad;
    const ev = await heard;
    expect(ev.detail.issues).to.have.length(1);
    expect(ev.detail.issues[0]).to.include({ entity: 'Person', id: 'p-x', path: 'gender' });
    const c = el.querySelector('cw-test-consumer')!;
    await c.updateComplete;
    expect(c.data.issues).to.have.length(1);
    expect(c.data.bundle.people!.map((p) => p.id)).to.deep.equal(['p-child', 'p-mum', 'p-gran']);
    const summary = c.shadowRoot!.querySelector('cw-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Person "p-x"');
  });

  it('shares one selection: a child selects, the provider and the other children follow, and the provider can set it', async () => {
    const { el, consumers } = await mount((el) => {
      el.bundle = smallCase();
    }, 2);
    const [a, b] = consumers as [CwTestConsumer, CwTestConsumer];
    const heard = oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    a.pick({ kind: 'entry', id: 'e2', related: ['p-child', 'p-mum'] });
    expect((await heard).detail.selection).to.deep.equal({ kind: 'entry', id: 'e2', related: ['p-child', 'p-mum'] });
    await el.updateComplete;
    await b.updateComplete;
    expect(el.selection).to.deep.equal({ kind: 'entry', id: 'e2', related: ['p-child', 'p-mum'] });
    expect(b.shared).to.deep.equal(el.selection);
    expect(b.shadowRoot!.querySelector('.selected')!.textContent).to.equal('entry:e2');
    const fromHost = oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    el.selection = { kind: 'person', id: 'p-mum' };
    expect((await fromHost).detail.selection).to.deep.equal({ kind: 'person', id: 'p-mum' });
    await a.updateComplete;
    expect(a.shadowRoot!.querySelector('.selected')!.textContent).to.equal('person:p-mum');
    el.selection = null;
    await a.updateComplete;
    expect(a.shared).to.equal(null);
  });

  it('shows a change made through a second store instance (another tab) without a reload', async () => {
    const dbName = uniqueDbName('cwcase-remote');
    dbs.push(dbName);
    const mine = new IdbCaseStore({ dbName }),
      theirs = new IdbCaseStore({ dbName });
    stores.push(mine, theirs);
    await mine.replace(CASE, smallCase(), 'import');
    const { el, consumers } = await mount((el) => {
      el.store = mine;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3, 10_000, 'the case to load');
    const e3 = (await theirs.load(CASE))!.doc.chronology![2]!;
    const r = await theirs.apply(
      CASE,
      makeChange('ChronologyEntry', 'update', 'Other tab', e3, { ...e3, title: 'Strategy meeting (moved)' }),
    );
    expect(r.ok).to.equal(true);
    await until(() => consumers[0]!.titles()[2] === 'Strategy meeting (moved)', 10_000, 'the remote change to arrive');
    expect(el.value.chronology![2]!.title).to.equal('Strategy meeting (moved)');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('updated in another tab');
  });

  it('names the colleague a store says made a change (a server store), and only then', async () => {
    // A store that relays the inner store's events as a server store does: remote, with who made them.
    const inner = new MemoryCaseStore();
    await inner.replace(CASE, smallCase(), 'import');
    const { store: server, relay } = relayingStore(inner);
    const { el, consumers } = await mount((el) => {
      el.store = server;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3, 10_000, 'the case to load');
    const status = () => (el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const e3 = (await inner.load(CASE))!.doc.chronology![2]!;
    const change = makeChange('ChronologyEntry', 'update', 'Sam Patel', e3, { ...e3, title: 'Strategy meeting (moved)' });
    const r = await inner.apply(CASE, change);
    const doc = (await inner.load(CASE))!.doc;
    relay({ type: 'change', ref: CASE, change, version: r.ok ? r.version : 0, doc, remote: true, by: 'Sam Patel' });
    await until(() => status().includes('Sam Patel'), 10_000, 'the news to be shown');
    expect(status()).to.contain('Sam Patel changed a record in this case: Chronology entry.');
    // The user's own change from another of their tabs is not news about a colleague.
    const moved = doc.chronology![2]!;
    const own = makeChange('ChronologyEntry', 'update', el.actor, moved, { ...moved, title: 'Strategy meeting (room 2)' });
    await saveAndRelay(inner, relay, own, el.actor);
    await until(() => status().includes('another tab'), 10_000, 'the tab news');
    expect(status()).not.to.contain(el.actor + ' changed');
  });

  it('takes late news of the version it loaded as no news: no "changed elsewhere" notice, nothing shown again', async () => {
    // A colleague's change was saved before this page loaded the case; the store's announcement of it arrives after
    // the load. The page already shows that version: telling the reader it changed elsewhere would send them looking
    // for a change they have already read.
    const inner = new MemoryCaseStore();
    await inner.replace(CASE, smallCase(), 'import');
    const e3 = (await inner.load(CASE))!.doc.chronology![2]!;
    const change = makeChange('ChronologyEntry', 'update', 'Sam Patel', e3, { ...e3, title: 'Strategy meeting (moved)' });
    const r = await inner.apply(CASE, change);
    expect(r.ok).to.equal(true);
    const version = r.ok ? r.version : 0;
    const { store: server, relay } = relayingStore(inner);
    const { el, consumers } = await mount((el) => {
      el.store = server;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles()[2] === 'Strategy meeting (moved)', 10_000, 'the case to load');
    const status = () => (el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = consumers[0]!.data.bundle;
    const doc = (await inner.load(CASE))!.doc;
    relay({ type: 'change', ref: CASE, change, version, doc, remote: true, by: 'Sam Patel' });
    await new Promise((done) => setTimeout(done, 50));
    await el.updateComplete;
    expect(status(), 'no notice for the version on screen').not.to.contain('Sam Patel');
    expect(consumers[0]!.data.bundle, 'the views are not handed the same version again').to.equal(shown);
    // A newer version is news.
    const moved = (await inner.load(CASE))!.doc.chronology![2]!;
    const next = makeChange('ChronologyEntry', 'update', 'Sam Patel', moved, { ...moved, title: 'Strategy meeting (moved again)' });
    await saveAndRelay(inner, relay, next, 'Sam Patel');
    await until(() => status().includes('Sam Patel'), 10_000, 'the newer news to be shown');
    expect(consumers[0]!.titles()[2]).to.equal('Strategy meeting (moved again)');
  });

  it('keeps a change the store could not save on the page, says why, and saves it on retry', async () => {
    const inner = new MemoryCaseStore();
    await inner.replace(CASE, smallCase(), 'import');
    const flaky = new FlakyStore(inner);
    const { el, consumers } = await mount((el) => {
      el.store = flaky;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3);
    const e1 = el.value.chronology![0]!;
    const r = await consumers[0]!.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Not yet saved' }));
    expect(r).to.deep.equal({ ok: false, reason: 'storage', message: STORAGE_MESSAGES.quota });
    await el.updateComplete;
    await consumers[0]!.updateComplete;
    expect(consumers[0]!.titles()[0]).to.equal('Not yet saved');
    expect(el.unsavedChanges).to.have.length(1);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('1 change has not been saved').and.contain('run out of storage space');
    expect((await inner.load(CASE))!.doc.chronology![0]!.title).to.equal('Referral from school');
    await expect(el).to.be.accessible();

    flaky.healthy = true;
    alert.querySelector('button')!.click();
    await until(() => el.unsavedChanges.length === 0, 10_000, 'the retry to save');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect((await inner.load(CASE))!.doc.chronology![0]!.title).to.equal('Not yet saved');
    expect(consumers[0]!.titles()[0]).to.equal('Not yet saved');
  });

  it('shows a plain message when the store cannot open the case', async () => {
    const broken = new MemoryCaseStore();
    broken.load = (() => Promise.reject(new StorageError(STORAGE_MESSAGES.readBlocked, 'blocked'))) as CaseStore['load'];
    const { el } = await mount((el) => {
      el.store = broken;
      el.caseId = 'case-1';
    });
    await until(() => !!el.shadowRoot!.querySelector('[part="status"]'), 10_000, 'the message');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain(STORAGE_MESSAGES.readBlocked);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('saves earlier unsaved changes before a later one, in order', async () => {
    const inner = new MemoryCaseStore();
    await inner.replace(CASE, smallCase(), 'import');
    const flaky = new FlakyStore(inner);
    const { el, consumers } = await mount((el) => {
      el.store = flaky;
      el.caseId = 'case-1';
    });
    await until(() => consumers[0]!.titles().length === 3);
    const e1 = el.value.chronology![0]!;
    const first = { ...e1, title: 'First' };
    await consumers[0]!.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, first));
    flaky.healthy = true;
    const r = await consumers[0]!.edit(makeChange('ChronologyEntry', 'update', 'Dee', first, { ...first, title: 'Second' }));
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    const stored = (await inner.load(CASE))!;
    expect(stored.doc.chronology![0]!.title).to.equal('Second');
    expect(stored.doc.audit!.map((a) => (a.after as { title: string }).title)).to.deep.equal(['First', 'Second']);
    expect(el.unsavedChanges).to.have.length(0);
  });

  it('never modifies the host bundle object (deep-frozen), keeping edits in its working copy', async () => {
    const frozen = deepFreeze(smallCase());
    const { el, consumers } = await mount((el) => {
      el.bundle = frozen;
    });
    const e2 = frozen.chronology![1]!;
    const r = await consumers[0]!.edit(makeChange('ChronologyEntry', 'update', 'Dee', e2, { ...e2, title: 'Edited copy' }));
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    await consumers[0]!.updateComplete;
    expect(consumers[0]!.titles()[1]).to.equal('Edited copy');
    expect(el.value.chronology![1]!.title).to.equal('Edited copy');
    expect(frozen.chronology![1]!.title).to.equal('Home visit');
    expect(frozen.audit).to.equal(undefined);
  });

  it('is accessible with content, a notice and the error summary (axe)', async () => {
    const bad = smallCase();
    bad.chronology!.push({
      id: 'e-bad',
      date: 'last week',
      title: '<img src=x onerror=alert(1)>',
      category: 'visit',
      significance: 'routine',
    });
    const { el, consumers } = await mount((el) => {
      el.bundle = bad;
    });
    await consumers[0]!.updateComplete;
    await expect(el).to.be.accessible();
    await expect(consumers[0]!).to.be.accessible();
    expect(document.querySelector('img')).to.equal(null);
  });
});
