/**
 * Kinship: what each person is to another, in the words practitioners use ("mother", "half-brother", "kinship
 * carer", "cousin"). Pure. The rule (DOMAIN.md, "Reading kinship right"): only birth (biological, legal or not
 * known) and adoptive parents make brothers, sisters and half-siblings; kinship carers, step-parents, foster carers
 * and special guardians are carers, named as such, and their own children never become the child's siblings. A
 * pregnancy loss is never a sibling.
 *
 * The vocabulary (`KIN_RELATIONS`) is documented in the package README; a person can hold several relations to
 * another (a grandmother who is also the kinship carer), listed closest first.
 */
import { endOf, startOf, type CaseBundle, type Gender, type ParentType } from '@opencasework/core';
import { buildFamilyGraph, type FamilyGraph, type GraphOptions } from './layout/family-graph.js';
import { birthOrderDate } from './layout/birth-order.js';

export const KIN_RELATIONS = [
  // parents and carers
  'mother',
  'father',
  'parent',
  'adoptive-mother',
  'adoptive-father',
  'adoptive-parent',
  'step-mother',
  'step-father',
  'step-parent',
  'kinship-carer',
  'foster-carer',
  'special-guardian',
  'mothers-partner',
  'fathers-partner',
  'parents-partner',
  // brothers and sisters
  'twin-sister',
  'twin-brother',
  'twin',
  'sister',
  'brother',
  'sibling',
  'half-sister',
  'half-brother',
  'half-sibling',
  'step-sister',
  'step-brother',
  'step-sibling',
  'expected-sibling',
  'pregnancy-loss',
  // partners
  'partner',
  'former-partner',
  // children
  'daughter',
  'son',
  'child',
  'step-daughter',
  'step-son',
  'step-child',
  'foster-child',
  'kinship-child',
  'special-guardianship-child',
  'partners-child',
  'pregnancy',
  // wider family
  'grandmother',
  'grandfather',
  'grandparent',
  'step-grandmother',
  'step-grandfather',
  'step-grandparent',
  'great-grandmother',
  'great-grandfather',
  'great-grandparent',
  'granddaughter',
  'grandson',
  'grandchild',
  'aunt',
  'uncle',
  'aunt-or-uncle',
  'niece',
  'nephew',
  'niece-or-nephew',
  'cousin',
  'great-aunt',
  'great-uncle',
  'great-aunt-or-uncle',
  'great-niece',
  'great-nephew',
  'great-niece-or-nephew',
  'carers-child',
] as const;

export type KinRelation = (typeof KIN_RELATIONS)[number];
export type KinGroup = 'parents' | 'siblings' | 'partners' | 'children' | 'pregnancies' | 'wider';

export interface Kin {
  personId: string;
  relation: KinRelation;
  /** When the link that makes this relation ended (a step-parent who moved out, a placement that ended). */
  until?: string;
}

export type KinshipOptions = GraphOptions;

const BIRTH: ParentType[] = ['biological', 'legal', 'unknown'];
const CARER: Partial<Record<ParentType, KinRelation>> = {
  kinship: 'kinship-carer',
  foster: 'foster-carer',
  'special-guardian': 'special-guardian',
};
const CARED: Partial<Record<ParentType, KinRelation>> = {
  kinship: 'kinship-child',
  foster: 'foster-child',
  'special-guardian': 'special-guardianship-child',
};
const ENDED = new Set(['separated', 'divorced']);

/** The group a relation is listed under in the text view. */
export function kinGroup(r: KinRelation): KinGroup {
  const i = KIN_RELATIONS.indexOf(r);
  if (r === 'expected-sibling' || r === 'pregnancy-loss' || r === 'pregnancy') return 'pregnancies';
  if (i <= KIN_RELATIONS.indexOf('parents-partner')) return 'parents';
  if (i <= KIN_RELATIONS.indexOf('step-sibling')) return 'siblings';
  if (i <= KIN_RELATIONS.indexOf('former-partner')) return 'partners';
  if (i <= KIN_RELATIONS.indexOf('partners-child')) return 'children';
  return 'wider';
}

const gendered = (g: Gender | undefined, f: KinRelation, m: KinRelation, n: KinRelation): KinRelation =>
  g === 'female' ? f : g === 'male' ? m : n;

/** The precomputed links of one family graph, so that every person's kin is found without rebuilding them. */
export interface KinshipIndex {
  graph: FamilyGraph;
  /** child -> its parent links (all types) */
  up: Map<string, { id: string; type: ParentType; to?: string }[]>;
  /** parent -> its child links (all types) */
  down: Map<string, { id: string; type: ParentType; to?: string }[]>;
  twins: Set<string>;
}

export function kinshipIndex(graph: FamilyGraph): KinshipIndex {
  const up: KinshipIndex['up'] = new Map();
  const down: KinshipIndex['down'] = new Map();
  for (const [child, list] of graph.parentRels)
    for (const r of list) {
      const link = (id: string) => (r.to ? { id, type: r.type, to: r.to } : { id, type: r.type });
      up.set(child, [...(up.get(child) ?? []), link(r.parentId)]);
      down.set(r.parentId, [...(down.get(r.parentId) ?? []), link(child)]);
    }
  const twins = new Set(graph.twins.flatMap((t) => [`${t.a}|${t.b}`, `${t.b}|${t.a}`]));
  return { graph, up, down, twins };
}

/** What everyone in the family is to `id`, closest relations first, each group in birth order. */
export function kinshipIn(ix: KinshipIndex, id: string): Kin[] {
  const g = ix.graph;
  const asAt = g.asAt;
  const me = g.byId.get(id);
  if (!me) return [];
  const person = (x: string) => g.byId.get(x);
  const gender = (x: string) => person(x)?.gender;
  const ended = (to: string | undefined) => !!to && endOf(to) < startOf(asAt);
  const birthOf = (x: string) => new Set((ix.up.get(x) ?? []).filter((l) => BIRTH.includes(l.type)).map((l) => l.id));
  const adoptiveOf = (x: string) => new Set((ix.up.get(x) ?? []).filter((l) => l.type === 'adoptive').map((l) => l.id));
  /** The parents who make a family: adoptive parents where there are any, otherwise birth parents. */
  const familyOf = (x: string) => {
    const a = adoptiveOf(x);
    return a.size ? a : birthOf(x);
  };
  const parentsOf = (x: string) => [...new Set([...birthOf(x), ...adoptiveOf(x)])];
  const childrenOf = (x: string) => (ix.down.get(x) ?? []).filter((l) => BIRTH.includes(l.type) || l.type === 'adoptive').map((l) => l.id);
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((v) => b.has(v));
  const shares = (a: Set<string>, b: Set<string>) => [...a].some((v) => b.has(v));
  /** 'full' or 'half' when x and y are brothers or sisters (by their family parents, or else by birth), or undefined. */
  const siblingKind = (x: string, y: string): 'full' | 'half' | undefined => {
    if (x === y) return undefined;
    const fx = familyOf(x),
      fy = familyOf(y);
    if (shares(fx, fy)) return same(fx, fy) ? 'full' : 'half';
    const bx = birthOf(x),
      by = birthOf(y);
    if (shares(bx, by)) return same(bx, by) ? 'full' : 'half';
    return undefined;
  };
  const siblingsOf = (x: string): string[] => {
    const out = new Set<string>();
    for (const p of parentsOf(x)) for (const c of childrenOf(p)) if (c !== x && siblingKind(x, c)) out.add(c);
    return [...out];
  };
  const isLoss = (x: string) => {
    const o = person(x)?.pregnancyOutcome;
    return !!o && o !== 'ongoing';
  };
  const isPregnancy = (x: string) => person(x)?.pregnancyOutcome === 'ongoing';

  const out: Kin[] = [];
  const has = new Map<string, Set<KinRelation>>();
  const found = new Map<string, Kin>();
  // One relation reached two ways (a stepbrother through a stepfather and through a mother's stepchild) lasts as long
  // as the longer: current if either is, else until the later end.
  const add = (pid: string, relation: KinRelation, until?: string) => {
    if (pid === id || !person(pid)) return;
    const key = `${pid} ${relation}`;
    const prev = found.get(key);
    if (prev) {
      if (prev.until && (!until || endOf(until) > endOf(prev.until))) {
        const next: Kin = until ? { ...prev, until } : { personId: prev.personId, relation: prev.relation };
        out[out.indexOf(prev)] = next;
        found.set(key, next);
      }
      return;
    }
    const set = has.get(pid) ?? new Set<KinRelation>();
    set.add(relation);
    has.set(pid, set);
    const kin: Kin = until ? { personId: pid, relation, until } : { personId: pid, relation };
    found.set(key, kin);
    out.push(kin);
  };

  // parents and carers
  const myParents = parentsOf(id);
  for (const l of ix.up.get(id) ?? []) {
    const gd = gender(l.id);
    const until = ended(l.to) ? l.to : undefined;
    if (BIRTH.includes(l.type)) add(l.id, gendered(gd, 'mother', 'father', 'parent'));
    else if (l.type === 'adoptive') add(l.id, gendered(gd, 'adoptive-mother', 'adoptive-father', 'adoptive-parent'));
    else if (l.type === 'step') add(l.id, gendered(gd, 'step-mother', 'step-father', 'step-parent'), until);
    else add(l.id, CARER[l.type]!, until);
  }
  const partnersOf = (x: string, current: boolean) =>
    g.unions
      .filter((u) => u.b && u.relId && (u.a === x || u.b === x) && (!current || !ENDED.has(u.status ?? '')))
      .map((u) => ({ id: u.a === x ? u.b! : u.a, status: u.status, from: u.from }));
  for (const p of myParents)
    for (const q of partnersOf(p, true))
      if (!has.has(q.id) && person(q.id)?.deceased !== true)
        add(q.id, gendered(gender(p), 'mothers-partner', 'fathers-partner', 'parents-partner'));

  // brothers, sisters, pregnancies
  const sibs = siblingsOf(id);
  for (const s of sibs) {
    if (isLoss(s)) add(s, 'pregnancy-loss');
    else if (isPregnancy(s)) add(s, 'expected-sibling');
    else if (siblingKind(id, s) === 'full' && ix.twins.has(`${id}|${s}`))
      add(s, gendered(gender(s), 'twin-sister', 'twin-brother', 'twin'));
    else if (siblingKind(id, s) === 'full') add(s, gendered(gender(s), 'sister', 'brother', 'sibling'));
    else add(s, gendered(gender(s), 'half-sister', 'half-brother', 'half-sibling'));
  }
  // step-siblings: the children of my step-parent, and the children whose step-parent is my parent
  // (someone who is already more than that, a half-brother, stays that; one who is a step-sibling both ways is so as
  // long as the longer lasts)
  const step = (x: string) => (ix.up.get(x) ?? []).filter((l) => l.type === 'step');
  const otherwiseKin = (x: string) => [...(has.get(x) ?? [])].some((r) => !STEP_SIBLINGS.has(r));
  for (const sp of step(id))
    for (const c of childrenOf(sp.id))
      if (!otherwiseKin(c) && !isLoss(c) && !isPregnancy(c))
        add(c, gendered(gender(c), 'step-sister', 'step-brother', 'step-sibling'), ended(sp.to) ? sp.to : undefined);
  for (const p of myParents)
    for (const l of ix.down.get(p) ?? [])
      if (l.type === 'step' && !otherwiseKin(l.id))
        add(l.id, gendered(gender(l.id), 'step-sister', 'step-brother', 'step-sibling'), ended(l.to) ? l.to : undefined);

  // partners, in the order the partnerships began
  const since = new Map<string, string>();
  for (const q of partnersOf(id, false)) {
    since.set(q.id, q.from ?? '9999');
    add(q.id, ENDED.has(q.status ?? '') ? 'former-partner' : 'partner');
  }

  // children
  for (const l of ix.down.get(id) ?? []) {
    const until = ended(l.to) ? l.to : undefined;
    if (isLoss(l.id)) add(l.id, 'pregnancy-loss');
    else if (isPregnancy(l.id)) add(l.id, 'pregnancy');
    else if (BIRTH.includes(l.type) || l.type === 'adoptive') add(l.id, gendered(gender(l.id), 'daughter', 'son', 'child'));
    else if (l.type === 'step') add(l.id, gendered(gender(l.id), 'step-daughter', 'step-son', 'step-child'), until);
    else add(l.id, CARED[l.type]!, until);
  }
  for (const q of partnersOf(id, true))
    for (const c of childrenOf(q.id)) if (!has.has(c) && !isLoss(c) && !isPregnancy(c)) add(c, 'partners-child');

  // wider family
  const grand = myParents.flatMap(parentsOf);
  for (const gp of grand) add(gp, gendered(gender(gp), 'grandmother', 'grandfather', 'grandparent'));
  for (const p of myParents)
    for (const l of step(p)) add(l.id, gendered(gender(l.id), 'step-grandmother', 'step-grandfather', 'step-grandparent'));
  for (const gg of grand.flatMap(parentsOf)) add(gg, gendered(gender(gg), 'great-grandmother', 'great-grandfather', 'great-grandparent'));
  for (const c of childrenOf(id))
    for (const gc of childrenOf(c))
      if (!isLoss(gc) && !isPregnancy(gc)) add(gc, gendered(gender(gc), 'granddaughter', 'grandson', 'grandchild'));
  const auntsUncles = new Set<string>();
  for (const p of myParents)
    for (const s of siblingsOf(p))
      if (!isLoss(s) && !isPregnancy(s) && !myParents.includes(s)) {
        auntsUncles.add(s);
        add(s, gendered(gender(s), 'aunt', 'uncle', 'aunt-or-uncle'));
      }
  for (const s of sibs)
    for (const c of childrenOf(s)) if (!isLoss(c) && !isPregnancy(c)) add(c, gendered(gender(c), 'niece', 'nephew', 'niece-or-nephew'));
  for (const au of auntsUncles) for (const c of childrenOf(au)) if (!isLoss(c) && !isPregnancy(c) && !has.has(c)) add(c, 'cousin');
  // a grandparent's brothers and sisters (a great-aunt, often a kinship carer), and my nieces' and nephews' children
  for (const gp of grand)
    for (const s of siblingsOf(gp))
      if (!isLoss(s) && !isPregnancy(s) && !grand.includes(s) && !has.has(s))
        add(s, gendered(gender(s), 'great-aunt', 'great-uncle', 'great-aunt-or-uncle'));
  for (const s of sibs)
    for (const c of childrenOf(s))
      for (const gc of childrenOf(c))
        if (!isLoss(gc) && !isPregnancy(gc) && !has.has(gc))
          add(gc, gendered(gender(gc), 'great-niece', 'great-nephew', 'great-niece-or-nephew'));
  // the children of my carers who are not otherwise family: never brothers or sisters
  for (const l of ix.up.get(id) ?? [])
    if (CARER[l.type] || l.type === 'step')
      for (const c of childrenOf(l.id)) if (!has.has(c) && !isLoss(c) && !isPregnancy(c)) add(c, 'carers-child');

  const order = (k: Kin) => KIN_RELATIONS.indexOf(k.relation);
  const born = (x: string) => birthOrderDate(person(x));
  return out.sort((a, b) => {
    const ga = KIN_GROUP_ORDER.indexOf(kinGroup(a.relation)),
      gb = KIN_GROUP_ORDER.indexOf(kinGroup(b.relation));
    if (ga !== gb) return ga - gb;
    // brothers, sisters and children in birth order; parents, partners and the wider family closest first
    const byBirth = kinGroup(a.relation) !== 'parents' && kinGroup(a.relation) !== 'wider';
    const key = (k: Kin) => (kinGroup(k.relation) === 'partners' ? (since.get(k.personId) ?? '9999') : born(k.personId));
    const birth = key(a).localeCompare(key(b));
    return (byBirth ? birth || order(a) - order(b) : order(a) - order(b) || birth) || (a.personId < b.personId ? -1 : 1);
  });
}

const STEP_SIBLINGS = new Set<KinRelation>(['step-sister', 'step-brother', 'step-sibling']);

const KIN_GROUP_ORDER: KinGroup[] = ['parents', 'siblings', 'partners', 'children', 'pregnancies', 'wider'];

/**
 * What everyone in the family is to one person: `{ personId, relation }` for each relation, from the vocabulary
 * `KIN_RELATIONS`. Options as for the drawing: `asAt` (the family at a date), `today`.
 */
export function kinshipOf(bundle: CaseBundle, personId: string, options: KinshipOptions = {}): Kin[] {
  return kinshipIn(kinshipIndex(buildFamilyGraph(bundle, options)), personId);
}
