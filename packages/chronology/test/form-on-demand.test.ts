import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { sampleCase } from '@opencasework/core/sample';
import type { CwChronology } from '../src/chronology.js';
import { fetchesFromHere } from './fetches.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const fetched = fetchesFromHere();
/** Module files fetched since whose path names the entry form's code or core's conflict comparison. */
const formFetched = () => fetched(/entry-form-(controller|view)|entry-form\.ts|conflict\/(controller|view|model)/);
/** Lets Lit render (microtasks) without waiting for any fetch, which cannot finish within microtasks. */
const rendered = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

// This file runs in a page of its own, so nothing has loaded the form when it starts (the tests run in order).
describe('<cw-chronology>: the entry form loads on demand', function () {
  this.timeout(60_000);

  it('a read-only chronology does not load it', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    await el.updateComplete;
    expect($(el, 'table')).not.to.equal(null);
    await new Promise((r) => setTimeout(r, 200));
    expect(formFetched()).to.deep.equal([]);
  });

  it('asked for before its code has come: a busy "Loading the form…" status, then the form with its heading focused', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    el.editable = true;
    await rendered();
    $(el, '[data-action="add"]')!.click();
    await rendered();
    const pending = $(el, '.form-pending');
    expect(pending, 'a placeholder while the form loads').not.to.equal(null);
    expect(pending!.getAttribute('part')).to.equal('form');
    expect(pending!.getAttribute('aria-busy')).to.equal('true');
    expect(pending!.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Loading the form…');
    expect($(el, '[data-action="add"]'), 'no second "Add an entry" meanwhile').to.equal(null);
    await el.updateComplete;
    expect($(el, 'form.entry'), 'the form when updateComplete settles').not.to.equal(null);
    expect($(el, '.form-pending')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'form.entry h3'), 'the form heading focused', { timeout: 5000 });
    expect(
      formFetched().some((n) => /entry-form-controller/.test(n)),
      formFetched().join(', '),
    ).to.equal(true);
  });
});
