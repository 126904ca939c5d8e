import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import {
  ConflictController,
  MemoryCaseStore,
  baseStyles,
  conflictStyles,
  localeReady,
  makeChange,
  type CaseBundle,
  type ChronologyEntry,
} from '../src/index.js';

/* The panel on a real store: two "tabs" (two writers on one MemoryCaseStore) edit the same chronology entry. */

const REF = { kind: 'case' as const, id: 'case-1' };
const base: ChronologyEntry = {
  id: 'e7',
  date: '2024-03-14',
  title: 'Home visit',
  category: 'contact',
  significance: 'routine',
  summary: 'Saw Ava at home with mum.',
};
const bundle = (): CaseBundle => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'case-1', subjectIds: [] },
  chronology: [base, { ...base, id: 'e8', title: 'School meeting' }],
});
const LABELS: Record<string, string> = { title: 'Title', summary: 'Summary', significance: 'Significance' };

class TestConflictHost extends LitElement {
  static override styles = [baseStyles, conflictStyles];
  store = new MemoryCaseStore();
  saved: ChronologyEntry[] = [];
  tookTheirs = 0;
  merged: ChronologyEntry | undefined;
  readonly conflict = new ConflictController<ChronologyEntry>(this, {
    label: (f) => LABELS[f] ?? f,
    keepMine: async (record, theirs) => {
      const r = await this.store.apply(REF, makeChange('ChronologyEntry', 'update', 'Bea', theirs, record));
      if (r.ok) this.saved.push(record);
      return r.ok;
    },
    keepTheirs: () => this.tookTheirs++,
    mergeByHand: (start) => (this.merged = start),
  });
  override render() {
    return html`<p>Chronology</p>${this.conflict.view()}`;
  }
}
customElements.define('test-conflict-host', TestConflictHost);

const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const button = (el: HTMLElement, text: string) => $$(el, 'button').find((b) => b.textContent.trim() === text)!;
const stored = async (store: MemoryCaseStore) => (await store.load(REF))!.doc.chronology!.find((e) => e.id === 'e7')!;

/** Alex (the other tab) saves `theirs`; then Bea's save of `mine` from the same base meets it. */
async function twoWriters(el: TestConflictHost, theirs: ChronologyEntry, mine: ChronologyEntry) {
  await el.store.replace(REF, bundle(), 'setup');
  expect((await el.store.apply(REF, makeChange('ChronologyEntry', 'update', 'Alex', base, theirs))).ok).to.equal(true);
  const r = await el.store.apply(REF, makeChange('ChronologyEntry', 'update', 'Bea', base, mine));
  expect(r).to.include({ ok: false, reason: 'conflict' });
  if (r.ok || r.reason !== 'conflict') return;
  el.conflict.open({ entity: 'ChronologyEntry', base, mine, theirs: r.current as ChronologyEntry, title: mine.title });
  await el.updateComplete;
}

describe('ConflictController and the conflict panel', () => {
  it('shows theirs beside mine, moves focus to its heading, and keeps mine on theirs without asking (different fields)', async () => {
    const el = await fixture<TestConflictHost>(fhtml`<test-conflict-host></test-conflict-host>`);
    await twoWriters(el, { ...base, significance: 'significant' }, { ...base, summary: 'Dan was there.' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('cw-conflict-heading');
    expect($(el, 'h3').textContent).to.equal('Someone else changed "Home visit"');
    const rows = $$(el, '.cw-conflict tbody tr').map((r) => r.textContent.replace(/\s+/g, ' ').trim());
    expect(rows).to.have.length(2);
    expect(rows[0]).to.contain('Significance').and.contain('routine').and.contain('significant').and.contain('Them');
    expect(rows[1]).to.contain('Summary').and.contain('Dan was there.').and.contain('Saw Ava at home with mum.').and.contain('You');
    expect($$(el, '.cw-conflict-buttons button').map((b) => b.textContent.trim())).to.deep.equal([
      'Keep mine',
      'Keep theirs',
      'Merge by hand',
    ]);
    await expect(el).to.be.accessible();
    button(el, 'Keep mine').click();
    await until(() => !$(el, '.cw-conflict'));
    const s = await stored(el.store);
    expect(s).to.include({ summary: 'Dan was there.', significance: 'significant', title: 'Home visit' });
  });

  it('asks only about the field both changed, insists on an answer, and saves the answer', async () => {
    const el = await fixture<TestConflictHost>(fhtml`<test-conflict-host></test-conflict-host>`);
    await twoWriters(
      el,
      { ...base, title: 'Home visit (joint with police)', significance: 'notable' },
      { ...base, title: 'Unannounced home visit', summary: 'Dan answered the door.' },
    );
    button(el, 'Keep mine').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.cw-conflict').dataset.step).to.equal('ask');
    expect(el.shadowRoot!.activeElement?.id).to.equal('cw-conflict-ask-heading');
    const questions = $$(el, '.cw-conflict-question');
    expect(questions.map((q) => q.dataset.field)).to.deep.equal(['title']);
    expect(questions[0]!.textContent).to.contain('Yours: Unannounced home visit').and.contain('Theirs: Home visit (joint with police)');
    expect(el.saved).to.have.length(0);
    button(el, 'Save with these choices').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.cw-conflict-question.error .cw-error-message').textContent).to.contain('Choose which version of "Title" to keep');
    expect(el.shadowRoot!.activeElement?.id).to.equal('cw-conflict-q0-mine');
    expect(el.saved).to.have.length(0);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#cw-conflict-q0-mine').click();
    button(el, 'Save with these choices').click();
    await until(() => !$(el, '.cw-conflict'));
    expect(await stored(el.store)).to.include({
      title: 'Unannounced home visit',
      summary: 'Dan answered the door.',
      significance: 'notable',
    });
  });

  it('keep theirs and merge by hand', async () => {
    const el = await fixture<TestConflictHost>(fhtml`<test-conflict-host></test-conflict-host>`);
    await twoWriters(el, { ...base, title: 'Joint visit', significance: 'notable' }, { ...base, title: 'Visit', summary: 'Mine' });
    button(el, 'Merge by hand').click();
    await el.updateComplete;
    expect(el.merged).to.include({ title: 'Joint visit', summary: 'Mine', significance: 'notable' });
    expect($(el, '.cw-conflict').dataset.step).to.equal('merging');
    expect($(el, '.cw-conflict tbody').textContent).to.contain('Visit');
    button(el, 'Hide the comparison').click();
    await el.updateComplete;
    expect($(el, '.cw-conflict')).to.equal(null);
    await twoWriters(el, { ...base, title: 'Joint visit' }, { ...base, title: 'Visit' });
    button(el, 'Keep theirs').click();
    await el.updateComplete;
    expect(el.tookTheirs).to.equal(1);
    expect($(el, '.cw-conflict')).to.equal(null);
    expect((await stored(el.store)).title).to.equal('Joint visit');
  });

  it('works from the keyboard: Tab from the heading reaches Keep mine, Enter keeps mine', async () => {
    const el = await fixture<TestConflictHost>(fhtml`<test-conflict-host></test-conflict-host>`);
    await twoWriters(el, { ...base, significance: 'notable' }, { ...base, summary: 'From the keyboard.' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('cw-conflict-heading');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Keep mine');
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, '.cw-conflict'));
    expect(await stored(el.store)).to.include({ summary: 'From the keyboard.', significance: 'notable' });
  });

  it('offers to save mine again when they deleted the record', async () => {
    const el = await fixture<TestConflictHost>(fhtml`<test-conflict-host></test-conflict-host>`);
    el.conflict.open({ entity: 'ChronologyEntry', base, mine: { ...base, title: 'Visit' }, theirs: undefined });
    await el.updateComplete;
    expect($(el, 'h3').textContent).to.equal('Someone else changed this chronology entry');
    expect($(el, '.cw-conflict p').textContent).to.contain('deleted');
    expect($$(el, '.cw-conflict-buttons button').map((b) => b.textContent.trim())).to.deep.equal(['Save mine again', 'Discard mine']);
    expect($(el, '.cw-conflict tbody').textContent).to.contain('Deleted');
  });

  it('speaks Welsh', async () => {
    const wrap = await fixture<HTMLElement>(fhtml`<div lang="cy"><test-conflict-host></test-conflict-host></div>`);
    const el = wrap.querySelector<TestConflictHost>('test-conflict-host')!;
    await twoWriters(el, { ...base, title: 'Ymweliad ar y cyd' }, { ...base, title: 'Ymweliad' });
    await localeReady(el);
    await el.updateComplete;
    expect($(el, 'h3').textContent).to.equal('Mae rhywun arall wedi newid "Ymweliad"');
    expect($$(el, '.cw-conflict-buttons button').map((b) => b.textContent.trim())).to.deep.equal([
      'Cadw fy un i',
      'Cadw eu un nhw',
      'Cyfuno â llaw',
    ]);
    expect($(el, '.cw-conflict tbody').textContent).to.contain('Y ddau ohonoch');
  });
});

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
