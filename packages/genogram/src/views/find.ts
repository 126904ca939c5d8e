/**
 * "Find a person" and the first view: matching a typed name to people in the drawing, the words that say what was
 * found, the small form, and the box the first view centres on (the case's children and their parents).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { centreOn, zoomAt, type ViewBox, type Viewport, type ZoomLimits } from '@opencasework/core';
import type { GenogramModel, NodeModel, Rect } from '../layout/model.js';
import { NODE_W, SYMBOL } from '../layout/coordinates.js';
import type { Words } from './context.js';

/**
 * The smallest zoom at which names (13 px in the drawing) are still 12 CSS px: a little over 12/13, so that the
 * viewBox's rounding to a tenth of a unit never draws them at 11.99 px.
 */
export const READABLE = 12.1 / 13;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** People whose name contains the query (ignoring case and accents): whole-name starts first, then word starts. */
export function findPeople(m: GenogramModel, query: string): NodeModel[] {
  const q = fold(query);
  if (!q) return [];
  const rank = (n: NodeModel) => {
    const name = fold(n.name);
    if (name.startsWith(q)) return 0;
    if (name.split(/\s+/).some((w) => w.startsWith(q))) return 1;
    return name.includes(q) ? 2 : -1;
  };
  return m.nodes
    .map((n) => ({ n, r: rank(n) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || Number(b.n.index) - Number(a.n.index) || a.n.y - b.n.y || a.n.x - b.n.x)
    .map((x) => x.n);
}

/** What a search found, in words (announced and shown under the field). */
export function findMessage(w: Words, query: string, hits: NodeModel[]): string {
  const first = hits[0];
  if (!query.trim()) return '';
  if (!first) return w.t('find.none', { query: query.trim() });
  return hits.length > 1 ? w.t('find.more', { name: first.name, count: hits.length - 1 }) : w.t('find.found', { name: first.name });
}

/** The box of the case's children (or the focused person) and their parents, with room for labels. */
export function firstViewBox(
  m: GenogramModel & { graph: { parentRels: Map<string, { parentId: string }[]> } },
  focusId?: string,
): Rect | undefined {
  const byId = new Map(m.nodes.map((n) => [n.id, n] as const));
  const centre = focusId && byId.has(focusId) ? [focusId] : m.nodes.filter((n) => n.index).map((n) => n.id);
  if (!centre.length) return undefined;
  const ids = new Set(centre);
  for (const c of centre) for (const r of m.graph.parentRels.get(c) ?? []) ids.add(r.parentId);
  const ns = [...ids].map((id) => byId.get(id)).filter((n): n is NodeModel => !!n);
  const x0 = Math.min(...ns.map((n) => n.x)) - NODE_W / 2,
    x1 = Math.max(...ns.map((n) => n.x)) + NODE_W / 2;
  const y0 = Math.min(...ns.map((n) => n.y)) - SYMBOL,
    y1 = Math.max(...ns.map((n) => n.y)) + SYMBOL + 40;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The view centred on the box, zoomed out (never below `READABLE`) when the box does not fit at 100%. */
export function centredFirstView(vb: ViewBox, viewport: Viewport, box: Rect | undefined, limits: ZoomLimits): ViewBox {
  if (!box) return vb;
  const at = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const k = Math.min(1, vb.w / (box.w + 160), vb.h / (box.h + 60));
  const zoomed = k < 1 ? zoomAt(vb, Math.max(k, READABLE), at, viewport, limits) : vb;
  return centreOn(zoomed, at.x, at.y);
}

export interface FindContext {
  words: Words;
  /** What the last search found, in words. */
  message: string;
  onFind: (query: string) => void;
}

export function findView({ words: w, message, onFind }: FindContext): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).querySelector('input');
    onFind(input?.value ?? '');
  };
  return html`<form class="find" role="search" @submit=${submit}>
    <div class="field">
      <label for="find">${w.t('find.label')}</label>
      <p class="cw-hint" id="find-hint">${w.t('find.hint')}</p>
      <div class="find-row">
        <input id="find" type="search" autocomplete="off" aria-describedby="find-hint" />
        <button type="submit" class="secondary">${w.t('find.button')}</button>
      </div>
    </div>
    ${message ? html`<p class="find-message">${message}</p>` : nothing}
  </form>`;
}
