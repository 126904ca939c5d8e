// A photo added to a case is filed under the day it was taken (its EXIF DateTimeOriginal, read before the picture is
// re-encoded), not the day it was added: unless the camera's date is after today, before 1990, or not there.
import { expect } from '@open-wc/testing';
import { jpegSegments, metadataSegments } from '@opencasework/recording';
import { uploadFiles, type UploadResult } from '../src/upload.js';
import { canvasJpeg, contains, datedPhoto, exifDateSegment, withSegments } from '../../recording/test/jpeg-fixtures.js';
import { evansStore, pngBlob } from './evans.js';

const ref = { kind: 'case', id: 'evans-1' } as const;
const TODAY = '2025-07-15';

async function upload(files: File[]) {
  const { store } = await evansStore();
  const r: UploadResult = await uploadFiles(files, {
    store,
    caseId: 'evans-1',
    actor: 'Sam Patel',
    today: TODAY,
    untitled: 'Untitled document',
    commit: (c) => store.apply(ref, c),
  });
  expect(r.ok, r.ok ? '' : r.message).to.equal(true);
  const saved = (await store.load(ref))!.doc.documents!;
  const doc = (title: string) => saved.find((d) => d.title === title)!;
  const bytes = async (title: string) => new Uint8Array(await (await store.getAttachment(doc(title).attachmentId!))!.arrayBuffer());
  return { r, doc, bytes };
}

/** A JPEG whose EXIF segment is cut short inside its TIFF data (its length says so, so the picture still opens). */
async function cutExifPhoto(name: string): Promise<File> {
  const seg = exifDateSegment({ order: 'II', original: '2023:05:14 10:22:01' }).slice(0, 30);
  seg.set([0, seg.length - 2], 2);
  return new File([withSegments(await canvasJpeg(320, 240), seg)], name, { type: 'image/jpeg' });
}

describe('uploadFiles: a photo is filed under the day it was taken', () => {
  it('files a photo under its DateTimeOriginal, and the picture kept has no EXIF', async () => {
    const file = await datedPhoto(
      'scan-042.jpg',
      { order: 'II', gps: true, make: 'TestCam Phone', original: '2023:05:14 10:22:01' },
      640,
      480,
    );
    expect(contains(new Uint8Array(await file.arrayBuffer()), 'Exif'), 'the fixture has EXIF').to.equal(true);
    const { r, doc, bytes } = await upload([file]);
    expect(doc('scan-042.jpg')).to.include({ date: '2023-05-14', kind: 'photo', mediaType: 'image/jpeg' });
    expect(r.taken).to.deep.equal([doc('scan-042.jpg').id]);
    const kept = await bytes('scan-042.jpg');
    expect(jpegSegments(kept), 'still a JPEG').to.not.equal(null);
    expect(metadataSegments(kept), 'no APP1 (EXIF) segment').to.deep.equal([]);
    for (const word of ['Exif', 'TestCam', '2023:05:14', '2001:01:01']) expect(contains(kept, word), word).to.equal(false);
  });

  it('files a photo with only IFD0 DateTime (big-endian) under that day', async () => {
    const { doc } = await upload([await datedPhoto('old.jpg', { order: 'MM', dateTime: '2021:07:04 12:00:00' })]);
    expect(doc('old.jpg').date).to.equal('2021-07-04');
  });

  it('files under today: no EXIF, a cut-off EXIF, zeros, a PNG, a text file', async () => {
    const png = new File([await pngBlob()], 'drawing.png', { type: 'image/png' });
    const { r, doc } = await upload([
      await datedPhoto('plain.jpg', null),
      await cutExifPhoto('cut.jpg'),
      await datedPhoto('zeros.jpg', { order: 'MM', original: '0000:00:00 00:00:00' }),
      png,
      new File(['Minutes'], 'minutes.txt', { type: 'text/plain' }),
    ]);
    for (const title of ['plain.jpg', 'cut.jpg', 'zeros.jpg', 'drawing.png', 'minutes.txt']) expect(doc(title).date, title).to.equal(TODAY);
    expect(r.documents.map((d) => d.title)).to.deep.equal(['plain.jpg', 'cut.jpg', 'zeros.jpg', 'drawing.png', 'minutes.txt']);
    expect(r.taken).to.deep.equal([]);
  });

  it('keeps today when the camera’s date is after today or before 1990; today and 1 January 1990 are kept', async () => {
    const { r, doc } = await upload([
      await datedPhoto('tomorrow.jpg', { order: 'II', original: '2025:07:16 08:00:00' }),
      await datedPhoto('future.jpg', { order: 'MM', original: '2031:01:01 00:00:00' }),
      await datedPhoto('1989.jpg', { order: 'II', original: '1989:12:31 23:59:59' }),
      await datedPhoto('today.jpg', { order: 'II', original: '2025:07:15 23:59:59' }),
      await datedPhoto('1990.jpg', { order: 'MM', original: '1990:01:01 00:00:00' }),
    ]);
    expect(['tomorrow.jpg', 'future.jpg', '1989.jpg', 'today.jpg', '1990.jpg'].map((t) => doc(t).date)).to.deep.equal([
      TODAY,
      TODAY,
      TODAY,
      '2025-07-15',
      '1990-01-01',
    ]);
    expect(r.taken).to.deep.equal([doc('today.jpg').id, doc('1990.jpg').id]);
  });
});
