import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewBoxController } from '@opencasework/core';

/**
 * Keeps the drawing's scale (CSS px per unit) when its frame changes size, so browser zoom enlarges the drawing's
 * text (WCAG 1.4.4) instead of the view shrinking to fit a narrower frame: at 400% zoom the frame is a quarter as
 * wide in CSS px, and without this the same view would be drawn at a quarter of the size (names 3 CSS px). The view
 * keeps its centre; a pan, zoom or "Fit" by the user sets the scale that is kept.
 */
export class KeepScaleController implements ReactiveController {
  private size = '';
  private scale = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly pan: ViewBoxController,
    /** True once the first view of the current drawing is in place (before that the frame is still settling). */
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.record();
  }

  /**
   * Reads the drawing's size and scale now (the host calls it after writing a first view without a render). `measured`
   * is the svg's size if the host has just measured it: the new viewBox has made the layout stale, and reading the
   * size again would lay the whole drawing out a second time (about 9 ms for 300 people) for the same answer, since
   * the viewBox does not change the svg's box.
   */
  record(measured?: { width: number; height: number }): void {
    const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg.drawing');
    const vb = svg?.viewBox.baseVal;
    if (!this.ready() || !svg || !vb || !vb.width || !vb.height) {
      this.size = '';
      return;
    }
    // the scale as drawn (preserveAspectRatio meet), read from the svg itself: asking the pan controller here would
    // fill in its cached size before its own first size report, and the first view would never be centred
    const width = measured?.width ?? svg.clientWidth,
      height = measured?.height ?? svg.clientHeight;
    if (!width || !height) {
      this.size = '';
      return;
    }
    const size = `${width}x${height}`;
    const now = Math.min(width / vb.width, height / vb.height);
    if (this.size && size !== this.size && this.scale > 0 && Math.abs(now / this.scale - 1) > 0.001) {
      this.size = size;
      this.pan.zoomBy(this.scale / now); // re-renders; the next report records the kept scale again
      return;
    }
    this.size = size;
    this.scale = now;
  }
}
