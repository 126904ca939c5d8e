import { expect } from '@open-wc/testing';
import { fileTitle, fitWithin, ImageError, reencodeImage } from '../src/image.js';
import { jpegSegments, jpegSize, metadataSegments } from '../src/jpeg-markers.js';
import { canvasJpeg, contains, exifGpsSegment, phonePhoto, withSegments, xmpSegment } from './jpeg-fixtures.js';

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

describe('reencodeImage: photos without leaks', () => {
  it('the fixture really carries EXIF with GPS and XMP (so the test below can fail)', async () => {
    const src = await bytes(await phonePhoto(600, 400));
    const meta = metadataSegments(src);
    expect(meta.map((s) => s.marker)).to.deep.equal([0xe1, 0xe1]);
    expect(meta[0]!.head.startsWith('Exif\0\0MM')).to.be.true;
    expect(meta[1]!.head.startsWith('http://ns.adobe.com/xap/1.0/')).to.be.true;
    expect(contains(src, 'TestCam Phone')).to.be.true;
    expect(contains(src, 'Jordan Evans')).to.be.true;
    // A browser still opens it: the segments are well formed.
    const bmp = await createImageBitmap(new Blob([src], { type: 'image/jpeg' }));
    expect([bmp.width, bmp.height]).to.deep.equal([600, 400]);
  });

  it('saves a 3000 x 1500 phone photo as 2048 x 1024 with no metadata segment and none of its words', async () => {
    const out = await reencodeImage(await phonePhoto(3000, 1500), { maxSide: 2048 });
    const saved = await bytes(out.image);
    expect(out.mediaType).to.equal('image/jpeg');
    expect(out.image.type).to.equal('image/jpeg');
    expect(jpegSegments(saved), 'still a JPEG').to.not.equal(null);
    expect(metadataSegments(saved), 'no APP1-APP15 or comment').to.deep.equal([]);
    for (const word of ['Exif', 'http://ns.adobe.com', 'xmpmeta', 'GPS', 'TestCam', 'Jordan Evans', 'Cardiff'])
      expect(contains(saved, word), word).to.be.false;
    expect(jpegSize(saved)).to.deep.equal({ width: 2048, height: 1024 });
    expect([out.width, out.height]).to.deep.equal([2048, 1024]);
  });

  it('makes a thumbnail of at most 320 px, also without metadata', async () => {
    const out = await reencodeImage(await phonePhoto(1200, 1600));
    const thumb = await bytes(out.thumbnail);
    expect(jpegSize(thumb)).to.deep.equal({ width: 240, height: 320 });
    expect(metadataSegments(thumb)).to.deep.equal([]);
    expect(jpegSize(await bytes(out.image))).to.deep.equal({ width: 1200, height: 1600 });
  });

  it('never enlarges a small picture', async () => {
    const out = await reencodeImage(new Blob([withSegments(await canvasJpeg(300, 200), xmpSegment())], { type: 'image/jpeg' }));
    expect([out.width, out.height]).to.deep.equal([300, 200]);
    expect(metadataSegments(await bytes(out.image))).to.deep.equal([]);
  });

  it('refuses a file that is not a picture, in plain words', async () => {
    let error: unknown;
    try {
      await reencodeImage(new Blob([exifGpsSegment()], { type: 'image/jpeg' }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ImageError);
    expect((error as ImageError).kind).to.equal('not-an-image');
  });

  it('fitWithin keeps proportions', () => {
    expect(fitWithin(4032, 3024, 2048)).to.deep.equal({ width: 2048, height: 1536 });
    expect(fitWithin(100, 5000, 2048)).to.deep.equal({ width: 41, height: 2048 });
  });
});

describe('fileTitle: hostile file names are text only', () => {
  it('drops folders, control, direction and zero-width characters, and keeps markup as plain text', () => {
    expect(fileTitle('../../etc/passwd', 'Photo')).to.equal('passwd');
    expect(fileTitle('C:\\Users\\x\\drawing.png', 'Photo')).to.equal('drawing.png');
    expect(fileTitle('photo\u202Egpj.exe', 'Photo')).to.equal('photogpj.exe');
    expect(fileTitle('a\u0000b\u200Bc\r\nd', 'Photo')).to.equal('abc d');
    expect(fileTitle('<img src=x onerror=alert(1)>.jpg', 'Photo')).to.equal('<img src=x onerror=alert(1)>.jpg');
    expect(fileTitle('\u202E\u200B  ', 'Photo')).to.equal('Photo');
    expect(fileTitle('x'.repeat(500), 'Photo')).to.have.length(200);
  });
});
