import type { Change } from './change.js';
import type { DataIssue } from './issues.js';

/** What is selected across linked components. */
export type Selection =
  | { kind: 'person' | 'professional' | 'entry' | 'involvement' | 'blockage' | 'statement'; id: string; /** Related ids, e.g. the people an entry concerns. */ related?: string[] }
  | null;

export interface CwChangeDetail { change: Change }
export interface CwInvalidDetail { issues: DataIssue[] }
export interface CwSelectDetail { selection: Selection }

declare global {
  interface HTMLElementEventMap {
    'cw-change': CustomEvent<CwChangeDetail>;
    'cw-invalid': CustomEvent<CwInvalidDetail>;
    'cw-select': CustomEvent<CwSelectDetail>;
  }
}

/**
 * Dispatches a bubbling, composed `cw-*` event. Returns false when a listener called preventDefault()
 * (only meaningful for cancelable events).
 */
export function emit<T>(target: EventTarget, name: `cw-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
}
