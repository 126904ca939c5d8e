import { html, nothing, type TemplateResult } from 'lit';
import type { Advice } from '../plain-language.js';
import { plainLanguage } from '../plain-language-loader.js';
import { snippet } from '../plan-model.js';
import type { PlanViewContext } from './context.js';

export type AdviceContext = Pick<PlanViewContext, 't' | 'locale'>;

/** One piece of plain-language advice as a sentence. */
export function adviceText(ctx: Pick<PlanViewContext, 't'>, a: Advice): string {
  if (a.kind === 'jargon') return ctx.t('plain.jargon', { term: a.text, suggestion: a.suggestion ?? '' });
  if (a.kind === 'long-word') return ctx.t('plain.longWord', { word: a.text });
  return ctx.t('plain.longSentence', { words: a.words ?? 0, start: snippet(a.text, 40) });
}

/**
 * The plain-language helper under a family-facing text box: suggestions as the text is typed, never blocking.
 * The region exists as soon as the form does, so changes to its text are announced politely.
 */
export function adviceView(ctx: AdviceContext, text: string): TemplateResult {
  // The helper loads on demand (plain-language-loader.ts): until then the region is there, empty.
  const advice = plainLanguage()?.checkPlainLanguage(text, { locale: ctx.locale }) ?? [];
  return html`<div class="advice" aria-live="polite">
    ${
      advice.length
        ? html`<p class="advice-heading">${ctx.t('plain.heading', { count: advice.length })}</p>
          <ul>${advice.map((a) => html`<li data-kind=${a.kind}>${adviceText(ctx, a)}</li>`)}</ul>`
        : text.trim()
          ? html`<p class="advice-ok">${ctx.t('plain.ok')}</p>`
          : nothing
    }
  </div>`;
}
