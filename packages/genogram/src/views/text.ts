/** The family in words: a sentence about each index child, then an account of every person. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PersonText, TextView } from '../text-view.js';
import type { Words } from './context.js';

export function personLines(p: PersonText): TemplateResult | typeof nothing {
  return p.lines.length ? html`<ul>${p.lines.map((l) => html`<li>${l}</li>`)}</ul>` : nothing;
}

export function textView(tv: TextView, w: Words): TemplateResult {
  return html`<section class="text-view" part="text-view" aria-labelledby="tv-h">
    <h2 id="tv-h">${w.t('textView.heading')}</h2>
    ${tv.summaries.map((s) => html`<p class="summary" data-id=${s.id}>${s.text}</p>`)}
    <ul class="people-list">
      ${tv.people.map(
        (p) => html`<li data-id=${p.id}><p class="headline">${p.headline}</p>
        ${personLines(p)}</li>`,
      )}
    </ul>
  </section>`;
}
