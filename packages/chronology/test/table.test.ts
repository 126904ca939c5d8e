import { fixture, html, expect, oneEvent, aTimeout } from '@open-wc/testing';
import '../src/define.js';
import { sampleCase, makeChronology } from '@opencasework/core/sample';
import type { CaseBundle } from '@opencasework/core';
import { crafted } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const rowIds = (el: Element) => $$(el, 'tbody tr[data-event]').map((tr) => tr.dataset.event);
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Words (up to 12 letters, short enough for any column) whose letters are drawn on more than one line. */
function brokenWords(shadow: ShadowRoot, selector: string): string[] {
  const out: string[] = [];
  for (const cell of shadow.querySelectorAll<HTMLElement>(selector)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const m of node.data.matchAll(/[A-Za-z]{2,12}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        // WebKit adds an empty box at the end of the line before a word that follows a hyphen ("self-help"): not a break.
        const tops = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}

async function at(width: number, bundle: CaseBundle, view = 'table') {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><cw-chronology .bundle=${bundle} view=${view}></cw-chronology></div>`,
  );
  const el = wrap.querySelector('cw-chronology')!;
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
  return el;
}

describe('a table a person can read', function () {
  this.timeout(120_000);
  const bench = makeChronology(900);
  for (const width of [320, 480, 768, 1024, 1280, 1600, 1920]) {
    it(`breaks no word and never scrolls sideways at ${width} px (sample case and 900 entries)`, async () => {
      for (const bundle of [sampleCase, bench]) {
        const el = await at(width, bundle);
        expect(brokenWords(root(el), 'th, td').slice(0, 10), `${width}`).to.deep.equal([]);
        const scroll = $(el, '.scroll');
        expect(scroll.scrollWidth, `${width} px sideways`).to.be.at.most(scroll.clientWidth + 1);
      }
    });
  }

  it('moves the lower-priority columns into the row at middle widths', async () => {
    const wide = await at(1600, crafted());
    expect(getComputedStyle($(wide, 'th.low')).display).to.not.equal('none');
    expect(getComputedStyle($(wide, '.low-in-row')).display).to.equal('none');
    const middle = await at(900, crafted());
    expect(getComputedStyle($(middle, 'th.low')).display).to.equal('none');
    const row = $(middle, 'tr[data-event="e4"] .low-in-row');
    expect(getComputedStyle(row).display).to.equal('block');
    expect(row.textContent).to.contain('Impact on the child').and.contain('Jay saw the incident.').and.contain('Police');
  });

  it('shows an event recorded by several agencies as one row, naming them, with each agency’s words', async () => {
    const el = await at(1280, crafted());
    const row = $(el, 'tr[data-event="e4"]');
    expect(row.querySelector('.recorded-by')!.textContent).to.equal('Recorded by Police and Children’s Social Care');
    expect(row.querySelector('.sources')!.textContent).to.contain('Children’s Social Care').and.contain('Notification from police.');
  });

  it('shows the name, not the id, of the professional who recorded an entry', async () => {
    const b = crafted();
    b.chronology![0]!.recordedBy = 'sw1';
    const el = await at(1280, b);
    expect($(el, 'tr[data-event="e1"]').textContent).to.contain('Recorded by: Alex Green').and.not.contain('sw1');
  });

  it('lists newest first or oldest first, the choice kept in the filter state', async () => {
    const el = await at(1280, crafted());
    const oldest = rowIds(el);
    const select = $<HTMLSelectElement>(el, '#order');
    select.value = 'newest';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const ev = await oneEvent(el, 'cw-filter-change');
    expect(ev.detail.filters.order).to.equal('newest');
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal([...oldest].reverse());
    // Clearing the filters keeps the order; a host restores it with the rest of the state.
    el.filters = { ...el.filters, text: 'incident' };
    await el.updateComplete;
    $(el, '[data-action="clear"]').click();
    await el.updateComplete;
    expect(el.filters.order).to.equal('newest');
    // The court chronology numbers events in date order whichever end comes first.
    el.view = 'court';
    await el.updateComplete;
    await aTimeout(0);
    expect($$(el, 'tbody tr[data-event] td:first-child').map((td) => td.textContent.trim())).to.deep.equal(['4', '3', '2', '1']);
  });
});
