import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaseStore } from '@opencasework/core';
import type { ShelfItem } from './shelf-model.js';

/** What a preview has to show once its content is read. */
export type PreviewState =
  | { status: 'loading' }
  /** An image from the store, drawn on a canvas (no object URL: works under `img-src 'self'`). */
  | { status: 'bitmap'; bitmap: ImageBitmap }
  /** An address to show in a sandboxed frame or an <img>, and to open or download: the host's (checked) or an object URL of the store's file. */
  | { status: 'address'; href: string; download: boolean }
  | { status: 'text'; text: string; truncated: boolean; href: string }
  /** No preview: why ('empty' a 0-byte file; 'missing' the store no longer has it; 'no-files' this page cannot read files; 'no-content' a paper record; 'failed' it could not be read; 'no-preview' not an image, PDF or text; 'hidden' this version shows no file contents). */
  | { status: 'none'; reason: 'empty' | 'missing' | 'no-files' | 'no-content' | 'failed' | 'no-preview' | 'hidden'; href?: string };

/** The most text a preview shows (characters). */
export const TEXT_LIMIT = 200_000;

/**
 * Reads documents' files for the shelf: image thumbnails (ImageBitmaps, closed when no longer shown) and the open
 * preview's content (an object URL made for it is revoked when the preview closes or changes). Only files the store
 * holds and addresses that passed `isWebAddress` (the parser's check) are read.
 */
export class ContentController implements ReactiveController {
  #thumbs = new Map<string, ImageBitmap | null>();
  #pending = new Set<string>();
  #preview: { id: string; state: PreviewState; url?: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => CaseStore | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.closePreview();
    for (const b of this.#thumbs.values()) b?.close();
    this.#thumbs.clear();
  }

  /** The thumbnail of a store image, once read (null when it cannot be); starts reading it the first time it is asked for. */
  thumbnail(item: ShelfItem): ImageBitmap | null | undefined {
    if (item.preview !== 'image' || !item.source || !('attachmentId' in item.source)) return null;
    const id = item.source.attachmentId;
    if (!this.#thumbs.has(id) && !this.#pending.has(id)) void this.#readThumb(id);
    return this.#thumbs.get(id);
  }

  /** Closes the thumbnails of files no longer shown. */
  keepOnly(shown: readonly ShelfItem[]): void {
    const keep = new Set(shown.flatMap((i) => (i.source && 'attachmentId' in i.source ? [i.source.attachmentId] : [])));
    for (const [id, b] of this.#thumbs) {
      if (keep.has(id)) continue;
      b?.close();
      this.#thumbs.delete(id);
    }
  }

  async #readThumb(id: string): Promise<void> {
    this.#pending.add(id);
    let bitmap: ImageBitmap | null = null;
    try {
      const blob = await this.store()?.getAttachment?.(id);
      if (blob && blob.size) bitmap = await smallBitmap(blob);
    } catch {
      bitmap = null;
    }
    this.#pending.delete(id);
    this.#thumbs.set(id, bitmap);
    this.host.requestUpdate();
  }

  /** The open preview's document id and state, if one is open. */
  get preview(): { id: string; state: PreviewState } | undefined {
    return this.#preview;
  }

  /** Opens a document's preview and reads its content. */
  async open(item: ShelfItem): Promise<void> {
    this.closePreview();
    const entry: { id: string; state: PreviewState; url?: string } = { id: item.id, state: { status: 'loading' } };
    this.#preview = entry;
    this.host.requestUpdate();
    const state = await this.#read(item, entry);
    if (this.#preview !== entry) {
      if (state.status === 'bitmap') state.bitmap.close();
      if (entry.url) URL.revokeObjectURL(entry.url);
      return;
    }
    entry.state = state;
    this.host.requestUpdate();
  }

  /** Closes the preview: its bitmap is closed and its object URL revoked. */
  closePreview(): void {
    const p = this.#preview;
    if (!p) return;
    if (p.state.status === 'bitmap') p.state.bitmap.close();
    if (p.url) URL.revokeObjectURL(p.url);
    this.#preview = undefined;
    this.host.requestUpdate();
  }

  async #read(item: ShelfItem, entry: { url?: string }): Promise<PreviewState> {
    const src = item.source;
    if (!src) return { status: 'none', reason: 'no-content' };
    if ('url' in src) {
      if (item.size === 0) return { status: 'none', reason: 'empty', href: src.url };
      if (item.preview === 'text') {
        try {
          const res = await fetch(src.url, { credentials: 'same-origin' });
          if (!res.ok) return { status: 'none', reason: 'failed', href: src.url };
          return textState(await res.text(), src.url);
        } catch {
          return { status: 'none', reason: 'failed', href: src.url };
        }
      }
      if (item.preview === 'none') return { status: 'none', reason: 'no-preview', href: src.url };
      return { status: 'address', href: src.url, download: false };
    }
    const store = this.store();
    if (!store?.getAttachment) return { status: 'none', reason: 'no-files' };
    let blob: Blob | undefined;
    try {
      blob = await store.getAttachment(src.attachmentId);
    } catch {
      return { status: 'none', reason: 'failed' };
    }
    if (!blob) return { status: 'none', reason: 'missing' };
    if (!blob.size) return { status: 'none', reason: 'empty' };
    if (item.preview === 'image') {
      try {
        return { status: 'bitmap', bitmap: await createImageBitmap(blob) };
      } catch {
        return { status: 'none', reason: 'failed', href: (entry.url = URL.createObjectURL(blob)) };
      }
    }
    entry.url = URL.createObjectURL(blob);
    if (item.preview === 'text') return textState(await blob.text(), entry.url);
    if (item.preview === 'pdf') return { status: 'address', href: entry.url, download: true };
    return { status: 'none', reason: 'no-preview', href: entry.url };
  }
}

/** A bitmap 96 px high (the engines that cannot resize while decoding get the whole picture, drawn smaller). */
async function smallBitmap(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob, { resizeHeight: 96, resizeQuality: 'medium' });
  } catch {
    return createImageBitmap(blob);
  }
}

function textState(text: string, href: string): PreviewState {
  return { status: 'text', text: text.slice(0, TEXT_LIMIT), truncated: text.length > TEXT_LIMIT, href };
}

/** Draws a bitmap into a canvas, scaled to fit and centred. */
export function drawFit(canvas: HTMLCanvasElement, bmp: ImageBitmap): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const scale = Math.min(canvas.width / bmp.width, canvas.height / bmp.height, 1);
  const [w, h] = [bmp.width * scale, bmp.height * scale];
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bmp, (canvas.width - w) / 2, (canvas.height - h) / 2, w, h);
}
