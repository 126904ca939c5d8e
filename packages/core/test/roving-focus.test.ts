import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocusController, type RovingFocusOptions } from '../src/index.js';

class TestList extends LitElement {
  @state() names: string[] = ['a', 'b', 'c', 'd'];
  moves: string[] = [];
  roving!: RovingFocusController;
  override render() {
    return html`<ul @keydown=${(e: KeyboardEvent) => this.roving.handleKeydown(e)}>${repeat(
      this.names,
      (n) => n,
      (n) => html`<li data-id=${n}>${n}</li>`,
    )}</ul>`;
  }
}
customElements.define('test-roving-list', TestList);

async function list(options: Partial<RovingFocusOptions> = {}): Promise<TestList> {
  const el = document.createElement('test-roving-list') as TestList;
  el.roving = new RovingFocusController(el, {
    items: () => [...el.renderRoot.querySelectorAll<HTMLElement>('li')],
    onMove: (item) => el.moves.push(item.dataset.id!),
    ...options,
  });
  const wrap = await fixture<HTMLElement>(fhtml`<div></div>`);
  wrap.append(el);
  await el.updateComplete;
  return el;
}
const item = (el: TestList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
const focusedId = (el: TestList) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
const tabStops = (el: TestList) =>
  [...el.shadowRoot!.querySelectorAll('li')].filter((li) => li.getAttribute('tabindex') === '0').map((li) => li.dataset.id);

describe('RovingFocusController', () => {
  it('keeps exactly one item at tabindex 0, the first by default', async () => {
    const el = await list();
    expect(tabStops(el)).to.deep.equal(['a']);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    expect(el.roving.active).to.equal(item(el, 'a'));
  });

  it('arrows move focus (down/right forward, up/left back), Home and End, no wrap by default', async () => {
    const el = await list();
    item(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('b');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('c');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedId(el)).to.equal('b');
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal('d');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('d');
    await sendKeys({ press: 'Home' });
    expect(focusedId(el)).to.equal('a');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(el)).to.equal('a');
    expect(tabStops(el)).to.deep.equal(['a']);
    expect(el.moves).to.deep.equal(['b', 'c', 'b', 'd', 'a']);
  });

  it('wraps when asked, and follows the orientation', async () => {
    const el = await list({ wrap: true, orientation: 'vertical' });
    item(el, 'a').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedId(el)).to.equal('d');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('a');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('a');
  });

  it('leaves keys with Alt or already taken alone, and Home/End when homeEnd is false', async () => {
    const el = await list({ homeEnd: false });
    const ul = el.shadowRoot!.querySelector('ul')!;
    const taken = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    taken.preventDefault();
    el.roving.handleKeydown(taken);
    const alt = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, cancelable: true });
    ul.dispatchEvent(alt);
    const end = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true });
    ul.dispatchEvent(end);
    expect(alt.defaultPrevented).to.equal(false);
    expect(end.defaultPrevented).to.equal(false);
    expect(el.moves).to.deep.equal([]);
  });

  it('after a re-render there is still exactly one tab stop: the active item, or the first when it is gone', async () => {
    const el = await list();
    item(el, 'a').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    el.names = ['x', 'c', 'a', 'y'];
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['c']);
    el.names = ['p', 'q'];
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['p']);
    expect(el.roving.active).to.equal(item(el, 'p'));
  });

  it('follows focus moved by other means (a click, Tab)', async () => {
    const el = await list();
    item(el, 'c').focus();
    expect(tabStops(el)).to.deep.equal(['c']);
  });

  it('uses a custom next() first: an item to go to, null to stay, undefined for the default', async () => {
    const el = await list({
      next: (current, key, items) => {
        if (key === 'ArrowRight') return items[(items.indexOf(current) + 2) % items.length];
        if (key === 'ArrowUp') return null;
        return undefined;
      },
    });
    item(el, 'a').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('c');
    const up = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true, composed: true });
    item(el, 'c').dispatchEvent(up);
    expect(up.defaultPrevented).to.equal(true);
    expect(focusedId(el)).to.equal('c');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('d');
  });

  it('focus() takes an item or a finder, which may name an item rendered by the next update', async () => {
    const el = await list();
    el.roving.focus(item(el, 'b'));
    expect(focusedId(el)).to.equal('b');
    el.names = [...el.names, 'e'];
    el.roving.focus((items) => items.find((i) => i.dataset.id === 'e'));
    await el.updateComplete;
    await el.updateComplete;
    expect(focusedId(el)).to.equal('e');
    expect(tabStops(el)).to.deep.equal(['e']);
  });

  it('setActive() moves the tab stop without moving focus, also to an item the next update renders', async () => {
    const el = await list();
    el.roving.setActive(item(el, 'c'));
    expect(tabStops(el)).to.deep.equal(['c']);
    expect(focusedId(el)).to.equal(undefined);
    el.names = [...el.names, 'e'];
    el.roving.setActive((items) => items.find((i) => i.dataset.id === 'e'));
    await el.updateComplete;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['e']);
    expect(focusedId(el)).to.equal(undefined);
  });
});
