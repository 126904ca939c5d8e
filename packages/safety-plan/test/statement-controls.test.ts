// A statement's controls in an editable plan: one Edit button until it is opened (a 420-statement plan had 2,100
// buttons and Tab stops), and Move up, Move down, Move to… and Delete with the open form. "Move to…" is a
// disclosure button whose list of sections is there only while it is open, and Escape closes it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SafetyPlan } from '@opencasework/core';
import { findStatement } from '../src/plan-edit.js';
import { $, $$, altArrow, ids, item, planEl, settle, until } from './helpers.js';

const planOf = (el: HTMLElement) => (el as unknown as { plan: SafetyPlan }).plan;
const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const actions = (li: Element) =>
  [...li.querySelectorAll<HTMLElement>(':scope > button, :scope > .controls > button')].map((b) => b.dataset.action);

describe('<cw-safety-plan> statement controls', () => {
  it('a closed statement has one control, Edit, which names the statement and its Alt+Arrow keys', async () => {
    const el = await planEl({ editable: true });
    const statements = $$(el, 'li.statement');
    expect(statements.length).to.be.greaterThan(10);
    for (const li of statements) expect(actions(li), li.dataset.id).to.deep.equal(['edit']);
    const edit = $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]');
    expect(edit.textContent.replace(/\s+/g, ' ').trim()).to.equal('Edit: Mum walks Ava to school every day.');
    expect(edit.getAttribute('aria-keyshortcuts')).to.equal('Alt+ArrowUp Alt+ArrowDown');
  });

  it('opened, it has Close, Move up, Move down, Move to… and Delete; closed again, only Edit', async () => {
    const el = await planEl({ editable: true });
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]').click();
    await settle(el);
    expect(actions(item(el, 's1'))).to.deep.equal(['edit', 'up', 'down', 'move-to', 'delete']);
    expect(actions(item(el, 's2'))).to.deep.equal(['edit']);
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]').click();
    await settle(el);
    expect(actions(item(el, 's1'))).to.deep.equal(['edit']);
  });

  it('Alt+ArrowDown on a closed statement’s Edit button moves it, and focus stays on that button', async () => {
    const el = await planEl({ editable: true });
    expect(ids(el, '.list-strengths')).to.deep.equal(['s1', 's2']);
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]').focus();
    await altArrow('ArrowDown');
    await settle(el);
    expect(ids(el, '.list-strengths')).to.deep.equal(['s2', 's1']);
    await until(() => active(el)?.closest('[data-id]')?.getAttribute('data-id') === 's1');
    expect(active(el)?.dataset.action).to.equal('edit');
    expect(item(el, 's1').querySelector('[data-form]')).to.equal(null);
  });

  it('Move to… is a disclosure: aria-expanded, its sections only while open, Escape closes it onto its button', async () => {
    const el = await planEl({ editable: true });
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]').click();
    await settle(el);
    const button = () => $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="move-to"]');
    expect(button().getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 's1').querySelector('[data-move]')).to.equal(null);
    button().focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button().getAttribute('aria-expanded')).to.equal('true');
    const menu = el.shadowRoot!.getElementById(button().getAttribute('aria-controls')!)!;
    expect(menu, 'aria-controls names the open list').to.exist;
    const targets = [...menu.querySelectorAll<HTMLButtonElement>('[data-move]')].map((b) => b.dataset.move);
    expect(targets).to.include('existingSafety');
    expect(targets, 'not its own section').to.not.include('strengths');
    menu.querySelector<HTMLButtonElement>('[data-move]')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(button().getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 's1').querySelector('[data-move]')).to.equal(null);
    expect(active(el)).to.equal(button());
    // Nothing moved, and the statement is still open.
    expect(findStatement(planOf(el), 's1')!.key).to.equal('strengths');
    expect(item(el, 's1').querySelector('[data-form="s1"]')).to.exist;
  });
});
