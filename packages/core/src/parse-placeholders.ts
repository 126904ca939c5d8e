import type { CaseBundle, Household, Person, Relationship } from './schema/index.js';

/** What a parse could not show, kept beside the value it returned (never inside it: the parser adds no field). */
export interface Unshown {
  /** Ids of people whose records were refused (each reported in the issues). */
  refusedPeople: string[];
  /** Relationships left out only because a person they name was refused. */
  relationships: Relationship[];
  /** Household members left out because their person was refused: `holder` is the household, `target` the person. */
  householdMembers: { holder: string; target: string }[];
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
}

const unshown = new WeakMap<object, Unshown>();
const shown = new WeakMap<object, Map<string, { bundle: CaseBundle; placeholders: ReadonlySet<string> }>>();

/**
 * Called by the parser with the value it returns. A relationship is held back for a placeholder when it was left out
 * for its references only and each person it names was either kept or refused (not missing from the bundle).
 */
export function noteUnshown(value: CaseBundle, o: ParseOutcome): void {
  const refused = new Set([...o.all].filter((id) => !o.kept.has(id)));
  if (!refused.size) return;
  const resolved = new Set(o.resolved);
  const relationships = (o.relationships ?? []).filter((r) => {
    if (resolved.has(r)) return false;
    const ends = r.kind === 'parent' ? [r.parentId, r.childId] : [r.a, r.b];
    return ends.every((id) => o.kept.has(id) || refused.has(id)) && ends.some((id) => refused.has(id));
  });
  const householdMembers = (o.households ?? []).flatMap((h) =>
    (h.memberIds ?? []).filter((id) => refused.has(id)).map((target) => ({ holder: h.id, target })),
  );
  unshown.set(value, { refusedPeople: [...refused], relationships, householdMembers });
}

/** What the parse of this bundle could not show (undefined when nothing, or when the bundle was not parsed here). */
export function unshownOf(bundle: CaseBundle): Unshown | undefined {
  return unshown.get(bundle);
}

/**
 * The bundle as a drawing should show it: every person whose record was refused but whom other records still name
 * comes back as a placeholder person (no name, no dates: only `label`, which should say plainly that the record has a
 * problem and where the list of problems is), with the relationships and household places that name them. So a
 * family whose mother's record was refused still shows her children linked to a parent, not to no one.
 * Returns the same bundle (and no placeholders) when nothing was held back. Remembered per bundle and label.
 */
export function withPlaceholders(bundle: CaseBundle, label: string): { bundle: CaseBundle; placeholders: ReadonlySet<string> } {
  const u = unshown.get(bundle);
  if (!u) return { bundle, placeholders: new Set() };
  const cached = shown.get(bundle)?.get(label);
  if (cached) return cached;
  const refused = new Set(u.refusedPeople);
  const named = new Set<string>();
  for (const r of u.relationships)
    for (const id of r.kind === 'parent' ? [r.parentId, r.childId] : [r.a, r.b]) if (refused.has(id)) named.add(id);
  for (const m of u.householdMembers) named.add(m.target);
  const people: Person[] = [...named].map((id) => ({ id, givenName: label }) as Person);
  const households = (bundle.households ?? []).map((h) => {
    const back = u.householdMembers.filter((m) => m.holder === h.id).map((m) => m.target);
    return back.length ? { ...h, memberIds: [...(h.memberIds ?? []), ...back] } : h;
  });
  const out = {
    bundle: {
      ...bundle,
      people: [...(bundle.people ?? []), ...people],
      relationships: [...(bundle.relationships ?? []), ...u.relationships],
      ...(bundle.households ? { households } : {}),
    },
    placeholders: named as ReadonlySet<string>,
  };
  if (!shown.has(bundle)) shown.set(bundle, new Map());
  shown.get(bundle)!.set(label, out);
  return out;
}
