/** The key to the picture: a sample of each line style and marker. */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { STRENGTHS } from '@opencasework/core';
import type { NetworkText } from '../network-text.js';
import { zigzag } from '../zigzag.js';

const sample = (cls: string, stressful = false) =>
  html`<svg width="48" height="16" aria-hidden="true" focusable="false">${
    stressful
      ? svg`<path class="edge ${cls}" d=${zigzag(2, 8, 46, 8)}></path>`
      : svg`<line class="edge ${cls}" x1="2" y1="8" x2="46" y2="8"></line>`
  }</svg>`;
const shape = (content: SVGTemplateResult) => html`<svg width="48" height="30" aria-hidden="true" focusable="false">${content}</svg>`;

export function legendView({ t }: Pick<NetworkText, 't'>): TemplateResult {
  return html`<section class="legend" part="legend" aria-labelledby="legend-h">
    <h3 id="legend-h">${t('legend.heading')}</h3>
    <ul>
      ${STRENGTHS.map((s) => html`<li>${sample(s, s === 'stressful')} ${t(`strength.${s}`)}</li>`)}
      <li>${sample('none')} ${t('strength.none')}</li>
      <li>${sample('moderate ended')} ${t('legend.ended')}</li>
      <li>${shape(svg`<g class="professional lead"><circle class="marker" cx="24" cy="15" r="9"></circle><circle class="ring" cx="24" cy="15" r="13"></circle></g>`)} ${t('legend.lead')}</li>
      <li>${shape(svg`<g class="person"><circle class="marker" cx="24" cy="15" r="12"></circle><circle class="ring" cx="24" cy="15" r="8"></circle></g>`)} ${t('legend.subject')}</li>
      <li>${shape(svg`<g class="person"><rect class="household" x="4" y="2" width="40" height="26" rx="4"></rect><circle class="marker" cx="24" cy="15" r="8"></circle></g>`)} ${t('legend.family')}</li>
      <li>${shape(svg`<g class="support"><rect class="marker" x="14" y="5" width="20" height="20"></rect></g>`)} ${t('legend.support')}</li>
      <li>${sample('moderate support')} ${t('legend.supportLine')}</li>
    </ul>
  </section>`;
}
