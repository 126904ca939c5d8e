import type { ChronologyAudience, ChronologyEntry } from '@opencasework/core';
import { isFiltering, searchTerms, type ChronologyFilters } from './filter.js';
import { mergeSameEvents, type MergedEvent } from './merge.js';
import type { Row } from './model.js';
import { textMatches } from './search.js';

/**
 * Every rule that makes the redacted and anonymised versions safe to share, in one place. The element, the views,
 * the presenter and the exports ask these functions; none of them tests the audience itself.
 */

/** Who the chronology is rendered for (core's ChronologyAudience, under the name this package has always used). */
export type Audience = ChronologyAudience;

/** The versions in the order the reader is offered them. */
export const AUDIENCES: readonly Audience[] = ['practitioner', 'redacted', 'anonymised'];

/** Why an entry is withheld in the redacted version, or null when it can be shown. */
export function withheldReason(entry: ChronologyEntry): 'restricted' | 'third-party' | null {
  const c = entry.confidentiality;
  return c === 'restricted' || c === 'third-party' ? c : null;
}

/** How many entries the redacted version withholds. */
export function withheldCount(entries: readonly ChronologyEntry[]): number {
  let n = 0;
  for (const e of entries) if (withheldReason(e)) n++;
  return n;
}

/** Why this version withholds an entry (only the redacted version withholds anything), or null. */
export function withheldIn(audience: Audience, entry: ChronologyEntry): 'restricted' | 'third-party' | null {
  return audience === 'redacted' ? withheldReason(entry) : null;
}

/** How many entries this version withholds (0 except in the redacted version). */
export function withheldCountIn(audience: Audience, rows: readonly Row[]): number {
  return audience === 'redacted' ? withheldCount(rows.map((r) => r.entry)) : 0;
}

/** Whether names are replaced by roles. */
export const anonymises = (audience: Audience): boolean => audience === 'anonymised';

/** Whether links to, and references of, case records may be shown (never in the redacted version). */
export const showsSourceRecords = (audience: Audience): boolean => audience !== 'redacted';

/** Whether an entry may link to its original record (whose address names the record): the full version only. */
export const linksToRecords = (audience: Audience): boolean => audience === 'practitioner';

/** The case title as this version may show it: the anonymised version never shows it (it usually names the family). */
export function caseTitleIn(audience: Audience, title: string | undefined): string {
  return anonymises(audience) ? '' : (title ?? '');
}

/**
 * The filters applied to the model's own search text. The anonymised version searches what it shows (see
 * `restrictShown`), not the original text, so its search words are left out here.
 */
export function modelFilters(audience: Audience, f: ChronologyFilters): ChronologyFilters {
  return anonymises(audience) ? { ...f, text: '' } : f;
}

/**
 * What a version may show of the rows the filters let through.
 * - Redacted: a filter or search must not reveal anything about withheld entries, so they are only listed (as
 *   "withheld") when nothing but a date range is applied.
 * - Anonymised: a search must match what is shown, not the names behind it; otherwise searching a real name would
 *   point at the entries about that person. `shownText` gives the text a row shows in this version.
 */
export function restrictShown(
  audience: Audience,
  rows: Row[],
  f: ChronologyFilters,
  people: string[],
  shownText: (row: Row) => string,
): { shown: Row[]; withheldHidden: number } {
  let shown = rows;
  let withheldHidden = 0;
  if (audience === 'redacted' && isFiltering({ ...f, from: '', to: '' }, people)) {
    shown = shown.filter((row) => !withheldReason(row.entry));
    withheldHidden = rows.length - shown.length;
  }
  const terms = anonymises(audience) ? searchTerms(f.text) : [];
  if (terms.length) {
    shown = shown.filter((row) => {
      const text = shownText(row).toLowerCase();
      return terms.every((t) => textMatches(text, t));
    });
  }
  return { shown, withheldHidden };
}

const single = (r: Row): MergedEvent => ({ id: r.id, primary: r, rows: [r], agencyIds: [r.agencyId] });

/** Groups entries about the same event; in the redacted version a withheld entry is never grouped (a group would show its agency). */
export function groupEvents(
  audience: Audience,
  shown: Row[],
  noMerge: boolean,
  names?: Iterable<string | undefined>,
  ownNames?: ReadonlyMap<string, readonly string[]>,
): MergedEvent[] {
  if (noMerge) return shown.map(single);
  if (audience !== 'redacted') return mergeSameEvents(shown, { names, ownNames });
  const visible = mergeSameEvents(
    shown.filter((r) => !withheldReason(r.entry)),
    { names, ownNames },
  );
  const withheld = shown.filter((r) => withheldReason(r.entry)).map(single);
  return [...visible, ...withheld].sort((a, b) => a.rows[0]!.index - b.rows[0]!.index);
}

/** The rows patterns are worked out over: in the redacted version withheld entries are left out. */
export function patternRows(audience: Audience, rows: Row[]): Row[] {
  return audience === 'redacted' ? rows.filter((r) => !withheldReason(r.entry)) : rows;
}

/** The rows drawn on the timeline: the redacted timeline leaves withheld entries out (their lane would show their agency or child). */
export function timelineRows(audience: Audience, rows: Row[]): Row[] {
  return audience === 'redacted' ? rows.filter((r) => !withheldReason(r.entry)) : rows;
}

/**
 * The events a court chronology lists by default: significant and critical ones. In the redacted version a withheld
 * entry never counts (listing it would tell its significance).
 */
export function keyEventsIn(audience: Audience, events: readonly MergedEvent[]): MergedEvent[] {
  return events.filter((e) => e.rows.some((r) => r.sig >= 2 && !withheldIn(audience, r.entry)));
}
