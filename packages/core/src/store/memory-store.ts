import { applyChangeToDoc, precheckChange, type Change, type ChangeResult } from '../change.js';
import { parseCaseBundle, parseTeamBoard } from '../parse.js';
import { STORAGE_MESSAGES } from './storage-errors.js';
import { clearUnsaved } from '../unsaved-outbox.js';
import { fileCode } from './attachments.js';
import type { AttachmentMeta, CaseStore, DocOf, DocRef, LoadedDoc, StoreEvent, StoredAttachment } from './types.js';

const keyOf = (ref: DocRef) => `${ref.kind}:${ref.id}`;

/** An in-memory CaseStore for tests, read-only embeds and hosts that persist elsewhere. Same rules as IdbCaseStore. */
export class MemoryCaseStore implements CaseStore {
  private docs = new Map<string, { doc: Record<string, unknown>; version: number }>();
  private listeners = new Map<string, Set<(e: StoreEvent) => void>>();
  private files = new Map<string, { caseId: string; bytes: ArrayBuffer; mediaType: string; name?: string }>();

  async load<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    const hit = this.docs.get(keyOf(ref));
    if (!hit) return undefined;
    return { doc: structuredClone(hit.doc) as DocOf<K>, version: hit.version, issues: [], quarantined: [] };
  }

  async replace<K extends DocRef['kind']>(ref: DocRef & { kind: K }, doc: DocOf<K>, _actor: string): Promise<LoadedDoc<DocOf<K>>> {
    const parsed = ref.kind === 'case' ? parseCaseBundle(doc) : parseTeamBoard(doc);
    const version = (this.docs.get(keyOf(ref))?.version ?? 0) + 1;
    this.docs.set(keyOf(ref), { doc: structuredClone(parsed.value), version });
    this.emit(ref, { type: 'replace', ref, version, doc: structuredClone(parsed.value), remote: false });
    return { doc: structuredClone(parsed.value) as DocOf<K>, version, issues: parsed.issues, quarantined: [] };
  }

  async apply<K extends DocRef['kind']>(ref: DocRef & { kind: K }, change: Change): Promise<ChangeResult<DocOf<K>>> {
    const pre = precheckChange(change, ref.kind);
    if (pre) return pre;
    const hit = this.docs.get(keyOf(ref));
    if (!hit) return { ok: false, reason: 'storage', message: STORAGE_MESSAGES.missingDoc(ref.kind, ref.id) };
    const r = applyChangeToDoc(hit.doc, change);
    if (!r.ok) return r;
    hit.doc = r.doc;
    hit.version += 1;
    this.emit(ref, { type: 'change', ref, change, version: hit.version, doc: structuredClone(r.doc) as DocOf<K>, remote: false });
    return { ok: true, doc: structuredClone(r.doc) as DocOf<K>, version: hit.version, audit: r.audit };
  }

  subscribe(ref: DocRef, listener: (e: StoreEvent) => void): () => void {
    const key = keyOf(ref);
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Forgets a case and the unsaved changes kept for it in this browser, and tells its views to close. */
  async purgeCase(caseId: string): Promise<void> {
    const ref: DocRef = { kind: 'case', id: caseId };
    this.docs.delete(keyOf(ref));
    for (const [id, f] of this.files) if (f.caseId === caseId) this.files.delete(id);
    clearUnsaved('case', caseId);
    this.emit(ref, { type: 'error', ref, message: STORAGE_MESSAGES.purged, closed: true });
  }

  /** Keeps a copy of the file's bytes (so a later change to the caller's data cannot alter what was kept). */
  async putAttachment(blob: Blob, meta: AttachmentMeta): Promise<StoredAttachment> {
    const { checkAttachment, newAttachmentId } = await fileCode();
    checkAttachment(blob, meta);
    const bytes = await blob.arrayBuffer();
    const id = newAttachmentId();
    this.files.set(id, { caseId: meta.caseId, bytes, mediaType: meta.mediaType, ...(meta.name ? { name: meta.name } : {}) });
    return { id, size: bytes.byteLength, mediaType: meta.mediaType };
  }

  async getAttachment(id: string): Promise<Blob | undefined> {
    const f = this.files.get(id);
    return f ? new Blob([f.bytes], { type: f.mediaType }) : undefined;
  }

  async deleteAttachment(id: string): Promise<void> {
    this.files.delete(id);
  }

  close(): void {
    this.listeners.clear();
  }

  private emit(ref: DocRef, e: StoreEvent): void {
    for (const l of [...(this.listeners.get(keyOf(ref)) ?? [])]) {
      try {
        l(e);
      } catch {
        /* one listener's failure must not stop the others */
      }
    }
  }
}
