import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { OnDemand } from './on-demand.js';

/** What the pending state says: while the code loads, and when it could not be loaded. */
export interface PendingText {
  loading: string;
  failed: string;
}

/**
 * One part of a component's view whose code loads on demand (see `onDemand`), for one host: the timeline's drawing,
 * an edit form. It re-renders the host when the code arrives or fails to, lets the host's `updateComplete` wait while
 * a load the view waits for is under way (hosts and tests that await it see the part drawn, not its placeholder), and
 * draws the state meanwhile: a busy status while loading, an alert when the code could not be loaded.
 *
 * ```ts
 * const drawing = onDemand(() => import('./drawing.js'));
 * readonly part = new OnDemandPart(this, drawing);
 * protected override getUpdateComplete() { return this.part.after(() => super.getUpdateComplete()); }
 * render() { const d = this.part.module; return d ? d.view(...) : this.part.pendingView(text, 'drawing-pending'); }
 * ```
 *
 * No "Try again" button: browsers keep a failed module load's answer for the page, so only a reload fetches it again.
 */
export class OnDemandPart<M> {
  /** The code could not be loaded (offline, or the host's server refused it). */
  failed = false;
  /** The load this host's view waits for, if any. */
  private waiting: Promise<unknown> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly code: OnDemand<M>,
  ) {}

  /** The module once loaded (asking does not load it). */
  get module(): M | undefined {
    return this.code.loaded ? this.code.get() : undefined;
  }

  /** A load the view waits for is under way. */
  get loading(): boolean {
    return !!this.waiting;
  }

  /** Loads the code for the view: the host re-renders once it has loaded or failed, and its `updateComplete` waits. */
  need(): Promise<unknown> {
    if (this.code.loaded) return Promise.resolve();
    this.failed = false;
    return (this.waiting ??= this.code.load().then(
      () => {
        this.waiting = undefined;
        this.host.requestUpdate();
      },
      () => {
        this.waiting = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    ));
  }

  /** Loads the code ahead of a view likely to come (nothing waits for it; a failure shows when the view needs it). */
  prefetch(): void {
    if (!this.code.loaded) this.code.load().catch(() => undefined);
  }

  /** `done()` (the host's own update), then again after each load the view waits for. */
  async after(done: () => Promise<boolean>): Promise<boolean> {
    let result = await done();
    for (let p = this.waiting; p; p = this.waiting) {
      await p.catch(() => undefined);
      result = await done();
    }
    return result;
  }

  /**
   * The part's place while its code loads (starting the load) or when it could not: a status the reader's assistive
   * technology announces, marked busy, or an alert saying why. `className` and `part` style and expose the box.
   */
  pendingView(text: PendingText, className: string, part?: string): TemplateResult {
    if (!this.failed) void this.need();
    return html`<div class=${className} part=${part ?? nothing} aria-busy=${this.failed ? 'false' : 'true'}>
      ${
        this.failed
          ? html`<div role="alert"><p class="cw-error-message">${text.failed}</p></div>`
          : html`<p class="cw-hint" role="status">${text.loading}</p>`
      }
    </div>`;
  }
}
