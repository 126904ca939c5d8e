import { endOf, midpointOf, precisionOf, startOf, todayPartialDate, type ChronologyEntry } from '@opencasework/core';

/** A date written YYYY, YYYY-MM or YYYY-MM-DD (core's PartialDate schema). */
export type PartialDate = string;

/** Shared helpers of the chronology's analysis: day numbers, who an entry is about, and the words that name an event. */

export const DAY = 86_400_000;

/** A date as a whole number of UTC days: a full date is its day, a month or year its middle day. */
export function dayNumber(date: string): number {
  return Math.floor((precisionOf(date) === 'day' ? startOf(date) : midpointOf(date)) / DAY);
}

/** A row's day number (as `dayNumber` of its date, from the model's precomputed start and middle). */
export function rowDay(r: { precision: string; start: number; mid: number }): number {
  return Math.floor((r.precision === 'day' ? r.start : r.mid) / DAY);
}

/** A day number back as a full date ("2024-03-01"). */
export function dateOfDay(day: number): PartialDate {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** "Today" for an analysis: a date, a UTC ms instant, or the real today. Partial dates count from their last day. */
export function asAtDay(asAt?: PartialDate | number): number {
  if (typeof asAt === 'number') return Math.floor(asAt / DAY);
  const d = asAt || todayPartialDate();
  return Math.floor(endOf(d) / DAY);
}

/** Who an entry is about: the people it names, or every subject child of the case when it names none. */
export function aboutOf(entry: ChronologyEntry, caseSubjects: readonly string[]): string[] {
  return entry.subjectIds?.length ? entry.subjectIds : [...caseSubjects];
}

/** Whether two entries' people overlap; an entry naming no one is about everyone. */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

// Words that say how something was recorded or passed on, not what happened: "Referral from police: domestic
// incident" and "Domestic abuse incident" name the same happening through their other words.
const GENERIC = new Set(
  (
    'a an the of to and or in on at for by with from about re regarding into after before over out its his her their ' +
    'referral referred refer received receive report reported reports notification notified notify police incident ' +
    'record recorded call called phone telephone email letter contact visit meeting update information info share ' +
    'shared sharing concern concerns csc mash edt hours team service services children childrens child social care ' +
    'worker log logged attended attend attendance officer officers raised made new follow up check note notes ' +
    'y yr i o ar gan am gyda'
  ).split(' '),
);
// Words that say who or where, not what happened: a home visit and a domestic incident at home share only "home", a
// phone call with a parent and a parents' evening only "parent", a child protection plan and a child in need plan
// only "plan". They decide nothing alone, except between two titles that say nothing else (`settingOf`).
const SETTING = new Set(
  (
    'home homes house family families parent parents mother mothers father fathers mum dad carer carers school ' +
    'schools nursery plan plans'
  ).split(' '),
);

// Words that name an agency's own piece of work: each agency's call, letter, email, visit or check is its own, even
// when two agencies title theirs alike on one day ("Phone call with parent" from the school and the health visitor).
// A meeting is not here: several agencies sit in one. A joint piece of work says so ("Joint home visit"), and "joint"
// is a word that decides.
const OWN_WORK = new Set(
  'call called calls phone phoned telephone telephoned email emailed emails letter letters visit visited visits check checks text texted message'.split(
    ' ',
  ),
);

/** Whether a title names an agency's own piece of work (a call, letter, email, visit or check). */
export function isOwnWork(title: string): boolean {
  for (const w of wordsOf(title)) if (OWN_WORK.has(w)) return true;
  return false;
}

/** Light stemming so that "bruise", "bruised" and "bruising", or "injury" and "injuries", match. */
export function stem(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** The words of a text, lower-case, accents folded. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  // Accents are folded only when there are any (most titles are plain ASCII; normalising is the slow part).
  const plain = /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
  return plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The words of a title that say what happened, stemmed: generic recording words, who-and-where words, single letters
 * (the "s" of "Jay's"), numbers and the words of `names` (the case's people: "Jay hit" and "Jay missing" share only who
 * they are about) left out.
 */
export function eventWords(title: string, names?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(title))
    if (w.length > 1 && !GENERIC.has(w) && !SETTING.has(w) && !names?.has(w) && !/^\d+$/.test(w)) out.add(stem(w));
  return out;
}

/**
 * A title's who-and-where words, stemmed and sorted, as one key ("" when it has none): for two titles that say nothing
 * of what happened, "Incident at school" and "Referral from school" name one setting, "Incident at home" another.
 */
export function settingOf(title: string): string {
  const out = new Set<string>();
  for (const w of wordsOf(title)) if (SETTING.has(w)) out.add(stem(w));
  return [...out].sort().join(' ');
}

/** The words of people's names (given, preferred and family names), as `eventWords` leaves them out. */
export function nameWords(names: Iterable<string | undefined>): Set<string> {
  const out = new Set<string>();
  for (const n of names) if (n) for (const w of wordsOf(n)) out.add(w);
  return out;
}

/** How far two titles name the same happening: shared meaningful words over the smaller set (0 when either has none). */
export function eventSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / Math.min(a.size, b.size);
}

/** Words that name an injury (English and Welsh): an injury is a concern, and joins the report of the harm that caused it. */
export const INJURY = [
  'injury',
  'injuries',
  'injured',
  'bruise',
  'bruises',
  'bruised',
  'bruising',
  'burn',
  'burns',
  'burned',
  'scald',
  'scalded',
  'fracture',
  'fractured',
  'bite mark',
  'mark on',
  'marks on',
  'anaf',
  'clais',
  'cleisiau',
  'llosg',
];

const phraseRegex = new WeakMap<readonly string[], RegExp>();

/** Whether a text contains any of the phrases (whole words, case and punctuation ignored). */
export function mentions(text: string, phrases: readonly string[]): boolean {
  let re = phraseRegex.get(phrases);
  if (!re) {
    const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(` (?:${alternatives}) `);
    phraseRegex.set(phrases, re);
  }
  return re.test(` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
}
