/** The panel about the selected person. */
import { html, type TemplateResult } from 'lit';
import type { PersonText } from '../text-view.js';
import type { Words } from './context.js';
import { personLines } from './text.js';

export function detailsView(p: PersonText, w: Words, onClose: () => void): TemplateResult {
  return html`<aside class="details" part="details" aria-labelledby="details-h">
    <h2 id="details-h" tabindex="-1">${w.t('details', { name: p.name })}</h2>
    <p>${p.headline}</p>
    ${personLines(p)}
    <button type="button" class="secondary" @click=${onClose}>${w.t('close')}</button>
  </aside>`;
}
