import { readDateTaken } from './exif-date.js';

/**
 * Photos without leaks: every image is decoded and drawn again on the device, so what is saved is pixels only. The
 * canvas encoder writes no EXIF (camera, time, GPS location), no XMP and no IPTC; the picture is turned upright from
 * its EXIF orientation first, scaled to at most `maxSide` pixels on its longer side, and a small thumbnail is made.
 * The one thing taken from the EXIF first is the day the photo was taken (`takenOn`), for the caller to file it under.
 * Nothing is sent anywhere.
 */
export interface ReencodeOptions {
  /** The longest side of the saved image, in pixels (2,048 by default). */
  maxSide?: number;
  /** The longest side of the thumbnail (320 by default). */
  thumbSide?: number;
  /** JPEG quality, 0-1 (0.85 by default). */
  quality?: number;
}

export interface ReencodedImage {
  /** The re-encoded picture (image/jpeg), without metadata. */
  image: Blob;
  /** A thumbnail of it (image/jpeg). */
  thumbnail: Blob;
  width: number;
  height: number;
  mediaType: 'image/jpeg';
  /**
   * The day the original says it was taken (YYYY-MM-DD: EXIF DateTimeOriginal, else DateTimeDigitized, else DateTime),
   * read before the EXIF is dropped; absent when it does not say. As the camera's clock had it: it may be wrong.
   */
  takenOn?: string;
}

/** Why an image could not be used (the element says so in plain words). */
export class ImageError extends Error {
  constructor(
    readonly kind: 'not-an-image' | 'encode-failed',
    message: string,
  ) {
    super(message);
    this.name = 'ImageError';
  }
}

/** The size that fits within `maxSide` on the longer side, keeping the proportions (never enlarged). */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function decode(blob: Blob): Promise<ImageBitmap> {
  try {
    // 'from-image' turns the picture upright from its EXIF orientation before that is thrown away.
    return await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    throw new ImageError('not-an-image', 'The file is not a picture this browser can open.');
  }
}

function draw(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new ImageError('encode-failed', 'This browser could not draw the picture.'));
  // A transparent drawing (PNG) becomes a picture on white, not on black.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new ImageError('encode-failed', 'This browser could not save the picture.'))),
      'image/jpeg',
      quality,
    ),
  );
}

/** Re-encodes a picture on the device: metadata gone, at most `maxSide` px, with a thumbnail. */
export async function reencodeImage(blob: Blob, options: ReencodeOptions = {}): Promise<ReencodedImage> {
  const { maxSide = 2048, thumbSide = 320, quality = 0.85 } = options;
  const takenOn = await readDateTaken(blob);
  const bitmap = await decode(blob);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, maxSide);
    const thumb = fitWithin(bitmap.width, bitmap.height, thumbSide);
    const image = await draw(bitmap, size.width, size.height, quality);
    const thumbnail = await draw(bitmap, thumb.width, thumb.height, 0.8);
    const out: ReencodedImage = { image, thumbnail, width: size.width, height: size.height, mediaType: 'image/jpeg' };
    if (takenOn) out.takenOn = takenOn;
    return out;
  } finally {
    bitmap.close();
  }
}

// Control characters, bidirectional overrides and isolates, zero-width characters: they can make a name read as
// something else ("photo\u202Egpj.exe"). A file's name is only ever shown as text; these are taken out of it.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A file's name as a document title: text only (never markup, never a path), without invisible or direction
 * characters, the folder part dropped, at most 200 characters; `fallback` when nothing is left.
 */
export function fileTitle(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\t\r\n]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean ? clean.slice(0, 200) : fallback;
}
