/**
 * The "patterns to consider" analysis (findPatterns, its concern and drift rules and their English and Welsh
 * messages) loads on demand, the way the Welsh catalogues do: when the panel is first opened (or a host asks for it),
 * never for the first view. `patternAnalysis()` gives it once loaded, or `undefined` while it loads.
 */
import { onDemand } from '@opencasework/core';
import type * as Analysis from './analysis/on-demand.js';

/** findPatterns, DRIFT_DAYS, concernOf and analysisMessages. */
export type PatternAnalysis = typeof Analysis;

const analysis = onDemand<PatternAnalysis>(() => import('./analysis/on-demand.js'));

/** Loads the analysis once (later calls share the same promise; a failed load may be tried again). */
export const loadPatternAnalysis = (): Promise<PatternAnalysis> => analysis.load();

/** The analysis if it has loaded; otherwise starts loading it and returns undefined (render the pending state). */
export const patternAnalysis = (): PatternAnalysis | undefined => analysis.get();

/** True once the analysis has loaded (asking does not load it). */
export const patternAnalysisLoaded = (): boolean => analysis.loaded;
