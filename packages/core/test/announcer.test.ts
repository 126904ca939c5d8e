import { expect, fixture, html as fhtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { Announcer } from '../src/index.js';

class TestAnnounce extends LitElement {
  readonly announcer = new Announcer(this);
  override render() {
    return html`<p>content</p>${this.announcer.regions()}`;
  }
}
customElements.define('test-announce-host', TestAnnounce);

const regions = (el: TestAnnounce) => ({
  status: el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!,
  alert: el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!,
});

describe('Announcer', () => {
  it('renders one polite and one assertive region from the first render, empty', async () => {
    const el = await fixture<TestAnnounce>(fhtml`<test-announce-host></test-announce-host>`);
    const { status, alert } = regions(el);
    expect(el.shadowRoot!.querySelectorAll('[role="status"]').length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]').length).to.equal(1);
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(alert.getAttribute('aria-live')).to.equal('assertive');
    expect(status.textContent).to.equal('');
    expect(alert.textContent).to.equal('');
    expect(status.classList.contains('cw-visually-hidden')).to.equal(true);
  });

  it('sets the text only after the region exists, a moment after clearing it', async () => {
    const el = await fixture<TestAnnounce>(fhtml`<test-announce-host></test-announce-host>`);
    const { status } = regions(el);
    el.announcer.polite('Saved');
    expect(status.textContent).to.equal('');
    await waitUntil(() => status.textContent === 'Saved', 'the polite region says Saved');
  });

  it('a message given before the first render waits for the region', async () => {
    const el = document.createElement('test-announce-host') as TestAnnounce;
    el.announcer.assertive('Could not save');
    const wrap = await fixture<HTMLElement>(fhtml`<div></div>`);
    wrap.append(el);
    await el.updateComplete;
    const { alert } = regions(el);
    expect(alert.textContent).to.equal('');
    await waitUntil(() => alert.textContent === 'Could not save', 'the alert region says it');
  });

  it('the same message twice is announced twice: the region is emptied and a new text node set', async () => {
    const el = await fixture<TestAnnounce>(fhtml`<test-announce-host></test-announce-host>`);
    const { status } = regions(el);
    const changes: string[] = [];
    const mo = new MutationObserver((records) => {
      for (const r of records) changes.push(`${r.removedNodes.length ? '-' : ''}${r.addedNodes.length ? '+' : ''}`);
    });
    mo.observe(status, { childList: true, characterData: true, subtree: true });
    el.announcer.polite('Moved to Raised');
    await waitUntil(() => status.textContent === 'Moved to Raised');
    const first = status.firstChild;
    el.announcer.polite('Moved to Raised');
    await waitUntil(() => status.firstChild !== first && status.textContent === 'Moved to Raised', 'a new text node');
    await new Promise((r) => setTimeout(r, 0));
    mo.disconnect();
    expect(changes).to.deep.equal(['+', '-', '+']);
  });

  it('the latest message wins; clear() empties both regions and drops what is waiting', async () => {
    const el = await fixture<TestAnnounce>(fhtml`<test-announce-host></test-announce-host>`);
    const { status, alert } = regions(el);
    el.announcer.polite('one');
    el.announcer.polite('two');
    await waitUntil(() => status.textContent === 'two');
    el.announcer.assertive('bad');
    await waitUntil(() => alert.textContent === 'bad');
    el.announcer.polite('three');
    el.announcer.clear();
    await new Promise((r) => setTimeout(r, 120));
    expect(status.textContent).to.equal('');
    expect(alert.textContent).to.equal('');
  });

  it('re-rendering the host leaves the text alone', async () => {
    const el = await fixture<TestAnnounce>(fhtml`<test-announce-host></test-announce-host>`);
    const { status } = regions(el);
    el.announcer.polite('Kept');
    await waitUntil(() => status.textContent === 'Kept');
    el.requestUpdate();
    await el.updateComplete;
    expect(regions(el).status).to.equal(status);
    expect(status.textContent).to.equal('Kept');
  });
});
