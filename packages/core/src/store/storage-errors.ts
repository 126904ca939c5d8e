/**
 * Plain-English messages for storage failures. They reach practitioners, so they say what happened, what it means
 * for their work and what to do, without technical names.
 */
export const STORAGE_MESSAGES = {
  quota:
    'This browser has run out of storage space for Open Casework, so the change was not saved. It is still on this page: free some space (or ask your IT team to) and try saving again.',
  blocked:
    'Open Casework could not open its storage because another tab is still using an older version of it. Close or reload the other Open Casework tabs, then try saving again. Your change is still on this page.',
  newerVersion:
    'Another tab has updated Open Casework storage to a newer version than this page, so the change was not saved here. It is kept in this browser: it will be saved when the case is next opened in the newer version (for example in the other tab). You can also copy it from this page.',
  unavailable:
    "This browser's storage cannot be used by Open Casework (for example in some private browsing modes), so changes cannot be kept. Your change is still on this page.",
  closed:
    'The case store was closed (for example the browser data was cleared in another tab), so the change was not saved. It is kept in this browser and will be saved when the case is opened again; you can also copy it from this page.',
  deleted:
    "The case's storage in this browser was removed (for example by signing out in another tab), so the change was not saved, and it was not stored again. Copy your unsaved changes now and keep them somewhere safe; then sign in and open the case again.",
  purged:
    'This case was closed in this browser and its copy here was removed (for example by signing out in another tab), so it is no longer shown. Sign in and open the case again to carry on.',
  attachmentQuota:
    'This browser has run out of storage space for Open Casework, so the file (a photo or a recording) was not kept, and nothing of it was stored. Your note is still on this page: free some space (or ask your IT team to) and try again, or save the note without the file.',
  attachmentUnavailable:
    'Open Casework could not load what it needs to keep files in this browser, so the file was not kept. Check the connection, reload the page and try again.',
  generic: (detail: string) =>
    `The change could not be saved in this browser's storage (${detail}). It is still on this page: try saving again.`,
  /** The same failures when reading, where there is no change to keep. */
  readQuota:
    'This browser has run out of storage space for Open Casework, so the case could not be opened. Free some space (or ask your IT team to) and reload the page.',
  readBlocked:
    'Open Casework could not open its storage because another tab is still using an older version of it. Close or reload the other Open Casework tabs, then reload this page.',
  readNewerVersion: 'Another tab has updated Open Casework storage to a newer version than this page. Reload this page to carry on.',
  readUnavailable:
    "This browser's storage cannot be used by Open Casework (for example in some private browsing modes), so the case cannot be kept in this browser.",
  readDeleted:
    "The case's storage in this browser was removed (for example by signing out in another tab), so the case is no longer shown. Sign in and open the case again to carry on.",
  readGeneric: (detail: string) => `The case could not be read from this browser's storage (${detail}). Reload the page to try again.`,
  missingDoc: (kind: string, id: string) =>
    `There is no ${kind === 'case' ? 'case' : 'team board'} "${id}" in this browser's storage, so the change was not saved.`,
} as const;

/** An error whose message is already fit to show a user. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'quota' | 'blocked' | 'newerVersion' | 'unavailable' | 'closed' | 'deleted' | 'missing' | 'other' = 'other',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * Turns anything thrown by IndexedDB into a message a practitioner can act on: for a write (the change is still on
 * the page) or for a read (the case could not be opened).
 */
export function describeStorageError(err: unknown, when: 'write' | 'read' = 'write'): string {
  const read = when === 'read';
  if (err instanceof StorageError) {
    if (!read) return err.message;
    switch (err.kind) {
      case 'blocked':
        return STORAGE_MESSAGES.readBlocked;
      case 'newerVersion':
        return STORAGE_MESSAGES.readNewerVersion;
      case 'unavailable':
        return STORAGE_MESSAGES.readUnavailable;
      case 'quota':
        return STORAGE_MESSAGES.readQuota;
      case 'deleted':
        return STORAGE_MESSAGES.readDeleted;
      default:
        return err.message;
    }
  }
  const name = err && typeof err === 'object' && 'name' in err ? String(err.name) : '';
  const inner = err && typeof err === 'object' && 'inner' in err ? err.inner : undefined;
  if (inner) return describeStorageError(inner, when);
  switch (name) {
    case 'QuotaExceededError':
      return read ? STORAGE_MESSAGES.readQuota : STORAGE_MESSAGES.quota;
    case 'VersionError':
      return read ? STORAGE_MESSAGES.readNewerVersion : STORAGE_MESSAGES.newerVersion;
    case 'InvalidStateError':
      return STORAGE_MESSAGES.closed;
    case 'SecurityError':
      return read ? STORAGE_MESSAGES.readUnavailable : STORAGE_MESSAGES.unavailable;
    default:
      return read ? STORAGE_MESSAGES.readGeneric(name || 'unknown error') : STORAGE_MESSAGES.generic(name || 'unknown error');
  }
}

/** The kind of a storage failure, for code that wants to react (e.g. offer "reload" for a newer version). */
export function storageErrorKind(err: unknown): StorageError['kind'] {
  if (err instanceof StorageError) return err.kind;
  const name = err && typeof err === 'object' && 'name' in err ? String(err.name) : '';
  return name === 'QuotaExceededError'
    ? 'quota'
    : name === 'VersionError'
      ? 'newerVersion'
      : name === 'SecurityError'
        ? 'unavailable'
        : name === 'InvalidStateError'
          ? 'closed'
          : 'other';
}
