import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';

/** How long (ms) a region stays empty before new text is set, so that repeating a message is announced again. */
export const ANNOUNCE_DELAY = 50;

type Politeness = 'polite' | 'assertive';

/**
 * Screen-reader announcements for one element: one polite (role=status) and one assertive (role=alert) live region,
 * rendered by `regions()` from the first render and empty. Text is only ever put into a region that already exists
 * (a region inserted with its text may not be announced), and each message clears the region first and sets the
 * text a moment later, so the same message twice is announced twice.
 */
export class Announcer implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly refs = { polite: createRef<HTMLElement>(), assertive: createRef<HTMLElement>() };
  private readonly queued: Partial<Record<Politeness, string>> = {};
  private readonly timers: Partial<Record<Politeness, ReturnType<typeof setTimeout>>> = {};

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** Announces when the user is idle (role=status). */
  polite(text: string): void {
    this.say('polite', text);
  }

  /** Announces at once, interrupting (role=alert): for errors. */
  assertive(text: string): void {
    this.say('assertive', text);
  }

  /** Empties both regions and forgets anything waiting. */
  clear(): void {
    for (const p of ['polite', 'assertive'] as const) {
      clearTimeout(this.timers[p]);
      delete this.timers[p];
      delete this.queued[p];
      const el = this.refs[p].value;
      if (el) el.textContent = '';
    }
  }

  /** Render once, always (not behind a condition): the two visually hidden live regions. */
  regions(): TemplateResult {
    return html`<div class="cw-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="polite" ${ref(this.refs.polite)}></div><div class="cw-visually-hidden" role="alert" aria-live="assertive" aria-atomic="true" data-announcer="assertive" ${ref(this.refs.assertive)}></div>`;
  }

  hostUpdated(): void {
    // Messages given before the regions were rendered are set now that they exist (after the usual pause).
    for (const p of ['polite', 'assertive'] as const) {
      if (this.queued[p] !== undefined && this.timers[p] === undefined && this.refs[p].value) this.schedule(p);
    }
  }

  hostDisconnected(): void {
    for (const p of ['polite', 'assertive'] as const) {
      clearTimeout(this.timers[p]);
      delete this.timers[p];
    }
  }

  private say(p: Politeness, text: string): void {
    this.queued[p] = text;
    clearTimeout(this.timers[p]);
    delete this.timers[p];
    const el = this.refs[p].value;
    if (!el) return; // not rendered yet: hostUpdated sets it once the region exists
    el.textContent = '';
    this.schedule(p);
  }

  private schedule(p: Politeness): void {
    this.timers[p] = setTimeout(() => {
      delete this.timers[p];
      const text = this.queued[p];
      delete this.queued[p];
      const el = this.refs[p].value;
      if (el && text !== undefined) el.textContent = text;
    }, ANNOUNCE_DELAY);
  }
}
