import { PartialDate } from './schema/primitives.js';
import type { CaseBundle, Household, Involvement, Person, Professional, Relationship } from './schema/index.js';

/** What a parse could not show, kept beside the value it returned (never inside it: the parser adds no field). */
export interface Unshown {
  /** Ids of people whose records were refused (each reported in the issues). */
  refusedPeople: string[];
  /** Relationships left out only because a person they name was refused. */
  relationships: Relationship[];
  /** Household members left out because their person was refused: `holder` is the household, `target` the person. */
  householdMembers: { holder: string; target: string }[];
  /** Ids of professionals whose records were refused (their own fault, or an agency that was refused). */
  refusedProfessionals: string[];
  /** Involvements left out only because the professional they name was refused. */
  involvements: Involvement[];
  /** Households whose records were refused, as far as they can be read: id, members (kept or refused people), dates. */
  households: { id: string; memberIds: string[]; from?: string; to?: string }[];
}

/** What the parser knows when it has finished: every person id sent, those kept, and the relationships and households. */
export interface ParseOutcome {
  all: ReadonlySet<string>;
  kept: ReadonlySet<string>;
  /** Every relationship that parsed as a record, and those whose references resolved. */
  relationships: Relationship[] | undefined;
  resolved: Relationship[];
  /** Every household that parsed as a record (before its dangling members were taken out). */
  households: Household[] | undefined;
  /** The households as sent (to read a refused household's id, members and dates). */
  rawHouseholds?: unknown;
  /** Every professional id sent, and those kept. */
  professionals?: { all: ReadonlySet<string>; kept: ReadonlySet<string> };
  /** Every involvement that parsed as a record, and the ids of those whose references resolved. */
  involvements?: Involvement[] | undefined;
  resolvedInvolvements?: ReadonlySet<string>;
}

/** The words a placeholder shows: a plain label saying the record has a problem and where the list of problems is. */
export interface PlaceholderLabels {
  person: string;
  /** A professional's placeholder (default: the person's label; a professional is a person). */
  professional?: string;
  /** A household's placeholder name (default: none, so it is drawn as a household without a name). */
  household?: string;
}

const unshown = new WeakMap<object, Unshown>();
const shown = new WeakMap<object, Map<string, { bundle: CaseBundle; placeholders: ReadonlySet<string> }>>();
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x) : []);
const dateOf = (v: unknown) => (PartialDate.safeParse(v).success ? (v as string) : undefined);

/** Households refused as records, read as far as they can be: an id no kept household has, members the case knows. */
function refusedHouseholds(o: ParseOutcome, refused: ReadonlySet<string>): Unshown['households'] {
  if (!Array.isArray(o.rawHouseholds)) return [];
  const keptIds = new Set((o.households ?? []).map((h) => h.id));
  const out: Unshown['households'] = [];
  for (const raw of o.rawHouseholds as unknown[]) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || !r.id || keptIds.has(r.id) || out.some((h) => h.id === r.id)) continue;
    const memberIds = strings(r.memberIds).filter((id) => o.kept.has(id) || refused.has(id));
    if (!memberIds.length) continue;
    const from = dateOf(r.from);
    const to = dateOf(r.to);
    out.push({ id: r.id, memberIds, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  return out;
}

/**
 * Called by the parser with the value it returns. A relationship is held back for a placeholder when it was left out
 * for its references only and each person it names was either kept or refused (not missing from the bundle); an
 * involvement when it was left out only because its professional was refused.
 */
export function noteUnshown(value: CaseBundle, o: ParseOutcome): void {
  const refused = new Set([...o.all].filter((id) => !o.kept.has(id)));
  const resolved = new Set(o.resolved);
  const relationships = (o.relationships ?? []).filter((r) => {
    if (resolved.has(r)) return false;
    const ends = r.kind === 'parent' ? [r.parentId, r.childId] : [r.a, r.b];
    return ends.every((id) => o.kept.has(id) || refused.has(id)) && ends.some((id) => refused.has(id));
  });
  const householdMembers = (o.households ?? []).flatMap((h) =>
    (h.memberIds ?? []).filter((id) => refused.has(id)).map((target) => ({ holder: h.id, target })),
  );
  const pros = o.professionals;
  const refusedPros = new Set(pros ? [...pros.all].filter((id) => !pros.kept.has(id)) : []);
  const involvements = (o.involvements ?? [])
    .filter((i) => !o.resolvedInvolvements?.has(i.id) && refusedPros.has(i.professionalId))
    .map((i) => (i.personIds ? { ...i, personIds: i.personIds.filter((id) => o.kept.has(id) || refused.has(id)) } : i));
  const households = refusedHouseholds(o, refused);
  if (!refused.size && !involvements.length && !households.length) return;
  unshown.set(value, {
    refusedPeople: [...refused],
    relationships,
    householdMembers,
    refusedProfessionals: [...refusedPros],
    involvements,
    households,
  });
}

/** What the parse of this bundle could not show (undefined when nothing, or when the bundle was not parsed here). */
export function unshownOf(bundle: CaseBundle): Unshown | undefined {
  return unshown.get(bundle);
}

/**
 * Carries what a parse could not show from a document to the one an edit made of it (a change applied here or in a
 * store, another tab's change), so placeholders do not vanish until the next parse. A document with its own notes
 * (parsed itself) keeps them unless `replace`. Records that exist in the new document are never doubled by a placeholder.
 */
export function carryUnshown(from: CaseBundle, to: CaseBundle, replace = false): void {
  const u = unshown.get(from);
  if (u && from !== to && (replace || !unshown.has(to))) unshown.set(to, u);
}

/**
 * The bundle as a drawing should show it: every person whose record was refused but whom other records still name
 * comes back as a placeholder person (no name, no dates: only the label, which should say plainly that the record has
 * a problem and where the list of problems is), with the relationships and household places that name them; every
 * professional refused (for its own fault or its agency's) whose involvements were left out comes back as a
 * placeholder professional with those involvements; every refused household comes back as a placeholder household
 * with its members. So a family whose mother's record was refused still shows her children linked to a parent, not to
 * no one, and a child's social worker refused for a bad agency still shows as someone working with the child.
 * Returns the same bundle (and no placeholders) when nothing was held back. Remembered per bundle and labels.
 */
export function withPlaceholders(
  bundle: CaseBundle,
  labels: string | PlaceholderLabels,
): { bundle: CaseBundle; placeholders: ReadonlySet<string> } {
  const u = unshown.get(bundle);
  if (!u) return { bundle, placeholders: new Set() };
  const l: PlaceholderLabels = typeof labels === 'string' ? { person: labels } : labels;
  const cacheKey = JSON.stringify([l.person, l.professional, l.household]);
  const cached = shown.get(bundle)?.get(cacheKey);
  if (cached) return cached;
  // A record the document has again (fixed, or re-created by an edit) is shown as itself, never doubled.
  const ids = (list: readonly { id: string }[] | undefined) => new Set((list ?? []).map((r) => r.id));
  const havePeople = ids(bundle.people);
  const haveRels = ids(bundle.relationships);
  const havePros = ids(bundle.professionals);
  const haveInv = ids(bundle.involvements);
  const haveHouseholds = ids(bundle.households);
  const refused = new Set(u.refusedPeople.filter((id) => !havePeople.has(id)));
  const named = new Set<string>();
  const rels = u.relationships.filter((r) => !haveRels.has(r.id));
  for (const r of rels) for (const id of r.kind === 'parent' ? [r.parentId, r.childId] : [r.a, r.b]) if (refused.has(id)) named.add(id);
  const members = u.householdMembers.filter((m) => refused.has(m.target));
  for (const m of members) named.add(m.target);
  const homes = u.households.filter((h) => !haveHouseholds.has(h.id));
  for (const h of homes) for (const id of h.memberIds) if (refused.has(id)) named.add(id);
  const knownPerson = (id: string) => havePeople.has(id) || named.has(id);
  const invs = u.involvements.filter(
    (i) => !haveInv.has(i.id) && !havePros.has(i.professionalId) && u.refusedProfessionals.includes(i.professionalId),
  );
  const proIds = new Set(invs.map((i) => i.professionalId));
  const people: Person[] = [...named].map((id) => ({ id, givenName: l.person }) as Person);
  const pros: Professional[] = [...proIds].map((id) => ({ id, name: l.professional ?? l.person, role: '', agencyId: '' }));
  const households = (bundle.households ?? []).map((h) => {
    const back = members.filter((m) => m.holder === h.id).map((m) => m.target);
    return back.length ? { ...h, memberIds: [...(h.memberIds ?? []), ...back] } : h;
  });
  const placeholderHomes: Household[] = homes.map((h) => ({
    ...h,
    memberIds: h.memberIds.filter(knownPerson),
    ...(l.household ? { name: l.household } : {}),
  }));
  const out = {
    bundle: {
      ...bundle,
      people: [...(bundle.people ?? []), ...people],
      relationships: [...(bundle.relationships ?? []), ...rels],
      ...(bundle.households || placeholderHomes.length ? { households: [...households, ...placeholderHomes] } : {}),
      ...(bundle.professionals || pros.length ? { professionals: [...(bundle.professionals ?? []), ...pros] } : {}),
      ...(bundle.involvements || invs.length ? { involvements: [...(bundle.involvements ?? []), ...invs] } : {}),
    },
    placeholders: new Set([...named, ...proIds, ...placeholderHomes.map((h) => h.id)]) as ReadonlySet<string>,
  };
  if (!shown.has(bundle)) shown.set(bundle, new Map());
  shown.get(bundle)!.set(cacheKey, out);
  return out;
}
