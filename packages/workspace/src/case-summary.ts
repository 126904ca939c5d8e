import { legalStatuses, type LegalStatus } from './legal-status.js';
import { ageAt, comparePartialDates, endOf, startOf, type Action, type Age, type CaseBundle, type SafetyPlan } from '@opencasework/core';

/**
 * What the case summary says, worked out from the bundle: pure, no DOM. The analysis it needs from other packages
 * (the chronology's plan periods and pattern prompts, the safety plan's overdue rule) comes in as functions, so the
 * summary shows what those packages decide and never a second copy of their rules.
 */

/** A plan period as the chronology's `planPeriods` gives it (only what the summary reads). */
export interface PeriodLike {
  entryId: string;
  kind: string;
  subjectIds: string[];
  from: string;
  open: boolean;
}

/** A pattern prompt as the chronology's `findPatterns` gives it (only what the summary reads). */
export interface FindingLike {
  kind: string;
  rank: number;
  title: string;
  message: string;
  entryIds: string[];
}

export interface SummaryAnalysis {
  planPeriods(bundle: CaseBundle, options: { asAt: string }): PeriodLike[];
  findPatterns(bundle: CaseBundle, options: { asAt: string; locale: string }): FindingLike[];
  /**
   * The day the chronology works its prompts out as at (its `recordReaches`: `today`, or the record's last day when it
   * stops earlier), so that the summary's prompts are the chronology's own. Absent: `today`.
   */
  promptsAsAt?(bundle: CaseBundle, today: string): string;
  /** Null when the safety plan package is not available: the summary then does not list overdue steps. */
  overdueSteps: ((steps: readonly Action[], today: string) => Action[]) | null;
}

export interface ChildSummary {
  id: string;
  name: string;
  age: Age | null;
  /** The open plan that gives the child's status (the most protective kind when several are open), or null. */
  status: PeriodLike | null;
  /** The child's legal status from the chronology's plans, placements and orders, most protective first (none: "no plan or order recorded"). */
  legal: LegalStatus[];
  /** Current lead professionals for this child (none: the summary says so). */
  leadIds: string[];
}

export interface LeadSummary {
  professionalId: string;
  name: string;
  /** Left out when the role is marked sensitive (it could disclose who the family sees). */
  role?: string;
  agency?: string;
  childIds: string[];
}

export interface PlanSummary {
  plan: SafetyPlan;
  /** Due before today and not done (including steps recorded as not done), earliest first; null: not known. */
  overdue: Action[] | null;
  /** True when the review date has passed. */
  reviewOverdue: boolean;
}

export interface CaseSummary {
  children: ChildSummary[];
  leads: LeadSummary[];
  /** The open plan: the newest agreed or reviewed one, else the newest draft; closed plans never. */
  plan: PlanSummary | null;
  /** How many other plans are open besides the one shown. */
  otherOpenPlans: number;
  /** The highest-ranked pattern prompts (at most `topPatterns`). */
  patterns: FindingLike[];
  /** The day the prompts are as at: today, or the record's last day when it stops before today (as the chronology's). */
  patternsAsAt: string;
  /** How many prompts there are in all. */
  patternCount: number;
}

// The most protective status first: a looked-after child on a child protection plan is looked after first.
const STATUS_ORDER = ['looked-after', 'child-protection', 'child-in-need', 'placement', 'early-help', 'other'];
const statusRank = (k: string) => {
  const i = STATUS_ORDER.indexOf(k);
  return i < 0 ? STATUS_ORDER.length : i;
};

const nameOf = (p: { preferredName?: string; givenName?: string; familyName?: string; id: string }) =>
  [p.preferredName || p.givenName, p.familyName].filter(Boolean).join(' ') || p.id;

/** True when a dated span (partial dates) covers `today`: started on or before it and not ended before it. */
function current(from: string | undefined, to: string | undefined, today: string): boolean {
  if (from && startOf(from) > startOf(today)) return false;
  return !to || endOf(to) >= startOf(today);
}

export function caseSummary(
  bundle: CaseBundle,
  today: string,
  analysis: SummaryAnalysis | null,
  options: { locale?: string; topPatterns?: number } = {},
): CaseSummary {
  const people = new Map((bundle.people ?? []).map((p) => [p.id, p]));
  const subjectIds = bundle.case.subjectIds ?? [];
  const periods = analysis ? analysis.planPeriods(bundle, { asAt: today }).filter((p) => p.open) : [];

  // Leads: lead involvements current today, for any of the case's children.
  const pros = new Map((bundle.professionals ?? []).map((p) => [p.id, p]));
  const agencies = new Map((bundle.agencies ?? []).map((a) => [a.id, a.name]));
  const leads = new Map<string, LeadSummary>();
  for (const inv of bundle.involvements ?? []) {
    if (!inv.lead || !current(inv.from, inv.to, today)) continue;
    const pro = pros.get(inv.professionalId);
    if (!pro) continue;
    const childIds = (inv.personIds ?? []).filter((id) => subjectIds.includes(id));
    if (!childIds.length) continue;
    const l = leads.get(pro.id) ?? {
      professionalId: pro.id,
      name: pro.name,
      ...(pro.sensitiveRole ? {} : { role: pro.role }),
      ...(agencies.get(pro.agencyId) ? { agency: agencies.get(pro.agencyId)! } : {}),
      childIds: [],
    };
    for (const id of childIds) if (!l.childIds.includes(id)) l.childIds.push(id);
    leads.set(pro.id, l);
  }

  const legal = legalStatuses(bundle, subjectIds, periods, today);
  const children: ChildSummary[] = subjectIds.map((id) => {
    const p = people.get(id);
    const open = periods.filter((x) => x.subjectIds.includes(id));
    open.sort((a, b) => statusRank(a.kind) - statusRank(b.kind) || comparePartialDates(b.from, a.from));
    return {
      id,
      name: p ? nameOf(p) : id,
      age: p?.dateOfBirth && !p.deceased ? ageAt(p.dateOfBirth, today) : null,
      status: open[0] ?? null,
      legal: legal.get(id) ?? [],
      leadIds: [...leads.values()].filter((l) => l.childIds.includes(id)).map((l) => l.professionalId),
    };
  });

  const openPlans = (bundle.safetyPlans ?? []).filter((p) => p.status !== 'closed');
  const newest = (list: SafetyPlan[]) => [...list].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
  const shown = newest(openPlans.filter((p) => p.status !== 'draft')) ?? newest(openPlans);
  const plan: PlanSummary | null = shown
    ? {
        plan: shown,
        overdue: analysis?.overdueSteps
          ? [...analysis.overdueSteps(shown.nextSteps ?? [], today)].sort((a, b) => comparePartialDates(a.due!, b.due!))
          : null,
        reviewOverdue: !!shown.reviewDate && endOf(shown.reviewDate) < startOf(today),
      }
    : null;

  // As at the day the chronology's own panel uses: the summary's count and prompts are the ones its link leads to.
  const patternsAsAt = analysis?.promptsAsAt?.(bundle, today) ?? today;
  const findings = analysis ? [...analysis.findPatterns(bundle, { asAt: patternsAsAt, locale: options.locale ?? 'en' })] : [];
  findings.sort((a, b) => a.rank - b.rank);
  return {
    children,
    leads: [...leads.values()],
    plan,
    otherOpenPlans: Math.max(0, openPlans.length - (shown ? 1 : 0)),
    patterns: findings.slice(0, options.topPatterns ?? 3),
    patternsAsAt,
    patternCount: findings.length,
  };
}
