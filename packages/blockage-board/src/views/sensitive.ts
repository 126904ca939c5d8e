import { html, type TemplateResult } from 'lit';
import type { SensitiveMatch } from '../sensitive-text.js';
import type { BoardFormat } from '../format.js';

/**
 * What in a card's text could identify a child or family, each with a plain explanation. The container is always
 * there (the field points at it with aria-describedby), empty when there is nothing to say.
 */
export function sensitiveView(f: BoardFormat, flags: readonly SensitiveMatch[], id: string): TemplateResult {
  if (!flags.length) return html`<div id=${id}></div>`;
  return html`<div id=${id} class="sensitive" part="sensitive">
    <p class="sensitive-heading"><strong>${f.t('sensitive.heading')}</strong></p>
    <ul>
      ${flags.map((m) => html`<li><mark>${m.text}</mark>: ${f.t(`sensitive.${m.kind}`)}</li>`)}
    </ul>
    <p class="cw-hint">${f.t('sensitive.advisory')}</p>
  </div>`;
}
