/**
 * Walking the parent links of a family graph: dropping links that would make someone their own ancestor, finding
 * a person's ancestors, and a person's immediate family. Pure; every traversal is bounded.
 */
import { endOf, startOf, type Household, type ParentRelationship, type PartnerRelationship } from '@opencasework/core';
import type { GraphIssue } from './family-graph.js';

const BIRTH_OR_ADOPTIVE = new Set(['biological', 'legal', 'unknown', 'adoptive']);

/** Whether a record with these optional dates stands at a date. */
export function within(from: string | undefined, to: string | undefined, at: string): boolean {
  if (from && startOf(from) > endOf(at)) return false;
  if (to && endOf(to) < startOf(at)) return false;
  return true;
}

/** Removes parent links that would make someone their own ancestor; reports each. */
export function dropCycles(
  byChild: Map<string, ParentRelationship[]>,
  ids: string[],
  issues: GraphIssue[],
): Map<string, ParentRelationship[]> {
  const out = new Map<string, ParentRelationship[]>();
  for (const [k, v] of byChild) out.set(k, [...v]);
  const state = new Map<string, 1 | 2>(); // 1 on stack, 2 done
  for (const start of ids) {
    if (state.has(start)) continue;
    const stack: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const list = out.get(top.id) ?? [];
      if (top.i >= list.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const r = list[top.i]!;
      const s = state.get(r.parentId);
      if (s === 1) {
        issues.push({
          entity: 'Relationship',
          id: r.id,
          code: 'cycle',
          message: 'would make a person their own ancestor (a loop of parent links), so it is not drawn',
        });
        list.splice(top.i, 1);
        continue;
      }
      top.i++;
      if (s === undefined) {
        state.set(r.parentId, 1);
        stack.push({ id: r.parentId, i: 0 });
      }
    }
  }
  return out;
}

export function makeAncestorFn(byChild: Map<string, ParentRelationship[]>): (id: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (id) => {
    const hit = cache.get(id);
    if (hit) return hit;
    const out = new Set<string>();
    const queue = [id];
    for (let qi = 0; qi < queue.length && qi < 100_000; qi++) {
      for (const r of byChild.get(queue[qi]!) ?? []) {
        if (r.type !== 'biological' && r.type !== 'unknown' && r.type !== 'legal') continue;
        if (!out.has(r.parentId)) {
          out.add(r.parentId);
          queue.push(r.parentId);
        }
      }
    }
    cache.set(id, out);
    return out;
  };
}

/**
 * A person's family two generations each way, with everyone's partners: parents and grandparents (of every kind of
 * parent link), brothers and sisters, aunts and uncles, children and grandchildren, nieces and nephews, the partners
 * of all of these, and the people the person lives with.
 */
export function familyAround(
  id: string,
  byChild: Map<string, ParentRelationship[]>,
  partners: PartnerRelationship[],
  households: Household[],
  asAt: string,
): Set<string> {
  const parentsOf = (c: string) => (byChild.get(c) ?? []).map((r) => r.parentId);
  const childrenOf = new Map<string, string[]>();
  for (const [c, list] of byChild) for (const r of list) childrenOf.set(r.parentId, [...(childrenOf.get(r.parentId) ?? []), c]);
  const kids = (p: string) => childrenOf.get(p) ?? [];
  const keep = new Set<string>([id]);
  const parents = parentsOf(id);
  const grand = parents.flatMap(parentsOf);
  const children = kids(id);
  // every parent's and carer's children are shown; only brothers and sisters by birth or adoption bring their own children
  const siblings = parents.flatMap(kids);
  const family = new Set((byChild.get(id) ?? []).filter((r) => BIRTH_OR_ADOPTIVE.has(r.type)).map((r) => r.parentId));
  const nephews = [...family].flatMap(kids).flatMap(kids);
  for (const x of [...parents, ...grand, ...siblings, ...grand.flatMap(kids), ...children, ...children.flatMap(kids), ...nephews])
    keep.add(x);
  const core = new Set(keep);
  for (const r of partners) {
    if (core.has(r.a)) keep.add(r.b);
    if (core.has(r.b)) keep.add(r.a);
  }
  for (const h of households) {
    if (!within(h.from, h.to, asAt)) continue;
    if ((h.memberIds ?? []).includes(id)) (h.memberIds ?? []).forEach((m) => keep.add(m));
  }
  return keep;
}
