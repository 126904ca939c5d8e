import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartLayout, Marker, ScaleSeries } from '../scaling.js';
import type { PlanViewContext } from './context.js';

export type ChartContext = Pick<PlanViewContext, 't' | 'date' | 'names' | 'selected'>;

/** A marker of the given shape centred on (x, y): filled, so it reads in any colour scheme. */
export function marker(shape: Marker, x: number, y: number, r = 6): SVGTemplateResult {
  const pts = (ps: [number, number][]) => ps.map(([a, b]) => `${(x + a * r).toFixed(1)},${(y + b * r).toFixed(1)}`).join(' ');
  switch (shape) {
    case 'circle':
      return svg`<circle class="marker" data-marker=${shape} cx=${x} cy=${y} r=${r}></circle>`;
    case 'square':
      return svg`<rect class="marker" data-marker=${shape} x=${x - r * 0.85} y=${y - r * 0.85} width=${r * 1.7} height=${r * 1.7}></rect>`;
    case 'triangle':
      return svg`<polygon class="marker" data-marker=${shape} points=${pts([
        [0, -1.15],
        [1.1, 0.85],
        [-1.1, 0.85],
      ])}></polygon>`;
    case 'triangle-down':
      return svg`<polygon class="marker" data-marker=${shape} points=${pts([
        [0, 1.15],
        [1.1, -0.85],
        [-1.1, -0.85],
      ])}></polygon>`;
    case 'diamond':
      return svg`<polygon class="marker" data-marker=${shape} points=${pts([
        [0, -1.2],
        [1.2, 0],
        [0, 1.2],
        [-1.2, 0],
      ])}></polygon>`;
    case 'plus':
      return svg`<polygon class="marker" data-marker=${shape} points=${pts([
        [-0.35, -1.1],
        [0.35, -1.1],
        [0.35, -0.35],
        [1.1, -0.35],
        [1.1, 0.35],
        [0.35, 0.35],
        [0.35, 1.1],
        [-0.35, 1.1],
        [-0.35, 0.35],
        [-1.1, 0.35],
        [-1.1, -0.35],
        [-0.35, -0.35],
      ])}></polygon>`;
    case 'star': {
      const ps: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5,
          k = i % 2 ? 0.5 : 1.25;
        ps.push([Math.cos(a) * k, Math.sin(a) * k]);
      }
      return svg`<polygon class="marker" data-marker=${shape} points=${pts(ps)}></polygon>`;
    }
    default: {
      const ps: [number, number][] = [];
      for (let i = 0; i < 6; i++) ps.push([Math.cos((i * Math.PI) / 3), Math.sin((i * Math.PI) / 3)]);
      return svg`<polygon class="marker" data-marker=${shape} points=${pts(ps)}></polygon>`;
    }
  }
}

/**
 * The order lines are drawn in, last on top: where two people gave the same scores their lines and markers lie on each
 * other, and the child's must not be the one hidden (the sample's Tyler under his social worker's, 4, 6 and 7). Others
 * and professionals first, then the family's adults, then the children, and the person selected in a linked view last.
 */
function drawOrder(ctx: ChartContext, series: ScaleSeries[]): ScaleSeries[] {
  const rank = (s: ScaleSeries) =>
    s.by === ctx.selected
      ? 4
      : s.group === 'family'
        ? ctx.names.under18(s.by, s.points.at(-1)?.at ?? '') ? 3 : 2
        : s.group === 'professional' ? 1 : 0; // prettier-ignore
  return [...series].sort((a, b) => rank(a) - rank(b));
}

/**
 * The safety scale across reviews: one line per person, each with its own marker shape and dash pattern (never told
 * apart by colour alone), labelled at its end with the person's name and latest score (`L` is `chartLayout`'s). Text
 * is drawn at 14 px and never scaled down: on a narrow screen the chart scrolls sideways.
 */
export function scaleChart(ctx: ChartContext, series: ScaleSeries[], dates: string[], L: ChartLayout): TemplateResult {
  const name = (by: string) => ctx.names.name(by);
  const summary = series.map((s) => `${name(s.by)}: ${s.points.map((p) => `${p.score} (${ctx.date(p.at)})`).join(', ')}`).join('. ');
  const plotRight = L.labelX - 12;
  const key = (by: string) => {
    const st = L.styleOf(by);
    return svg`<line class="key-line" x1="2" x2="46" y1="10" y2="10" stroke-dasharray=${st.dash || 'none'}></line>${marker(st.marker, 24, 10, 6)}`;
  };
  return html`<figure class="chart" part="chart">
    <div class="chart-scroll" tabindex="0" role="group" aria-label=${ctx.t('scale.chartLabel')}>
    <svg width=${L.width} height=${L.height} viewBox="0 0 ${L.width} ${L.height}" role="img" aria-label=${`${ctx.t('scale.chartLabel')}. ${summary}`} focusable="false">
      ${[0, 2, 4, 6, 8, 10].map(
        (v) => svg`<line class="grid" x1=${L.pad.left} x2=${plotRight} y1=${L.y(v)} y2=${L.y(v)}></line>
        <text class="axis" x=${L.pad.left - 8} y=${L.y(v) + 5} text-anchor="end">${v}</text>`,
      )}
      ${dates.map((d) => svg`<text class="axis" x=${L.x(d)} y=${L.height - L.pad.bottom + 24} text-anchor="middle">${ctx.date(d)}</text>`)}
      ${drawOrder(ctx, series).map((s) => {
        const st = L.styleOf(s.by);
        const l = L.labels.find((x) => x.by === s.by)!;
        return svg`<g class="series series-${s.group} ${ctx.selected === s.by ? 'selected' : ''}" data-by=${s.by} data-marker=${st.marker}>
        <polyline points=${s.points.map((p) => `${L.x(p.at)},${L.y(p.score)}`).join(' ')} stroke-dasharray=${st.dash || 'none'}></polyline>
        ${s.points.map((p) => marker(st.marker, L.x(p.at), L.y(p.score)))}
        <line class="leader" x1=${l.endX + 9} y1=${l.endY} x2=${L.labelX - 4} y2=${l.y - 5}></line>
        <text class="end-label" x=${L.labelX} y=${l.y}>${l.text}</text>
      </g>`;
      })}
    </svg></div>
    <figcaption>
      <ul class="legend">${series.map(
        (s) =>
          html`<li class="series series-${s.group}"><svg class="key" viewBox="0 0 48 20" aria-hidden="true">${key(s.by)}</svg>${name(s.by)}</li>`,
      )}</ul>
    </figcaption>
  </figure>`;
}
