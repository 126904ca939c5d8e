import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sampleBoard, hostileBoard } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwBlockageBoard } from '../src/blockage-board.js';

describe('<cw-blockage-board> with the sample board', function () {
  // axe over a whole board is slow in WebKit (WebDriver); the default 20 s is not enough there.
  this.timeout(60_000);
  it('renders every sample blockage, passes axe, and shows measures', async () => {
    const host = structuredClone(sampleBoard);
    const el = await fixture<CwBlockageBoard>(html`<cw-blockage-board .board=${host} editable actor="Sam"></cw-blockage-board>`);
    await el.updateComplete;
    const cards = el.shadowRoot!.querySelectorAll('article.card');
    expect(cards.length).to.equal(sampleBoard.blockages!.length);
    expect(el.shadowRoot!.querySelector('cw-error-summary')!.shadowRoot!.textContent.trim()).to.equal('');
    await expect(el).to.be.accessible();
    el.view = 'measures';
    await el.updateComplete;
    expect(el.measures.resolved).to.be.above(0);
    expect(el.shadowRoot!.querySelectorAll('.measures svg[role="img"]').length).to.equal(3);
    await expect(el).to.be.accessible();
    expect(host).to.deep.equal(sampleBoard);
  });

  it('renders hostile text as text and survives it', async () => {
    const el = await fixture<CwBlockageBoard>(html`<cw-blockage-board .board=${hostileBoard()} editable></cw-blockage-board>`);
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.querySelectorAll('article.card').length).to.be.at.least(2);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('script, img, iframe')).to.equal(null);
    for (const v of ['debrief', 'measures'] as const) {
      el.view = v;
      await el.updateComplete;
    }
    expect(el.toCsv().split('\r\n').length).to.be.at.least(3);
  });
});
