/**
 * Generations: a row (rank) for every person. Children sit at least one row below every parent; partners share a
 * row; people who only married in, or have no parents recorded, are pulled down next to their family.
 * Bounded: the relaxation stops after a fixed number of rounds, so odd data can never hang it.
 */
import type { FamilyGraph } from './family-graph.js';

export function assignGenerations(g: FamilyGraph): Map<string, number> {
  const rank = new Map<string, number>(g.people.map((p) => [p.id, 0] as const));
  const edges: [string, string][] = []; // parent -> child
  for (const l of g.links) {
    const u = g.unionById.get(l.unionId)!;
    edges.push([u.a, l.childId]);
    if (u.b) edges.push([u.b, l.childId]);
  }
  const pairs = g.unions.filter((u) => u.b && !u.split).map((u) => [u.a, u.b!] as const);
  const hasParents = new Set(g.links.map((l) => l.childId));
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

  // Pull down people without parents (and their partner groups) to sit just above their children.
  const childrenOf = new Map<string, string[]>();
  for (const [p, c] of edges) childrenOf.set(p, [...(childrenOf.get(p) ?? []), c]);
  const partnersOf = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    partnersOf.set(a, [...(partnersOf.get(a) ?? []), b]);
    partnersOf.set(b, [...(partnersOf.get(b) ?? []), a]);
  }
  const groupOf = (id: string): string[] => {
    const out = [id];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++)
      for (const q of partnersOf.get(out[i]!) ?? [])
        if (!seen.has(q)) {
          seen.add(q);
          out.push(q);
        }
    return out;
  };
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const p of [...g.people].sort((x, y) => rank.get(y.id)! - rank.get(x.id)! || (x.id < y.id ? -1 : 1))) {
      const group = groupOf(p.id);
      if (group.some((m) => hasParents.has(m))) continue;
      const kids = group.flatMap((m) => childrenOf.get(m) ?? []);
      if (!kids.length) continue;
      const target = Math.min(...kids.map((k) => rank.get(k)!)) - 1;
      if (target > rank.get(p.id)!) {
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
