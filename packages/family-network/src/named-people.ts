/**
 * Who the case names in the family, beyond the subjects' households and the people professionals work with: the
 * children's parents and carers (fathers included, wherever they live), their parents' current partners, and the
 * people an open safety plan names (in a danger statement, as the owner of a next step, or in the plan's network).
 * Pure and DOM-free. What a practitioner needs is that nobody the plan is about is missing from the team around the
 * family, so that "no professional works with him" can be seen.
 *
 * Rules, and where practice decided them:
 * - a parent link counts while it lasts as at the day (`from`/`to`); ended step-parents drop out unless named again;
 * - a partner counts while the partnership is current (not separated, divorced or widowed, no past `to`);
 * - closed safety plans are history: only draft, agreed and reviewed plans name people;
 * - a danger statement names a person in its text, by full name or by a first name no one else in the bundle has
 *   (months and words such as "May" or "Will" are not read as names); who said, agreed or disputed it (`by`,
 *   `agreedBy`, `disputedBy`) gave a view on it, a different reason, never worded as being named in it;
 * - a plan's network names family members only: people with a family link (parent or partner) in the bundle. Friends
 *   and neighbours there are informal supports, drawn as such when a support relationship says so;
 * - deceased people and pregnancies are never added.
 */
import type { CaseBundle, Person, Statement } from '@opencasework/core';
import { endOf, startOf } from '@opencasework/core';

/** Why a family member is drawn: the first reasons come from the model, the rest from this module. */
export type NamedReason =
  | { kind: 'parent'; childIds: string[]; carer: boolean; gender: Person['gender'] }
  | { kind: 'partner'; ofId: string }
  | { kind: 'danger' }
  | { kind: 'danger-view' }
  | { kind: 'step' }
  | { kind: 'plan-network' };

const ended = (to: string | undefined, day: string) => !!to && endOf(to) < startOf(day);
const started = (from: string | undefined, day: string) => !from || startOf(from) <= startOf(day);
const CARER_TYPES = new Set(['foster', 'step', 'kinship', 'special-guardian']);
const PAST_PARTNER = new Set(['separated', 'divorced', 'widowed']);
/** Words that are also first names: never read as someone's name in free text. */
const NOT_NAMES = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Will Hope Faith Joy Grace Mum Dad Nain Taid Gran'.split(
    ' ',
  ),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (text: string, name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** The ways a person can be named in free text: full names always; a first name only when no one else has it. */
function namePatterns(people: readonly Person[]): Map<string, string[]> {
  const firstCount = new Map<string, number>();
  const firsts = (p: Person) => [...new Set([p.givenName, p.preferredName].filter((x): x is string => !!x?.trim()).map((x) => x.trim()))];
  for (const p of people) for (const f of firsts(p)) firstCount.set(f, (firstCount.get(f) ?? 0) + 1);
  const out = new Map<string, string[]>();
  for (const p of people) {
    const names: string[] = [];
    for (const f of firsts(p)) {
      if (p.familyName?.trim()) names.push(`${f} ${p.familyName.trim()}`);
      if (firstCount.get(f) === 1 && !NOT_NAMES.has(f) && f.length > 1) names.push(f);
    }
    out.set(p.id, names);
  }
  return out;
}

/**
 * The family members the case names, with why, as at `day`. Includes people who are also drawn for other reasons
 * (the caller merges); never professionals, informal supports only, deceased people or pregnancies.
 */
export function namedFamily(bundle: CaseBundle, day: string): Map<string, NamedReason[]> {
  const people = (bundle.people ?? []).filter((p) => !p.pregnancy && !p.deceased && !p.dateOfDeath);
  const byId = new Map(people.map((p) => [p.id, p]));
  const subjects = new Set(bundle.case.subjectIds ?? []);
  const out = new Map<string, NamedReason[]>();
  const add = (id: string | undefined, r: NamedReason) => {
    if (!id || !byId.has(id) || subjects.has(id)) return;
    const list = out.get(id) ?? [];
    if (!list.some((x) => x.kind === r.kind && (x.kind !== 'partner' || (r.kind === 'partner' && x.ofId === r.ofId)))) list.push(r);
    else if (r.kind === 'parent') {
      const prev = list.find((x) => x.kind === 'parent') as Extract<NamedReason, { kind: 'parent' }>;
      for (const c of r.childIds) if (!prev.childIds.includes(c)) prev.childIds.push(c);
      prev.carer &&= r.carer;
    }
    out.set(id, list);
  };

  // Parents and carers of the children the case is about, while the link lasts.
  const relationships = bundle.relationships ?? [];
  const parents = new Set<string>();
  const kin = new Set<string>();
  for (const r of relationships) {
    if (r.kind === 'parent') kin.add(r.parentId).add(r.childId);
    if (r.kind === 'partner') kin.add(r.a).add(r.b);
    if (r.kind !== 'parent' || !subjects.has(r.childId)) continue;
    if (ended(r.to, day) || !started(r.from, day)) continue;
    parents.add(r.parentId);
    add(r.parentId, {
      kind: 'parent',
      childIds: [r.childId],
      carer: CARER_TYPES.has(r.type),
      gender: byId.get(r.parentId)?.gender ?? 'not-known',
    });
  }
  // Their current partners (the mother's new partner lives in the children's lives).
  for (const r of relationships) {
    if (r.kind !== 'partner' || PAST_PARTNER.has(r.status) || ended(r.to, day) || !started(r.from, day)) continue;
    if (parents.has(r.a)) add(r.b, { kind: 'partner', ofId: r.a });
    if (parents.has(r.b)) add(r.a, { kind: 'partner', ofId: r.b });
  }

  // Open safety plans: danger statements, next steps' owners and the plan's network.
  const patterns = namePatterns(people);
  const refersTo = (v: string | undefined): string | undefined => {
    if (!v) return undefined;
    if (byId.has(v)) return v;
    const t = v.trim();
    for (const [id, names] of patterns) if (names.some((n) => n.includes(' ') && n === t)) return id;
    return undefined;
  };
  for (const plan of bundle.safetyPlans ?? []) {
    if (plan.status === 'closed') continue;
    for (const s of plan.dangerStatements ?? ([] as Statement[])) {
      // Who said, agreed or disputed it gave a view (a grandmother agreeing is not named as a danger).
      for (const v of [s.by, ...(s.agreedBy ?? []), ...(s.disputedBy ?? [])]) add(refersTo(v), { kind: 'danger-view' });
      for (const [id, names] of patterns) if (names.some((n) => wordIn(s.text, n))) add(id, { kind: 'danger' });
    }
    for (const a of plan.nextSteps ?? []) add(refersTo(a.owner), { kind: 'step' });
    for (const m of plan.network ?? []) if (kin.has(m.memberId)) add(m.memberId, { kind: 'plan-network' });
  }
  return out;
}

/**
 * The day the network is drawn as at when the host gives none: the newest dated record in the bundle (what was
 * recorded or began: chronology dates, involvements' starts and last contacts, households' and relationships'
 * starts, plans' updates and ratings, the audit trail; not due or review dates, which lie ahead). Instants are read
 * as days in `timeZone` through `dayOf`. A partial date counts as its last day. Null when nothing is dated.
 */
export function newestRecordDay(bundle: CaseBundle, dayOf: (instant: string) => string): string | null {
  let best: string | null = null;
  let bestEnd = -Infinity;
  const consider = (d: string | undefined) => {
    if (!d) return;
    const e = endOf(d);
    if (Number.isFinite(e) && e > bestEnd) {
      bestEnd = e;
      best = d;
    }
  };
  const instant = (at: string | undefined) => {
    if (at) consider(dayOf(at));
  };
  consider(bundle.case.openedAt);
  consider(bundle.case.closedAt);
  for (const e of bundle.chronology ?? []) consider(e.date);
  for (const i of bundle.involvements ?? []) {
    consider(i.from);
    consider(i.lastContact);
  }
  for (const h of bundle.households ?? []) consider(h.from);
  for (const r of bundle.relationships ?? []) if ((r.kind === 'parent' || r.kind === 'partner') && r.from) consider(r.from);
  for (const p of bundle.safetyPlans ?? []) {
    instant(p.updatedAt);
    for (const s of p.scales ?? []) consider(s.at);
  }
  for (const a of bundle.audit ?? []) instant(a.at);
  if (best === null) return null;
  const d: string = best;
  if (d.length === 10) return d;
  // The last day of a partial date.
  const end = new Date(endOf(d));
  return end.toISOString().slice(0, 10);
}
