import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { sampleCase } from '@opencasework/core/sample';
import type { CwChronology } from '../src/chronology.js';
import { timelineDrawingLoaded } from '../src/timeline/timeline-controller.js';
import { fetchesFromHere } from './fetches.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
// Counted from here on: a drawing imported statically would have been fetched already, and the second test would see
// no fetch.
const fetched = fetchesFromHere();
/** Module files fetched since whose path names the timeline's drawing, view or reading. */
const drawingFetched = () => fetched(/timeline-(drawing|view|reading)|lane-labels/);

// This file runs in a page of its own, so nothing has loaded the drawing when it starts (the tests run in order).
describe('<cw-chronology>: the timeline drawing loads on demand', function () {
  this.timeout(60_000);

  it('the table does not load it: its code is not fetched', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    await el.updateComplete;
    expect($(el, 'table')).not.to.equal(null);
    expect(timelineDrawingLoaded()).to.equal(false);
    expect(drawingFetched()).to.deep.equal([]);
  });

  it('choosing the timeline shows a busy "Loading the timeline…" status, then the drawing, with an entry revealed meanwhile focused', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    el.view = 'timeline';
    // The render itself (Lit renders in a microtask), not updateComplete: that waits for the drawing. No fetch can
    // finish within microtasks, so the placeholder is what is there.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const pending = $(el, '.timeline-pending');
    expect(pending, 'a placeholder while the drawing loads').not.to.equal(null);
    expect(pending!.getAttribute('aria-busy')).to.equal('true');
    expect(pending!.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Loading the timeline…');
    // A host moving to an entry before the drawing has loaded: the entry's marker gets focus once it is drawn.
    const id = sampleCase.chronology!.find((e) => e.significance === 'critical')!.id;
    void el.revealEntry(id);
    await el.updateComplete;
    expect($(el, 'svg.timeline'), 'drawn when updateComplete settles (a host can await it)').not.to.equal(null);
    await waitUntil(
      () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === id,
      'the revealed entry focused once drawn',
      { timeout: 10_000 },
    );
    expect(timelineDrawingLoaded()).to.equal(true);
    // The view itself is fetched now: had anything on the page imported it statically, it would have been fetched
    // before the count began (only the small re-exporting entry, timeline-drawing, would show here).
    expect(
      drawingFetched().some((n) => /timeline-view/.test(n)),
      drawingFetched().join(', '),
    ).to.equal(true);
    expect($(el, '.timeline-pending')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('svg.timeline .marker[data-id]').length).to.be.greaterThan(0);
  });

  it('once loaded, another chronology opening on the timeline draws it in its first render', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    el.view = 'timeline';
    for (let i = 0; i < 10; i++) await Promise.resolve(); // the render only, as above
    expect($(el, '.timeline-pending')).to.equal(null);
    expect($(el, 'svg.timeline')).not.to.equal(null);
  });
});
