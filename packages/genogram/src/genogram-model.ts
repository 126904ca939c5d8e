/**
 * What the element derives from its inputs, as pure functions (the element memoises each with core's `memo`):
 * the laid-out model, the index child, child links by child, and the person reached by an arrow key.
 */
import { isPartialDate, type CaseBundle, type DataIssue, type ViewBox } from '@opencasework/core';
import { layoutGenogram } from './layout/layout.js';
import type { ChildLink, FamilyGraph, PregnancyOutcome } from './layout/family-graph.js';
import type { GenogramModel, NodeModel } from './layout/model.js';
import { relativesOf } from './text-view.js';

export type Model = GenogramModel & { graph: FamilyGraph };
export type ChildLinksById = Map<string, ChildLink[]>;
export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** The first of the case's subjects who is among its people. */
export function indexIdOf(b: CaseBundle): string | undefined {
  const ids = new Set((b.people ?? []).map((p) => p.id));
  return (b.case.subjectIds ?? []).find((id) => ids.has(id));
}

/** A person's name in the drawing (their id if they have none); undefined for no one. */
export const nameOf = (m: Model, id: string | undefined): string | undefined => (id ? (m.graph.byId.get(id)?.name ?? id) : undefined);

/** The layout's findings about the data (a cycle of parents, say) as the error summary lists them, in words. */
export const layoutIssues = (m: Model, say: (code: Model['issues'][number]['code']) => string): DataIssue[] =>
  m.issues.map((i) => ({ entity: i.entity, id: i.id, path: '', message: say(i.code) }));

export interface ModelInputs {
  bundle: CaseBundle;
  /** The view date as typed: ignored unless it is a partial date. */
  asAt: string;
  /** Today in the case's time zone. */
  today: string;
  /** Only this person's immediate family, when set. */
  focusId: string | undefined;
  pregnancyLabel: (outcome: PregnancyOutcome) => string;
  /** Links with unknown dates at a past view date: hidden, or drawn marked "date unknown". */
  undated?: 'hide' | 'mark';
  /** Leave out abuse, violence, neglect and police-intelligence lines. */
  omitHarm?: boolean;
}

export function buildModel({ bundle, asAt, today, focusId, pregnancyLabel, undated = 'hide', omitHarm = false }: ModelInputs): Model {
  return layoutGenogram(bundle, {
    today,
    pregnancyLabel,
    undated,
    omitHarm,
    ...(asAt && isPartialDate(asAt) ? { asAt } : {}),
    ...(focusId ? { focusId } : {}),
  });
}

export function childLinksById(graph: FamilyGraph): ChildLinksById {
  const map: ChildLinksById = new Map();
  for (const l of graph.links) map.set(l.childId, [...(map.get(l.childId) ?? []), l]);
  return map;
}

/** The whole drawing for pan and zoom: at least 400 by 300 units, centred across. */
export function drawingBounds(m: GenogramModel): ViewBox {
  const w = Math.max(m.width, 400),
    h = Math.max(m.height, 300);
  return { x: (m.width - w) / 2, y: 0, w, h };
}

/** The people in keyboard order: the starting person first (Home goes back to them), then rows top to bottom, left to right. */
export function keyboardOrder(m: GenogramModel): Map<string, number> {
  const start = startingPerson(m);
  const sorted = [...m.nodes].sort((a, b) => Number(b.id === start) - Number(a.id === start) || a.y - b.y || a.x - b.x);
  return new Map(sorted.map((n, i) => [n.id, i]));
}

/** The person the keyboard starts on: the index child, or the top-left person. */
export function startingPerson(m: GenogramModel): string {
  const idx = m.nodes.find((n) => n.index) ?? [...m.nodes].sort((a, b) => a.y - b.y || a.x - b.x)[0];
  return idx?.id ?? '';
}

/** Person reached from `id` by an arrow key: up to a parent, down to the eldest child, sideways to a partner or sibling (or the next in the row). */
export function neighbour(m: Model, id: string, key: ArrowKey): string | undefined {
  const node = (x: string) => m.nodes.find((n) => n.id === x);
  const me = node(id);
  if (!me) return undefined;
  const closest = (ids: string[]) =>
    ids
      .map(node)
      .filter((n): n is NodeModel => !!n)
      .sort((a, b) => Math.abs(a.x - me.x) - Math.abs(b.x - me.x) || a.x - b.x)[0]?.id;
  const r = relativesOf(m.graph, id);
  if (key === 'ArrowUp') return closest(r.parents.map((p) => p.id));
  if (key === 'ArrowDown') {
    const kids = r.children
      .map((c) => c.id)
      .map(node)
      .filter((n): n is NodeModel => !!n)
      .sort((a, b) => a.x - b.x);
    return kids[0]?.id;
  }
  const dir = key === 'ArrowRight' ? 1 : -1;
  const family = new Set([...r.partners.map((p) => p.id), ...r.siblings.map((s) => s.id)]);
  const row = m.nodes.filter((n) => n.y === me.y && (n.x - me.x) * dir > 0).sort((a, b) => (a.x - b.x) * dir);
  return (row.find((n) => family.has(n.id)) ?? row[0])?.id;
}
