import {
  makeChange,
  supportsAttachments,
  type CaseDocumentKind,
  type CaseStore,
  type Change,
  type ChangeResult,
  type Document,
} from '@opencasework/core';
import { fileTitle, reencodeImage, takenDay } from '@opencasework/recording';

/**
 * Adding files to the shelf: the same flow as a photo in `<cw-quick-note>`. A picture is re-encoded on the device
 * first (EXIF, GPS and XMP gone, at most 2,048 px: @opencasework/recording's `reencodeImage`), and a photo is filed
 * under the day its EXIF says it was taken (read before the EXIF is dropped); the file is kept by the store
 * (`putAttachment`), then the document is saved with its audit event. If saving the document fails, the file is
 * deleted again: nothing is left half-saved.
 */
export interface UploadDeps {
  store: CaseStore | undefined;
  caseId: string;
  actor: string;
  /** Today in the case's time zone: the document's date, unless it is a photo that says when it was taken. */
  today: string;
  /** What a file with no usable name is called. */
  untitled: string;
  commit: (change: Change) => Promise<ChangeResult>;
}

/**
 * The documents saved (in order), and `taken`: the ids of those filed under the day the photo was taken (the rest are
 * dated today). On failure, what was saved before the file that failed, its name and the reason.
 */
export type UploadResult =
  | { ok: true; documents: Document[]; taken: string[] }
  | { ok: false; documents: Document[]; taken: string[]; name: string; message: string };

/** The kind a file is filed under by its media type (the practitioner can tell more in its title). */
export function kindOfFile(mediaType: string): CaseDocumentKind {
  if (mediaType.startsWith('image/')) return 'photo';
  if (mediaType.startsWith('audio/')) return 'audio';
  if (mediaType.startsWith('video/')) return 'video';
  return 'other';
}

const PICTURE = /^image\/(jpeg|png|gif|webp|avif|bmp)$/;
/** Saves the files one by one; stops at the first that cannot be saved (those before it stay saved). */
export async function uploadFiles(files: readonly File[], d: UploadDeps): Promise<UploadResult> {
  const documents: Document[] = [];
  const taken: string[] = [];
  const store = d.store;
  for (const file of files) {
    const name = fileTitle(file.name, d.untitled);
    if (!store || !supportsAttachments(store)) return { ok: false, documents, taken, name, message: '' };
    try {
      // The day taken is read from the original before the re-encoding drops its EXIF.
      const picture = PICTURE.test(file.type) ? await reencodeImage(file) : undefined;
      const blob = picture?.image ?? file;
      const day = takenDay(picture?.takenOn, d.today);
      const mediaType = blob.type && /^[\w.+-]+\/[\w.+-]+/.test(blob.type) ? blob.type : 'application/octet-stream';
      const stored = await store.putAttachment(blob, { caseId: d.caseId, mediaType, name });
      const doc: Document = {
        id: `doc-${crypto.randomUUID()}`,
        title: name,
        kind: kindOfFile(mediaType),
        mediaType: stored.mediaType,
        // Filed under the day the photo was taken, else today; its author not known: the practitioner corrects both in
        // its details. Who added it is in the audit trail (the change's actor), not its author: the person who adds a
        // school's letter did not write it.
        date: day ?? d.today,
        attachmentId: stored.id,
        size: stored.size,
      };
      const r = await d.commit(makeChange<Document>('Document', 'create', d.actor, null, doc));
      if (!r.ok) {
        await store.deleteAttachment(stored.id).catch(() => undefined);
        return { ok: false, documents, taken, name, message: r.message ?? '' };
      }
      documents.push(doc);
      if (day) taken.push(doc.id);
    } catch (e) {
      return { ok: false, documents, taken, name, message: e instanceof Error ? e.message : String(e) };
    }
  }
  return { ok: true, documents, taken };
}
