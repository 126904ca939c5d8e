/** One person in the drawing: the focusable symbol (its accessible name says everything) and a hidden label layer. */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { FamilyGraph, GPerson } from '../layout/family-graph.js';
import type { NodeModel } from '../layout/model.js';
import type { ChildLinksById } from '../genogram-model.js';
import { ageText, disputedParentText, duePassed, pregnancyDateText, pregnancyName } from '../text-view.js';
import { kinshipIn, kinshipIndex } from '../kinship.js';
import { f1, type Words } from './context.js';

export interface PersonContext {
  words: Words;
  /** The view date of the model: ages are worked out at it. */
  asAt: string;
  /** Family-facing: no crossing-out of people who died. */
  soft: boolean;
  linksByChild: ChildLinksById;
  /** What each person is to the index child ("Tyler's mother"), for their accessible names. */
  kin?: ReadonlyMap<string, string>;
  /** The family, for whose parentage a disputed link is about. */
  graph?: FamilyGraph;
}

/**
 * An age in its symbol. "tua 70" (Welsh "about 70") is 38 units wide at 13 px bold, as wide as the 40-unit symbol, so a
 * word before the number goes on a line of its own above it; "c. 70" and "68" fit on one line.
 */
export function ageView(age: string): SVGTemplateResult {
  const m = age.length > 5 ? /^(\S+)\s+(\S+)$/.exec(age) : null;
  if (!m) return svg`<text class="age" y="0">${age}</text>`;
  return svg`<text class="age" y="0"><tspan x="0" dy="-0.55em">${m[1]}</tspan><tspan x="0" dy="1.1em">${m[2]}</tspan></text>`;
}

/** The least diameter of the circle every symbol takes clicks over, in drawing units: 24 CSS px at the smallest zoom (0.6). */
export const HIT = 40;

export interface PersonState {
  selected: boolean;
  highlighted: boolean;
}

/** Splits a name into at most two lines of about 15 characters, shortening the rest with an ellipsis. */
export function wrapName(name: string, max = 15): string[] {
  if (name.length <= max) return [name];
  // A long hyphenated name breaks after its hyphen ("Hughes-" / "Pritchard") rather than being cut.
  const words = name.split(/\s+/).flatMap((w) => (w.length > max && w.includes('-') ? w.split(/(?<=-)/) : [w]));
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const joined = cur.endsWith('-') ? cur + w : cur + ' ' + w;
    if (!cur) cur = w;
    else if (joined.length <= max) cur = joined;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  const out = lines.slice(0, 3).map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
  if (lines.length > 3) out[2] = (out[2]!.length >= max ? out[2]!.slice(0, max - 1) : out[2]!) + '…';
  return out;
}

/** What each person is to the index child, in words ("Tyler's mother"), for the people's accessible names. */
export function kinWords(graph: FamilyGraph, idx: string | undefined, w: Words): Map<string, string> {
  const name = idx ? graph.byId.get(idx)?.name : undefined;
  if (!name || !idx) return new Map();
  const say = (relation: string, id: string) =>
    w.t('a11y.kinOf', { name, relation: w.t(`kin.${relation}` as 'kin.mother', { gender: graph.byId.get(id)?.gender ?? '' }) });
  return new Map(kinshipIn(kinshipIndex(graph), idx).map((k) => [k.personId, say(k.relation, k.personId)] as const));
}

/** The accessible name of a person's symbol: name, gender or pregnancy, age, index, death, kind of parentage, state. */
export function personLabel(n: NodeModel, p: GPerson, ctx: PersonContext, state: PersonState): string {
  const w = ctx.words;
  const t: Words['t'] = (key, params) => w.t(key, params);
  // a pregnancy or a loss as the text view says it: its name and kind once, and its date, never "died"
  const bits = p.pregnancyOutcome
    ? [...pregnancyName(p, t), pregnancyDateText(p, ctx.asAt, t, (d) => w.date(d))].filter(Boolean)
    : [n.name, w.t(`gender.${n.gender}`)];
  const age = p.pregnancyOutcome ? '' : ageText(p, ctx.asAt, w.dateLocale);
  if (age) bits.push(w.t('age', { age }));
  if (n.index) bits.push(w.t('index'));
  const kin = ctx.kin?.get(n.id);
  if (kin) bits.push(kin);
  if (n.deceased && !p.pregnancyOutcome) bits.push(n.dateOfDeath ? w.t('died', { date: w.date(n.dateOfDeath) }) : w.t('deceased'));
  for (const l of ctx.linksByChild.get(n.id) ?? []) {
    if (l.type !== 'biological') bits.push(w.t(`childType.${l.type}`));
    if (!l.disputed) continue;
    // whose parentage, by the parent's gender: "paternity disputed: <source>"
    const rels = (ctx.graph?.parentRels.get(n.id) ?? []).filter((r) => r.disputed && l.relIds.includes(r.id));
    if (rels.length) for (const r of rels) bits.push(disputedParentText(ctx.graph!, r, t));
    else bits.push(`${w.t('disputed')}${l.source ? `: ${l.source}` : ''}`);
  }
  if (state.selected) bits.push(w.t('selected'));
  if (state.highlighted) bits.push(w.t('highlighted'));
  return bits.join(', ');
}

function shape(n: NodeModel, r: number, cls: string): SVGTemplateResult {
  const sym = n.symbol;
  const g = sym === 'stillbirth' ? (n.gender === 'female' ? 'female' : n.gender === 'male' ? 'male' : 'diamond') : sym;
  if (g === 'female') return svg`<circle class=${cls} r=${r}></circle>`;
  if (g === 'male') return svg`<rect class=${cls} x=${-r} y=${-r} width=${2 * r} height=${2 * r}></rect>`;
  if (g === 'diamond') return svg`<polygon class=${cls} points="0,${-r * 1.15} ${r * 1.15},0 0,${r * 1.15} ${-r * 1.15},0"></polygon>`;
  if (g === 'pregnancy') return svg`<polygon class=${cls} points="0,${-r} ${r},${r * 0.85} ${-r},${r * 0.85}"></polygon>`;
  if (g === 'miscarriage') return svg`<polygon class="solid" points="0,${-r} ${r},${r * 0.85} ${-r},${r * 0.85}"></polygon>`;
  // termination: a small X
  return svg`<line class="cross" x1=${-r} y1=${-r} x2=${r} y2=${r}></line><line class="cross" x1=${r} y1=${-r} x2=${-r} y2=${r}></line>`;
}

/** What a person's symbol and label share: the half size, whether it is a person (not a pregnancy) and the classes. */
function common(n: NodeModel, ctx: PersonContext, state: PersonState) {
  const sym = n.symbol;
  const isPerson = sym === 'female' || sym === 'male' || sym === 'diamond';
  const cls = `${n.deceased ? ' deceased' : ''}${ctx.soft ? ' soft' : ''}${state.selected ? ' selected' : ''}${state.highlighted ? ' highlighted' : ''}${n.index ? ' index' : ''}`;
  return { h: n.size / 2, isPerson, cls };
}

/**
 * A person's symbol: the focusable group, whose accessible name says everything. The visible words are drawn apart
 * (`personLabelView`, in the drawing's label layer), so that the accessible name never contradicts the visible text
 * and a drawing can leave the words of people out of view undrawn. The ring shows focus, selection and
 * highlighting; the element's RovingFocusController sets tabindex.
 */
export function personView(n: NodeModel, p: GPerson, ctx: PersonContext, state: PersonState): SVGTemplateResult {
  const { h, isPerson, cls } = common(n, ctx, state);
  // pregnancy losses carry their own marks; the deceased X is for people
  const cross = (n.deceased && !ctx.soft && isPerson) || n.symbol === 'stillbirth';
  // the focus and selection ring is also what takes clicks (transparent fill): at least 40 units across, so small
  // symbols (pregnancy losses) still take a click over 24 CSS px at the smallest zoom
  const ring = Math.max(h + (n.index ? 10 : 6), HIT / 2);
  const label = personLabel(n, p, ctx, state);
  // Most people are a plain circle or square: the symbol in the person's own template, so that a family of 300 clones
  // one template each and no nested one (with its two marker comments) for the shape; the same elements either way.
  if (!n.index && !cross && (n.symbol === 'female' || n.symbol === 'male')) {
    const at = `translate(${f1(n.x)} ${f1(n.y)})`;
    return n.symbol === 'female'
      ? svg`<g class=${`person${cls}`} transform=${at} data-id=${n.id} role="button" aria-label=${label}><circle class="ring" r=${ring}></circle><circle class="shape" r=${h}></circle></g>`
      : svg`<g class=${`person${cls}`} transform=${at} data-id=${n.id} role="button" aria-label=${label}><circle class="ring" r=${ring}></circle><rect class="shape" x=${-h} y=${-h} width=${2 * h} height=${2 * h}></rect></g>`;
  }
  return svg`<g class=${`person${cls}`}
      transform="translate(${f1(n.x)} ${f1(n.y)})" data-id=${n.id}
      role="button" aria-label=${label}>
    <circle class="ring" r=${ring}></circle>
    ${n.index ? shape(n, h + 5, 'shape') : nothing}
    ${shape(n, h, n.index ? 'inner' : 'shape')}
    ${cross ? svg`<line class="cross" x1=${-h - 3} y1=${-h - 3} x2=${h + 3} y2=${h + 3}></line><line class="cross" x1=${h + 3} y1=${-h - 3} x2=${-h - 3} y2=${h + 3}></line>` : nothing}
  </g>`;
}

/** How far a person's words reach from their centre, in drawing units (three lines of name, or the years above). */
export const LABEL_REACH = 100;

/** A person's visible words (age, years, name, a note of death): hidden from assistive technology, which hears the symbol. */
export function personLabelView(n: NodeModel, p: GPerson, ctx: PersonContext, state: PersonState): SVGTemplateResult {
  const { h, isPerson, cls } = common(n, ctx, state);
  const soft = ctx.soft;
  // a deceased person's years are written above the symbol; the age would sit under the X
  const age = isPerson && !(n.deceased && !soft) ? ageText(p, ctx.asAt, ctx.words.dateLocale) : '';
  const years = !isPerson
    ? ''
    : n.deceased && !soft && n.dateOfBirth
      ? `${n.dateOfBirth.slice(0, 4)}–${n.dateOfDeath?.slice(0, 4) ?? ''}`
      : n.deceased && !soft && n.dateOfDeath
        ? `–${n.dateOfDeath.slice(0, 4)}`
        : '';
  const lines = wrapName(n.name);
  const y0 = h + (n.index ? 20 : 16);
  const note =
    n.deceased && soft && isPerson
      ? n.dateOfDeath
        ? ctx.words.t('died', { date: n.dateOfDeath.slice(0, 4) })
        : ctx.words.t('deceased')
      : duePassed(p, ctx.asAt)
        ? ctx.words.t('duePassed')
        : '';
  return svg`<g class=${`person-label${cls}`} transform="translate(${f1(n.x)} ${f1(n.y)})" data-for=${n.id} aria-hidden="true">
    ${age ? ageView(age) : nothing}
    ${years ? svg`<text class="years" x="6" y=${-h - (n.index ? 10 : 6)}>${years}</text>` : nothing}
    ${lines.map((l, i) => svg`<text class="name" y=${y0 + i * 15}>${l}</text>`)}
    ${note ? svg`<text class="note" y=${y0 + lines.length * 15}>${note}</text>` : nothing}
  </g>`;
}
