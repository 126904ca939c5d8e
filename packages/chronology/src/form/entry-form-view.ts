import { html, nothing, type TemplateResult } from 'lit';
import {
  CATEGORIES,
  CONFIDENTIALITIES,
  SIGNIFICANCES,
  field,
  unbrokenDates,
  type Category,
  type ChronologyEntry,
  type FieldControl,
} from '@opencasework/core';
import { toggleIn } from '../filter.js';
import type { ChronologyKey, Localizer } from '../messages/index.js';
import type { EntryFormValues, FormError, FormField } from './entry-form.js';

/** The add/edit form's state while it is open. */
export interface EditState {
  mode: 'add' | 'edit';
  before?: ChronologyEntry;
  values: EntryFormValues;
  errors: FormError[];
  submitted: boolean;
}

export interface EntryFormContext {
  l: Localizer;
  edit: EditState;
  /** [id, name] of each agency and person in the case (people as this version names them). */
  agencies: [string, string][];
  people: [string, string][];
  onValue: <K extends FormField>(key: K, value: EntryFormValues[K]) => void;
  onSubmit: (e: Event) => void;
  onCancel: () => void;
  /** Moves focus to a field (from the error summary). */
  onFocusField: (field: FormField) => void;
}

/** Each form field's label (also the conflict panel's field names). */
export const LABELS: Record<FormField, ChronologyKey> = {
  date: 'edit.date',
  approximate: 'edit.approximate',
  time: 'edit.time',
  endDate: 'edit.endDate',
  title: 'edit.title',
  summary: 'edit.summary',
  category: 'edit.category',
  sourceAgencyId: 'edit.agency',
  subjectIds: 'edit.subjects',
  significance: 'edit.significance',
  impact: 'edit.impact',
  action: 'edit.action',
  disputed: 'edit.disputed',
  familyView: 'edit.familyView',
  confidentiality: 'edit.confidentiality',
};

/** An error as the reader sees it: the catalogue's message, or the schema's message named by its field. */
export function errorText(l: Localizer, x: FormError): string {
  return x.key === 'error.other' ? l.t('error.other', { field: l.t(LABELS[x.field]), message: x.message ?? '' }) : l.t(x.key);
}

/** The add/edit form, laid out as GOV.UK Frontend's form groups, with an error summary at the top. */
export function entryFormView(c: EntryFormContext) {
  const { l, edit } = c;
  const v = edit.values;
  const err = (f: FormField) => edit.errors.find((x) => x.field === f);
  /** One GOV.UK form group (label, hint, error, control) through core's field(). */
  const row = (f: FormField, control: (a: FieldControl) => TemplateResult, hint?: ChronologyKey) => {
    const x = err(f);
    return field({
      id: `e-${f}`,
      label: l.t(LABELS[f]),
      errorPrefix: l.t('edit.errorHeading'),
      control,
      ...(hint ? { hint: l.t(hint) } : {}),
      ...(x ? { error: errorText(l, x) } : {}),
    });
  };
  const text = (f: 'date' | 'time' | 'endDate' | 'title', hint: ChronologyKey | undefined, narrow = false) =>
    row(
      f,
      ({ id, describedBy, invalid }) => html`<input
      id=${id} type="text" class=${narrow ? 'narrow' : ''} .value=${v[f]} aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(e: Event) => c.onValue(f, (e.target as HTMLInputElement).value)}>`,
      hint,
    );
  const area = (f: 'summary' | 'impact' | 'action' | 'familyView', hint?: ChronologyKey) =>
    row(
      f,
      ({ id, describedBy, invalid }) => html`<textarea
      id=${id} rows="3" .value=${v[f]} aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing}
      @input=${(e: Event) => c.onValue(f, (e.target as HTMLTextAreaElement).value)}></textarea>`,
      hint,
    );
  const check = (f: 'approximate' | 'disputed') => html`<div class="cw-form-group check">
      <input id="e-${f}" type="checkbox" .checked=${v[f]} @change=${(e: Event) => c.onValue(f, (e.target as HTMLInputElement).checked)}>
      <label class="inline" for="e-${f}">${l.t(`edit.${f}`)}</label></div>`;
  return html`
    <form class="entry" part="form" novalidate @submit=${c.onSubmit}>
      <h3 tabindex="-1">${l.t(edit.mode === 'add' ? 'edit.heading.add' : 'edit.heading.edit')}</h3>
      ${
        edit.errors.length
          ? html`<div class="form-errors" role="alert" tabindex="-1" aria-labelledby="form-errors-h">
            <h3 id="form-errors-h">${l.t('edit.errorHeading')}</h3>
            <ul>${edit.errors.map((x) => html`<li><button type="button" class="link" @click=${() => c.onFocusField(x.field)}>${unbrokenDates(errorText(l, x))}</button></li>`)}</ul>
          </div>`
          : nothing
      }
      ${text('date', 'edit.dateHint', true)}
      ${check('approximate')}
      ${text('time', 'edit.timeHint', true)}
      ${text('endDate', 'edit.endDateHint', true)}
      ${text('title', 'edit.titleHint')}
      ${area('summary')}
      ${row(
        'category',
        ({ id }) => html`<select id=${id} @change=${(e: Event) => c.onValue('category', (e.target as HTMLSelectElement).value as Category)}>
        ${CATEGORIES.map((k) => html`<option value=${k} ?selected=${v.category === k}>${l.t(`cat.${k}`)}</option>`)}</select>`,
      )}
      ${row(
        'sourceAgencyId',
        ({ id }) => html`<select id=${id} @change=${(e: Event) => c.onValue('sourceAgencyId', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!v.sourceAgencyId}>${l.t('noAgency')}</option>
        ${c.agencies.map(([id, name]) => html`<option value=${id} ?selected=${v.sourceAgencyId === id}>${name}</option>`)}</select>`,
      )}
      <fieldset class="cw-form-group">
        <legend>${l.t('edit.subjects')}</legend>
        <div class="options">
          ${c.people.map(
            ([id, name], i) => html`<div class="check">
            <input type="checkbox" id="e-subj-${i}" .checked=${v.subjectIds.includes(id)}
              @change=${(e: Event) => c.onValue('subjectIds', toggleIn(v.subjectIds, id, (e.target as HTMLInputElement).checked))}>
            <label class="inline" for="e-subj-${i}">${name}</label></div>`,
          )}
        </div>
      </fieldset>
      <fieldset class="cw-form-group">
        <legend>${l.t('edit.significance')}</legend>
        ${SIGNIFICANCES.map(
          (s) => html`<div class="check">
          <input type="radio" name="significance" id="e-sig-${s}" .checked=${v.significance === s} @change=${() => c.onValue('significance', s)}>
          <label class="inline" for="e-sig-${s}">${l.t(`sig.${s}`)}</label></div>`,
        )}
      </fieldset>
      ${area('impact', 'edit.impactHint')}
      ${area('action')}
      ${check('disputed')}
      ${area('familyView')}
      ${row(
        'confidentiality',
        ({
          id,
        }) => html`<select id=${id} @change=${(e: Event) => c.onValue('confidentiality', (e.target as HTMLSelectElement).value as EntryFormValues['confidentiality'])}>
        ${CONFIDENTIALITIES.map((k) => html`<option value=${k} ?selected=${v.confidentiality === k}>${l.t(`conf.${k}`)}</option>`)}</select>`,
      )}
      <div class="buttons">
        <button type="submit">${l.t('edit.save')}</button>
        <button type="button" class="secondary" @click=${c.onCancel}>${l.t('edit.cancel')}</button>
      </div>
    </form>
  `;
}
