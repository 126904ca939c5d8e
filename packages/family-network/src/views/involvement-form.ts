/** The form that adds a professional (and their agency) or an involvement: GOV.UK form groups through core's `field()`. */
import { html, nothing, type TemplateResult } from 'lit';
import { CONSENTS, field, SECTORS, STRENGTHS, type CaseBundle } from '@opencasework/core';
import type { NetworkModel } from '../network-model.js';
import type { NetworkText } from '../network-text.js';
import type { FormErrors, FormField, FormValues } from '../involvement-form.js';

export interface FormContext {
  bundle: CaseBundle;
  model: NetworkModel;
  text: NetworkText;
  locale: string;
  /** The professional chosen ('' for someone new) and their agency ('' for a new one). */
  professionalId: string;
  agencyId: string;
  errors: FormErrors;
  /** Why the last save failed, or ''. */
  alert: string;
  /** What the last save added, or ''. */
  saved: string;
  onProfessional: (id: string) => void;
  onAgency: (id: string) => void;
  onSubmit: (e: SubmitEvent) => void;
}

/** Reads the form's values (the choices of professional and agency are kept by the element as they change). */
export function readForm(form: HTMLFormElement, professionalId: string, agencyId: string): FormValues {
  const fd = new FormData(form);
  const s = (k: string) => {
    const v = fd.get(k);
    return typeof v === 'string' ? v.trim() : '';
  };
  return {
    professionalId,
    agencyId,
    name: s('name'),
    role: s('role'),
    agencyName: s('agencyName'),
    sector: s('sector'),
    phone: s('phone'),
    email: s('email'),
    sensitive: fd.get('sensitive') !== null,
    personIds: fd.getAll('people').map(String),
    purpose: s('purpose'),
    strength: s('strength'),
    consent: s('consent'),
    lead: fd.get('lead') !== null,
    from: s('from'),
    lastContact: s('lastContact'),
  };
}

export function involvementFormView(c: FormContext): TemplateResult {
  const { text, bundle } = c;
  const { t } = text;
  const byName = <T extends { name: string }>(list: T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => a.name.localeCompare(b.name, c.locale));
  const people = c.model.family.length
    ? c.model.family
    : (bundle.people ?? []).map((p) => ({
        id: p.id,
        name: [p.preferredName || p.givenName, p.familyName].filter(Boolean).join(' ') || p.id,
      }));
  const error = (k: FormField) => {
    const e = c.errors[k];
    return e ? t(e.key, e.name ? { name: e.name } : {}) : undefined;
  };
  const errorPrefix = t('error.prefix');
  const text_ = (id: string, name: FormField, label: string, o: { type?: string; max: number; hint?: string; attrs?: 'off' | 'date' }) =>
    field({
      id,
      label,
      hint: o.hint,
      error: error(name),
      errorPrefix,
      control: (
        a,
      ) => html`<input id=${a.id} name=${name} type=${o.type ?? 'text'} maxlength=${o.max} autocomplete=${o.attrs === 'off' ? 'off' : nothing}
      inputmode=${o.attrs === 'date' ? 'numeric' : nothing} spellcheck=${o.type === 'email' ? 'false' : nothing}
      aria-invalid=${a.invalid ? 'true' : 'false'} aria-describedby=${a.describedBy ?? nothing}>`,
    });
  const select = (id: string, name: string, label: string, options: TemplateResult, change?: (v: string) => void) =>
    field({
      id,
      label,
      errorPrefix,
      control: (a) =>
        html`<select id=${a.id} name=${name} @change=${change ? (e: Event) => change((e.target as HTMLSelectElement).value) : nothing}>${options}</select>`,
    });
  const ownError = (k: FormField) =>
    error(k)
      ? html`<p class="cw-error-message" id="err-${k}"><span class="cw-visually-hidden">${errorPrefix}:</span> ${error(k)}</p>`
      : nothing;
  const isNew = c.professionalId === '';
  const notRecorded = html`<option value="">${t('form.notRecorded')}</option>`;
  return html`<form part="form" novalidate aria-labelledby="form-h" @submit=${c.onSubmit}>
    <h3 id="form-h">${t('form.heading')}</h3>
    <div class=${c.alert ? 'alert' : 'alert-slot'} role="alert">${c.alert ? html`<p>${c.alert}</p>` : nothing}</div>
    ${select(
      'f-pro',
      'professional',
      t('form.professional'),
      html`<option value="" ?selected=${isNew}>${t('form.newProfessional')}</option>
      ${byName(bundle.professionals).map((p) => html`<option value=${p.id} ?selected=${c.professionalId === p.id}>${p.name}</option>`)}`,
      c.onProfessional,
    )}
    ${
      isNew
        ? html`
      ${text_('f-name', 'name', t('form.name'), { max: 200, attrs: 'off' })}
      ${text_('f-role', 'role', t('form.role'), { max: 200 })}
      ${select(
        'f-agency',
        'agency',
        t('form.agency'),
        html`<option value="" ?selected=${c.agencyId === ''}>${t('form.newAgency')}</option>
        ${byName(bundle.agencies).map((a) => html`<option value=${a.id} ?selected=${c.agencyId === a.id}>${a.name}</option>`)}`,
        c.onAgency,
      )}
      ${
        c.agencyId === ''
          ? html`
        ${text_('f-agency-name', 'agencyName', t('form.agencyName'), { max: 200 })}
        ${select('f-sector', 'sector', t('form.sector'), html`${SECTORS.map((s) => html`<option value=${s}>${t(`sector.${s}`)}</option>`)}`)}`
          : nothing
      }
      ${text_('f-phone', 'phone', t('form.phone'), { type: 'tel', max: 50, attrs: 'off' })}
      ${text_('f-email', 'email', t('form.email'), { type: 'email', max: 254, attrs: 'off' })}
      <div class="field checks"><label><input type="checkbox" name="sensitive"> ${t('form.sensitive')}</label></div>`
        : nothing
    }
    <fieldset class="field ${error('people') ? 'error' : ''}" aria-describedby=${['people-hint', error('people') ? 'err-people' : ''].filter(Boolean).join(' ')}>
      <legend>${t('form.people')}</legend>
      <p class="cw-hint" id="people-hint">${t('form.peopleHint')}</p>${ownError('people')}
      <div class="checks">${people.map((p) => html`<label><input type="checkbox" name="people" value=${p.id}> ${p.name}</label>`)}</div>
    </fieldset>
    ${field({ id: 'f-purpose', label: t('form.purpose'), errorPrefix, control: (a) => html`<input id=${a.id} name="purpose" type="text" maxlength="2000">` })}
    ${select('f-strength', 'strength', t('form.strength'), html`${notRecorded}${STRENGTHS.map((s) => html`<option value=${s}>${t(`strength.${s}`)}</option>`)}`)}
    ${select('f-consent', 'consent', t('form.consent'), html`${notRecorded}${CONSENTS.map((s) => html`<option value=${s}>${t(`consent.${s}`)}</option>`)}`)}
    <div class="field checks ${error('lead') ? 'error' : ''}">${ownError('lead')}<label><input type="checkbox" name="lead" aria-describedby=${error('lead') ? 'err-lead' : nothing}> ${t('form.lead')}</label></div>
    ${text_('f-from', 'from', t('form.from'), { max: 10, hint: t('form.dateHint'), attrs: 'date' })}
    ${text_('f-last', 'lastContact', t('form.lastContact'), { max: 10, hint: t('form.dateHint'), attrs: 'date' })}
    <button type="submit">${t('form.submit')}</button>
    <div role="status">${c.saved ? html`<p class="saved">${c.saved}</p>` : nothing}</div>
  </form>`;
}
