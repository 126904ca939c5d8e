/** The key: a swatch and words for each symbol and line actually drawn (plain words when family-facing). */
import { html, svg, type TemplateResult } from 'lit';
import type { EmotionalQuality } from '@opencasework/core';
import { emotionalPaths } from '../layout/emotional-paths.js';
import { emotionalTone, type LegendKey, type LegendNeeds } from '../legend.js';
import { capitalise, type Words } from './context.js';

export interface LegendContext {
  words: Words;
  needs: LegendNeeds;
  familyFacing: boolean;
}

/** The legend's lines as text, in order (the exported SVG writes these under the drawing). */
export function legendLines({ words: w, needs, familyFacing }: LegendContext): string[] {
  return [
    ...needs.keys.map((k) => (familyFacing ? w.t(`familyLegend.${k}`) : w.t(`legend.${k}`))),
    ...needs.emotional.map((q) => capitalise(w.t(`emotionalQuality.${q}`))),
  ];
}

export function legendView({ words: w, needs, familyFacing }: LegendContext): TemplateResult {
  return html`<section class="legend" part="legend" aria-labelledby="legend-h">
    <h2 id="legend-h">${w.t('legendHeading')}</h2>
    <ul>
      ${needs.keys.map((k) => html`<li data-legend=${k}>${swatch(k)}<span>${familyFacing ? w.t(`familyLegend.${k}`) : w.t(`legend.${k}`)}</span></li>`)}
      ${needs.emotional.map((q) => html`<li data-legend=${`eq-${q}`}>${emotionalSwatch(q)}<span>${capitalise(w.t(`emotionalQuality.${q}`))}</span></li>`)}
    </ul>
  </section>`;
}

function swatch(k: LegendKey): TemplateResult {
  const body = (() => {
    switch (k) {
      case 'female':
        return svg`<circle class="shape" cx="20" cy="12" r="9"></circle>`;
      case 'male':
        return svg`<rect class="shape" x="11" y="3" width="18" height="18"></rect>`;
      case 'diamond':
        return svg`<polygon class="shape" points="20,1 31,12 20,23 9,12"></polygon>`;
      case 'deceased':
        return svg`<rect class="shape" x="11" y="3" width="18" height="18"></rect><line class="cross" x1="9" y1="1" x2="31" y2="23"></line><line class="cross" x1="31" y1="1" x2="9" y2="23"></line>`;
      case 'index':
        return svg`<circle class="shape" cx="20" cy="12" r="11"></circle><circle class="inner" cx="20" cy="12" r="7"></circle>`;
      case 'pregnancy':
        return svg`<polygon class="shape" points="20,3 29,20 11,20"></polygon>`;
      case 'miscarriage':
        return svg`<polygon class="solid" points="20,6 26,18 14,18"></polygon>`;
      case 'stillbirth':
        return svg`<rect class="shape" x="13" y="5" width="14" height="14"></rect><line class="cross" x1="11" y1="3" x2="29" y2="21"></line><line class="cross" x1="29" y1="3" x2="11" y2="21"></line>`;
      case 'termination':
        return svg`<line class="cross" x1="15" y1="7" x2="25" y2="17"></line><line class="cross" x1="25" y1="7" x2="15" y2="17"></line>`;
      case 'married':
        return svg`<line class="line" x1="2" y1="12" x2="38" y2="12"></line>`;
      case 'cohabiting':
        return svg`<line class="line st-cohabiting" x1="2" y1="12" x2="38" y2="12"></line>`;
      case 'unrecorded':
        return svg`<line class="line st-unrecorded" x1="2" y1="12" x2="38" y2="12"></line>`;
      case 'separated':
        return svg`<line class="line" x1="2" y1="12" x2="38" y2="12"></line><line class="slash" x1="15" y1="21" x2="25" y2="3"></line>`;
      case 'divorced':
        return svg`<line class="line" x1="2" y1="12" x2="38" y2="12"></line><line class="slash" x1="10" y1="21" x2="20" y2="3"></line><line class="slash" x1="20" y1="21" x2="30" y2="3"></line>`;
      case 'consanguinity':
        return svg`<line class="line" x1="2" y1="9" x2="38" y2="9"></line><line class="line" x1="2" y1="15" x2="38" y2="15"></line>`;
      case 'household':
        return svg`<g class="household"><rect x="3" y="2" width="34" height="20" rx="6"></rect></g>`;
      case 'support':
        return svg`<path class="support" d="M2 18 Q20 0 38 18"></path>`;
      case 'twins-identical':
        return svg`<polyline class="line" points="6,22 20,2 34,22"></polyline><line class="line" x1="13" y1="12" x2="27" y2="12"></line>`;
      case 'twins-fraternal':
        return svg`<polyline class="line" points="6,22 20,2 34,22"></polyline>`;
      case 'disputed':
        return svg`<line class="line disputed" x1="20" y1="0" x2="20" y2="24"></line>`;
      default:
        return svg`<line class="line ct-${k}" x1="20" y1="0" x2="20" y2="24"></line>`;
    }
  })();
  return html`<svg class="swatch" viewBox="0 0 40 24" width="40" height="24" aria-hidden="true" focusable="false">${body}</svg>`;
}

function emotionalSwatch(q: EmotionalQuality): TemplateResult {
  const paths = emotionalPaths(q, [
    [2, 14],
    [20, 14],
    [38, 14],
  ]);
  return html`<svg class="swatch" viewBox="0 0 40 28" width="40" height="28" aria-hidden="true" focusable="false"><g class="emo ${emotionalTone(q)}">${paths.map((p) => svg`<path class=${p.variant} d=${p.d}></path>`)}</g></svg>`;
}
