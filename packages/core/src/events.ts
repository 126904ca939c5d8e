import type { Change } from './change.js';
import type { DataIssue } from './issues.js';
import type { Category, EntityType, Significance } from './schema/index.js';

/** What is selected across linked components. */
export type Selection = {
  kind: 'person' | 'professional' | 'entry' | 'involvement' | 'blockage' | 'statement';
  id: string;
  /** Related ids, e.g. the people an entry concerns. */ related?: string[];
} | null;

/** What the chronology reader has chosen to see. Empty lists mean "no restriction". Dates are PartialDates ("2019", "2019-03"). */
export interface ChronologyFilters {
  agencies: string[];
  categories: Category[];
  significances: Significance[];
  /** Entries about any of these people. */
  people: string[];
  from: string;
  to: string;
  /** Free text: every word must appear (case-insensitive). */
  text: string;
  /** Only significant and critical entries. */
  significantOnly: boolean;
}
/** How the chronology is shown. */
export type ChronologyView = 'table' | 'timeline' | 'court';
/** Who the chronology is rendered for. */
export type ChronologyAudience = 'practitioner' | 'redacted' | 'anonymised';
/** One timeline lane per agency, or per child. */
export type LaneMode = 'agency' | 'child';
/** Where a draft stands (the safety plan's autosave). */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** Before a change is applied. Cancelable: `preventDefault()` vetoes it. */
export interface CwChangeDetail {
  change: Change;
}
/** The input had invalid records (fired once per input). */
export interface CwInvalidDetail {
  issues: DataIssue[];
}
/** The user selected something (or cleared the selection). */
export interface CwSelectDetail {
  selection: Selection;
}
/** Someone else changed a record this user was changing; nothing was overwritten. */
export interface CwConflictDetail<T = unknown> {
  /** The record's id. */
  id: string;
  /** The record's type, when known. */
  entity?: EntityType;
  /** What this user tried to save. */
  mine: T;
  /** The record as it now stands; undefined when it no longer exists. */
  theirs: T | undefined;
  /** Why the store refused the change. */
  message?: string;
}
/** The draft's save state changed. */
export interface CwSaveStateDetail {
  state: SaveState;
}
/** The chronology reader changed a filter or the search: the whole filter state. */
export interface CwFilterChangeDetail {
  filters: ChronologyFilters;
}
/** The chronology reader switched view, version or lanes. */
export interface CwViewChangeDetail {
  view: ChronologyView;
  audience: ChronologyAudience;
  lanes: LaneMode;
}

/** A reader asked to open a case document from a chronology entry (cancelable: a host that opens it itself cancels). */
export interface CwDocumentOpenDetail {
  documentId: string;
  entryId: string;
}

/** Every `cw-*` event and its detail. */
export interface CwEventMap {
  'cw-change': CwChangeDetail;
  'cw-invalid': CwInvalidDetail;
  'cw-select': CwSelectDetail;
  'cw-conflict': CwConflictDetail;
  'cw-save-state': CwSaveStateDetail;
  'cw-filter-change': CwFilterChangeDetail;
  'cw-view-change': CwViewChangeDetail;
  'cw-document-open': CwDocumentOpenDetail;
}

/** The event a listener receives: `el.addEventListener('cw-change', (e: CwEvent<'cw-change'>) => ...)`. */
export type CwEvent<K extends keyof CwEventMap> = CustomEvent<CwEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'cw-change': CustomEvent<CwChangeDetail>;
    'cw-invalid': CustomEvent<CwInvalidDetail>;
    'cw-select': CustomEvent<CwSelectDetail>;
    'cw-conflict': CustomEvent<CwConflictDetail>;
    'cw-save-state': CustomEvent<CwSaveStateDetail>;
    'cw-filter-change': CustomEvent<CwFilterChangeDetail>;
    'cw-view-change': CustomEvent<CwViewChangeDetail>;
  }
}

/**
 * Dispatches a bubbling, composed `cw-*` event, its detail typed by `CwEventMap`. Returns false when a listener
 * called preventDefault() (only possible with `cancelable: true`).
 */
export function emit<K extends keyof CwEventMap>(
  target: EventTarget,
  name: K,
  detail: CwEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<CwEventMap[K]>(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }),
  );
}
