import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LocalizeController } from './localize.js';
import { coreMessages, type CoreKey } from './messages/index.js';

/** How long (ms) an undo notice stays before the change it offers to undo is committed: at least 10 seconds. */
export const UNDO_DURATION = 10_000;

/** A change that can still be taken back: `what` names it ("Ring Gran on Friday"), `undo` puts it back. */
export interface UndoOffer {
  /** The words of what was deleted, shown in the notice: "Deleted “{what}”". */
  what: string;
  /** Where the notice is shown (a list key the host's views compare with), so it sits next to what changed. */
  where?: string;
  /** Puts the change back (a pure edit of the host's draft); focus is the host's to move afterwards. */
  undo(): void;
}

export interface UndoOptions {
  /** Milliseconds the notice stays (never less than UNDO_DURATION). */
  duration?: () => number;
  /** Politely announces a message (the host's Announcer). */
  announce: (text: string) => void;
  /** Called when the offer ends, undone or not: the host may now commit (save) what is held back. */
  settled?: (undone: boolean) => void;
  /** Share the host's core LocalizeController. */
  localize?: LocalizeController<CoreKey>;
}

/**
 * "Deleted … Undo": a deletion is shown at once but held back from saving while a notice offers to undo it, for at
 * least 10 seconds, and for as long as the notice has focus or the pointer (WCAG 2.2.1: a person who needs longer
 * gets longer). The host holds its autosave while `pending` and saves when `settled` is called. A second deletion
 * settles the first. Render `view()` where the deleted item was; move focus to its Undo button (`[data-undo]`).
 */
export class UndoController implements ReactiveController {
  current: UndoOffer | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private endsAt = 0;
  private paused = new Set<'focus' | 'pointer'>();
  private readonly t: LocalizeController<CoreKey>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UndoOptions,
  ) {
    host.addController(this);
    this.t = options.localize ?? new LocalizeController(host, coreMessages);
  }

  /** True while a change waits behind an undo notice. */
  get pending(): boolean {
    return this.current !== null;
  }

  private get duration(): number {
    return Math.max(UNDO_DURATION, this.options.duration?.() ?? UNDO_DURATION);
  }

  /** Shows the notice for `offer` (settling any earlier one first) and announces it. */
  offer(offer: UndoOffer): void {
    if (this.current) this.end(false);
    this.current = offer;
    this.paused.clear();
    this.endsAt = Date.now() + this.duration;
    this.arm(this.duration);
    this.options.announce(this.t.t('undo.deleted', { what: offer.what }));
    this.host.requestUpdate();
  }

  /** Takes the change back. */
  undo(): void {
    const offer = this.current;
    if (!offer) return;
    offer.undo();
    this.options.announce(this.t.t('undo.restored', { what: offer.what }));
    this.end(true);
  }

  /** Ends the offer now, keeping the change (before a save the host must not hold back, or when the data is replaced). */
  commit(): void {
    if (this.current) this.end(false);
  }

  private end(undone: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.current = null;
    this.paused.clear();
    this.host.requestUpdate();
    this.options.settled?.(undone);
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.end(false), Math.max(0, ms));
  }

  private pause(why: 'focus' | 'pointer', on: boolean): void {
    if (!this.current) return;
    if (on) {
      if (!this.paused.size) clearTimeout(this.timer);
      this.paused.add(why);
      return;
    }
    if (!this.paused.delete(why) || this.paused.size) return;
    // Resumes with what was left, but never less than 5 seconds after the person moved away from it.
    this.arm(Math.max(this.endsAt - Date.now(), 5_000));
  }

  hostDisconnected(): void {
    // The host saves what it holds when it goes; the offer ends with it.
    if (this.current) this.end(false);
  }

  /** The notice, or nothing: "Deleted “…”." and an Undo button (`data-undo`) whose name says what it puts back. */
  view(where?: string): TemplateResult | typeof nothing {
    const offer = this.current;
    if (!offer || (where !== undefined && offer.where !== where)) return nothing;
    const message = this.t.t('undo.deleted', { what: offer.what });
    return html`<div class="cw-undo" part="undo" data-undo-notice
      @focusin=${() => this.pause('focus', true)} @focusout=${() => this.pause('focus', false)}
      @pointerenter=${() => this.pause('pointer', true)} @pointerleave=${() => this.pause('pointer', false)}>
      <p class="cw-undo-message">${message}</p>
      <button type="button" class="secondary" data-undo @click=${() => this.undo()}>${this.t.t('undo.button')}<span class="cw-visually-hidden">: ${message}</span></button>
    </div>`;
  }
}
