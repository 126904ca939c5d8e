// Issue 16 for the blockage board: "Clear filters" removes itself, so focus must go to the next sensible control
// (the search field, the first filter), not <body>. Expected answer written before running: focus on #f-query.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CwBlockageBoard } from '../src/blockage-board.js';
import { crafted, NOW } from './fixtures.js';

describe('<cw-blockage-board> keeps focus (issue 16)', () => {
  it('"Clear filters" moves focus to the search field, not <body>', async () => {
    const el = await fixture<CwBlockageBoard>(
      html`<cw-blockage-board .board=${crafted()} .now=${NOW} editable actor="Sam Worker"></cw-blockage-board>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const category = root.querySelector<HTMLSelectElement>('#f-category')!;
    category.value = 'recording';
    category.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const clear = [...root.querySelectorAll<HTMLButtonElement>('.filters button')].find((b) => b.textContent.trim() === 'Clear filters')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 3; i++) await el.updateComplete;
    expect(root.querySelector('#f-category')!.matches(':focus')).to.equal(false);
    expect([...root.querySelectorAll('.filters button')].map((b) => b.textContent.trim())).to.not.include('Clear filters');
    expect(document.activeElement).to.equal(el);
    expect((root.activeElement as HTMLElement | null)?.id).to.equal('f-query');
  });
});
