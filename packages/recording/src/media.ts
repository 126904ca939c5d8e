import { newId } from '@opencasework/core';
import type { DraftStore } from './draft-store.js';
import { takenDay } from './exif-date.js';
import { fileTitle, reencodeImage } from './image.js';
import type { DraftMedia } from './note-model.js';

/** A picture added to the draft: its record and its thumbnail, ready to draw. */
export interface AddedPhoto {
  media: DraftMedia;
  thumbnail: Blob;
}

/**
 * Re-encodes a chosen or taken picture on the device (metadata gone, at most 2,048 px) and keeps it with the draft.
 * The original file is never stored. The day it was taken (its EXIF, read first) is kept when it is a day from 1990
 * to `today` (a camera clock set wrong says otherwise). Rejects with an ImageError for a file that is not a picture.
 */
export async function addPhoto(
  file: File,
  drafts: DraftStore,
  draftKey: string,
  fallbackTitle: string,
  today?: string,
): Promise<AddedPhoto> {
  const out = await reencodeImage(file, { maxSide: 2048 });
  const id = newId();
  await drafts.putFile({ id, draftKey, blob: out.image, thumbnail: out.thumbnail });
  const media: DraftMedia = {
    id,
    title: fileTitle(file.name, fallbackTitle),
    kind: 'photo',
    mediaType: out.mediaType,
    size: out.image.size,
  };
  const taken = today ? takenDay(out.takenOn, today) : undefined;
  if (taken) media.takenOn = taken;
  return { media, thumbnail: out.thumbnail };
}

/** The audio types MediaRecorder may offer, best first. */
const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];
/** The video types, best first (small files: VP8/VP9 in WebM; MP4 where that is all the browser records). */
const VIDEO_TYPES = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'];

/**
 * A short audio or video clip through MediaRecorder, stopped by `stop()` or after `maxSeconds`. The microphone (and
 * camera) is released as soon as recording ends. The caller keeps the blob with the draft.
 */
export class ClipRecorder {
  #rec: MediaRecorder | undefined;
  #stream: MediaStream | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #finish: (() => void) | undefined;
  startedAt = 0;

  static supported(): boolean {
    return typeof MediaRecorder === 'function' && !!navigator.mediaDevices?.getUserMedia;
  }

  get recording(): boolean {
    return !!this.#rec;
  }

  /** Starts recording (sound, or `video` too); resolves with the clip when it ends. Rejects when a device cannot be used. */
  async record(maxSeconds: number, video = false): Promise<Blob> {
    const stream = await navigator.mediaDevices.getUserMedia(
      video ? { audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 } } } : { audio: true },
    );
    this.#stream = stream;
    const mimeType = (video ? VIDEO_TYPES : AUDIO_TYPES).find((t) => MediaRecorder.isTypeSupported(t));
    const rec = new MediaRecorder(stream, mimeType ? { mimeType } : {});
    this.#rec = rec;
    const chunks: Blob[] = [];
    rec.addEventListener('dataavailable', (e) => e.data.size && chunks.push(e.data));
    const done = new Promise<Blob>((resolve) => {
      const finish = () =>
        resolve(new Blob(chunks, { type: (rec.mimeType || mimeType || (video ? 'video/webm' : 'audio/webm')).split(';')[0] }));
      rec.addEventListener('stop', finish);
      // A recorder whose stream never gave it sound may never fire "stop": end with what there is.
      this.#finish = finish;
    });
    rec.start(1000);
    this.startedAt = performance.now();
    this.#timer = setTimeout(() => this.stop(), maxSeconds * 1000);
    try {
      return await done;
    } finally {
      this.#release();
    }
  }

  stop(): void {
    if (this.#rec?.state === 'recording') {
      this.#rec.stop();
      const finish = this.#finish;
      setTimeout(() => finish?.(), 2000);
    } else this.#release();
  }

  #release(): void {
    clearTimeout(this.#timer);
    this.#finish = undefined;
    this.#stream?.getTracks().forEach((t) => t.stop());
    this.#stream = undefined;
    this.#rec = undefined;
  }
}
