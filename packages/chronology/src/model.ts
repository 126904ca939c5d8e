import {
  ageAt,
  compareDateOrder,
  endOf,
  precisionOf,
  startOf,
  type Age,
  type CaseBundle,
  type ChronologyEntry,
  type Person,
  type Precision,
  type Significance,
} from '@opencasework/core';

/** Significance as a number, for sorting, sizing and trend detection (routine 0 .. critical 3). */
export const SIGNIFICANCE_RANK: Record<Significance, number> = { routine: 0, notable: 1, significant: 2, critical: 3 };

/** The lane key used for entries that name no source agency. */
export const NO_AGENCY = '';

/** One chronology entry, sorted and indexed once so that filtering, search and drawing never re-derive it. */
export interface Row {
  entry: ChronologyEntry;
  id: string;
  /** Position in date order (0-based). */
  index: number;
  /** First day the (partial) date could mean, UTC ms. */
  start: number;
  /** Last day the date could mean (a year-only date spans the year). */
  dateEnd: number;
  /** Where an imprecise date sits on an axis. */
  mid: number;
  precision: Precision;
  /** For a period: the last day of `endDate`; Infinity-free: an open period ends at `openUntil`. */
  periodEnd: number | null;
  /** True for a period with no end (an open plan or placement). */
  open: boolean;
  agencyId: string;
  subjectIds: string[];
  sig: number;
  /** Lower-case text of everything a search should find (title, summary, impact, action, family view, agency, people, tags). */
  text: string;
}

export interface NamedItem {
  id: string;
  name: string;
}

export interface ChronologyModel {
  rows: Row[];
  byId: Map<string, Row>;
  /** Agencies with at least one entry, in bundle order, then "no agency" if used. */
  agencies: NamedItem[];
  agencyName: Map<string, string>;
  /** People named by at least one entry, subject children first. */
  people: NamedItem[];
  personName: Map<string, string>;
  /** The children the case is about. */
  subjectIds: string[];
  /** Every name of the case's people (given, preferred, family): grouping entries into events leaves their words out. */
  names: (string | undefined)[];
  /** Each person's own names (given and preferred), by id (`GroupEventsOptions.ownNames`). */
  ownNames: Map<string, string[]>;
  dateOfBirth: Map<string, string>;
  /** Earliest start and latest end over all entries (UTC ms); null when there are none. */
  range: { start: number; end: number } | null;
  /** Agency id -> count, category -> count... for filter labels. */
  case: CaseBundle['case'];
}

/** Every name of the case's people (given, preferred, family), for grouping events (`GroupEventsOptions.names`). */
export function peopleNames(bundle: Pick<CaseBundle, 'people'>): (string | undefined)[] {
  return (bundle.people ?? []).flatMap((p) => [p.givenName, p.preferredName, p.familyName]);
}

/** Each person's own names (given and preferred) by id: a report of harm that names the child (`GroupEventsOptions.ownNames`). */
export function ownNamesOf(bundle: Pick<CaseBundle, 'people'>): Map<string, string[]> {
  return new Map((bundle.people ?? []).map((p) => [p.id, [p.givenName, p.preferredName].filter((n): n is string => !!n)]));
}

/** A person's everyday name: preferred name, else given + family name, else the id. */
export function personDisplayName(p: Person): string {
  const given = p.preferredName || p.givenName;
  const full = [given, p.familyName].filter(Boolean).join(' ');
  return full || p.id;
}

const isPeriodCategory = (c: string) => c === 'plan' || c === 'placement';

/**
 * One entry as a row: its position in date order and on the day axis. `text` is what a search looks in (the
 * analysis, which never searches, leaves it empty); given as a function, it is put together when a search first reads
 * it, so a first render of 10,000 entries does not build 10,000 search texts.
 */
class ModelRow implements Row {
  readonly id: string;
  readonly start: number;
  readonly dateEnd: number;
  readonly mid: number;
  readonly precision: Precision;
  readonly periodEnd: number | null;
  readonly open: boolean;
  readonly agencyId: string;
  readonly subjectIds: string[];
  readonly sig: number;
  /** The entry's sequence among those of its day (core's date order reads it). */
  readonly sequence: number | undefined;
  private words: string | ((entry: ChronologyEntry) => string);

  constructor(
    readonly entry: ChronologyEntry,
    /** Position in date order: set once the rows are sorted. */
    public index: number,
    openUntil: number,
    words: string | ((entry: ChronologyEntry) => string),
  ) {
    const start = startOf(entry.date);
    const dateEnd = endOf(entry.date);
    const open = !entry.endDate && isPeriodCategory(entry.category);
    this.id = entry.id;
    this.start = start;
    this.dateEnd = dateEnd;
    this.mid = (start + dateEnd) / 2; // midpointOf(entry.date), without reading the date twice more
    this.precision = precisionOf(entry.date);
    this.periodEnd = entry.endDate ? Math.max(endOf(entry.endDate), start) : open ? Math.max(openUntil, dateEnd) : null;
    this.open = open;
    this.agencyId = entry.sourceAgencyId ?? NO_AGENCY;
    this.subjectIds = entry.subjectIds ?? [];
    this.sig = SIGNIFICANCE_RANK[entry.significance] ?? 0;
    this.sequence = entry.sequence;
    this.words = words;
  }

  get text(): string {
    if (typeof this.words !== 'string') this.words = this.words(this.entry);
    return this.words;
  }
}

export function rowOf(
  entry: ChronologyEntry,
  index: number,
  openUntil: number,
  text: string | ((entry: ChronologyEntry) => string) = '',
): Row {
  return new ModelRow(entry, index, openUntil, text);
}

/**
 * Builds the indexed model of a case's chronology. `openUntil` is where an open period (a plan or placement with no
 * end) is drawn to: today by default.
 */
export function buildModel(bundle: CaseBundle, openUntil: number = Date.now()): ChronologyModel {
  const people = bundle.people ?? [];
  const personName = new Map(people.map((p) => [p.id, personDisplayName(p)]));
  const dateOfBirth = new Map<string, string>();
  for (const p of people) if (p.dateOfBirth) dateOfBirth.set(p.id, p.dateOfBirth);
  const agencyName = new Map((bundle.agencies ?? []).map((a) => [a.id, a.name]));
  const rows: ModelRow[] = [];
  const byId = new Map<string, Row>();
  const usedAgencies = new Set<string>();
  const usedPeople = new Set<string>();
  let min = Infinity,
    max = -Infinity;
  // An entry's search text: everything a search should find, in lower case (read only when a search runs).
  const words = (entry: ChronologyEntry) =>
    [
      entry.title,
      entry.summary,
      entry.impact,
      entry.action,
      entry.familyView,
      entry.recordedBy,
      agencyName.get(entry.sourceAgencyId ?? NO_AGENCY),
      ...(entry.subjectIds ?? []).map((id) => personName.get(id)),
      ...(entry.tags ?? []),
      entry.sourceRef?.system,
      entry.sourceRef?.recordId,
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
  // Each entry's row first, then the rows sorted as sortByPartialDate sorts entries (by start, the more precise first,
  // then by sequence, then as given: the sort is stable), from the start and precision each row has worked out once.
  for (const entry of bundle.chronology ?? []) {
    const agencyId = entry.sourceAgencyId ?? NO_AGENCY;
    usedAgencies.add(agencyId);
    if (entry.subjectIds) for (const id of entry.subjectIds) usedPeople.add(id);
    const row = new ModelRow(entry, 0, openUntil, words);
    rows.push(row);
    min = Math.min(min, row.start);
    max = Math.max(max, row.periodEnd ?? row.dateEnd, row.dateEnd);
  }
  rows.sort(compareDateOrder);
  rows.forEach((row, index) => {
    row.index = index;
    byId.set(row.id, row);
  });
  const agencies: NamedItem[] = (bundle.agencies ?? []).filter((a) => usedAgencies.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
  if (usedAgencies.has(NO_AGENCY)) agencies.push({ id: NO_AGENCY, name: '' });
  const subjects = bundle.case.subjectIds ?? [];
  const peopleList: NamedItem[] = [
    ...subjects.filter((id) => personName.has(id)).map((id) => ({ id, name: personName.get(id)! })),
    ...people.filter((p) => usedPeople.has(p.id) && !subjects.includes(p.id)).map((p) => ({ id: p.id, name: personName.get(p.id)! })),
  ];
  return {
    rows,
    byId,
    agencies,
    agencyName,
    people: peopleList,
    personName,
    subjectIds: subjects,
    names: peopleNames(bundle),
    ownNames: ownNamesOf(bundle),
    dateOfBirth,
    range: rows.length ? { start: min, end: max } : null,
    case: bundle.case,
  };
}

/** The children an entry is about, for showing ages: the subject children it names, or all of them when it names none. */
export function childrenOf(row: Row, model: ChronologyModel): string[] {
  const named = row.subjectIds.filter((id) => model.subjectIds.includes(id));
  if (named.length) return named;
  return row.subjectIds.length ? [] : model.subjectIds;
}

/** Age of each child the entry concerns at the entry's date (children born later are left out). */
export function agesAt(row: Row, model: ChronologyModel): { personId: string; age: Age }[] {
  const out: { personId: string; age: Age }[] = [];
  for (const id of childrenOf(row, model)) {
    const dob = model.dateOfBirth.get(id);
    if (!dob) continue;
    const age = ageAt(dob, row.entry.date);
    if (age) out.push({ personId: id, age: row.entry.approximate ? { ...age, approximate: true } : age });
  }
  return out;
}

/** Binary search: index of the first row whose start is >= t. */
export function lowerBound(rows: readonly Row[], t: number): number {
  let lo = 0,
    hi = rows.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (rows[m]!.start < t) lo = m + 1;
    else hi = m;
  }
  return lo;
}
