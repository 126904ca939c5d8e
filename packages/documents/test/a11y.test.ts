import { expect } from '@open-wc/testing';
import { $, mountShelf, until } from './fixtures.js';

describe('<cw-documents> accessibility (axe)', () => {
  for (const audience of ['practitioner', 'redacted', 'anonymised']) {
    it(`the shelf, ${audience}`, async () => {
      const { el } = await mountShelf({ audience });
      await expect(el).to.be.accessible();
    });
  }

  it('by person, and with a picture preview open', async () => {
    const { el } = await mountShelf();
    el.view = 'person';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.openDocument('d-photo');
    await until(() => !!$(el, 'dialog canvas[data-preview]'));
    await expect(el).to.be.accessible();
  });

  it('with a document’s details form open, and its error summary', async () => {
    const { el } = await mountShelf();
    el.editable = true;
    await el.updateComplete;
    el.openDocument('d-letter');
    await until(() => !!$(el, 'dialog[open] [data-action="details"]'));
    $(el, '[data-action="details"]').click();
    await until(() => !!$(el, 'form.details'));
    await expect(el).to.be.accessible();
    const date = $<HTMLInputElement>(el, '#d-date');
    date.value = 'last March';
    date.dispatchEvent(new Event('input'));
    $(el, 'form.details button[type="submit"]').click();
    await until(() => !!$(el, '.form-errors'));
    await expect(el).to.be.accessible();
  });
});
