import { expect, fixture, html } from '@open-wc/testing';
import { IdbCaseStore, type SafetyPlan } from '@opencasework/core';
import '@opencasework/core/define';
import '../src/define.js';
import type { CwSafetyPlan } from '../src/safety-plan.js';
import { findStatement } from '../src/plan-edit.js';
import { craftedBundle } from './fixtures.js';
import { $, $$, settle, until } from './helpers.js';

/* Two tabs (two IdbCaseStore instances on one database), each a <cw-case> with an editable safety plan. The finding
   of issue 15: tab B's "Save my version over theirs" deleted tab A's new strength without showing it. */

const REF = { kind: 'case' as const, id: 'case-1' };
let stores: IdbCaseStore[] = [];
afterEach(() => {
  stores.forEach((s) => s.close());
  stores = [];
});

async function twoTabs() {
  const dbName = `cw-sp-conflict-${Math.random().toString(36).slice(2)}`;
  const s1 = new IdbCaseStore({ dbName });
  const s2 = new IdbCaseStore({ dbName });
  stores.push(s1, s2);
  await s1.replace(REF, craftedBundle(), 'import');
  const wrap = await fixture<HTMLElement>(html`<div>
    <cw-case case-id="case-1" .store=${s1} actor="Sam Patel"><cw-safety-plan editable autosave-delay="60000" today="2024-04-01"></cw-safety-plan></cw-case>
    <cw-case case-id="case-1" .store=${s2} actor="Jo Evans"><cw-safety-plan editable autosave-delay="60000" today="2024-04-01"></cw-safety-plan></cw-case>
  </div>`);
  const [a, b] = [...wrap.querySelectorAll<CwSafetyPlan>('cw-safety-plan')] as [CwSafetyPlan, CwSafetyPlan];
  await until(() => !!a.shadowRoot!.querySelector('[data-id="g1"]') && !!b.shadowRoot!.querySelector('[data-id="g1"]'));
  return { s1, a, b };
}

const storedPlan = async (s: IdbCaseStore) => (await s.load(REF))!.doc.safetyPlans![0] as SafetyPlan;
const button = (el: CwSafetyPlan, text: string) => $$<HTMLButtonElement>(el, 'button').find((x) => x.textContent.trim() === text)!;

/* Leaving an element saves its draft (focusout), as it should. So that the second person's draft starts from the
   old version, each form is opened first and the text is typed (set, without moving focus) afterwards. */
async function openForm(el: CwSafetyPlan, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="edit"]`).click();
  await settle(el);
}
function setText(el: CwSafetyPlan, id: string, words: string): void {
  const ta = $<HTMLTextAreaElement>(el, `[data-form="${id}"] textarea`);
  ta.value = words;
  ta.dispatchEvent(new Event('input'));
}
function setNewText(el: CwSafetyPlan, words: string): void {
  const ta = el.shadowRoot!.activeElement as HTMLTextAreaElement;
  ta.value = words;
  ta.dispatchEvent(new Event('input'));
}

describe('<cw-safety-plan> when two people edit the plan at once', () => {
  it('each adds a strength: the conflict shows theirs, and Keep mine keeps both strengths with no question', async () => {
    const { s1, a, b } = await twoTabs();
    $<HTMLButtonElement>(a, '[data-add="strengths"]').click();
    await until(() => a.shadowRoot!.activeElement?.tagName === 'TEXTAREA');
    setNewText(a, 'Gran collects Ava on Fridays');
    // Tab B starts its own strength from the same version; moving there saves tab A's.
    $<HTMLButtonElement>(b, '[data-add="strengths"]').click();
    await until(() => b.shadowRoot!.activeElement?.tagName === 'TEXTAREA');
    setNewText(b, 'Ava tells her teacher when she is scared');
    await until(() => a.saveStatus === 'saved');
    const texts = (p: SafetyPlan) => (p.strengths ?? []).map((x) => x.text);
    expect(texts(await storedPlan(s1))).to.include('Gran collects Ava on Fridays');
    expect(await b.flush()).to.equal(false);
    await settle(b);
    expect($(b, '[role="alert"]').textContent).to.contain('Someone else changed this plan');
    await until(() => !!$(b, '.cw-conflict'));
    expect(b.shadowRoot!.activeElement?.id).to.equal('cw-conflict-heading');
    const row = $(b, '.cw-conflict tr[data-field="strengths"]').textContent.replace(/\s+/g, ' ');
    expect(row).to.contain('Gran collects Ava on Fridays').and.contain('Ava tells her teacher when she is scared');
    expect(button(b, 'Save my version over theirs')).to.equal(undefined);
    await expect(b).to.be.accessible();
    button(b, 'Keep mine').click();
    await until(() => !$(b, '.cw-conflict') && b.saveStatus === 'saved');
    expect($$(b, '.cw-conflict-question')).to.have.length(0);
    const after = texts(await storedPlan(s1));
    expect(after).to.include('Gran collects Ava on Fridays').and.include('Ava tells her teacher when she is scared');
    expect(after).to.have.length(4);
    await until(() => (a.plan?.strengths ?? []).length === 4);
  });

  it('both edit the same goal: asks about that section only, keeps their other edit, and saves the answer', async () => {
    const { s1, a, b } = await twoTabs();
    // Tab B changes a strength (saved when it moves on), then the goal.
    await openForm(b, 's1');
    setText(b, 's1', 'Mum walks Ava to school every day, even in the holidays club.');
    await openForm(b, 'g1');
    // Tab A changes the goal too, from the version before tab B's goal.
    await openForm(a, 'g1');
    setText(a, 'g1', 'Ava will be safe from Dan at home and at school.');
    setText(b, 'g1', 'Ava will be safe from Dan and will know who to call.');
    expect(await b.flush()).to.equal(true);
    expect(await a.flush()).to.equal(false);
    await until(() => !!$(a, '.cw-conflict'));
    button(a, 'Keep mine').click();
    await until(() => $$(a, '.cw-conflict-question').length === 1);
    expect($(a, '.cw-conflict-question').dataset.field).to.equal('safetyGoals');
    expect($(a, '.cw-conflict-question legend').textContent).to.equal('Which version of "Safety goals" should be kept?');
    // Nothing is saved until the person answers.
    expect(findStatement(await storedPlan(s1), 'g1')!.statement.text).to.equal('Ava will be safe from Dan and will know who to call.');
    $<HTMLInputElement>(a, '#cw-conflict-q0-mine').click();
    button(a, 'Save with these choices').click();
    await until(() => !$(a, '.cw-conflict') && a.saveStatus === 'saved');
    const p = await storedPlan(s1);
    expect(findStatement(p, 'g1')!.statement.text).to.equal('Ava will be safe from Dan at home and at school.');
    expect(findStatement(p, 's1')!.statement.text).to.equal('Mum walks Ava to school every day, even in the holidays club.');
  });

  it('keep theirs drops the draft and shows their version', async () => {
    const { s1, a, b } = await twoTabs();
    await openForm(b, 'g1');
    await openForm(a, 'g1');
    setText(a, 'g1', 'Mine');
    setText(b, 'g1', 'Theirs');
    await b.flush();
    await a.flush();
    await until(() => !!$(a, '.cw-conflict'));
    button(a, 'Keep theirs').click();
    await settle(a);
    expect($(a, '.cw-conflict')).to.equal(null);
    expect(a.dirty).to.equal(false);
    expect(findStatement(await storedPlan(s1), 'g1')!.statement.text).to.equal('Theirs');
    await until(() => findStatement(a.plan!, 'g1')!.statement.text === 'Theirs');
  });
  it('merge by hand: the draft becomes theirs with my other changes, mine stays on screen, and it saves', async () => {
    const { s1, a, b } = await twoTabs();
    await openForm(b, 'g1');
    await openForm(a, 'g1');
    setText(a, 'g1', 'Ava will be safe from Dan at home.');
    setText(b, 'g1', 'Ava will be safe from Dan at school.');
    await b.flush();
    await a.flush();
    await until(() => !!$(a, '.cw-conflict'));
    button(a, 'Merge by hand').click();
    await settle(a);
    expect($(a, '.cw-conflict').dataset.step).to.equal('merging');
    expect($(a, '.cw-conflict').textContent).to.contain('Ava will be safe from Dan at home.');
    // The draft starts from theirs (both changed the goal), ready to be edited and saved as a change of theirs.
    expect(findStatement(a.plan!, 'g1')!.statement.text).to.equal('Ava will be safe from Dan at school.');
    if (!$(a, '[data-form="g1"]')) await openForm(a, 'g1');
    setText(a, 'g1', 'Ava will be safe from Dan at home and at school.');
    expect(await a.flush()).to.equal(true);
    expect(findStatement(await storedPlan(s1), 'g1')!.statement.text).to.equal('Ava will be safe from Dan at home and at school.');
    button(a, 'Hide the comparison').click();
    await settle(a);
    expect($(a, '.cw-conflict')).to.equal(null);
  });
});
