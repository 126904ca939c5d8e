// Changes a store refused for a storage reason survive a reload, warn before unload, come back with a plain message,
// and a conflict among them never blocks the others (issue: "nothing lost"). Each test writes down what a person
// would see before running: the edit still on screen after a reload, and saved once storage works.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryCaseStore, makeChange, type CaseStore, type CwCase, type CwConflictDetail } from '../src/index.js';
import '../src/define.js';
import './case-element-consumer.js';
import type { CwTestConsumer } from './case-element-consumer.js';
import { FlakyStore, smallCase, until } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };
const KEY = 'opencasework:unsaved:case:case-1';

/** Opens the case in a fresh <cw-case>, as a reload of the page would. */
async function open(store: CaseStore): Promise<{ el: CwCase; consumer: CwTestConsumer }> {
  const el = await fixture<CwCase>(html`<cw-case actor="Dee Worker"><cw-test-consumer></cw-test-consumer></cw-case>`);
  el.store = store;
  el.caseId = 'case-1';
  await el.updateComplete;
  const consumer = el.querySelector<CwTestConsumer>('cw-test-consumer')!;
  await until(() => consumer.titles().length === 3, 10_000, 'the case to load');
  return { el, consumer };
}

/** True when leaving the page now would ask the person first. */
function unloadAsks(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

const status = (el: CwCase) => [...el.shadowRoot!.querySelectorAll('[part="status"]')].map((s) => s.textContent ?? '').join(' ');

describe('unsaved changes are durable', () => {
  let inner: MemoryCaseStore;
  let flaky: FlakyStore;
  beforeEach(async () => {
    localStorage.clear();
    inner = new MemoryCaseStore();
    await inner.replace(CASE, smallCase(), 'import');
    flaky = new FlakyStore(inner);
  });
  afterEach(() => localStorage.clear());

  it('keeps a refused change through a reload, asks before unload, and saves it once storage works', async () => {
    const first = await open(flaky);
    const e1 = first.el.value.chronology![0]!;
    await first.consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Written during the quota error' }));
    expect(first.el.unsavedChanges).to.have.length(1);
    expect(localStorage.getItem(KEY), 'kept outside IndexedDB').to.contain('Written during the quota error');
    expect(unloadAsks(), 'warns before unload while a change is unsaved').to.equal(true);
    await first.el.updateComplete;
    expect(status(first.el)).to.contain('even if the page is closed or reloaded');
    first.el.remove();
    expect(unloadAsks(), 'a removed element no longer holds the page').to.equal(false);

    // The reload: the store is still failing.
    const second = await open(flaky);
    await until(() => second.el.unsavedChanges.length === 1, 10_000, 'the kept change to come back');
    await second.el.updateComplete;
    await second.consumer.updateComplete;
    expect(second.consumer.titles()[0]).to.equal('Written during the quota error');
    expect(status(second.el)).to.contain('1 change made before this page was last closed had not been saved');
    expect(unloadAsks()).to.equal(true);
    await expect(second.el).to.be.accessible();

    flaky.healthy = true;
    await second.el.retryUnsaved();
    expect(second.el.unsavedChanges).to.have.length(0);
    expect((await inner.load(CASE))!.doc.chronology![0]!.title).to.equal('Written during the quota error');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(unloadAsks()).to.equal(false);
  });

  it('saves kept changes by itself when the case is opened again and storage works', async () => {
    const first = await open(flaky);
    const e2 = first.el.value.chronology![1]!;
    await first.consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e2, { ...e2, title: 'Kept, then saved on reopening' }));
    first.el.remove();
    flaky.healthy = true;
    const second = await open(flaky);
    await until(() => second.consumer.titles()[1] === 'Kept, then saved on reopening', 10_000, 'the kept change on screen');
    await until(() => second.el.unsavedChanges.length === 0, 10_000, 'the kept change to be saved');
    expect((await inner.load(CASE))!.doc.chronology![1]!.title).to.equal('Kept, then saved on reopening');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('a conflict among the unsaved changes is reported and never blocks the ones after it', async () => {
    const { el, consumer } = await open(flaky);
    const conflicts: CwConflictDetail[] = [];
    el.addEventListener('cw-conflict', (e) => conflicts.push(e.detail));
    const e1 = el.value.chronology![0]!;
    await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Mine' }));
    // Meanwhile, another tab changes the same entry (and the store still refuses this tab's writes).
    await inner.apply(CASE, makeChange('ChronologyEntry', 'update', 'Sam', e1, { ...e1, title: 'Theirs' }));
    // Four later edits to another entry, each refused for storage and queued behind the first.
    let e2 = el.value.chronology![1]!;
    for (const n of [1, 2, 3, 4]) {
      const next = { ...e2, title: `Later edit ${n}` };
      await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e2, next));
      e2 = next;
    }
    expect(el.unsavedChanges).to.have.length(5);

    flaky.healthy = true;
    await el.retryUnsaved();
    expect(el.unsavedChanges, 'nothing left blocked').to.have.length(0);
    const stored = (await inner.load(CASE))!.doc;
    expect(stored.chronology![0]!.title, "the other tab's change is not overwritten").to.equal('Theirs');
    expect(stored.chronology![1]!.title, 'all four later edits saved').to.equal('Later edit 4');
    expect(conflicts.map((c) => [c.id, (c.mine as { title: string }).title, (c.theirs as { title: string }).title])).to.deep.equal([
      [e1.id, 'Mine', 'Theirs'],
    ]);
    await el.updateComplete;
    await consumer.updateComplete;
    expect(consumer.titles().slice(0, 2), "this tab shows the other tab's change again").to.deep.equal(['Theirs', 'Later edit 4']);
    expect(status(el)).to.contain('1 change made earlier was not saved');
  });

  it("shows another tab's changes while this tab's own are unsaved, with its own laid on top", async () => {
    const { el, consumer } = await open(flaky);
    const [e1, , e3] = el.value.chronology!;
    await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1!, title: 'Mine, unsaved' }));
    await inner.apply(CASE, makeChange('ChronologyEntry', 'update', 'Sam', e3, { ...e3!, title: 'Saved in another tab' }));
    await until(() => consumer.titles()[2] === 'Saved in another tab', 10_000, "the other tab's change");
    expect(consumer.titles()[0]).to.equal('Mine, unsaved');
  });

  it('says plainly when the change could not be kept in the browser either', async () => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const { el, consumer } = await open(flaky);
      const e1 = el.value.chronology![0]!;
      await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Page only' }));
      await el.updateComplete;
      expect(status(el)).to.contain('on this page only: do not close the page');
      expect(unloadAsks()).to.equal(true);
      el.remove();
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', setItem);
    }
  });
});
