// The details form is code of its own (details-form.ts and what it imports): a read-only shelf never loads it, and an
// editable one loads it once shown, so "Edit details" opens the form at once. A page of its own: nothing has loaded it.
import { expect, waitUntil } from '@open-wc/testing';
import { fetchesFromHere } from '../../chronology/test/fetches.js';
import { $, mountShelf, until } from './fixtures.js';

const fetched = fetchesFromHere();
const formFetched = () => fetched(/details-form/).length > 0;

describe('<cw-documents>: the details form loads on demand', function () {
  this.timeout(60_000);

  it('a read-only shelf never fetches it, an editable one does once shown, and the form then opens', async () => {
    const { el } = await mountShelf();
    el.openDocument('d-letter');
    await until(() => !!$(el, 'dialog[open]'));
    await new Promise((r) => setTimeout(r, 500));
    expect(formFetched(), 'fetched by a read-only shelf').to.equal(false);
    el.editable = true;
    await el.updateComplete;
    await waitUntil(formFetched, 'fetched once the shelf is editable', { timeout: 10_000 });
    $(el, '[data-action="details"]').click();
    await el.updateComplete;
    await until(() => !!$(el, 'form.details'));
    expect($(el, '#d-title')).to.have.property('value', 'Letter to Kerry Evans about the visit');
  });
});
