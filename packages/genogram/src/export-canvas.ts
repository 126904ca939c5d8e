/**
 * Draws an SVG document on a 2D canvas from its geometry and presentation attributes: rect, circle, ellipse, line,
 * polyline, polygon, path and text, with transforms, fill, stroke, dashes, opacity and fonts inherited as in SVG.
 * It never loads the SVG as an image, so it needs no `img-src blob:` or `data:` under a strict CSP. It draws what
 * the genogram's export writes; anything else (gradients, markers, clip paths) is not drawn.
 */

interface Paint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: number[];
  cap: CanvasLineCap;
  join: CanvasLineJoin;
  opacity: number;
  fillOpacity: number;
  strokeOpacity: number;
  font: { family: string; size: string; weight: string; style: string };
  anchor: string;
  baseline: string;
  visible: boolean;
}

const INITIAL: Paint = {
  fill: '#000000',
  stroke: 'none',
  strokeWidth: 1,
  dash: [],
  cap: 'butt',
  join: 'miter',
  opacity: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  font: { family: 'sans-serif', size: '16px', weight: '400', style: 'normal' },
  anchor: 'start',
  baseline: 'auto',
  visible: true,
};

const num = (v: string | null | undefined, d = 0): number => {
  const n = parseFloat(v ?? '');
  return Number.isFinite(n) ? n : d;
};
const numbers = (v: string | null): number[] =>
  (v ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);
const CAPS = new Set(['butt', 'round', 'square']);
const JOINS = new Set(['miter', 'round', 'bevel']);

/** The element's paint: its own presentation attributes over what it inherits. */
function paintOf(el: Element, inherited: Paint): Paint {
  const a = (n: string) => el.getAttribute(n)?.trim() || null;
  const p: Paint = { ...inherited, font: { ...inherited.font }, opacity: 1 };
  if (a('fill')) p.fill = a('fill')!;
  if (a('stroke')) p.stroke = a('stroke')!;
  if (a('stroke-width')) p.strokeWidth = num(a('stroke-width'), 1);
  if (a('stroke-dasharray')) p.dash = a('stroke-dasharray') === 'none' ? [] : numbers(a('stroke-dasharray')!.replace(/px/g, ''));
  if (a('stroke-linecap') && CAPS.has(a('stroke-linecap')!)) p.cap = a('stroke-linecap') as CanvasLineCap;
  if (a('stroke-linejoin') && JOINS.has(a('stroke-linejoin')!)) p.join = a('stroke-linejoin') as CanvasLineJoin;
  if (a('opacity')) p.opacity = num(a('opacity'), 1);
  if (a('fill-opacity')) p.fillOpacity = num(a('fill-opacity'), 1);
  if (a('stroke-opacity')) p.strokeOpacity = num(a('stroke-opacity'), 1);
  if (a('font-family')) p.font.family = a('font-family')!;
  if (a('font-size')) p.font.size = /^[\d.]+$/.test(a('font-size')!) ? `${a('font-size')}px` : a('font-size')!;
  if (a('font-weight')) p.font.weight = a('font-weight')!;
  if (a('font-style')) p.font.style = a('font-style')!;
  if (a('text-anchor')) p.anchor = a('text-anchor')!;
  if (a('dominant-baseline')) p.baseline = a('dominant-baseline')!;
  if (a('visibility')) p.visible = a('visibility') === 'visible';
  return p;
}

/** An SVG `transform` attribute as a matrix. */
export function transformOf(value: string | null): DOMMatrix {
  let m = new DOMMatrix();
  for (const [, fn, args] of (value ?? '').matchAll(/(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g)) {
    const n = numbers(args ?? '');
    if (fn === 'matrix' && n.length === 6) m = m.multiply(new DOMMatrix(n));
    else if (fn === 'translate') m = m.translate(n[0] ?? 0, n[1] ?? 0);
    else if (fn === 'scale') m = m.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
    else if (fn === 'rotate')
      m = m
        .translate(n[1] ?? 0, n[2] ?? 0)
        .rotate(n[0] ?? 0)
        .translate(-(n[1] ?? 0), -(n[2] ?? 0));
    else if (fn === 'skewX') m = m.skewX(n[0] ?? 0);
    else if (fn === 'skewY') m = m.skewY(n[0] ?? 0);
  }
  return m;
}

function pathOf(el: Element): Path2D | null {
  const a = (n: string) => num(el.getAttribute(n));
  const p = new Path2D();
  switch (el.localName) {
    case 'rect': {
      const w = a('width'),
        h = a('height');
      if (w <= 0 || h <= 0) return null;
      const r = Math.min(a('rx') || a('ry'), w / 2, h / 2);
      const x = a('x'),
        y = a('y');
      p.moveTo(x + r, y);
      p.arcTo(x + w, y, x + w, y + h, r);
      p.arcTo(x + w, y + h, x, y + h, r);
      p.arcTo(x, y + h, x, y, r);
      p.arcTo(x, y, x + w, y, r);
      p.closePath();
      return p;
    }
    case 'circle':
      p.arc(a('cx'), a('cy'), Math.max(a('r'), 0), 0, 2 * Math.PI);
      return p;
    case 'ellipse':
      p.ellipse(a('cx'), a('cy'), Math.max(a('rx'), 0), Math.max(a('ry'), 0), 0, 0, 2 * Math.PI);
      return p;
    case 'line':
      p.moveTo(a('x1'), a('y1'));
      p.lineTo(a('x2'), a('y2'));
      return p;
    case 'polyline':
    case 'polygon': {
      const n = numbers(el.getAttribute('points'));
      for (let i = 0; i + 1 < n.length; i += 2) {
        if (i) p.lineTo(n[i]!, n[i + 1]!);
        else p.moveTo(n[i]!, n[i + 1]!);
      }
      if (el.localName === 'polygon') p.closePath();
      return p;
    }
    case 'path':
      return new Path2D(el.getAttribute('d') ?? '');
    default:
      return null;
  }
}

const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };
const BASELINE: Record<string, CanvasTextBaseline> = {
  central: 'middle',
  middle: 'middle',
  hanging: 'hanging',
  'text-before-edge': 'top',
  'text-after-edge': 'bottom',
};
const SKIP = new Set(['title', 'desc', 'style', 'defs', 'metadata', 'script', 'foreignObject']);

function paint(ctx: CanvasRenderingContext2D, el: Element, p: Paint, alpha: number): void {
  if (!p.visible) return;
  if (el.localName === 'text') {
    const x = numbers(el.getAttribute('x'))[0] ?? 0,
      y = numbers(el.getAttribute('y'))[0] ?? 0;
    ctx.font = `${p.font.style} ${p.font.weight} ${p.font.size} ${p.font.family}`;
    ctx.textAlign = ALIGN[p.anchor] ?? 'left';
    ctx.textBaseline = BASELINE[p.baseline] ?? 'alphabetic';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (p.fill !== 'none') {
      ctx.globalAlpha = alpha * p.fillOpacity;
      ctx.fillStyle = p.fill;
      ctx.fillText(text, x, y);
    }
    return;
  }
  const path = pathOf(el);
  if (!path) return;
  if (p.fill !== 'none' && el.localName !== 'line') {
    ctx.globalAlpha = alpha * p.fillOpacity;
    ctx.fillStyle = '#000000';
    ctx.fillStyle = p.fill;
    ctx.fill(path);
  }
  if (p.stroke !== 'none' && p.strokeWidth > 0) {
    ctx.globalAlpha = alpha * p.strokeOpacity;
    ctx.strokeStyle = '#000000';
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.strokeWidth;
    ctx.setLineDash(p.dash.some((d) => d > 0) ? p.dash : []);
    ctx.lineCap = p.cap;
    ctx.lineJoin = p.join;
    ctx.stroke(path);
  }
}

function walk(ctx: CanvasRenderingContext2D, el: Element, base: DOMMatrix, inherited: Paint, alpha: number): void {
  if (SKIP.has(el.localName) || el.getAttribute('display') === 'none') return;
  const m = base.multiply(transformOf(el.getAttribute('transform')));
  const p = paintOf(el, inherited);
  const a = alpha * p.opacity;
  ctx.setTransform(m);
  paint(ctx, el, p, a);
  if (el.localName !== 'text') for (const child of Array.from(el.children)) walk(ctx, child, m, p, a);
}

export interface DrawOptions {
  /** Canvas pixels per SVG unit, before the limits below (2 by default). */
  scale?: number;
  maxWidth?: number;
  maxHeight?: number;
}

/** A canvas with the SVG drawn on it, on white, at `scale` pixels per unit within the size limits. */
export function drawSvg(root: Element, { scale = 2, maxWidth = 8000, maxHeight = 16000 }: DrawOptions = {}): HTMLCanvasElement {
  const vb = numbers(root.getAttribute('viewBox'));
  const W = vb.length === 4 ? vb[2]! : num(root.getAttribute('width'), 300);
  const H = vb.length === 4 ? vb[3]! : num(root.getAttribute('height'), 150);
  const k = Math.max(Math.min(scale, maxWidth / Math.max(W, 1), maxHeight / Math.max(H, 1)), 0.01);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(W * k));
  canvas.height = Math.max(1, Math.round(H * k));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const base = new DOMMatrix().scale(k, k).translate(vb.length === 4 ? -vb[0]! : 0, vb.length === 4 ? -vb[1]! : 0);
  for (const child of Array.from(root.children)) walk(ctx, child, base, INITIAL, 1);
  return canvas;
}
