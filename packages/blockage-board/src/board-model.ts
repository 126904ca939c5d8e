import { BOARD_COLUMNS } from './card-ops.js';
import { type Blockage, type BlockageStatus } from '@opencasework/core';
import { DEFAULT_STUCK_WEEKS, filterBlockages, isStuck, ownersOf, type BoardFilters } from './filters.js';

/**
 * What the board view shows, derived from the blockages and the filters: pure, no DOM. The element memoises it
 * (`memo(boardModel)`), so it is worked out again only when the board, the filters or the minute change.
 */

export interface BoardColumn {
  status: BlockageStatus;
  /** The cards in this column that pass the filters: oldest raised first; resolved ones latest resolved first. */
  cards: Blockage[];
}

export interface BoardModel {
  /** How many blockages pass the filters. */
  shown: number;
  columns: BoardColumn[];
  /** A short key for each card, unique on the board (`c0`, `c1`...), for ids inside the card. */
  keys: Map<string, string>;
  /** The owners named on the board, sorted. */
  owners: string[];
  /** The ids of the stuck cards on the whole board (open longer than the threshold), filters aside. */
  stuck: Set<string>;
}

const time = (s?: string) => (s ? Date.parse(s) : 0);

/** Sorts one column: resolved cards latest resolved first, every other column oldest raised first. */
export function sortColumn(list: readonly Blockage[], status: BlockageStatus): Blockage[] {
  return [...list].sort(
    status === 'resolved'
      ? (a, b) => time(b.resolvedAt) - time(a.resolvedAt) || a.id.localeCompare(b.id)
      : (a, b) => time(a.raisedAt) - time(b.raisedAt) || a.id.localeCompare(b.id),
  );
}

export function boardModel(
  blockages: readonly Blockage[],
  filters: BoardFilters,
  now: number,
  stuckWeeks: number = DEFAULT_STUCK_WEEKS,
): BoardModel {
  const shown = filterBlockages(blockages, filters, now, stuckWeeks);
  return {
    shown: shown.length,
    columns: BOARD_COLUMNS.map((status) => ({
      status,
      cards: sortColumn(
        shown.filter((b) => b.status === status),
        status,
      ),
    })),
    keys: new Map(blockages.map((b, i) => [b.id, `c${i}`])),
    owners: ownersOf(blockages),
    stuck: new Set(blockages.filter((b) => isStuck(b, now, stuckWeeks)).map((b) => b.id)),
  };
}
