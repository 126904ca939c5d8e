import { jpegSegments } from './jpeg-markers.js';

/**
 * The day a photo was taken, from its EXIF, read before the picture is re-encoded (which throws EXIF away). Only the
 * date is read: DateTimeOriginal (0x9003, in the Exif IFD), else DateTimeDigitized (0x9004), else IFD0's DateTime
 * (0x0132). Nothing else (no GPS, no camera) is read or kept. Pure, no DOM; never throws.
 */

/** EXIF sits at the start of a JPEG (an APP1 segment is at most 64 kB): this much is read. */
const EXIF_READ_LIMIT = 128 * 1024;

const DATE_TIME = 0x0132;
const EXIF_IFD = 0x8769;
const ORIGINAL = 0x9003;
const DIGITIZED = 0x9004;

/** "2023:05:14 10:22:01" (or the date alone) as "2023-05-14"; undefined for blanks, zeros and days that do not exist. */
function dayOf(text: string): string | undefined {
  const m = /^(\d{4}):(\d{2}):(\d{2})(?:[ T]|$)/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The day a JPEG's EXIF says it was taken (YYYY-MM-DD), from its bytes; undefined when it has none that can be read. */
export function dateTakenFromExif(bytes: ArrayBuffer | Uint8Array): string | undefined {
  try {
    const data = (bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).subarray(0, EXIF_READ_LIMIT);
    const app1 = (jpegSegments(data) ?? []).find((s) => s.marker === 0xe1 && s.head.startsWith('Exif\0\0'));
    if (!app1) return undefined;
    // The whole segment, or nothing: one cut short is not read. (An APP1 is at most 64 kB: the limit cuts none that starts early.)
    const start = app1.offset + 4 + 6;
    const end = app1.offset + 4 + app1.length;
    if (end > data.length || end - start < 8) return undefined;
    const tiff = new DataView(data.buffer, data.byteOffset + start, end - start);
    const size = tiff.byteLength;
    const le = tiff.getUint16(0) === 0x4949; // "II"; "MM" is big-endian
    if ((!le && tiff.getUint16(0) !== 0x4d4d) || tiff.getUint16(2, le) !== 42) return undefined;
    /** The entry of `tag` in the IFD at `at` (from the TIFF header), or -1: an IFD that does not fit has none. */
    const entry = (at: number, tag: number): number => {
      const count = at >= 8 && at + 2 <= size ? tiff.getUint16(at, le) : 0;
      if (at + 2 + count * 12 > size) return -1;
      for (let e = at + 2; e < at + 2 + count * 12; e += 12) if (tiff.getUint16(e, le) === tag) return e;
      return -1;
    };
    /** An entry's ASCII value (type 2), or '' for anything else or a value past the end. */
    const ascii = (e: number): string => {
      if (e < 0 || tiff.getUint16(e + 2, le) !== 2) return '';
      const count = tiff.getUint32(e + 4, le);
      const at = count <= 4 ? e + 8 : tiff.getUint32(e + 8, le);
      if (count > 64 || at + count > size) return '';
      return String.fromCharCode(...new Uint8Array(tiff.buffer, tiff.byteOffset + at, count));
    };
    const ifd0 = tiff.getUint32(4, le);
    const pointer = entry(ifd0, EXIF_IFD);
    const exif = pointer < 0 ? -1 : tiff.getUint32(pointer + 8, le);
    for (const [ifd, tag] of [
      [exif, ORIGINAL],
      [exif, DIGITIZED],
      [ifd0, DATE_TIME],
    ] as const) {
      const day = dayOf(ascii(entry(ifd, tag)));
      if (day) return day;
    }
    return undefined;
  } catch {
    return undefined; // a DataView read past the end of something malformed
  }
}

/** The day a photo was taken, from the first 128 kB of a file (or its bytes); undefined when it does not say. */
export async function readDateTaken(file: Blob | ArrayBuffer): Promise<string | undefined> {
  try {
    return dateTakenFromExif(file instanceof Blob ? await file.slice(0, EXIF_READ_LIMIT).arrayBuffer() : file);
  } catch {
    return undefined; // a file that can no longer be read
  }
}

/**
 * A camera whose clock was never set says 1970 or 1980 (the defaults of Unix and of FAT memory cards): a day before
 * this is not believed. Another default, 2000-01-01, is kept: it can be true, and the details can correct it.
 */
const EARLIEST_TAKEN = '1990-01-01';

/** The day a photo is filed under: the day it was taken when that is a day from 1990 to today, else undefined (today). */
export function takenDay(takenOn: string | undefined, today: string): string | undefined {
  return takenOn && takenOn >= EARLIEST_TAKEN && takenOn <= today ? takenOn : undefined;
}
