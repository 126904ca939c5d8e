/**
 * What the element derives from the case before drawing: the model and its layout, the model with ended
 * involvements for the history, and which nodes a selection or an answer highlights. Pure and DOM-free; the
 * element memoises each (core's `memo`) on its inputs.
 */
import { dayOf, isDay, type CaseBundle, type Selection } from '@opencasework/core';
import { newestRecordDay } from './named-people.js';
import { buildNetworkModel, neighboursOf, type NetworkModel, type RingGroup } from './network-model.js';
import { layoutNetwork, type NetworkLayout } from './layout.js';
import { networkGaps, notInContactFor, universalServicePrompts } from './questions.js';
import type { NetworkText } from './network-text.js';

/** The question last asked in the "Ask the network" panel ("who works with" is a selection, not an answer). */
export type Answer = { kind: 'lead' } | { kind: 'stale'; weeks: number } | { kind: 'universal' };

export interface NetworkOptions {
  today: string;
  showEnded: boolean;
  showSensitiveRoles: boolean;
}

/** The `today` property when it is a whole date, else the fallback. */
export function dayToUse(today: string, fallback: string): string {
  return isDay(today) ? today : fallback;
}

/**
 * The day the network is drawn as at, and where it came from: the host's `today` (a whole date), else the newest
 * dated record in the bundle, never the machine's clock. Only a bundle with no dated record at all falls back to
 * `clock()` (there is nothing else to count ages from).
 */
export function asAtDay(
  today: string,
  bundle: CaseBundle,
  timeZone: string,
  clock: () => string,
): { day: string; source: 'host' | 'newest' | 'clock' } {
  if (isDay(today)) return { day: today, source: 'host' };
  const newest = newestRecordDay(bundle, (at) => dayOf(at, timeZone));
  return newest ? { day: newest, source: 'newest' } : { day: clock(), source: 'clock' };
}

/** A network with more outer nodes than this starts with its large groups collapsed. */
export const COLLAPSE_ABOVE = 30;
/** In such a network, a group with more people than this is "large". */
export const GROUP_MAX = 5;

/** The groups that may be collapsed in a model: large groups in a large network. */
export function collapsibleGroups(model: NetworkModel): Map<RingGroup, number> {
  const counts = new Map<RingGroup, number>();
  for (const o of model.outer) counts.set(o.group, (counts.get(o.group) ?? 0) + 1);
  if (model.outer.length <= COLLAPSE_ABOVE) return new Map();
  return new Map([...counts].filter(([, n]) => n > GROUP_MAX));
}

/**
 * The model with the element's options, laid out with the words of the language in use. `open` holds the
 * collapsible groups the user has expanded; every other collapsible group is drawn collapsed.
 */
export function pictureOf(
  bundle: CaseBundle,
  today: string,
  showEnded: boolean,
  showSensitiveRoles: boolean,
  text: NetworkText,
  open: ReadonlySet<RingGroup> = new Set(),
): { model: NetworkModel; layout: NetworkLayout; collapsible: Map<RingGroup, number> } {
  const model = buildNetworkModel(bundle, { today, showEnded, showSensitiveRoles });
  const collapsible = collapsibleGroups(model);
  const layout = layoutNetwork(model, {
    linesOf: (n) => text.lines(n, model),
    sectorText: (g) => text.t(`sector.${g}`),
    householdTitle: (id, name) => (id === null ? text.t('household.other') : (name ?? text.t('household.unnamed'))),
    collapsed: (g) => collapsible.has(g) && !open.has(g),
    groupLines: (_g, count) => [text.t('group.count', { count })],
    aggregateLinks: collapsible.size > 0,
  });
  return { model, layout, collapsible };
}

/** The model with ended involvements too, for the history. */
export function historyModelOf(bundle: CaseBundle, today: string, showSensitiveRoles: boolean): NetworkModel {
  return buildNetworkModel(bundle, { today, showEnded: true, showSensitiveRoles });
}

/**
 * The nodes to keep bright (the rest are dimmed), or null for none dimmed: an answer's people, else the selection
 * and its neighbours (a person or professional, an involvement's two ends, or an entry's related people).
 */
export function highlightOf(model: NetworkModel, bundle: CaseBundle, answer: Answer | null, sel: Selection): Set<string> | null {
  if (answer?.kind === 'stale') {
    const r = notInContactFor(model, answer.weeks);
    return new Set([...r.stale.map((s) => s.professionalId), ...r.noDate]);
  }
  if (answer?.kind === 'universal') {
    const g = networkGaps(model);
    return new Set([...universalServicePrompts(bundle, model).map((p) => p.personId), ...g.noProfessional, ...g.noLead]);
  }
  if (!sel) return null;
  const known = (id: string) => model.family.some((f) => f.id === id) || model.outer.some((o) => o.id === id);
  let seeds: string[] = [];
  if (sel.kind === 'person' || sel.kind === 'professional') seeds = [sel.id];
  else if (sel.kind === 'involvement') {
    const ends = model.edges.flatMap((e) =>
      e.kind === 'involvement' && e.involvementId === sel.id ? [e.professionalId, e.personId ?? ''].filter(Boolean) : [],
    );
    const any = model.edges.some((e) => e.kind === 'involvement' && e.involvementId === sel.id);
    return any ? new Set(ends) : null;
  } else if (sel.related?.length) seeds = sel.related;
  seeds = seeds.filter(known);
  if (!seeds.length) return null;
  const out = new Set<string>(seeds);
  for (const id of seeds) neighboursOf(model, id).forEach((x) => out.add(x));
  return out;
}

/** The id of the selected person or professional, if the selection is one. */
export function selectedNodeId(sel: Selection): string | null {
  return sel && (sel.kind === 'person' || sel.kind === 'professional') ? sel.id : null;
}
