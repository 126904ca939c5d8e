export * from './schema/index.js';
export * from './issues.js';
export { parseCaseBundle, parseTeamBoard } from './parse.js';
export { changeAsGiven } from './parse-given.js';
export { withPlaceholders, unshownOf, type Unshown, type PlaceholderLabels } from './parse-placeholders.js';
export * from './partial-date.js';
export * from './deep-equal.js';
export * from './change.js';
export * from './events.js';
export * from './context.js';
export * from './localize.js';
export { formatList } from './list-format.js';
export { coreMessages, type CoreKey } from './messages/index.js';
export * from './day.js';
export { memo } from './memo.js';
export {
  DocumentController,
  type DocumentControllerOptions,
  type DocumentKind,
  type DocumentSource,
  type DocumentState,
} from './document-controller.js';
export * from './tokens.js';
export * from './store/types.js';
export { MemoryCaseStore } from './store/memory-store.js';
export { CaseElement, type CaseData } from './case-element.js';
export { CwErrorSummary } from './error-summary.js';
export { CwCase } from './cw-case.js';
export { defineElement } from './define-element.js';
export { VERSION } from './version.js';
export { IdbCaseStore, DOC_LISTS, type IdbCaseStoreOptions, type StoredAuditEntry } from './store/idb-store.js';
export { MIGRATIONS, DB_VERSION, runMigrations, type Migration } from './store/migrations.js';
export { STORAGE_MESSAGES, StorageError, describeStorageError, storageErrorKind } from './store/storage-errors.js';
export { StoreChannel, type StoreAnnouncement } from './store/broadcast.js';
export { styleProps } from './directives/style-props.js';
export { csvCell, toCsv } from './csv.js';
// core-b building blocks: pan and zoom, focus, print, download, form fields, announcements.
export * from './viewbox.js';
export * from './curve-route.js';
export { DrawnRegionController } from './drawn-region.js';
export { FirstViewController, afterFirstView, type FirstViewOptions } from './first-view-controller.js';
export { focusPaint, focusPaintStyles } from './focus-paint.js';
export { ViewBoxController, DRAG_THRESHOLD, ZOOM_STEP, type ViewBoxOptions, type ViewBoxHandlers } from './viewbox-controller.js';
export { RovingFocusController, type RovingFocusOptions } from './roving-focus.js';
export { FocusController, type FocusTarget } from './focus.js';
export { PrintController, DEFAULT_PRINT_MODE, printWhole, type PrintOptions } from './print.js';
export { download, safeFileName, MAX_FILE_NAME } from './download.js';
export { field, fieldStyles, formErrorsStyles, unbrokenDates, type FieldOptions, type FieldControl } from './field.js';
export { Announcer, ANNOUNCE_DELAY } from './announcer.js';
export {
  PendingQueue,
  UnloadGuard,
  clearUnsaved,
  layOnTop,
  localStorageOutbox,
  type PendingChange,
  type UnsavedOutbox,
} from './unsaved-outbox.js';
// conflict-ui: one conflict interface (mine, theirs, field-level rebase, the panel).
export * from './conflict/index.js';
// privacy: the sign-out clean-up (purgeCase on each store, every tab closes its view, databases deleted).
export { signOutCleanup, type SignOutCleanupOptions, type SignOutReport } from './store/sign-out.js';
// size: a module a component loads on demand (behind import(), its own chunk), as the Welsh catalogues are.
export { onDemand, type OnDemand } from './on-demand.js';
export { OnDemandPart, type PendingText } from './on-demand-part.js';
export { OnDemandForm, type OnDemandFormOptions } from './on-demand-form.js';
// a11y: "Deleted … Undo", a deletion held back from saving while a notice offers to undo it (at least 10 seconds).
export { UndoController, UNDO_DURATION, type UndoOffer, type UndoOptions } from './undo.js';
