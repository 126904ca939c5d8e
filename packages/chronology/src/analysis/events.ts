import { sortByPartialDate, type CaseBundle, type Category, type Significance } from '@opencasework/core';
import { NO_AGENCY, ownNamesOf, peopleNames, rowOf, type Row } from '../model.js';
import {
  eventSimilarity,
  eventWords,
  INJURY,
  isOwnWork,
  mentions,
  nameWords,
  overlaps,
  rowDay,
  settingOf,
  wordsOf as wordList,
} from './common.js';
import type { PartialDate } from './common.js';

/**
 * One happening as a practitioner counts it: the entries several agencies recorded about it (police log an incident,
 * the out-of-hours team records the notification, a referral follows the next day). Each agency's words stay in its
 * own entry; the event only says which entries belong together.
 */
export interface ChronologyEvent {
  /** The id of the first entry in date order (stable, for keys and selection). */
  id: string;
  /** Every entry about it, in date order. Never empty. */
  entryIds: string[];
  /** The entry to show first: the most significant, then the first recorded. */
  primaryId: string;
  /** The first entry's date. */
  date: PartialDate;
  /** Everyone the entries name (empty when none names anyone: then it concerns every subject child). */
  subjectIds: string[];
  /** The agencies that recorded it (ids), in the order of `entryIds`. */
  agencies: string[];
  /** The highest significance among its entries. */
  significance: Significance;
  /** The categories its entries were recorded under (they may differ: police "police", children's services "referral"). */
  categories: Category[];
}

export interface GroupEventsOptions {
  /** How many days a notification may follow the incident it reports. Default 1. */
  windowDays?: number;
  /** How similar (0..1, shared meaningful title words over the shorter title's) two titles must be. Default 0.5. */
  threshold?: number;
  /**
   * The case's people's names (given, preferred, family). Their words say who an entry is about, not what happened,
   * and are left out of the comparison. `groupEvents` and `findPatterns` take them from the bundle's people.
   */
  names?: Iterable<string | undefined>;
  /**
   * Each person's own names (given and preferred), by id: a report of harm joins the injury recorded that day only when
   * it names the injured child. Without them that rule is off. `groupEvents` and `findPatterns` take them from the bundle.
   */
  ownNames?: ReadonlyMap<string, readonly string[]>;
}

/** Categories of a first record of a happening: what a later notification or referral reports. */
const INCIDENT_LIKE = new Set<string>(['police', 'incident', 'missing', 'health', 'education']);
/** Categories of a notification or referral that follows an incident. */
const NOTIFICATION_LIKE = new Set<string>(['referral', 'contact', 'decision']);

/** Entries that report a happening: several agencies record one happening under any of these categories. */
const REPORTS = new Set<string>([...INCIDENT_LIKE, ...NOTIFICATION_LIKE]);
/**
 * Whether two categories can record one happening: two reports of any kind, or the same kind of work (one conference
 * recorded by two agencies). A home visit and the incident it followed are two events, as are a conference and the
 * plan it made.
 */
const oneKind = (a: string, b: string) => a === b || (REPORTS.has(a) && REPORTS.has(b));

/**
 * For two titles with no word that says what happened: one setting named in both ("Incident at school", "Referral from
 * school"), or the same words ("Assault reported" by two agencies); never when either names an agency's own work
 * ("Phone call with parent" from four agencies is four calls, "Home visit" from two is two visits). As a key per title:
 * two such titles are one happening when their keys are equal and not null.
 */
const settingKey = (title: string): string | null => {
  if (isOwnWork(title)) return null;
  const s = settingOf(title);
  return s ? `s ${s}` : `w ${wordList(title).join(' ')}`;
};

const SIG_ORDER: Significance[] = ['routine', 'notable', 'significant', 'critical'];

/** Words that say a person harmed another (English and Welsh): the report of an assault, not of a worry. */
const HARM = [
  'assault',
  'assaults',
  'assaulted',
  'hit',
  'hits',
  'punch',
  'punched',
  'punches',
  'kick',
  'kicked',
  'kicks',
  'slap',
  'slapped',
  'attacked',
  'beat',
  'beaten',
  'strangled',
  'shook',
  'shaken',
  'pushed',
  'bit',
  'bitten',
  'grabbed',
  'threw',
  'physical abuse',
  'ymosod',
  'ymosododd',
  'ymosodiad',
  'taro',
  'tarodd',
  'cicio',
  'ciciodd',
];

/**
 * A report of harm and the injury it caused, recorded by two agencies the same day ("Jordan assaults Tyler" from the
 * police at 21:40, "Tyler seen in the Emergency Department: facial injury" at 22:55): one incident, though the titles
 * share no word of what happened. Narrow on purpose: a police or incident entry whose title says someone was harmed and
 * names the child, and a health entry whose title names an injury to that child and no one it leaves out. An injury to
 * another child, or on another day, stays its own event.
 */
function harmAndInjury(a: Row, b: Row, ownNames: ReadonlyMap<string, readonly string[]> | undefined): boolean {
  if (!ownNames || rowDay(a) !== rowDay(b)) return false;
  const harmCat = (r: Row) => r.entry.category === 'police' || r.entry.category === 'incident';
  const [h, i] = harmCat(a) && b.entry.category === 'health' ? [a, b] : harmCat(b) && a.entry.category === 'health' ? [b, a] : [];
  if (!h || !i || !i.subjectIds.length || !mentions(h.entry.title, HARM) || !mentions(i.entry.title, INJURY)) return false;
  if (h.subjectIds.length && !i.subjectIds.every((id) => h.subjectIds.includes(id))) return false;
  const said = new Set(wordList(h.entry.title));
  return i.subjectIds.some((id) => (ownNames.get(id) ?? []).some((n) => wordList(n).every((w) => said.has(w))));
}

interface Group {
  rows: Row[];
  /** Each row's event words, worked out only when a row is compared. */
  words: (Set<string> | undefined)[];
  lastDay: number;
}

/**
 * Groups rows (in date order, as the model keeps them) into events. Two entries are one event when:
 * - different agencies recorded them (one agency's two records stay two events);
 * - they record one kind of thing: reports of a happening (police, incident, missing, health, education, referral,
 *   contact, decision) under any of these categories, anything else (a visit, a meeting, a conference, a plan) only
 *   under the same category;
 * - they are on the same day, or a notification or referral (category referral, contact or decision) follows within
 *   `windowDays` the incident it reports (police, incident, missing, health or education); a date known only to the
 *   month or year joins only an entry with the very same date;
 * - every entry in the event shares at least one person with it (entries about disjoint children never merge; an entry
 *   naming no one is about everyone);
 * - the titles are similar once words about recording ("referral", "police", "notification", "incident"), who and
 *   where ("home", "parent", "school", the people's names) are left out; two titles with no other words only when they
 *   name the same setting ("Incident at school", "Referral from school") or are the same words, and neither names an
 *   agency's own work (a call, letter, email, visit or check: "Phone call with parent" from two agencies is two calls);
 *   or, the same day, a police or incident report that someone harmed the child it names and a health entry about that
 *   child's injury (`ownNames`: "Jordan assaults Tyler", "Tyler seen in the Emergency Department: facial injury").
 * Every row is in exactly one group.
 */
export function groupRows(rows: readonly Row[], options: GroupEventsOptions = {}): Row[][] {
  const windowDays = options.windowDays ?? 1;
  const threshold = options.threshold ?? 0.5;
  const groups: Group[] = [];
  let active: Group[] = [];
  const byImpreciseDate = new Map<string, Group[]>();
  // Titles repeat ("Home visit", "School attendance"): each one's words are worked out once per call.
  const names = options.names ? nameWords(options.names) : undefined;
  const titleWords = new Map<string, Set<string>>();
  const wordsOf = (title: string) => {
    let w = titleWords.get(title);
    if (!w) titleWords.set(title, (w = eventWords(title, names)));
    return w;
  };
  const settingKeys = new Map<string, string | null>();
  const sameSetting = (a: string, b: string) => {
    let ka = settingKeys.get(a);
    if (ka === undefined) settingKeys.set(a, (ka = settingKey(a)));
    if (ka === null) return false;
    let kb = settingKeys.get(b);
    if (kb === undefined) settingKeys.set(b, (kb = settingKey(b)));
    return ka === kb;
  };
  for (const row of rows) {
    const precise = row.precision === 'day';
    const day = rowDay(row);
    let own: Set<string> | undefined;
    let candidates: Group[];
    if (precise) {
      if (active.length && active[0]!.lastDay < day - windowDays) active = active.filter((g) => g.lastDay >= day - windowDays);
      candidates = active;
    } else candidates = byImpreciseDate.get(row.entry.date) ?? [];
    let best: Group | null = null;
    let bestScore = 0;
    // Plain loops: this runs for every entry against every group still open (no closures made per entry).
    for (const g of candidates) {
      const members = g.rows;
      let fits = true;
      for (let i = 0; i < members.length && fits; i++) {
        const r = members[i]!;
        // One agency's two records stay two events (entries with no agency count as one agency here).
        if (r.agencyId === row.agencyId || !overlaps(r.subjectIds, row.subjectIds)) fits = false;
      }
      if (!fits) continue;
      for (let i = 0; i < members.length; i++) {
        const r = members[i]!;
        // The day and the kinds first (two numbers, two set lookups), the titles' words only for a member that passes.
        const rDay = rowDay(r);
        if (day - rDay > windowDays) continue;
        if (rDay !== day && !(INCIDENT_LIKE.has(r.entry.category) && NOTIFICATION_LIKE.has(row.entry.category))) continue;
        if (!oneKind(r.entry.category, row.entry.category)) continue;
        own ??= wordsOf(row.entry.title);
        const theirs = (g.words[i] ??= wordsOf(r.entry.title));
        // A title that says what happened never joins one that says nothing of it ("Home visit", "Unannounced home visit").
        let sim =
          own.size && theirs.size
            ? eventSimilarity(theirs, own)
            : !own.size && !theirs.size && sameSetting(r.entry.title, row.entry.title)
              ? 1
              : 0;
        if (sim < threshold && harmAndInjury(r, row, options.ownNames)) sim = threshold;
        if (sim < threshold || sim <= bestScore) continue;
        best = g;
        bestScore = sim;
      }
    }
    if (best) {
      best.rows.push(row);
      best.words.push(own);
      best.lastDay = Math.max(best.lastDay, day);
    } else {
      const g: Group = { rows: [row], words: [own], lastDay: day };
      groups.push(g);
      if (precise) active.push(g);
      else {
        const list = byImpreciseDate.get(row.entry.date);
        if (list) list.push(g);
        else byImpreciseDate.set(row.entry.date, [g]);
      }
    }
  }
  return groups.map((g) => g.rows);
}

/** The most significant row of a group, the first recorded on a tie. */
export function primaryOf(rows: readonly Row[]): Row {
  return rows.reduce((best, r) => (r.sig > best.sig ? r : best), rows[0]!);
}

/** A group of rows as an event. */
export function eventOf(rows: readonly Row[]): ChronologyEvent {
  const agencies: string[] = [];
  const categories: Category[] = [];
  const subjectIds: string[] = [];
  let sig = 0;
  for (const r of rows) {
    if (r.agencyId !== NO_AGENCY && !agencies.includes(r.agencyId)) agencies.push(r.agencyId);
    if (!categories.includes(r.entry.category)) categories.push(r.entry.category);
    for (const id of r.subjectIds) if (!subjectIds.includes(id)) subjectIds.push(id);
    sig = Math.max(sig, r.sig);
  }
  return {
    id: rows[0]!.id,
    entryIds: rows.map((r) => r.id),
    primaryId: primaryOf(rows).id,
    date: rows[0]!.entry.date,
    subjectIds,
    agencies,
    significance: SIG_ORDER[sig] ?? 'routine',
    categories,
  };
}

/**
 * The chronology's events: entries from different agencies about the same happening merged (see `groupRows` for the
 * rules), in date order. Pure; every entry belongs to exactly one event.
 */
export function groupEvents(bundle: CaseBundle, options: GroupEventsOptions = {}): ChronologyEvent[] {
  return groupRows(rowsOf(bundle), { names: peopleNames(bundle), ownNames: ownNamesOf(bundle), ...options }).map(eventOf);
}

/**
 * The chronology's rows for analysis: in date order as the model sorts them, with the model's day positions, but
 * without the search text `buildModel` prepares (the analysis never searches).
 */
export function rowsOf(bundle: CaseBundle): Row[] {
  const entries = sortByPartialDate(
    bundle.chronology ?? [],
    (e) => e.date,
    (e) => e.sequence,
  );
  return entries.map((entry, index) => rowOf(entry, index, 0));
}
