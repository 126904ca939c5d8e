import { expect } from '@open-wc/testing';
import { download, safeFileName } from '../src/index.js';

describe('safeFileName', () => {
  it('keeps letters in any script, digits, - and _; everything else becomes one -', () => {
    expect(safeFileName('Case C-123', 'chronology')).to.equal('Case-C-123-chronology');
    expect(safeFileName('Teulu Bryn Dŵr', 'ŷd')).to.equal('Teulu-Bryn-Dŵr-ŷd');
    expect(safeFileName('team_north', '2026-12-02')).to.equal('team_north-2026-12-02');
    expect(safeFileName('a  .. b')).to.equal('a-b');
  });

  it('defuses hostile names', () => {
    expect(safeFileName('../../etc/passwd')).to.equal('etc-passwd');
    expect(safeFileName('<script>alert(1)</script>')).to.equal('script-alert-1-script');
    expect(safeFileName('C:\\Windows\\system32')).to.equal('C-Windows-system32');
    expect(safeFileName('"quoted"; rm -rf *')).to.equal('quoted-rm-rf');
    expect(safeFileName('line\nbreak\u0000nul')).to.equal('line-break-nul');
    expect(safeFileName('CON')).to.equal('CON-file');
  });

  it('is never empty', () => {
    expect(safeFileName()).to.equal('download');
    expect(safeFileName('')).to.equal('download');
    expect(safeFileName('   ', '///', '...')).to.equal('download');
  });

  it('is at most 80 characters, cut on a whole character, with no dangling -', () => {
    const long = 'ŵ'.repeat(200);
    expect(Array.from(safeFileName(long)).length).to.equal(80);
    expect(safeFileName('x'.repeat(79), 'yyy')).to.equal('x'.repeat(79));
    expect(safeFileName('😀'.repeat(100)).length).to.be.at.most(160);
  });

  it('is idempotent (download() applies it again)', () => {
    for (const s of ['../../etc/passwd', 'Teulu Bryn Dŵr', 'x'.repeat(200), '', 'CON']) {
      expect(safeFileName(safeFileName(s))).to.equal(safeFileName(s));
    }
  });
});

describe('download', () => {
  // The stub is an own property of HTMLAnchorElement.prototype; deleting it brings back HTMLElement's click().
  afterEach(() => {
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  });

  function capture(): Array<{ name: string; href: string; parent: Node | null; hidden: boolean; rel: string }> {
    const clicks: Array<{ name: string; href: string; parent: Node | null; hidden: boolean; rel: string }> = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href, parent: this.parentNode, hidden: this.hidden, rel: this.rel });
    };
    return clicks;
  }

  it('clicks a hidden anchor with a safe name and a blob URL, then removes it', async () => {
    const clicks = capture();
    download('../../etc/passwd', 'csv', ['\ufeff', 'a,b\n'], 'text/csv;charset=utf-8');
    expect(clicks).to.have.length(1);
    const c = clicks[0]!;
    expect(c.name).to.equal('etc-passwd.csv');
    expect(c.href).to.match(/^blob:/);
    expect(c.parent).to.equal(document.body);
    expect(c.hidden).to.equal(true);
    expect(c.rel).to.equal('noopener');
    expect(document.querySelector('a[download]')).to.equal(null);
    const bytes = new Uint8Array(await (await fetch(c.href)).arrayBuffer());
    expect([...bytes]).to.deep.equal([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0a]); // the BOM kept, for Excel
  });

  it('takes a Blob as it is, puts the anchor in the given root, and cleans the extension', async () => {
    const clicks = capture();
    const root = document.createElement('div');
    document.body.append(root);
    const blob = new Blob(['<svg/>'], { type: 'image/svg+xml' });
    download('Teulu Dŵr <genogram>', '.SVG"', blob, 'ignored');
    download('', 'png', blob, 'image/png', root);
    expect(clicks.map((c) => c.name)).to.deep.equal(['Teulu-Dŵr-genogram.svg', 'download.png']);
    expect(clicks[1]!.parent).to.equal(root);
    expect(root.children.length).to.equal(0);
    expect(await (await fetch(clicks[0]!.href)).text()).to.equal('<svg/>');
    root.remove();
  });
});
