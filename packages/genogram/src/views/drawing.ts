/** The drawing's content (households, family lines, emotional overlay, people, tip): drawn live and copied for export. */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { focusPaint, nearBox, styleProps, viewBoxAttr, type ViewBox, type ViewBoxHandlers } from '@opencasework/core';
import type { ChildLinksById, Model } from '../genogram-model.js';
import { f1, type Words } from './context.js';
import { householdName } from '../messages/index.js';
import { STATUS_REACH, lineView, overlayView, statusLabelView, tipView, type TipHandler } from './lines.js';
import { LABEL_REACH, personLabelView, personView, type PersonContext } from './person.js';

export interface DrawingContext {
  model: Model;
  words: Words;
  linksByChild: ChildLinksById;
  familyFacing: boolean;
  showEmotional: boolean;
  showHouseholds: boolean;
  /** The selected person's id, or ''. */
  selectedId: string;
  /** The people a selected chronology entry concerns. */
  highlighted: ReadonlySet<string>;
  /** The disputed line whose tip shows, or ''. */
  tipId: string;
  onTip: TipHandler;
  /** What each person is to the index child, in words ("Tyler's mother"). */
  kin: ReadonlyMap<string, string>;
  /** A click in the people layer (the svg swallows the click that ends a drag before it gets here). */
  onClick: (e: MouseEvent) => void;
  /**
   * Draw the words of the people near this part of the drawing only (core's `DrawnRegionController`): the rest are
   * not laid out. Undefined: everyone's.
   */
  labelRegion?: ViewBox;
}

function households(ctx: DrawingContext): SVGTemplateResult {
  return svg`<g class="households">${ctx.model.households.map(
    (h) => svg`<g class="household">
    ${h.rects.map((r, i) => svg`<rect x=${f1(r.x)} y=${f1(r.y)} width=${f1(r.w)} height=${f1(r.h)} rx="14">${i === 0 ? svg`<title>${householdName(h, ctx.words)}</title>` : nothing}</rect>`)}
    ${h.links.map((l) => svg`<line x1=${f1(l[0]![0])} y1=${f1(l[0]![1])} x2=${f1(l[1]![0])} y2=${f1(l[1]![1])}></line>`)}
  </g>`,
  )}</g>`;
}

/** About how wide a household's name is drawn, in units (13 px text: generously 8 units a character). */
const nameWidth = (name: string) => 8 * name.length;

/**
 * Each household's name inside the foot of its boundary, in the word layer (over the lines that cross it), for the
 * households whose name reaches into `region` (all when undefined). The boundary's own `<title>` names it too.
 */
function householdNames(ctx: DrawingContext, region: ViewBox | undefined): SVGTemplateResult[] {
  if (!ctx.showHouseholds) return [];
  const out: SVGTemplateResult[] = [];
  for (const h of ctx.model.households) {
    const r = h.rects[0];
    if (!r) continue;
    const name = householdName(h, ctx.words);
    const x = r.x + 8,
      y = r.y + r.h - 6,
      half = nameWidth(name) / 2;
    if (region && !nearBox(region, x + half, y, half + 16)) continue;
    out.push(svg`<text class="household-name" x=${f1(x)} y=${f1(y)}>${name}</text>`);
  }
  return out;
}

const personContext = (ctx: DrawingContext): PersonContext => ({
  words: ctx.words,
  asAt: ctx.model.asAt,
  soft: ctx.familyFacing,
  linksByChild: ctx.linksByChild,
  kin: ctx.kin,
  graph: ctx.model.graph,
});

const stateOf = (ctx: DrawingContext, id: string) => ({ selected: id === ctx.selectedId, highlighted: ctx.highlighted.has(id) });

/**
 * The drawing's words, one layer over the symbols and lines so that no line crosses them, hidden from assistive
 * technology (each symbol, partnership and household is named in full): households' names, partnerships' status
 * ("m. 2012") and the people's words, those near `region` only, or all. Also what an export draws for the whole family.
 */
export function labelsView(ctx: DrawingContext, region: ViewBox | undefined): SVGTemplateResult {
  const m = ctx.model;
  const personCtx = personContext(ctx);
  const nodes = region ? m.nodes.filter((n) => nearBox(region, n.x, n.y, LABEL_REACH)) : m.nodes;
  const partners = m.edges.filter((e) => e.kind === 'partner' && e.mid && (!region || nearBox(region, e.mid[0], e.mid[1], STATUS_REACH)));
  return svg`<g class="labels" aria-hidden="true">${householdNames(ctx, region)}${partners.map((e) => statusLabelView(e, ctx.words))}${repeat(
    nodes,
    (n) => n.id,
    (n) => personLabelView(n, m.graph.byId.get(n.id)!, personCtx, stateOf(ctx, n.id)),
  )}</g>`;
}

export function drawingView(ctx: DrawingContext): SVGTemplateResult {
  const { model: m, words } = ctx;
  const personCtx = personContext(ctx);
  // people in the document (what a screen reader lists) by generation, top to bottom, then left to right
  const nodes = [...m.nodes].sort((a, b) => a.y - b.y || a.x - b.x);
  return svg`
    ${ctx.showHouseholds ? households(ctx) : nothing}
    <g class="lines">${m.edges.map((e) => lineView(e, words, ctx.onTip, m.graph))}</g>
    ${ctx.showEmotional ? svg`<g class="emotional">${m.edges.filter((e) => e.kind === 'emotional' || e.kind === 'support').map((e) => overlayView(e, m.graph, words))}</g>` : nothing}
    <g class="people" @click=${ctx.onClick}>${repeat(
      nodes,
      (n) => n.id,
      (n) => personView(n, m.graph.byId.get(n.id)!, personCtx, stateOf(ctx, n.id)),
    )}</g>
    ${labelsView(ctx, ctx.labelRegion)}
    ${ctx.tipId ? tipView(m, ctx.tipId, words, ctx.onTip) : nothing}
  `;
}

export interface DiagramContext extends DrawingContext {
  viewBox: ViewBox;
  /** A drag is panning (the grabbing cursor). */
  dragging: boolean;
  /** Core's pan and zoom handlers (ViewBoxController). */
  handlers: ViewBoxHandlers;
  /** Keys on the drawing: pan and zoom, then family navigation and Enter. */
  onKey: (e: KeyboardEvent) => void;
  /** The drawing's height in units: the frame is no taller than the drawing at 100% (nor than 70% of the window). */
  height: number;
  /**
   * Draw the frame only: the host measures the empty frame and writes the first view, then renders the content, so
   * the whole drawing is laid out once, at its first view.
   */
  pending: boolean;
}

/** The drawing in its frame: one focus stop (a roving tabindex over the people), pan and zoom on the svg. */
export function diagramView(ctx: DiagramContext): TemplateResult {
  const { viewBox: vb, handlers: h, words: w } = ctx;
  return html`<div class="canvas" ${styleProps({ '--_drawing-h': `${Math.ceil(Math.max(ctx.height, 240)) + 4}px` })}>
    <svg class="drawing ${ctx.dragging ? 'dragging' : ''}" part="drawing" xmlns="http://www.w3.org/2000/svg"
      viewBox=${live(viewBoxAttr(vb))} preserveAspectRatio="xMidYMin meet" role="group"
      aria-label=${`${w.t('svgLabel', { count: ctx.model.nodes.length })} ${w.t('svgHelp')}`} aria-roledescription=${w.t('title')}
      @keydown=${ctx.onKey} @click=${h.clickCapture} @pointerdown=${h.pointerdown} @pointermove=${h.pointermove}
      @pointerup=${h.pointerup} @pointercancel=${h.pointercancel} @wheel=${h.wheel}>
      ${focusPaint}
      ${ctx.pending ? nothing : drawingView(ctx)}
    </svg>
  </div>`;
}
