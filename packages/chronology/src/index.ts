export { CwChronology, type ChronologyView, type CwFilterChangeDetail, type CwViewChangeDetail } from './chronology.js';
export { chronologyMessages, type ChronologyKey, type Localizer } from './messages/index.js';
export { chronologyStyles } from './chronology.styles.js';
export * from './model.js';
export * from './filter.js';
export * from './merge.js';
export * from './gaps.js';
export * from './patterns.js';
// the day the prompts are worked out as at (the case summary shows the same prompts as the panel)
export { recordReaches } from './views/patterns.js';
export { groupEvents, groupRows, eventOf, type ChronologyEvent, type GroupEventsOptions } from './analysis/events.js';
export {
  planPeriods,
  planKindOf,
  kindOfPlanEntry,
  endsKind,
  type PlanPeriod,
  type PlanKind,
  type PlanPeriodOptions,
} from './analysis/plans.js';
// The pattern prompts' analysis loads on demand: `await loadPatternAnalysis()` gives findPatterns, DRIFT_DAYS,
// concernOf and analysisMessages (the element loads it itself when its "patterns to consider" panel is opened).
export { loadPatternAnalysis, type PatternAnalysis } from './pattern-analysis-loader.js';
export type { Finding, FindPatternsOptions } from './analysis/find-patterns.js';
export type { ConcernType } from './analysis/concerns.js';
export type { AnalysisKey } from './analysis/messages.js';
export * from './timeline/timeline-geometry.js';
// The timeline's drawing loads on demand, when the timeline is first shown; `loadTimelineDrawing()` loads it ahead.
export { loadTimelineDrawing } from './timeline/timeline-controller.js';
export * from './audience-policy.js';
export * from './anonymiser.js';
export * from './search.js';
export * from './periods.js';
export * from './present.js';
export * from './export.js';
export * from './form/entry-form.js';
export {
  chronologyView,
  makePresenter,
  shownRows,
  shownText,
  type ChronologyDerivation,
  type Presenter,
  type ShownRows,
} from './chronology-view.js';
export { VirtualRowsController, type RowWindow, type VirtualRowsOptions } from './views/virtual-rows.js';
