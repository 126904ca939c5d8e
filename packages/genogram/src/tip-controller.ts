import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Model } from './genogram-model.js';
import { personId } from './views/people-dom.js';

/** How long a tip stays after the pointer leaves its mark, so the pointer can move onto the tip (WCAG 1.4.13). */
export const TIP_GRACE_MS = 300;

/**
 * The disputed-parentage tip (WCAG 1.4.13, content on hover or focus): shown while the pointer is on the "?" mark or
 * on the tip itself (leaving one for the other within `TIP_GRACE_MS` keeps it), and when the child whose parentage
 * is disputed gets keyboard focus (until focus moves to another person); Escape anywhere in the element dismisses it until the next hover or focus.
 */
export class TipController implements ReactiveController {
  private shown = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly model: () => Model,
  ) {
    host.addController(this);
  }

  /** The disputed line whose tip shows, or ''. */
  get id(): string {
    return this.shown;
  }

  /** For the drawing: an id shows that tip now; '' hides it after the grace period. */
  readonly handle = (id: string): void => {
    clearTimeout(this.timer);
    if (id) return this.set(id);
    this.timer = setTimeout(() => this.set(''), TIP_GRACE_MS);
  };

  /** Shows the tip of a person's disputed parentage when they have keyboard focus (hides any other tip). */
  forPerson(personId: string | undefined): void {
    clearTimeout(this.timer);
    const e = this.model().edges.find((x) => x.kind === 'child' && x.disputed && x.b === personId);
    this.set(e?.id ?? '');
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey);
    this.host.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey);
    this.host.removeEventListener('focusin', this.onFocus);
    clearTimeout(this.timer);
  }

  private readonly onFocus = (e: FocusEvent): void => {
    const id = personId(e.composedPath()[0] as Element | undefined);
    if (id) this.forPerson(id);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.shown) return;
    clearTimeout(this.timer);
    this.set('');
  };

  private set(id: string): void {
    if (id === this.shown) return;
    this.shown = id;
    this.host.requestUpdate();
  }
}
