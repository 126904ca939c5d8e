export { CwGenogram } from './genogram.js';
export { wrapName } from './views/person.js';
export { genogramMessages, type GenogramKey } from './messages/index.js';
export { layoutGenogram, layoutGraph } from './layout/layout.js';
export {
  buildFamilyGraph,
  partnerStatusAt,
  displayName,
  type FamilyGraph,
  type GPerson,
  type Union,
  type ChildLink,
  type GraphIssue,
  type GraphOptions,
  type SymbolKind,
} from './layout/family-graph.js';
export { assignGenerations } from './layout/generations.js';
export { isHarmLine } from './layout/link-dates.js';
export { buildUnits, orderRows, type Unit } from './layout/order.js';
export { assignCoordinates, placeRow, SYMBOL, NODE_W, ROW_H } from './layout/coordinates.js';
export { routeEdges, householdBoxes } from './layout/edges.js';
export {
  layoutQuality,
  countOverlaps,
  countCrossings,
  countLinesThroughSymbols,
  countOverlayThroughSymbols,
  type LayoutQuality,
} from './layout/invariants.js';
export { emotionalPaths } from './layout/emotional-paths.js';
export type { GenogramModel, NodeModel, EdgeModel, HouseholdModel, Point, Rect } from './layout/model.js';
export { buildTextView, relativesOf, type TextView, type PersonText } from './text-view.js';
export {
  kinshipOf,
  kinshipIn,
  kinshipIndex,
  kinGroup,
  KIN_RELATIONS,
  type Kin,
  type KinRelation,
  type KinGroup,
  type KinshipIndex,
  type KinshipOptions,
} from './kinship.js';
export { legendNeeds, type LegendKey } from './legend.js';
