// The statements of a plan are drawn again only when what they show changes (a keystroke in one statement of a large
// plan no longer runs the other 419 statements' templates). These tests check that nothing a statement shows is left
// stale by that: its own words, another statement's words it names, the selection, the language, its place.
import { expect } from '@open-wc/testing';
import { $, $$, item, planEl, settle, until } from './helpers.js';

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function typeInto(el: Awaited<ReturnType<typeof planEl>>, id: string, value: string): Promise<void> {
  if (!$(el, `[data-form="${id}"]`)) $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="edit"]`).click();
  await settle(el);
  const ta = $<HTMLTextAreaElement>(el, `[data-form="${id}"] textarea`);
  ta.value = value;
  ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

describe('<cw-safety-plan> statements drawn again when what they show changes', () => {
  it('typing in a goal changes the danger statement that names it, and no other statement', async () => {
    const el = await planEl({ editable: true });
    await typeInto(el, 'g1', 'Ava will be safe from Dan.');
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const li = node?.closest<HTMLElement>('li.statement');
        if (li?.dataset.id) touched.add(li.dataset.id);
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await typeInto(el, 'g1', 'Ava will be safe at home.');
    observer.disconnect();
    expect(text(item(el, 'd1'))).to.contain('Safety goal: Ava will be safe at home.');
    expect(text(item(el, 'g1').querySelector('.text'))).to.equal('Ava will be safe at home.');
    // The goal and the danger statement naming it; the form's own buttons are inside the goal.
    expect([...touched].sort()).to.deep.equal(['d1', 'g1']);
  });

  it('the Edit button of the statement being edited reads "Close", the others "Edit", as editing moves', async () => {
    const el = await planEl({ editable: true });
    const edit = (id: string) =>
      $<HTMLButtonElement>(el, `[data-id="${id}"] > [data-action="edit"], [data-id="${id}"] > .controls > [data-action="edit"]`);
    edit('h1').click();
    await settle(el);
    expect(edit('h1').getAttribute('aria-expanded')).to.equal('true');
    expect(edit('c1').getAttribute('aria-expanded')).to.equal('false');
    edit('c1').click();
    await settle(el);
    expect(edit('h1').getAttribute('aria-expanded')).to.equal('false');
    expect(edit('c1').getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[data-form="h1"]')).to.equal(null);
  });

  it('a statement moved up is drawn with its new place’s buttons: the first has no Move up', async () => {
    const el = await planEl({ editable: true });
    const up = (id: string) => $<HTMLButtonElement>(el, `[data-id="${id}"] .controls [data-action="up"]`);
    const open = async (id: string) => {
      $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="edit"]`).click();
      await settle(el);
    };
    await open('s1');
    expect(up('s1').disabled).to.equal(true);
    await open('s2');
    expect(up('s2').disabled).to.equal(false);
    up('s2').click();
    await settle(el);
    expect($$(el, '.list-strengths li.statement').map((li) => li.dataset.id)).to.deep.equal(['s2', 's1']);
    expect(up('s2').disabled).to.equal(true);
    await open('s1');
    expect(up('s1').disabled).to.equal(false);
  });

  it('a change of language draws every statement again, in Welsh', async () => {
    const el = await planEl({ editable: true });
    el.parentElement!.setAttribute('lang', 'cy');
    await until(() => text(item(el, 'd1')).includes('Nod diogelwch'), 10_000);
    for (const li of $$(el, 'li.statement')) expect(text(li.querySelector('[data-action="edit"]'))).to.match(/^Golygu/);
  });

  it('a Delete button deletes its own statement, named in the notice', async () => {
    const el = await planEl({ editable: true });
    $<HTMLButtonElement>(el, '[data-id="c1"] [data-action="edit"]').click();
    await settle(el);
    $<HTMLButtonElement>(el, '[data-id="c1"] .controls [data-action="delete"]').click();
    await settle(el);
    expect(item(el, 'c1')).to.equal(null);
    expect(text($(el, '.list-complicatingFactors'))).to.contain('Mum drinks when she is stressed.');
  });
});
