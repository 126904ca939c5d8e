/**
 * The "add a professional or an involvement" form's rules: which fields are wrong, and the records (a new agency,
 * a new professional, the involvement) a valid form adds. Pure and DOM-free: the view reads the form's values,
 * the element calls these and commits each record as its own change.
 */
import {
  CONSENTS,
  isPartialDate,
  SECTORS,
  STRENGTHS,
  type Agency,
  type CaseBundle,
  type Consent,
  type Involvement,
  type Professional,
  type Sector,
  type Strength,
} from '@opencasework/core';
import { mailtoHref, telHref } from './contacts.js';
import { buildNetworkModel } from './network-model.js';
import { whoIsLead } from './questions.js';

/** The fields that can be wrong, each with the message key that says why. */
export type FormField = 'name' | 'role' | 'agencyName' | 'phone' | 'email' | 'people' | 'from' | 'lastContact' | 'lead';
export type FormError =
  'error.name' | 'error.role' | 'error.agency' | 'error.phone' | 'error.email' | 'error.people' | 'error.date' | 'error.leadTaken';
export type FormErrors = Partial<Record<FormField, { key: FormError; name?: string }>>;

/** What the form holds, trimmed. `professionalId` '' means someone new; `agencyId` '' a new agency. */
export interface FormValues {
  professionalId: string;
  agencyId: string;
  name: string;
  role: string;
  agencyName: string;
  sector: string;
  phone: string;
  email: string;
  sensitive: boolean;
  personIds: string[];
  purpose: string;
  strength: string;
  consent: string;
  lead: boolean;
  from: string;
  lastContact: string;
}

/** What is wrong with the form (empty when it may be saved). */
export function validateForm(v: FormValues, bundle: CaseBundle, today: string): FormErrors {
  const errors: FormErrors = {};
  if (v.professionalId === '') {
    if (!v.name) errors.name = { key: 'error.name' };
    if (!v.role) errors.role = { key: 'error.role' };
    if (v.agencyId === '' && !v.agencyName) errors.agencyName = { key: 'error.agency' };
    if (v.phone && !telHref(v.phone)) errors.phone = { key: 'error.phone' };
    if (v.email && !mailtoHref(v.email)) errors.email = { key: 'error.email' };
  }
  if (!v.personIds.length) errors.people = { key: 'error.people' };
  if (v.from && !isPartialDate(v.from)) errors.from = { key: 'error.date' };
  if (v.lastContact && !isPartialDate(v.lastContact)) errors.lastContact = { key: 'error.date' };
  if (v.lead) {
    const current = whoIsLead(buildNetworkModel(bundle, { today, showSensitiveRoles: true }));
    if (current) errors.lead = { key: 'error.leadTaken', name: current.name };
  }
  return errors;
}

export type FormRecord =
  { entity: 'Agency'; after: Agency } | { entity: 'Professional'; after: Professional } | { entity: 'Involvement'; after: Involvement };

const oneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The records a valid form adds, in the order they must be applied, and the professional's name. */
export function formRecords(v: FormValues, bundle: CaseBundle, newId: () => string): { records: FormRecord[]; name: string } {
  const records: FormRecord[] = [];
  let professionalId = v.professionalId;
  let name = bundle.professionals?.find((p) => p.id === professionalId)?.name ?? '';
  if (professionalId === '') {
    let agencyId = v.agencyId;
    if (agencyId === '') {
      agencyId = newId();
      const sector: Sector = oneOf(SECTORS, v.sector) ? v.sector : 'other';
      records.push({ entity: 'Agency', after: { id: agencyId, name: v.agencyName, sector } });
    }
    professionalId = newId();
    name = v.name;
    const pro: Professional = { id: professionalId, name, role: v.role, agencyId };
    if (v.phone) pro.phone = v.phone;
    if (v.email) pro.email = v.email;
    if (v.sensitive) pro.sensitiveRole = true;
    records.push({ entity: 'Professional', after: pro });
  }
  const inv: Involvement = { id: newId(), professionalId, personIds: v.personIds };
  if (v.purpose) inv.purpose = v.purpose;
  if (oneOf<Strength>(STRENGTHS, v.strength)) inv.strength = v.strength;
  if (oneOf<Consent>(CONSENTS, v.consent)) inv.consent = v.consent;
  if (v.lead) inv.lead = true;
  if (v.from) inv.from = v.from;
  if (v.lastContact) inv.lastContact = v.lastContact;
  records.push({ entity: 'Involvement', after: inv });
  return { records, name };
}
