import { STORE_ATTACHMENTS } from './migrations.js';
import { abandon, docKey, isObj, quiet, type AnyDb, type AnyStore } from './idb-records.js';
import { STORAGE_MESSAGES, StorageError, describeStorageError, storageErrorKind } from './storage-errors.js';
import { checkAttachment, newAttachmentId } from './file-checks.js';

export { checkAttachment, newAttachmentId };
import type { AttachmentMeta, StoredAttachment } from './types.js';

// The stores' code for files, in its own chunk (loaded on first use through `fileCode()`): IdbCaseStore's reads and
// writes, and the checks MemoryCaseStore shares.

const DAMAGED = 'The stored file could not be read (it is damaged or was written by another program).';

type Open = () => Promise<AnyDb>;
type Put = (store: AnyStore, file: StoredFile) => Promise<unknown>;

/** Keeps a file: checked, its bytes read before the transaction opens (nothing waits inside it), written whole or not at all. */
export async function putFile(open: Open, blob: Blob, meta: AttachmentMeta, put: Put): Promise<StoredAttachment> {
  checkAttachment(blob, meta);
  const bytes = await blob.arrayBuffer();
  const file: StoredFile = {
    id: newAttachmentId(),
    doc: docKey({ kind: 'case', id: meta.caseId }),
    mediaType: meta.mediaType,
    ...(meta.name ? { name: meta.name } : {}),
    ...(meta.documentId ? { documentId: meta.documentId } : {}),
    size: bytes.byteLength,
    at: new Date().toISOString(),
    bytes,
  };
  try {
    await writeFile(await open(), file, put);
  } catch (err) {
    throw attachmentError(err, 'write');
  }
  return { id: file.id, size: file.size, mediaType: file.mediaType };
}

export async function getFile(open: Open, id: string): Promise<Blob | undefined> {
  if (typeof id !== 'string' || !id) return undefined;
  try {
    return await readFile(await open(), id);
  } catch (err) {
    throw attachmentError(err, 'read');
  }
}

export async function deleteFile(open: Open, id: string): Promise<void> {
  if (typeof id !== 'string' || !id) return;
  try {
    await removeFile(await open(), id);
  } catch (err) {
    throw attachmentError(err, 'write');
  }
}

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
async function writeFile(db: AnyDb, file: StoredFile, put: Put): Promise<void> {
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
async function readFile(db: AnyDb, id: string): Promise<Blob | undefined> {
  const raw = (await db.get(STORE_ATTACHMENTS, id)) as unknown;
  if (raw === undefined) return undefined;
  if (!isObj(raw) || !(raw.bytes instanceof ArrayBuffer || raw.bytes instanceof Blob) || typeof raw.mediaType !== 'string')
    throw new StorageError(DAMAGED, 'other');
  return new Blob([raw.bytes], { type: raw.mediaType });
}

async function removeFile(db: AnyDb, id: string): Promise<void> {
  await db.delete(STORE_ATTACHMENTS, id);
}

/** A storage failure while keeping a file, in words fit to show (out of space says what to do). */
function attachmentError(err: unknown, when: 'write' | 'read'): StorageError {
  const kind = storageErrorKind(err);
  if (when === 'write' && kind === 'quota') return new StorageError(STORAGE_MESSAGES.attachmentQuota, kind);
  if (err instanceof StorageError && err.message === DAMAGED) return err;
  const message =
    when === 'write'
      ? describeStorageError(err).replace(/the change was not saved/i, 'the file was not kept')
      : describeStorageError(err, 'read').replace('the case could not be opened', 'the file could not be opened');
  return new StorageError(message, kind);
}
