/**
 * Generations: a row (rank) for every person. Children sit at least one row below every parent; partners share a
 * row; people who only married in, or have no parents recorded, are pulled down next to their family.
 * Bounded: the relaxation stops after a fixed number of rounds, so odd data can never hang it.
 */
import type { ParentType } from '@opencasework/core';
import type { FamilyGraph } from './family-graph.js';

/** The links that make brothers and sisters (a step-parent's or carer's children are not, and may be of any age). */
const FAMILY_LINKS = new Set<ParentType>(['biological', 'legal', 'unknown', 'adoptive']);

export function assignGenerations(g: FamilyGraph): Map<string, number> {
  const rank = new Map<string, number>(g.people.map((p) => [p.id, 0] as const));
  const edges: [string, string][] = []; // parent -> child
  for (const l of g.links) {
    const u = g.unionById.get(l.unionId)!;
    edges.push([u.a, l.childId]);
    if (u.b) edges.push([u.b, l.childId]);
  }
  const pairs = g.unions.filter((u) => u.b && !u.split).map((u) => [u.a, u.b!] as const);
  const n = g.people.length;

  const relax = (withPairs: boolean): boolean => {
    for (let round = 0; round <= n + 2; round++) {
      let changed = false;
      for (const [p, c] of edges) {
        const want = rank.get(p)! + 1;
        if (rank.get(c)! < want) {
          rank.set(c, want);
          changed = true;
        }
      }
      if (withPairs)
        for (const [a, b] of pairs) {
          const ra = rank.get(a)!,
            rb = rank.get(b)!;
          if (ra !== rb) {
            const m = Math.max(ra, rb);
            rank.set(a, m);
            rank.set(b, m);
            changed = true;
          }
        }
      if (!changed) return true;
    }
    return false;
  };
  if (!relax(true)) {
    // partners pulled into a loop (e.g. through several generations of odd links): fall back to parents only
    for (const k of rank.keys()) rank.set(k, 0);
    relax(false);
    for (const u of g.unions) if (u.b && rank.get(u.a) !== rank.get(u.b)) u.split = true;
  }

  // Brothers and sisters share a row, and so do their partners: a family whose grandparents' side goes back a
  // generation further than the other's (great-grandparents recorded on one side only) put a father's brothers and
  // sisters a row above him, and the lines to them through the row between. Tried as a whole, and given up (the rows
  // as they were) when odd data makes it impossible (a partner who is also a niece).
  const birthEdges: [string, string][] = [];
  for (const l of g.links) {
    if (!FAMILY_LINKS.has(l.type)) continue;
    const u = g.unionById.get(l.unionId)!;
    birthEdges.push([u.a, l.childId]);
    if (u.b) birthEdges.push([u.b, l.childId]);
  }
  const byParent = new Map<string, string[]>();
  for (const [p, c] of birthEdges) byParent.set(p, [...(byParent.get(p) ?? []), c]);
  const siblingGroups = [...byParent.values()].filter((cs) => cs.length > 1);
  const before = new Map(rank);
  let settled = false;
  for (let round = 0; round <= n + 2 && !settled; round++) {
    let changed = false;
    for (const group of siblingGroups) {
      const m = Math.max(...group.map((c) => rank.get(c)!));
      for (const c of group)
        if (rank.get(c)! !== m) {
          rank.set(c, m);
          changed = true;
        }
    }
    if (!relax(true)) break;
    settled = !changed;
  }
  if (!settled) for (const [k, v] of before) rank.set(k, v);

  // Pull each row's group (partners, and brothers and sisters on its row) down to sit just above its children, the
  // lowest first so that their parents follow: people who only married in, a side recorded a generation short.
  const childrenOf = new Map<string, string[]>();
  for (const [p, c] of edges) childrenOf.set(p, [...(childrenOf.get(p) ?? []), c]);
  const sameRow = new Map<string, string[]>();
  const join = (a: string, b: string) => {
    if (rank.get(a) !== rank.get(b)) return;
    sameRow.set(a, [...(sameRow.get(a) ?? []), b]);
    sameRow.set(b, [...(sameRow.get(b) ?? []), a]);
  };
  for (const [a, b] of pairs) join(a, b);
  for (const group of siblingGroups) for (let i = 1; i < group.length; i++) join(group[0]!, group[i]!);
  const groupOf = (id: string): string[] => {
    const out = [id];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++)
      for (const q of sameRow.get(out[i]!) ?? [])
        if (!seen.has(q)) {
          seen.add(q);
          out.push(q);
        }
    return out;
  };
  for (let round = 0; round <= n + 2; round++) {
    let changed = false;
    const done = new Set<string>();
    for (const p of [...g.people].sort((x, y) => rank.get(y.id)! - rank.get(x.id)! || (x.id < y.id ? -1 : 1))) {
      if (done.has(p.id)) continue;
      const group = groupOf(p.id);
      group.forEach((m) => done.add(m));
      const members = new Set(group);
      const kids = group.flatMap((m) => childrenOf.get(m) ?? []).filter((k) => !members.has(k));
      if (!kids.length) continue;
      const target = Math.min(...kids.map((k) => rank.get(k)!)) - 1;
      if (target > rank.get(p.id)! && group.every((m) => rank.get(m) === rank.get(p.id))) {
        group.forEach((m) => rank.set(m, target));
        changed = true;
      }
    }
    if (!changed) break;
  }

  // People with no family links at all sit beside the person they support or relate to.
  const linked = new Set<string>([...edges.flat(), ...pairs.flat()]);
  for (const r of [...g.supports, ...g.emotional]) {
    if (!linked.has(r.a) && linked.has(r.b)) rank.set(r.a, rank.get(r.b)!);
    else if (!linked.has(r.b) && linked.has(r.a)) rank.set(r.b, rank.get(r.a)!);
  }

  const min = Math.min(0, ...rank.values());
  if (min < 0) for (const [k, v] of rank) rank.set(k, v - min);
  return rank;
}
