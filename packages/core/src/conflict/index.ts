export {
  diffRecords,
  rebaseChange,
  mergeLists,
  type ChangedBy,
  type DiffOptions,
  type FieldDifference,
  type Rebase,
  type RebaseOptions,
} from './model.js';
export { ConflictController, plainText, type ConflictInput, type ConflictOptions } from './controller.js';
export {
  conflictView,
  conflictStyles,
  CONFLICT_HEADING_ID,
  type ConflictRow,
  type ConflictQuestion,
  type ConflictStep,
  type ConflictViewContext,
} from './view.js';
export {
  KeptConflicts,
  groupKept,
  recordTitle,
  keptConflictStyles,
  type KeptChange,
  type KeptConflict,
  type KeptConflictsOptions,
} from './kept.js';
