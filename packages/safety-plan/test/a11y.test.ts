// Issue 16 for the safety plan, on the sample case (the Evans plan: 6 raters, 3 reviews, 40-odd statements and steps)
// and the crafted one: what a keyboard, screen reader or low-vision user meets. Expected answers written first:
// - Delete on a statement or a step: the item goes at once, focus lands on "Undo" (not <body>), nothing is saved for
//   at least 10 seconds; Undo puts it back where it was (same index) and focuses its Delete button.
// - "Clear selection": focus goes to the person's name, not <body>.
// - "Add a next step": reached in at most 4 Tabs from the plan's start (skip link), a step written and closed within
//   10 key presses after it (was 147 Tabs to reach it on the sample case).
// - The scale chart in forced colours, light and dark: every text 4.5:1 and every line and marker 3:1 against what is
//   painted under it.
// - A save problem goes into a role=alert region that was already there.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { sampleCase } from '@opencasework/core/sample';
import { UNDO_DURATION, type SafetyPlan } from '@opencasework/core';
import { drawingContrast, forcedColors } from '../../../test/support/forced-colors.js';
import { PLAN_CHART } from '../../../test/support/drawing-targets.js';
import { listOf } from '../src/plan-edit.js';
import { $, $$, planEl, settle, typeText, until } from './helpers.js';

const planOf = (el: HTMLElement) => (el as unknown as { plan: SafetyPlan }).plan;
const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cw-safety-plan> accessibility (issue 16)', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await forcedColors(null);
  });

  it('Delete on a statement: focus on Undo, not saved for 10 s, Undo puts it back in place with focus on its Delete', async () => {
    const el = await planEl({ editable: true });
    const before = listOf(planOf(el), 'strengths').map((s) => s.id);
    expect(before).to.deep.equal(['s1', 's2']);
    let saves = 0;
    el.addEventListener('cw-change', () => saves++);
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]').click();
    await settle(el);
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="delete"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(listOf(planOf(el), 'strengths').map((s) => s.id)).to.deep.equal(['s2']);
    await until(() => active(el)?.hasAttribute('data-undo') === true);
    expect(document.activeElement).to.equal(el);
    expect(text($(el, '.list-strengths [data-undo-notice]'))).to.contain('Deleted “Mum walks Ava to school every day.”');
    // Held back: the autosave delay is 20 ms here, and still nothing is saved while the notice is there.
    await new Promise((r) => setTimeout(r, 600));
    expect(saves, 'saved while the undo notice was offered').to.equal(0);
    expect(el.dirty).to.equal(true);
    await sendKeys({ press: 'Enter' }); // Undo
    await settle(el);
    expect(listOf(planOf(el), 'strengths').map((s) => s.id)).to.deep.equal(before);
    await until(() => active(el)?.closest('[data-id]')?.getAttribute('data-id') === 's1');
    expect(active(el)?.dataset.action).to.equal('delete');
    expect($(el, '[data-undo-notice]')).to.equal(null);
  });

  it('Delete on a step is committed only after the notice has stayed at least 10 s', async function () {
    this.timeout(40_000);
    const el = await planEl({ editable: true });
    const steps = planOf(el).nextSteps!.map((a) => a.id);
    let saves = 0;
    el.addEventListener('cw-change', () => saves++);
    const t0 = Date.now();
    $<HTMLButtonElement>(el, `[data-id="${steps[1]}"] [data-action="delete"]`).click();
    await settle(el);
    await until(() => active(el)?.hasAttribute('data-undo') === true);
    expect(text($(el, '.steps [data-undo-notice]'))).to.match(/^Deleted “/);
    // Move focus away from the notice (its timer runs only when neither focus nor the pointer is on it).
    $<HTMLButtonElement>(el, '[data-add="nextSteps"]').focus();
    await until(() => saves > 0, UNDO_DURATION + 5000);
    const held = Date.now() - t0;
    expect(held, 'ms before the deletion was saved').to.be.at.least(UNDO_DURATION);
    expect($(el, '[data-undo-notice]')).to.equal(null);
    await until(() => el.saveStatus === 'saved');
    expect(planOf(el).nextSteps!.map((a) => a.id)).to.deep.equal(steps.filter((_, i) => i !== 1));
  });

  it('Undo of a step puts it back at its place in plan order', async () => {
    const el = await planEl({ editable: true });
    const steps = planOf(el).nextSteps!.map((a) => a.id);
    $<HTMLButtonElement>(el, `[data-id="${steps[2]}"] [data-action="delete"]`).click();
    await settle(el);
    await until(() => !!$(el, '[data-undo]'));
    $<HTMLButtonElement>(el, '[data-undo]').click();
    await settle(el);
    expect(planOf(el).nextSteps!.map((a) => a.id)).to.deep.equal(steps);
  });

  it('"Clear selection" moves focus to the person’s name, not <body>', async () => {
    const el = await planEl({ bundle: sampleCase, today: '2025-07-01' });
    const who = $<HTMLButtonElement>(el, 'button[data-who]');
    const id = who.dataset.who!;
    who.click();
    await settle(el);
    const clear = $<HTMLButtonElement>(el, '.selection-notice button');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await until(() => !!active(el));
    expect($(el, '.selection-notice')).to.equal(null);
    expect(active(el)?.dataset.who).to.equal(id);
  });

  it('"Add a next step" in at most 4 Tabs from the start (skip link), and a step written within 10 key presses', async () => {
    const el = await planEl({ bundle: sampleCase, editable: true, today: '2025-07-01' });
    const start = document.createElement('button');
    start.textContent = 'before the plan';
    el.before(start);
    start.focus();
    let tabs = 0;
    while (tabs < 200 && !(active(el)?.dataset.skip === 'add-step' || active(el)?.dataset.add === 'nextSteps')) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    start.remove();
    expect(tabs, 'Tabs to "Add a next step"').to.be.at.most(4);
    await sendKeys({ press: 'Enter' }); // the skip link
    await settle(el);
    expect(active(el)?.dataset.add).to.equal('nextSteps');
    const count = planOf(el).nextSteps!.length;
    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await sendKeys({ press: key });
      await settle(el);
    };
    await press('Enter'); // Add a next step: focus in the new step's text box
    await until(() => active(el)?.tagName === 'TEXTAREA');
    await typeText('Ring Gran on Friday'); // the words themselves are not counted
    while (active(el)?.dataset.action !== 'done' && keys < 10) await press('Tab');
    await press('Enter');
    expect(keys, 'key presses after "Add a next step"').to.be.at.most(10);
    const steps = planOf(el).nextSteps!;
    expect(steps).to.have.length(count + 1);
    expect(steps[steps.length - 1]!.text).to.equal('Ring Gran on Friday');
    expect(active(el)?.dataset.action, 'focus back on the new step’s Edit button').to.equal('edit');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the scale chart in forced colours (${scheme}): text 4.5:1, lines and markers 3:1 (normal colours where the engine cannot force them)`, async () => {
      await setViewport({ width: 1280, height: 900 }).catch(() => undefined); // WebDriver (WebKit) cannot resize
      const forced = await forcedColors(scheme);
      const el = await planEl({ bundle: sampleCase, today: '2025-07-01' });
      await settle(el, 50);
      const svg = $<SVGSVGElement>(el, '.chart svg[role="img"]');
      const r = drawingContrast(svg, { texts: PLAN_CHART.texts, marks: PLAN_CHART.marks(forced) });
      expect(r.texts.length, 'texts measured').to.be.at.least(12);
      expect(r.marks.length, 'marks measured').to.be.at.least(20);
      expect(r.failures).to.deep.equal([]);
    });
  }

  it('a save problem is put into a role=alert region that was already there', async () => {
    const el = await planEl({ editable: true });
    const region = $(el, '[role="alert"]');
    expect(region, 'the alert region exists before anything goes wrong').to.not.equal(null);
    expect(text(region)).to.equal('');
    $<HTMLButtonElement>(el, '[data-action="add-rating"]').click(); // an empty rating form
    await settle(el);
    expect($(el, '[role="alert"]')).to.equal(region);
    expect(text(region)).to.not.equal('');
    expect($$(el, '[role="alert"]')).to.have.length(2); // this one and the announcer's
  });
});
