import type { CaseBundle, Person } from '@opencasework/core';
import { chronologyMessages, type ChronologyKey } from './messages/index.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const letter = (i: number) => (i < 26 ? LETTERS[i]! : `${LETTERS[Math.floor(i / 26) - 1]}${LETTERS[i % 26]}`);

const byGender = (p: Person | undefined, female: ChronologyKey, male: ChronologyKey, other: ChronologyKey): ChronologyKey =>
  p?.gender === 'female' ? female : p?.gender === 'male' ? male : other;

/**
 * Roles that stand in for names in an anonymised version, derived from each person's relationship to the subject
 * children: "Child A", "Mother", "Father", "Sister", "Grandmother", "Mother's partner", "Foster carer"; anyone else
 * is "Person 1", "Person 2". Two people who would share a role are told apart by the child ("Father of Child B")
 * or by number. Professionals are named by their job.
 */
export function roleNames(bundle: CaseBundle, locale: string = 'en'): Map<string, string> {
  const t = (key: ChronologyKey, p: Record<string, string | number> = {}) => chronologyMessages.t(locale, key, p);
  const people = new Map((bundle.people ?? []).map((p) => [p.id, p]));
  const subjects = (bundle.case.subjectIds ?? []).filter((id) => people.has(id));
  const roles = new Map<string, { key: ChronologyKey; child?: string; label?: string }>();
  subjects.forEach((id, i) => roles.set(id, { key: 'role.child', label: t('role.child', { letter: letter(i) }) }));
  const parentRels = (bundle.relationships ?? []).filter((r) => r.kind === 'parent');
  const birthLike = new Set(['biological', 'legal', 'adoptive', 'unknown']);
  const parentsOf = (child: string) => parentRels.filter((r) => r.childId === child && birthLike.has(r.type)).map((r) => r.parentId);
  // Parents and carers of the subject children.
  for (const child of subjects) {
    for (const r of parentRels) {
      if (r.childId !== child || roles.has(r.parentId)) continue;
      const p = people.get(r.parentId);
      const key: ChronologyKey =
        r.type === 'adoptive'
          ? byGender(p, 'role.adoptive-mother', 'role.adoptive-father', 'role.adoptive-parent')
          : r.type === 'step'
            ? byGender(p, 'role.stepmother', 'role.stepfather', 'role.step-parent')
            : r.type === 'foster'
              ? 'role.foster-carer'
              : r.type === 'kinship'
                ? 'role.kinship-carer'
                : r.type === 'special-guardian'
                  ? 'role.special-guardian'
                  : byGender(p, 'role.mother', 'role.father', 'role.parent');
      roles.set(r.parentId, { key, child });
    }
  }
  // Siblings: share a parent with a subject child.
  for (const child of subjects) {
    const ps = new Set(parentsOf(child));
    for (const r of parentRels) {
      if (!ps.has(r.parentId) || r.childId === child || roles.has(r.childId) || !birthLike.has(r.type)) continue;
      roles.set(r.childId, { key: byGender(people.get(r.childId), 'role.sister', 'role.brother', 'role.sibling'), child });
    }
  }
  // Grandparents: parents of a subject child's parents.
  for (const child of subjects) {
    for (const parent of parentsOf(child)) {
      for (const gp of parentsOf(parent)) {
        if (roles.has(gp)) continue;
        roles.set(gp, { key: byGender(people.get(gp), 'role.grandmother', 'role.grandfather', 'role.grandparent'), child });
      }
    }
  }
  const labelOf = (id: string) => {
    const r = roles.get(id)!;
    return r.label ?? t(r.key);
  };
  // Partners of parents and carers.
  for (const r of bundle.relationships ?? []) {
    if (r.kind !== 'partner') continue;
    for (const [a, b] of [
      [r.a, r.b],
      [r.b, r.a],
    ] as const) {
      const ra = roles.get(a);
      if (ra && !roles.has(b) && ra.key !== 'role.child' && people.has(b)) {
        roles.set(b, { key: 'role.partner-of', child: ra.child, label: t('role.partner-of', { role: labelOf(a) }) });
      }
    }
  }
  const out = new Map<string, string>();
  for (const [id] of roles) out.set(id, labelOf(id));
  // Tell apart people who would share a label.
  const byLabel = new Map<string, string[]>();
  for (const [id, label] of out) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  for (const [label, ids] of byLabel) {
    if (ids.length < 2) continue;
    const childLabels = ids.map((id) => roles.get(id)?.child);
    const distinct = new Set(childLabels).size === ids.length && childLabels.every(Boolean);
    ids.forEach((id, i) =>
      out.set(
        id,
        distinct
          ? t('role.of-child', { role: label, child: out.get(childLabels[i]!) ?? '' })
          : t('role.numbered', { role: label, n: i + 1 }),
      ),
    );
  }
  let n = 0;
  for (const p of bundle.people ?? []) if (!out.has(p.id)) out.set(p.id, t('role.person', { n: ++n }));
  // Professionals by their job, numbered where two share one.
  const profs = bundle.professionals ?? [];
  const roleCount = new Map<string, number>();
  for (const p of profs) roleCount.set(p.role, (roleCount.get(p.role) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const p of profs) {
    const k = (seen.get(p.role) ?? 0) + 1;
    seen.set(p.role, k);
    out.set(p.id, (roleCount.get(p.role) ?? 0) > 1 ? t('role.numbered', { role: p.role, n: k }) : p.role);
  }
  return out;
}
