/**
 * Pan and zoom arithmetic for an SVG viewBox: pure, no DOM, so it can be tested and reused on its own.
 * Every drawing (genogram, family network) pans and zooms through these functions and `ViewBoxController`;
 * the behaviour is written down in docs/decisions/0005-pan-and-zoom.md.
 *
 * Units: a ViewBox and `at` points are in drawing units; a viewport is the svg's client size in CSS pixels;
 * a scale is CSS pixels per drawing unit, as the browser draws it with `preserveAspectRatio` "meet" (the default).
 */

export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** Zoom limits as scale factors (CSS px per drawing unit). */
export interface ZoomLimits {
  min: number;
  max: number;
}
export interface Viewport {
  width: number;
  height: number;
}

export const DEFAULT_ZOOM_LIMITS: ZoomLimits = { min: 0.1, max: 8 };

const positive = (n: number): boolean => Number.isFinite(n) && n > 0;

/**
 * CSS pixels per drawing unit for a viewBox shown in a viewport with `preserveAspectRatio` meet: the smaller of the
 * two axis ratios (the drawing is letterboxed on the other axis). A viewport with no size on one axis uses the other;
 * with no size at all the scale is 1.
 */
export function scaleOf(vb: ViewBox, viewport: Viewport): number {
  const sx = positive(viewport.width) && positive(vb.w) ? viewport.width / vb.w : NaN;
  const sy = positive(viewport.height) && positive(vb.h) ? viewport.height / vb.h : NaN;
  if (Number.isNaN(sx) && Number.isNaN(sy)) return 1;
  if (Number.isNaN(sx)) return sy;
  if (Number.isNaN(sy)) return sx;
  return Math.min(sx, sy);
}

/**
 * The viewBox that shows all of `bounds` (plus `padding` drawing units on every side), centred, with the
 * viewport's aspect ratio, so the whole viewport is used and nothing is cut off. With no viewport size, the padded
 * bounds themselves.
 */
export function fitViewBox(bounds: ViewBox, viewport: Viewport, padding = 0): ViewBox {
  const b = {
    x: bounds.x - padding,
    y: bounds.y - padding,
    w: Math.max(bounds.w + 2 * padding, 1e-6),
    h: Math.max(bounds.h + 2 * padding, 1e-6),
  };
  if (!positive(viewport.width) || !positive(viewport.height)) return b;
  const s = Math.min(viewport.width / b.w, viewport.height / b.h);
  const w = viewport.width / s,
    h = viewport.height / s;
  return { x: b.x - (w - b.w) / 2, y: b.y - (h - b.h) / 2, w, h };
}

/**
 * Zooms by `factor` (2 = twice as large on screen) about `at` (drawing units): the point under `at` stays where it
 * is on screen. The resulting scale stays within `limits`; a zoom that starts outside them never moves further out
 * (zooming out from below the minimum does nothing, it does not jump in).
 */
export function zoomAt(
  vb: ViewBox,
  factor: number,
  at: { x: number; y: number },
  viewport: Viewport,
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
): ViewBox {
  if (!positive(factor)) return vb;
  const s = scaleOf(vb, viewport);
  let next = s * factor;
  if (factor < 1) next = Math.max(next, Math.min(limits.min, s));
  else next = Math.min(next, Math.max(limits.max, s));
  const k = next / s;
  if (!positive(k) || k === 1) return vb;
  return { x: at.x - (at.x - vb.x) / k, y: at.y - (at.y - vb.y) / k, w: vb.w / k, h: vb.h / k };
}

/** Moves the view by dx, dy drawing units (positive dx shows what is further right). */
export function panBy(vb: ViewBox, dx: number, dy: number): ViewBox {
  return { ...vb, x: vb.x + dx, y: vb.y + dy };
}

/** The same size of view, centred on x, y. */
export function centreOn(vb: ViewBox, x: number, y: number): ViewBox {
  return { ...vb, x: x - vb.w / 2, y: y - vb.h / 2 };
}

/**
 * The smallest pan that brings `box` (drawing units) inside the view with `padding` to spare on each side; the
 * view unchanged when it is already inside. A box larger than the view is centred.
 */
export function revealIn(vb: ViewBox, box: { x: number; y: number; w?: number; h?: number }, padding = 0): ViewBox {
  const bw = box.w ?? 0,
    bh = box.h ?? 0;
  const axis = (start: number, size: number, b: number, bs: number): number => {
    if (bs + 2 * padding > size) return b + bs / 2 - size / 2;
    if (b - padding < start) return b - padding;
    if (b + bs + padding > start + size) return b + bs + padding - size;
    return start;
  };
  const x = axis(vb.x, vb.w, box.x, bw),
    y = axis(vb.y, vb.h, box.y, bh);
  return x === vb.x && y === vb.y ? vb : { ...vb, x, y };
}

/**
 * The `viewBox` attribute for a view, to a tenth of a unit: what hosts render and what `ViewBoxController.settle()`
 * writes, so that a render after a settle finds the same text and the drawing is not laid out again.
 */
export function viewBoxAttr(vb: ViewBox): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  return `${f(vb.x)} ${f(vb.y)} ${f(vb.w)} ${f(vb.h)}`;
}

/**
 * What an svg shows of its drawing, in drawing units: its viewBox widened to the viewport's proportions, about the
 * same centre (with `preserveAspectRatio` meet the drawing is letterboxed, so more than the viewBox shows along one
 * axis). The viewBox itself when the viewport has no size.
 */
export function shownArea(vb: ViewBox, viewport: Viewport): ViewBox {
  if (!positive(viewport.width) || !positive(viewport.height)) return vb;
  const s = scaleOf(vb, viewport);
  const w = Math.max(vb.w, viewport.width / s),
    h = Math.max(vb.h, viewport.height / s);
  return { x: vb.x - (w - vb.w) / 2, y: vb.y - (h - vb.h) / 2, w, h };
}

/** True when `inner` lies wholly inside `outer`. */
export function containsBox(outer: ViewBox, inner: ViewBox): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

/** True when the point (x, y), with `pad` drawing units around it, reaches into `box`. */
export function nearBox(box: ViewBox, x: number, y: number, pad = 0): boolean {
  return x + pad >= box.x && x - pad <= box.x + box.w && y + pad >= box.y && y - pad <= box.y + box.h;
}
