import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { CaseBundle, ChronologyEntry } from '@opencasework/core';
import type { CwChronology } from '../src/chronology.js';
import { crafted } from './fixtures.js';
import { loadTimelineDrawing } from '../src/index.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const drawnIds = (el: Element) => $$(el, 'svg.timeline .marker[data-id]').map((m) => m.getAttribute('data-id')!);

/**
 * A realistic long case: 600 routine and notable entries (phone calls, visits, school reports) from five agencies
 * over eight years, and eight that matter: six significant, two critical. A plan closed by a closure entry, and one
 * still open.
 */
function longCase(): CaseBundle {
  const b = crafted();
  const agencies = ['sc', 'pol', 'hv', 'sch', 'hou'];
  const routine: ChronologyEntry[] = [];
  for (let i = 0; i < 600; i++) {
    const day = new Date(Date.UTC(2017, 0, 3) + i * 4.8 * 86_400_000).toISOString().slice(0, 10);
    routine.push({
      id: `r${i}`,
      date: day,
      title: i % 3 ? 'Phone call with mother' : 'Home visit',
      category: i % 3 ? 'contact' : 'visit',
      significance: i % 7 ? 'routine' : 'notable',
      sourceAgencyId: agencies[i % 5]!,
      subjectIds: ['jay'],
    });
  }
  const key: [string, string, 'significant' | 'critical'][] = [
    ['k1', '2017-05-02', 'significant'],
    ['k2', '2018-02-11', 'critical'],
    ['k3', '2019-07-19', 'significant'],
    ['k4', '2020-11-30', 'significant'],
    ['k5', '2021-03-08', 'significant'],
    ['k6', '2022-09-14', 'critical'],
    ['k7', '2023-06-01', 'significant'],
    ['k8', '2024-10-21', 'significant'],
  ];
  const keyEntries: ChronologyEntry[] = key.map(([id, date, significance]) => ({
    id,
    date,
    title: `Serious incident ${id}`,
    category: 'incident',
    significance,
    sourceAgencyId: 'pol',
    subjectIds: ['jay'],
  }));
  const plans: ChronologyEntry[] = [
    {
      id: 'p-closed',
      date: '2018-03-01',
      title: 'Child in need plan',
      category: 'plan',
      significance: 'notable',
      sourceAgencyId: 'sc',
      subjectIds: ['jay'],
    },
    {
      id: 'p-close',
      date: '2019-01-15',
      title: 'Child in need plan ended; case closed',
      category: 'closure',
      significance: 'notable',
      sourceAgencyId: 'sc',
      subjectIds: ['jay'],
    },
    {
      id: 'p-open',
      date: '2024-02-01',
      title: 'Child protection plan',
      category: 'plan',
      significance: 'significant',
      sourceAgencyId: 'sc',
      subjectIds: ['jay'],
    },
  ];
  return { ...b, chronology: [...routine, ...keyEntries, ...plans] };
}

async function timeline(bundle: CaseBundle, width = 1280) {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><cw-chronology .bundle=${bundle} view="timeline"></cw-chronology></div>`,
  );
  const el = wrap.querySelector<CwChronology>('cw-chronology')!;
  await el.updateComplete;
  // Drawn at the size it is shown once the element has measured its width (a ResizeObserver report, then a frame).
  await waitUntil(() => drawnAtWidth(el), 'the timeline drawn at its width', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

/** The timeline is drawn at the element's own width (its viewBox is that many units wide). */
function drawnAtWidth(el: CwChronology): boolean {
  const svg = root(el).querySelector<SVGSVGElement>('svg.timeline');
  return !!svg && Math.abs(svg.viewBox.baseVal.width - Math.max(240, el.clientWidth - 2)) < 3;
}

describe('a timeline that shows what matters at first sight', function () {
  this.timeout(60_000);
  const keyIds = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'p-open'];

  for (const width of [320, 1280, 1920]) {
    it(`draws every significant and critical event as a marker over the density bars at ${width} px`, async () => {
      const el = await timeline(longCase(), width);
      expect($$(el, 'path.density').length).to.be.greaterThan(0); // 600+ entries: density
      const drawn = drawnIds(el);
      for (const id of keyIds) expect(drawn, id).to.include(id);
      // Markers come after the bars in the drawing, so they are painted above them.
      // Drawn at the size it is shown (once the element has measured its width): its 12 px labels stay 12 CSS px.
      await waitUntil(() => drawnAtWidth(el), 'width', { timeout: 10_000 });
      const svgEl = $<SVGSVGElement>(el, 'svg.timeline');
      const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
      const label = $(el, 'svg.timeline .tick-label');
      expect(parseFloat(getComputedStyle(label).fontSize) * scale).to.be.at.least(11.99);
      const all = [...svgEl.querySelectorAll('path.density, .marker[data-id]')];
      expect(all.findIndex((n) => n.matches('.marker'))).to.be.greaterThan(all.findIndex((n) => n.matches('path.density')));
    });
  }

  it('keeps them drawn when zoomed in, and a marker is told apart by its shape as well as its colour', async () => {
    const el = await timeline(longCase());
    $(el, '[data-action="zoom-in"]').click();
    await el.updateComplete;
    const inView = $$(el, 'svg.timeline .marker[data-id]').filter((m) => m.matches('.sig-critical, .sig-significant'));
    expect(inView.length).to.be.greaterThan(0);
    expect($$(el, 'svg.timeline .marker.sig-critical .shape').every((s) => s.tagName === 'path')).to.equal(true);
    expect($$(el, 'svg.timeline .marker.sig-significant .shape').every((s) => s.tagName === 'rect')).to.equal(true);
  });

  it('draws a plan closed by a closure entry as ended, and only a plan nothing ends as ongoing', async () => {
    const el = await timeline(longCase());
    const bands = $$(el, 'svg.timeline rect.band');
    const titles = bands.map((b) => `${b.querySelector('title')!.textContent} ${b.classList.contains('open') ? 'open' : 'ended'}`);
    expect(titles).to.deep.equal([
      '1 Mar 2018 – ended 15 Jan 2019: Child in need plan ended',
      '1 Feb 2024 – ongoing: Child protection plan open',
    ]);
  });

  it('fits the axis to the date filter', async () => {
    const el = await timeline(longCase());
    el.filters = { ...el.filters, from: '2020', to: '2020' };
    await el.updateComplete;
    const text = $(el, '.timeline .counts').textContent;
    const years = [...text.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
    expect(Math.min(...years)).to.be.at.least(2019);
    expect(Math.max(...years)).to.be.at.most(2021);
    expect($$(el, '.tick-label').some((t) => /2020/.test(t.textContent))).to.equal(true);
  });

  it('reads the key events, newest first, one action away, and goes back to one on the timeline', async () => {
    const el = await timeline(longCase());
    $(el, '[data-action="key-events"]').click();
    await el.updateComplete;
    const items = $$(el, '.key-events li button').map((b) => b.dataset.keyEvent);
    expect(items).to.deep.equal(['k8', 'p-open', 'k7', 'k6', 'k5', 'k4', 'k3', 'k2', 'k1']);
    $(el, '[data-key-event="k3"]').click();
    await el.updateComplete;
    // Back to the drawing, then focus on that event's marker once it is drawn.
    await waitUntil(() => root(el).activeElement?.getAttribute('data-id') === 'k3', 'focus on the marker of k3', { timeout: 10_000 });
    await el.updateComplete;
    expect($(el, '.key-events')).to.equal(null);
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('k3');
  });

  it('jumps to a typed date from the keyboard, and refuses one that is not a date', async () => {
    const el = await timeline(longCase());
    const input = $<HTMLInputElement>(el, '#timeline-jump');
    input.value = '2021-03';
    input.form!.requestSubmit();
    await el.updateComplete;
    // The view moves to that date, then focus goes to the event there once its marker is drawn.
    await waitUntil(() => !!root(el).activeElement?.getAttribute('data-id'), 'focus on a marker', { timeout: 10_000 });
    await el.updateComplete;
    expect($(el, '.timeline .counts').textContent).to.match(/Feb 2021 to .*Apr 2021/);
    const active = root(el).activeElement;
    expect(active?.getAttribute('data-id')).to.be.a('string');
    input.value = 'March';
    input.form!.requestSubmit();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('draws its first render at the width it is shown at, not at a guess corrected a frame later', async () => {
    await loadTimelineDrawing();
    const wrap = document.createElement('div');
    wrap.style.width = '500px';
    document.body.append(wrap);
    try {
      const el = document.createElement('cw-chronology');
      el.bundle = longCase();
      el.view = 'timeline';
      wrap.append(el);
      // The first update, before any frame (a ResizeObserver report comes a frame later at the earliest).
      await el.updateComplete;
      expect($<SVGSVGElement>(el, 'svg.timeline').viewBox.baseVal.width).to.equal(498);
    } finally {
      wrap.remove();
    }
  });

  it('is accessible (axe) with the key events reading open', async () => {
    const el = await timeline(longCase());
    $(el, '[data-action="key-events"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
