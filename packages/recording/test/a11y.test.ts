import { expect } from '@open-wc/testing';
import { axeViolations } from '../../../test/support/axe.js';
import { ReplaySpeechEngine } from '../src/speech.js';
import { $, freshNames, mountNote, seededStore, until } from './fixtures.js';
import { phonePhoto } from './jpeg-fixtures.js';

describe('<cw-quick-note> accessibility', function () {
  this.timeout(30000);

  it('has no axe violations empty, with errors, and with consent, a photo and dictation under way', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const engine = new ReplaySpeechEngine([
      { at: 10, text: 'We talked', final: false },
      { at: 20000, text: 'x', final: true },
    ]);
    const el = await mountNote(store, draftDb, { engine });
    expect(await axeViolations(el)).to.deep.equal([]);
    $(el, '#n-save').click();
    await until(() => !!el.shadowRoot!.querySelector('.error-summary'));
    expect(await axeViolations(el)).to.deep.equal([]);
    $(el, '#n-seen-yes').click();
    $(el, '#n-consent').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#n-photo');
    const dt = new DataTransfer();
    dt.items.add(new File([await phonePhoto(800, 600)], 'drawing.jpg', { type: 'image/jpeg' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!el.shadowRoot!.querySelector('.media'));
    $(el, '#n-dictate').click();
    await until(() => ($(el, '.heard').textContent ?? '').includes('We talked'));
    expect(await axeViolations(el)).to.deep.equal([]);
    $(el, '#n-dictate').click();
    store.close();
  });

  it('keeps every control at least 24 x 24 px and nothing wider than a 320 px screen', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb);
    el.style.width = '288px'; // 320 px less the page's margins
    $(el, '#n-consent').click();
    await el.updateComplete;
    const small: string[] = [];
    for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>(
      'input:not(.cw-visually-hidden), button, select, textarea, summary, label.file',
    )) {
      const r = c.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) small.push(`${c.id || c.tagName} ${r.width}x${r.height}`);
    }
    expect(small).to.deep.equal([]);
    const form = $(el, 'form');
    expect(form.scrollWidth, 'no sideways scrolling').to.be.at.most(form.clientWidth + 1);
    store.close();
  });

  it('reaches the photo picker by keyboard and shows its focus on the visible button', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb);
    $(el, '#n-consent').click();
    await el.updateComplete;
    $(el, '#n-photo').focus();
    const label = $(el, 'label.file');
    const bg = getComputedStyle(label).backgroundColor;
    expect(bg).to.equal('rgb(255, 221, 0)');
    store.close();
  });
});
