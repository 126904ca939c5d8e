// References between records, checked after each record has been parsed on its own (see parse.ts).

const ENTITY_NAMES: Record<string, string> = {
  Person: 'person',
  Agency: 'agency',
  Professional: 'professional',
  SafetyPlan: 'safety plan',
  Blockage: 'blockage',
  ChronologyEntry: 'chronology entry',
};

const NONE: readonly never[] = Object.freeze([]);

/**
 * Checks references from one record. `known` holds the valid ids; `all` holds every id in the input, so the message
 * can say whether the target is missing or is itself invalid.
 */
export class RefChecker {
  private problems: { path: string; message: string; soft: boolean }[] = [];
  constructor(
    private known: Map<string, Set<string>>,
    private all: Map<string, Set<string>>,
  ) {}
  /** A reference the record cannot stand without (a relationship's people, a professional's agency). */
  check(path: string, id: unknown, ...types: string[]): void {
    this.add(false, path, id, types);
  }
  /**
   * A reference the record can be shown without (whom an entry concerns, its source agency, a household member):
   * the record is kept with that reference removed, and the issue says so. A chronology entry is never hidden
   * because a record it mentions is invalid.
   */
  checkSoft(path: string, id: unknown, ...types: string[]): void {
    this.add(true, path, id, types);
  }
  checkAll(path: string, ids: unknown, ...types: string[]): void {
    if (Array.isArray(ids)) ids.forEach((id, i) => this.add(false, `${path}[${i}]`, id, types));
  }
  checkAllSoft(path: string, ids: unknown, ...types: string[]): void {
    if (Array.isArray(ids)) ids.forEach((id, i) => this.add(true, `${path}[${i}]`, id, types));
  }
  private add(soft: boolean, path: string, id: unknown, types: string[]): void {
    if (typeof id !== 'string') return;
    if (types.some((t) => this.known.get(t)?.has(id))) return;
    const label = types.map((t) => ENTITY_NAMES[t] ?? t).join(' or ');
    const invalid = types.some((t) => this.all.get(t)?.has(id));
    const base = invalid
      ? `"${path}" refers to ${label} "${id}", which is itself invalid (see its own error)`
      : `"${path}" refers to ${label} "${id}", which is not in the bundle`;
    this.problems.push({ path, soft, message: soft ? `${base}; the record is shown without that reference` : base });
  }
  take(): readonly { path: string; message: string; soft: boolean }[] {
    if (!this.problems.length) return NONE; // most records: no problem, and no new list for each
    const p = this.problems;
    this.problems = [];
    return p;
  }
}
