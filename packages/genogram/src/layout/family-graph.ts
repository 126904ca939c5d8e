/**
 * The family as a graph: people, unions (couples) and child links, read from a case bundle.
 * Pure and DOM-free. Validation (own ancestor, three biological parents, self-links) is reported as issues with
 * the relationship's id; the offending link is left out so the rest can still be drawn. Every traversal is guarded.
 */
import type {
  CaseBundle,
  EmotionalRelationship,
  Gender,
  Household,
  ParentRelationship,
  ParentType,
  PartnerRelationship,
  PartnerStatus,
  Person,
  SupportRelationship,
  TwinRelationship,
} from '@opencasework/core';
import { comparePartialDates, endOf, startOf, today as todayIn } from '@opencasework/core';
import { dropCycles, familyAround, makeAncestorFn, within } from './ancestry.js';
import { datesOf, isHarmLine } from './link-dates.js';

export type SymbolKind = 'female' | 'male' | 'diamond' | 'pregnancy' | 'miscarriage' | 'stillbirth' | 'termination';

export interface GPerson {
  id: string;
  name: string;
  gender: Gender;
  symbol: SymbolKind;
  dateOfBirth?: string;
  dateOfDeath?: string;
  deceased: boolean;
  index: boolean;
  pregnancyOutcome?: 'ongoing' | 'miscarriage' | 'stillbirth' | 'termination';
  expected?: string;
}

export interface Union {
  /** "u:" + the two ids sorted, or "u:" + one id for a lone parent. */
  id: string;
  a: string;
  b?: string;
  /** The partner relationship, when one is recorded. */
  relId?: string;
  /** The status at the view date; undefined when the couple has no recorded relationship. */
  status?: PartnerStatus;
  from?: string;
  to?: string;
  /** The date of the status at the view date (e.g. when they separated). */
  statusOn?: string;
  consanguineous: boolean;
  /** True when the partners could not be put in one generation (one is the other's ancestor). */
  split?: boolean;
}

export interface ChildLink {
  /** The parent relationship ids behind this link. */
  relIds: string[];
  unionId: string;
  childId: string;
  type: ParentType;
  /** The child is drawn under this union (its birth or legal family, or its only family). */
  primary: boolean;
  disputed: boolean;
  source?: string;
  from?: string;
  to?: string;
}

export type GraphIssueCode =
  'own-parent' | 'self-link' | 'duplicate-parent' | 'third-biological' | 'cycle' | 'partner-ancestor' | 'twins-not-siblings';
export interface GraphIssue {
  id: string;
  code: GraphIssueCode;
  message: string;
  entity: 'Relationship' | 'Person';
}

export interface FamilyGraph {
  people: GPerson[];
  byId: Map<string, GPerson>;
  unions: Union[];
  unionById: Map<string, Union>;
  links: ChildLink[];
  twins: TwinRelationship[];
  emotional: EmotionalRelationship[];
  supports: SupportRelationship[];
  households: Household[];
  /** child id -> parent relationships kept (valid, within the date). */
  parentRels: Map<string, ParentRelationship[]>;
  issues: GraphIssue[];
  asAt: string;
  /** Links left out because the view date is in the past and their dates are unknown (partnerships, carers, emotional and support lines). */
  undatedHidden: number;
  /** Ids of links drawn although their dates are unknown (the user chose to see them, marked "date unknown"). */
  undated: Set<string>;
  /** Emotional lines about abuse, violence, neglect or police intelligence left out of a family-facing view. */
  harmOmitted: number;
}

export interface GraphOptions {
  /** Show the family as it was at this date ("YYYY-MM-DD"). Defaults to today. */
  asAt?: string;
  /** Keep only this person's family, two generations each way, with partners. */
  focusId?: string;
  /** Today, for tests. */
  today?: string;
  /** At a past view date, links with unknown dates are hidden ('hide', the default) or kept and marked ('mark'). */
  undated?: 'hide' | 'mark';
  /** Leave out abuse, violence, neglect and police-intelligence lines (the family-facing view). */
  omitHarm?: boolean;
  /** The words for an unnamed pregnancy record ("pregnancy", "miscarriage"...). */
  pregnancyLabel?: (outcome: PregnancyOutcome) => string;
}

export type PregnancyOutcome = NonNullable<Person['pregnancy']>['outcome'];

const PRIMARY: ParentType[] = ['biological', 'legal', 'unknown'];
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function displayName(p: Person, pregnancyLabel?: (outcome: PregnancyOutcome) => string): string {
  const given = p.preferredName || p.givenName || '';
  const name = [given, p.familyName ?? ''].filter(Boolean).join(' ').trim();
  if (!name && p.pregnancy && pregnancyLabel) return pregnancyLabel(p.pregnancy.outcome);
  return name || p.id;
}

function symbolOf(p: Person): SymbolKind {
  if (p.pregnancy) {
    const o = p.pregnancy.outcome;
    return o === 'ongoing' ? 'pregnancy' : o;
  }
  if (p.gender === 'female') return 'female';
  if (p.gender === 'male') return 'male';
  return 'diamond';
}

export function unionKey(a: string, b?: string): string {
  if (!b) return `u:${a}`;
  return a < b ? `u:${a}|${b}` : `u:${b}|${a}`;
}

/**
 * A partnership's status at a date, from its history and latest status, with the date of that status (`on`), never
 * the date the partnership began unless that is the status's own (married in 1998 after living together from 1996 is
 * "married 1998"). Undefined when it had not begun.
 */
export function partnerStatusAt(r: PartnerRelationship, at: string): { status: PartnerStatus; on?: string } | undefined {
  if (r.from && startOf(r.from) > endOf(at)) return undefined;
  const hist = [...(r.history ?? [])].sort((x, y) => comparePartialDates(x.on, y.on));
  const ending: PartnerStatus[] = ['separated', 'divorced', 'widowed'];
  const latestOn = ending.includes(r.status) ? r.to : hist.length ? undefined : r.from;
  // the latest status already in the history (married 1998, status married) takes its date from there
  const latestInHistory = hist.length > 0 && hist[hist.length - 1]!.status === r.status;
  const timeline: { status: PartnerStatus; on?: string }[] = latestInHistory ? hist : [...hist, { status: r.status, on: latestOn }];
  if (hist.length && startOf(hist[0]!.on) > endOf(at)) {
    // before the first recorded status: it had begun (from <= at), so show the first status, without a date of its own
    return r.from ? { status: hist[0]!.status } : undefined;
  }
  let cur: { status: PartnerStatus; on?: string } | undefined;
  for (const t of timeline) {
    if (t.on === undefined || startOf(t.on) <= endOf(at)) cur = t;
    else break;
  }
  return cur;
}

/** Builds the family graph for the view date. Never throws on odd data; reports it. */
export function buildFamilyGraph(bundle: CaseBundle, opts: GraphOptions = {}): FamilyGraph {
  // today in the case's time zone (Europe/London unless the element says otherwise), not the UTC day
  const today = opts.today ?? todayIn();
  const asAt = opts.asAt ?? today;
  const issues: GraphIssue[] = [];
  const subjects = new Set(bundle.case.subjectIds ?? []);
  const viewIsPast = startOf(asAt) < startOf(today);

  // People alive or born by the view date (pregnancies are shown as they are recorded).
  const all = [...(bundle.people ?? [])].sort(byId);
  const seen = new Set<string>();
  const people: GPerson[] = [];
  for (const p of all) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    if (p.dateOfBirth && startOf(p.dateOfBirth) > endOf(asAt)) continue;
    // a pregnancy is not shown before it could have begun (about ten months before the expected date)
    if (p.pregnancy?.expected && startOf(asAt) < startOf(p.pregnancy.expected) - 300 * 86_400_000) continue;
    // a pregnancy loss is not shown before it happened (a miscarriage of May 2022 is not in the family of 2020)
    if (p.pregnancy && p.pregnancy.outcome !== 'ongoing' && p.dateOfDeath && startOf(p.dateOfDeath) > endOf(asAt)) continue;
    const diedBy = p.dateOfDeath ? startOf(p.dateOfDeath) <= endOf(asAt) : !!p.deceased && !viewIsPast;
    const g: GPerson = {
      id: p.id,
      name: displayName(p, opts.pregnancyLabel),
      gender: p.gender,
      symbol: symbolOf(p),
      deceased: diedBy,
      index: subjects.has(p.id),
    };
    if (p.dateOfBirth) g.dateOfBirth = p.dateOfBirth;
    if (p.dateOfDeath && diedBy) g.dateOfDeath = p.dateOfDeath;
    if (p.pregnancy) {
      g.pregnancyOutcome = p.pregnancy.outcome;
      if (p.pregnancy.expected) g.expected = p.pregnancy.expected;
    }
    people.push(g);
  }
  let map = new Map(people.map((p) => [p.id, p] as const));

  const rels = [...(bundle.relationships ?? [])].sort(byId);
  // A link with no date is not known to have existed at an earlier date (DOMAIN.md): hidden and counted, or marked.
  let undatedHidden = 0,
    harmOmitted = 0;
  const undated = new Set<string>();
  const known = (r: (typeof rels)[number]): boolean => {
    if (r.kind === 'twin' || (r.kind === 'parent' && PRIMARY.includes(r.type))) return true;
    const d = datesOf(r);
    if (d.from) return within(d.from, r.kind === 'parent' || r.kind === 'partner' ? undefined : d.to, asAt);
    if (!viewIsPast || !opts.asAt) return true;
    if (opts.undated === 'mark') {
      undated.add(r.id);
      return true;
    }
    undatedHidden++;
    return false;
  };
  const partners: PartnerRelationship[] = [];
  const parents: ParentRelationship[] = [];
  const twins: TwinRelationship[] = [];
  const emotional: EmotionalRelationship[] = [];
  const supports: SupportRelationship[] = [];
  for (const r of rels) {
    if (r.kind === 'parent') {
      if (r.parentId === r.childId) {
        issues.push({ entity: 'Relationship', id: r.id, code: 'own-parent', message: 'names a person as their own parent' });
        continue;
      }
      if (!map.has(r.parentId) || !map.has(r.childId)) continue;
      if (!within(r.from, undefined, asAt) || !known(r)) continue;
      parents.push(r);
    } else {
      if (r.a === r.b) {
        issues.push({ entity: 'Relationship', id: r.id, code: 'self-link', message: 'links a person to themselves' });
        continue;
      }
      if (!map.has(r.a) || !map.has(r.b)) continue;
      if (r.kind === 'emotional' && opts.omitHarm && isHarmLine(r)) {
        harmOmitted++;
        continue;
      }
      if (!known(r)) continue;
      if (r.kind === 'partner') partners.push(r);
      else if (r.kind === 'twin') twins.push(r);
      else if (r.kind === 'emotional') emotional.push(r);
      else supports.push(r);
    }
  }

  // At most two biological parents; one parent relationship per parent and child.
  const byChild = new Map<string, ParentRelationship[]>();
  for (const r of parents) {
    const list = byChild.get(r.childId) ?? [];
    if (list.some((x) => x.parentId === r.parentId)) {
      issues.push({
        entity: 'Relationship',
        id: r.id,
        code: 'duplicate-parent',
        message: 'repeats a parent link that is already recorded',
      });
      continue;
    }
    if (r.type === 'biological' && list.filter((x) => x.type === 'biological').length >= 2) {
      issues.push({
        entity: 'Relationship',
        id: r.id,
        code: 'third-biological',
        message: 'gives a child a third biological parent: a child has at most two',
      });
      continue;
    }
    list.push(r);
    byChild.set(r.childId, list);
  }

  // Cycles: a person who is their own ancestor. Iterative DFS over child -> parents, in id order.
  const kept = dropCycles(
    byChild,
    people.map((p) => p.id),
    issues,
  );

  // Focus on one person's family, two generations each way.
  if (opts.focusId && map.has(opts.focusId)) {
    const keep = familyAround(opts.focusId, kept, partners, bundle.households ?? [], asAt);
    const keepPeople = people.filter((p) => keep.has(p.id));
    people.length = 0;
    people.push(...keepPeople);
    map = new Map(people.map((p) => [p.id, p] as const));
    for (const [c, list] of [...kept]) {
      if (!map.has(c)) {
        kept.delete(c);
        continue;
      }
      const l = list.filter((r) => map.has(r.parentId));
      if (l.length) kept.set(c, l);
      else kept.delete(c);
    }
  }
  const has = (id: string) => map.has(id);

  // Unions from partnerships standing (or once standing) by the view date.
  const unions = new Map<string, Union>();
  const ancestorsOf = makeAncestorFn(kept);
  for (const r of partners) {
    if (!has(r.a) || !has(r.b)) continue;
    const st = partnerStatusAt(r, asAt);
    if (!st) continue;
    const key = unionKey(r.a, r.b);
    if (unions.has(key)) continue;
    const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const u: Union = { id: key, a, b, relId: r.id, status: st.status, consanguineous: !!r.consanguineous };
    if (st.on) u.statusOn = st.on;
    if (r.from) u.from = r.from;
    if (r.to && ['separated', 'divorced', 'widowed'].includes(st.status)) u.to = r.to;
    const ancA = ancestorsOf(a),
      ancB = ancestorsOf(b);
    if (!u.consanguineous)
      for (const x of ancA)
        if (ancB.has(x)) {
          u.consanguineous = true;
          break;
        }
    if (ancA.has(b) || ancB.has(a)) {
      u.split = true;
      issues.push({
        entity: 'Relationship',
        id: r.id,
        code: 'partner-ancestor',
        message: "records partners where one is the other's ancestor; they cannot be drawn in one generation",
      });
    }
    unions.set(key, u);
  }

  // Child links: primary parents (biological, legal, unknown) form the child's birth union; others by type.
  const links: ChildLink[] = [];
  const parentRels = new Map<string, ParentRelationship[]>();
  for (const child of people) {
    const list = (kept.get(child.id) ?? []).filter((r) => has(r.parentId));
    if (!list.length) continue;
    parentRels.set(child.id, list);
    const primary = list
      .filter((r) => PRIMARY.includes(r.type))
      .sort((x, y) => PRIMARY.indexOf(x.type) - PRIMARY.indexOf(y.type) || byId(x, y));
    const groups: ParentRelationship[][] = [];
    if (primary.length) {
      groups.push(primary.slice(0, 2));
      for (const extra of primary.slice(2)) groups.push([extra]);
    }
    const others = list.filter((r) => !PRIMARY.includes(r.type));
    const byType = new Map<ParentType, ParentRelationship[]>();
    for (const r of others) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    for (const type of [...byType.keys()].sort()) {
      const l = byType.get(type)!;
      // pair carers who are partners (or the only two of that type)
      for (let i = 0; i < l.length; i += 2) groups.push(l.slice(i, i + 2));
    }
    groups.forEach((g, gi) => {
      const [p, q] = g;
      const key = unionKey(p!.parentId, q?.parentId);
      if (!unions.has(key)) {
        const u: Union = q
          ? {
              id: key,
              a: p!.parentId < q.parentId ? p!.parentId : q.parentId,
              b: p!.parentId < q.parentId ? q.parentId : p!.parentId,
              consanguineous: false,
            }
          : { id: key, a: p!.parentId, consanguineous: false };
        if (q) {
          const ancA = ancestorsOf(u.a),
            ancB = ancestorsOf(u.b!);
          if (ancA.has(u.b!) || ancB.has(u.a)) u.split = true;
        }
        unions.set(key, u);
      }
      const disputed = g.some((r) => r.disputed);
      const link: ChildLink = {
        relIds: g.map((r) => r.id),
        unionId: key,
        childId: child.id,
        type: g[0]!.type,
        primary: gi === 0,
        disputed,
      };
      const src = g
        .map((r) => r.source)
        .filter(Boolean)
        .join('; ');
      if (src) link.source = src;
      const from = g.map((r) => r.from).find(Boolean);
      const to = g.map((r) => r.to).find(Boolean);
      if (from) link.from = from;
      if (to) link.to = to;
      links.push(link);
    });
  }

  // Twins must be siblings.
  const primaryUnion = new Map(links.filter((l) => l.primary).map((l) => [l.childId, l.unionId] as const));
  const twinsKept: TwinRelationship[] = [];
  for (const t of twins) {
    if (!has(t.a) || !has(t.b)) continue;
    const ua = primaryUnion.get(t.a),
      ub = primaryUnion.get(t.b);
    if (ua && ub && ua !== ub) {
      issues.push({ entity: 'Relationship', id: t.id, code: 'twins-not-siblings', message: 'records twins who do not share parents' });
      continue;
    }
    twinsKept.push(t);
  }

  const households = (bundle.households ?? [])
    .filter((h) => within(h.from, h.to, asAt))
    .map((h) => ({ ...h, memberIds: (h.memberIds ?? []).filter(has) }))
    .filter((h) => h.memberIds.length > 0)
    .sort(byId);

  const unionList = [...unions.values()].sort(byId);
  return {
    people,
    byId: map,
    unions: unionList,
    unionById: new Map(unionList.map((u) => [u.id, u] as const)),
    links,
    twins: twinsKept,
    emotional: emotional.filter((r) => has(r.a) && has(r.b)),
    supports: supports.filter((r) => has(r.a) && has(r.b)),
    households,
    parentRels,
    issues,
    asAt,
    undatedHidden,
    undated,
    harmOmitted,
  };
}
