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
  /** Titles at least this similar (0..1) are the same event. Default 0.5. */
  threshold?: number;
}

/**
 * Groups entries that describe the same event: the same date (to the same precision), the same category, similar
 * titles, recorded by different agencies. Input order (date order) is kept; every entry appears in exactly one group.
 */
export function mergeSameEvents(rows: readonly Row[], options: MergeOptions = {}): MergedEvent[] {
  const threshold = options.threshold ?? 0.5;
  const groups: Row[][] = [];
  // Candidates share a date string and a category; keep the open groups for that key.
  const open = new Map<string, Row[][]>();
  for (const row of rows) {
    const key = `${row.entry.date}|${row.entry.category}`;
    const candidates = open.get(key);
    let placed = false;
    if (candidates) {
      for (const g of candidates) {
        if (g.some((r) => r.agencyId === row.agencyId)) continue; // one agency's two records stay two events
        if (g.some((r) => titleSimilarity(r.entry.title, row.entry.title) >= threshold)) {
          g.push(row);
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      const g = [row];
      groups.push(g);
      if (candidates) candidates.push(g);
      else open.set(key, [g]);
    }
  }
  return groups.map((g) => {
    const primary = g.reduce((best, r) => (r.sig > best.sig ? r : best), g[0]!);
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
