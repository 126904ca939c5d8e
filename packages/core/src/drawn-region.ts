import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { containsBox, type ViewBox } from './viewbox.js';

/**
 * The part of a large drawing whose details (its people's names, say) are drawn: the part in view with a margin
 * around it (`margin`, a share of the view's size on each side). Details outside it are not drawn, so they are not
 * laid out: in a family of 300 seen at 100%, most names are out of view.
 *
 * The region stays put while the view moves inside it, so a small pan adds and removes nothing; it moves with the
 * view once the view leaves it, and shrinks with it when the view is less than half its size. A host reads `region`
 * while rendering and draws the details of what lies in it (everything when it is undefined, while nothing is shown
 * yet). As a controller it re-renders the host when the
 * view was changed without a render (a first view written straight onto the svg, a size report) and has left the
 * region. A host that copies its drawing (an export) draws every detail for the copy: see `covers()`.
 */
export class DrawnRegionController implements ReactiveController {
  private current: ViewBox | undefined;
  private read = false; // this update's render read the region

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What is shown now, in drawing units (`ViewBoxController.shown`), or undefined while nothing is. */
    private readonly shown: () => ViewBox | undefined,
    private readonly margin = 0.5,
  ) {
    host.addController(this);
  }

  /** The region whose details to draw now; undefined: draw them all. Read it while rendering. */
  get region(): ViewBox | undefined {
    this.read = true;
    const s = this.shown();
    if (!s) return (this.current = undefined);
    // a new region when the view has left this one, or is much smaller (zoomed in, or the first view settled)
    const most = 2 * (1 + 2 * this.margin);
    if (!this.current || !containsBox(this.current, s) || this.current.w > s.w * most || this.current.h > s.h * most) {
      const mx = s.w * this.margin,
        my = s.h * this.margin;
      this.current = { x: s.x - mx, y: s.y - my, w: s.w + 2 * mx, h: s.h + 2 * my };
    }
    return this.current;
  }

  /** True when the region last drawn holds all of `box` (the whole drawing, say): nothing in it was left out. */
  covers(box: ViewBox): boolean {
    return !this.current || containsBox(this.current, box);
  }

  hostUpdate(): void {
    this.read = false;
  }

  hostUpdated(): void {
    if (!this.read || !this.current) return;
    const s = this.shown();
    if (s && !containsBox(this.current, s)) this.host.requestUpdate();
  }
}
