import { startOf, type CaseBundle, type Person, type Professional, type SafetyPlan } from '@opencasework/core';
import type { ViewGroup } from './scaling.js';

/** Resolves "Id or string" values: an id of a person or professional shows that record's name; anything else is a name. */
export interface NameBookOptions {
  /**
   * Shows the roles of professionals marked `sensitiveRole` (a domestic abuse worker: the role itself discloses
   * something). Off by default: their names are shown, their roles are not, here or in the safety network.
   */
  showSensitiveRoles?: boolean;
}

type NetworkMember = NonNullable<SafetyPlan['network']>[number];

export class NameBook {
  private people = new Map<string, Person>();
  private pros = new Map<string, Professional>();
  private readonly showSensitiveRoles: boolean;
  constructor(bundle: CaseBundle, options: NameBookOptions = {}) {
    for (const p of bundle.people ?? []) this.people.set(p.id, p);
    for (const p of bundle.professionals ?? []) this.pros.set(p.id, p);
    this.showSensitiveRoles = options.showSensitiveRoles === true;
  }
  isPerson(id: string): boolean {
    return this.people.has(id);
  }
  isProfessional(id: string): boolean {
    return this.pros.has(id);
  }
  isKnown(id: string): boolean {
    return this.people.has(id) || this.pros.has(id);
  }

  /** The display name of a person or professional, or the string itself. */
  name(idOrName: string | undefined): string {
    if (!idOrName) return '';
    const p = this.people.get(idOrName);
    if (p) return personName(p) || idOrName;
    const pro = this.pros.get(idOrName);
    if (pro) return pro.name;
    return idOrName;
  }

  /** Whether a person was under 18 on a date (by their date of birth; false when it is not known). */
  under18(id: string, at: string): boolean {
    const dob = this.people.get(id)?.dateOfBirth;
    if (!dob || !/^\d{4}/.test(dob)) return false;
    return startOf(at) < startOf(`${Number(dob.slice(0, 4)) + 18}${dob.slice(4)}`);
  }

  /** A professional's role, for "Sam Patel (social worker)"; undefined when it is withheld (`sensitiveRole`). */
  role(id: string): string | undefined {
    const pro = this.pros.get(id);
    return pro && !this.withheld(id) ? pro.role : undefined;
  }

  /** Whether a professional's role is withheld: marked `sensitiveRole`, and the host has not allowed it shown. */
  withheld(id: string): boolean {
    return !this.showSensitiveRoles && this.pros.get(id)?.sensitiveRole === true;
  }

  /**
   * A safety network member's role as the plan shows it: the plan's own words, withheld (undefined) for a professional
   * whose role is sensitive ("Domestic abuse support" beside an adviser's name tells whoever reads the plan).
   */
  networkRole(m: NetworkMember): string | undefined {
    return m.role && !this.withheld(m.memberId) ? m.role : undefined;
  }

  /** Family (people in the case) or professional; free-text names count as "other". */
  group(idOrName: string): ViewGroup {
    if (this.people.has(idOrName)) return 'family';
    if (this.pros.has(idOrName)) return 'professional';
    return 'other';
  }

  /**
   * Everyone who can say something, agree or own a step: people then professionals. Not a pregnancy, and not someone
   * who has died (the sample's pickers offered the grandfather who died in 2021); a value already naming them keeps it.
   */
  everyone(): { id: string; name: string; group: ViewGroup }[] {
    return [
      ...[...this.people.values()]
        .filter((p) => !p.pregnancy && !p.deceased && !p.dateOfDeath)
        .map((p) => ({ id: p.id, name: personName(p) || p.id, group: 'family' as const })),
      ...[...this.pros.values()].map((p) => ({
        id: p.id,
        name: this.withheld(p.id) ? p.name : `${p.name} (${p.role})`,
        group: 'professional' as const,
      })),
    ];
  }
}

export function personName(p: Person): string {
  const given = p.preferredName || p.givenName || '';
  return [given, p.familyName].filter(Boolean).join(' ');
}
