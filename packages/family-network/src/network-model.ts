/**
 * The team around the family as a graph: who is in the family at the centre, which professionals and informal
 * supports surround them, and which involvement links whom. Pure and DOM-free.
 *
 * Privacy rules are applied here, once, so no view can leak what the model withholds:
 * - a professional with `sensitiveRole` gets no role, no agency and no purpose unless `showSensitiveRoles` is true
 *   (an agency's name, such as a refuge, can disclose as much as the role); such a professional sits in the
 *   "other" sector;
 * - a person's address is never part of the model (whatever extra fields the host's record carries), and people
 *   with `confidentialAddress` are flagged so views can say so.
 */
import type { CaseBundle, Consent, Involvement, Person, Sector, Strength } from '@opencasework/core';
import { SECTORS, comparePartialDates, endOf, startOf, today as todayIn } from '@opencasework/core';
import { namedFamily, type NamedReason } from './named-people.js';

export type { NamedReason };

/** Sectors in the fixed order they go round the ecomap (clockwise from the top), then informal supports. */
export const SECTOR_ORDER = [
  'social-care',
  'early-help',
  'health',
  'mental-health',
  'education',
  'housing',
  'voluntary',
  'substance-misuse',
  'youth-justice',
  'probation',
  'police',
  'other',
] as const satisfies readonly Sector[];
export type RingGroup = Sector | 'informal';
export const RING_GROUPS: readonly RingGroup[] = [...SECTOR_ORDER, 'informal'];

export interface FamilyNode {
  kind: 'person';
  id: string;
  name: string;
  /** The household this person is drawn in, or null for family members outside any current household. */
  householdId: string | null;
  isSubject: boolean;
  dateOfBirth?: string;
  deceased: boolean;
  /** The address must not be disclosed. The model never carries an address at all. */
  confidentialAddress: boolean;
  /**
   * Why the case names this person beyond the households and involvements (a parent of the children, a parent's
   * partner, named in a danger statement, owner of a plan step, in the plan's network); empty when none applies.
   */
  named: NamedReason[];
}

export interface ProfessionalNode {
  kind: 'professional';
  id: string;
  name: string;
  /** Null when the role is withheld (a sensitive role the host has not allowed to be shown). */
  role: string | null;
  agencyId: string | null;
  agencyName: string | null;
  group: RingGroup;
  /** Absent when withheld with the role: a refuge's number or an address at a named service discloses as much. */
  phone?: string;
  email?: string;
  /** True when the role, agency and purpose are withheld. */
  withheld: boolean;
  /** Holds a current lead involvement. */
  lead: boolean;
  /** Every involvement of this professional has ended. */
  ended: boolean;
}

export interface SupportNode {
  kind: 'support';
  id: string;
  name: string;
  group: 'informal';
  /** "friend", "neighbour", "faith community"... */
  label: string | null;
  confidentialAddress: boolean;
}

export type OuterNode = ProfessionalNode | SupportNode;
export type NetworkNode = FamilyNode | OuterNode;

export interface InvolvementEdge {
  kind: 'involvement';
  /** `${involvementId}:${personId}`, or the involvement id alone when it names nobody (the whole family). */
  id: string;
  involvementId: string;
  professionalId: string;
  personId: string | null;
  strength: Strength | null;
  consent: Consent | null;
  lead: boolean;
  ended: boolean;
  from?: string;
  to?: string;
  lastContact?: string;
  purpose: string | null;
}

export interface SupportEdge {
  kind: 'support';
  id: string;
  relationshipId: string;
  supportId: string;
  personId: string;
  label: string | null;
}

export type NetworkEdge = InvolvementEdge | SupportEdge;

export interface HouseholdGroup {
  id: string;
  name: string | null;
  memberIds: string[];
}

export interface NetworkModel {
  family: FamilyNode[];
  households: HouseholdGroup[];
  outer: OuterNode[];
  edges: NetworkEdge[];
  /** Number of involvements hidden because they have ended (0 when they are shown). */
  hiddenEnded: number;
  today: string;
}

export interface ModelOptions {
  /** Today, as YYYY-MM-DD. Defaults to today in Europe/London (core's `today()`). */
  today?: string;
  /** Shows ended involvements (and professionals whose every involvement has ended). */
  showEnded?: boolean;
  /** Allows sensitive roles to be shown. Off by default. */
  showSensitiveRoles?: boolean;
}

export const personName = (p: Person | undefined, fallback = ''): string => {
  if (!p) return fallback;
  const given = p.preferredName || p.givenName;
  const name = [given, p.familyName].filter(Boolean).join(' ').trim();
  return name || fallback || p.id;
};

/** Whether a record with an optional end date has ended by `today` (a partial end date ends at its last day). */
export const hasEnded = (to: string | undefined, today: string): boolean => !!to && endOf(to) < startOf(today);
/** Whether a record with an optional start date has started by `today`. */
export const hasStarted = (from: string | undefined, today: string): boolean => !from || startOf(from) <= startOf(today);

const byName = <T extends { name: string; id: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the network model from a (valid) case bundle. Deterministic: the same bundle gives the same model. */
export function buildNetworkModel(bundle: CaseBundle, options: ModelOptions = {}): NetworkModel {
  const today = options.today ?? todayIn();
  const people = new Map((bundle.people ?? []).map((p) => [p.id, p]));
  const agencies = new Map((bundle.agencies ?? []).map((a) => [a.id, a]));
  const professionals = new Map((bundle.professionals ?? []).map((p) => [p.id, p]));
  const subjects = new Set((bundle.case.subjectIds ?? []).filter((id) => people.has(id)));

  // An involvement that starts after the day is not part of the network as at that day.
  const allInvolvements = (bundle.involvements ?? []).filter((i) => professionals.has(i.professionalId) && hasStarted(i.from, today));
  const shownInvolvements = allInvolvements.filter((i) => options.showEnded || !hasEnded(i.to, today));
  const hiddenEnded = allInvolvements.length - shownInvolvements.length;

  // The centre: current households that hold a subject (all current households when the case names no subject),
  // the subjects themselves, and anyone a shown involvement works with.
  const currentHouseholds = (bundle.households ?? []).filter((h) => !hasEnded(h.to, today) && hasStarted(h.from, today));
  const centreHouseholds = subjects.size
    ? currentHouseholds.filter((h) => (h.memberIds ?? []).some((id) => subjects.has(id)))
    : currentHouseholds;
  const centre = new Set<string>();
  const householdOf = new Map<string, string>();
  for (const h of centreHouseholds) {
    for (const id of h.memberIds ?? []) {
      const p = people.get(id);
      if (!p || ((p.deceased || p.dateOfDeath) && !subjects.has(id))) continue;
      centre.add(id);
      if (!householdOf.has(id)) householdOf.set(id, h.id);
    }
  }
  subjects.forEach((id) => centre.add(id));
  for (const inv of shownInvolvements) for (const id of inv.personIds ?? []) if (people.has(id)) centre.add(id);
  // Everyone else the case names in the family: parents (fathers too, wherever they live), parents' partners, and
  // the people an open safety plan names. Drawn so that "no professional works with him" can be seen.
  const named = namedFamily(bundle, today);
  named.forEach((_r, id) => centre.add(id));
  // People in another current household are drawn in it, so a grandparent's home is shown as a home.
  for (const h of currentHouseholds) {
    for (const id of h.memberIds ?? []) if (centre.has(id) && !householdOf.has(id)) householdOf.set(id, h.id);
  }

  // Informal supports: the other side of a `support` relationship with someone at the centre.
  const supportEdges: SupportEdge[] = [];
  const supportNodes = new Map<string, SupportNode>();
  for (const r of bundle.relationships ?? []) {
    if (r.kind !== 'support') continue;
    let personId: string, supportId: string;
    if (centre.has(r.a) && !centre.has(r.b)) [personId, supportId] = [r.a, r.b];
    else if (centre.has(r.b) && !centre.has(r.a)) [personId, supportId] = [r.b, r.a];
    else continue; // both inside the family (drawn by the genogram) or both outside (not this family's network)
    const sp = people.get(supportId);
    if (!sp) continue;
    const label = r.label?.trim() || null;
    if (!supportNodes.has(supportId)) {
      supportNodes.set(supportId, {
        kind: 'support',
        id: supportId,
        name: personName(sp),
        group: 'informal',
        label,
        confidentialAddress: !!sp.confidentialAddress,
      });
    }
    supportEdges.push({ kind: 'support', id: `${r.id}:${personId}`, relationshipId: r.id, supportId, personId, label });
  }

  const family: FamilyNode[] = [...centre].map((id) => {
    const p = people.get(id)!;
    const node: FamilyNode = {
      kind: 'person',
      id,
      name: personName(p),
      householdId: householdOf.get(id) ?? null,
      isSubject: subjects.has(id),
      deceased: !!(p.deceased || p.dateOfDeath),
      confidentialAddress: !!p.confidentialAddress,
      named: named.get(id) ?? [],
    };
    if (p.dateOfBirth) node.dateOfBirth = p.dateOfBirth;
    return node;
  });
  // Subjects first, then by date of birth (eldest first), then name.
  family.sort(
    (a, b) =>
      Number(b.isSubject) - Number(a.isSubject) ||
      (a.dateOfBirth && b.dateOfBirth ? comparePartialDates(a.dateOfBirth, b.dateOfBirth) : a.dateOfBirth ? -1 : b.dateOfBirth ? 1 : 0) ||
      byName(a, b),
  );

  const households: HouseholdGroup[] = [];
  for (const h of [...centreHouseholds, ...currentHouseholds.filter((x) => !centreHouseholds.includes(x))]) {
    const memberIds = family.filter((f) => f.householdId === h.id).map((f) => f.id);
    if (memberIds.length) households.push({ id: h.id, name: h.name?.trim() || null, memberIds });
  }

  // Professionals with at least one shown involvement.
  const byProfessional = new Map<string, Involvement[]>();
  for (const inv of shownInvolvements) {
    const list = byProfessional.get(inv.professionalId) ?? [];
    list.push(inv);
    byProfessional.set(inv.professionalId, list);
  }
  const profNodes: ProfessionalNode[] = [];
  for (const [pid, invs] of byProfessional) {
    const pro = professionals.get(pid)!;
    const withheld = !!pro.sensitiveRole && !options.showSensitiveRoles;
    const agency = agencies.get(pro.agencyId);
    const node: ProfessionalNode = {
      kind: 'professional',
      id: pid,
      name: pro.name,
      role: withheld ? null : pro.role,
      agencyId: withheld ? null : pro.agencyId,
      agencyName: withheld ? null : (agency?.name ?? null),
      group: withheld ? 'other' : agency && (SECTORS as readonly string[]).includes(agency.sector) ? agency.sector : 'other',
      withheld,
      lead: invs.some((i) => i.lead && !hasEnded(i.to, today)),
      ended: invs.every((i) => hasEnded(i.to, today)),
    };
    // A withheld role takes its contact details with it (a refuge's number, an address at a named service).
    if (pro.phone && !withheld) node.phone = pro.phone;
    if (pro.email && !withheld) node.email = pro.email;
    profNodes.push(node);
  }

  const edges: NetworkEdge[] = [];
  for (const inv of shownInvolvements) {
    const pro = professionals.get(inv.professionalId)!;
    const withheld = !!pro.sensitiveRole && !options.showSensitiveRoles;
    const ended = hasEnded(inv.to, today);
    const ids = (inv.personIds ?? []).filter((id) => centre.has(id));
    const base = {
      kind: 'involvement' as const,
      involvementId: inv.id,
      professionalId: inv.professionalId,
      strength: inv.strength ?? null,
      consent: inv.consent ?? null,
      lead: !!inv.lead && !ended,
      ended,
      purpose: withheld ? null : inv.purpose?.trim() || null,
      ...(inv.from ? { from: inv.from } : {}),
      ...(inv.to ? { to: inv.to } : {}),
      ...(inv.lastContact ? { lastContact: inv.lastContact } : {}),
    };
    if (!ids.length) edges.push({ ...base, id: inv.id, personId: null });
    for (const personId of ids) edges.push({ ...base, id: `${inv.id}:${personId}`, personId });
  }
  edges.push(...supportEdges);

  const groupIndex = (g: RingGroup) => RING_GROUPS.indexOf(g);
  const outer: OuterNode[] = [...profNodes, ...supportNodes.values()].sort(
    (a, b) =>
      groupIndex(a.group) - groupIndex(b.group) ||
      (a.kind === 'professional' && b.kind === 'professional'
        ? (a.agencyName ?? '\uffff').localeCompare(b.agencyName ?? '\uffff', 'en')
        : 0) ||
      byName(a, b),
  );

  return { family, households, outer, edges, hiddenEnded, today };
}

/** The edges touching a node. */
export function edgesOf(model: NetworkModel, id: string): NetworkEdge[] {
  return model.edges.filter((e) =>
    e.kind === 'involvement' ? e.professionalId === id || e.personId === id : e.supportId === id || e.personId === id,
  );
}

/** The family members an outer node is linked to, and the outer nodes a family member is linked to. */
export function neighboursOf(model: NetworkModel, id: string): Set<string> {
  const out = new Set<string>();
  for (const e of edgesOf(model, id)) {
    const [a, b] = e.kind === 'involvement' ? [e.professionalId, e.personId] : [e.supportId, e.personId];
    if (a && a !== id) out.add(a);
    if (b && b !== id) out.add(b);
  }
  return out;
}
