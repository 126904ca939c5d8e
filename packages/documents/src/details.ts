import {
  comparePartialDates,
  deepEqual,
  Document as DocumentSchema,
  isPartialDate,
  type CaseBundle,
  type CaseDocumentKind,
  type Document,
} from '@opencasework/core';
import { personDisplayName } from '@opencasework/chronology';
import type { DocumentsKey } from './messages/index.js';

/**
 * Correcting what a document says about itself: its title, its own date (when it was written or taken, not when it
 * was added), its kind, who wrote or took it, what it is about, whom it concerns and the chronology entries it
 * belongs to. A file added from the device is filed under today, its kind guessed from its type and no author: this
 * is where the practitioner says what it really is. Pure: the element holds the state and commits the change.
 */

/** The form's fields, in the order they are shown (and errors are listed). */
export const DETAIL_FIELDS = ['title', 'date', 'kind', 'authorId', 'summary', 'subjectIds', 'entryIds'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export interface DetailValues {
  title: string;
  date: string;
  kind: CaseDocumentKind;
  /** A person's or professional's id, a name as recorded, or '' (not recorded). */
  authorId: string;
  summary: string;
  subjectIds: string[];
  entryIds: string[];
}

export interface DetailError {
  field: DetailField;
  key: DocumentsKey;
  /** The schema's own words, for a rule the form does not check itself. */
  message?: string;
}

/** The form's starting values: the document as it is. */
export function detailsOf(doc: Document): DetailValues {
  return {
    title: doc.title,
    date: doc.date,
    kind: doc.kind,
    authorId: doc.authorId ?? '',
    summary: doc.summary ?? '',
    subjectIds: [...(doc.subjectIds ?? [])],
    entryIds: [...(doc.entryIds ?? [])],
  };
}

/** An optional field: set when it has a value; when emptied, gone (or left as the host had it, when it was empty there too). */
function setOptional<K extends 'authorId' | 'summary' | 'subjectIds' | 'entryIds'>(
  doc: Document,
  before: Document,
  key: K,
  value: Document[K],
): void {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const was = before[key];
  const wasEmpty = was === undefined || was === '' || (Array.isArray(was) && was.length === 0);
  if (!empty) doc[key] = value;
  else if (wasEmpty) doc[key] = was;
  else delete doc[key];
  if (doc[key] === undefined) delete doc[key];
}

/**
 * The document the form's values make, everything else it holds kept as it was (its file, size, confidentiality and
 * any field of the host's own). Returns the errors in form order when the values do not make a valid document.
 */
export function documentWith(before: Document, v: DetailValues, today: string): { doc: Document | null; errors: DetailError[] } {
  const errors: DetailError[] = [];
  const title = v.title.trim();
  const date = v.date.trim();
  if (!title) errors.push({ field: 'title', key: 'details.error.title' });
  else if (title.length > 200) errors.push({ field: 'title', key: 'details.error.titleLong' });
  if (!isPartialDate(date)) errors.push({ field: 'date', key: 'details.error.date' });
  // After today to the precision given: "2027" or "2026-12-06" on 5 December 2026, not "2026-12".
  else if (isPartialDate(today) && date.slice(0, today.length) > today.slice(0, date.length))
    errors.push({ field: 'date', key: 'details.error.future' });
  const doc: Document = { ...before, title, date, kind: v.kind };
  setOptional(doc, before, 'authorId', v.authorId.trim());
  setOptional(doc, before, 'summary', v.summary.trim());
  setOptional(doc, before, 'subjectIds', v.subjectIds);
  setOptional(doc, before, 'entryIds', v.entryIds);
  if (!errors.length) {
    const r = DocumentSchema.safeParse(doc);
    if (!r.success)
      for (const issue of r.error.issues) {
        const f = issue.path[0];
        const field = (DETAIL_FIELDS as readonly unknown[]).includes(f) ? (f as DetailField) : 'title';
        if (!errors.some((e) => e.field === field)) errors.push({ field, key: 'details.error.other', message: issue.message });
      }
  }
  errors.sort((a, b) => DETAIL_FIELDS.indexOf(a.field) - DETAIL_FIELDS.indexOf(b.field));
  return { doc: errors.length ? null : doc, errors };
}

/** Whether the values change anything (Save with nothing changed closes the form without a change in the audit). */
export const changesAnything = (before: Document, after: Document): boolean => !deepEqual(before, after);

/** The case's people, as the form lists them (whom it concerns): the children the case is about first, then the rest in the case's order: [id, name]. */
export function peopleOptions(bundle: CaseBundle): [string, string][] {
  const subjects = bundle.case.subjectIds ?? [];
  const rank = (id: string) => (subjects.includes(id) ? subjects.indexOf(id) : subjects.length);
  return (bundle.people ?? [])
    .map((p, i): [string, string, number] => [p.id, personDisplayName(p), i])
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[2] - b[2])
    .map(([id, name]): [string, string] => [id, name]);
}

/**
 * Whom a document can be by: the case's professionals (with their roles, except a role that says what support
 * someone has, `sensitiveRole`, which the other parts withhold too) and people, and a name as recorded that is neither.
 */
export function authorOptions(bundle: CaseBundle, current: string): [string, string][] {
  const options: [string, string][] = [
    ...(bundle.professionals ?? []).map((p): [string, string] => [p.id, p.sensitiveRole ? p.name : `${p.name} (${p.role})`]),
    ...peopleOptions(bundle),
  ];
  if (current && !options.some(([id]) => id === current)) options.unshift([current, current]);
  return options;
}

/** The entries a document can belong to, newest first: [id, date, title]. */
export function entryOptions(bundle: CaseBundle): [string, string, string][] {
  return (bundle.chronology ?? [])
    .map((e): [string, string, string] => [e.id, e.date, e.title])
    .sort((a, b) => comparePartialDates(b[1], a[1]));
}
