import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { FocusController } from '../src/index.js';

class TestFocus extends LitElement {
  @state() open = false;
  @state() rows: string[] = [];
  readonly focus$ = new FocusController(this);
  override render() {
    return html`<button id="open">Open</button>
      ${this.open ? html`<h2 id="heading" tabindex="-1">Details</h2>` : nothing}
      <ul>${this.rows.map((r) => html`<li><button data-id=${r}>${r}</button></li>`)}</ul>`;
  }
}
customElements.define('test-focus-host', TestFocus);

const active = (el: TestFocus) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('FocusController', () => {
  it('focuses an element that only exists after the next update', async () => {
    const el = await fixture<TestFocus>(fhtml`<test-focus-host></test-focus-host>`);
    el.open = true;
    el.focus$.after('#heading');
    expect(active(el)).to.equal(null);
    await el.updateComplete;
    expect(active(el)?.id).to.equal('heading');
  });

  it('falls back along the list in order: selectors and functions', async () => {
    const el = await fixture<TestFocus>(fhtml`<test-focus-host></test-focus-host>`);
    el.rows = ['r1', 'r2'];
    el.focus$.after(
      '#heading',
      () => null,
      () => el.shadowRoot!.querySelector<HTMLElement>('[data-id="r2"]'),
      '#open',
    );
    await el.updateComplete;
    expect(active(el)?.dataset.id).to.equal('r2');
    el.focus$.after('#heading', '[data-id="gone"]', '#open');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('open');
  });

  it('asks for an update itself, and the latest request wins', async () => {
    const el = await fixture<TestFocus>(fhtml`<test-focus-host></test-focus-host>`);
    el.focus$.after('#heading');
    el.focus$.after('#open');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('open');
  });

  it('waits a few updates for a target rendered on a later pass, then gives up', async () => {
    const el = await fixture<TestFocus>(fhtml`<test-focus-host></test-focus-host>`);
    el.focus$.after('[data-id="late"]');
    await el.updateComplete;
    el.rows = ['late'];
    await el.updateComplete;
    expect(active(el)?.dataset.id).to.equal('late');
    active(el)!.blur();
    el.focus$.after('#heading');
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    el.open = true; // the heading appears only after the request was given up
    await el.updateComplete;
    expect(active(el)).to.equal(null);
  });
});
