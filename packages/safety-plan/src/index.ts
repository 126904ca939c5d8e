export { CwSafetyPlan, type Audience, type PrintVersion, type SaveState } from './safety-plan.js';
export { messages as safetyPlanMessages, type Key as SafetyPlanMessageKey } from './messages.js';
export * from './plan-edit.js';
export * from './version-diff.js';
export * from './scaling.js';
export * from './next-steps.js';
export * from './plain-language.js';
export { NameBook, personName } from './names.js';
