/**
 * Order within rows. People who are partners form a unit (a chain of partners side by side). Units are ordered by
 * barycentre sweeps (down to parents, up to children), which keeps crossings few; siblings with the same parents
 * keep birth order, oldest on the left. Deterministic: every tie is broken by birth date, then id.
 */
import { comparePartialDates, startOf } from '@opencasework/core';
import type { FamilyGraph, Union } from './family-graph.js';

export interface Unit {
  id: string;
  members: string[];
  rank: number;
}

const cmpId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Partner chains per row. A person with several partners sits in the middle, partners alternating right, left. */
export function buildUnits(g: FamilyGraph, rank: Map<string, number>): Unit[] {
  const adj = new Map<string, Union[]>();
  for (const u of g.unions) {
    if (!u.b || u.split || rank.get(u.a) !== rank.get(u.b)) continue;
    adj.set(u.a, [...(adj.get(u.a) ?? []), u]);
    adj.set(u.b, [...(adj.get(u.b) ?? []), u]);
  }
  const other = (u: Union, id: string) => (u.a === id ? u.b! : u.a);
  const sortUnions = (l: Union[]) =>
    [...l].sort((x, y) => {
      const fx = x.from ?? '9999',
        fy = y.from ?? '9999';
      return comparePartialDates(fx, fy) || cmpId(x.id, y.id);
    });
  const placed = new Set<string>();
  const units: Unit[] = [];
  for (const p of g.people) {
    if (placed.has(p.id)) continue;
    // the component
    const comp = [p.id];
    const seen = new Set(comp);
    for (let i = 0; i < comp.length; i++)
      for (const u of adj.get(comp[i]!) ?? []) {
        const o = other(u, comp[i]!);
        if (!seen.has(o)) {
          seen.add(o);
          comp.push(o);
        }
      }
    comp.sort(cmpId);
    const deg = (id: string) => (adj.get(id) ?? []).length;
    let chain: string[];
    const isPath = comp.every((id) => deg(id) <= 2) && comp.some((id) => deg(id) <= 1);
    if (isPath) {
      const start = comp.find((id) => deg(id) <= 1)!;
      chain = [start];
      const inChain = new Set(chain);
      for (let guard = 0; guard < comp.length; guard++) {
        const last = chain[chain.length - 1]!;
        const next = sortUnions(adj.get(last) ?? [])
          .map((u) => other(u, last))
          .find((o) => !inChain.has(o));
        if (!next) break;
        chain.push(next);
        inChain.add(next);
      }
    } else {
      const hub = [...comp].sort((x, y) => deg(y) - deg(x) || cmpId(x, y))[0]!;
      chain = [hub];
      const inChain = new Set(chain);
      let right = true;
      const queue = [hub];
      for (let qi = 0; qi < queue.length; qi++) {
        const cur = queue[qi]!;
        for (const u of sortUnions(adj.get(cur) ?? [])) {
          const o = other(u, cur);
          if (inChain.has(o)) continue;
          const idx = chain.indexOf(cur);
          const onRight = cur === hub ? right : idx >= chain.indexOf(hub);
          if (cur === hub) right = !right;
          if (onRight) {
            // outermost on the right side
            chain.push(o);
          } else chain.unshift(o);
          inChain.add(o);
          queue.push(o);
        }
      }
      for (const id of comp) if (!inChain.has(id)) chain.push(id);
    }
    chain.forEach((id) => placed.add(id));
    units.push({ id: chain.slice().sort(cmpId)[0]!, members: chain, rank: rank.get(p.id) ?? 0 });
  }
  return units;
}

/** Orders units in each row; returns the rows (unit lists, left to right). */
export function orderRows(g: FamilyGraph, rank: Map<string, number>, units: Unit[], sweeps = 4): Unit[][] {
  const maxRank = Math.max(0, ...units.map((u) => u.rank));
  const rows: Unit[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (const u of [...units].sort((x, y) => cmpId(x.id, y.id))) rows[u.rank]!.push(u);

  const pos = new Map<string, number>();
  const setPositions = () => {
    for (const row of rows) {
      let i = 0;
      for (const u of row) for (const m of u.members) pos.set(m, i++);
    }
  };
  const unionPos = (uid: string): number | undefined => {
    const u = g.unionById.get(uid);
    if (!u) return undefined;
    const a = pos.get(u.a);
    if (a === undefined) return undefined;
    if (!u.b) return a + 0.5;
    const b = pos.get(u.b);
    return b === undefined ? a : (a + b) / 2;
  };
  const linksOf = new Map<string, { unionId: string; w: number }[]>();
  const childrenOfUnion = new Map<string, string[]>();
  for (const l of g.links) {
    linksOf.set(l.childId, [...(linksOf.get(l.childId) ?? []), { unionId: l.unionId, w: l.primary ? 1 : 0.25 }]);
    childrenOfUnion.set(l.unionId, [...(childrenOfUnion.get(l.unionId) ?? []), l.childId]);
  }
  const unionsOf = new Map<string, string[]>();
  for (const u of g.unions) {
    unionsOf.set(u.a, [...(unionsOf.get(u.a) ?? []), u.id]);
    if (u.b) unionsOf.set(u.b, [...(unionsOf.get(u.b) ?? []), u.id]);
  }
  // birth order of the member(s) who are someone's child: computed once, compared as numbers
  const birthKeys = new Map<Unit, number>();
  for (const u of units) {
    let best = '9999';
    for (const m of u.members) {
      if (!linksOf.has(m)) continue;
      const p = g.byId.get(m)!;
      const d = p.dateOfBirth ?? p.expected ?? '9999';
      if (comparePartialDates(d, best) < 0) best = d;
    }
    birthKeys.set(u, startOf(best) + (best.length === 10 ? 0 : best.length === 7 ? 0.1 : 0.2));
  }
  const birthKey = (u: Unit) => birthKeys.get(u)!;
  const current = (u: Unit) => u.members.reduce((s, m) => s + pos.get(m)!, 0) / u.members.length;

  const down = (r: number) => {
    const row = rows[r]!;
    const key = new Map<Unit, number>();
    for (const u of row) {
      let s = 0,
        w = 0;
      for (const m of u.members)
        for (const l of linksOf.get(m) ?? []) {
          const p = unionPos(l.unionId);
          if (p !== undefined) {
            s += p * l.w;
            w += l.w;
          }
        }
      key.set(u, w ? s / w : current(u));
    }
    row.sort((x, y) => key.get(x)! - key.get(y)! || birthKey(x) - birthKey(y) || cmpId(x.id, y.id));
    // orient chains: the member whose parents are further left goes left
    for (const u of row) {
      if (u.members.length < 2) continue;
      const bary = (m: string) => {
        const ls = (linksOf.get(m) ?? []).filter((l) => l.w === 1);
        const ps = ls.map((l) => unionPos(l.unionId)).filter((x): x is number => x !== undefined);
        return ps.length ? ps[0]! : undefined;
      };
      const first = bary(u.members[0]!),
        last = bary(u.members[u.members.length - 1]!);
      if (first !== undefined && last !== undefined && first > last) u.members.reverse();
    }
    setPositions();
  };
  const up = (r: number) => {
    const row = rows[r]!;
    const key = new Map<Unit, number>();
    for (const u of row) {
      let s = 0,
        w = 0;
      for (const m of u.members)
        for (const uid of unionsOf.get(m) ?? [])
          for (const c of childrenOfUnion.get(uid) ?? []) {
            const p = pos.get(c);
            if (p !== undefined) {
              s += p;
              w++;
            }
          }
      key.set(u, w ? s / w : current(u));
    }
    // units keep their present order where keys tie
    const cur = new Map(row.map((u) => [u, current(u)] as const));
    row.sort((x, y) => key.get(x)! - key.get(y)! || cur.get(x)! - cur.get(y)! || cmpId(x.id, y.id));
    setPositions();
  };

  setPositions();
  for (let s = 0; s < sweeps; s++) {
    for (let r = 1; r <= maxRank; r++) down(r);
    for (let r = maxRank - 1; r >= 0; r--) up(r);
  }
  for (let r = 1; r <= maxRank; r++) down(r);
  return rows;
}
