import { createContext } from '@lit/context';
import type { CaseBundle } from './schema/index.js';
import type { Change, ChangeResult } from './change.js';
import type { DataIssue } from './issues.js';
import type { CaseStore } from './store/types.js';
import type { Selection } from './events.js';

/** What `<cw-case>` hands to every component inside it. */
export interface CaseContextValue {
  /** The valid part of the case. */
  bundle: CaseBundle;
  issues: DataIssue[];
  store: CaseStore | undefined;
  /** Who is making changes, for the audit trail. */
  actor: string;
  /** Asks the provider to apply a change: it fires a cancelable `cw-change`, then applies it through the store. */
  requestChange(change: Change): Promise<ChangeResult>;
}

export const caseContext = createContext<CaseContextValue | undefined>(Symbol.for('opencasework/case'));

/** One shared selection for linked sense-making across components. */
export interface SelectionContextValue {
  selection: Selection;
  select(selection: Selection): void;
}

export const selectionContext = createContext<SelectionContextValue | undefined>(Symbol.for('opencasework/selection'));
