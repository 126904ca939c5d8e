import type { ReactiveControllerHost } from 'lit';
import { FirstViewController, type ViewBoxController } from '@opencasework/core';
import { KeepScaleController } from './keep-scale.js';
import type { Rect } from './layout/model.js';
import { centredFirstView } from './views/find.js';

export interface GenogramFirstViewOptions<M extends object> {
  /** The drawing now (a new object for every new drawing). */
  model: () => M;
  /** The svg, while the drawing is shown. */
  svg: () => SVGSVGElement | undefined;
  /** What the first view centres on, at 100% if it fits (the children and their parents, say); all if undefined. */
  box: () => Rect | undefined;
}

/**
 * The genogram's first view (core's `FirstViewController`: laid out once, at its first view), centred on the
 * children and their parents; then `KeepScaleController` keeps the scale when the frame changes size.
 */
export class GenogramFirstView<M extends object> extends FirstViewController<M> {
  private readonly keepScale: KeepScaleController;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, pan: ViewBoxController, options: GenogramFirstViewOptions<M>) {
    super(host, pan, {
      model: options.model,
      svg: options.svg,
      first: (vb, viewport) => centredFirstView(vb, viewport, options.box(), pan.limits),
      placed: (size) => this.keepScale.record(size),
    });
    this.keepScale = new KeepScaleController(host, pan, () => this.placed);
  }
}
