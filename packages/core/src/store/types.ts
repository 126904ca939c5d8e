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

/** What a store is told about a file it keeps (`CaseStore.putAttachment`). */
export interface AttachmentMeta {
  /** The case the file belongs to: `purgeCase(caseId)` and the sign-out clean-up remove it with the case. */
  caseId: string;
  /** Its media type ("image/jpeg", "audio/webm;codecs=opus"); the blob's own `type` is not trusted for this. */
  mediaType: string;
  /** The file name it came with, if any. Kept as text, never used as a path. */
  name?: string;
  /** The document record it is the content of, if known. */
  documentId?: string;
}

/** A file a store has kept: the id to put in a document's `attachmentId`, its size in bytes and its media type. */
export interface StoredAttachment {
  id: string;
  size: number;
  mediaType: string;
}

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
  /**
   * Keeps a file (a photo, a recording, a draft's audio) for a case, in one write: all of it or nothing. Resolves
   * with its id once it is stored; rejects with a `StorageError` whose message is fit to show (out of space, storage
   * unavailable). Optional: a component checks `typeof store.putAttachment === 'function'` (or
   * `supportsAttachments(store)`) and offers photos and recordings only where the store can keep them.
   * `IdbCaseStore`, `MemoryCaseStore` and `HttpCaseStore` (on the server, never queued offline) implement all three.
   */
  putAttachment?(blob: Blob, meta: AttachmentMeta): Promise<StoredAttachment>;
  /** The bytes of a kept file, with its media type as the blob's `type`; undefined when there is none with that id. */
  getAttachment?(id: string): Promise<Blob | undefined>;
  /** Deletes a kept file (a draft's recording once the note is saved or discarded). Deleting one that is gone is not an error. */
  deleteAttachment?(id: string): Promise<void>;
  close(): void;
}

/** True when the store can keep files (photos, recordings): it has `putAttachment`, `getAttachment` and `deleteAttachment`. */
export function supportsAttachments(
  store: CaseStore | undefined | null,
): store is CaseStore & Required<Pick<CaseStore, 'putAttachment' | 'getAttachment' | 'deleteAttachment'>> {
  return (
    !!store &&
    typeof store.putAttachment === 'function' &&
    typeof store.getAttachment === 'function' &&
    typeof store.deleteAttachment === 'function'
  );
}
