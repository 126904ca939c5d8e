/** The lines of the drawing: partnerships (status, slashes, dates), child lines by kind, twin bars, disputed-parentage marks and their tip, emotional and support overlays. */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { FamilyGraph } from '../layout/family-graph.js';
import type { EdgeModel, GenogramModel, Point } from '../layout/model.js';
import { emotionalPaths } from '../layout/emotional-paths.js';
import { emotionalTone } from '../legend.js';
import { capitalise, f1, type Words } from './context.js';
import { togetherEarlier } from '../text-view.js';

const pts = (p: Point[]) => p.map(([x, y]) => `${f1(x)},${f1(y)}`).join(' ');

/** Shows or hides the tip of a disputed-parentage mark ('' hides it). */
export type TipHandler = (edgeId: string) => void;

const nameOf = (g: FamilyGraph, id: string | undefined) => (id ? (g.byId.get(id)?.name ?? '') : '');

/**
 * A partnership in words for screen readers ("Kelly and Dan: married since 2017"), the year being that of the status,
 * and, while it lasts, when the couple got together where that was earlier ("married since 1998, together since
 * 1996"): the drawn label is abbreviated.
 */
function partnershipWords(e: EdgeModel, words: Words, g: FamilyGraph): string {
  const [a, b] = [nameOf(g, e.a), nameOf(g, e.b)];
  if (!a || !b) return '';
  const status = words.t(`partnerStatus.${e.unrecorded ? 'unrecorded' : (e.status ?? 'unrecorded')}`);
  const known = !e.dateUnknown && !e.unrecorded;
  const year = known ? (e.statusOn ?? '').slice(0, 4) : '';
  const said = words.t(year ? 'a11y.partnershipSince' : 'a11y.partnership', { a, b, status, year });
  const y = (d: string) => d.slice(0, 4);
  return known && e.status && e.from && togetherEarlier(e.status, e.statusOn, e.from, y)
    ? `${said}, ${words.t('togetherSince', { date: y(e.from) })}`
    : said;
}

/** How far a partnership's drawn status ("m. 2012", "date unknown") reaches from the middle of its line, in units. */
export const STATUS_REACH = 60;

/** A partnership's status as drawn above its line ("m. 2012"), or '' when there is none to draw. */
function statusText(e: EdgeModel, words: Words): string {
  if (e.kind !== 'partner' || !e.mid) return '';
  // the year of the status itself ("m. 1998"), never the year the partnership began ("m. 1996" for living together then)
  const year = e.statusOn;
  return e.dateUnknown
    ? words.t('dateUnknown')
    : e.status && year
      ? `${words.t(`partnerStatusShort.${e.status}`)} ${year.slice(0, 4)}`
      : '';
}

/**
 * A partnership's status above the middle of its line, in the drawing's word layer (over the lines, so that no line
 * crosses it); hidden from assistive technology, which hears the partnership's own words. Nothing when it has none.
 */
export function statusLabelView(e: EdgeModel, words: Words): SVGTemplateResult | typeof nothing {
  const label = statusText(e, words);
  return label
    ? svg`<text class="status-label" aria-hidden="true" data-for=${e.id} x=${f1(e.mid![0])} y=${f1(e.mid![1] - 8)}>${label}</text>`
    : nothing;
}

/** A partner line: solid, dashed or dotted by status, slashes for separated and divorced (its "m. 2012": statusLabelView). */
function partnershipLine(e: EdgeModel, words: Words, g: FamilyGraph): SVGTemplateResult {
  const cls = `line partner st-${e.unrecorded ? 'unrecorded' : e.status}`;
  const horizontal = e.points.length === 2;
  const mark = e.markAt ?? e.mid;
  const slashes = e.status === 'separated' ? [0] : e.status === 'divorced' ? [-5, 5] : [];
  const said = partnershipWords(e, words, g);
  // each partnership is its own item for screen readers, in words; the drawn abbreviations are hidden from them
  return svg`<g class="partner-line" data-id=${e.id} role=${said ? 'img' : nothing} aria-label=${said || nothing}>
    <polyline class=${cls} points=${pts(e.points)}></polyline>
    ${e.consanguineous && horizontal ? svg`<polyline class=${cls} points=${pts(e.points.map(([x, y]) => [x, y + 5] as Point))}></polyline>` : nothing}
    ${mark ? slashes.map((dx) => svg`<line class="slash" x1=${f1(mark[0] + dx - 4)} y1=${f1(mark[1] + 6)} x2=${f1(mark[0] + dx + 4)} y2=${f1(mark[1] - 6)}></line>`) : nothing}
  </g>`;
}

/** Whose parentage a disputed child line is about: "whether Jordan Price is Alfie Price's parent", and its source. */
export function disputedWords(e: EdgeModel, words: Words, g: FamilyGraph): string {
  const child = nameOf(g, e.b);
  const parents = (g.parentRels.get(e.b ?? '') ?? [])
    .filter((r) => r.disputed && e.relIds.includes(r.id))
    .map((r) => nameOf(g, r.parentId));
  const what =
    child && parents.length ? words.t('a11y.disputedOf', { parent: parents.join(', '), child }) : capitalise(words.t('disputed'));
  return `${what}${e.source ? `. ${words.t('source', { source: e.source })}` : ''}`;
}

/**
 * A child or descent line, with a "?" when the parentage is disputed. The mark is not a tab stop: what it says is in
 * the child's accessible name, and its tip also shows when the child has keyboard focus.
 */
function childLine(e: EdgeModel, words: Words, onTip: TipHandler, g: FamilyGraph): SVGTemplateResult {
  const cls = `line ct-${e.childType ?? 'biological'}${e.disputed ? ' disputed' : ''}`;
  const line = svg`<polyline class=${cls} points=${pts(e.points)} data-id=${e.id}></polyline>`;
  if (e.kind !== 'child' || !e.disputed) return line;
  const [a, b] = [e.points[0]!, e.points[e.points.length - 1]!];
  const mx = (a[0] + b[0]) / 2 + 12,
    my = (a[1] + b[1]) / 2;
  const text = disputedWords(e, words, g);
  return svg`${line}<g class="dispute-mark" role="img" aria-label=${text} data-tip=${e.id}
    @pointerenter=${() => onTip(e.id)} @pointerleave=${() => onTip('')}>
    <circle cx=${f1(mx)} cy=${f1(my)} r="14"></circle><text x=${f1(mx)} y=${f1(my)} aria-hidden="true">?</text></g>`;
}

/** The family lines (not the emotional overlay). */
export function lineView(e: EdgeModel, words: Words, onTip: TipHandler, g: FamilyGraph): SVGTemplateResult | typeof nothing {
  if (e.kind === 'emotional' || e.kind === 'support') return nothing;
  if (e.kind === 'partner') return partnershipLine(e, words, g);
  if (e.kind === 'twin-bar') return svg`<polyline class="line" points=${pts(e.points)}></polyline>`;
  return childLine(e, words, onTip, g);
}

/**
 * The tip beside a disputed-parentage mark: whose parentage and its source (WCAG 1.4.13: it stays while the pointer
 * is over it, and Escape closes it). Hidden from screen readers, which have the same words in the mark's name.
 */
export function tipView(
  m: GenogramModel & { graph: FamilyGraph },
  tipId: string,
  words: Words,
  onTip: TipHandler,
): SVGTemplateResult | typeof nothing {
  const e = m.edges.find((x) => x.id === tipId);
  if (!e) return nothing;
  const [a, b] = [e.points[0]!, e.points[e.points.length - 1]!];
  const x = (a[0] + b[0]) / 2 + 28,
    y = (a[1] + b[1]) / 2 - 14;
  const said = disputedWords(e, words, m.graph);
  const lines = [...wrapWords(said, 62), words.t('a11y.tipHint')];
  const w = Math.min(440, Math.max(...lines.map((l) => l.length)) * 6.8 + 16);
  return svg`<g class="tip" aria-hidden="true" @pointerenter=${() => onTip(tipId)} @pointerleave=${() => onTip('')}><rect x=${f1(x)} y=${f1(y)} width=${f1(w)} height=${lines.length * 16 + 10}></rect>
    ${lines.map((l, i) => svg`<text x=${f1(x + 8)} y=${f1(y + 18 + i * 16)}>${l}</text>`)}</g>`;
}

/** Splits words into lines of at most `max` characters. */
function wrapWords(text: string, max: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out[out.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** An emotional relationship or informal support, drawn over the family. */
export function overlayView(e: EdgeModel, graph: FamilyGraph, words: Words): SVGTemplateResult {
  const a = graph.byId.get(e.a!)?.name ?? e.a!,
    b = graph.byId.get(e.b!)?.name ?? e.b!;
  const at = labelPoint(e);
  const unknown = e.dateUnknown
    ? svg`<text class="undated-label" x=${f1(at[0])} y=${f1(at[1] + 16)}>${words.t('dateUnknown')}</text>`
    : nothing;
  if (e.kind === 'support') {
    const [p0, c, p1] = e.points as [Point, Point, Point];
    const d = e.polyline
      ? `M${e.points.map(([x, y]) => `${f1(x)} ${f1(y)}`).join(' L')}`
      : `M${f1(p0[0])} ${f1(p0[1])} Q${f1(c[0])} ${f1(c[1])} ${f1(p1[0])} ${f1(p1[1])}`;
    return svg`<g class="support-line" data-id=${e.id}><path class="support" d=${d}></path>
      ${e.label ? svg`<text class="support-label" x=${f1(at[0])} y=${f1(at[1] - 4)}>${e.label}</text>` : nothing}${unknown}
      <title>${words.t('support')}: ${a}, ${b}</title></g>`;
  }
  const q = e.quality!;
  return svg`<g class="emo ${emotionalTone(q)} q-${q}" data-id=${e.id}>${emotionalPaths(q, e.points, e.direction, !!e.polyline).map(
    (p) => svg`<path class=${p.variant} d=${p.d}></path>`,
  )}${unknown}<title>${words.t(`emotionalQuality.${q}`)}: ${a}, ${b}${e.note ? ` (${e.note})` : ''}</title></g>`;
}

/** Where an overlay's words go: the curve's middle, or the middle of a routed line's longest part. */
function labelPoint(e: EdgeModel): Point {
  const p = e.points;
  if (!e.polyline) return [(p[0]![0] + 2 * p[1]![0] + p[2]![0]) / 4, (p[0]![1] + 2 * p[1]![1] + p[2]![1]) / 4];
  let best = 1,
    bestLen = -1;
  for (let i = 1; i < p.length; i++) {
    const l = Math.abs(p[i]![0] - p[i - 1]![0]);
    if (l > bestLen) {
      bestLen = l;
      best = i;
    }
  }
  return [(p[best]![0] + p[best - 1]![0]) / 2, p[best]![1]];
}
