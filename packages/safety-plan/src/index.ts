export { CwSafetyPlan, type Audience, type PrintVersion, type SaveState } from './safety-plan.js';
export { safetyPlanStyles } from './safety-plan.styles.js';
export { safetyPlanMessages, type SafetyPlanKey } from './messages/index.js';
export * from './plan-edit.js';
export * from './version-diff.js';
export * from './scaling.js';
export * from './next-steps.js';
// The plain-language helper and its glossary load on demand: `await loadPlainLanguage()` gives checkPlainLanguage,
// glossText, findTerms, mutations and GLOSSARY (the element loads it itself when the family version is asked for).
export { loadPlainLanguage, type PlainLanguage } from './plain-language-loader.js';
export type { Advice, AdviceKind, PlainLanguageOptions, GlossPart, GlossaryEntry, TermMatch } from './plain-language.js';
export * from './plan-model.js';
export { PlanEditor, type PlanEditorOptions, type SaveAlert } from './plan-editor.js';
export { NameBook, personName } from './names.js';
