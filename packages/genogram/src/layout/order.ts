/**
 * Order within rows. People who are partners form a unit (a chain of partners side by side). Units are ordered by
 * barycentre sweeps (down to parents, up to children), which keeps crossings few; siblings with the same parents
 * keep birth order, oldest on the left. Deterministic: every tie is broken by birth date, then id.
 */
import { comparePartialDates, startOf } from '@opencasework/core';
import type { FamilyGraph, Union } from './family-graph.js';
import { birthOrderDate } from './birth-order.js';

export interface Unit {
  id: string;
  members: string[];
  rank: number;
  /** Not family: linked to the family only by support or emotional lines; drawn apart, at the end of the row. */
  apart?: boolean;
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
      // a person with three or more partners sits in the middle, partners alternating right and left; each
      // partner's own other partners sit straight beside them, further out, so no couple is split by another
      const hub = [...comp].sort((x, y) => deg(y) - deg(x) || cmpId(x, y))[0]!;
      const inChain = new Set([hub]);
      const outward = (from: string): string[] => {
        const out: string[] = [];
        for (const u of sortUnions(adj.get(from) ?? [])) {
          const o = other(u, from);
          if (inChain.has(o)) continue;
          inChain.add(o);
          out.push(o, ...outward(o));
        }
        return out;
      };
      const left: string[] = [],
        right: string[] = [];
      let toRight = true;
      for (const u of sortUnions(adj.get(hub) ?? [])) {
        const o = other(u, hub);
        if (inChain.has(o)) continue;
        inChain.add(o);
        const run = [o, ...outward(o)];
        if (toRight) right.push(...run);
        else left.unshift(...run.reverse());
        toRight = !toRight;
      }
      chain = [...left, hub, ...right];
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
      const d = birthOrderDate(g.byId.get(m));
      if (comparePartialDates(d, best) < 0) best = d;
    }
    birthKeys.set(u, startOf(best) + (best.length === 10 ? 0 : best.length === 7 ? 0.1 : 0.2));
  }
  const birthKey = (u: Unit) => birthKeys.get(u)!;
  const current = (u: Unit) => u.members.reduce((s, m) => s + pos.get(m)!, 0) / u.members.length;

  const down = (r: number, birthOnly = false) => {
    const row = rows[r]!;
    const key = new Map<Unit, number>();
    for (const u of row) {
      let s = 0,
        w = 0;
      for (const m of u.members)
        for (const l of linksOf.get(m) ?? []) {
          const p = unionPos(l.unionId);
          const lw = birthOnly && l.w < 1 ? 0 : l.w;
          if (p !== undefined && lw) {
            s += p * lw;
            w += lw;
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
  // a last pass on birth families only: each sibship together under its parents, oldest on the left (a foster or
  // step link pulling one child towards their carers no longer splits brothers and sisters)
  for (let r = 1; r <= maxRank; r++) down(r, true);
  moveApart(g, rows, pos);
  return rows;
}

/**
 * People linked to the family only by support or emotional lines (a neighbour, a youth leader, a friend's mum) go to
 * the end of their row nearer to the person they are linked to, marked `apart`: never between brothers and sisters.
 */
function moveApart(g: FamilyGraph, rows: Unit[][], pos: Map<string, number>): void {
  const family = new Set<string>();
  for (const l of g.links) family.add(l.childId);
  for (const u of g.unions) {
    if (!g.links.some((l) => l.unionId === u.id) && !u.relId) continue;
    family.add(u.a);
    if (u.b) family.add(u.b);
  }
  const rowOf = new Map<string, Unit[]>();
  for (const row of rows) for (const u of row) for (const m of u.members) rowOf.set(m, row);
  const others = new Map<string, string[]>();
  for (const r of [...g.supports, ...g.emotional]) {
    others.set(r.a, [...(others.get(r.a) ?? []), r.b]);
    others.set(r.b, [...(others.get(r.b) ?? []), r.a]);
  }
  for (const row of rows) {
    const apart = row.filter((u) => u.members.every((m) => !family.has(m)) && u.members.some((m) => others.has(m)));
    if (!apart.length) continue;
    const rest = row.filter((u) => !apart.includes(u));
    const left: Unit[] = [],
      right: Unit[] = [];
    for (const u of apart) {
      u.apart = true;
      // where the people they are linked to sit in their own rows, from 0 (left) to 1 (right)
      const at = u.members
        .flatMap((m) => others.get(m) ?? [])
        .map((o) => {
          const r = rowOf.get(o);
          const n = r ? r.reduce((s, x) => s + x.members.length, 0) : 1;
          return (pos.get(o) ?? 0) / Math.max(1, n - 1);
        });
      const mean = at.length ? at.reduce((s, v) => s + v, 0) / at.length : 1;
      (mean < 0.5 ? left : right).push(u);
    }
    row.splice(0, row.length, ...left, ...rest, ...right);
  }
}
