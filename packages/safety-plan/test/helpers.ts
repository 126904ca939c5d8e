import { fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CwSafetyPlan } from '../src/safety-plan.js';
import { craftedBundle } from './fixtures.js';

export async function planEl(opts: { bundle?: unknown; editable?: boolean; lang?: string; today?: string } = {}): Promise<CwSafetyPlan> {
  const wrap =
    await fixture<HTMLDivElement>(html`<div lang=${opts.lang ?? 'en'}><cw-safety-plan .bundle=${opts.bundle ?? craftedBundle()} ?editable=${!!opts.editable}
    today=${opts.today ?? '2024-04-01'} autosave-delay="20"></cw-safety-plan></div>`);
  const el = wrap.querySelector('cw-safety-plan')!;
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel) as T;
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const item = (el: Element, id: string) => $(el, `[data-id="${id}"]`);
export const ids = (el: Element, listSel: string) => $$(el, `${listSel} > ul > li.statement`).map((li) => li.dataset.id);

export async function settle(el: CwSafetyPlan, ms = 0): Promise<void> {
  await el.updateComplete;
  if (ms) await aTimeout(ms);
  await el.updateComplete;
}

/** Waits until a condition holds (polling), for autosaves and frames. */
export async function until(cond: () => boolean, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeout) throw new Error('Timed out waiting for a condition');
    await aTimeout(20);
  }
}

/**
 * Alt+Arrow, the reorder shortcut, held and released as a person would. WebDriver (our WebKit runner) cannot hold a
 * modifier through @web/test-runner-commands, so there the same keydown is dispatched on the focused element instead.
 */
export async function altArrow(key: 'ArrowUp' | 'ArrowDown'): Promise<void> {
  try {
    await sendKeys({ down: 'Alt' });
  } catch (err) {
    if (!String(err).includes('Only "press" and "type"')) throw err;
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active!.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, altKey: true, bubbles: true, composed: true, cancelable: true }));
    return;
  }
  await sendKeys({ press: key });
  await sendKeys({ up: 'Alt' });
}

export { typeText } from '../../../test/support/keys.js';
