import {
  dayOf,
  endOf,
  formatPartialDate,
  isDay,
  isPartialDate,
  memo,
  startOf,
  type CaseBundle,
  type ChronologyView,
  type DateLocale,
} from '@opencasework/core';
import { makeAnonymiser, type Anonymiser } from './anonymiser.js';
import { anonymises, groupEvents, keyEventsIn, modelFilters, restrictShown, timelineRows, type Audience } from './audience-policy.js';
import { filterRows, searchTerms, type ChronologyFilters, type ChronologyOrder } from './filter.js';
import { buildSearchIndex, highlightWords, prepareTerms, type SearchIndex } from './search.js';
import { findGaps, type Gap } from './gaps.js';
import type { MergedEvent } from './merge.js';
import { buildModel, type ChronologyModel, type Row } from './model.js';
import { periodEndOf, periodSpans, type PeriodSpans } from './periods.js';
import { agencyLabel, documentsByEntry, namesById, presentEntry, type PresentedEntry } from './present.js';

/**
 * The chronology's derived data, worked out from its inputs only (no DOM, no element): the model, how each entry
 * reads in a version and language, what the filters show, the events the table lists, gaps and patterns.
 */

/** Presents entries for one version and language; each entry's text is worked out once. */
export interface Presenter {
  present: (row: Row) => PresentedEntry;
  /** A person's name, or their role in the anonymised version. */
  nameOf: (id: string) => string;
  /** An agency's name as this version shows it (a school or GP surgery by a letter when anonymised). */
  agencyOf: (id: string) => string;
  /** A moment on the axis as its UTC day, written for people (to the month only where it is a date of birth, when anonymised). */
  day: (ms: number) => string;
}

export function makePresenter(
  model: ChronologyModel,
  bundle: CaseBundle,
  locale: DateLocale,
  audience: Audience,
  spans?: () => PeriodSpans,
): Presenter {
  const anonymiser: Anonymiser | undefined = anonymises(audience) ? makeAnonymiser(bundle, locale) : undefined;
  const cache = new Map<string, PresentedEntry>();
  const names = namesById(bundle, model);
  const documents = documentsByEntry(bundle);
  return {
    present: (row) => {
      let p = cache.get(row.id);
      if (!p) cache.set(row.id, (p = presentEntry(row, { model, locale, audience, anonymiser, names, spans, documents })));
      return p;
    },
    nameOf: (id) => (anonymiser ? anonymiser.nameOf(id) : (model.personName.get(id) ?? id)),
    agencyOf: (id) => anonymiser?.agencyName(id) ?? agencyLabel(model, id, locale),
    day: (ms) => {
      const iso = dayOf(ms, 'UTC');
      return formatPartialDate(anonymiser?.isBirthDay(iso) ? iso.slice(0, 7) : iso, locale);
    },
  };
}

/** The text of an entry as a version shows it: what the anonymised version's search looks in. */
export function shownText(p: PresentedEntry): string {
  return [p.title, p.summary, p.agency, p.impact, p.action, p.category, p.concerns, p.familyView, p.reference].join(' ');
}

export interface ShownRows {
  /** Rows shown, in date order. */
  shown: Row[];
  /** How many entries the filters (and the selection) hide. */
  hidden: number;
  /** Withheld entries left out because a filter is applied in the redacted version. */
  withheldHidden: number;
}

/** The rows shown after the filters, the person selected elsewhere and the version's rules. */
export function shownRows(
  model: ChronologyModel,
  filters: ChronologyFilters,
  person: string,
  audience: Audience,
  presenter: Presenter,
  index?: SearchIndex,
  spans?: () => PeriodSpans,
): ShownRows {
  const people = person ? [person] : [];
  // Plans' real ends matter to a date filter only (working them out costs a pass over every plan).
  const periods = filters.from || filters.to ? spans?.() : undefined;
  const r = filterRows(model, modelFilters(audience, filters), people, anonymises(audience) ? undefined : index, periods);
  const { shown, withheldHidden } = restrictShown(audience, r.shown, filters, people, (row) => shownText(presenter.present(row)));
  return { shown, hidden: model.rows.length - shown.length, withheldHidden };
}

export interface GapIndex {
  gaps: Gap[];
  byAfter: Map<string, Gap>;
}

export function gapIndex(rows: readonly Row[], minDays: number): GapIndex {
  const gaps = findGaps(rows, minDays);
  return { gaps, byAfter: new Map(gaps.map((g) => [g.afterId, g])) };
}

/**
 * The events a table lists, in the reader's order: the court chronology lists significant and critical events unless
 * the reader asked for every event.
 */
export function listedEvents(
  events: MergedEvent[],
  audience: Audience,
  court: boolean,
  all: boolean,
  order: ChronologyOrder | undefined,
): MergedEvent[] {
  const listed = court && !all ? keyEventsIn(audience, events) : events;
  return order === 'newest' ? [...listed].reverse() : listed;
}

/** The timeline's events: one per event, by its primary entry, in date order, and the event each stands for. */
export interface TimelineEvents {
  primaries: Row[];
  eventOf: (row: Row) => MergedEvent | undefined;
}

export function timelineEvents(events: readonly MergedEvent[]): TimelineEvents {
  const byPrimary = new Map(events.map((e) => [e.primary.id, e]));
  const primaries = events.map((e) => e.primary).sort((a, b) => a.start - b.start || a.index - b.index);
  return { primaries, eventOf: (row) => byPrimary.get(row.id) };
}

/**
 * The span the timeline's axis fits: from the first shown entry to the last (a period to its real end), narrowed to
 * the date filter, so that a date filter narrows the axis as it narrows the entries.
 */
export function timelineRange(rows: readonly Row[], from: string, to: string, spans?: PeriodSpans): { start: number; end: number } | null {
  if (!rows.length) return null;
  let start = Infinity,
    end = -Infinity;
  for (const r of rows) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.dateEnd, periodEndOf(r, spans) ?? r.dateEnd);
  }
  if (from && isPartialDate(from)) start = Math.max(start, startOf(from));
  if (to && isPartialDate(to)) end = Math.min(end, endOf(to));
  return end > start ? { start, end } : { start, end: start + 86_400_000 };
}

/** The last moment of `today` (YYYY-MM-DD) as UTC ms; now when it is not a day. */
const openUntil = (today: string) => (isDay(today) ? endOf(today) : Date.now());

/** Which view: the table, the timeline or the court chronology (core's type, re-exported under its name). */
export type { ChronologyView };

/** The events of some rows, grouped as the version groups them (the table's rows, or the timeline's where they differ). */
function groupedEvents(
  rows: Row[],
  audience: Audience,
  noMerge: boolean,
  names: ChronologyModel['names'],
  own?: ChronologyModel['ownNames'],
): MergedEvent[] {
  return groupEvents(audience, rows, noMerge, names, own);
}

/**
 * One set of memoised derivations per element: each recomputes only when one of its own inputs changed. The text
 * derivations also take `messages` (the catalogue's language once loaded) so that they start again when Welsh arrives.
 */
export function chronologyView() {
  return {
    /** `today`: where open periods end (YYYY-MM-DD, its last moment); anything else the real date, read once per bundle. */
    model: memo((bundle: CaseBundle, today: string): ChronologyModel => buildModel(bundle, openUntil(today))),
    spans: memo((model: ChronologyModel, today: string): PeriodSpans => periodSpans(model, openUntil(today))),
    presenter: memo(
      (model: ChronologyModel, bundle: CaseBundle, locale: DateLocale, audience: Audience, _messages: string, spans?: () => PeriodSpans) =>
        makePresenter(model, bundle, locale, audience, spans),
    ),
    timelineEvents: memo(timelineEvents),
    timelineRange: memo(timelineRange),
    shown: memo(shownRows),
    searchIndex: memo(buildSearchIndex),
    /** The names a search's words stand for, to highlight (none in the anonymised version: they are not shown). */
    highlights: memo((text: string, audience: Audience, index: SearchIndex): string[] =>
      anonymises(audience) ? [] : highlightWords(prepareTerms(searchTerms(text), index)),
    ),
    timelineRows: memo(timelineRows),
    events: memo(groupedEvents),
    /** The timeline's events where its rows differ from the table's (the redacted version leaves withheld entries out). */
    timelineGroups: memo(groupedEvents),
    gaps: memo(gapIndex),
  };
}
export type ChronologyDerivation = ReturnType<typeof chronologyView>;
