import { fixture, html, expect, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@opencasework/core/define';
import '../src/define.js';
import { sampleCase, makeChronology } from '@opencasework/core/sample';
import type { CwCase } from '@opencasework/core';
import type { CwChronology } from '../src/chronology.js';
import { buildModel } from '../src/model.js';
import { mergeSameEvents } from '../src/merge.js';
import { crafted } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const rowIds = (el: Element) => $$(el, 'tbody tr[data-event]').map((tr) => tr.dataset.event);
const counts = (el: Element) => $(el, '.counts').textContent.replace(/\s+/g, ' ').trim();
async function render(bundle: unknown = crafted(), extra: Partial<CwChronology> = {}) {
  const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${bundle}></cw-chronology>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}
function countNodes(node: Node): number {
  let n = 0;
  const walk = (r: Node) => {
    for (const c of (r as ParentNode).querySelectorAll?.('*') ?? []) {
      n++;
      if (c.shadowRoot) walk(c.shadowRoot);
    }
  };
  walk(node);
  return n;
}

describe('<cw-chronology> rendering', () => {
  it('renders the crafted case as a table with the guidance columns, ages and honest dates', async () => {
    const el = await render();
    const headers = $$(el, 'thead th').map((th) => th.textContent.trim());
    expect(headers).to.deep.equal([
      'Date',
      'What happened',
      'Source',
      'Impact on the child',
      'Action taken / outcome',
      'Category',
      'Significance',
      'Who it is about',
    ]);
    // e3 and e4 (police and social care, same day, same category, similar title) are one event.
    expect(rowIds(el)).to.deep.equal(['e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
    const moved = $(el, 'tr[data-event="e2"]');
    expect(moved.querySelector('td.date')!.textContent).to.contain('c. 2019').and.contain('Jay Smith: c. 4');
    expect($(el, 'tr[data-event="e8"] td.date').textContent).to.contain('5 Jan 2021 – 30 Sep 2021');
    expect(counts(el)).to.contain('Showing 9 of 9 entries').and.contain('8 events');
    expect($(el, 'table').getAttribute('aria-rowcount')).to.equal('9');
  });

  it('lists the sources of a merged event and links to an original only over http(s)', async () => {
    const el = await render();
    const merged = $(el, 'tr[data-event="e4"]');
    expect(merged.textContent).to.contain('2 agencies recorded this event').and.contain('Domestic abuse incident');
    const links = [...merged.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://police.example/records/N-1']);
    expect(merged.textContent).to.contain('Mosaic record M-7');
  });

  it('keeps two happenings apart that share only a child’s name (the element gives the grouping the case’s names)', async () => {
    const b = crafted();
    b.chronology = [
      {
        id: 'n1',
        date: '2022-05-05',
        title: 'Jay Smith hit by a classmate',
        category: 'education',
        significance: 'notable',
        sourceAgencyId: 'sch',
      },
      { id: 'n2', date: '2022-05-05', title: 'Jay Smith missing', category: 'missing', significance: 'significant', sourceAgencyId: 'pol' },
    ];
    const el = await render(b);
    expect(rowIds(el)).to.have.members(['n1', 'n2']);
  });

  it("shows the family's account beside a disputed entry", async () => {
    const el = await render();
    const row = $(el, 'tr[data-event="e7"]');
    expect(row.querySelector('.tag.disputed')!.textContent).to.equal('Disputed');
    expect(row.querySelector('.family .theirs')!.textContent).to.contain("The family's account").and.contain('new tenancy');
  });

  it('notes a "no information" gap in the table', async () => {
    const el = await render();
    expect($(el, 'tr[data-event="e2"] .gap-note').textContent).to.contain('No information for 1301 days');
  });

  it('renders the sample case: every event accounted for, virtualised, with table semantics', async () => {
    const el = await render(sampleCase);
    const model = buildModel(sampleCase);
    // Grouped as the element groups them (with the people's names: the 6 May 2023 assault and its injury are one event).
    const events = mergeSameEvents(model.rows, { names: model.names, ownNames: model.ownNames });
    expect(counts(el)).to.contain(`Showing ${model.rows.length} of ${model.rows.length} entries`);
    expect($(el, 'table').getAttribute('aria-rowcount')).to.equal(String(events.length + 1));
    const rendered = $$(el, 'tbody tr[data-event]');
    expect(rendered.length).to.be.greaterThan(3).and.lessThan(events.length);
    expect(rendered[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(rendered[0]!.dataset.event).to.equal(events[0]!.id);
    expect($$(el, 'cw-error-summary').length).to.equal(1);
    expect(root($(el, 'cw-error-summary')).querySelector('.summary')).to.equal(null);
  });

  it('scrolls the virtualised table to later rows, always rendering the rows in view', async () => {
    const el = await render(sampleCase);
    const scroller = $(el, '.scroll');
    for (const top of [4000, 12000]) {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      const view = scroller.getBoundingClientRect();
      const rows = () => $$(el, 'tbody tr[data-event]');
      // Some rendered row covers the middle of the visible area (no blank gap where rows should be).
      const middle = view.top + view.height / 2;
      const covered = () =>
        rows().some((r) => {
          const b = r.getBoundingClientRect();
          return b.top <= middle && b.bottom >= middle;
        });
      // The rows are measured and rendered again after the scroll (and after a width the element measures later).
      await waitUntil(() => Number(rows()[0]?.getAttribute('aria-rowindex')) > 2 && covered(), `the rows in view at ${top} px rendered`, {
        timeout: 10_000,
      });
      await el.updateComplete;
      expect(Number(rows()[0]!.getAttribute('aria-rowindex'))).to.be.greaterThan(2);
      expect(covered()).to.equal(true);
    }
  });

  it('keeps the DOM small with 10,000 entries', async () => {
    const el = await render(makeChronology(10_000));
    expect(counts(el)).to.contain('Showing 10000 of 10000 entries');
    expect(countNodes(root(el))).to.be.lessThan(1000);
    el.view = 'timeline';
    await el.updateComplete;
    expect(countNodes(root(el))).to.be.lessThan(1000);
  });

  it('is accessible (axe) in the table, timeline and court views', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    el.view = 'timeline';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.view = 'court';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible with the filters and patterns panels open', async () => {
    const el = await render(sampleCase);
    $(el, 'details.more summary').click();
    $(el, 'details.patterns summary').click();
    await waitUntil(
      () => $$(el, '.findings > li').length > 0 && $$(el, 'details.more input[type="checkbox"]').length > 20,
      'filters and findings shown',
      { timeout: 10_000 },
    );
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 CSS px (400% zoom): rows become cards, nothing scrolls sideways', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><cw-chronology .bundle=${crafted()}></cw-chronology></div>`);
    const el = wrap.querySelector('cw-chronology')!;
    await el.updateComplete;
    await aTimeout(50);
    expect(getComputedStyle($(el, 'tbody tr[data-event]')).display).to.equal('block');
    expect($(el, 'table').getAttribute('role')).to.equal('table');
    expect(el.scrollWidth).to.be.at.most(321);
    expect($(el, '.scroll').scrollWidth).to.be.at.most($(el, '.scroll').clientWidth + 1);
    el.view = 'timeline';
    await el.updateComplete;
    // Drawn at its own width once the element has measured it (a ResizeObserver report, then a frame).
    await waitUntil(
      () => Math.abs(($<SVGSVGElement>(el, 'svg.timeline')?.viewBox.baseVal.width ?? 0) - Math.max(240, el.clientWidth - 2)) < 3,
      'the timeline drawn at 320 px',
      { timeout: 10_000 },
    );
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(321);
  });

  it('shows an empty state', async () => {
    const b = crafted();
    b.chronology = [];
    const el = await render(b);
    expect($(el, '.empty').textContent).to.contain('no chronology entries');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh where the page does', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="cy"><cw-chronology .bundle=${crafted()}></cw-chronology></div>`);
    const el = wrap.querySelector('cw-chronology')!;
    await el.updateComplete;
    expect($$(el, 'thead th').map((th) => th.textContent.trim())[0]).to.equal('Dyddiad');
    expect($(el, 'tr[data-event="e2"] td.date').textContent).to.contain('tua 2019');
    expect(counts(el)).to.contain('Yn dangos 9 o 9');
  });
});

describe('<cw-chronology> filters', () => {
  it('searches, highlights matches, counts what is hidden and reports the full filter state', async () => {
    const el = await render();
    const input = $<HTMLInputElement>(el, '#search');
    input.value = 'cut lip';
    setTimeout(() => input.dispatchEvent(new Event('input')));
    const ev = await oneEvent(el, 'cw-filter-change');
    expect(ev.detail.filters).to.deep.equal({
      agencies: [],
      categories: [],
      significances: [],
      people: [],
      from: '',
      to: '',
      text: 'cut lip',
      significantOnly: false,
    });
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['e3']);
    expect($$(el, 'mark').map((m) => m.textContent)).to.deep.equal(['cut', 'lip']);
    expect(counts(el)).to.contain('Showing 1 of 9 entries').and.contain('8 hidden by filters');
  });

  it('shows significant and critical only in one action', async () => {
    const el = await render();
    $<HTMLInputElement>(el, '#sig-only').click();
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['e3', 'e6', 'e7', 'e8']);
    expect(el.filters.significantOnly).to.equal(true);
    $(el, '[data-action="clear"]').click();
    await el.updateComplete;
    expect(rowIds(el)).to.have.length(8);
  });

  for (const [key, value, expected] of [
    ['agencies', 'pol', ['e3']],
    ['categories', 'visit', ['e9']],
    ['significances', 'critical', ['e8']],
    ['people', 'mia', ['e4', 'e6', 'e7', 'e8', 'e9']],
  ] as const) {
    it(`filters by ${key} through its checkbox`, async () => {
      const el = await render();
      $(el, 'details.more summary').click();
      await aTimeout(20);
      await el.updateComplete;
      const box = $$<HTMLInputElement>(el, `input[data-filter="${key}"]`).find((b) => b.value === value)!;
      setTimeout(() => box.click());
      const ev = await oneEvent(el, 'cw-filter-change');
      expect(ev.detail.filters[key]).to.deep.equal([value]);
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(expected);
    });
  }

  it('filters by a date range and refuses a malformed date', async () => {
    const el = await render();
    $(el, 'details.more summary').click();
    await aTimeout(20);
    await el.updateComplete;
    const from = $<HTMLInputElement>(el, '#date-from');
    from.value = '2021';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['e8', 'e9']);
    from.value = '14/3/2021';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(el.filters.from).to.equal('2021');
  });

  it('applies a filter state the host sets', async () => {
    const el = await render(crafted(), {
      filters: { agencies: ['sc'], categories: [], significances: [], people: [], from: '', to: '', text: '', significantOnly: true },
    });
    expect(rowIds(el)).to.deep.equal(['e7', 'e8']);
  });
});

describe('<cw-chronology> timeline', () => {
  it('draws lanes, periods, gaps and a legend', async () => {
    const el = await render(crafted(), { view: 'timeline' });
    expect($$(el, 'svg.timeline .lane-label').length).to.equal(5);
    expect($$(el, 'svg.timeline .band').length).to.equal(1);
    expect($$(el, 'svg.timeline rect.gap').length).to.equal(1);
    // Issue 13: the key also shows a period still open (dashed), apart from one that ended.
    expect($$(el, '.legend li').length).to.equal(8);
    $(el, '[data-lanes="child"]').click();
    await el.updateComplete;
    expect($$(el, 'svg.timeline .lane-label title').map((t) => t.textContent)).to.deep.equal([
      'Jay Smith',
      'Mia Smith',
      'Others and the whole family',
    ]);
  });

  it('moves between markers in date order with the arrow keys, each named by date, title and agency', async () => {
    const el = await render(crafted(), { view: 'timeline' });
    const first = $<SVGGElement>(el, '.marker[tabindex="0"]');
    expect(first.getAttribute('aria-label')).to.equal('10 Jun 2015: Jay born. Health Visiting. Notable.');
    expect($$(el, '.marker[tabindex="0"]')).to.have.length(1);
    first.focus();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await aTimeout(10);
      names.push((root(el).activeElement as Element).getAttribute('aria-label')!);
    }
    // Issue 13: the timeline works on events: the incident police and children's services both recorded is one marker.
    expect(names).to.deep.equal([
      'c. 2019: Family moved to the area. Housing. Routine.',
      '14 Mar 2020: Domestic abuse incident at home. Police and Children’s Social Care. Significant.',
      'May 2020: School concern about Jay’s attendance. Oak Primary School. Notable.',
    ]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await aTimeout(10);
    expect((root(el).activeElement as Element).getAttribute('data-id')).to.equal('e9');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await aTimeout(10);
    expect((root(el).activeElement as Element).getAttribute('data-id')).to.equal('e8');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'cw-select');
    expect(ev.detail.selection).to.deep.equal({ kind: 'entry', id: 'e8', related: ['jay', 'mia'] });
  });

  it("an entry selected elsewhere becomes the timeline's tab stop, without taking focus", async () => {
    const el = await render(crafted(), { view: 'timeline' });
    el.selection = { kind: 'entry', id: 'e8', related: ['jay', 'mia'] };
    await el.updateComplete;
    await el.updateComplete;
    await aTimeout(10);
    expect($$(el, '.marker[tabindex="0"]').map((m) => m.getAttribute('data-id'))).to.deep.equal(['e8']);
    expect(root(el).activeElement).to.equal(null);
  });

  it('zooms from decades to days', async () => {
    const el = await render(crafted(), { view: 'timeline' });
    const labels = () => $$(el, '.tick-label').map((t) => t.textContent);
    expect(labels().every((l) => /^\d{4}$/.test(l))).to.equal(true);
    for (let i = 0; i < 12; i++) {
      $(el, '[data-action="zoom-in"]').click();
      await el.updateComplete;
    }
    expect(labels().some((l) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(l))).to.equal(true);
  });

  it('draws density instead of thousands of markers, and still reaches every entry by keyboard', async () => {
    const el = await render(makeChronology(2000), { view: 'timeline' });
    const bars = $$(el, 'path.density');
    expect(bars.length).to.equal(10); // one per agency lane
    expect(bars.every((p) => (p.getAttribute('d') ?? '').split('M').length > 20)).to.equal(true);
    // Issue 13: besides the keyboard stop, significant and critical events are drawn as markers above the bars.
    const drawn = $$(el, 'svg.timeline .marker[data-id]');
    expect(drawn.length).to.be.greaterThan(20);
    expect(drawn.filter((m) => !m.matches('.sig-significant, .sig-critical, [tabindex="0"]'))).to.have.length(0);
    const marker = $<SVGGElement>(el, '.marker[tabindex="0"]');
    const before = marker.getAttribute('data-id');
    marker.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await aTimeout(10);
    expect((root(el).activeElement as Element).getAttribute('data-id')).to.not.equal(before);
  });
});

describe('<cw-chronology> versions and exports', () => {
  it('withholds restricted and third-party content in the redacted version, with the count, and search cannot find it', async () => {
    const el = await render(crafted(), { audience: 'redacted' });
    expect($(el, '.notice.warning').textContent).to.contain('2 entries are withheld');
    const withheld = $$(el, 'tr.withheld');
    expect(withheld.map((tr) => tr.dataset.event)).to.deep.equal(['e6', 'e7']);
    expect(root(el).textContent).not.to.contain('Lee Brown').and.not.to.contain('new tenancy');
    expect($$(el, 'a[href]')).to.have.length(0);
    el.filters = { ...el.filters, text: 'Lee' };
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal([]);
    expect(el.toCsv()).not.to.contain('Lee');
    await expect(el).to.be.accessible();
    // On the timeline a withheld entry is not drawn at all (its lane would tell its agency).
    el.filters = { ...el.filters, text: '' };
    el.view = 'timeline';
    await el.updateComplete;
    const ids = $$(el, 'svg.timeline .marker[data-id]').map((m) => m.getAttribute('data-id'));
    expect(ids).to.include('e1').and.not.include('e6').and.not.include('e7');
  });

  it('replaces names with roles in the anonymised version', async () => {
    const el = await render(crafted(), { audience: 'anonymised' });
    const text = root(el).querySelector('table')!.textContent;
    expect(text).to.contain('Mother had a cut lip').and.contain('Child A, Child B');
    expect(text).not.to.match(/Kerry|Jay Smith|Alex Green/);
    // Search matches what is shown, never the names behind it.
    el.filters = { ...el.filters, text: 'Kerry' };
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal([]);
    el.filters = { ...el.filters, text: 'mother cut lip' };
    await el.updateComplete;
    expect(rowIds(el).length).to.be.greaterThan(0);
  });

  it('renders a numbered court chronology with references to source documents', async () => {
    const el = await render(crafted(), { view: 'court' });
    expect($$(el, 'thead th').map((th) => th.textContent.trim())).to.deep.equal(['No.', 'Date', 'Event', 'Reference']);
    // Issue 13: by default the court chronology lists significant and critical events (it listed every routine one).
    expect(rowIds(el)).to.deep.equal(['e4', 'e6', 'e7', 'e8']);
    expect($(el, '.court-scope').textContent).to.contain('Listing the 4 significant and critical events of 8');
    $(el, '[data-action="court-all"]').click();
    await el.updateComplete;
    const rows = $$(el, 'tbody tr[data-event]');
    expect(rows.map((r) => r.querySelector('td')!.textContent.trim())).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows[2]!.textContent).to.contain('Niche N-1; Mosaic M-7');
  });

  it('exports CSV with the guidance columns for what is shown, and copies plain text', async () => {
    const el = await render();
    el.filters = { ...el.filters, categories: ['police'] };
    await el.updateComplete;
    const lines = el.toCsv().trim().split('\r\n');
    expect(lines[0]).to.equal(
      "Date,Age,What happened,Details,Source,Impact on the child,Action taken / outcome,Category,Significance,Who it is about,The family's account,Reference",
    );
    expect(lines).to.have.length(3);
    expect(lines[2]).to.contain('Domestic abuse incident at home').and.contain('Niche N-1');
    expect(el.toPlainText()).to.contain('Smith family: chronology').and.contain('Impact on the child: Jay saw the incident.');
  });
});

describe('<cw-chronology> bad input', () => {
  it('lists invalid entries with their ids and reasons and renders the rest', async () => {
    const b = crafted() as unknown as { chronology: unknown[] };
    b.chronology.push({ id: 'bad-1', date: '14/03/2020', title: 'Bad date', category: 'police', significance: 'routine' });
    b.chronology.push({ id: 'bad-2', date: '2020-01-01', title: 'Bad category', category: 'gossip', significance: 'routine' });
    b.chronology.push({
      id: 'bad-3',
      date: '2020-01-01',
      title: 'Who?',
      category: 'visit',
      significance: 'routine',
      subjectIds: ['nobody'],
    });
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${b}></cw-chronology>`);
    await el.updateComplete;
    const summary = $(el, 'cw-error-summary');
    await (summary as unknown as CwChronology).updateComplete;
    const text = root(summary).textContent;
    expect(text).to.contain('bad-1').and.contain('bad-2').and.contain('bad-3').and.contain('date');
    // The two invalid entries are left out; the one that only names an unknown person is reported and still shown.
    expect(counts(el)).to.contain('Showing 10 of 10');
    expect(rowIds(el)).to.include('bad-3').and.not.include('bad-1').and.not.include('bad-2');
    await expect(el).to.be.accessible();
  });

  it('survives an empty or broken bundle', async () => {
    const el = await render({ schema: 'nope' });
    expect(root(el).textContent).to.contain('no chronology entries');
  });
});

describe('<cw-chronology> editing', () => {
  it('is read-only unless editable', async () => {
    const el = await render();
    expect($$(el, '[data-action="add"], [data-edit]')).to.have.length(0);
  });

  it('validates the form, lists the problems at the top and adds a valid entry through a change', async () => {
    const el = await render(crafted(), { editable: true, actor: 'Alex Green' });
    $(el, '[data-action="add"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'form.entry button[type="submit"]').click();
    await el.updateComplete;
    await aTimeout(10);
    const summary = $(el, '.form-errors');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('Enter the date').and.contain('Enter what happened');
    expect($(el, '#e-date').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    const set = (id: string, v: string) => {
      const i = $<HTMLInputElement>(el, id);
      i.value = v;
      i.dispatchEvent(new Event('input'));
    };
    set('#e-date', '2021-03');
    set('#e-title', 'Review child protection conference');
    set('#e-impact', 'Jay said he felt listened to.');
    $<HTMLInputElement>(el, '#e-sig-significant').click();
    await el.updateComplete;
    setTimeout(() => $<HTMLButtonElement>(el, 'form.entry button[type="submit"]').click());
    const ev = await oneEvent(el, 'cw-change');
    expect(ev.detail.change.op).to.equal('create');
    expect(ev.detail.change.actor).to.equal('Alex Green');
    expect(ev.detail.change.after).to.include({
      date: '2021-03',
      title: 'Review child protection conference',
      significance: 'significant',
      impact: 'Jay said he felt listened to.',
    });
    await aTimeout(10);
    await el.updateComplete;
    expect($(el, '[role="status"].status-ok').textContent).to.contain('Saved');
    expect(counts(el)).to.contain('Showing 10 of 10');
  });

  it("edits an entry's significance and impact, and shows a veto as an alert", async () => {
    const el = await render(crafted(), { editable: true });
    $(el, '[data-edit="e9"]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#e-title').value).to.equal('Home visit');
    $<HTMLInputElement>(el, '#e-sig-notable').click();
    const impact = $<HTMLTextAreaElement>(el, '#e-impact');
    impact.value = 'Jay was pleased to see his worker.';
    impact.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.addEventListener('cw-change', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, 'form.entry button[type="submit"]').click();
    await aTimeout(20);
    await el.updateComplete;
    expect($(el, '[role="alert"].alert').textContent).to.contain('Not saved');
    $<HTMLButtonElement>(el, 'form.entry button[type="submit"]').click();
    await aTimeout(20);
    await el.updateComplete;
    const row = $(el, 'tr[data-event="e9"]');
    expect(row.textContent).to.contain('Jay was pleased to see his worker.').and.contain('Notable');
  });
});

describe('<cw-chronology> linked selection', () => {
  it('shows only entries about the person selected elsewhere, with a notice that clears it', async () => {
    const host = await fixture<CwCase>(html`<cw-case .bundle=${crafted()}><cw-chronology></cw-chronology></cw-case>`);
    const el = host.querySelector('cw-chronology')!;
    await el.updateComplete;
    host.selection = { kind: 'person', id: 'mia' };
    await aTimeout(10);
    await el.updateComplete;
    expect($(el, '.notice.selection').textContent).to.contain('Showing entries about Mia Smith');
    expect(rowIds(el)).to.deep.equal(['e4', 'e6', 'e7', 'e8', 'e9']);
    $(el, '.notice.selection button').click();
    await aTimeout(10);
    await el.updateComplete;
    expect(rowIds(el)).to.have.length(8);
  });

  it('selects an entry with its people when its title is activated', async () => {
    const el = await render();
    setTimeout(() => $(el, 'tr[data-event="e5"] .title-button').click());
    const ev = await oneEvent(el, 'cw-select');
    expect(ev.detail.selection).to.deep.equal({ kind: 'entry', id: 'e5', related: ['jay'] });
    await el.updateComplete;
    expect($(el, 'tr[data-event="e5"]').getAttribute('aria-current')).to.equal('true');
  });
});
