import type { LocalizeController } from './localize.js';
import type { CoreKey } from './messages/index.js';
import type { CaseBundle, TeamBoard } from './schema/index.js';
import type { CaseStore, StoreEvent } from './store/types.js';
import type { UnsavedOutbox } from './unsaved-outbox.js';

// The types of DocumentController (document-controller.ts), in their own file to keep that one readable.

/** The kind of document a type is: a case bundle or a team board. */
export type DocumentKind<D extends CaseBundle | TeamBoard> = D extends TeamBoard ? 'board' : 'case';
/**
 * 'idle' (nothing to show), 'loading' (reading the store), 'ready', 'missing' (the store has no such document), 'error'
 * (reading failed), 'closed' (purged or signed out in this browser: nothing of it is shown or read again from that store).
 */
export type DocumentState = 'idle' | 'loading' | 'ready' | 'missing' | 'error' | 'closed';

/** Where the document comes from, read again on every host update. */
export interface DocumentSource {
  /** A document handed in by the host (parsed; never modified: edits go to a working copy). */
  value?: unknown;
  /** A store holding the document, used with `id`. */
  store?: CaseStore | undefined;
  id?: string;
}

export interface DocumentControllerOptions<D extends CaseBundle | TeamBoard> {
  kind: DocumentKind<D>;
  source: () => DocumentSource;
  /**
   * Which wins when a value and a store with an id are both given. 'value' (the default; `<cw-case>`): the value is
   * the document and the store is not read. 'store' (the team board): the store is read, and the value seeds the
   * store when it has no such document.
   */
  prefer?: 'value' | 'store';
  /** Who is making changes (used when seeding a store). */
  actor?: () => string;
  /**
   * Keep changes the store refused for a storage reason (quota, blocked upgrade) on the page, and save them in order
   * before the next change (`<cw-case>`). Without it, a storage failure is only returned.
   */
  keepUnsaved?: boolean;
  /**
   * Where unsaved changes are kept so a reload or a crash does not lose them (with `keepUnsaved`; default
   * `localStorage`). After a reload they come back on top of the stored document and are saved when the store works.
   */
  outbox?: UnsavedOutbox;
  /** Every store event, after the document has followed it (not called for events ignored while changes are unsaved). */
  onStoreEvent?: (event: StoreEvent<D>) => void;
  /** Share the host's LocalizeController for core messages instead of creating one. */
  localize?: LocalizeController<CoreKey>;
}
