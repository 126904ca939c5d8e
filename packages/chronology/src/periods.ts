import { endOf } from '@opencasework/core';
import { asAtDay } from './analysis/common.js';
import { periodsOfRows, type PlanPeriod } from './analysis/plans.js';
import type { ChronologyModel, Row } from './model.js';

/**
 * Where each plan and placement really ends, by the closure rule of `planPeriods` (its end date; an entry that ends
 * it; a closure or ending decision from the same agency about the same children; a new plan of the same kind). A plan
 * entry without an end date is not open forever: only a period nothing ends is drawn and written as "ongoing".
 */
export interface PeriodSpans {
  /** The period of each plan or placement entry, by entry id. */
  byId: Map<string, PlanPeriod>;
  /** Its last moment on the axis (UTC ms): the end the data shows, or `openUntil` while open. */
  end: Map<string, number>;
}

export function periodSpans(model: ChronologyModel, openUntil: number = Date.now()): PeriodSpans {
  const byId = new Map<string, PlanPeriod>();
  const end = new Map<string, number>();
  for (const p of periodsOfRows(model.rows, model.subjectIds, asAtDay(openUntil))) {
    const row = model.byId.get(p.entryId);
    if (!row) continue;
    byId.set(p.entryId, p);
    end.set(p.entryId, p.open ? Math.max(openUntil, row.dateEnd) : Math.max(endOf(p.to!), row.dateEnd));
  }
  return { byId, end };
}

/** A row's period end with the closure rule applied (null for an entry that is not a period). */
export function periodEndOf(row: Row, spans: PeriodSpans | undefined): number | null {
  return spans?.end.get(row.id) ?? row.periodEnd;
}

/** Whether a row is a period that nothing in the data has ended. */
export function isOpenPeriod(row: Row, spans: PeriodSpans | undefined): boolean {
  const p = spans?.byId.get(row.id);
  return p ? p.open : row.open;
}
