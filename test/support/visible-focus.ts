// WCAG 2.4.7 measured as 2.4.13 measures it (issue 16 point 1), on the sample case, in every view of every component:
// Tab through the component; at each stop, screenshot the control (and a 4 px band around it) focused and unfocused;
// the pixels that change by at least 3:1 must cover at least a 2 CSS px ring's area around the control. With the
// tokens before 6bcb9a0 this fails (secondary, warning, link and pressed buttons looked the same focused).
// The views are shared among the files in test/visible-focus/, each with the test runner's own time limit: the long
// table's 400 stops alone take minutes in a run of the three engines.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import '@opencasework/blockage-board/define';
import '@opencasework/documents/define';
import '@opencasework/recording/define';
import { CASE, VIEWS as ALL_VIEWS, name, type View } from './views.js';
import { settled } from './axe.js';
import { clipOf, crop, deepActive, focusChange, shoot, type FocusChange } from './focus-shot.js';

/** The sweep's views: every view of every component, and the chronology's table as an editor too. */
export const FOCUS_VIEWS: View[] = [
  ...ALL_VIEWS.slice(0, 3),
  { tag: 'cw-chronology', props: { ...CASE, view: 'table', editable: true } },
  ...ALL_VIEWS.slice(3),
];
const MAX_STOPS = 400;
/**
 * Stops allowed to fall short of the 2.4.13 area measure, per view, each listed in docs/accessibility.md under "Known
 * not to meet AA, or not yet shown to". None since 3 December 2026: the long table's stops (focused rows moved by the
 * table's own renders) and the timeline's and network's (a span line, a name label outside the ring) were mended.
 */
const KNOWN_SHORT: Record<string, number> = {};

function describeStop(el: Element): string {
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${el.localName}${cls} "${label}"`;
}

/** Registers the sweep of `views` (a file of its own calls this once, with its share of FOCUS_VIEWS). */
export function sweepVisibleFocus(views: View[]): void {
  describe('visible focus on every tab stop, measured on screenshots (WCAG 2.4.13 measure)', function () {
    this.timeout(600_000);
    afterEach(async () => {
      await setViewport({ width: 1280, height: 900 }).catch(() => undefined); // WebDriver (WebKit) cannot resize
    });

    for (const view of views) {
      it(`${name(view)}: every stop shows focus`, async () => {
        const wrap = await fixture<HTMLDivElement>(
          html`<div lang="en"><button id="vf-start">start</button><div class="host"></div><button id="vf-end">end</button></div>`,
        );
        const el = document.createElement(view.tag);
        Object.assign(el, view.props);
        wrap.querySelector('.host')!.append(el);
        await settled(wrap);
        // A window tall enough for the whole component: nothing scrolls, so one unfocused shot serves every stop
        // (a stop that still scrolls the page is measured on its own, blurred and focused again).
        for (let i = 0; i < 3; i++) {
          const height = Math.min(10000, Math.max(900, Math.ceil(document.documentElement.scrollHeight)));
          if (height <= innerHeight) break;
          if (
            !(await setViewport({ width: 1280, height }).then(
              () => true,
              () => false,
            ))
          )
            break;
          await settled(wrap);
        }
        scrollTo(0, 0);
        await new Promise((r) => setTimeout(r, 300));
        const whole = { x: 0, y: 0, width: innerWidth, height: innerHeight };
        const off = await shoot(whole);
        if (!off) throw new Error('no screenshot in this engine');
        wrap.querySelector<HTMLButtonElement>('#vf-start')!.focus();
        const failures: string[] = [];
        const retried: string[] = [];
        let stops = 0;
        while (stops < MAX_STOPS) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive();
          if (!active || active.id === 'vf-end' || active.id === 'vf-start' || !inside(el, active)) break;
          stops++;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const clip = clipOf(active);
          if (!clip) {
            failures.push(`${describeStop(active)}: not on screen when focused`);
            continue;
          }
          const on = await shoot(clip);
          if (!on) throw new Error('no screenshot in this engine');
          let before: ImageData | null;
          // The first shot serves while nothing has scrolled; once the page or a scrolling region inside the component
          // has (the long table), the control is measured against its own background, blurred and focused again.
          if (scrollX === 0 && scrollY === 0 && !scrolledAbove(active)) before = crop(off, whole, clip);
          else {
            (active as HTMLElement).blur();
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            before = await shoot(clip);
            (active as HTMLElement).focus({ preventScroll: true });
            if (!before) throw new Error('no screenshot in this engine');
          }
          let c = focusChange(on, before, active.getBoundingClientRect());
          if (c.changed < c.needed) {
            // Measured once more on fresh shots of both states before it counts: in a loaded run of three engines a
            // shot has come before the ring was painted (once in a clean-clone run, never on its own). A control
            // without an indicator fails both measures the same way.
            const first = c;
            c = await remeasure(active as HTMLElement);
            if (c.changed < c.needed)
              failures.push(`${describeStop(active)}: ${first.changed}, then ${c.changed}, of ${c.needed} px changed by 3:1`);
            else retried.push(`${describeStop(active)}: ${first.changed}, then ${c.changed}, of ${c.needed} px`);
          }
        }

        console.warn(
          `visible-focus ${name(view)}: ${stops} stops, ${failures.length} without visible focus${failures.map((f) => `\n  ${f}`).join('')}` +
            retried.map((f) => `\n  met on the second measure: ${f}`).join(''),
        );
        expect(stops, 'tab stops measured').to.be.greaterThan(0);
        const allowed = KNOWN_SHORT[name(view)] ?? 0;
        if (failures.length > allowed)
          expect(failures, `${failures.length} of ${stops} stops (${allowed} known): ${failures.join('; ')}`).to.deep.equal([]);
      });
    }
  });
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The measure of one stop taken again: unfocused, then focused, each shot after two frames and a pause. */
async function remeasure(active: HTMLElement): Promise<FocusChange> {
  active.blur();
  await frames();
  await new Promise((r) => setTimeout(r, 100));
  const clip = clipOf(active);
  const before = clip && (await shoot(clip));
  active.focus({ preventScroll: true });
  await frames();
  await new Promise((r) => setTimeout(r, 100));
  const on = clip && (await shoot(clip));
  if (!before || !on) return { changed: 0, needed: 1 };
  return focusChange(on, before, active.getBoundingClientRect());
}

/** The first check of a sweep: this engine takes screenshots the measure can read. */
export function screenshotProbe(): void {
  it('can take screenshots in this engine', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div style="width:40px;height:40px;background:#000"></div>`);
    const img = await shoot(clipOf(probe)!);
    expect(img, 'a screenshot').to.not.equal(null);
    // The black square is there, inside the 4 px band.
    const mid = ((img!.height >> 1) * img!.width + (img!.width >> 1)) * 4;
    expect([...img!.data.slice(mid, mid + 3)]).to.deep.equal([0, 0, 0]);
  });
}

/** True when an element holding `node` (across shadow roots) is scrolled away from its start. */
function scrolledAbove(node: Element): boolean {
  for (let n: Node | null = node.parentNode; n;) {
    if (n instanceof Element && (n.scrollTop !== 0 || n.scrollLeft !== 0)) return true;
    n = n instanceof ShadowRoot ? n.host : n.parentNode;
  }
  return false;
}

/** True when `node` is in `host`'s light DOM or its shadow tree, at any depth. */
function inside(host: Element, node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n === host) return true;
    const parent: Node | null = n.parentNode;
    n = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}
