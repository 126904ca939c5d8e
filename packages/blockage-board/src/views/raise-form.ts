import { html, nothing, type TemplateResult } from 'lit';
import { BLOCKAGE_CATEGORIES, field, type Blockage, type BlockageCategory } from '@opencasework/core';
import type { SensitiveMatch } from '../sensitive-text.js';
import type { RaiseDraft } from '../raise.js';
import type { BoardFormat } from '../format.js';
import { sensitiveView } from './sensitive.js';

export interface RaiseFormContext {
  f: BoardFormat;
  draft: RaiseDraft;
  /** The error shown on the title, or ''. */
  error: string;
  /** Open blockages that look like the draft's title. */
  similar: readonly Blockage[];
  flags: readonly SensitiveMatch[];
  /** The person saw the flags and the next submit saves anyway. */
  confirming: boolean;
  /** Who is signed in ('' when nobody). */
  actor: string;
  onInput: (patch: Partial<RaiseDraft>) => void;
  onSubmit: (e: Event) => void;
  onMeToo: (b: Blockage) => void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Raise a blockage: one field and Enter; category, hours, detail and a name are optional. */
export function raiseFormView(c: RaiseFormContext): TemplateResult {
  const { f, draft: d, error } = c;
  const errorPrefix = f.t('common.error');
  return html`<form class="raise" part="raise" aria-labelledby="raise-heading" novalidate @submit=${c.onSubmit}>
    <h3 id="raise-heading">${f.t('raise.heading')}</h3>
    ${field({
      id: 'raise-title',
      label: f.t('raise.title'),
      hint: f.t('raise.hint'),
      error,
      errorPrefix,
      control: ({ id, describedBy, invalid }) => html`<input id=${id} type="text" autocomplete="off" maxlength="200" aria-required="true"
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${`${describedBy} raise-similar raise-check`}
        .value=${d.title} @input=${(e: Event) => c.onInput({ title: value(e) })} />`,
    })}
    <div id="raise-similar" class="similar">
      ${
        c.similar.length
          ? html`<p>${f.t('raise.similar')}</p>
        <ul>${c.similar.map(
          (s) => html`<li>
          <span class="similar-title">${s.title}</span> <span class="cw-hint">(${f.status(s.status)})</span>
          <button type="button" class="secondary" @click=${() => c.onMeToo(s)}>${f.t('card.meToo')}<span class="cw-visually-hidden">: ${s.title}</span></button>
        </li>`,
        )}</ul>`
          : nothing
      }
    </div>
    ${sensitiveView(f, c.flags, 'raise-check')}
    <details class="more">
      <summary>${f.t('raise.more')}</summary>
      <div class="more-fields">
        ${field({
          id: 'raise-category',
          label: f.t('field.category'),
          errorPrefix,
          control: ({
            id,
          }) => html`<select id=${id} .value=${d.category} @change=${(e: Event) => c.onInput({ category: value(e) as BlockageCategory | '' })}>
            <option value="" ?selected=${d.category === ''}>${f.t('raise.categoryNone')}</option>
            ${BLOCKAGE_CATEGORIES.map((k) => html`<option value=${k} ?selected=${d.category === k}>${f.category(k)}</option>`)}
          </select>`,
        })}
        ${field({
          id: 'raise-hours',
          label: f.t('field.hours'),
          hint: f.t('raise.hoursHint'),
          errorPrefix,
          control: ({
            id,
            describedBy,
          }) => html`<input id=${id} type="text" inputmode="decimal" class="narrow" aria-describedby=${describedBy ?? nothing}
            .value=${d.hours} @input=${(e: Event) => c.onInput({ hours: value(e) })} />`,
        })}
        ${field({
          id: 'raise-detail',
          label: f.t('field.detail'),
          errorPrefix,
          control: ({ id }) =>
            html`<textarea id=${id} rows="3" .value=${d.detail} @input=${(e: Event) => c.onInput({ detail: value(e) })}></textarea>`,
        })}
        <div class="field checkbox">
          <input id="raise-named" type="checkbox" .checked=${d.named} ?disabled=${!c.actor}
            @change=${(e: Event) => c.onInput({ named: (e.target as HTMLInputElement).checked })} />
          <label for="raise-named">${c.actor ? f.t('raise.named', { name: c.actor }) : f.t('raise.namedNoActor')}</label>
        </div>
      </div>
    </details>
    <p class="cw-hint">${f.t('raise.anonymous')}</p>
    <button type="submit">${c.confirming ? f.t('raise.saveAnyway') : f.t('raise.submit')}</button>
  </form>`;
}
