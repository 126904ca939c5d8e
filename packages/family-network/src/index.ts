export { CwFamilyNetwork, zigzag, type NetworkView } from './family-network.js';
export * from './network-model.js';
export * from './layout.js';
export * from './invariants.js';
export * from './questions.js';
export * from './history.js';
export * from './contacts.js';
export { textWidth, fitText } from './text-metrics.js';
export { networkMessages, type NetworkKey } from './messages.js';
