import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  DocumentController,
  MemoryCaseStore,
  localeReady,
  makeChange,
  type Blockage,
  type CaseBundle,
  type CaseStore,
  type CwConflictDetail,
  type CwInvalidDetail,
  type DocRef,
  type Person,
  type StoreEvent,
  type TeamBoard,
} from '../src/index.js';
import { relayingStore, smallBoard, smallCase, until } from './store-fixtures.js';

/** A minimal host: the document comes from `value`, or from `store` + `docId`. */
class TestCaseHost extends LitElement {
  static override properties = { value: { attribute: false }, store: { attribute: false }, docId: {} };
  declare value: unknown;
  declare store: CaseStore | undefined;
  declare docId: string;
  events: StoreEvent[] = [];
  readonly docs = new DocumentController<CaseBundle>(this, {
    kind: 'case',
    source: () => ({ value: this.value, store: this.store, id: this.docId }),
    onStoreEvent: (e) => this.events.push(e),
  });
  override render() {
    return html`<p>${this.docs.state}</p><ul>${(this.docs.doc.chronology ?? []).map((e) => html`<li>${e.title}</li>`)}</ul>`;
  }
  titles(): string[] {
    return [...this.renderRoot.querySelectorAll('li')].map((li) => li.textContent ?? '');
  }
}
customElements.define('test-case-host', TestCaseHost);

/** A team board host, as BoardElement uses it: the store wins, and the handed-in board seeds an empty store. */
class TestBoardHost extends LitElement {
  static override properties = { board: { attribute: false }, store: { attribute: false }, boardId: {} };
  declare board: unknown;
  declare store: CaseStore | undefined;
  declare boardId: string;
  remote: StoreEvent[] = [];
  readonly docs = new DocumentController<TeamBoard>(this, {
    kind: 'board',
    source: () => ({ value: this.board, store: this.store, id: this.boardId }),
    prefer: 'store',
    actor: () => 'Tester',
    onStoreEvent: (e) => {
      if (e.type === 'error') return;
      if (e.remote || e.type === 'replace' || e.change.actor !== 'Tester') this.remote.push(e);
    },
  });
  override render() {
    return html`<ul>${(this.docs.doc.blockages ?? []).map((b) => html`<li>${b.title}</li>`)}</ul>`;
  }
  titles(): string[] {
    return [...this.renderRoot.querySelectorAll('li')].map((li) => li.textContent ?? '');
  }
}
customElements.define('test-board-host', TestBoardHost);

const CASE = { kind: 'case' as const, id: 'case-1' };
const BOARD = { kind: 'board' as const, id: 'board-1' };

describe('DocumentController with a case', () => {
  it('parses a value once per input, fires cw-invalid once, and keeps edits in a working copy', async () => {
    const bad = smallCase();
    bad.people!.push({ id: 'p-bad', gender: 'x' } as unknown as Person);
    const el = document.createElement('test-case-host');
    let count = 0;
    el.addEventListener('cw-invalid', () => count++);
    const heard = oneEvent<CustomEvent<CwInvalidDetail>>(el, 'cw-invalid');
    el.value = bad;
    (await fixture(html`<div></div>`)).append(el);
    expect((await heard).detail.issues[0]).to.include({ entity: 'Person', id: 'p-bad' });
    el.requestUpdate();
    await el.updateComplete;
    expect(count).to.equal(1);
    expect(el.docs.state).to.equal('ready');
    const e1 = bad.chronology![0]!;
    const r = await el.docs.commit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Copy' }));
    expect(r.ok).to.equal(true);
    await el.updateComplete;
    expect(el.titles()[0]).to.equal('Copy');
    expect(bad.chronology![0]!.title).to.equal('Referral from school');
    expect(count).to.equal(1);
  });

  it('subscribes before loading, loads, follows a change made elsewhere and commits through the store', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'import');
    const calls: string[] = [];
    const spy: CaseStore = {
      load: ((ref: DocRef) => {
        calls.push('load');
        return store.load(ref);
      }) as CaseStore['load'],
      replace: (ref, doc, actor) => store.replace(ref, doc, actor),
      apply: (ref, change) => store.apply(ref, change),
      subscribe: (ref, l) => {
        calls.push('subscribe');
        return store.subscribe(ref, l);
      },
      close: () => store.close(),
    };
    const el = await fixture<TestCaseHost>(html`<test-case-host .store=${spy} .docId=${'case-1'}></test-case-host>`);
    await until(() => el.titles().length === 3, 10_000, 'the case to load');
    expect(calls).to.deep.equal(['subscribe', 'load']);
    expect(el.docs.version).to.equal(1);
    expect(el.docs.fromStore).to.equal(true);
    // Someone else changes the case.
    const e3 = (await store.load(CASE))!.doc.chronology![2]!;
    await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Other', e3, { ...e3, title: 'Moved' }));
    await until(() => el.titles()[2] === 'Moved', 10_000, 'the change to arrive');
    expect(el.events.map((e) => e.type)).to.deep.equal(['change']);
    // This element commits.
    const e1 = el.docs.doc.chronology![0]!;
    const r = await el.docs.commit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Mine' }));
    expect(r.ok).to.equal(true);
    await el.updateComplete;
    expect(el.titles()[0]).to.equal('Mine');
    expect(el.docs.version).to.equal(3);
    expect((await store.load(CASE))!.doc.chronology![0]!.title).to.equal('Mine');
  });

  it('takes remote news of the version it holds as no news, unless that version now reads differently', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'import');
    const { store: relaying, relay } = relayingStore(store);
    const el = await fixture<TestCaseHost>(html`<test-case-host .store=${relaying} docId="case-1"></test-case-host>`);
    await until(() => el.titles().length === 3, 10_000, 'the case to load');
    const loaded = (await store.load(CASE))!;
    // Late news of what was loaded: not passed on, not shown again.
    relay({ type: 'replace', ref: CASE, version: loaded.version, doc: structuredClone(loaded.doc), remote: true });
    await el.updateComplete;
    expect(el.events, 'late news of the loaded version').to.deep.equal([]);
    // The same version reading differently (a server store withdrawing a change it showed before the server refused
    // it): shown, and passed on.
    const withdrawn = structuredClone(loaded.doc);
    withdrawn.chronology![0]!.title = 'As the server has it';
    relay({ type: 'replace', ref: CASE, version: loaded.version, doc: withdrawn, remote: true });
    await el.updateComplete;
    expect(el.titles()[0]).to.equal('As the server has it');
    expect(el.events.map((e) => e.type)).to.deep.equal(['replace']);
  });

  it('fires cw-conflict (and returns the conflict) when a change meets a newer record', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase(), 'import');
    const el = await fixture<TestCaseHost>(html`<test-case-host .store=${store} .docId=${'case-1'}></test-case-host>`);
    await until(() => el.titles().length === 3);
    const e1 = el.docs.doc.chronology![0]!;
    await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Other', e1, { ...e1, title: 'Theirs' }));
    const heard = oneEvent<CustomEvent<CwConflictDetail>>(el, 'cw-conflict');
    const r = await el.docs.commit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Mine' }));
    expect(r).to.include({ ok: false, reason: 'conflict' });
    const ev = await heard;
    expect(ev.detail.id).to.equal('e1');
    expect(ev.detail.entity).to.equal('ChronologyEntry');
    expect((ev.detail.mine as { title: string }).title).to.equal('Mine');
    expect((ev.detail.theirs as { title: string }).title).to.equal('Theirs');
  });

  it('vetoes through a cancelable cw-change, and says so in Welsh under lang="cy"', async () => {
    const wrap = await fixture(html`<div lang="cy"><test-case-host .value=${smallCase()}></test-case-host></div>`);
    const el = wrap.querySelector<TestCaseHost>('test-case-host')!;
    await localeReady(el);
    el.addEventListener('cw-change', (e) => e.preventDefault(), { once: true });
    const e1 = smallCase().chronology![0]!;
    const r = await el.docs.commit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'No' }));
    expect(r).to.deep.equal({
      ok: false,
      reason: 'vetoed',
      message: "Ni chafodd y newid ei dderbyn gan y system y mae'r dudalen hon yn rhan ohoni.",
    });
  });

  it('ignores a late load for an id it no longer shows (token-guarded)', async () => {
    const store = new MemoryCaseStore();
    await store.replace(CASE, smallCase('case-1'), 'import');
    const other = smallCase('case-2');
    other.chronology = other.chronology!.slice(0, 1);
    await store.replace({ kind: 'case', id: 'case-2' }, other, 'import');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: CaseStore = {
      load: (async (ref: DocRef) => {
        if (ref.id === 'case-1') await gate;
        return store.load(ref);
      }) as CaseStore['load'],
      replace: (ref, doc, actor) => store.replace(ref, doc, actor),
      apply: (ref, change) => store.apply(ref, change),
      subscribe: (ref, l) => store.subscribe(ref, l),
      close: () => store.close(),
    };
    const el = await fixture<TestCaseHost>(html`<test-case-host .store=${slow} .docId=${'case-1'}></test-case-host>`);
    el.docId = 'case-2';
    await until(() => el.titles().length === 1, 10_000, 'case-2');
    release();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.docs.doc.case.id).to.equal('case-2');
    expect(el.titles()).to.have.length(1);
  });

  it('says when the store has no such case, and when it cannot be read', async () => {
    const store = new MemoryCaseStore();
    const el = await fixture<TestCaseHost>(html`<test-case-host .store=${store} .docId=${'nobody'}></test-case-host>`);
    await until(() => el.docs.state === 'missing');
    const broken = new MemoryCaseStore();
    broken.load = (() => Promise.reject(new Error('blocked'))) as CaseStore['load'];
    el.store = broken;
    await until(() => el.docs.state === 'error');
    expect(el.docs.error).to.equal('blocked');
  });
});

describe('DocumentController with a team board', () => {
  it('seeds an empty store with the handed-in board, fires cw-invalid once, and follows another actor', async () => {
    const store = new MemoryCaseStore();
    const board = smallBoard();
    board.blockages!.push({
      id: 'b-bad',
      title: '',
      raisedAt: 'never',
      category: 'nonsense',
      status: 'raised',
      actions: [],
    } as unknown as Blockage);
    const el = document.createElement('test-board-host');
    let count = 0;
    el.addEventListener('cw-invalid', () => count++);
    el.board = board;
    el.store = store;
    el.boardId = 'board-1';
    const container = await fixture(html`<div></div>`);
    container.append(el);
    await until(() => el.titles().length === 2, 10_000, 'the board to load');
    await until(() => count === 1, 10_000, 'cw-invalid');
    expect((await store.load(BOARD))!.doc.blockages!.map((b) => b.id)).to.deep.equal(['b1', 'b2']);
    expect(el.remote.map((e) => e.type)).to.deep.equal(['replace']);
    // Leaving the page and coming back loads again, without reporting the same problems twice.
    el.remove();
    container.append(el);
    await el.docs.loaded;
    await el.updateComplete;
    expect(count).to.equal(1);
    // Another actor moves a card.
    const b1 = el.docs.doc.blockages![0]!;
    await store.apply(BOARD, makeChange('Blockage', 'update', 'Someone else', b1, { ...b1, title: 'Renamed elsewhere' }));
    await until(() => el.titles()[0] === 'Renamed elsewhere', 10_000, 'the change');
    expect(el.remote).to.have.length(2);
  });

  it('commits through the store, and a stale change is a conflict with cw-conflict', async () => {
    const store = new MemoryCaseStore();
    await store.replace(BOARD, smallBoard(), 'import');
    const el = await fixture<TestBoardHost>(html`<test-board-host .store=${store} .boardId=${'board-1'}></test-board-host>`);
    await until(() => el.titles().length === 2);
    const b2 = el.docs.doc.blockages![1]!;
    const ok = await el.docs.commit(makeChange('Blockage', 'update', 'Tester', b2, { ...b2, status: 'resolved' }));
    expect(ok.ok).to.equal(true);
    expect(el.docs.doc.blockages![1]!.status).to.equal('resolved');
    expect(el.remote).to.have.length(0);
    const heard = oneEvent<CustomEvent<CwConflictDetail<Blockage>>>(el, 'cw-conflict');
    const stale = await el.docs.commit(makeChange('Blockage', 'update', 'Tester', b2, { ...b2, title: 'Stale' }));
    expect(stale).to.include({ ok: false, reason: 'conflict' });
    const ev = await heard;
    expect(ev.detail.id).to.equal('b2');
    expect(ev.detail.theirs!.status).to.equal('resolved');
  });

  it('works on a working copy without a store, never modifying the host object', async () => {
    const board = smallBoard();
    Object.freeze(board.blockages!);
    const el = await fixture<TestBoardHost>(html`<test-board-host .board=${board}></test-board-host>`);
    const b1 = board.blockages![0]!;
    const r = await el.docs.commit(makeChange('Blockage', 'update', 'Tester', b1, { ...b1, title: 'Local' }));
    expect(r.ok).to.equal(true);
    await el.updateComplete;
    expect(el.titles()[0]).to.equal('Local');
    expect(board.blockages![0]!.title).to.equal('Duplicate recording in two systems');
    expect(el.docs.version).to.equal(0);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-case-host': TestCaseHost;
    'test-board-host': TestBoardHost;
  }
}
