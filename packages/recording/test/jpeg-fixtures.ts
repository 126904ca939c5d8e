// A real JPEG made by the browser's canvas, with EXIF (camera make and a GPS position) and XMP (a location and a
// person's name) written into it by hand as APP1 segments, as a phone camera would.

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const bytesOf = (s: string) => [...s].map((c) => c.charCodeAt(0) & 0xff);

/** An APP1 EXIF segment: IFD0 with Make and a GPS IFD pointer; the GPS IFD with latitude N 51° 30' 26" and longitude W 0° 7' 39". */
export function exifGpsSegment(): Uint8Array<ArrayBuffer> {
  // TIFF, big-endian. Offsets are from the TIFF header.
  const ifd0At = 8;
  const ifd0Entries = 2;
  const ifd0Size = 2 + ifd0Entries * 12 + 4;
  const makeAt = ifd0At + ifd0Size; // "TestCam Phone\0" (14 bytes)
  const make = bytesOf('TestCam Phone\0');
  const gpsAt = makeAt + make.length;
  const gpsEntries = 4;
  const gpsSize = 2 + gpsEntries * 12 + 4;
  const latAt = gpsAt + gpsSize; // 3 rationals
  const lonAt = latAt + 24;
  const rational = (n: number, d: number) => [...u32(n), ...u32(d)];
  const tiff = [
    ...bytesOf('MM'),
    ...u16(42),
    ...u32(ifd0At),
    ...u16(ifd0Entries),
    ...u16(0x010f),
    ...u16(2),
    ...u32(make.length),
    ...u32(makeAt), // Make, ASCII
    ...u16(0x8825),
    ...u16(4),
    ...u32(1),
    ...u32(gpsAt), // GPSInfo IFD pointer
    ...u32(0),
    ...make,
    ...u16(gpsEntries),
    ...u16(0x0001),
    ...u16(2),
    ...u32(2),
    ...bytesOf('N\0'),
    0,
    0, // GPSLatitudeRef
    ...u16(0x0002),
    ...u16(5),
    ...u32(3),
    ...u32(latAt), // GPSLatitude
    ...u16(0x0003),
    ...u16(2),
    ...u32(2),
    ...bytesOf('W\0'),
    0,
    0, // GPSLongitudeRef
    ...u16(0x0004),
    ...u16(5),
    ...u32(3),
    ...u32(lonAt), // GPSLongitude
    ...u32(0),
    ...rational(51, 1),
    ...rational(30, 1),
    ...rational(26, 1),
    ...rational(0, 1),
    ...rational(7, 1),
    ...rational(39, 1),
  ];
  const payload = [...bytesOf('Exif\0\0'), ...tiff];
  return new Uint8Array([0xff, 0xe1, ...u16(payload.length + 2), ...payload]);
}

/** An APP1 XMP segment naming a place and a person. */
export function xmpSegment(): Uint8Array<ArrayBuffer> {
  const xml =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"' +
    ' exif:GPSLatitude="51,30.43N" exif:GPSLongitude="0,7.65W" photoshop:City="Cardiff" photoshop:Credit="Jordan Evans"/>' +
    '</rdf:RDF></x:xmpmeta>';
  const payload = [...bytesOf('http://ns.adobe.com/xap/1.0/\0'), ...bytesOf(xml)];
  return new Uint8Array([0xff, 0xe1, ...u16(payload.length + 2), ...payload]);
}

/** A JPEG of the given size drawn on a canvas (stripes and a circle, so it is not blank). */
export async function canvasJpeg(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#1d70b8';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#ffdd00';
  for (let x = 0; x < width; x += 200) ctx.fillRect(x, 0, 100, height);
  ctx.beginPath();
  ctx.arc(width / 2, height / 2, Math.min(width, height) / 3, 0, Math.PI * 2);
  ctx.fill();
  const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.9));
  return new Uint8Array(await blob.arrayBuffer());
}

/** The JPEG with the segments inserted straight after SOI, as a camera writes them. */
export function withSegments(jpeg: Uint8Array, ...segments: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = jpeg.length + segments.reduce((n, s) => n + s.length, 0);
  const out = new Uint8Array(total);
  out.set(jpeg.subarray(0, 2), 0);
  let at = 2;
  for (const s of segments) {
    out.set(s, at);
    at += s.length;
  }
  out.set(jpeg.subarray(2), at);
  return out;
}

/** A photo as a phone would hand it over: EXIF with GPS, and XMP. */
export async function phonePhoto(width: number, height: number): Promise<Blob> {
  const bytes = withSegments(await canvasJpeg(width, height), exifGpsSegment(), xmpSegment());
  return new Blob([bytes], { type: 'image/jpeg' });
}

/** Does the byte string occur in the bytes? */
export function contains(bytes: Uint8Array, text: string): boolean {
  const needle = bytesOf(text);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** What an EXIF segment built by `exifDateSegment` holds: dates as a camera writes them ("2023:05:14 10:22:01"). */
export interface ExifDates {
  /** Byte order: 'II' (little-endian, most phones) or 'MM' (big-endian). */
  order?: 'II' | 'MM';
  /** IFD0 Make (0x010f). */
  make?: string;
  /** IFD0 DateTime (0x0132): when the file was last changed. */
  dateTime?: string;
  /** Exif IFD DateTimeOriginal (0x9003): when the photo was taken. */
  original?: string;
  /** Exif IFD DateTimeDigitized (0x9004). */
  digitized?: string;
  /** A GPS IFD (0x8825) with a latitude reference and a GPSDateStamp (0x001d) of 2001:01:01, which must never be read. */
  gps?: boolean;
}

/** An APP1 EXIF segment with the dates asked for, laid out as a camera does: IFD0, the Exif IFD, the GPS IFD, then the values. */
export function exifDateSegment(o: ExifDates): Uint8Array<ArrayBuffer> {
  type Field = { tag: number; type: number; data?: number[]; pointer?: number };
  const le = o.order === 'II';
  const w16 = (n: number) => (le ? u16(n).reverse() : u16(n));
  const w32 = (n: number) => (le ? u32(n).reverse() : u32(n));
  const text = (tag: number, s: string): Field => ({ tag, type: 2, data: [...bytesOf(s), 0] });
  const ifd0: Field[] = [];
  const exif: Field[] = [];
  const gps: Field[] = [];
  if (o.make !== undefined) ifd0.push(text(0x010f, o.make));
  if (o.dateTime !== undefined) ifd0.push(text(0x0132, o.dateTime));
  if (o.original !== undefined) exif.push(text(0x9003, o.original));
  if (o.digitized !== undefined) exif.push(text(0x9004, o.digitized));
  if (o.gps) gps.push(text(0x0001, 'N'), text(0x001d, '2001:01:01'));
  const size = (n: number) => (n ? 2 + n * 12 + 4 : 0);
  const exifAt = 8 + size(ifd0.length + (exif.length ? 1 : 0) + (gps.length ? 1 : 0));
  const gpsAt = exifAt + size(exif.length);
  if (exif.length) ifd0.push({ tag: 0x8769, type: 4, pointer: exifAt });
  if (gps.length) ifd0.push({ tag: 0x8825, type: 4, pointer: gpsAt });
  const dataAt = gpsAt + size(gps.length);
  const data: number[] = [];
  const ifd = (fields: Field[]): number[] => {
    if (!fields.length) return [];
    const out = [...w16(fields.length)];
    for (const f of fields) {
      out.push(...w16(f.tag), ...w16(f.type));
      if (!f.data) out.push(...w32(1), ...w32(f.pointer!));
      else if (f.data.length <= 4) out.push(...w32(f.data.length), ...f.data, ...new Array<number>(4 - f.data.length).fill(0));
      else {
        out.push(...w32(f.data.length), ...w32(dataAt + data.length));
        data.push(...f.data);
      }
    }
    return [...out, ...w32(0)];
  };
  const tiff = [...bytesOf(le ? 'II' : 'MM'), ...w16(42), ...w32(8), ...ifd(ifd0), ...ifd(exif), ...ifd(gps)];
  tiff.push(...data);
  const payload = [...bytesOf('Exif\0\0'), ...tiff];
  return new Uint8Array([0xff, 0xe1, ...u16(payload.length + 2), ...payload]);
}

/** A canvas JPEG with an EXIF segment of these dates straight after SOI, as a File. */
export async function datedPhoto(name: string, dates: ExifDates | null, width = 320, height = 240): Promise<File> {
  const jpeg = await canvasJpeg(width, height);
  const bytes = dates ? withSegments(jpeg, exifDateSegment(dates)) : jpeg;
  return new File([bytes], name, { type: 'image/jpeg' });
}
