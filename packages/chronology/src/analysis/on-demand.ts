/**
 * The pattern prompts' analysis as one chunk, loaded on demand (`pattern-analysis-loader.ts`): findPatterns with its
 * concern rules, drift rule and messages (English and Welsh). Merged events and plan periods stay up front (every view
 * uses them).
 */
export { findPatterns, DRIFT_DAYS } from './find-patterns.js';
export { concernOf } from './concerns.js';
export { analysisMessages } from './messages.js';
