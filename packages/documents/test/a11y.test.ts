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
});
