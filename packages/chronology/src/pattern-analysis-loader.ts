/**
 * The "patterns to consider" analysis (findPatterns, its concern and drift rules and their English and Welsh
 * messages) loads on demand, the way the Welsh catalogues do: when the panel is first opened (or a host asks for it),
 * never for the first view. `patternAnalysis()` gives it once loaded, or `undefined` while it loads.
 */
import type * as Analysis from './analysis/on-demand.js';

/** findPatterns, DRIFT_DAYS, concernOf and analysisMessages. */
export type PatternAnalysis = typeof Analysis;

let loaded: PatternAnalysis | undefined;
let loading: Promise<PatternAnalysis> | undefined;

/** Loads the analysis once (later calls share the same promise; a failed load may be tried again). */
export function loadPatternAnalysis(): Promise<PatternAnalysis> {
  loading ??= import('./analysis/on-demand.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** The analysis if it has loaded; otherwise starts loading it and returns undefined (render the pending state). */
export function patternAnalysis(): PatternAnalysis | undefined {
  if (!loaded) loadPatternAnalysis().catch(() => undefined);
  return loaded;
}

/** True once the analysis has loaded (asking does not load it). */
export const patternAnalysisLoaded = (): boolean => loaded !== undefined;
