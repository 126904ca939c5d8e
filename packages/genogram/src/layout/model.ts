/** The plain model the layout produces and the element draws. No DOM, only numbers and ids. */
import type { EmotionalQuality, Gender, ParentType, PartnerStatus } from '@opencasework/core';
import type { GraphIssue, SymbolKind } from './family-graph.js';

export type Point = [number, number];

export interface NodeModel {
  id: string;
  x: number;
  y: number;
  rank: number;
  symbol: SymbolKind;
  /** Width and height of the symbol's box. */
  size: number;
  gender: Gender;
  name: string;
  deceased: boolean;
  index: boolean;
  dateOfBirth?: string;
  dateOfDeath?: string;
  expected?: string;
}

export type EdgeKind = 'partner' | 'descent' | 'child' | 'twin-bar' | 'emotional' | 'support';

export interface EdgeModel {
  id: string;
  kind: EdgeKind;
  /** A polyline (or for emotional and support lines: start, control point, end of a curve). */
  points: Point[];
  /** The relationship records behind the line. */
  relIds: string[];
  /** The two people joined (partners; parent union and child; the two people of an emotional line). */
  a?: string;
  b?: string;
  status?: PartnerStatus;
  /** Partners with no recorded partnership (they share a child). */
  unrecorded?: boolean;
  consanguineous?: boolean;
  /** Where the status date label (and, unless `markAt` says otherwise, the slashes) go. */
  mid?: Point;
  /** Where separation and divorce slashes go when not at `mid`: on this couple's own bracket line. */
  markAt?: Point;
  statusOn?: string;
  from?: string;
  to?: string;
  childType?: ParentType;
  disputed?: boolean;
  source?: string;
  quality?: EmotionalQuality;
  direction?: 'a-to-b' | 'b-to-a' | 'both';
  note?: string;
  label?: string;
  /** Emotional and support lines: the points are a routed polyline, not a curve's start, control point and end. */
  polyline?: boolean;
  /** Drawn at a past view date although its dates are unknown: labelled "date unknown". */
  dateUnknown?: boolean;
  /** For twin drops: the twin relationship's zygosity. */
  zygosity?: 'identical' | 'fraternal' | 'unknown';
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface HouseholdModel {
  id: string;
  name?: string;
  memberIds: string[];
  rects: Rect[];
  /** Dotted links between the pieces of one household in different rows or places. */
  links: Point[][];
}

export interface GenogramModel {
  nodes: NodeModel[];
  edges: EdgeModel[];
  households: HouseholdModel[];
  width: number;
  height: number;
  issues: GraphIssue[];
  /** The date the picture shows. */
  asAt: string;
}
