// Issue 15 point 6 for team boards: a board whose database the sign-out clean-up deleted (here or in another tab), stops showing its cards like <cw-case> does, with a plain message; it is not read again
// from that store, and a new store (signing in again) is a new start. Expected: no card title left in the shadow DOM.
import { aTimeout, expect } from '@open-wc/testing';
import { IdbCaseStore, signOutCleanup } from '@opencasework/core';
import '../src/define.js';
import type { CwBlockageBoard } from '../src/blockage-board.js';
import { crafted } from './fixtures.js';
import { twoBoards } from './two-boards.js';

const REF = { kind: 'board' as const, id: 'team-a' };
const text = (el: HTMLElement) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
const cards = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('article.card').length;

async function waitFor(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await aTimeout(25);
  }
}

describe('<cw-blockage-board> closes its view when the board is purged or the user signs out', () => {
  let stores: IdbCaseStore[] = [];
  afterEach(() => {
    stores.forEach((s) => s.close());
    stores = [];
  });

  async function open() {
    const dbName = `cw-board-closed-${Math.random().toString(36).slice(2)}`;
    const s1 = new IdbCaseStore({ dbName });
    const s2 = new IdbCaseStore({ dbName });
    stores.push(s1, s2);
    await s1.replace(REF, crafted(), 'setup');
    const [a, b] = await twoBoards(s1, s2);
    await waitFor(() => cards(a) > 0 && cards(b) > 0, 'both tabs to load');
    return { dbName, s1, s2, a, b };
  }

  const firstTitle = () => crafted().blockages![0]!.title;

  it('the sign-out clean-up in another tab: both boards show only the plain message, and no card', async () => {
    const { dbName, a, b } = await open();
    expect(text(a)).to.contain(firstTitle());
    const report = await signOutCleanup({ databases: [dbName] });
    expect(report.deleted).to.deep.equal([dbName]);
    for (const el of [a, b] as CwBlockageBoard[]) {
      await waitFor(() => el.closed, 'the board to close');
      await el.updateComplete;
      expect(cards(el)).to.equal(0);
      expect(text(el)).to.not.contain(firstTitle());
      expect(text(el)).to.not.contain('Assessment Team A');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'This is no longer shown: it was closed in this browser',
      );
      expect(text(el), 'never "reload"').to.not.match(/reload/i);
    }
  });

  it('once closed, the same store is not read again (even when the element moves); a new store is a new start', async () => {
    const { dbName, a, b } = await open();
    await signOutCleanup({ databases: [dbName] });
    await waitFor(() => a.closed, 'this tab to close');
    await waitFor(() => b.closed, 'the other tab to close');
    await a.updateComplete;
    expect(cards(a)).to.equal(0);
    // Moving the element re-attaches it: it stays closed for that store.
    const parent = a.parentElement!;
    a.remove();
    parent.append(a);
    await a.updateComplete;
    await aTimeout(50);
    expect(a.closed).to.equal(true);
    // Signing in again: a new store with the board seeded again.
    const fresh = new IdbCaseStore({ dbName: `${dbName}-2` });
    stores.push(fresh);
    await fresh.replace(REF, crafted(), 'setup');
    a.store = fresh;
    await waitFor(() => cards(a) > 0, 'the board from the new store');
    expect(a.closed).to.equal(false);
  });

  it('in Welsh', async () => {
    const { dbName, a } = await open();
    a.setAttribute('lang', 'cy');
    await a.updateComplete;
    await signOutCleanup({ databases: [dbName] });
    await waitFor(() => a.closed, 'the board to close');
    await a.updateComplete;
    expect(text(a)).to.contain('Nid yw hwn yn cael ei ddangos mwyach');
  });
});
