// Issue 15 point 2 for changes <cw-case> kept unsaved: a change kept while storage failed that meets a colleague's
// newer version when it is finally saved is shown in core's conflict panel (mine, theirs, the differences, Keep mine
// laid on theirs, Keep theirs), kept through a reload until the person chooses, and never overwrites theirs unseen.
// Real IndexedDB: this tab's store refuses writes for storage (quota) until `healthy`; "Sam's tab" is a second
// IdbCaseStore on the same database. Expected answers are written in each test before it runs.
import { expect, fixture, html } from '@open-wc/testing';
import { IdbCaseStore, makeChange, type CaseStore, type ChronologyEntry, type CwCase } from '../src/index.js';
import '../src/define.js';
import './case-element-consumer.js';
import type { CwTestConsumer } from './case-element-consumer.js';
import { FlakyStore, smallCase, storeTracker, until } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };
const CONFLICTS_KEY = 'opencasework:unsaved:conflicts:case:case-1';
const UNSAVED_KEY = 'opencasework:unsaved:case:case-1';

const stores = storeTracker((name) => new IdbCaseStore({ dbName: name }));

async function open(store: CaseStore, lang = 'en'): Promise<{ el: CwCase; consumer: CwTestConsumer }> {
  const el = await fixture<CwCase>(html`<cw-case lang=${lang} actor="Dee Worker"><cw-test-consumer></cw-test-consumer></cw-case>`);
  el.store = store;
  el.caseId = 'case-1';
  await el.updateComplete;
  const consumer = el.querySelector<CwTestConsumer>('cw-test-consumer')!;
  await until(() => consumer.titles().length === 3, 10_000, 'the case to load');
  return { el, consumer };
}

const root = (el: CwCase) => el.shadowRoot!;
const statusText = (el: CwCase) =>
  [...root(el).querySelectorAll('[part="status"]')].map((s) => s.textContent.replace(/\s+/g, ' ')).join(' ');
const panel = (el: CwCase) => root(el).querySelector<HTMLElement>('.cw-conflict');
const rows = (el: CwCase) =>
  [...root(el).querySelectorAll<HTMLTableRowElement>('.cw-conflict-table tbody tr')].map((tr) => [
    tr.dataset.field,
    tr.querySelector('strong')!.textContent.trim(),
  ]);
async function click(el: CwCase, selector: string): Promise<void> {
  const b = root(el).querySelector<HTMLButtonElement>(selector);
  if (!b) throw new Error(`no ${selector}`);
  b.click();
  await el.updateComplete;
}

describe('<cw-case>: a kept change that meets a conflict shows theirs before anything is overwritten', () => {
  let dbName: string;
  let flaky: FlakyStore;
  let sam: IdbCaseStore;
  beforeEach(async () => {
    localStorage.clear();
    dbName = stores.newDb('kept-conflict');
    sam = stores.open(dbName);
    await sam.replace(CASE, smallCase(), 'import');
    flaky = new FlakyStore(stores.open(dbName));
  });
  afterEach(async () => {
    localStorage.clear();
    await stores.cleanUp();
  });

  /** Dee edits e1 while storage fails; Sam saves his edit of e1 from another tab; storage works again; Dee retries. */
  async function keptThenConflict(mine: Partial<ChronologyEntry>, theirs: Partial<ChronologyEntry> | 'delete') {
    const { el, consumer } = await open(flaky);
    const e1 = el.value.chronology![0]!;
    await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee Worker', e1, { ...e1, ...mine }));
    // A later, unrelated edit queued behind it (must be saved, never blocked).
    const e3 = el.value.chronology![2]!;
    await consumer.edit(makeChange('ChronologyEntry', 'update', 'Dee Worker', e3, { ...e3, title: 'Strategy meeting (notes added)' }));
    expect(el.unsavedChanges).to.have.length(2);
    const stored = (await sam.load(CASE))!.doc.chronology![0]!;
    if (theirs === 'delete') await sam.apply(CASE, makeChange('ChronologyEntry', 'delete', 'Sam Patel', stored, null));
    else await sam.apply(CASE, makeChange('ChronologyEntry', 'update', 'Sam Patel', stored, { ...stored, ...theirs }));
    flaky.healthy = true;
    await el.retryUnsaved();
    await el.updateComplete;
    return { el, consumer, e1 };
  }

  it('different fields: listed in plain words, compared, and Keep mine lays my title on their summary with no question', async () => {
    // Expected: the later edit saved; e1 listed as '"Referral from school" (chronology entry): someone else changed
    // it…' with no internal type name; the panel shows title (You) and summary (Them); Keep mine saves both without
    // a question; nothing is left kept (no status, nothing in localStorage).
    const { el, e1 } = await keptThenConflict(
      { title: 'Referral from school (Dee: date of referral corrected)' },
      { summary: 'Sam: school nurse also raised concerns.' },
    );
    expect(el.unsavedChanges, 'nothing stays blocked').to.have.length(0);
    expect((await sam.load(CASE))!.doc.chronology![2]!.title, 'the later edit is saved').to.equal('Strategy meeting (notes added)');
    expect(statusText(el)).to.contain('1 change made earlier was not saved');
    expect(statusText(el)).to.contain(
      '"Referral from school" (chronology entry): someone else changed it before your kept change was saved.',
    );
    expect(statusText(el), 'no internal type names').to.not.match(/ChronologyEntry|stale|before does not match/i);
    expect(localStorage.getItem(CONFLICTS_KEY), 'kept until the person chooses').to.contain('Dee: date of referral corrected');
    expect(panel(el), 'the panel opens only when asked').to.equal(null);

    await click(el, '[data-review]');
    expect(rows(el)).to.deep.equal([
      ['title', 'You'],
      ['summary', 'Them'],
    ]);
    expect(panel(el)!.textContent).to.contain('Sam: school nurse also raised concerns.');
    expect(root(el).activeElement?.id, 'focus on the panel heading').to.equal('cw-conflict-heading');

    await click(el, '[data-choice="mine"]');
    await until(() => !panel(el), 10_000, 'the panel to close');
    const saved = (await sam.load(CASE))!.doc.chronology!.find((e) => e.id === e1.id)!;
    expect(saved.title).to.equal('Referral from school (Dee: date of referral corrected)');
    expect(saved.summary, "Sam's summary kept").to.equal('Sam: school nurse also raised concerns.');
    await el.updateComplete;
    expect(statusText(el)).to.not.contain('was not saved');
    expect(statusText(el)).to.contain('Your changes were saved on top of theirs.');
    expect(localStorage.getItem(CONFLICTS_KEY)).to.equal(null);
    expect(localStorage.getItem(UNSAVED_KEY)).to.equal(null);
  });

  it('the same field: kept through a reload, asked about the title only, and Keep theirs saves nothing of mine', async () => {
    // Expected: after a reload the conflict is listed again (from localStorage); Keep mine asks one question
    // (title); going back and choosing Keep theirs leaves Sam's title stored and nothing kept.
    const first = await keptThenConflict(
      { title: 'Dee: referral from the school nurse' },
      { title: 'Sam: referral from the head teacher' },
    );
    first.el.remove();
    const { el } = await open(flaky);
    expect(statusText(el), 'back after the reload').to.contain('someone else changed it before your kept change was saved');
    await click(el, '[data-review]');
    expect(rows(el)).to.deep.equal([['title', 'Both of you']]);
    await click(el, '[data-choice="mine"]');
    const questions = [...root(el).querySelectorAll<HTMLElement>('.cw-conflict-question')].map((q) => q.dataset.field);
    expect(questions).to.deep.equal(['title']);
    await click(el, '[data-choice="back"]');
    await click(el, '[data-choice="theirs"]');
    await until(() => !panel(el), 10_000, 'the panel to close');
    expect((await sam.load(CASE))!.doc.chronology![0]!.title).to.equal('Sam: referral from the head teacher');
    expect(statusText(el)).to.contain('Their version was kept; your change was not saved.');
    expect(localStorage.getItem(CONFLICTS_KEY)).to.equal(null);
  });

  it('the same field, answered "mine": saved over theirs only after the person chose it', async () => {
    const { el, consumer } = await keptThenConflict(
      { title: 'Dee: referral from the school nurse' },
      { title: 'Sam: referral from the head teacher' },
    );
    await click(el, '[data-review]');
    await click(el, '[data-choice="mine"]');
    await click(el, '[data-choice="save"]');
    expect((await sam.load(CASE))!.doc.chronology![0]!.title, 'not saved without an answer').to.equal(
      'Sam: referral from the head teacher',
    );
    root(el).querySelector<HTMLInputElement>('.cw-conflict-question input[value="mine"]')!.click();
    await el.updateComplete;
    await click(el, '[data-choice="save"]');
    await until(() => !panel(el), 10_000, 'the panel to close');
    expect((await sam.load(CASE))!.doc.chronology![0]!.title).to.equal('Dee: referral from the school nurse');
    await until(() => consumer.titles()[0] === 'Dee: referral from the school nurse', 10_000, 'the case to show it');
  });

  it('theirs changed again while the panel was open: Keep mine shows the newer version instead of overwriting it', async () => {
    // Expected: the first Keep mine meets Sam's second edit (the date); the panel stays open showing the date as
    // changed by Them; a second Keep mine saves Dee's title with Sam's summary and date.
    const { el } = await keptThenConflict({ title: 'Dee: corrected title' }, { summary: 'Sam: first edit' });
    await click(el, '[data-review]');
    const stored = (await sam.load(CASE))!.doc.chronology![0]!;
    await sam.apply(CASE, makeChange('ChronologyEntry', 'update', 'Sam Patel', stored, { ...stored, date: '2021-03-15' }));
    await click(el, '[data-choice="mine"]');
    await until(() => rows(el).some(([f]) => f === 'date'), 10_000, 'the newer version in the panel');
    expect(rows(el), 'in the record’s own field order').to.deep.equal([
      ['date', 'Them'],
      ['title', 'You'],
    ]);
    expect((await sam.load(CASE))!.doc.chronology![0]!.date, 'not overwritten').to.equal('2021-03-15');
    await click(el, '[data-choice="mine"]');
    await until(() => !panel(el), 10_000, 'the panel to close');
    const saved = (await sam.load(CASE))!.doc.chronology![0]!;
    expect([saved.title, saved.summary, saved.date]).to.deep.equal(['Dee: corrected title', 'Sam: first edit', '2021-03-15']);
  });

  it('they deleted it: Save mine again puts it back; a kept removal they changed is said in words and can be closed', async () => {
    const { el, e1 } = await keptThenConflict({ title: 'Dee: still relevant' }, 'delete');
    await click(el, '[data-review]');
    expect(panel(el)!.textContent).to.contain('They deleted it');
    await click(el, '[data-choice="mine"]');
    await until(() => !panel(el), 10_000, 'the panel to close');
    expect((await sam.load(CASE))!.doc.chronology!.find((e) => e.id === e1.id)?.title).to.equal('Dee: still relevant');

    // A removal kept while storage fails, of an entry Sam then changes: nothing to compare; said plainly.
    flaky.healthy = false;
    const e2 = el.value.chronology!.find((e) => e.id === 'e2')!;
    await el.requestChange(makeChange('ChronologyEntry', 'delete', 'Dee Worker', e2, null));
    const stored = (await sam.load(CASE))!.doc.chronology!.find((e) => e.id === 'e2')!;
    await sam.apply(CASE, makeChange('ChronologyEntry', 'update', 'Sam Patel', stored, { ...stored, title: 'Home visit (Sam)' }));
    flaky.healthy = true;
    await el.retryUnsaved();
    await el.updateComplete;
    expect(statusText(el)).to.contain('Your removal of a chronology entry was not saved: someone else changed it first');
    expect((await sam.load(CASE))!.doc.chronology!.find((e) => e.id === 'e2')?.title).to.equal('Home visit (Sam)');
    const close = [...root(el).querySelectorAll<HTMLButtonElement>('[part="status"] button')].find(
      (b) => b.textContent.trim() === 'Close',
    )!;
    close.click();
    await el.updateComplete;
    expect(statusText(el)).to.not.contain('Your removal');
  });

  it('in Welsh, with field names in Welsh and people named, not ids', async () => {
    // Expected: rows "Teitl" (Dee's title), "Pwy mae'n ymwneud â nhw" (Amy Example; Beth Example, not p-child; p-mum).
    await keptThenConflict({ title: 'Dee: newid', subjectIds: ['p-child', 'p-mum'] }, { summary: 'Sam: newid' });
    const el = document.querySelector<CwCase>('cw-case')!;
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    expect(statusText(el)).to.contain("newidiodd rhywun arall hwn cyn i'ch newid a gadwyd gael ei gadw");
    expect(root(el).querySelector('[data-review]')!.textContent.trim()).to.equal('Cymharu a dewis');
    await click(el, '[data-review]');
    const heads = [...root(el).querySelectorAll('.cw-conflict-table th[scope="row"]')].map((th) => th.textContent.trim());
    expect(heads).to.include.members(['Teitl', 'Crynodeb', "Pwy mae'n ymwneud â nhw"]);
    const who = root(el).querySelector('.cw-conflict-table tr[data-field="subjectIds"]')!.textContent;
    expect(who).to.contain('Amy Example; Beth Example').and.not.contain('p-mum');
  });
});
