import { expect, fixture, html } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/chronology/define';
import '@opencasework/safety-plan/define';
import { contrast, parseColour } from './forced-colors.js';
import { settled } from './axe.js';

/** The painted fill and text of a button (its own background over the page's white or Canvas). */
function paint(b: HTMLElement) {
  const cs = getComputedStyle(b);
  const canvas = parseColour(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
  const fill = parseColour(cs.backgroundColor);
  return { fill: fill && fill[3] > 0 ? fill : canvas, text: parseColour(cs.color)! };
}

async function toggles(tag: string, props: Record<string, unknown>, sel: string): Promise<HTMLElement[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
  const el = Object.assign(document.createElement(tag), props);
  wrap.append(el);
  await settled(wrap);
  const list = [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
  expect(list.length, `${tag} ${sel}`).to.be.greaterThan(1);
  return list;
}

/**
 * The chronology's view buttons and the safety plan's step-order buttons as drawn now (normal or forced colours): each
 * set has one pressed, its fill 3:1 against every other's and its words 4.5:1 on it. The failures, as sentences.
 */
export async function pressedApart(forced: boolean): Promise<string[]> {
  const failures: string[] = [];
  const sets = [
    await toggles('cw-chronology', { bundle: sampleCase }, '.toolbar button[data-view]'),
    await toggles('cw-safety-plan', { bundle: sampleCase }, 'button[aria-pressed]'),
  ];
  for (const buttons of sets) {
    const pressed = buttons.filter((b) => b.getAttribute('aria-pressed') === 'true');
    const names = buttons.map((b) => b.textContent.trim()).join(' | ');
    if (pressed.length !== 1) {
      failures.push(`${names}: ${pressed.length} pressed`);
      continue;
    }
    const p = paint(pressed[0]!);
    for (const o of buttons.filter((b) => b.getAttribute('aria-pressed') === 'false')) {
      const ratio = contrast(p.fill, paint(o).fill);
      if (ratio < 3)
        failures.push(
          `${pressed[0]!.textContent.trim()} against ${o.textContent.trim()}${forced ? ' (forced)' : ''}: ${ratio.toFixed(2)}:1`,
        );
    }
    const words = contrast(p.text, p.fill);
    if (words < 4.5) failures.push(`${pressed[0]!.textContent.trim()}'s words: ${words.toFixed(2)}:1`);
  }
  return failures;
}
