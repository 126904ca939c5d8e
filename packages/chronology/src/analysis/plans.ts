import type { CaseBundle, ChronologyEntry } from '@opencasework/core';
import type { Row } from '../model.js';
import { rowsOf } from './events.js';
import { asAtDay, dayNumber, mentions } from './common.js';
import type { PartialDate } from './common.js';

/** The kinds of plan the analysis tells apart (each has its own expected visiting interval). */
export type PlanKind = 'child-protection' | 'child-in-need' | 'looked-after' | 'early-help' | 'placement' | 'other';

/** A plan (or placement) as a period: from its start to the end the data shows, or open. */
export interface PlanPeriod {
  /** The plan entry. */
  entryId: string;
  /** The kind of plan (`PlanKind`; a string so hosts' own kinds fit). */
  kind: string;
  /** The children it is about (the case's subject children when the entry names no one). */
  subjectIds: string[];
  from: PartialDate;
  /** When it ended: its `endDate`, the date of the entry that ended it, or the start of the plan that replaced it. */
  to?: PartialDate;
  /** The entry that ended it (a closure, an ending decision, an entry with `endsId`, or the replacing plan). */
  endedBy?: string;
  /** True when nothing in the data ends it on or before `asAt`. */
  open: boolean;
  /** The agency that holds it. */
  agencyId?: string;
}

export interface PlanPeriodOptions {
  /** "Today": a plan not ended by then is open. Defaults to today. */
  asAt?: PartialDate;
}

// Phrases that name a kind of plan (English and Welsh), in the order they are tried.
const KIND_PHRASES: [PlanKind, string[]][] = [
  ['child-protection', ['child protection', 'cp plan', 'cpp', 'amddiffyn plant']],
  ['child-in-need', ['child in need', 'cin plan', 'cin', 'plentyn mewn angen']],
  ['looked-after', ['looked after', 'care plan', 'lac', 'derbyn gofal']],
  ['early-help', ['early help', 'team around the family', 'taf', 'help cynnar']],
];
const ENDING = [
  'end',
  'ended',
  'ends',
  'ending',
  'closed',
  'closure',
  'ceased',
  'cease',
  'discontinued',
  'removed',
  'stepped down',
  'step down',
  'de registered',
  'deregistered',
  'no longer',
  'daeth i ben',
  'wedi cau',
  'cau',
];
/** A closure of something other than a plan or case ("referral closed: no further action") ends no plan. */
const NOT_A_PLAN = ['referral', 'assessment', 'contact', 'enquiry', 'strategy', 'section 47', 's47', 'atgyfeiriad', 'asesiad'];
const PLAN_WORDS = ['plan', 'case', 'cynllun', 'achos'];

/** The kind of plan a text names, or null. */
export function planKindOf(text: string): PlanKind | null {
  for (const [kind, phrases] of KIND_PHRASES) if (mentions(text, phrases)) return kind;
  return null;
}

/** The kind of a plan or placement entry: its tags first, then its title. */
export function kindOfPlanEntry(entry: ChronologyEntry): PlanKind {
  if (entry.category === 'placement') return 'placement';
  for (const tag of entry.tags ?? []) {
    const k = planKindOf(tag.replace(/-/g, ' '));
    if (k) return k;
  }
  return planKindOf(entry.title) ?? 'other';
}

/**
 * What kinds of plan an entry ends: null when none, 'all' for a case closure, or one kind. A `closure` entry ends the
 * plans it names (or every plan when it names none, unless it closes a referral or an assessment); a `decision` ends
 * plans only when it says so ("child protection plan ended").
 */
export function endsKind(entry: ChronologyEntry): PlanKind | 'all' | null {
  const c = entry.category;
  if (c !== 'closure' && c !== 'decision') return null;
  const title = entry.title;
  if (c === 'decision' && !mentions(title, ENDING)) return null;
  const kind = planKindOf(title);
  if (kind) return kind;
  if (mentions(title, NOT_A_PLAN) && !mentions(title, PLAN_WORDS)) return null;
  if (c === 'decision' && !mentions(title, PLAN_WORDS)) return null;
  return 'all';
}

const sameChildren = (plan: string[], other: string[]) => !other.length || plan.some((id) => other.includes(id));

/** Plan periods from the model's rows (in date order). */
export function periodsOfRows(rows: readonly Row[], caseSubjects: readonly string[], asAt: number): PlanPeriod[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const endsById = new Map<string, Row>();
  for (const r of rows) {
    const target = r.entry.endsId;
    if (typeof target === 'string' && byId.has(target)) {
      const prev = endsById.get(target);
      if (!prev || r.start < prev.start) endsById.set(target, r);
    }
  }
  const enders = rows.map((r) => ({ r, k: endsKind(r.entry) })).filter((x) => x.k);
  const plans = rows.filter((r) => r.entry.category === 'plan' || r.entry.category === 'placement');
  const kinds = new Map(plans.map((r) => [r, kindOfPlanEntry(r.entry)]));
  const out: PlanPeriod[] = [];
  for (const plan of plans) {
    const e = plan.entry;
    const kind = kinds.get(plan)!;
    const subjectIds = plan.subjectIds.length ? plan.subjectIds : [...caseSubjects];
    const from = e.date;
    const fromDay = dayNumber(from);
    let to: PartialDate | undefined = e.endDate;
    let endedBy: string | undefined;
    if (!to) {
      const candidates: Row[] = [];
      const explicit = endsById.get(plan.id);
      if (explicit) candidates.push(explicit);
      for (const { r, k } of enders) {
        if (r === plan || r.start < plan.start || (r.start === plan.start && r.index < plan.index)) continue;
        if (r.agencyId !== plan.agencyId || !sameChildren(subjectIds, r.subjectIds)) continue;
        if (k === 'all' || k === kind) {
          candidates.push(r);
          break;
        }
      }
      for (const r of plans) {
        if (r === plan || r.index <= plan.index || dayNumber(r.entry.date) <= fromDay) continue;
        if (kinds.get(r) !== kind || kind === 'other' || !sameChildren(subjectIds, r.subjectIds)) continue;
        candidates.push(r);
        break;
      }
      const first = candidates.sort((a, b) => a.start - b.start || a.index - b.index)[0];
      if (first) {
        to = first.entry.date;
        endedBy = first.id;
      }
    }
    const open = !to || dayNumber(to) > asAt;
    out.push({
      entryId: plan.id,
      kind,
      subjectIds,
      from,
      ...(to ? { to } : {}),
      ...(endedBy ? { endedBy } : {}),
      open,
      ...(plan.agencyId ? { agencyId: plan.agencyId } : {}),
    });
  }
  return out;
}

/**
 * Every plan and placement as a period. A plan ends at its `endDate`; else at the entry whose `endsId` names it; else
 * at a later `closure` (or a decision that ends the plan) from the same agency about the same children; else when a
 * new plan of the same kind about the same children starts. A plan entry without an end date is not open forever.
 */
export function planPeriods(bundle: CaseBundle, options: PlanPeriodOptions = {}): PlanPeriod[] {
  const rows = rowsOf(bundle);
  return periodsOfRows(rows, bundle.case.subjectIds ?? [], asAtDay(options.asAt));
}
