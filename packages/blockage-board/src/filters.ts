import type { Blockage, BlockageCategory, BlockageStatus } from '@opencasework/core';
import { ageDays } from './measures.js';

/** What the board shows. Empty values mean "any". */
export interface BoardFilters {
  category: BlockageCategory | '';
  /** An owner's name, '' for any, or NO_OWNER for cards nobody owns yet. */
  owner: string;
  status: BlockageStatus | '';
  age: AgeFilter;
  /** Free text: matches title, detail, owner, actions and resolution, ignoring case and accents. */
  query: string;
  /** Only the stuck cards: open for longer than the board's threshold (see `isStuck`). */
  stuck: boolean;
}

export type AgeFilter = '' | 'over-week' | 'over-month' | 'over-quarter';
export const AGE_FILTERS: readonly AgeFilter[] = ['', 'over-week', 'over-month', 'over-quarter'];
const AGE_DAYS: Record<Exclude<AgeFilter, ''>, number> = { 'over-week': 7, 'over-month': 28, 'over-quarter': 91 };

export const NO_OWNER = '\u0000none';

export const EMPTY_FILTERS: BoardFilters = { category: '', owner: '', status: '', age: '', query: '', stuck: false };

/** A card open this many weeks is marked stuck unless the host sets another threshold. */
export const DEFAULT_STUCK_WEEKS = 8;

/** Stuck: not resolved (escalated counts: the blockage is still there) and raised more than `weeks` weeks ago. */
export function isStuck(b: Blockage, now: number, weeks: number = DEFAULT_STUCK_WEEKS): boolean {
  return b.status !== 'resolved' && weeks > 0 && ageDays(b, now) > weeks * 7;
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function searchable(b: Blockage): string {
  return fold([b.title, b.detail, b.owner, b.resolution, ...(b.actions ?? []).map((a) => a.text)].filter(Boolean).join('\n'));
}

/** True when the filters are all "any". */
export function filtersAreEmpty(f: BoardFilters): boolean {
  return !f.category && !f.owner && !f.status && !f.age && !f.query.trim() && !f.stuck;
}

/**
 * The blockages that pass every filter, in input order. Age counts only open blockages (a resolved one has no age);
 * `stuckWeeks` is the threshold of the stuck filter.
 */
export function filterBlockages(
  blockages: readonly Blockage[],
  f: BoardFilters,
  now: number = Date.now(),
  stuckWeeks: number = DEFAULT_STUCK_WEEKS,
): Blockage[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return blockages.filter((b) => {
    if (f.category && b.category !== f.category) return false;
    if (f.status && b.status !== f.status) return false;
    if (f.owner === NO_OWNER ? !!b.owner : f.owner && b.owner !== f.owner) return false;
    if (f.stuck && !isStuck(b, now, stuckWeeks)) return false;
    if (f.age) {
      if (b.status === 'resolved') return false;
      if (ageDays(b, now) < AGE_DAYS[f.age]) return false;
    }
    if (words.length) {
      const text = searchable(b);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** The owners named on the board, sorted, for the owner filter. */
export function ownersOf(blockages: readonly Blockage[]): string[] {
  return [...new Set(blockages.map((b) => b.owner).filter((o): o is string => !!o))].sort((a, b) => a.localeCompare(b));
}
