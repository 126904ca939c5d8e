import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { ViewBox, Viewport } from './viewbox.js';
import type { ViewBoxController } from './viewbox-controller.js';

export interface FirstViewOptions<M extends object> {
  /** The drawing now: a new object for every new drawing. */
  model: () => M;
  /** The svg, while the drawing is shown. */
  svg: () => SVGSVGElement | null | undefined;
  /** Turns the view worked out at the svg's true size into the first view the host wants (centred on the children, say). */
  first?: (vb: ViewBox, viewport: Viewport) => ViewBox;
  /** Called with the svg's size once the first view is in place. */
  placed?: (size: Viewport) => void;
}

/**
 * A new drawing's first view, written onto its svg before it is painted, with the drawing laid out once.
 *
 * When the svg is new (first shown, or shown again after another view), its first update draws the frame without
 * its content (the host renders nothing inside the svg while `pending`); the empty frame is measured, which is
 * cheap, the first view is written onto the svg, and the content follows in a second update at once. Writing a
 * viewBox onto a drawing already laid out lays all of it out again (about 9 ms for 300 people in Chromium), so
 * measuring first halves the layout work of a first show. A new drawing in an svg already shown keeps its content
 * (and the focus inside it) and is measured with it. While the svg has no size (a hidden element), the content is
 * drawn anyway and the svg's size report comes back here to put the view right. The host binds
 * `viewBox=${live(viewBoxAttr(vb))}` and overrides `getUpdateComplete()` with `afterFirstView`, so that
 * `updateComplete` includes the content.
 */
export class FirstViewController<M extends object> implements ReactiveController {
  private framedSvg: SVGSVGElement | undefined; // the svg whose empty frame was measured (its content follows)
  private centredFor: M | undefined; // the drawing whose first view is in place

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pan: ViewBoxController,
    private readonly options: FirstViewOptions<M>,
  ) {
    host.addController(this);
    // a new svg's second update is by design: Lit's development build would warn of it once per class
    (host.constructor as typeof ReactiveElement).disableWarning?.('change-in-update');
  }

  /** The current drawing's first view is in place. */
  get placed(): boolean {
    return this.centredFor === this.options.model();
  }

  /** Read while rendering: the svg about to be drawn is new, so render its frame only. */
  get pending(): boolean {
    const svg = this.options.svg();
    return !svg || svg !== this.framedSvg;
  }

  hostUpdated(): void {
    const svg = this.options.svg();
    if (!svg) return;
    if (svg !== this.framedSvg) {
      this.framedSvg = svg;
      this.host.requestUpdate();
    }
    const m = this.options.model();
    if (this.centredFor === m) return;
    const size = this.pan.settle(this.options.first);
    if (!size) return;
    this.centredFor = m;
    this.options.placed?.(size);
  }
}

/**
 * For a host's `getUpdateComplete()`: also waits for the update a new drawing's frame asks for, so that
 * `await el.updateComplete` sees the content: `return afterFirstView(this, () => super.getUpdateComplete());`
 */
export async function afterFirstView(host: ReactiveElement, update: () => Promise<boolean>): Promise<boolean> {
  const done = await update();
  return host.isUpdatePending ? update() : done;
}
