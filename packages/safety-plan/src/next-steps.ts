import { comparePartialDates, endOf, startOf, type Action } from '@opencasework/core';

/**
 * A step is overdue when it was due before `today` (the whole span of a partial due date is past) and it is not done:
 * to do, being done, or recorded as not done. "Not done" is the step that matters most at a review (the assessment
 * that was never taken up), so it counts.
 */
export function isOverdue(step: Action, today: string): boolean {
  if (!step.due || step.status === 'done') return false;
  return endOf(step.due) < startOf(today);
}

/** Orders steps by due date (undated last), keeping the plan's order otherwise. */
export function byDue(steps: readonly Action[]): Action[] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      if (a.s.due && b.s.due) return comparePartialDates(a.s.due, b.s.due) || a.i - b.i;
      if (a.s.due) return -1;
      if (b.s.due) return 1;
      return a.i - b.i;
    })
    .map((x) => x.s);
}

export interface OwnerGroup {
  owner: string | undefined;
  steps: Action[];
  overdue: number;
  open: number;
}

/**
 * Groups steps by owner ("what I need to do"): owners in order of their first step in the plan, steps by due date;
 * steps with no owner last. Counts open and overdue steps per owner.
 */
export function groupByOwner(steps: readonly Action[], today: string): OwnerGroup[] {
  const map = new Map<string | undefined, Action[]>();
  for (const s of steps) {
    const key = s.owner || undefined;
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(s);
  }
  const groups: OwnerGroup[] = [...map.entries()].map(([owner, list]) => ({
    owner,
    steps: byDue(list),
    overdue: today ? list.filter((s) => isOverdue(s, today)).length : 0,
    open: list.filter((s) => s.status !== 'done').length,
  }));
  return [...groups.filter((g) => g.owner !== undefined), ...groups.filter((g) => g.owner === undefined)];
}

export function overdueSteps(steps: readonly Action[], today: string): Action[] {
  return steps.filter((s) => isOverdue(s, today));
}
