import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusTarget = string | (() => HTMLElement | SVGElement | null | undefined);

/** How many further updates a focus request waits for when none of its targets is rendered yet. */
const PATIENCE = 3;

/** What takes focus without a tabindex. */
const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/**
 * Moves focus after the host's next update: one place for "render, then focus" (no pendingFocus fields, no
 * updateComplete.then(focus)). `after('#heading', () => this.rowFor(id), 'h2')` focuses the first target that exists:
 * a selector is looked up in the host's renderRoot, a function returns an element. The latest request wins.
 */
export class FocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private pending: FocusTarget[] | null = null;
  private tries = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** After the next update, focus the first target that exists; falls back along the list in order. */
  after(...targets: FocusTarget[]): void {
    this.pending = targets;
    this.tries = 0;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const targets = this.pending;
    if (!targets) return;
    const root: ParentNode = (this.host as { renderRoot?: ParentNode }).renderRoot ?? this.host.shadowRoot ?? this.host;
    for (const t of targets) {
      const el = typeof t === 'string' ? root.querySelector<HTMLElement | SVGElement>(t) : t();
      if (el && el.isConnected) {
        this.pending = null;
        // A heading or region is given tabindex -1 to take focus (as after a page's own move); focus() alone did
        // nothing there, and focus fell to the page (the quick note's heading after Save).
        if (!el.matches(FOCUSABLE)) el.setAttribute('tabindex', '-1');
        el.focus();
        return;
      }
    }
    // Nothing rendered yet (e.g. rows that appear on a later pass): keep asking for a few updates, then give up.
    if (++this.tries > PATIENCE) this.pending = null;
  }

  hostDisconnected(): void {
    this.pending = null;
  }
}
