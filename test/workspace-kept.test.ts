// The workspace's list of changes kept on this device (server mode): a change made offline that a colleague's edit
// overtook is listed, opens core's conflict interface with only the statement that differs, and Keep mine / Keep
// theirs settle it with the store (a fake of HttpCaseStore's side: conflicts, resolveConflict, apply, subscribe).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Change, ChangeResult, DocRef, StoreEvent } from '@opencasework/core';
import '@opencasework/core/define';
import type { KeptConflict, KeptStore, WsKeptChanges } from '../packages/workspace/src/kept-changes.js';
import '../packages/workspace/src/kept-changes.js';

const statement = (id: string, text: string) => ({ id, text });
const plan = (danger1: string) => ({
  id: 'sp-1',
  title: 'Safety plan for Ava',
  status: 'agreed',
  childIds: ['c-ava'],
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-09-01T10:00:00Z',
  version: 2,
  dangerStatements: [statement('d1', danger1), statement('d2', 'We are worried Ava could be hurt when the adults argue.')],
});
const BASE = plan('We are worried about the arguments at night.');
const MINE = plan('Sam: the children say the arguments started again at night.');
const THEIRS = { ...plan('Jo: the school is worried about Ava missing lessons.'), updatedAt: '2025-09-02T10:00:00Z' };

function fakeStore() {
  const kept: KeptConflict[] = [
    {
      ref: { kind: 'case', id: 'case-1' },
      change: {
        entity: 'SafetyPlan',
        id: 'sp-1',
        op: 'update',
        before: BASE,
        after: MINE,
        actor: 'Sam Patel',
        at: '2025-09-02T09:00:00Z',
      },
      current: THEIRS,
    },
  ];
  const applied: Change[] = [];
  const resolved: KeptConflict[] = [];
  const store: KeptStore = {
    conflicts: (_ref?: DocRef) => Promise.resolve(kept.filter((c) => !resolved.includes(c))),
    resolveConflict: (c) => {
      resolved.push(c);
      return Promise.resolve();
    },
    apply: (_ref, change) => {
      applied.push(change);
      return Promise.resolve({ ok: true, doc: {}, version: 3, audit: {} } as unknown as ChangeResult);
    },
    subscribe: (_ref: DocRef, _l: (e: StoreEvent) => void) => () => undefined,
  };
  return { store, applied, resolved };
}

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

describe('changes kept on this device (workspace, server mode)', () => {
  it('lists the kept change, compares only the statement that differs, and Keep theirs resolves it without saving mine', async () => {
    const { store, applied, resolved } = fakeStore();
    const el = await fixture<WsKeptChanges>(html`<ws-kept-changes .store=${store} case-id="case-1"></ws-kept-changes>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-review]'), 'the kept change listed');
    expect(text(el)).to.contain('A change you made offline was not applied');
    expect(text(el)).to.contain('Your version of “Safety plan for Ava” is kept on this device.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-review]')!.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('.cw-conflict')!.textContent.replace(/\s+/g, ' ');
    expect(panel).to.contain(MINE.dangerStatements[0]!.text);
    expect(panel).to.contain(THEIRS.dangerStatements[0]!.text);
    expect(panel).to.contain('Danger statements');
    expect(panel, 'the statement both versions share is not repeated').to.not.contain('could be hurt');
    expect(panel, 'bookkeeping is not a difference').to.not.contain('updated');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-choice="theirs"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[data-review]'), 'nothing kept any more');
    expect(resolved).to.have.length(1);
    expect(applied).to.deep.equal([]);
    expect(text(el)).to.contain('Your version was discarded; theirs stays.');
  });

  it('Keep mine asks about the statement both changed, then saves mine on theirs and resolves it', async () => {
    const { store, applied, resolved } = fakeStore();
    const el = await fixture<WsKeptChanges>(html`<ws-kept-changes .store=${store} case-id="case-1"></ws-kept-changes>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-review]'), 'the kept change listed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-review]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-choice="mine"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('.cw-conflict-question input[value="mine"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-choice="save"]')!.click();
    await waitUntil(() => resolved.length === 1, 'resolved');
    expect(applied).to.have.length(1);
    const saved = applied[0]!;
    expect(saved.before, 'saved over theirs, not over the old version').to.deep.equal(THEIRS);
    expect((saved.after as typeof MINE).dangerStatements[0]!.text).to.equal(MINE.dangerStatements[0]!.text);
    expect(saved.actor).to.equal('Sam Patel');
    await waitUntil(() => text(el).includes('Your version is saved.'), 'saved said');
  });

  it('speaks Welsh', async () => {
    const { store } = fakeStore();
    const wrap = await fixture<HTMLElement>(
      html`<div lang="cy"><ws-kept-changes .store=${store} case-id="case-1"></ws-kept-changes></div>`,
    );
    const el = wrap.querySelector('ws-kept-changes')!;
    await waitUntil(() => text(el).includes('Cymharu a dewis'), 'Welsh list', { timeout: 10_000 });
    expect(text(el)).to.contain('Ni chafodd newid a wnaethoch all-lein ei gymhwyso');
  });
});
