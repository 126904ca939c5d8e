/**
 * x and y positions. Rows are `ROW_H` apart; within a row every symbol centre is at least `NODE_W` from the next,
 * so symbols and their name labels never overlap. Children are centred under their parents' line and parents over
 * their children by alternating passes; each pass places a row exactly by isotonic regression (pool adjacent
 * violators) so that the minimum spacing holds and units move as little as possible from where they want to be.
 */
import type { FamilyGraph, Union } from './family-graph.js';
import type { Unit } from './order.js';

export const SYMBOL = 40;
export const NODE_W = 120;
export const UNIT_GAP = 132;
export const ROW_H = 180;
export const MARGIN = 90;

export interface Placement {
  x: Map<string, number>;
  y: Map<string, number>;
  rows: Unit[][];
  width: number;
  height: number;
}

/** Minimises the sum of weighted squared moves subject to left[i+1] >= left[i] + span[i] + gap. */
export function placeRow(desired: number[], spans: number[], gap: number, weights?: number[]): number[] {
  const n = desired.length;
  const c: number[] = [];
  let acc = 0;
  for (let i = 0; i < n; i++) {
    c.push(acc);
    acc += spans[i]! + gap;
  }
  // blocks of pooled values
  const val: number[] = [],
    wt: number[] = [],
    cnt: number[] = [];
  for (let i = 0; i < n; i++) {
    let v = desired[i]! - c[i]!,
      w = weights?.[i] ?? 1,
      k = 1;
    while (val.length && val[val.length - 1]! > v) {
      const pv = val.pop()!,
        pw = wt.pop()!,
        pk = cnt.pop()!;
      v = (pv * pw + v * w) / (pw + w);
      w += pw;
      k += pk;
    }
    val.push(v);
    wt.push(w);
    cnt.push(k);
  }
  const out: number[] = [];
  let i = 0;
  for (let b = 0; b < val.length; b++) for (let k = 0; k < cnt[b]!; k++, i++) out.push(val[b]! + c[i]!);
  return out;
}

/** Where a union's line drops to its children, given x positions. */
export function unionDropX(u: Union, x: Map<string, number>, chainOf: Map<string, string[]>): number {
  const xa = x.get(u.a)!;
  if (!u.b) {
    const chain = chainOf.get(u.a) ?? [u.a];
    const i = chain.indexOf(u.a);
    const rightTaken = i < chain.length - 1;
    const leftTaken = i > 0;
    if (rightTaken && !leftTaken) return xa - NODE_W / 2;
    return xa + NODE_W / 2 + (rightTaken ? 12 : 0);
  }
  const xb = x.get(u.b);
  if (xb === undefined) return xa + NODE_W / 2;
  const chain = chainOf.get(u.a);
  if (chain && chain.includes(u.b)) {
    const ia = chain.indexOf(u.a),
      ib = chain.indexOf(u.b);
    if (Math.abs(ia - ib) === 1) return (xa + xb) / 2;
    // not side by side: drop beside the partner further from the middle of the chain, towards the other
    const mid = (chain.length - 1) / 2;
    const outer = Math.abs(ia - mid) >= Math.abs(ib - mid) ? u.a : u.b;
    const inner = outer === u.a ? u.b : u.a;
    const xo = x.get(outer)!,
      xi = x.get(inner)!;
    return xo + (xi > xo ? NODE_W / 2 : -NODE_W / 2);
  }
  // partners in different rows (split): drop beside the lower one
  return Math.max(xa, xb) + NODE_W / 2;
}

export function assignCoordinates(g: FamilyGraph, rows: Unit[][], passes = 6): Placement {
  const x = new Map<string, number>();
  const y = new Map<string, number>();
  const chainOf = new Map<string, string[]>();
  rows.forEach((row, r) => {
    let left = MARGIN;
    for (const u of row) {
      u.members.forEach((m, i) => {
        x.set(m, left + i * NODE_W);
        y.set(m, MARGIN + r * ROW_H);
        chainOf.set(m, u.members);
      });
      left += (u.members.length - 1) * NODE_W + UNIT_GAP;
    }
  });
  const span = (u: Unit) => (u.members.length - 1) * NODE_W;
  const primaryOf = new Map<string, string>();
  const childrenOfUnion = new Map<string, string[]>();
  for (const l of g.links) {
    if (!l.primary) continue;
    primaryOf.set(l.childId, l.unionId);
    childrenOfUnion.set(l.unionId, [...(childrenOfUnion.get(l.unionId) ?? []), l.childId]);
  }
  const unionsOf = new Map<string, Union[]>();
  for (const u of g.unions) {
    unionsOf.set(u.a, [...(unionsOf.get(u.a) ?? []), u]);
    if (u.b && u.b !== u.a) unionsOf.set(u.b, [...(unionsOf.get(u.b) ?? []), u]);
  }
  // people drawn apart from the family (support and emotional links only) keep an extra gap from it
  const spacing = (row: Unit[]) => row.map((u, i) => span(u) + (!!u.apart !== !!row[i + 1]?.apart && row[i + 1] ? NODE_W : 0));
  const place = (row: Unit[], desiredLeft: number[]) => {
    const lefts = placeRow(
      desiredLeft,
      spacing(row),
      UNIT_GAP,
      row.map((u) => (u.apart ? 0.05 : u.members.length)),
    );
    row.forEach((u, i) => u.members.forEach((m, k) => x.set(m, lefts[i]! + k * NODE_W)));
  };

  const downPass = (r: number) => {
    const row = rows[r]!;
    const desired = row.map((u) => x.get(u.members[0]!)!);
    // runs of consecutive units anchored to the same union
    let i = 0;
    while (i < row.length) {
      const anchorOf = (u: Unit) => u.members.map((m) => primaryOf.get(m)).find(Boolean);
      const a = anchorOf(row[i]!);
      let j = i + 1;
      while (a && j < row.length && anchorOf(row[j]!) === a) j++;
      if (a) {
        const union = g.unionById.get(a)!;
        const dx = unionDropX(union, x, chainOf);
        // lay the run out tightly, then shift so the anchored children are centred under the drop
        let left = 0;
        const rel: number[] = [];
        const anchored: number[] = [];
        for (let k = i; k < j; k++) {
          rel.push(left);
          row[k]!.members.forEach((m, mi) => {
            if (primaryOf.get(m) === a) anchored.push(left + mi * NODE_W);
          });
          left += span(row[k]!) + UNIT_GAP;
        }
        const centre = anchored.reduce((s, v) => s + v, 0) / anchored.length;
        for (let k = i; k < j; k++) desired[k] = dx - centre + rel[k - i]!;
      }
      i = j;
    }
    place(row, desired);
  };
  const upPass = (r: number) => {
    const row = rows[r]!;
    const desired = row.map((u) => {
      const cur = x.get(u.members[0]!)!;
      const shifts: number[] = [];
      const seen = new Set<string>();
      for (const m of u.members)
        for (const un of unionsOf.get(m) ?? []) {
          if (seen.has(un.id)) continue;
          seen.add(un.id);
          const kids = childrenOfUnion.get(un.id);
          if (!kids?.length) continue;
          const xs = kids.map((k) => x.get(k)).filter((v): v is number => v !== undefined);
          if (!xs.length) continue;
          const target = (Math.min(...xs) + Math.max(...xs)) / 2;
          shifts.push(target - unionDropX(un, x, chainOf));
        }
      return shifts.length ? cur + shifts.reduce((s, v) => s + v, 0) / shifts.length : cur;
    });
    place(row, desired);
  };

  for (let p = 0; p < passes; p++) {
    for (let r = 1; r < rows.length; r++) downPass(r);
    for (let r = rows.length - 2; r >= 0; r--) upPass(r);
  }
  for (let r = 1; r < rows.length; r++) downPass(r);

  // normalise to the margin
  let minX = Infinity,
    maxX = -Infinity;
  for (const v of x.values()) {
    minX = Math.min(minX, v);
    maxX = Math.max(maxX, v);
  }
  if (!Number.isFinite(minX)) {
    minX = MARGIN;
    maxX = MARGIN;
  }
  const shift = MARGIN - minX;
  for (const [k, v] of x) x.set(k, Math.round((v + shift) * 10) / 10);
  return { x, y, rows, width: maxX - minX + 2 * MARGIN, height: Math.max(1, rows.length) * ROW_H + MARGIN };
}

/** x positions in each row where a vertical line can pass between families (before, between and after the units). */
export function rowGaps(pl: Placement, margin: number): number[][] {
  return pl.rows.map((row) => {
    const out: number[] = [];
    row.forEach((u, i) => {
      const first = pl.x.get(u.members[0]!)!,
        last = pl.x.get(u.members[u.members.length - 1]!)!;
      if (i === 0) out.push(first - NODE_W / 2 - margin);
      const next = row[i + 1];
      out.push(next ? (last + pl.x.get(next.members[0]!)!) / 2 : last + NODE_W / 2 + margin);
    });
    return out;
  });
}
