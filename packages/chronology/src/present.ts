import {
  formatAge,
  formatList,
  formatPartialDate,
  type CaseBundle,
  type ChronologyEntry,
  type DateLocale,
  type Document,
} from '@opencasework/core';
import { chronologyMessages, type ChronologyKey } from './messages/index.js';
import { agesAt, type ChronologyModel, type Row } from './model.js';
import type { Anonymiser } from './anonymiser.js';
import { isOpenPeriod, type PeriodSpans } from './periods.js';
import { anonymises, showsSourceRecords, withheldIn, withheldReason, type Audience } from './audience-policy.js';

/** One entry as text, ready for a table cell, a CSV cell or a line of plain text, for one audience and language. */
export interface PresentedEntry {
  id: string;
  /** "14 Mar 2019", "c. Mar 2019", "2019", with " – 2 Apr 2019" or " – ongoing" for a period. */
  date: string;
  /** "Jay: 4y 3m; Mia: 2y 1m" (names replaced by roles when anonymised). */
  age: string;
  title: string;
  summary: string;
  agency: string;
  impact: string;
  action: string;
  category: string;
  significance: string;
  concerns: string;
  familyView: string;
  disputed: boolean;
  reference: string;
  recordedBy: string;
  /** Set when the entry is withheld in this version: the other fields are then empty. */
  withheld: 'restricted' | 'third-party' | null;
  /** The case's documents that belong to the entry (their `entryIds` name it) and this version shows; absent when none. */
  documents?: { id: string; title: string }[];
}

export interface PresentContext {
  model: ChronologyModel;
  locale: DateLocale;
  audience: Audience;
  anonymiser?: Anonymiser | undefined;
  /** Every person's and professional's name by id, so that an "Id or string" field such as `recordedBy` shows a name. */
  names?: ReadonlyMap<string, string> | undefined;
  /** Where plans and placements really end (a plan closed by a closure entry is not "ongoing"); asked only for a period with no end date. */
  spans?: (() => PeriodSpans) | undefined;
  /** The case's documents by the id of each entry they belong to (see `documentsByEntry`). */
  documents?: ReadonlyMap<string, readonly Document[]> | undefined;
}

/** The case's documents by the id of each chronology entry their `entryIds` name. */
export function documentsByEntry(bundle: CaseBundle): Map<string, Document[]> {
  const byEntry = new Map<string, Document[]>();
  for (const d of bundle.documents ?? []) for (const id of d.entryIds ?? []) byEntry.set(id, [...(byEntry.get(id) ?? []), d]);
  return byEntry;
}

/** Names by id of every person and professional in a bundle: what an "Id or string" field is read against. */
export function namesById(bundle: CaseBundle, model: ChronologyModel): Map<string, string> {
  const names = new Map(model.personName);
  for (const p of bundle.professionals ?? []) names.set(p.id, p.name);
  return names;
}

/** An "Id or string" field as a person reads it: the name when it is an id in the bundle, else the text as written. */
export function idOrName(value: string | undefined, names: ReadonlyMap<string, string> | undefined): string {
  if (!value) return '';
  return names?.get(value.trim()) ?? value;
}

export function tFor(locale: string) {
  return (key: ChronologyKey, p: Record<string, string | number> = {}) => chronologyMessages.t(locale, key, p);
}

/** The date of an entry as written for people: honest about precision and approximation, with its period end. */
export function presentDate(row: Row, locale: DateLocale, date = row.entry.date, spans?: PeriodSpans): string {
  const t = tFor(locale);
  const e = row.entry;
  let s = formatPartialDate(date, locale, { approximate: e.approximate });
  if (e.time) s += ` ${e.time}`;
  const period = spans?.byId.get(row.id);
  // A period that ended the day it began (a missing episode of a few hours) does not repeat the day: "– same day".
  if (e.endDate) s += ` – ${e.endDate === date && date.length === 10 ? t('period.sameDay') : formatPartialDate(e.endDate, locale)}`;
  else if (period?.to && !period.open) s += ` – ${t('period.ended', { date: formatPartialDate(period.to, locale) })}`;
  else if (isOpenPeriod(row, spans)) s += ` – ${t('period.ongoing')}`;
  return s;
}

export function agencyLabel(model: ChronologyModel, agencyId: string, locale: string): string {
  return model.agencyName.get(agencyId) ?? tFor(locale)('noAgency');
}

export function presentEntry(row: Row, ctx: PresentContext): PresentedEntry {
  const { model, locale, audience, anonymiser } = ctx;
  const t = tFor(locale);
  const e = row.entry;
  const withheld = withheldIn(audience, e);
  if (withheld) {
    return {
      id: e.id,
      date: formatPartialDate(e.date.slice(0, 4), locale),
      age: '',
      title: t(`withheld.${withheld}`),
      summary: '',
      agency: '',
      impact: '',
      action: '',
      category: '',
      significance: '',
      concerns: '',
      familyView: '',
      disputed: false,
      reference: '',
      recordedBy: '',
      withheld,
    };
  }
  const anon = anonymises(audience) && anonymiser ? anonymiser : null;
  const text = (s: string | undefined) => (anon ? anon.text(s) : (s ?? ''));
  const nameOf = (id: string) => (anon ? anon.nameOf(id) : (model.personName.get(id) ?? id));
  const recordedBy = e.recordedBy?.trim() ?? '';
  const recorder = anon ? (ctx.names?.has(recordedBy) ? anon.nameOf(recordedBy) : anon.text(recordedBy)) : idOrName(recordedBy, ctx.names);
  // A restricted or third-party document is withheld wherever the entries' own rule withholds (the redacted version) and in the anonymised one.
  const documents = (ctx.documents?.get(e.id) ?? [])
    .filter((d) => audience === 'practitioner' || !withheldReason({ ...e, confidentiality: d.confidentiality }))
    .map((d) => ({ id: d.id, title: text(d.title) }));
  const ages = agesAt(row, model);
  const age =
    ages.length === 1 && model.subjectIds.length === 1
      ? formatAge(ages[0]!.age, locale, true)
      : ages.map((a) => t('age.of', { name: nameOf(a.personId), age: formatAge(a.age, locale, true) })).join('; ');
  return {
    id: e.id,
    date: presentDate(row, locale, anon?.isBirthDay(e.date) ? e.date.slice(0, 7) : e.date, row.open ? ctx.spans?.() : undefined),
    age,
    title: text(e.title),
    summary: text(e.summary),
    agency: anon?.agencyName(row.agencyId) ?? agencyLabel(model, row.agencyId, locale),
    impact: text(e.impact),
    action: text(e.action),
    category: t(`cat.${e.category}`),
    significance: t(`sig.${e.significance}`),
    concerns: row.subjectIds.map(nameOf).join(', '),
    familyView: text(e.familyView),
    disputed: !!e.disputed,
    reference: !showsSourceRecords(audience) ? '' : anon ? anon.reference(e) : sourceReference(e),
    recordedBy: recorder,
    withheld: null,
    ...(documents.length ? { documents } : {}),
  };
}

/** A reference to the source document for a court chronology: "System record-id", or the system alone. */
export function sourceReference(entry: ChronologyEntry): string {
  const ref = entry.sourceRef;
  if (!ref) return '';
  return [ref.system, ref.recordId].filter(Boolean).join(' ');
}

/** True when a URL may become a link: http or https only (never javascript:, data: and the like). */
export function isSafeUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** "Police and Children's Services": a list in the reader's language. */
export function listOf(locale: string, items: readonly string[]): string {
  return formatList(items, locale);
}
