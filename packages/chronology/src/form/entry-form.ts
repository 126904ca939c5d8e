import {
  ChronologyEntry as EntrySchema,
  isPartialDate,
  type Category,
  type ChronologyEntry,
  type Confidentiality,
  type Significance,
} from '@opencasework/core';
import type { ChronologyKey } from '../messages/index.js';

/** What the add/edit form holds: strings and booleans as the inputs give them. */
export interface EntryFormValues {
  date: string;
  approximate: boolean;
  time: string;
  endDate: string;
  title: string;
  summary: string;
  category: Category;
  sourceAgencyId: string;
  subjectIds: string[];
  significance: Significance;
  impact: string;
  action: string;
  disputed: boolean;
  familyView: string;
  confidentiality: Confidentiality;
}

export type FormField = keyof EntryFormValues;

/** A problem with one field: a catalogue key, or a message from the schema when no key fits. */
export interface FormError {
  field: FormField;
  key: ChronologyKey;
  message?: string;
}

export function valuesFromEntry(e?: ChronologyEntry): EntryFormValues {
  return {
    date: e?.date ?? '',
    approximate: !!e?.approximate,
    time: e?.time ?? '',
    endDate: e?.endDate ?? '',
    title: e?.title ?? '',
    summary: e?.summary ?? '',
    category: e?.category ?? 'contact',
    sourceAgencyId: e?.sourceAgencyId ?? '',
    subjectIds: [...(e?.subjectIds ?? [])],
    significance: e?.significance ?? 'routine',
    impact: e?.impact ?? '',
    action: e?.action ?? '',
    disputed: !!e?.disputed,
    familyView: e?.familyView ?? '',
    confidentiality: e?.confidentiality ?? 'standard',
  };
}

const FIELDS: FormField[] = [
  'date',
  'approximate',
  'time',
  'endDate',
  'title',
  'summary',
  'category',
  'sourceAgencyId',
  'subjectIds',
  'significance',
  'impact',
  'action',
  'disputed',
  'familyView',
  'confidentiality',
];

/**
 * Turns the form's values into a chronology entry, keeping every field of `before` the form does not show (so a
 * host's extra fields round-trip). Returns the errors in form order when the values are not a valid entry.
 */
export function entryFromValues(
  v: EntryFormValues,
  id: string,
  before?: ChronologyEntry,
): { entry: ChronologyEntry | null; errors: FormError[] } {
  const errors: FormError[] = [];
  const date = v.date.trim(),
    endDate = v.endDate.trim(),
    time = v.time.trim(),
    title = v.title.trim();
  if (!isPartialDate(date)) errors.push({ field: 'date', key: 'error.date' });
  if (!title) errors.push({ field: 'title', key: 'error.title' });
  else if (title.length > 200) errors.push({ field: 'title', key: 'error.titleLong' });
  if (time && (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || date.length !== 10)) errors.push({ field: 'time', key: 'error.time' });
  if (endDate && (!isPartialDate(endDate) || (isPartialDate(date) && endDate < date.slice(0, endDate.length))))
    errors.push({ field: 'endDate', key: 'error.endDate' });
  const entry: Record<string, unknown> = { ...(before ?? {}), id, date, title, category: v.category, significance: v.significance };
  const opt = (key: string, value: unknown, keep: boolean) => {
    if (keep) entry[key] = value;
    else delete entry[key];
  };
  opt('approximate', true, v.approximate);
  opt('time', time, !!time);
  opt('endDate', endDate, !!endDate);
  opt('summary', v.summary, !!v.summary.trim());
  opt('sourceAgencyId', v.sourceAgencyId, !!v.sourceAgencyId);
  opt('subjectIds', [...v.subjectIds], v.subjectIds.length > 0);
  opt('impact', v.impact, !!v.impact.trim());
  opt('action', v.action, !!v.action.trim());
  opt('disputed', true, v.disputed);
  opt('familyView', v.familyView, !!v.familyView.trim());
  opt('confidentiality', v.confidentiality, v.confidentiality !== 'standard' || before?.confidentiality === 'standard');
  if (!errors.length) {
    const r = EntrySchema.safeParse(entry);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const f = String(issue.path[0] ?? 'title') as FormField;
        const field = FIELDS.includes(f) ? f : 'title';
        if (!errors.some((e) => e.field === field)) errors.push({ field, key: 'error.other', message: issue.message });
      }
    }
  }
  errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  return { entry: errors.length ? null : (entry as ChronologyEntry), errors };
}
