import { html, nothing, type TemplateResult } from 'lit';
import { DOCUMENT_KINDS, field, unbrokenDates, type CaseDocumentKind, type FieldControl } from '@opencasework/core';
import type { DetailError, DetailField, DetailValues } from '../details.js';
import type { Localizer } from '../messages/index.js';

/** The details form while it is open: the values typed, what is wrong with them, and what the case offers to choose from. */
export interface DetailsContext {
  l: Localizer;
  values: DetailValues;
  errors: DetailError[];
  /** Why saving failed (the store's or the host's reason), if it did. */
  problem: string;
  busy: boolean;
  /** The case's people: [id, name]. */
  people: [string, string][];
  /** Whom it can be by: [id or name, label]. */
  authors: [string, string][];
  /** Every entry of the case, newest first: [id, date, title]. */
  entries: [string, string, string][];
  /** The entries shown as ticked or unticked boxes: those it belonged to, and those linked since the form opened. */
  choices: string[];
  on: {
    value: <K extends keyof DetailValues>(f: K, v: DetailValues[K]) => void;
    submit: () => void;
    cancel: () => void;
    focusField: (f: DetailField) => void;
  };
}

const LABEL: Record<DetailField, Parameters<Localizer['t']>[0]> = {
  title: 'details.title',
  date: 'details.date',
  kind: 'details.kind',
  authorId: 'details.author',
  summary: 'details.summary',
  subjectIds: 'details.people',
  entryIds: 'details.entries',
};

/** Where focus goes for a field named in the error summary. */
export const FIELD_TARGET: Record<DetailField, string> = {
  title: '#d-title',
  date: '#d-date',
  kind: '#d-kind',
  authorId: '#d-author',
  summary: '#d-summary',
  subjectIds: '#d-people input',
  entryIds: '#d-add-entry',
};

const toggled = (list: string[], id: string, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));

function errorText(c: DetailsContext, e: DetailError): string {
  return e.key === 'details.error.other' ? c.l.t(e.key, { message: e.message ?? '' }) : c.l.t(e.key);
}

/** The form, laid out as GOV.UK Frontend's form groups, an error summary at its top when Save found problems. */
export function detailsView(c: DetailsContext): TemplateResult {
  const { l, values: v } = c;
  const err = (f: DetailField) => c.errors.find((e) => e.field === f);
  const row = (f: DetailField, control: (a: FieldControl) => TemplateResult, hint?: string) => {
    const e = err(f);
    return field({
      id: FIELD_TARGET[f].slice(1),
      label: l.t(LABEL[f]),
      errorPrefix: l.t('details.errorHeading'),
      control,
      ...(hint ? { hint } : {}),
      ...(e ? { error: errorText(c, e) } : {}),
    });
  };
  const text = (f: 'title' | 'date', narrow = false, hint?: string) =>
    row(
      f,
      ({ id, describedBy, invalid }) => html`<input id=${id} type="text" class=${narrow ? 'narrow' : 'wide'} .value=${v[f]}
        aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}
        @input=${(e: Event) => c.on.value(f, (e.target as HTMLInputElement).value)}>`,
      hint,
    );
  const entryLabel = (id: string) => {
    const e = c.entries.find(([eid]) => eid === id);
    return e ? `${l.date(e[1])}: ${e[2]}` : l.t('details.entryMissing', { id });
  };
  return html`<form class="details" novalidate @submit=${(e: Event) => (e.preventDefault(), c.on.submit())}>
    <h3 id="details-heading" tabindex="-1">${l.t('details.heading')}</h3>
    ${
      c.errors.length
        ? html`<div class="form-errors" role="alert" tabindex="-1" aria-labelledby="details-errors-h">
          <h4 id="details-errors-h">${l.t('details.errorHeading')}</h4>
          <ul>${c.errors.map((e) => html`<li><button type="button" class="link" @click=${() => c.on.focusField(e.field)}>${unbrokenDates(errorText(c, e))}</button></li>`)}</ul>
        </div>`
        : nothing
    }
    ${text('title')} ${text('date', true, l.t('details.dateHint'))}
    ${row(
      'kind',
      ({
        id,
      }) => html`<select id=${id} @change=${(e: Event) => c.on.value('kind', (e.target as HTMLSelectElement).value as CaseDocumentKind)}>
        ${DOCUMENT_KINDS.map((k) => html`<option value=${k} ?selected=${v.kind === k}>${l.t(`kind.${k}`)}</option>`)}
      </select>`,
    )}
    ${row(
      'authorId',
      ({ id }) => html`<select id=${id} @change=${(e: Event) => c.on.value('authorId', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!v.authorId}>${l.t('details.authorNone')}</option>
        ${c.authors.map(([value, label]) => html`<option value=${value} ?selected=${v.authorId === value}>${label}</option>`)}
      </select>`,
    )}
    ${row(
      'summary',
      ({ id, describedBy, invalid }) => html`<textarea id=${id} rows="3" .value=${v.summary}
        aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing}
        @input=${(e: Event) => c.on.value('summary', (e.target as HTMLTextAreaElement).value)}></textarea>`,
    )}
    <fieldset class="cw-form-group" id="d-people">
      <legend>${l.t('details.people')}</legend>
      ${c.people.map(
        ([id, name], i) => html`<div class="check">
          <input type="checkbox" id="d-person-${i}" .checked=${v.subjectIds.includes(id)}
            @change=${(e: Event) => c.on.value('subjectIds', toggled(v.subjectIds, id, (e.target as HTMLInputElement).checked))}>
          <label for="d-person-${i}">${name}</label></div>`,
      )}
    </fieldset>
    <fieldset class="cw-form-group" id="d-entries">
      <legend>${l.t('details.entries')}</legend>
      ${c.choices.length ? nothing : html`<p class="meta">${l.t('details.entriesNone')}</p>`}
      ${c.choices.map(
        (id, i) => html`<div class="check">
          <input type="checkbox" id="d-entry-${i}" .checked=${v.entryIds.includes(id)}
            @change=${(e: Event) => c.on.value('entryIds', toggled(v.entryIds, id, (e.target as HTMLInputElement).checked))}>
          <label for="d-entry-${i}">${entryLabel(id)}</label></div>`,
      )}
      <label class="cw-label cw-label--s" for="d-add-entry">${l.t('details.addEntry')}</label>
      <select id="d-add-entry" @change=${(e: Event) => {
        const select = e.target as HTMLSelectElement;
        if (select.value) c.on.value('entryIds', toggled(v.entryIds, select.value, true));
        select.value = '';
      }}>
        <option value="">${l.t('details.addEntryNone')}</option>
        ${c.entries.filter(([id]) => !c.choices.includes(id)).map(([id]) => html`<option value=${id}>${entryLabel(id)}</option>`)}
      </select>
    </fieldset>
    ${c.problem ? html`<p class="cw-error-message" role="alert">${l.t('details.failed', { reason: c.problem })}</p>` : nothing}
    <div class="actions">
      <button type="submit" ?disabled=${c.busy}>${l.t('details.save')}</button>
      <button type="button" class="secondary" @click=${c.on.cancel}>${l.t('details.cancel')}</button>
    </div>
  </form>`;
}
