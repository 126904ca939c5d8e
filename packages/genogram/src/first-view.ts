import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { ViewBoxController } from '@opencasework/core';
import type { Rect } from './layout/model.js';
import { KeepScaleController } from './keep-scale.js';
import { centredFirstView } from './views/find.js';

export interface FirstViewOptions<M extends object> {
  /** The drawing now (a new object for every new drawing). */
  model: () => M;
  /** The svg, while the drawing is shown. */
  svg: () => SVGSVGElement | undefined;
  /** What the first view centres on, at 100% if it fits (the children and their parents, say); all if undefined. */
  box: () => Rect | undefined;
}

/**
 * A new drawing's first view, written onto the svg before it is painted, laid out once.
 *
 * A new drawing's first update draws its frame without its content (`pending`); the frame is measured (cheap: there
 * is nothing in it to lay out), the first view is written onto the svg, and the content follows in a second update
 * at once. Writing a viewBox onto a drawing already laid out lays it all out again (about 9 ms for 300 people in
 * Chromium), so measuring first halves the layout work of a first show. While the svg has no size (a hidden
 * element), the content is drawn anyway and its size report comes back here to put the view right.
 * Then `KeepScaleController` keeps the scale when the frame changes size.
 */
export class FirstViewController<M extends object> implements ReactiveController {
  private framedFor: M | undefined; // the drawing whose frame has been drawn (its content follows)
  private centredFor: M | undefined; // the drawing whose first view is in place
  private readonly keepScale: KeepScaleController;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly pan: ViewBoxController,
    private readonly options: FirstViewOptions<M>,
  ) {
    host.addController(this);
    // the second update of a new drawing is by design: Lit's development build would warn of it once per class
    (host.constructor as typeof ReactiveElement).disableWarning?.('change-in-update');
    this.keepScale = new KeepScaleController(host, pan, () => this.placed);
  }

  /** The current drawing's first view is in place. */
  get placed(): boolean {
    return this.centredFor === this.options.model();
  }

  /** The current drawing's frame is drawn without its content: render the frame only. */
  get pending(): boolean {
    return this.framedFor !== this.options.model();
  }

  hostUpdated(): void {
    const m = this.options.model();
    if (!this.options.svg() || this.centredFor === m) return;
    const empty = this.framedFor !== m;
    this.framedFor = m;
    const box = this.options.box();
    const size = this.pan.settle((vb, viewport) => centredFirstView(vb, viewport, box, this.pan.limits));
    if (empty) this.host.requestUpdate();
    if (!size) return;
    this.centredFor = m;
    this.keepScale.record(size);
  }
}
