import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_ZOOM_LIMITS,
  centreOn,
  panBy,
  revealIn,
  scaleOf,
  shownArea,
  zoomAt,
  viewBoxAttr,
  type ViewBox,
  type Viewport,
  type ZoomLimits,
} from './viewbox.js';

/** How far (CSS px) a pointer must move before a press becomes a drag. */
export const DRAG_THRESHOLD = 4;
/** The factor one press of a zoom button or `+`/`-` zooms by. */
export const ZOOM_STEP = 1.25;

export interface ViewBoxOptions {
  /** The whole drawing, in drawing units. When its value changes, the view goes back to the first view. */
  bounds: () => ViewBox;
  /** The svg receiving input (and whose client size gives the scale). */
  svg: () => SVGSVGElement | null;
  limits?: ZoomLimits;
  /** The scale (CSS px per unit) of the first view, centred on the drawing. Without it the first view fits the drawing. */
  initialScale?: number;
  onChange?: (vb: ViewBox) => void;
}

type Handler<E extends Event> = (e: E) => void;
export interface ViewBoxHandlers {
  pointerdown: Handler<PointerEvent>;
  pointermove: Handler<PointerEvent>;
  pointerup: Handler<PointerEvent>;
  pointercancel: Handler<PointerEvent>;
  wheel: Handler<WheelEvent>;
  /** Bound with `@click=${handlers.clickCapture}`: it carries `capture: true`, so Lit listens in the capture phase. */
  clickCapture: Handler<MouseEvent> & { capture: true };
  keydown: Handler<KeyboardEvent>;
}

interface Point {
  x: number;
  y: number;
}
interface GestureLike extends UIEvent {
  scale: number;
  clientX: number;
  clientY: number;
}

/** preserveAspectRatio's align (SVGPreserveAspectRatio's 2-10, xMinYMin to xMaxYMax) as shares of the spare room on x and y. */
const alignOf = (a: number): [number, number] => (a >= 2 && a <= 10 ? [((a - 2) % 3) / 2, Math.floor((a - 2) / 3) / 2] : [0.5, 0.5]);
const sameBox = (a: ViewBox | undefined, b: ViewBox): boolean => !!a && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/**
 * Pan and zoom for one svg drawing, the same in every component: Ctrl/⌘ + wheel and trackpad pinch zoom about the
 * pointer, a plain wheel scrolls the page, two-finger touch pinch zooms, a drag pans (after 4 px) and never ends in a
 * click, `+` `-` `0` zoom in, out and back. The host renders `viewBox=${...}` from `viewBox` and binds `handlers`.
 * See docs/decisions/0005-pan-and-zoom.md.
 */
export class ViewBoxController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ViewBoxOptions;
  private vb: ViewBox | null = null;
  private lastBounds: ViewBox | undefined;
  private lastViewport: Viewport | undefined;
  private observed: SVGSVGElement | null = null;
  private resizer: ResizeObserver | undefined;
  private readonly pointers = new Map<number, Point>();
  private drag: { start: Point; vb: ViewBox; moved: boolean; pointerId: number } | null = null;
  private pinch: { d: number; mid: Point; vb: ViewBox } | null = null;
  private gesture: { vb: ViewBox; at: Point } | null = null;
  private swallowUntil = 0;
  private isDragging = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ViewBoxOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The view as it is now, in drawing units. */
  get viewBox(): ViewBox {
    return this.vb ?? this.firstView();
  }

  /** What the svg shows now, in drawing units: the viewBox widened to the svg's shape at its last measured (or guessed) size. */
  get shown(): ViewBox {
    return shownArea(this.viewBox, this.lastViewport ?? this.guessedViewport());
  }

  /** True CSS pixels per drawing unit as drawn now (what a "Zoom N%" label reports: Math.round(scale * 100)). */
  get scale(): number {
    return scaleOf(this.viewBox, this.viewport());
  }

  /** True while a pointer drag (or pinch) is panning: the host may show a grabbing cursor. */
  get dragging(): boolean {
    return this.isDragging;
  }

  get limits(): ZoomLimits {
    return this.options.limits ?? DEFAULT_ZOOM_LIMITS;
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }
  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** Zooms by a factor about a point in drawing units (the centre of the view by default). */
  zoomBy(factor: number, at?: Point): void {
    const vb = this.viewBox;
    this.set(zoomAt(vb, factor, at ?? { x: vb.x + vb.w / 2, y: vb.y + vb.h / 2 }, this.viewport(), this.limits));
  }

  /** Back to the first view (the whole drawing, or `initialScale` centred on it). */
  reset(): void {
    this.set(null);
  }

  /**
   * The whole drawing in view: the viewBox is the bounds (preserveAspectRatio meet centres and letterboxes it), so
   * without `initialScale` fit() and reset() give the same, first, view and it follows later changes of the bounds.
   */
  fit(): void {
    this.set(this.options.initialScale ? { ...this.options.bounds() } : null);
  }

  /** The view the reader has now, and a view given back (`printWhole` fits the drawing to print, then gives it back). */
  save = (): ViewBox | null => (this.vb ? { ...this.vb } : null);
  restore = (saved: ViewBox | null): void => this.set(saved);

  panBy(dx: number, dy: number): void {
    this.set(panBy(this.viewBox, dx, dy));
  }

  centreOn(x: number, y: number): void {
    this.set(centreOn(this.viewBox, x, y));
  }

  /**
   * Measures the svg now and writes the view that size gives straight onto its `viewBox` (no second render of the
   * drawing): a first view worked out at a guessed size is put right before the first paint. `first`, if given, turns
   * it into the first view the host wants (centred on the children, say). Call it from `updated()` when a new svg or
   * drawing appears; bind `viewBox=${live(viewBoxAttr(vb))}`. The host re-renders only if its zoom label (whole per
   * cent) changes. Returns the svg's size, or undefined, doing nothing, while the svg has no size.
   */
  settle(first?: (vb: ViewBox, viewport: Viewport) => ViewBox): Viewport | undefined {
    const svg = this.options.svg();
    if (!svg || !(svg.clientWidth > 0) || !(svg.clientHeight > 0)) return undefined;
    const guessed = this.lastViewport ?? this.guessedViewport();
    if (!first && guessed.width === svg.clientWidth && guessed.height === svg.clientHeight) return guessed;
    const shownScale = scaleOf(this.vb ?? this.firstView(guessed), guessed);
    let vb = this.viewBox; // with the svg laid out, viewport() now measures it
    const measured = this.viewport();
    if (first) {
      vb = first(vb, measured);
      this.vb = vb;
      this.options.onChange?.(vb);
    }
    const attr = viewBoxAttr(vb); // the same value written again would still lay the whole drawing out again
    if (svg.getAttribute('viewBox') !== attr) svg.setAttribute('viewBox', attr);
    if (Math.round(scaleOf(vb, measured) * 100) !== Math.round(shownScale * 100)) this.host.requestUpdate();
    return measured;
  }

  /** Pans as little as needed to bring a box (drawing units) into view with `padding` to spare, e.g. after a keyboard move. */
  reveal(box: { x: number; y: number; w?: number; h?: number }, padding = 40): void {
    const vb = this.viewBox;
    const next = revealIn(vb, box, padding);
    if (next !== vb) this.set(next);
  }

  /** A client (CSS px) point as drawing units under the current view, honouring the svg's preserveAspectRatio. */
  toDrawing(clientX: number, clientY: number): Point {
    const svg = this.options.svg();
    const vb = this.viewBox;
    if (!svg) return { x: vb.x + vb.w / 2, y: vb.y + vb.h / 2 };
    const r = svg.getBoundingClientRect();
    const vp = this.viewport();
    const s = scaleOf(vb, vp);
    const align = svg.preserveAspectRatio?.baseVal?.align ?? 6;
    const [ax, ay] = alignOf(align);
    const ox = (vp.width - vb.w * s) * ax,
      oy = (vp.height - vb.h * s) * ay;
    return { x: vb.x + (clientX - r.left - svg.clientLeft - ox) / s, y: vb.y + (clientY - r.top - svg.clientTop - oy) / s };
  }

  readonly handlers: ViewBoxHandlers = {
    pointerdown: (e) => this.onPointerDown(e),
    pointermove: (e) => this.onPointerMove(e),
    pointerup: (e) => this.onPointerEnd(e, true),
    pointercancel: (e) => this.onPointerEnd(e, false),
    wheel: (e) => this.onWheel(e),
    clickCapture: Object.assign((e: MouseEvent) => this.onClickCapture(e), { capture: true as const }),
    keydown: (e) => this.onKeydown(e),
  };

  hostUpdate(): void {
    const b = this.options.bounds();
    if (this.lastBounds && !sameBox(this.lastBounds, b)) {
      this.vb = null;
      this.options.onChange?.(this.viewBox);
    }
    this.lastBounds = { ...b };
  }

  hostUpdated(): void {
    const svg = this.options.svg();
    if (svg === this.observed) return;
    this.unobserve();
    this.observed = svg;
    if (!svg) return;
    svg.addEventListener('gesturestart', this.onGestureStart);
    svg.addEventListener('gesturechange', this.onGestureChange);
    svg.addEventListener('gestureend', this.onGestureEnd);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizer ??= new ResizeObserver(() => this.onResize());
      this.resizer.observe(svg); // its first report (the svg's size once laid out) re-renders with the true scale
    }
  }

  hostDisconnected(): void {
    this.unobserve();
    this.observed = null;
    this.pointers.clear();
    this.drag = null;
    this.pinch = null;
  }

  private unobserve(): void {
    const svg = this.observed;
    if (!svg) return;
    svg.removeEventListener('gesturestart', this.onGestureStart);
    svg.removeEventListener('gesturechange', this.onGestureChange);
    svg.removeEventListener('gestureend', this.onGestureEnd);
    this.resizer?.unobserve(svg);
  }

  /** A new viewport size changes the true scale (and the first view): re-render so the zoom label tells the truth. */
  private onResize(): void {
    const before = this.lastViewport;
    const now = this.viewport();
    if (!before || before.width !== now.width || before.height !== now.height) this.host.requestUpdate();
  }

  private viewport(): Viewport {
    const svg = this.options.svg();
    const width = svg?.clientWidth ?? 0,
      height = svg?.clientHeight ?? 0;
    if (width > 0 && height > 0) {
      this.lastViewport = { width, height };
      return this.lastViewport;
    }
    return this.lastViewport ?? this.guessedViewport();
  }

  /** The size the svg is taken to have before it is first laid out: the drawing at its initial scale. */
  private guessedViewport(): Viewport {
    const b = this.options.bounds();
    const k = this.options.initialScale ?? 1;
    return { width: b.w * k, height: b.h * k };
  }

  private firstView(vp?: Viewport): ViewBox {
    const b = this.options.bounds();
    const k = this.options.initialScale;
    if (!k || !(k > 0)) return { ...b };
    vp ??= this.viewport();
    const w = vp.width / k,
      h = vp.height / k;
    return { x: b.x + b.w / 2 - w / 2, y: b.y + b.h / 2 - h / 2, w, h };
  }

  private set(vb: ViewBox | null): void {
    if (vb === this.vb || (vb && this.vb && sameBox(this.vb, vb))) return;
    this.vb = vb;
    this.host.requestUpdate();
    this.options.onChange?.(this.viewBox);
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    // A new gesture: forget pointers whose end we never saw (lifted outside the page without capture).
    if (e.isPrimary) {
      this.pointers.clear();
      this.pinch = null;
      this.drag = null;
    }
    this.swallowUntil = 0;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 2) {
      this.startPinch();
      return;
    }
    if (this.pointers.size === 1)
      this.drag = { start: { x: e.clientX, y: e.clientY }, vb: this.viewBox, moved: false, pointerId: e.pointerId };
  }

  private startPinch(): void {
    const [a, b] = [...this.pointers.values()] as [Point, Point];
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    this.pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), mid, vb: this.viewBox };
    if (this.drag) this.drag.moved = true;
    else this.drag = { start: mid, vb: this.viewBox, moved: true, pointerId: -1 };
    this.setDragging(true);
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pinch && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      const p = this.pinch;
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const vp = this.viewport();
      const s0 = scaleOf(p.vb, vp);
      // The drawing point that was under the fingers' midpoint at the start stays under their midpoint now.
      const at = this.toDrawingIn(p.vb, p.mid);
      let vb = p.d > 0 && d > 0 ? zoomAt(p.vb, d / p.d, at, vp, this.limits) : p.vb;
      const s = scaleOf(vb, vp) || s0;
      vb = panBy(vb, -(mid.x - p.mid.x) / s, -(mid.y - p.mid.y) / s);
      this.set(vb);
      e.preventDefault();
      return;
    }
    const d = this.drag;
    if (!d || d.pointerId !== e.pointerId) return;
    const dx = e.clientX - d.start.x,
      dy = e.clientY - d.start.y;
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      d.moved = true;
      this.setDragging(true);
      // Firefox throws for a pointer that is no longer active (or a synthetic one): panning goes on without capture.
      try {
        this.options.svg()?.setPointerCapture(e.pointerId);
      } catch {
        /* not capturable */
      }
    }
    const s = scaleOf(d.vb, this.viewport());
    this.set(panBy(d.vb, -dx / s, -dy / s));
    e.preventDefault();
  }

  private onPointerEnd(e: PointerEvent, up: boolean): void {
    if (!this.pointers.delete(e.pointerId)) return;
    const d = this.drag;
    if (this.pinch && this.pointers.size < 2) {
      this.pinch = null;
      // One finger stays down: it carries on panning from here, without a jump.
      const [rest] = [...this.pointers.entries()];
      if (rest) this.drag = { start: { ...rest[1] }, vb: this.viewBox, moved: true, pointerId: rest[0] };
    }
    if (this.pointers.size > 0) return;
    if (d?.moved) {
      try {
        this.options.svg()?.releasePointerCapture(e.pointerId);
      } catch {
        /* was not captured */
      }
      // The click that ends a drag is swallowed (it fires straight after pointerup, in the same task).
      if (up) this.swallowUntil = performance.now() + 500;
    }
    this.drag = null;
    this.setDragging(false);
  }

  private onClickCapture(e: MouseEvent): void {
    if (!this.swallowUntil) return;
    const swallow = performance.now() <= this.swallowUntil;
    this.swallowUntil = 0;
    if (!swallow) return;
    e.stopPropagation();
    e.preventDefault();
  }

  private setDragging(on: boolean): void {
    if (this.isDragging === on) return;
    this.isDragging = on;
    this.host.requestUpdate();
  }

  private toDrawingIn(vb: ViewBox, client: Point): Point {
    const saved = this.vb;
    this.vb = vb;
    try {
      return this.toDrawing(client.x, client.y);
    } finally {
      this.vb = saved;
    }
  }

  private onWheel(e: WheelEvent): void {
    // A plain wheel scrolls the page: the drawing never traps scrolling. Ctrl/⌘ (and a trackpad pinch, which
    // Chromium and Firefox report as a ctrlKey wheel) zooms about the pointer.
    if (!(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const factor = Math.min(2, Math.max(0.5, Math.exp(-e.deltaY * unit * 0.002)));
    this.zoomBy(factor, this.toDrawing(e.clientX, e.clientY));
  }

  // Safari reports a trackpad pinch as gesture events (scale relative to the gesture's start).
  private readonly onGestureStart = (e: Event): void => {
    const g = e as GestureLike;
    e.preventDefault();
    this.gesture = { vb: this.viewBox, at: this.toDrawing(g.clientX, g.clientY) };
  };

  private readonly onGestureChange = (e: Event): void => {
    const g = e as GestureLike;
    if (!this.gesture || !(g.scale > 0)) return;
    e.preventDefault();
    this.set(zoomAt(this.gesture.vb, g.scale, this.gesture.at, this.viewport(), this.limits));
  };

  private readonly onGestureEnd = (e: Event): void => {
    e.preventDefault();
    this.gesture = null;
  };

  private onKeydown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.composedPath()[0] ?? e.target)) return;
    const vb = this.viewBox;
    const step = { x: vb.w / 8, y: vb.h / 8 };
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-step.x, 0],
      ArrowRight: [step.x, 0],
      ArrowUp: [0, -step.y],
      ArrowDown: [0, step.y],
    };
    if (e.key === '+' || e.key === '=') this.zoomIn();
    else if (e.key === '-' || e.key === '_') this.zoomOut();
    else if (e.key === '0') this.reset();
    else if (e.shiftKey && pan[e.key]) this.panBy(...pan[e.key]!);
    else return;
    e.preventDefault();
  }
}
