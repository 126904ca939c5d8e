import type { CaseBundle, TeamBoard } from '../schema/index.js';
import type { Change, ChangeResult } from '../change.js';
import type { DataIssue } from '../issues.js';

/** Which document: one case, or one team's blockage board. */
export interface DocRef {
  kind: 'case' | 'board';
  id: string;
}
export type DocOf<R extends DocRef['kind']> = R extends 'case' ? CaseBundle : TeamBoard;

/** A stored record that could not be read as valid data. It is kept aside, never deleted. */
export interface QuarantinedRecord {
  key: string;
  raw: unknown;
  issues: DataIssue[];
  at: string;
}

export interface LoadedDoc<D = CaseBundle | TeamBoard> {
  doc: D;
  /** Increases by one with every applied change; lets other tabs detect that they are behind. */
  version: number;
  /** Problems found while reading what was stored. */
  issues: DataIssue[];
  /** Records kept aside because they were corrupt or invalid. */
  quarantined: QuarantinedRecord[];
}

export type StoreEvent<D = CaseBundle | TeamBoard> =
  | {
      type: 'change';
      ref: DocRef;
      change: Change;
      version: number;
      doc: D;
      /** True when another tab made it. */
      remote: boolean;
      /** Who made it, when the store knows it was another person (a server store names the user it verified). */
      by?: string;
    }
  | { type: 'replace'; ref: DocRef; version: number; doc: D; remote: boolean }
  | {
      type: 'error';
      ref: DocRef;
      message: string;
      /**
       * True when the document is gone from this browser (purged, the sign-out clean-up, or its database deleted):
       * stop showing it, keep any unsaved work on the page only (to copy), and do not save again.
       */
      closed?: boolean;
    };

/**
 * Persistence behind the components. `IdbCaseStore` is the embedded default, `MemoryCaseStore` serves tests and
 * read-only embeds; a host's own back end can implement the same interface (see docs/store-adapter.md).
 */
export interface CaseStore {
  /** Reads a document; undefined when the store has none with that id. */
  load<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined>;
  /** Stores a whole document (first import, reset), replacing any stored one. The document is parsed first. */
  replace<K extends DocRef['kind']>(ref: DocRef & { kind: K }, doc: DocOf<K>, actor: string): Promise<LoadedDoc<DocOf<K>>>;
  /** Validates and applies one change atomically with its audit event; refuses stale writes as conflicts. */
  apply<K extends DocRef['kind']>(ref: DocRef & { kind: K }, change: Change): Promise<ChangeResult<DocOf<K>>>;
  /** Hears changes to a document, from this tab and from other tabs. Returns an unsubscribe function. */
  subscribe(ref: DocRef, listener: (event: StoreEvent) => void): () => void;
  /**
   * Removes everything this store keeps in this browser about a case (records, audit trail, quarantine, offline
   * copies, outboxes and unsaved changes) and tells every open view of it, in this tab and others, to close
   * (`{ type: 'error', closed: true }`). A server's own records are not touched. Optional, so stores written before
   * it still compile; the sign-out clean-up calls it where present.
   */
  purgeCase?(caseId: string): Promise<void>;
  close(): void;
}
