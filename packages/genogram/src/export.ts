/**
 * The genogram as files: a standalone SVG (the drawn family, its stylesheet inlined, the key as text) and a PNG
 * drawn from that SVG. Downloads go through core's `download()` with its one file-name rule.
 */
import { download, safeFileName } from '@opencasework/core';
import type { GenogramModel } from './layout/model.js';
import { drawingCss } from './drawing-styles.js';
import { f1 } from './views/context.js';

const NS = 'http://www.w3.org/2000/svg';

export interface SvgExport {
  model: GenogramModel;
  /** The live drawing: its children are copied (without focus stops or tips). */
  live: SVGSVGElement | null | undefined;
  title: string;
  legendHeading: string;
  legend: string[];
}

/** The drawing's width in the file: at least 400 units, like the first view. */
const widthOf = (m: GenogramModel) => Math.max(m.width, 400);

export function svgDocument({ model: m, live, title, legendHeading, legend }: SvgExport): string {
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
  root.appendChild(make('style', {}, drawingCss));
  root.appendChild(make('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  for (const child of Array.from(live?.children ?? [])) {
    const clone = doc.importNode(child, true);
    clone.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
    clone.querySelectorAll('.tip').forEach((n) => n.remove());
    root.appendChild(clone);
  }
  const lg = make('g', { class: 'export-legend' });
  lg.appendChild(make('text', { x: 20, y: m.height + 20 }, legendHeading));
  legend.forEach((l, i) => lg.appendChild(make('text', { x: 20, y: m.height + 40 + i * 18 }, `• ${l}`)));
  root.appendChild(lg);
  // Lit leaves comment markers in the live DOM; they are harmless but not needed in a file
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  return new XMLSerializer().serializeToString(doc);
}

/** An SVG document drawn on a canvas as a PNG: twice its size, at most 8000 pixels wide. */
export async function pngFromSvg(text: string, m: GenogramModel): Promise<Blob> {
  const W = widthOf(m);
  const H = m.height + 30 + 18 * 60;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be read as an image'));
      img.src = url;
    });
    const k = Math.min(2, 8000 / Math.max(img.naturalWidth || W, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round((img.naturalWidth || W) * k);
    canvas.height = Math.round((img.naturalHeight || H) * k);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no image'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the SVG or PNG as "genogram-<case id>.svg" (or ".png"). */
export function saveFile(caseId: string, kind: 'svg' | 'png', data: string | Blob, root?: Node): void {
  const name = safeFileName('genogram', caseId || 'family');
  if (kind === 'svg') download(name, 'svg', [data], 'image/svg+xml', root);
  else download(name, 'png', data instanceof Blob ? data : [data], 'image/png', root);
}
