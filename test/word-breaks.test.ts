// No word is broken inside to make a column narrower ("Cat ego ry", "Reso urces"): tables and card grids size
// their columns by whole words. A word may still wrap at its own end like any other; only a word too long for a
// line on its own (a long id or address) may break.
import { expect, fixture, html } from '@open-wc/testing';
import '@opencasework/chronology/define';
import '@opencasework/blockage-board/define';
import { sampleCase, sampleBoard } from '@opencasework/core/sample';
import { settled } from './support/axe.js';

/** Words (of up to 12 letters, so short enough to fit any column) whose letters are drawn on more than one line. */
function brokenWords(root: ShadowRoot, selector: string): string[] {
  const out: string[] = [];
  for (const cell of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      for (const m of text.matchAll(/[A-Za-z]{2,12}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        // Empty rects are not letters: WebKit adds one at the end of the line before a word that follows a hyphen
        // break ("same-" / "day").
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`${m[0]} (in "${text.trim().slice(0, 80)}")`);
      }
    }
  }
  return out;
}

for (const width of [1280, 1920]) {
  describe(`no word broken inside at ${width} px`, function () {
    this.timeout(60_000);

    it('in the chronology table (headers and cells)', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><cw-chronology .bundle=${sampleCase}></cw-chronology></div>`,
      );
      const el = wrap.querySelector('cw-chronology')!;
      await settled(el);
      const broken = brokenWords(el.shadowRoot!, 'th, td');
      expect(broken.slice(0, 10)).to.deep.equal([]);
    });

    it('in the blockage board cards', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><cw-blockage-board .board=${sampleBoard} .now=${Date.parse('2026-11-30T12:00:00Z')}></cw-blockage-board></div>`,
      );
      const el = wrap.querySelector('cw-blockage-board')!;
      await settled(el);
      const broken = brokenWords(el.shadowRoot!, '.card');
      expect(broken.slice(0, 10)).to.deep.equal([]);
    });
  });
}
