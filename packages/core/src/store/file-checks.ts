import { MediaType } from '../schema/primitives.js';
import { StorageError } from './storage-errors.js';
import type { AttachmentMeta } from './types.js';

// What every store checks before keeping a file, so a caller's mistake is refused the same way everywhere.

/** A new attachment id: random, so it says nothing about the case or the file. */
export function newAttachmentId(): string {
  return `att-${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}`;
}

/** Refuses (with a `StorageError` fit to show) a file the store must not keep: not a file, no case, no media type. */
export function checkAttachment(blob: unknown, meta: AttachmentMeta | undefined): void {
  if (typeof Blob === 'undefined' || !(blob instanceof Blob))
    throw new StorageError('The file could not be kept: it is not a file.', 'other');
  if (!meta || typeof meta.caseId !== 'string' || !meta.caseId)
    throw new StorageError('The file could not be kept: it must name the case it belongs to.', 'other');
  if (!MediaType.safeParse(meta.mediaType).success)
    throw new StorageError('The file could not be kept: its type (such as "image/jpeg") is missing or not readable.', 'other');
  if (meta.name !== undefined && typeof meta.name !== 'string')
    throw new StorageError('The file could not be kept: its name must be text.', 'other');
}
