import { expect, aTimeout } from '@open-wc/testing';
import { IdbCaseStore, makeChange, type Blockage, type TeamBoard } from '@opencasework/core';
import '../src/define.js';
import type { CwBlockageBoard } from '../src/blockage-board.js';
import { crafted } from './fixtures.js';
import { twoBoards } from './two-boards.js';

/* Two IdbCaseStore instances on one database behave like two browser tabs: they share IndexedDB and hear each other
   through a BroadcastChannel. */

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const cardEl = (el: HTMLElement, id: string) => $$(el, 'article.card').find((a) => a.dataset.id === id);
const columnOf = (el: HTMLElement, id: string) => cardEl(el, id)?.closest('section')?.getAttribute('data-status');
const docOf = (el: CwBlockageBoard) => (el as unknown as { doc: TeamBoard }).doc;
const blockage = (el: CwBlockageBoard, id: string) => docOf(el).blockages!.find((b) => b.id === id)!;
const buttonByText = (el: HTMLElement, text: string, scope = '') =>
  $$<HTMLButtonElement>(el, `${scope} button`).find((b) => b.textContent.trim().startsWith(text))!;
type Internals = { move: (b: Blockage, s: string, f: boolean) => Promise<void> };

async function waitFor(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await aTimeout(25);
  }
}

describe('<cw-blockage-board> in two tabs (two IdbCaseStore instances on one database)', () => {
  let stores: IdbCaseStore[] = [];
  afterEach(() => {
    stores.forEach((s) => s.close());
    stores = [];
  });

  async function twoTabs() {
    const dbName = `cw-board-test-${Math.random().toString(36).slice(2)}`;
    const s1 = new IdbCaseStore({ dbName });
    const s2 = new IdbCaseStore({ dbName });
    stores.push(s1, s2);
    await s1.replace({ kind: 'board', id: 'team-a' }, crafted(), 'setup');
    const [a, b] = await twoBoards(s1, s2);
    await waitFor(() => !!cardEl(a, 'b1') && !!cardEl(b, 'b1'), 'both tabs to load');
    return { s1, s2, a, b };
  }

  it("lands concurrent edits to different cards, and each tab sees the other's", async () => {
    const { s1, a, b } = await twoTabs();
    await Promise.all([
      (a as unknown as Internals).move(blockage(a, 'b1'), 'acting', false),
      (b as unknown as Internals).move(blockage(b, 'b2'), 'resolved', false),
    ]);
    await waitFor(() => columnOf(a, 'b2') === 'resolved' && columnOf(b, 'b1') === 'acting', "each tab to show the other's change");
    const stored = (await s1.load({ kind: 'board', id: 'team-a' }))!.doc.blockages!;
    expect(stored.find((x) => x.id === 'b1')!.status).to.equal('acting');
    expect(stored.find((x) => x.id === 'b2')!.status).to.equal('resolved');
  });

  it('shows a conflicting edit to the same card and never overwrites it silently', async () => {
    const { s1, a, b } = await twoTabs();
    buttonByText(b, 'Edit', 'article[data-id="b1"]').click();
    await b.updateComplete;
    const title = $<HTMLInputElement>(b, '#edit-title');
    title.value = 'Mosaic crashes when saving any form';
    title.dispatchEvent(new Event('input'));
    await b.updateComplete;
    await (a as unknown as Internals).move(blockage(a, 'b1'), 'discussed', false);
    await waitFor(() => blockage(b, 'b1').status === 'discussed', 'tab B to hear the move');
    buttonByText(b, 'Save changes').click();
    await waitFor(() => !!$(b, '.conflict'), 'the conflict view');
    const text = $(b, '.conflict').textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Mosaic crashes when saving any form');
    expect(text).to.contain('Discussed');
    let stored = (await s1.load({ kind: 'board', id: 'team-a' }))!.doc.blockages!.find((x) => x.id === 'b1')!;
    expect(stored.title).to.equal('Mosaic crashes when saving assessments');
    buttonByText(b, 'Merge by hand').click();
    await waitFor(() => !!$(b, '#edit-title'), 'the merge form');
    buttonByText(b, 'Save changes').click();
    await waitFor(() => blockage(a, 'b1').title === 'Mosaic crashes when saving any form', 'tab A to see the merged card');
    stored = (await s1.load({ kind: 'board', id: 'team-a' }))!.doc.blockages!.find((x) => x.id === 'b1')!;
    expect(stored).to.include({ title: 'Mosaic crashes when saving any form', status: 'discussed' });
  });
  it('keep mine when both changed the title: asks about the title only, and keeps their move', async () => {
    const { s1, a, b } = await twoTabs();
    buttonByText(b, 'Edit', 'article[data-id="b1"]').click();
    await b.updateComplete;
    const title = $<HTMLInputElement>(b, '#edit-title');
    title.value = 'Mosaic crashes when saving any form';
    title.dispatchEvent(new Event('input'));
    await b.updateComplete;
    // Alex renames the same card and moves it.
    const theirs = { ...blockage(a, 'b1'), title: 'Mosaic loses assessments on save' };
    expect(
      (await s1.apply({ kind: 'board', id: 'team-a' }, makeChange('Blockage', 'update', 'Alex', blockage(a, 'b1'), theirs))).ok,
    ).to.equal(true);
    await waitFor(() => blockage(a, 'b1').title === theirs.title, 'tab A to show the rename');
    await (a as unknown as Internals).move(blockage(a, 'b1'), 'discussed', false);
    await waitFor(() => blockage(b, 'b1').status === 'discussed', 'tab B to hear the move');
    buttonByText(b, 'Save changes').click();
    await waitFor(() => !!$(b, '.cw-conflict'), 'the conflict view');
    expect(b.shadowRoot!.activeElement?.id).to.equal('cw-conflict-heading');
    const rows = $$(b, '.cw-conflict tbody tr').map((r) => r.dataset.field);
    expect(rows).to.deep.equal(['title', 'status']);
    buttonByText(b, 'Keep mine').click();
    await waitFor(() => $$(b, '.cw-conflict-question').length === 1, 'the question');
    expect($(b, '.cw-conflict-question').dataset.field).to.equal('title');
    let stored = (await s1.load({ kind: 'board', id: 'team-a' }))!.doc.blockages!.find((x) => x.id === 'b1')!;
    expect(stored.title).to.equal('Mosaic loses assessments on save');
    $<HTMLInputElement>(b, '#cw-conflict-q0-mine').click();
    buttonByText(b, 'Save with these choices').click();
    await waitFor(() => !$(b, '.cw-conflict'), 'the panel to close');
    stored = (await s1.load({ kind: 'board', id: 'team-a' }))!.doc.blockages!.find((x) => x.id === 'b1')!;
    expect(stored).to.include({ title: 'Mosaic crashes when saving any form', status: 'discussed' });
    await waitFor(() => blockage(a, 'b1').title === 'Mosaic crashes when saving any form', 'tab A to see it');
  });
});
