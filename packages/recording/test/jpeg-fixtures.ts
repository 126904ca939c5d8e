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
