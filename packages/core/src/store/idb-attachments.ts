import { STORE_ATTACHMENTS } from './migrations.js';
import { abandon, isObj, quiet, type AnyDb, type AnyStore } from './idb-records.js';
import { STORAGE_MESSAGES, StorageError, describeStorageError, storageErrorKind } from './storage-errors.js';

/** A file as `IdbCaseStore` keeps it: its bytes (an ArrayBuffer, which every engine stores alike) and what it is. */
export interface StoredFile {
  id: string;
  /** The case it belongs to, as a document key ("case:<id>"): what `purgeCase` removes it by. */
  doc: string;
  mediaType: string;
  name?: string;
  documentId?: string;
  size: number;
  at: string;
  bytes: ArrayBuffer;
}

/**
 * Writes one file in one transaction: it is stored whole or not at all (a failure, such as running out of space,
 * aborts the transaction). `put` lets a test make the write fail.
 */
export async function writeFile(db: AnyDb, file: StoredFile, put: (store: AnyStore, file: StoredFile) => Promise<unknown>): Promise<void> {
  const tx = db.transaction(STORE_ATTACHMENTS, 'readwrite');
  let write: Promise<unknown> | undefined;
  try {
    write = put(tx.objectStore(STORE_ATTACHMENTS) as unknown as AnyStore, file);
    quiet(write);
    await write;
    await tx.done;
  } catch (err) {
    abandon(tx, write ? [write] : []);
    throw err;
  }
}

/** The bytes of a stored file as a Blob of its media type; undefined when there is none with that id. */
export async function readFile(db: AnyDb, id: string): Promise<Blob | undefined> {
  const raw = (await db.get(STORE_ATTACHMENTS, id)) as unknown;
  if (raw === undefined) return undefined;
  if (!isObj(raw) || !(raw.bytes instanceof ArrayBuffer || raw.bytes instanceof Blob) || typeof raw.mediaType !== 'string')
    throw new StorageError(STORAGE_MESSAGES.attachmentDamaged, 'other');
  return new Blob([raw.bytes], { type: raw.mediaType });
}

export async function removeFile(db: AnyDb, id: string): Promise<void> {
  await db.delete(STORE_ATTACHMENTS, id);
}

/** A storage failure while keeping a file, in words fit to show (out of space says what to do). */
export function attachmentError(err: unknown, when: 'write' | 'read'): StorageError {
  const kind = storageErrorKind(err);
  if (when === 'write' && kind === 'quota') return new StorageError(STORAGE_MESSAGES.attachmentQuota, kind);
  if (err instanceof StorageError && err.message === STORAGE_MESSAGES.attachmentDamaged) return err;
  const message =
    when === 'write'
      ? describeStorageError(err).replace(/the change was not saved/i, 'the file was not kept')
      : describeStorageError(err, 'read').replace('the case could not be opened', 'the file could not be opened');
  return new StorageError(message, kind);
}
