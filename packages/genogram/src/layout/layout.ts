/**
 * How the family is laid out, in one call: graph -> generations -> order -> coordinates -> lines.
 * Pure and deterministic: the same bundle (in any record order) gives the same model.
 */
import type { CaseBundle } from '@opencasework/core';
import { buildFamilyGraph, type FamilyGraph, type GraphOptions } from './family-graph.js';
import { assignGenerations } from './generations.js';
import { buildUnits, orderRows } from './order.js';
import { SYMBOL, assignCoordinates } from './coordinates.js';
import { householdBoxes, routeEdges } from './edges.js';
import type { GenogramModel, NodeModel } from './model.js';

export function layoutGraph(g: FamilyGraph): GenogramModel {
  const rank = assignGenerations(g);
  const units = buildUnits(g, rank);
  const rows = orderRows(g, rank, units);
  const pl = assignCoordinates(g, rows);
  const edges = routeEdges(g, pl, rank);
  const nodes: NodeModel[] = g.people.map((p) => {
    const small = p.symbol === 'miscarriage' || p.symbol === 'termination';
    const n: NodeModel = {
      id: p.id,
      x: pl.x.get(p.id)!,
      y: pl.y.get(p.id)!,
      rank: rank.get(p.id)!,
      symbol: p.symbol,
      size: small ? SYMBOL * 0.6 : p.symbol === 'pregnancy' || p.symbol === 'stillbirth' ? SYMBOL * 0.8 : SYMBOL,
      gender: p.gender,
      name: p.name,
      deceased: p.deceased,
      index: p.index,
    };
    if (p.dateOfBirth) n.dateOfBirth = p.dateOfBirth;
    if (p.dateOfDeath) n.dateOfDeath = p.dateOfDeath;
    if (p.expected) n.expected = p.expected;
    return n;
  });
  return {
    nodes,
    edges,
    households: householdBoxes(g, pl),
    width: pl.width,
    height: pl.height,
    issues: g.issues,
    asAt: g.asAt,
  };
}

export function layoutGenogram(bundle: CaseBundle, opts: GraphOptions = {}): GenogramModel & { graph: FamilyGraph } {
  const graph = buildFamilyGraph(bundle, opts);
  return { ...layoutGraph(graph), graph };
}
