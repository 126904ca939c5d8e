import {
  makeChange,
  supportsAttachments,
  type CaseStore,
  type Change,
  type ChangeResult,
  type Document,
  type StoredAttachment,
} from '@opencasework/core';
import type { SavedNote } from './note-model.js';

export interface SaveNoteDeps {
  /** The store that keeps the files (the `<cw-case>` provider's). */
  store: CaseStore | undefined;
  caseId: string;
  actor: string;
  /** Applies a change with its audit event (CaseElement.commit: through the provider and its store). */
  commit: (change: Change) => Promise<ChangeResult>;
  /** A draft file's bytes. */
  file: (id: string) => Promise<Blob | undefined>;
}

export type SaveNoteResult =
  { ok: true; entryId: string; documents: Document[] } | { ok: false; reason: 'no-store' | 'failed'; message: string };

const messageOf = (e: unknown): string => (e instanceof Error && e.message ? e.message : String(e));

/**
 * Saves a note: the files first (nothing is recorded as a document until its bytes are kept), then the chronology
 * entry, then one document per file naming the entry, each change with its audit event. If any step fails, what was
 * done is undone (files deleted, records deleted through audited changes) and the reason is returned: the note stays
 * on the page, never half in the case.
 */
export async function saveNote(note: SavedNote, mediaIds: string[], d: SaveNoteDeps): Promise<SaveNoteResult> {
  const store = d.store;
  if (note.documents.length && !supportsAttachments(store)) return { ok: false, reason: 'no-store', message: '' };
  const kept: StoredAttachment[] = [];
  const undoFiles = () => Promise.all(kept.map((a) => store!.deleteAttachment!(a.id).catch(() => undefined)));
  try {
    for (const [i, doc] of note.documents.entries()) {
      const blob = await d.file(mediaIds[i]!);
      if (!blob) throw new Error(`the file for “${doc.title}” is missing from this device`);
      kept.push(await store!.putAttachment!(blob, { caseId: d.caseId, mediaType: doc.mediaType, name: doc.title, documentId: doc.id }));
    }
  } catch (e) {
    await undoFiles();
    return { ok: false, reason: 'failed', message: messageOf(e) };
  }
  const entryResult = await d.commit(makeChange('ChronologyEntry', 'create', d.actor, null, note.entry));
  if (!entryResult.ok) {
    await undoFiles();
    return { ok: false, reason: 'failed', message: entryResult.message };
  }
  const saved: Document[] = [];
  for (const [i, doc] of note.documents.entries()) {
    const a = kept[i]!;
    const full: Document = { ...doc, attachmentId: a.id, size: a.size, mediaType: a.mediaType };
    const r = await d.commit(makeChange('Document', 'create', d.actor, null, full));
    if (!r.ok) {
      for (const s of saved.reverse()) await d.commit(makeChange('Document', 'delete', d.actor, s, null));
      await d.commit(makeChange('ChronologyEntry', 'delete', d.actor, note.entry, null));
      await undoFiles();
      return { ok: false, reason: 'failed', message: r.message };
    }
    saved.push(full);
  }
  return { ok: true, entryId: note.entry.id, documents: saved };
}
