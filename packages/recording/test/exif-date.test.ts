// The day a photo was taken, read from its EXIF before the picture is re-encoded (which drops EXIF on purpose). The
// JPEGs are real (drawn on a canvas) with an EXIF segment written by hand after SOI, in both byte orders.
import { expect } from '@open-wc/testing';
import { dateTakenFromExif, readDateTaken } from '../src/exif-date.js';
import { reencodeImage } from '../src/image.js';
import { metadataSegments } from '../src/jpeg-markers.js';
import { canvasJpeg, contains, datedPhoto, exifDateSegment, withSegments, type ExifDates } from './jpeg-fixtures.js';

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const jpegWith = async (dates: ExifDates) => withSegments(await canvasJpeg(64, 48), exifDateSegment(dates));

describe('readDateTaken: the day a photo was taken, from its EXIF', () => {
  it('reads DateTimeOriginal from the Exif IFD, big-endian (MM) and little-endian (II)', async () => {
    for (const order of ['MM', 'II'] as const) {
      const file = await datedPhoto('IMG_0001.jpg', {
        order,
        make: 'TestCam Phone',
        dateTime: '2024:01:02 08:00:00',
        original: '2023:05:14 10:22:01',
        digitized: '2023:05:15 09:00:00',
      });
      expect(await readDateTaken(file), order).to.equal('2023-05-14');
      expect(await readDateTaken(await file.arrayBuffer()), `${order}, as an ArrayBuffer`).to.equal('2023-05-14');
    }
  });

  it('falls back to DateTimeDigitized, then to IFD0 DateTime', async () => {
    expect(dateTakenFromExif(await jpegWith({ order: 'II', digitized: '2022:11:30 23:59:59', dateTime: '2024:01:02 08:00:00' }))).to.equal(
      '2022-11-30',
    );
    expect(dateTakenFromExif(await jpegWith({ order: 'MM', dateTime: '2021:07:04 12:00:00' }))).to.equal('2021-07-04');
    expect(dateTakenFromExif(await jpegWith({ order: 'II', dateTime: '2021:07:04 12:00:00' }))).to.equal('2021-07-04');
    // A DateTimeOriginal that says nothing gives way to the next.
    expect(dateTakenFromExif(await jpegWith({ original: '0000:00:00 00:00:00', dateTime: '2021:07:04 12:00:00' }))).to.equal('2021-07-04');
  });

  it('reads nothing else: a GPS IFD with a date stamp is not a date taken', async () => {
    const bytes = await jpegWith({ order: 'MM', make: 'TestCam Phone', gps: true });
    expect(contains(bytes, '2001:01:01'), 'the fixture has a GPS date stamp').to.equal(true);
    expect(dateTakenFromExif(bytes)).to.equal(undefined);
    expect(dateTakenFromExif(await jpegWith({ order: 'II', gps: true, original: '2023:05:14 10:22:01' }))).to.equal('2023-05-14');
  });

  it('gives undefined for a JPEG without EXIF, a PNG, text and nothing', async () => {
    expect(await readDateTaken(await datedPhoto('plain.jpg', null))).to.equal(undefined);
    const png = await new Promise<Blob>((r) => {
      const c = document.createElement('canvas');
      c.width = c.height = 8;
      c.getContext('2d')!.fillRect(0, 0, 8, 8);
      c.toBlob((b) => r(b!), 'image/png');
    });
    expect(await readDateTaken(png)).to.equal(undefined);
    expect(await readDateTaken(new Blob(['2023:05:14 10:22:01'], { type: 'text/plain' }))).to.equal(undefined);
    expect(await readDateTaken(new Blob([]))).to.equal(undefined);
    expect(dateTakenFromExif(new ArrayBuffer(0))).to.equal(undefined);
    expect(dateTakenFromExif(new Uint8Array([0xff, 0xd8]))).to.equal(undefined);
  });

  it('gives undefined for dates that are no dates: zeros, blanks, spaces, impossible days, other words', async () => {
    for (const original of [
      '0000:00:00 00:00:00',
      '',
      '    :  :     :  :  ',
      '2023:02:30 10:00:00',
      '2023:13:01 10:00:00',
      '2023:00:10 10:00:00',
      'yesterday',
      '2023:5:14 10:22:01',
    ])
      expect(dateTakenFromExif(await jpegWith({ order: 'II', original })), JSON.stringify(original)).to.equal(undefined);
    expect(dateTakenFromExif(await jpegWith({ order: 'MM', original: '2024:02:29 10:00:00' })), 'a leap day').to.equal('2024-02-29');
    expect(dateTakenFromExif(await jpegWith({ order: 'MM', original: '2023:02:29 10:00:00' })), 'not a leap year').to.equal(undefined);
  });

  it('never throws on a cut-off file: every prefix gives the date or undefined', async () => {
    const seg = exifDateSegment({ order: 'MM', make: 'TestCam Phone', gps: true, original: '2023:05:14 10:22:01' });
    const whole = withSegments(await canvasJpeg(64, 48), seg);
    const segmentEnd = 2 + seg.length;
    // Cut anywhere inside the segment: nothing; the whole segment there: the date.
    const wrong: string[] = [];
    for (let n = 0; n <= segmentEnd + 20; n++) {
      const day = dateTakenFromExif(whole.slice(0, n));
      if (day !== (n < segmentEnd ? undefined : '2023-05-14')) wrong.push(`${n}: ${day}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('never throws on a damaged segment: offsets past the end, huge counts, a wrong byte order mark, random bytes', async () => {
    const seg = exifDateSegment({ order: 'MM', original: '2023:05:14 10:22:01' });
    const tiff = 10; // FF E1, length, "Exif\0\0"
    const damaged = (edit: (s: Uint8Array) => void) => {
      const s = seg.slice();
      edit(s);
      return withSegments(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), s);
    };
    // The first IFD past the end of the segment; its entry count 65,535; the Exif IFD pointer past the end; not "MM" or "II"; not 42.
    expect(dateTakenFromExif(damaged((s) => s.set([0x7f, 0xff, 0xff, 0xff], tiff + 4)))).to.equal(undefined);
    expect(dateTakenFromExif(damaged((s) => s.set([0xff, 0xff], tiff + 8)))).to.equal(undefined);
    expect(dateTakenFromExif(damaged((s) => s.set([0x00, 0x01, 0x00, 0x00], tiff + 8 + 2 + 8)))).to.equal(undefined);
    expect(dateTakenFromExif(damaged((s) => s.set([0x4d, 0x49], tiff)))).to.equal(undefined);
    expect(dateTakenFromExif(damaged((s) => s.set([0x00, 0x2b], tiff + 2)))).to.equal(undefined);
    // A segment length longer than the file.
    expect(dateTakenFromExif(damaged((s) => s.set([0xff, 0xff], 2)))).to.equal(undefined);
    // The segment as it is, with a JPEG around it: the date (so the edits above are what made the difference).
    expect(dateTakenFromExif(damaged(() => undefined))).to.equal('2023-05-14');
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 8) & 0xff;
    for (let i = 0; i < 300; i++) {
      const r = damaged((s) => {
        for (let k = 0; k < 4; k++) s[4 + (random() % (s.length - 4))] = random();
      });
      const day = dateTakenFromExif(r);
      expect(day === undefined || /^\d{4}-\d{2}-\d{2}$/.test(day), String(day)).to.equal(true);
    }
  });

  it('reads only the start of a large file', async () => {
    const jpeg = await jpegWith({ order: 'II', original: '2023:05:14 10:22:01' });
    const big = new Blob([jpeg, new Uint8Array(4_000_000)], { type: 'image/jpeg' });
    const slices: number[] = [];
    const slice = big.slice.bind(big);
    big.slice = (start?: number, end?: number, type?: string) => (slices.push((end ?? big.size) - (start ?? 0)), slice(start, end, type));
    expect(await readDateTaken(big)).to.equal('2023-05-14');
    expect(slices.length).to.equal(1);
    expect(slices[0]).to.be.at.most(128 * 1024);
  });
});

describe('reencodeImage: the day taken read before the EXIF is dropped', () => {
  it('returns takenOn from the original and saves a picture with no EXIF', async () => {
    const out = await reencodeImage(
      await datedPhoto('IMG_0002.jpg', { order: 'II', gps: true, original: '2023:05:14 10:22:01' }, 640, 480),
    );
    expect(out.takenOn).to.equal('2023-05-14');
    const saved = await bytesOf(out.image);
    expect(metadataSegments(saved)).to.deep.equal([]);
    for (const word of ['Exif', '2023:05:14', '2001:01:01']) expect(contains(saved, word), word).to.equal(false);
  });

  it('has no takenOn for a picture without a date', async () => {
    expect((await reencodeImage(await datedPhoto('plain.jpg', null))).takenOn).to.equal(undefined);
    expect((await reencodeImage(await datedPhoto('zeros.jpg', { original: '0000:00:00 00:00:00' }))).takenOn).to.equal(undefined);
  });
});
