/**
 * The person and relationship forms' logic, without the DOM: reading a submitted form into records, the checks that
 * refuse an impossible family, and the emotional relationship. The element turns the results into changes.
 */
import {
  isPartialDate,
  newId,
  type CaseBundle,
  type ParentType,
  type PartnerStatus,
  type Person,
  type Relationship,
} from '@opencasework/core';
import { buildFamilyGraph, type GraphIssueCode } from './layout/family-graph.js';

export type FormValues = (name: string) => string;
export type FieldError = 'name' | 'date';
export type StructureProblem = { code: GraphIssueCode } | { code: 'born-before' };

/** Reads a FormData into trimmed strings. */
export function formValues(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  return (k) => {
    const v = data.get(k);
    return typeof v === 'string' ? v.trim() : '';
  };
}

export interface PersonDraft {
  errors: Partial<Record<'name' | 'dob', FieldError>>;
  person: Person;
  /** The relationship to the selected person, when one was chosen. */
  rel?: Relationship;
}

/** The add-person form as records: the new person and their link to `otherId` (the selected person). */
export function readPersonForm(v: FormValues, otherId: string): PersonDraft {
  const errors: PersonDraft['errors'] = {};
  if (!v('givenName') && !v('familyName')) errors.name = 'name';
  if (v('dateOfBirth') && !isPartialDate(v('dateOfBirth'))) errors.dob = 'date';
  const person = { id: newId(), gender: v('gender') as Person['gender'] } as Person;
  if (v('givenName')) person.givenName = v('givenName');
  if (v('familyName')) person.familyName = v('familyName');
  if (v('dateOfBirth')) person.dateOfBirth = v('dateOfBirth');
  const relation = v('relation');
  const draft: PersonDraft = { errors, person };
  if (relation !== 'none' && relation && otherId) {
    const status = v('partnerStatus') as PartnerStatus,
      type = v('parentType') as ParentType;
    if (relation === 'partner') draft.rel = { id: newId(), kind: 'partner', a: otherId, b: person.id, status };
    else if (relation === 'child') draft.rel = { id: newId(), kind: 'parent', parentId: otherId, childId: person.id, type };
    else draft.rel = { id: newId(), kind: 'parent', parentId: person.id, childId: otherId, type };
  }
  return draft;
}

/** Why adding this person and relationship would make an impossible family, or null when it is fine. */
export function structureProblem(b: CaseBundle, person: Person | null, rel: Relationship): StructureProblem | null {
  const trial: CaseBundle = {
    ...b,
    people: [...(b.people ?? []), ...(person ? [person] : [])],
    relationships: [...(b.relationships ?? []), rel],
  };
  const before = new Set(buildFamilyGraph(b, { asAt: '9999-12-31' }).issues.map((i) => `${i.id}|${i.code}`));
  const g = buildFamilyGraph(trial, { asAt: '9999-12-31' });
  // the new link may be the one reported, or it may push an existing one out (the graph reads records in id order)
  const issue = g.issues.find((i) => !before.has(`${i.id}|${i.code}`));
  if (issue) return { code: issue.code };
  if (rel.kind === 'parent') {
    const dob = (id: string) => trial.people!.find((p) => p.id === id)?.dateOfBirth;
    const pd = dob(rel.parentId),
      cd = dob(rel.childId);
    if (pd && cd && cd.slice(0, 4) < pd.slice(0, 4)) return { code: 'born-before' };
  }
  return null;
}

/** The add-emotional-relationship form as a record, or null when the two people are the same or either is not chosen. */
export function readEmotionalForm(v: FormValues): Relationship | null {
  const a = v('a'),
    b = v('b');
  if (!a || !b || a === b) return null;
  const dir = v('direction') || 'none';
  const rel = { id: newId(), kind: 'emotional', a, b, quality: v('quality') } as Relationship & { direction?: string };
  if (dir !== 'none') rel.direction = dir;
  return rel;
}
