import { ageAt, comparePartialDates, endOf, startOf, type CaseBundle, type ChronologyEntry } from '@opencasework/core';
import type { PeriodLike } from './case-summary.js';

/**
 * A child's legal status as practice reads it, worked out from the chronology: the case bundle has no legal-status
 * field. Orders come from the entries that record them being made ("Interim care order made", "Special guardianship
 * order granted"; an application, a hearing or a refusal is not an order), and last until their end date, an entry
 * that discharges or revokes them, the order that replaces them, the child's 18th birthday, or their legal limit
 * (police protection 72 hours, an emergency protection order 15 days with its extension, a supervision order a year
 * unless extended). Plans come from the chronology's own plan periods (`planPeriods`), and a plan a conference ended
 * ("Review conference: child protection plan ended") is not current, which those periods do not yet see.
 * Pure, no DOM.
 */

export type OrderKind =
  | 'interim-care-order'
  | 'placement-order'
  | 'care-order'
  | 'emergency-protection-order'
  | 'police-protection'
  | 'accommodated'
  | 'supervision-order'
  | 'special-guardianship-order'
  | 'child-arrangements-order'
  | 'adoption-order';

export type CpCategory = 'neglect' | 'physical' | 'emotional' | 'sexual' | 'multiple';

export interface LegalStatus {
  /** An order kind, or a plan kind from the chronology (child-protection, child-in-need, looked-after, early-help, placement, other). */
  kind: string;
  /** 'order' for a court order or accommodation, 'plan' for a plan or placement period. */
  source: 'order' | 'plan';
  /** Looked after by the local authority because of this (care, interim care and placement orders, accommodation, a care plan). */
  lookedAfter: boolean;
  from: string;
  /** The chronology entry it comes from (shown as where the status comes from). */
  entryId: string;
  title: string;
  /** For a child protection plan: its categories, from the plan entry or the conference that made it. */
  categories: CpCategory[];
  /** A placement with no order or accommodation recorded for the child: its legal basis is not in the record. */
  basisUnknown?: boolean;
}

const norm = (s: string) =>
  ` ${s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
/** True when the text says one of the phrases as whole words (accents and punctuation ignored). */
const says = (text: string, phrases: readonly string[]) => {
  const t = norm(text);
  return phrases.some((p) => t.includes(norm(p)));
};

// Tried in this order: the more specific first ("interim care order" before "care order").
const ORDERS: [OrderKind, string[]][] = [
  ['interim-care-order', ['interim care order', 'ico', 'gorchymyn gofal interim']],
  ['placement-order', ['placement order', 'gorchymyn lleoli']],
  ['adoption-order', ['adoption order', 'gorchymyn mabwysiadu']],
  ['care-order', ['care order', 'section 31 order', 'gorchymyn gofal']],
  ['emergency-protection-order', ['emergency protection order', 'epo', 'gorchymyn diogelu brys']],
  ['police-protection', ['police protection', 'police powers of protection', 'section 46', 'diogelu gan yr heddlu']],
  [
    'accommodated',
    ['section 20', 's20', 's 20', 'section 76', 's76', 's 76', 'voluntarily accommodated', 'accommodated under', 'voluntary accommodation'],
  ],
  ['supervision-order', ['supervision order', 'gorchymyn goruchwylio']],
  ['special-guardianship-order', ['special guardianship order', 'sgo', 'gorchymyn gwarcheidiaeth arbennig']],
  ['child-arrangements-order', ['child arrangements order', 'residence order', 'gorchymyn trefniadau plant']],
];
const LOOKED_AFTER: ReadonlySet<string> = new Set(['interim-care-order', 'placement-order', 'care-order', 'accommodated', 'looked-after']);
/** Words that say an order was not made (yet): an application, a hearing, a refusal. */
const NOT_MADE = [
  'application',
  'applied',
  'apply',
  'applying',
  'hearing',
  'adjourned',
  'refused',
  'dismissed',
  'withdrawn',
  'sought',
  'considering',
  'pre proceedings',
  'public law outline',
  'cais',
  'gwrandawiad',
  'gwrthod',
];
const MADE = ['made', 'granted', 'awarded', 'extended', 'renewed', 'wedi ei wneud', 'caniatawyd', 'rhoddwyd'];
const ENDED = [
  'discharged',
  'discharge',
  'revoked',
  'ended',
  'end',
  'ends',
  'expired',
  'ceased',
  'lapsed',
  'no longer',
  'returned home',
  'daeth i ben',
  'wedi dod i ben',
  'diddymwyd',
];
/** The orders that replace each kind when made later for the same child. */
const REPLACED_BY: Record<OrderKind, OrderKind[]> = {
  'interim-care-order': [
    'interim-care-order',
    'care-order',
    'supervision-order',
    'special-guardianship-order',
    'child-arrangements-order',
    'placement-order',
  ],
  'placement-order': ['adoption-order', 'placement-order'],
  'care-order': ['care-order', 'special-guardianship-order', 'child-arrangements-order', 'adoption-order', 'placement-order'],
  'emergency-protection-order': ['emergency-protection-order', 'interim-care-order', 'care-order'],
  'police-protection': ['emergency-protection-order', 'interim-care-order', 'accommodated', 'police-protection'],
  accommodated: ['interim-care-order', 'care-order', 'special-guardianship-order', 'child-arrangements-order', 'accommodated'],
  'supervision-order': ['supervision-order', 'care-order', 'interim-care-order'],
  'special-guardianship-order': ['special-guardianship-order', 'adoption-order', 'child-arrangements-order'],
  'child-arrangements-order': ['child-arrangements-order', 'special-guardianship-order', 'adoption-order'],
  'adoption-order': ['adoption-order'],
};
/** Orders that end by law after so many days when nothing else ends them. */
const LIMIT_DAYS: Partial<Record<OrderKind, number>> = {
  'police-protection': 3,
  'emergency-protection-order': 15,
  'supervision-order': 366,
};

const CATEGORIES: [CpCategory, string[]][] = [
  ['neglect', ['neglect', 'esgeulustod']],
  ['physical', ['physical', 'corfforol']],
  ['emotional', ['emotional', 'emosiynol']],
  ['sexual', ['sexual', 'rhywiol']],
  ['multiple', ['multiple', 'lluosog']],
];

/** The child protection categories a text names ("Child protection plan (physical and emotional abuse)"). */
export function categoriesOf(text: string): CpCategory[] {
  return CATEGORIES.filter(([, words]) => says(text, words)).map(([c]) => c);
}

/** The order an entry records being made, or null (applications, hearings and refusals are not orders). */
export function orderKindOf(entry: Pick<ChronologyEntry, 'title'>): OrderKind | null {
  const t = entry.title;
  const kind = ORDERS.find(([, words]) => says(t, words))?.[0] ?? null;
  if (!kind) return null;
  if (says(t, ['not made', 'not granted', 'heb ei wneud'])) return null;
  if (says(t, ENDED) && !says(t, MADE)) return null;
  if (says(t, NOT_MADE) && !says(t, MADE)) return null;
  return kind;
}

const DAY = 86_400_000;

interface Dated {
  e: ChronologyEntry;
  kids: string[];
}

/** Every order current on `today`, per child. */
function openOrders(bundle: CaseBundle, children: readonly string[], today: string): Map<string, LegalStatus[]> {
  const dated: Dated[] = (bundle.chronology ?? [])
    .filter((e) => e.date && startOf(e.date) <= endOf(today))
    .map((e) => ({ e, kids: e.subjectIds?.length ? e.subjectIds.filter((id) => children.includes(id)) : [...children] }))
    .filter((x) => x.kids.length)
    .sort((a, b) => comparePartialDates(a.e.date, b.e.date));
  const made = dated.map((x) => ({ ...x, kind: orderKindOf(x.e) })).filter((x) => x.kind) as (Dated & { kind: OrderKind })[];
  const out = new Map<string, LegalStatus[]>(children.map((c) => [c, []]));
  for (const m of made) {
    for (const child of m.kids) {
      const later = (x: Dated) => x !== m && x.kids.includes(child) && comparePartialDates(x.e.date, m.e.date) >= 0;
      const ended =
        (m.e.endDate && endOf(m.e.endDate) < startOf(today)) ||
        made.some((x) => later(x) && REPLACED_BY[m.kind].includes(x.kind) && startOf(x.e.date) > startOf(m.e.date)) ||
        dated.some((x) => later(x) && x !== m && says(x.e.title, ORDERS.find(([k]) => k === m.kind)![1]) && says(x.e.title, ENDED)) ||
        (LIMIT_DAYS[m.kind] !== undefined && !m.e.endDate && endOf(m.e.date) + LIMIT_DAYS[m.kind]! * DAY < startOf(today)) ||
        isAdult(bundle, child, today);
      if (ended) continue;
      out.get(child)!.push({
        kind: m.kind,
        source: 'order',
        lookedAfter: LOOKED_AFTER.has(m.kind),
        from: m.e.date,
        entryId: m.e.id,
        title: m.e.title,
        categories: [],
      });
    }
  }
  return out;
}

function isAdult(bundle: CaseBundle, child: string, today: string): boolean {
  const dob = bundle.people?.find((p) => p.id === child)?.dateOfBirth;
  return !!dob && (ageAt(dob, today)?.years ?? 0) >= 18;
}

const PLAN_WORDS: Record<string, string[]> = {
  'child-protection': ['child protection plan', 'child protection plans', 'cp plan', 'cynllun amddiffyn plant'],
  'child-in-need': ['child in need plan', 'cin plan', 'cynllun plentyn mewn angen'],
  'early-help': ['early help plan', 'team around the family plan', 'help cynnar'],
  'looked-after': ['care plan', 'looked after', 'derbyn gofal'],
};

/** A later conference (or any entry) that says this plan ended, e.g. "Review conference: child protection plan ended". */
function endedByConference(bundle: CaseBundle, p: PeriodLike, child: string, today: string): boolean {
  const words = PLAN_WORDS[p.kind];
  if (!words) return false;
  return (bundle.chronology ?? []).some(
    (e) =>
      e.id !== p.entryId &&
      e.category === 'conference' &&
      comparePartialDates(e.date, p.from) > 0 &&
      startOf(e.date) <= endOf(today) &&
      (!e.subjectIds?.length || e.subjectIds.includes(child)) &&
      says(e.title, words) &&
      says(e.title, ENDED),
  );
}

/** Child protection categories: the plan entry's title and tags, else the conference that made it that day. */
function planCategories(bundle: CaseBundle, p: PeriodLike): CpCategory[] {
  const entries = bundle.chronology ?? [];
  const plan = entries.find((e) => e.id === p.entryId);
  const own = plan ? categoriesOf([plan.title, ...(plan.tags ?? [])].join(' ')) : [];
  if (own.length) return own;
  const conf = entries.find(
    (e) => e.category === 'conference' && e.date === p.from && says(e.title, PLAN_WORDS['child-protection']!.concat(['child protection'])),
  );
  return conf ? categoriesOf(conf.title) : [];
}

// Looked-after orders first, then other orders, then plans from the most protective.
const ORDER_RANK: string[] = [...ORDERS.map(([k]) => k)];
const PLAN_RANK = ['looked-after', 'child-protection', 'child-in-need', 'early-help', 'placement', 'other'];
const rank = (s: LegalStatus) =>
  s.source === 'order' ? (s.lookedAfter ? 0 : 100) + ORDER_RANK.indexOf(s.kind) : 200 + Math.max(0, PLAN_RANK.indexOf(s.kind));

/**
 * Each child's legal status on `today`, most protective first; an empty list is "no plan or order recorded".
 * `periods` are the chronology's open plan periods (`planPeriods(...).filter(p => p.open)`).
 */
export function legalStatuses(
  bundle: CaseBundle,
  children: readonly string[],
  periods: readonly PeriodLike[],
  today: string,
): Map<string, LegalStatus[]> {
  const orders = openOrders(bundle, children, today);
  const entries = new Map((bundle.chronology ?? []).map((e) => [e.id, e]));
  const out = new Map<string, LegalStatus[]>();
  for (const child of children) {
    const list = [...orders.get(child)!];
    const lookedAfter = list.some((s) => s.lookedAfter);
    const basisKnown = list.length > 0 || periods.some((p) => p.kind === 'looked-after' && p.subjectIds.includes(child));
    for (const p of periods) {
      if (!p.subjectIds.includes(child) || endedByConference(bundle, p, child, today)) continue;
      // An order already says the child is looked after; a care plan beside it adds nothing.
      if (p.kind === 'looked-after' && lookedAfter) continue;
      list.push({
        kind: p.kind,
        source: 'plan',
        lookedAfter: p.kind === 'looked-after',
        from: p.from,
        entryId: p.entryId,
        title: entries.get(p.entryId)?.title ?? '',
        categories: p.kind === 'child-protection' ? planCategories(bundle, p) : [],
        ...(p.kind === 'placement' && !basisKnown ? { basisUnknown: true } : {}),
      });
    }
    list.sort((a, b) => rank(a) - rank(b) || comparePartialDates(b.from, a.from));
    out.set(child, list);
  }
  return out;
}
