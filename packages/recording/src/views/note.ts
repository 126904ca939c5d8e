import { html, nothing, type TemplateResult } from 'lit';
import { aboutView } from './about.js';
import { captureView } from './capture.js';
import type { NoteViewContext } from './context.js';

/** GOV.UK's error summary: a heading and a link to each field with a problem; focused when the save is refused. */
function errorSummary(c: NoteViewContext): TemplateResult | typeof nothing {
  if (!c.errors.length) return nothing;
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="n-errors-h" part="error-summary">
    <h3 id="n-errors-h">${c.l.t('error.heading')}</h3>
    <ul>${c.errors.map((x) => html`<li><button type="button" class="link" @click=${() => c.on.focusField(x.field)}>${c.l.t(x.key)}</button></li>`)}</ul>
  </div>`;
}

/** The whole quick note: heading, status, problems, the form and its buttons. */
export function noteView(c: NoteViewContext): TemplateResult {
  const { l } = c;
  return html`<form class="note" part="form" novalidate @submit=${c.on.save}>
    <h2 part="heading">${l.t('note.heading')}</h2>
    <p class="status" role="status" part="status">${c.status}</p>
    ${c.recoveredAt ? html`<p class="notice recovered">${l.t('draft.recovered', { time: c.recoveredAt })}</p>` : nothing}
    ${errorSummary(c)}
    ${c.problem ? html`<p class="notice problem" role="alert">${c.problem}</p>` : nothing}
    ${aboutView(c)}
    ${captureView(c)}
    ${
      c.confirmDiscard
        ? html`<div class="discard-ask">
          <p id="n-discard-ask" tabindex="-1">${l.t('save.discardAsk')}</p>
          <div class="actions">
            <button type="button" class="warning" id="n-discard-yes" @click=${() => c.on.confirmDiscard(true)}>${l.t('save.discardYes')}</button>
            <button type="button" class="secondary" id="n-discard-no" @click=${() => c.on.confirmDiscard(false)}>${l.t('save.discardNo')}</button>
          </div>
        </div>`
        : html`<div class="actions">
          <button type="submit" id="n-save" ?disabled=${c.saving}>${l.t(c.saving ? 'save.saving' : 'save.button')}</button>
          <button type="button" class="secondary" id="n-discard" ?disabled=${c.saving} @click=${c.on.discard}>${l.t('save.discard')}</button>
        </div>`
    }
  </form>`;
}
