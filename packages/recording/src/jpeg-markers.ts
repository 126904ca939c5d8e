/**
 * The segments of a JPEG file, read from its bytes: what a check for left-over metadata needs. Pure, no DOM.
 * A JPEG is SOI (FF D8), then segments `FF xx` with a two-byte length, up to SOS (FF DA), after which the
 * entropy-coded data runs to EOI. Metadata lives in APP1 (EXIF, with GPS, and XMP), APP13 (Photoshop IPTC) and
 * APP2 (ICC profiles, FlashPix); a comment is COM (FF FE).
 */
export interface JpegSegment {
  /** The marker byte after FF (0xE1 for APP1). */
  marker: number;
  /** Offset of the FF byte in the file. */
  offset: number;
  /** Length of the segment's payload (after the two length bytes). */
  length: number;
  /** The payload's first bytes read as Latin-1 (an APP1's "Exif" or XMP's namespace). */
  head: string;
}

const ascii = (bytes: Uint8Array, from: number, n: number): string => {
  let s = '';
  for (let i = from; i < Math.min(bytes.length, from + n); i++) s += String.fromCharCode(bytes[i]!);
  return s;
};

/** The header segments of a JPEG (up to and including SOS), or null when the bytes are not a JPEG. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const out: JpegSegment[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return out;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    const length = ((bytes[i + 2]! << 8) | bytes[i + 3]!) - 2;
    out.push({ marker, offset: i, length, head: ascii(bytes, i + 4, 32) });
    if (marker === 0xda) break;
    i += 4 + length;
  }
  return out;
}

/**
 * Segments that carry metadata about the camera, the place or the person: APP1-APP15 and comments. Not APP0 (JFIF:
 * the pixel density) and not an APP2 ICC colour profile, which says how to show the colours (browsers' canvas
 * encoders write their own sRGB profile; it holds nothing about the photo).
 */
export function metadataSegments(bytes: Uint8Array): JpegSegment[] {
  return (jpegSegments(bytes) ?? []).filter(
    (s) => ((s.marker >= 0xe1 && s.marker <= 0xef) || s.marker === 0xfe) && !(s.marker === 0xe2 && s.head.startsWith('ICC_PROFILE\0')),
  );
}

/** The pixel size in a JPEG's frame header (SOF0-SOF15 but DHT, JPG and DAC), or null. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sof = (jpegSegments(bytes) ?? []).find((s) => s.marker >= 0xc0 && s.marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(s.marker));
  if (!sof) return null;
  const p = sof.offset + 4;
  return { height: (bytes[p + 1]! << 8) | bytes[p + 2]!, width: (bytes[p + 3]! << 8) | bytes[p + 4]! };
}
