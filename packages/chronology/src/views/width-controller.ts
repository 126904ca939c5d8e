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

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
