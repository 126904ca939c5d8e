import { csvCell, type Blockage } from '@opencasework/core';
import { ageDays, endToEndDays } from './measures.js';

/**
 * CSV of every blockage with its measures. RFC 4180 quoting, CRLF line ends, and a guard against formula injection:
 * a text cell that starts with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so spreadsheet
 * programs show it as text instead of running it.
 */

export const CSV_COLUMNS = [
  'id',
  'title',
  'category',
  'status',
  'raisedAt',
  'raisedBy',
  'owner',
  'hoursLostPerWeek',
  'metToo',
  'resolvedAt',
  'endToEndDays',
  'ageDays',
  'hoursRecoveredPerWeek',
  'actions',
  'latestAction',
  'resolution',
  'detail',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

// The cell rules (RFC 4180 and the formula guard) are shared with every export in core.
export { csvCell } from '@opencasework/core';

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** One row of values for a blockage, keyed by column. */
export function csvRow(b: Blockage, now: number): Record<CsvColumn, unknown> {
  const actions = b.actions ?? [];
  const latest = actions.length ? actions[actions.length - 1]! : undefined;
  const resolved = b.status === 'resolved';
  return {
    id: b.id,
    title: b.title,
    category: b.category,
    status: b.status,
    raisedAt: b.raisedAt,
    raisedBy: b.raisedBy ?? '',
    owner: b.owner ?? '',
    hoursLostPerWeek: b.hoursLostPerWeek,
    metToo: b.metToo ?? 0,
    resolvedAt: b.resolvedAt ?? '',
    endToEndDays: round1(endToEndDays(b)),
    ageDays: resolved ? null : round1(ageDays(b, now)),
    hoursRecoveredPerWeek: resolved ? b.hoursLostPerWeek : null,
    actions: actions.length,
    latestAction: latest ? latest.text : '',
    resolution: b.resolution ?? '',
    detail: b.detail ?? '',
  };
}

/** The whole CSV text, header first. */
export function blockagesToCsv(blockages: readonly Blockage[], now: number = Date.now()): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const b of blockages) {
    const row = csvRow(b, now);
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
