import { memo, newId, type CaseBundle, type ChronologyEntry, type Document, type Person } from '@opencasework/core';
import type { Localizer, RecordingKey } from './messages/index.js';

/** What kind of contact the note records, and the chronology category it is saved under. */
export type NoteKind = 'visit' | 'contact' | 'meeting';
export const NOTE_KINDS: readonly NoteKind[] = ['visit', 'contact', 'meeting'];

/** A photo or clip kept with the draft (its bytes are in the draft store under `id`). */
export interface DraftMedia {
  id: string;
  /** The title shown and saved: the file's name as text, or "Photo". */
  title: string;
  kind: 'photo' | 'drawing' | 'audio' | 'video';
  mediaType: string;
  size: number;
  /**
   * The day a photo was taken, from its EXIF, when that is a believable day (core's PartialDate, a full date): its
   * document is filed under it, not the note's date. Absent for a photo that does not say, and for clips.
   */
  takenOn?: string;
}

/** The consent confirmation, kept with the note. */
export interface NoteConsent {
  /** Who confirmed that everyone present agreed, and when (an instant). */
  by: string;
  at: string;
}

/** The note as it is written: everything the draft keeps. */
export interface NoteValues {
  kind: NoteKind;
  /** YYYY-MM-DD and HH:MM, as the date and time inputs give them. */
  date: string;
  time: string;
  place: string;
  /** People of the bundle who were there. */
  presentIds: string[];
  /** Anyone else, as typed. */
  presentOther: string;
  /** The child the note is about. */
  childId: string;
  seen: '' | 'yes' | 'no';
  seenAlone: '' | 'yes' | 'no';
  /** Why the child was not seen (a visit where they were not): asked, and needed, whenever they were not. */
  notSeenReason: string;
  note: string;
  /** The child's own words, kept marked as theirs. */
  words: string;
  consent: NoteConsent | null;
  media: DraftMedia[];
}

export type NoteField = 'date' | 'time' | 'note' | 'seen' | 'seenAlone' | 'notSeen' | 'consent';
export interface NoteError {
  field: NoteField;
  key: RecordingKey;
}

/** A person's name as the note shows it. */
export function nameOf(p: Person | undefined): string {
  if (!p) return '';
  const given = p.preferredName || p.givenName || '';
  return [given, p.familyName].filter(Boolean).join(' ') || p.id;
}

/** The people a note can name: the case's children (its subjects), and every name by id. */
export interface NotePeople {
  children: [string, string][];
  names: Map<string, string>;
  /** Each person's recorded gender: Welsh words agree with it ("ar ei phen ei hun" for a girl). */
  genders: Map<string, string>;
}

/** A record that is not someone who can be in the room: a pregnancy, or a person who has died. */
const absent = (p: Person): boolean => !!p.pregnancy || !!p.deceased || !!p.dateOfDeath;

export const notePeople = memo((bundle: CaseBundle): NotePeople => {
  const people = bundle.people ?? [];
  const names = new Map(people.map((p) => [p.id, nameOf(p)]));
  const subjects = (bundle.case.subjectIds ?? []).filter((id) => names.has(id));
  const children: [string, string][] = (subjects.length ? subjects : people.filter((p) => !absent(p)).map((p) => p.id)).map((id) => [
    id,
    names.get(id)!,
  ]);
  return { children, names, genders: new Map(people.map((p) => [p.id, p.gender])) };
});

/** Current on `day`: begun by then (or no start given) and not ended before it (a partial date covers its whole month or year). */
const openOn = (from: string | undefined, to: string | undefined, day: string): boolean =>
  (!from || from.slice(0, 10) <= day.slice(0, from.length)) && (!to || to >= day.slice(0, to.length));

/**
 * Who to offer under "Who was there?": first those likely to be at a visit to the child (the case's children, the
 * child's current household, the child's parents and carers whose relationship has not ended), then everyone else in
 * the case, by name, behind a disclosure. Pregnancies and people who have died are never offered.
 */
export const presentOptions = memo((bundle: CaseBundle, childId: string, day: string) => {
  const { names, children } = notePeople(bundle);
  const gone = new Set((bundle.people ?? []).filter(absent).map((p) => p.id));
  const near = new Set<string>();
  for (const h of bundle.households ?? [])
    if (h.memberIds?.includes(childId) && openOn(h.from, h.to, day)) h.memberIds.forEach((id) => near.add(id));
  for (const r of bundle.relationships ?? [])
    if (r.kind === 'parent' && r.childId === childId && openOn(r.from, r.to, day)) near.add(r.parentId);
  const childIds = new Set(children.map(([id]) => id));
  const byName = (ids: string[]): [string, string][] =>
    ids
      .filter((id) => names.has(id) && !gone.has(id))
      .map((id): [string, string] => [id, names.get(id)!])
      .sort((a, b) => a[1].localeCompare(b[1]));
  const likely: [string, string][] = [...children.filter(([id]) => !gone.has(id)), ...byName([...near].filter((id) => !childIds.has(id)))];
  const shown = new Set(likely.map(([id]) => id));
  const others = byName([...names.keys()].filter((id) => !shown.has(id)));
  return { likely, others };
});

/** A fresh note: a visit, today, now, about the case's first child. */
export function emptyNote(day: string, time: string, childId: string): NoteValues {
  return {
    kind: 'visit',
    date: day,
    time,
    place: '',
    presentIds: [],
    presentOther: '',
    childId,
    seen: '',
    seenAlone: '',
    notSeenReason: '',
    note: '',
    words: '',
    consent: null,
    media: [],
  };
}

const isRealDate = (d: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};

/** What stops the note being saved, in the order of the form. */
export function validateNote(v: NoteValues, today: string): NoteError[] {
  const errors: NoteError[] = [];
  if (!isRealDate(v.date) || v.date > today) errors.push({ field: 'date', key: 'error.date' });
  if (v.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v.time)) errors.push({ field: 'time', key: 'error.time' });
  if (v.kind === 'visit' && v.childId && !v.seen) errors.push({ field: 'seen', key: 'error.seen' });
  if (v.kind === 'visit' && v.seen === 'yes' && !v.seenAlone) errors.push({ field: 'seenAlone', key: 'error.seenAlone' });
  if (v.kind === 'visit' && v.seen === 'no' && !v.notSeenReason.trim()) errors.push({ field: 'notSeen', key: 'error.notSeen' });
  if (v.media.length && !v.consent) errors.push({ field: 'consent', key: 'error.consent' });
  if (!v.note.trim() && !v.words.trim() && !v.media.length) errors.push({ field: 'note', key: 'error.note' });
  return errors;
}

/** The entry's title: what it was, where, and whether the child was seen (alone): what a reader of a chronology looks for. */
export function noteTitle(l: Localizer, v: NoteValues, childName: string, gender = ''): string {
  const kind = l.t(`title.${v.kind}`);
  const base = v.place.trim() ? l.t('title.at', { kind, place: v.place.trim() }) : kind;
  let title = base;
  if (v.kind === 'visit' && childName && v.seen)
    title = l.t(v.seen === 'no' ? 'title.notSeen' : v.seenAlone === 'yes' ? 'title.seenAlone' : 'title.seen', {
      title: base,
      name: childName,
      gender,
    });
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** The names of those present, in the form's order, then anyone else as typed. */
export function presentNames(v: NoteValues, people: NotePeople): string[] {
  const others = v.presentOther
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...v.presentIds.map((id) => people.names.get(id) ?? id), ...others];
}

export interface SavedNote {
  entry: ChronologyEntry;
  /** One document per photo or clip (attachmentId and size filled in by the caller once the store has the bytes). */
  documents: Document[];
}

/**
 * The chronology entry and its documents. The summary is the practitioner's text, then who was present and the
 * child's words in quotation marks; the structured parts are kept on the entry as well (`present`, `childSeen`,
 * `seenAlone` or `notSeenReason`, `childWords` as a Statement with `familyWords: true`, `recordingConsent`), fields the bundle keeps.
 */
export function buildNote(
  l: Localizer,
  v: NoteValues,
  people: NotePeople,
  o: { actor: string; now: string; entryId?: string; docIds?: string[]; agencyId?: string },
): SavedNote {
  const childName = people.names.get(v.childId) ?? '';
  const entryId = o.entryId ?? newId();
  const present = presentNames(v, people);
  const paragraphs = [v.note.trim()];
  const notSeen = v.kind === 'visit' && v.seen === 'no' ? v.notSeenReason.trim() : '';
  if (notSeen) paragraphs.push(l.t('summary.notSeen', { name: childName || '?', reason: notSeen }));
  if (present.length) paragraphs.push(l.t('summary.present', { names: l.list(present) }));
  if (v.words.trim()) paragraphs.push(l.t('summary.words', { name: childName || '?', words: v.words.trim() }));
  if (v.consent) paragraphs.push(l.t('summary.consent'));
  const subjectIds = v.childId ? [v.childId] : [];
  const entry: ChronologyEntry & Record<string, unknown> = {
    id: entryId,
    date: v.date,
    ...(v.time ? { time: v.time } : {}),
    title: noteTitle(l, v, childName, people.genders.get(v.childId)),
    summary: paragraphs.filter(Boolean).join('\n\n'),
    category: v.kind,
    significance: 'routine',
    subjectIds,
    recordedBy: o.actor,
    recordedAt: o.now,
    ...(o.agencyId ? { sourceAgencyId: o.agencyId } : {}),
    present: [...v.presentIds, ...presentNames({ ...v, presentIds: [] }, people)],
    ...(v.kind === 'visit' && v.seen
      ? {
          childSeen: v.seen === 'yes',
          ...(v.seen === 'yes' ? { seenAlone: v.seenAlone === 'yes' } : notSeen ? { notSeenReason: notSeen } : {}),
        }
      : {}),
    ...(v.words.trim()
      ? { childWords: [{ id: newId(), text: v.words.trim(), ...(v.childId ? { by: v.childId } : {}), familyWords: true }] }
      : {}),
    ...(v.consent ? { recordingConsent: { confirmed: true, by: v.consent.by, at: v.consent.at } } : {}),
  };
  const documents = v.media.map((m, i): Document => ({
    id: o.docIds?.[i] ?? newId(),
    title: m.title,
    kind: m.kind,
    mediaType: m.mediaType,
    // A photo is evidence of the day it was taken: one from an earlier visit is filed under that day (the form says so).
    date: m.takenOn ?? v.date,
    // A drawing is the child's work, not the worker's who photographed it; whose it is, the form does not ask.
    ...(m.kind === 'drawing' ? {} : { authorId: o.actor }),
    subjectIds,
    entryIds: [entryId],
    size: m.size,
  }));
  return { entry, documents };
}
