/**
 * The genogram as files: a standalone SVG (the drawn family with its look written as presentation attributes, the
 * key as text) and a PNG drawn on a canvas from that same SVG's geometry. Neither inserts a `<style>` element nor
 * loads an image, so both work under a strict Content-Security-Policy (`style-src 'self'`, `img-src 'self'`).
 * Downloads go through core's `download()` with its one file-name rule.
 */
import { render, type SVGTemplateResult } from 'lit';
import { download, safeFileName } from '@opencasework/core';
import type { GenogramModel } from './layout/model.js';
import { f1 } from './views/context.js';

const NS = 'http://www.w3.org/2000/svg';

export interface SvgExport {
  model: GenogramModel;
  /** The live drawing: its children are copied (without focus stops or tips). */
  live: SVGSVGElement | null | undefined;
  title: string;
  legendHeading: string;
  legend: string[];
  /**
   * Every person's words (the drawing's `g.labels` layer), when the live drawing leaves out those of people out of
   * view: drawn into the live svg for the moment of copying (their look is read from it), and copied instead.
   */
  labels?: SVGTemplateResult;
}

/** The drawing's width in the file: at least 400 units, like the first view. */
const widthOf = (m: GenogramModel) => Math.max(m.width, 400);

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan']);
/** What the drawing's stylesheet sets, read from the live drawing and written on each copied shape. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
const LEGEND_TEXT = { 'font-family': 'sans-serif', 'font-size': '13px', fill: '#0b0c0c' };

/** Copies the computed look of each live shape onto its copy as presentation attributes (no stylesheet needed). */
function copyLook(live: Element, copy: Element): void {
  const from = [live, ...Array.from(live.querySelectorAll('*'))];
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const c = to[i];
    if (!c) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') c.setAttribute('display', 'none');
    if (!SHAPES.has(el.localName)) return;
    for (const p of PAINT) {
      const v = cs.getPropertyValue(p).trim();
      if (v) c.setAttribute(p, p === 'stroke-dasharray' || p === 'stroke-width' ? v.replace(/px/g, '') : v);
    }
  });
}

/** The standalone SVG as a document (serialise it with `XMLSerializer`). */
export function svgExportDocument({ model: m, live, title, legendHeading, legend, labels }: SvgExport): XMLDocument {
  const legendH = 30 + legend.length * 18;
  const W = widthOf(m),
    H = m.height + legendH;
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const make = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = doc.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  for (const [k, v] of Object.entries({ viewBox: `0 0 ${f1(W)} ${f1(H)}`, width: Math.round(W), height: Math.round(H), role: 'img' }))
    root.setAttribute(k, String(v));
  root.appendChild(make('title', {}, title));
  root.appendChild(make('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  const layer = labels ? live?.querySelector(':scope > g.labels') : null;
  const every = layer ? document.createElementNS(NS, 'g') : null;
  if (layer && every) {
    layer.after(every); // never painted: it is gone again before this function returns
    render(labels, every);
  }
  try {
    for (const child of Array.from(live?.children ?? [])) {
      const from = child === every ? every.firstElementChild : child === layer ? null : child; // every label, not the few
      if (!from) continue;
      const clone = doc.importNode(from, true);
      copyLook(from, clone);
      clone.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
      clone.querySelectorAll('.tip').forEach((n) => n.remove()); // the tip
      if (clone.classList.contains('tip')) continue;
      root.appendChild(clone);
    }
  } finally {
    every?.remove();
  }
  const lg = make('g', { class: 'export-legend' });
  lg.appendChild(make('text', { x: 20, y: m.height + 20, ...LEGEND_TEXT }, legendHeading));
  legend.forEach((l, i) => lg.appendChild(make('text', { x: 20, y: m.height + 40 + i * 18, ...LEGEND_TEXT }, `• ${l}`)));
  root.appendChild(lg);
  // Lit leaves comment markers in the live DOM; they are harmless but not needed in a file
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  return doc;
}

export function svgDocument(options: SvgExport): string {
  return new XMLSerializer().serializeToString(svgExportDocument(options));
}

/**
 * The exported SVG drawn on a canvas as a PNG: twice its size, at most 8000 pixels wide (and 16000 high). Drawn
 * shape by shape from the document's geometry, never by loading the SVG as an image (`blob:` and `data:` images
 * are blocked by `img-src 'self'`).
 */
export async function pngFromSvg(doc: XMLDocument): Promise<Blob> {
  // The canvas drawing loads on demand (its own chunk): only a PNG export needs it.
  const { drawSvg } = await import('./export-canvas.js');
  const canvas = drawSvg(doc.documentElement, { scale: 2, maxWidth: 8000, maxHeight: 16000 });
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no image'))), 'image/png'),
  );
}

/** The genogram as a PNG, drawn from its export document. */
export const pngOf = (options: SvgExport): Promise<Blob> => {
  try {
    return pngFromSvg(svgExportDocument(options));
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
};

/** Saves the SVG or PNG as "genogram-<case id>.svg" (or ".png"); the case id is made safe as a file name. */
export function saveFile(caseId: string, kind: 'svg' | 'png', data: string | Blob, root?: Node): void {
  const name = safeFileName('genogram', caseId || 'family');
  if (kind === 'svg') download(name, 'svg', [data], 'image/svg+xml', root);
  else download(name, 'png', data instanceof Blob ? data : [data], 'image/png', root);
}
