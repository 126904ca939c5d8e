// Visible focus on every control variant (WCAG 2.4.7, measured as 2.4.13 does): each control reached with Tab must
// change colour over at least a 2 CSS px ring's area with 3:1 contrast against how it looked unfocused. The
// variants below are the ones whose rules used to come after `button:focus-visible` and win the cascade, plus a
// component rule of higher specificity, as every component's own stylesheet has.
import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, css, html } from 'lit';
import { baseStyles } from '../src/index.js';

class TestFocusVariants extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      .toolbar button { background: #ffffff; color: #1d70b8; box-shadow: none; }
      .toolbar button[aria-pressed='true'] { background: #1d70b8; color: #ffffff; }
    `,
  ];
  override render() {
    return html`<button id="primary">Save</button>
      <button id="secondary" class="secondary">Cancel</button>
      <button id="warning" class="warning">Delete</button>
      <button id="link" class="link">Clear all filters</button>
      <button id="pressed" aria-pressed="true">Table</button>
      <div class="toolbar">
        <button id="toolbar">Zoom in</button>
        <button id="toolbar-pressed" aria-pressed="true">Focus</button>
      </div>
      <a id="anchor" href="#x">Read more</a>
      <details><summary id="summary">Show details</summary>Text</details>
      <div id="row" tabindex="0">A focusable row</div>`;
  }
}
customElements.define('test-focus-variants', TestFocusVariants);

type Rgb = [number, number, number, number];
function rgb(value: string): Rgb {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts.length > 3 ? parts[3]! : 1];
}
/** A background as seen on the white page: transparent backgrounds show the page. */
function seen(value: string): Rgb {
  const [r, g, b, a] = rgb(value);
  return [r * a + 255 * (1 - a), g * a + 255 * (1 - a), b * a + 255 * (1 - a), 1];
}
function luminance([r, g, b]: Rgb): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

const WHITE: Rgb = [255, 255, 255, 1];
/** Solid rings in a computed box-shadow: a spread of at least 2 px, not transparent. */
function ringsOf(boxShadow: string): { colour: Rgb; inset: boolean }[] {
  if (!boxShadow || boxShadow === 'none') return [];
  return boxShadow
    .split(/,(?![^(]*\))/)
    .map((part) => {
      const colour = /rgba?\([^)]+\)/.exec(part)?.[0] ?? '';
      const lengths = [...part.replace(colour, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
      const spread = lengths[3] ?? 0;
      return { colour: rgb(colour), inset: /inset/.test(part), wide: spread >= 2 };
    })
    .filter((r) => r.wide && r.colour[3] > 0.9)
    .map(({ colour, inset }) => ({ colour, inset }));
}
function outlineOf(style: CSSStyleDeclaration): { colour: Rgb; inset: boolean }[] {
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return [];
  const colour = rgb(style.outlineColor);
  return colour[3] > 0.9 ? [{ colour, inset: false }] : [];
}

const ORDER = ['primary', 'secondary', 'warning', 'link', 'pressed', 'toolbar', 'toolbar-pressed', 'anchor', 'summary', 'row'];

describe('visible focus on every control variant', () => {
  it('changes each control by at least 3:1 over more than a 2 px ring when reached with Tab', async () => {
    const el = await fixture<TestFocusVariants>(fhtml`<test-focus-variants></test-focus-variants>`);
    const root = el.shadowRoot!;
    const resting = new Map<string, Rgb>();
    for (const id of ORDER) resting.set(id, seen(getComputedStyle(root.getElementById(id)!).backgroundColor));

    const start = document.createElement('button');
    start.textContent = 'before';
    el.before(start);
    start.focus();
    const failures: string[] = [];
    for (const id of ORDER) {
      await sendKeys({ press: 'Tab' });
      const focused = root.activeElement as HTMLElement | null;
      expect(focused?.id, 'Tab order').to.equal(id);
      const box = focused!.getBoundingClientRect();
      const style = getComputedStyle(focused!);
      const before = resting.get(id)!;
      const fill = contrast(seen(style.backgroundColor), before);
      // A ring at least 2 px wide (an inset box-shadow over the control's resting background, an outset one or an
      // outline over the white page) whose colour differs by 3:1 from what those pixels showed unfocused.
      const rings = [...ringsOf(style.boxShadow), ...outlineOf(style)].map((r) => contrast(r.colour, r.inset ? before : WHITE));
      const ring = Math.max(0, ...rings);
      // The whole control's background changing by 3:1 covers more than a 2 px ring's area for any control >= 24 px.
      const bigEnough = box.width >= 24 && box.height >= 20;
      if (!((fill >= 3 && bigEnough) || ring >= 3)) failures.push(`${id}: fill ${fill.toFixed(2)}:1, ring ${ring.toFixed(2)}:1`);
    }
    start.remove();
    expect(failures, 'controls whose focus is not visible').to.deep.equal([]);
  });
});

class TestFocusRoom extends LitElement {
  static override styles = baseStyles;
  override render() {
    return html`<button id="first">First</button>
      <div style=${`height: ${innerHeight - 30}px`}></div>
      <button id="below">Half below the window's edge</button>`;
  }
}
customElements.define('test-focus-room', TestFocusRoom);

describe('a control that Tab scrolls into view keeps its whole focus indicator in the window', () => {
  it('the focused button ends at least 2 px (its shadow) above the window edge, in every engine', async () => {
    // Chromium and WebKit bring a partly shown control to the edge; without room its 2 px shadow was cut off
    scrollTo(0, 0);
    const el = await fixture<TestFocusRoom>(fhtml`<test-focus-room></test-focus-room>`);
    const below = el.shadowRoot!.getElementById('below')!;
    // the button's top 10 px in the window, the rest below it
    const spacer = below.previousElementSibling as HTMLElement;
    spacer.style.height = `${spacer.offsetHeight + innerHeight - 10 - below.getBoundingClientRect().top}px`;
    const start = below.getBoundingClientRect();
    expect(start.top, 'it starts partly in the window').to.be.below(innerHeight);
    expect(start.bottom, 'and partly below it').to.be.greaterThan(innerHeight);
    el.shadowRoot!.getElementById('first')!.focus();
    await sendKeys({ press: 'Tab' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.shadowRoot!.activeElement).to.equal(below);
    const shadowBottom = below.getBoundingClientRect().bottom + 2;
    expect(shadowBottom, 'the bottom of the focus shadow').to.be.at.most(innerHeight);
    scrollTo(0, 0);
  });
});
