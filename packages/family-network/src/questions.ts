/**
 * The questions the network answers in one action. Pure and DOM-free. Each answer points at people for a
 * practitioner to look at: none is a verdict or a score.
 */
import type { CaseBundle } from '@opencasework/core';
import { ageAt, endOf, startOf } from '@opencasework/core';
import type { NetworkModel, ProfessionalNode } from './network-model.js';
import { hasEnded, neighboursOf, personName } from './network-model.js';

/** "Who works with Jay?": the professionals and informal supports linked to a family member, and the edges. */
export function whoWorksWith(model: NetworkModel, personId: string): { professionals: string[]; supports: string[] } {
  const ids = neighboursOf(model, personId);
  const outer = model.outer.filter((n) => ids.has(n.id));
  return {
    professionals: outer.filter((n) => n.kind === 'professional').map((n) => n.id),
    supports: outer.filter((n) => n.kind === 'support').map((n) => n.id),
  };
}

/** "Who is the lead?": the professional holding the current lead involvement, or null when none is recorded. */
export function whoIsLead(model: NetworkModel): ProfessionalNode | null {
  return model.outer.find((n): n is ProfessionalNode => n.kind === 'professional' && n.lead) ?? null;
}

export interface ContactGap {
  professionalId: string;
  /** The most recent contact recorded across the professional's current involvements. */
  lastContact: string;
  /** Whole weeks since then, counting from the last day the (possibly partial) date could mean. */
  weeks: number;
}

/**
 * "Who hasn't been in contact for N weeks?": professionals with a current involvement whose latest recorded contact
 * is at least `weeks` weeks before `today`, longest first; and those with no contact date recorded at all.
 * A partial date counts from its last possible day, so nobody is reported as out of touch for longer than is known.
 */
export function notInContactFor(model: NetworkModel, weeks: number, today = model.today): { stale: ContactGap[]; noDate: string[] } {
  const latest = new Map<string, string | null>();
  for (const e of model.edges) {
    if (e.kind !== 'involvement' || e.ended) continue;
    const prev = latest.get(e.professionalId);
    if (!e.lastContact) {
      if (prev === undefined) latest.set(e.professionalId, null);
      continue;
    }
    if (!prev || endOf(e.lastContact) > endOf(prev)) latest.set(e.professionalId, e.lastContact);
  }
  const stale: ContactGap[] = [];
  const noDate: string[] = [];
  for (const n of model.outer) {
    if (!latest.has(n.id)) continue;
    const last = latest.get(n.id);
    if (!last) {
      noDate.push(n.id);
      continue;
    }
    const days = Math.floor((startOf(today) - endOf(last)) / 86_400_000);
    const w = Math.floor(days / 7);
    if (days >= weeks * 7) stale.push({ professionalId: n.id, lastContact: last, weeks: w });
  }
  stale.sort((a, b) => b.weeks - a.weeks || (a.professionalId < b.professionalId ? -1 : 1));
  return { stale, noDate };
}

export type UniversalService = 'health-visitor' | 'school' | 'gp';

export interface UniversalServicePrompt {
  personId: string;
  name: string;
  /** Age in whole years today, or null when no date of birth is recorded. */
  age: number | null;
  /** The universal services expected at this age of which no current involvement is recorded. */
  notRecorded: UniversalService[];
}

const GP_ROLE = /\b(gp|g\.p\.)\b|general practi|family doctor|meddyg teulu/i;
const GP_PRACTICE = /surgery|medical practice|medical centre|health centre|meddygfa/i;
const NOT_A_DOCTOR = /nurse|visitor|midwife|receptionist|nyrs|ymwelydd|bydwraig/i;
const HEALTH_VISITOR = /health visit|ymwelydd iechyd|ymwelwyr iechyd/i;

/** Which universal services apply at an age: health visitor under 5, school 5 to 16, GP at every age. */
export function servicesForAge(age: number): UniversalService[] {
  const out: UniversalService[] = [];
  if (age < 5) out.push('health-visitor');
  if (age >= 5 && age <= 16) out.push('school');
  out.push('gp');
  return out;
}

/**
 * "Who does this child have no universal service from?": for each child (the case's subjects and every family
 * member under 18), the universal services expected at their age of which no current involvement is recorded.
 * A school is any current involvement from an education agency; a GP or health visitor is recognised from the
 * professional's role (or, for a GP, a doctor at a practice). This is a prompt to check the record, not a finding: the service may exist
 * and simply not be recorded here. Sensitive roles are read to match but never returned.
 */
export function universalServicePrompts(bundle: CaseBundle, model: NetworkModel, today = model.today): UniversalServicePrompt[] {
  const people = new Map((bundle.people ?? []).map((p) => [p.id, p]));
  const pros = new Map((bundle.professionals ?? []).map((p) => [p.id, p]));
  const agencies = new Map((bundle.agencies ?? []).map((a) => [a.id, a]));
  const subjects = new Set(bundle.case.subjectIds ?? []);
  const out: UniversalServicePrompt[] = [];
  for (const f of model.family) {
    const p = people.get(f.id);
    if (!p || p.pregnancy || f.deceased) continue;
    const age = p.dateOfBirth ? ageAt(p.dateOfBirth, today) : null;
    if (age === null && !(subjects.has(f.id) && !p.dateOfBirth)) continue; // born after today, or an adult-unknown
    if (age && age.years >= 18) continue;
    if (!age) {
      out.push({ personId: f.id, name: personName(p), age: null, notRecorded: [] });
      continue;
    }
    const has = new Set<UniversalService>();
    for (const inv of bundle.involvements ?? []) {
      if (hasEnded(inv.to, today) || !(inv.personIds ?? []).includes(f.id)) continue;
      const pro = pros.get(inv.professionalId);
      if (!pro) continue;
      const agency = agencies.get(pro.agencyId);
      if (agency?.sector === 'education') has.add('school');
      // A GP by role, or a doctor at a practice (a nurse or health visitor based at a surgery is not the GP).
      if (GP_ROLE.test(pro.role) || (GP_PRACTICE.test(agency?.name ?? '') && !NOT_A_DOCTOR.test(pro.role))) has.add('gp');
      if (HEALTH_VISITOR.test(`${pro.role} ${agency?.name ?? ''}`)) has.add('health-visitor');
    }
    const notRecorded = servicesForAge(age.years).filter((s) => !has.has(s));
    if (notRecorded.length) out.push({ personId: f.id, name: personName(p), age: age.years, notRecorded });
  }
  return out;
}

export interface NetworkGaps {
  /**
   * Family members drawn whom no current involvement names (a whole-family involvement covers the children's
   * households); people drawn only as members of the plan's network are helpers and not listed.
   */
  noProfessional: string[];
  /** Children the case is about with no current lead professional (a lead involvement naming them, or naming nobody). */
  noLead: string[];
}

/**
 * Gaps in the team around the family, for a practitioner to check: family members no professional works with (a
 * father, a mother's new partner named in a danger statement), and children without a current lead professional.
 * Counted on the model as drawn, so ended involvements never fill a gap.
 */
export function networkGaps(model: NetworkModel): NetworkGaps {
  const worked = new Set<string>();
  const led = new Set<string>();
  let wholeFamily = false,
    wholeFamilyLead = false;
  const subjectHomes = new Set(model.family.filter((f) => f.isSubject && f.householdId).map((f) => f.householdId!));
  for (const e of model.edges) {
    if (e.kind !== 'involvement' || e.ended) continue;
    if (e.personId === null) {
      wholeFamily = true;
      wholeFamilyLead ||= e.lead;
      continue;
    }
    worked.add(e.personId);
    if (e.lead) led.add(e.personId);
  }
  const inSubjectHome = (f: NetworkModel['family'][number]) => !!f.householdId && subjectHomes.has(f.householdId);
  // Someone drawn only as a helper in the plan (in its network, or giving a view on a danger statement) is not a gap.
  const helperOnly = (f: NetworkModel['family'][number]) =>
    !f.isSubject && !inSubjectHome(f) && f.named.length > 0 && f.named.every((r) => r.kind === 'plan-network' || r.kind === 'danger-view');
  return {
    noProfessional: model.family
      .filter((f) => !f.deceased && !worked.has(f.id) && !helperOnly(f) && !(wholeFamily && inSubjectHome(f)))
      .map((f) => f.id),
    noLead: model.family.filter((f) => f.isSubject && !led.has(f.id) && !(wholeFamilyLead && inSubjectHome(f))).map((f) => f.id),
  };
}
