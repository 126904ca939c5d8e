import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width in CSS px, kept current with a ResizeObserver (the timeline is drawn to it and the
 * table's measured row heights depend on it). A new width is applied in the next frame, so that re-rendering never
 * feeds back into the observation.
 */
export class WidthController implements ReactiveController {
  width = 800;
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // The width now, when the host is laid out (its content is not rendered yet, so this costs little): the first
    // render is then drawn, and its rows measured, at the real width rather than at 800 px and again a frame later.
    const w = this.contentWidth();
    if (w > 0) this.width = w;
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) > 1) {
        requestAnimationFrame(() => {
          this.width = w;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
  }

  private contentWidth(): number {
    const host = this.host;
    if (!host.isConnected || !host.clientWidth) return 0;
    const css = getComputedStyle(host);
    return Math.round(host.clientWidth - (parseFloat(css.paddingLeft) || 0) - (parseFloat(css.paddingRight) || 0));
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
