/**
 * Forced colours (Windows high contrast) in tests, and contrast measured on what is actually painted.
 *
 *   const on = await forcedColors('dark');   // true where the engine can emulate it (Chromium); false elsewhere
 *   const r = drawingContrast(svg, { texts: 'text', marks: '.line, .emo path' });
 *   expect(r.failures).to.deep.equal([]);
 *   await forcedColors(null);                // always turn it off again (in afterEach)
 *
 * Colours are read from computed styles (in forced colours these are the forced palette's system colours); the
 * background of each item is what is painted under the middle of its box: the topmost filled SVG shape or HTML
 * background at that point (alpha composited), else the page's Canvas colour.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Rgba = [number, number, number, number];
export type Scheme = 'light' | 'dark';

/**
 * Turns forced colours on with a colour scheme, or off (null). Resolves true when the page now matches
 * `(forced-colors: active)` (Chromium), false where the engine cannot emulate it (Firefox, WebKit).
 */
export async function forcedColors(scheme: Scheme | null): Promise<boolean> {
  const ok = await executeServerCommand<boolean, { scheme: Scheme | null }>('forced-colors', { scheme }).then(
    (r) => r === true,
    () => false,
  );
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return scheme ? ok && matchMedia('(forced-colors: active)').matches : ok;
}

let probe: CanvasRenderingContext2D | null = null;

/** Any CSS colour (rgb(), hex, names, system colours, color(srgb ...)) as [r, g, b, a] with a from 0 to 1; null for none. */
export function parseColour(css: string): Rgba | null {
  if (!css || css === 'none' || css === 'transparent') return null;
  if (css.startsWith('url(')) return null;
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [+m[1]!, +m[2]!, +m[3]!, a];
  }
  probe ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!probe) return null;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const d = probe.getImageData(0, 0, 1, 1).data;
  return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
}

const lin = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** `top` painted over the opaque `under`. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
}

/** The page's Canvas colour (the forced palette's background in forced colours). */
export function canvasColour(): Rgba {
  const html = parseColour(getComputedStyle(document.documentElement).backgroundColor);
  const body = parseColour(getComputedStyle(document.body).backgroundColor);
  const probeEl = document.createElement('div');
  probeEl.style.setProperty('background-color', 'Canvas');
  document.body.append(probeEl);
  const sys = parseColour(getComputedStyle(probeEl).backgroundColor) ?? [255, 255, 255, 1];
  probeEl.remove();
  for (const c of [body, html]) if (c && c[3] > 0.99) return c;
  return sys;
}

const opacityOf = (el: Element) => {
  let o = 1;
  for (let e: Element | null = el; e && !(e instanceof HTMLElement); e = e.parentElement)
    o *= parseFloat(getComputedStyle(e).opacity || '1');
  return o;
};

/** The colour an element paints itself with (fill of an SVG shape, background of an HTML box), or null. */
function paintOf(el: Element): Rgba | null {
  const cs = getComputedStyle(el);
  if (el instanceof SVGGraphicsElement && !(el instanceof SVGGElement) && !(el instanceof SVGSVGElement)) {
    if (el instanceof SVGTextElement || el instanceof SVGTSpanElement) return null;
    const c = parseColour(cs.fill);
    if (!c || c[3] === 0) return null;
    const a = c[3] * parseFloat(cs.fillOpacity || '1') * opacityOf(el);
    return [c[0], c[1], c[2], a];
  }
  if (el instanceof HTMLElement) {
    const c = parseColour(cs.backgroundColor);
    return c && c[3] > 0 ? c : null;
  }
  return null;
}

/** What is painted under the middle of `el`'s box, leaving out `el` and its descendants. */
export function backgroundAt(el: Element, skip: (e: Element) => boolean = () => false): Rgba {
  const r = el.getBoundingClientRect();
  const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
  const root = el.getRootNode() as Document | ShadowRoot;
  const stack = (root.elementsFromPoint ? root.elementsFromPoint(x, y) : document.elementsFromPoint(x, y)).filter(
    (e) => e !== el && !el.contains(e) && !skip(e),
  );
  const layers: Rgba[] = [];
  for (const e of stack) {
    const p = paintOf(e);
    if (!p) continue;
    layers.push(p);
    if (p[3] >= 0.999) break;
  }
  let c = canvasColour();
  for (const l of layers.reverse()) c = over(l, c);
  return c;
}

/** The background of the nearest HTML box around `el` (across shadow roots) that paints one, else Canvas. */
export function boxBackground(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    if (!(e instanceof HTMLElement)) continue;
    const p = paintOf(e);
    if (!p) continue;
    layers.push(p);
    if (p[3] >= 0.999) break;
  }
  let c = canvasColour();
  for (const l of layers.reverse()) c = over(l, c);
  return c;
}

export interface ContrastItem {
  el: Element;
  /** The text, or the element's tag and class, for messages. */
  what: string;
  fg: Rgba;
  bg: Rgba;
  ratio: number;
}

export interface ContrastReport {
  texts: ContrastItem[];
  marks: ContrastItem[];
  /** "what: ratio (needed)" for each text under 4.5:1 and each mark under 3:1. */
  failures: string[];
}

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
};
const describe = (el: Element) =>
  `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${el.parentElement ? ` in .${[...el.parentElement.classList].join('.')}` : ''}`;
const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;

/**
 * Contrast of every text (fill or color against what is painted under its middle: 4.5:1) and every data line and
 * mark (stroke, else fill, against the background of the box the drawing sits in: 3:1) inside `root`. `texts` and
 * `marks` are selectors within it; hidden and empty items are left out.
 */
export function drawingContrast(root: Element, sel: { texts?: string; marks?: string }): ContrastReport {
  const report: ContrastReport = { texts: [], marks: [], failures: [] };
  for (const el of root.querySelectorAll(sel.texts ?? 'text')) {
    if (!visible(el) || !el.textContent?.trim()) continue;
    const cs = getComputedStyle(el);
    const raw = parseColour(el instanceof SVGElement ? cs.fill : cs.color);
    if (!raw) continue;
    const bg = backgroundAt(el);
    const fg = over([raw[0], raw[1], raw[2], raw[3] * opacityOf(el)], bg);
    const item = {
      el,
      what: `"${el.textContent.trim().slice(0, 40)}" (${describe(el)}, ${rgb(fg)} on ${rgb(bg)})`,
      fg,
      bg,
      ratio: contrast(fg, bg),
    };
    report.texts.push(item);
    if (item.ratio < 4.5) report.failures.push(`${item.what}: ${item.ratio.toFixed(2)}:1 (4.5 needed)`);
  }
  for (const el of root.querySelectorAll(sel.marks ?? '')) {
    if (!visible(el)) continue;
    const cs = getComputedStyle(el);
    const stroke = parseColour(cs.stroke);
    const width = parseFloat(cs.strokeWidth || '0');
    const raw = stroke && stroke[3] > 0 && width > 0 ? stroke : parseColour(cs.fill);
    if (!raw || raw[3] === 0) continue;
    const bg = boxBackground(el);
    const fg = over([raw[0], raw[1], raw[2], raw[3] * opacityOf(el)], bg);
    const item = { el, what: `${describe(el)} (${rgb(fg)} on ${rgb(bg)})`, fg, bg, ratio: contrast(fg, bg) };
    report.marks.push(item);
    if (item.ratio < 3) report.failures.push(`${item.what}: ${item.ratio.toFixed(2)}:1 (3 needed)`);
  }
  return report;
}
