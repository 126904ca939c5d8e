import { onDemand } from '../on-demand.js';
import { STORAGE_MESSAGES, StorageError } from './storage-errors.js';

const files = onDemand(() => import('./idb-attachments.js'));

/** `IdbCaseStore`'s code for files, loaded on first use (its own chunk); a failed load is a `StorageError` fit to show. */
export async function fileCode(): Promise<typeof import('./idb-attachments.js')> {
  try {
    return await files.load();
  } catch {
    throw new StorageError(STORAGE_MESSAGES.attachmentUnavailable, 'other');
  }
}
