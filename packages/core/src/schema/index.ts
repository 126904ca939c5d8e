export * from './primitives.js';
export * from './enums.js';
export * from './case-bundle.js';
export * from './team-board.js';
