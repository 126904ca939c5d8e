// A long list of statements or steps (more than LONG_LIST) leaves its items off screen unlaid out until they come
// near the screen; a shorter list is laid out whole. Nothing is left out of the page: every statement's words and
// controls are there to read, find and reach by keyboard, and one reached by Tab is laid out and shown.
import { expect } from '@open-wc/testing';
import type { SafetyPlan } from '@opencasework/core';
import { LONG_LIST } from '../src/views/common.js';
import { craftedBundle, craftedPlan } from './fixtures.js';
import { $, $$, item, planEl, settle } from './helpers.js';

const supported = CSS.supports('content-visibility', 'auto');

function longPlan(): SafetyPlan {
  const plan = craftedPlan();
  plan.harm = Array.from({ length: LONG_LIST + 6 }, (_, i) => ({
    id: `h${i}`,
    text: `Harm statement number ${i}, in the family's words.`,
  }));
  plan.nextSteps = Array.from({ length: LONG_LIST + 1 }, (_, i) => ({ id: `ns${i}`, text: `Step ${i}`, status: 'to-do' as const }));
  return plan;
}

describe('<cw-safety-plan> long lists', () => {
  it('marks only lists longer than LONG_LIST as long', async () => {
    const el = await planEl({ bundle: craftedBundle(longPlan()), editable: true });
    expect($(el, '.list-harm ul.statements').classList.contains('long')).to.equal(true);
    expect($(el, 'ul.step-list').classList.contains('long')).to.equal(true);
    const short = $$(el, 'ul.statements').filter((ul) => !ul.closest('.list-harm'));
    expect(short.length).to.be.greaterThan(2);
    for (const ul of short) expect(ul.classList.contains('long'), ul.parentElement!.className).to.equal(false);
    if (supported) {
      expect(getComputedStyle(item(el, 'h0')).contentVisibility).to.equal('auto');
      expect(getComputedStyle(item(el, 's1')).contentVisibility).to.equal('visible');
    }
  });

  it('keeps every statement of a long list in the page, with its words and its Edit button', async () => {
    const el = await planEl({ bundle: craftedBundle(longPlan()), editable: true });
    const lis = $$(el, '.list-harm li.statement');
    expect(lis.length).to.equal(LONG_LIST + 6);
    lis.forEach((li, i) => {
      expect(li.querySelector('.text')!.textContent).to.equal(`Harm statement number ${i}, in the family's words.`);
      expect(li.querySelector('[data-action="edit"]'), li.dataset.id).to.exist;
    });
  });

  it('lays out and shows a statement far down a long list when its Edit button gets focus', async () => {
    const el = await planEl({ bundle: craftedBundle(longPlan()), editable: true });
    const last = `h${LONG_LIST + 5}`;
    const edit = $<HTMLButtonElement>(el, `[data-id="${last}"] [data-action="edit"]`);
    edit.focus();
    await settle(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.shadowRoot!.activeElement).to.equal(edit);
    const li = item(el, last).getBoundingClientRect();
    const b = edit.getBoundingClientRect();
    // laid out: the button has its size and sits inside its statement, and the statement is on screen
    expect(b.height).to.be.at.least(24);
    expect(b.top).to.be.at.least(li.top);
    expect(b.bottom).to.be.at.most(li.bottom);
    expect(li.bottom).to.be.greaterThan(0);
    expect(li.top).to.be.lessThan(innerHeight);
  });
});
