import { MediaType, StorageError, type AttachmentMeta, type StoredAttachment } from '@opencasework/core';
import { STORE_MESSAGES } from './messages.js';

/** What the file methods need of the store's options. */
interface FileOptions {
  baseUrl: string;
  token?: () => string | undefined | Promise<string | undefined>;
  lang?: 'en' | 'cy';
  fetch?: typeof fetch;
}

export interface Files {
  put(blob: Blob, meta: AttachmentMeta): Promise<StoredAttachment>;
  get(id: string): Promise<Blob | undefined>;
  remove(id: string): Promise<void>;
}

/**
 * `HttpCaseStore`'s files: kept on the server (`POST /case/{id}/attachments`, `GET` and `DELETE /attachments/{id}`),
 * never queued on the device. A file that cannot be sent (offline, too large, no access) is refused with a
 * `StorageError` fit to show, and the component keeps the note on the page.
 */
export function httpFiles(o: FileOptions): Files {
  const base = o.baseUrl.replace(/\/$/, '');
  const m = STORE_MESSAGES[o.lang ?? 'en'];
  const fetchFn = o.fetch ?? globalThis.fetch.bind(globalThis);
  const call = async (path: string, init: RequestInit): Promise<Response> => {
    const token = await o.token?.();
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      return await fetchFn(`${base}${path}`, { ...init, headers, cache: 'no-store' });
    } catch {
      throw new StorageError(m.fileNotSent, 'unavailable');
    }
  };
  const validId = (id: unknown): id is string => typeof id === 'string' && !!id && id.length <= 200;
  return {
    async put(blob, meta) {
      if (typeof Blob === 'undefined' || !(blob instanceof Blob) || !meta?.caseId || !MediaType.safeParse(meta.mediaType).success)
        throw new StorageError(m.fileBadType, 'other');
      const headers: Record<string, string> = { 'Content-Type': meta.mediaType, Accept: 'application/json' };
      if (meta.name) headers['OpenCasework-File-Name'] = encodeURIComponent(meta.name);
      if (meta.documentId) headers['OpenCasework-Document-Id'] = encodeURIComponent(meta.documentId);
      const r = await call(`/case/${encodeURIComponent(meta.caseId)}/attachments`, { method: 'POST', body: blob, headers });
      if (r.status === 201) {
        const kept = (await r.json()) as StoredAttachment;
        return { id: kept.id, size: kept.size, mediaType: kept.mediaType };
      }
      const message =
        r.status === 413
          ? m.fileTooLarge
          : r.status === 404 || r.status === 403
            ? m.fileNoAccess
            : r.status === 415
              ? m.fileBadType
              : m.fileFailed;
      throw new StorageError(message, 'other');
    },
    async get(id) {
      if (!validId(id)) return undefined;
      const r = await call(`/attachments/${encodeURIComponent(id)}`, { method: 'GET' });
      if (r.status === 404) return undefined;
      if (!r.ok) throw new StorageError(m.fileReadFailed, 'other');
      const bytes = await r.arrayBuffer();
      return new Blob([bytes], { type: r.headers.get('Content-Type') ?? '' });
    },
    async remove(id) {
      if (!validId(id)) return;
      const r = await call(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' });
      if (r.status !== 204 && r.status !== 404) throw new StorageError(m.fileFailed, 'other');
    },
  };
}
