import { groupRows, primaryOf } from './analysis/events.js';
import type { Row } from './model.js';

/** One event as the reader sees it: one or more entries from different agencies that describe the same thing. */
export interface MergedEvent {
  /** The id of the first entry (stable, for keys and selection). */
  id: string;
  /** The entry shown first (the most significant, then the first recorded). */
  primary: Row;
  /** Every entry in the group, primary first. Never empty; entries are never dropped. */
  rows: Row[];
  /** Distinct source agency ids in the group, in the order of `rows`. */
  agencyIds: string[];
}

const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'about',
  'y',
  'yr',
  "a'r",
  'i',
  'o',
  'ar',
  'gan',
]);

/** The meaningful words of a title, lower-case, with simple plural and punctuation folded away. */
export function titleWords(title: string): Set<string> {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u);
  const out = new Set<string>();
  for (const w of words) {
    if (!w || STOP.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Similarity of two titles: Jaccard overlap of their words, or 1 when one title's words contain the other's. */
export function titleSimilarity(a: string, b: string): number {
  const x = titleWords(a),
    y = titleWords(b);
  if (!x.size || !y.size) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  if (both === Math.min(x.size, y.size)) return 1;
  return both / (x.size + y.size - both);
}

export interface MergeOptions {
  /** Titles at least this similar (0..1, shared meaningful words over the shorter title's) are the same event. Default 0.5. */
  threshold?: number;
  /** How many days a notification or referral may follow the incident it reports. Default 1. */
  windowDays?: number;
  /** The case's people's names: their words say who, not what happened, and are left out of the comparison. */
  names?: Iterable<string | undefined>;
  /** Each person's own names by id: a report of harm joins the injury to the child it names (`GroupEventsOptions.ownNames`). */
  ownNames?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Groups entries that describe the same event, by the rules of `groupEvents` (analysis/events.ts): different
 * agencies; the same day, or a notification within a day of the incident it reports; overlapping people (entries
 * about disjoint children never merge); similar wording; categories may differ. Input order (date order) is kept;
 * every entry appears in exactly one group. (Before, entries merged only with the same category and date, so police
 * "police" and children's services "referral" for one incident stayed two events.)
 */
export function mergeSameEvents(rows: readonly Row[], options: MergeOptions = {}): MergedEvent[] {
  return groupRows(rows, options).map((g) => {
    // most events are one entry: its own list, no copies (10,000 entries make about 9,000 of them)
    if (g.length === 1) return { id: g[0]!.id, primary: g[0]!, rows: g, agencyIds: [g[0]!.agencyId] };
    const primary = primaryOf(g);
    const ordered = [primary, ...g.filter((r) => r !== primary)];
    const agencyIds: string[] = [];
    for (const r of ordered) if (!agencyIds.includes(r.agencyId)) agencyIds.push(r.agencyId);
    return { id: g[0]!.id, primary, rows: ordered, agencyIds };
  });
}

/** Every entry id in a list of events (for checking nothing was lost). */
export function entryIdsOf(events: readonly MergedEvent[]): string[] {
  return events.flatMap((e) => e.rows.map((r) => r.id));
}
