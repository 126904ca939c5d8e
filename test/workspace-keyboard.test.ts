// A keyboard-only walk through the reference workspace's case page: the summary and every part (each on its own
// tab, at its own address) are reached with Tab, nothing traps focus, focus is always visible, and a person can be
// selected with the keyboard alone.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settled } from './support/axe.js';

const PARTS = ['ws-case-summary', 'ws-people-summary', 'cw-genogram', 'cw-chronology', 'cw-family-network', 'cw-safety-plan'];
/** Where each part is: the case page shows one part at a time. */
const ADDRESS: Record<string, string> = {
  'ws-case-summary': '#/case',
  'ws-people-summary': '#/case/people',
  'cw-genogram': '#/case/family',
  'cw-chronology': '#/case/chronology',
  'cw-family-network': '#/case/network',
  'cw-safety-plan': '#/case/plan',
};

/** The focused element, looking through shadow roots, and the chain of hosts above it. */
function deepFocus(doc: Document): { el: Element | null; hosts: string[] } {
  let el: Element | null = doc.activeElement;
  const hosts: string[] = [];
  while (el?.shadowRoot?.activeElement) {
    hosts.push(el.localName);
    el = el.shadowRoot.activeElement;
  }
  if (el && el.localName.includes('-')) hosts.push(el.localName);
  return { el, hosts };
}

/** True when the element shows a focus indicator: an outline, a box shadow or a changed background. */
function focusVisible(el: Element): boolean {
  const s = getComputedStyle(el);
  return (
    (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)'
  );
}

describe('reference workspace: keyboard-only walk through the case page', function () {
  this.timeout(400_000);
  let frame: HTMLIFrameElement;
  let doc: Document;

  before(async () => {
    await new Promise((r) => {
      const req = indexedDB.deleteDatabase('opencasework-workspace');
      req.onsuccess = req.onerror = req.onblocked = r;
    });
    frame = document.createElement('iframe');
    frame.src = '/index.html#/case';
    frame.style.width = '1280px';
    frame.style.height = '900px';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('cw-case') && doc.querySelector('ws-case-summary'), 'the case page shows its summary', {
      timeout: 60_000,
    });
    await settled(doc);
  });

  after(() => frame.remove());

  /** Opens a part's address and waits for it. */
  async function show(tag: string): Promise<void> {
    frame.contentWindow!.location.hash = ADDRESS[tag]!;
    await waitUntil(() => doc.querySelector(tag), `${tag} shown`, { timeout: 30_000 });
    await settled(doc);
  }

  for (const part of PARTS) {
    it(`reaches ${part} with Tab from the top of its page, always with visible focus, and never traps focus`, async () => {
      await show(part);
      frame.focus();
      doc.body.focus();
      const invisible: string[] = [];
      let reached = false;
      let sawTabs = false;
      let last: Element | null = null;
      let repeats = 0;
      let presses = 0;
      for (let i = 0; i < 400 && !reached; i++) {
        await sendKeys({ press: 'Tab' });
        presses++;
        const { el, hosts } = deepFocus(doc);
        // Skip moments when focus has left the frame (activeElement keeps the last element, which no longer has focus).
        if (!el || el === doc.body || !el.matches(':focus')) continue;
        if (el.closest('.ws-sections')) sawTabs = true;
        if (hosts.includes(part)) reached = true;
        if (!focusVisible(el)) {
          const cs = getComputedStyle(el);
          invisible.push(
            `${hosts.join('>')}>${el.localName}.${el.className} outline=${cs.outlineStyle} ${cs.outlineWidth} shadow=${cs.boxShadow} bg=${cs.backgroundColor}`,
          );
        }
        // Date and time inputs take one Tab per part (day, month, year) while staying the focused element.
        const parts =
          el instanceof (doc.defaultView as Window & typeof globalThis).HTMLInputElement &&
          /^(date|time|datetime-local|month|week)$/.test(el.type)
            ? 4
            : 1;
        repeats = el === last ? repeats + 1 : 0;
        expect(repeats, `focus stuck on ${el.localName}`).to.be.lessThan(2 + parts);
        last = el;
      }
      expect(sawTabs, 'the part links are on the way').to.equal(true);
      expect(reached, `reached ${part} after ${presses} presses of Tab`).to.equal(true);
      expect(invisible.slice(0, 5)).to.deep.equal([]);
    });
  }

  it('selects a person with the keyboard, and the selection is shown', async () => {
    await show('ws-people-summary');
    const summary = doc.querySelector('ws-people-summary')!;
    const button = summary.shadowRoot!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const box = doc.getElementById('selection')!;
    await waitUntil(() => !box.hidden && box.textContent.includes(button.textContent.trim()), 'selection shown');
  });
});
