import type * as S from './schema/index.js';
import type { DataIssue } from './issues.js';
import { locationOf } from './parse-location.js';

// Rules that look across records of one list, applied after each record has been parsed on its own.

/** Rules across relationship records: a child has at most two biological parents; nobody is their own partner or parent. */
export function checkRelationshipRules(rels: S.Relationship[] | undefined, issues: DataIssue[]): S.Relationship[] | undefined {
  if (!rels) return rels;
  const bio = new Map<string, number>();
  return rels.filter((r) => {
    const self = r.kind === 'parent' ? r.parentId === r.childId : r.a === r.b;
    if (self) {
      issues.push({
        entity: 'Relationship',
        id: r.id,
        path: r.kind === 'parent' ? 'childId' : 'b',
        message: 'A relationship must be between two different people',
        location: locationOf(r, 'relationships'),
      });
      return false;
    }
    if (r.kind === 'parent' && r.type === 'biological') {
      const n = (bio.get(r.childId) ?? 0) + 1;
      bio.set(r.childId, n);
      if (n > 2) {
        issues.push({
          entity: 'Relationship',
          id: r.id,
          path: 'parentId',
          message: `Person "${r.childId}" would have a third biological parent: a child has at most two`,
          location: locationOf(r, 'relationships'),
        });
        return false;
      }
    }
    return true;
  });
}

export function checkSingleLead(inv: S.Involvement[] | undefined, issues: DataIssue[]): S.Involvement[] | undefined {
  if (!inv) return inv;
  const current = inv.filter((i) => i.lead && !i.to);
  for (const extra of current.slice(1)) {
    issues.push({
      entity: 'Involvement',
      id: extra.id,
      path: 'lead',
      message: `There is already a current lead professional (involvement "${current[0]!.id}"): a case has at most one`,
      location: locationOf(extra, 'involvements'),
    });
  }
  const drop = new Set(current.slice(1).map((i) => i.id));
  return inv.filter((i) => !drop.has(i.id));
}
