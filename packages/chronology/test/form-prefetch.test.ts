import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { sampleCase } from '@opencasework/core/sample';
import type { CwChronology } from '../src/chronology.js';
import { fetchesFromHere } from './fetches.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const fetched = fetchesFromHere();
const controllerFetched = () => fetched(/entry-form-controller/).length > 0;

// A page of its own: nothing has loaded the form when it starts (form-on-demand.test.ts: a read-only page never does).
describe('<cw-chronology editable>: the entry form loads ahead', function () {
  this.timeout(60_000);

  it('after the first render, before it is asked for, so that "Add an entry" opens the form in the same render', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology editable .bundle=${sampleCase}></cw-chronology>`);
    await waitUntil(controllerFetched, 'the form fetched without being asked for', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 50)); // fetched, then evaluated
    $(el, '[data-action="add"]')!.click();
    for (let i = 0; i < 10; i++) await Promise.resolve(); // the render only: no fetch could finish meanwhile
    expect($(el, '.form-pending')).to.equal(null);
    expect($(el, 'form.entry')).not.to.equal(null);
  });
});
