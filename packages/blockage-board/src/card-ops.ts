import { deepEqual, type Blockage, type BlockageCategory, type BlockageStatus } from '@opencasework/core';

/** Pure operations on one card. Each returns a new Blockage; the input is never modified. */

export interface RaiseInput {
  title: string;
  category?: BlockageCategory | '';
  hoursLostPerWeek?: number | null;
  detail?: string;
  /** Absent: anonymous (the default). */
  raisedBy?: string;
}

export function newBlockage(id: string, input: RaiseInput, at: string): Blockage {
  const b: Blockage = { id, title: input.title.trim(), raisedAt: at, category: input.category || 'other', status: 'raised', actions: [] };
  if (typeof input.hoursLostPerWeek === 'number' && Number.isFinite(input.hoursLostPerWeek) && input.hoursLostPerWeek >= 0)
    b.hoursLostPerWeek = input.hoursLostPerWeek;
  if (input.detail?.trim()) b.detail = input.detail.trim();
  if (input.raisedBy?.trim()) b.raisedBy = input.raisedBy.trim();
  return b;
}

/** Moves a card: resolving stamps `resolvedAt` (kept if already set); moving out of resolved clears it. */
export function withStatus(b: Blockage, status: BlockageStatus, at: string): Blockage {
  const next: Blockage = { ...b, status };
  if (status === 'resolved') next.resolvedAt = b.status === 'resolved' && b.resolvedAt ? b.resolvedAt : at;
  else delete next.resolvedAt;
  return next;
}

/** One more person hit this blockage. */
export function withMeToo(b: Blockage): Blockage {
  return { ...b, metToo: (b.metToo ?? 0) + 1 };
}

export function withAction(b: Blockage, text: string, at: string, by?: string): Blockage {
  const t = text.trim();
  if (!t) return b;
  return { ...b, actions: [...(b.actions ?? []), { text: t, at, ...(by ? { by } : {}) }] };
}

export function withOwner(b: Blockage, owner: string): Blockage {
  const next = { ...b };
  if (owner.trim()) next.owner = owner.trim();
  else delete next.owner;
  return next;
}

/**
 * The board's columns, left to right (and top to bottom where they wrap): the open statuses, escalated among them,
 * then resolved. The data contract lists escalated last; on the board it came after a long Resolved column, about
 * 4,900 px down a 1280 px page, behind every other card for a keyboard user, though escalated cards are open and urgent.
 */
export const BOARD_COLUMNS: readonly BlockageStatus[] = ['raised', 'discussed', 'acting', 'escalated', 'resolved'];

/** The neighbouring column's status, for Alt+Left / Alt+Right; null at either end. */
export function neighbourStatus(status: BlockageStatus, step: -1 | 1): BlockageStatus | null {
  const i = BOARD_COLUMNS.indexOf(status) + step;
  return i >= 0 && i < BOARD_COLUMNS.length ? BOARD_COLUMNS[i]! : null;
}

/** Fields that differ between two versions of a card, for the conflict view. */
export const COMPARED_FIELDS = [
  'title',
  'detail',
  'category',
  'status',
  'owner',
  'hoursLostPerWeek',
  'metToo',
  'resolution',
  'actions',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** The fields two versions of a card differ in, compared as data (a card read back from a store lists each action's fields in the schema's order). */
export function differingFields(a: Blockage, b: Blockage): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => !deepEqual(a[f] ?? null, b[f] ?? null));
}

/**
 * A starting point for "merge by editing": their version, with each field I changed (relative to what I started
 * from) taken from mine, and actions from both kept (theirs, then my new ones).
 */
export function mergeVersions(base: Blockage, mine: Blockage, theirs: Blockage): Blockage {
  const out: Blockage = { ...theirs };
  for (const f of COMPARED_FIELDS) {
    if (f === 'actions') continue;
    if (!deepEqual(mine[f] ?? null, base[f] ?? null)) {
      if (mine[f] === undefined) delete (out as Record<string, unknown>)[f];
      else (out as Record<string, unknown>)[f] = mine[f];
    }
  }
  const baseActions = base.actions ?? [];
  const mineNew = (mine.actions ?? []).slice(baseActions.length);
  out.actions = [...(theirs.actions ?? []), ...mineNew];
  if (out.status === 'resolved' && !out.resolvedAt) out.resolvedAt = mine.resolvedAt ?? theirs.resolvedAt;
  if (out.status !== 'resolved') delete out.resolvedAt;
  return out;
}
