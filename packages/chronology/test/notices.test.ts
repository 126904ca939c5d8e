import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@opencasework/core/define';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';
import { crafted } from './fixtures.js';

describe('<cw-chronology> notices', () => {
  it('renders the result regions from the first render, hidden while empty, and puts a result into the right one', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${crafted()}></cw-chronology>`);
    const root = el.shadowRoot!;
    const status = root.querySelector<HTMLElement>('[role="status"].status-ok')!;
    const alert = root.querySelector<HTMLElement>('[role="alert"].alert')!;
    expect(getComputedStyle(status).display).to.equal('none');
    expect(getComputedStyle(alert).display).to.equal('none');
    // The same elements receive the text (a region inserted with its text may not be announced).
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      expect(await el.copyText()).to.equal(false);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    await el.updateComplete;
    expect(root.querySelector('[role="alert"].alert')).to.equal(alert);
    expect(alert.textContent).to.contain('did not allow copying');
    expect(getComputedStyle(alert).display).to.not.equal('none');
    expect(root.querySelector<HTMLTextAreaElement>('textarea.copy')!.value).to.contain('Smith family: chronology');
  });

  it('announces a new count through its live region, not on the first render', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${crafted()}></cw-chronology>`);
    const polite = el.shadowRoot!.querySelector<HTMLElement>('[data-announcer="polite"]')!;
    await new Promise((r) => setTimeout(r, 100));
    expect(polite.textContent).to.equal('');
    el.filters = { ...el.filters, significantOnly: true };
    await el.updateComplete;
    // The announcer sets the text a moment after emptying the region (later still on a loaded machine).
    await waitUntil(() => polite.textContent.includes('Showing 4 of 9 entries'), 'the new count announced', { timeout: 10_000 });
    expect(polite.textContent).to.contain('Showing 4 of 9 entries');
  });
});
