import { expect, fixture, html } from '@open-wc/testing';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import { parseCaseBundle } from '@opencasework/core';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { ELLA_TODAY, ellaCase } from './ella-case.js';
import { drawingSettled } from './settle.js';

async function make(bundle: unknown, today: string, width = 1200, asAt = ''): Promise<CwGenogram> {
  const wrap = await fixture<HTMLDivElement>(html`<div><cw-genogram .bundle=${bundle} today=${today} as-at=${asAt}></cw-genogram></div>`);
  wrap.style.width = `${width}px`;
  const el = wrap.querySelector('cw-genogram')!;
  // the first view is centred once the drawing has its size (a frame or so later): wait until it stops moving
  await drawingSettled(el);
  return el;
}
const svgOf = (el: CwGenogram) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.drawing')!;
const vbOf = (el: CwGenogram) => svgOf(el).getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
const scaleOf = (el: CwGenogram) => {
  const [, , w, h] = vbOf(el);
  return Math.min(svgOf(el).clientWidth / w, svgOf(el).clientHeight / h);
};
const inView = (el: CwGenogram, id: string) => {
  const n = el.model.nodes.find((x) => x.id === id)!;
  const [x, y, w, h] = vbOf(el);
  return n.x - 20 >= x && n.x + 20 <= x + w && n.y - 20 >= y && n.y + 20 <= y + h;
};
const big = () => parseCaseBundle(makeFamily(300, 5)).value;

describe('a first view a person can read', () => {
  it('sample case: every label at least 12 CSS px, the three children and their parents in view, the zoom label true', async () => {
    const el = await make(sampleCase, '2025-11-15');
    const k = scaleOf(el);
    const texts = [...svgOf(el).querySelectorAll('text')];
    expect(texts.length).to.be.greaterThan(30);
    for (const t of texts) expect(parseFloat(getComputedStyle(t).fontSize) * k, t.textContent).to.be.at.least(12);
    for (const id of ['p-tyler', 'p-ruby', 'p-megan', 'p-kayleigh', 'p-liam', 'p-margaret']) expect(inView(el, id), id).to.equal(true);
    const label = el.shadowRoot!.querySelector('.zoom-level')!.textContent;
    expect(label).to.equal(`Zoom ${Math.round(k * 100)}%`);
  });

  it("the drawing's height follows its shape: three rows are not drawn in a 640 px box, one row is short", async () => {
    const el = await make(sampleCase, '2025-11-15');
    expect(svgOf(el).clientHeight).to.equal(Math.round(Math.min(window.innerHeight * 0.7, el.model.height + 4)));
    const two = {
      schema: 'opencasework/case-bundle@1',
      case: { id: 'c', subjectIds: ['a'] },
      people: [
        { id: 'a', givenName: 'Ann', gender: 'female' },
        { id: 'b', givenName: 'Bob', gender: 'male' },
      ],
      relationships: [{ id: 'r', kind: 'partner', a: 'a', b: 'b', status: 'married' }],
    };
    const small = await make(two, '2025-11-15');
    expect(svgOf(small).clientHeight).to.be.below(300);
  });

  it('300 people: the first view is readable (100%), not a 16,000 px strip shrunk to 1 px names', async () => {
    const el = await make(big(), '2100-01-01', 1200, '2100-01-01');
    expect(scaleOf(el)).to.be.at.least(12 / 13);
    el.fit();
    await el.updateComplete;
    const fitted = scaleOf(el);
    expect(fitted).to.be.below(0.2);
    expect(el.shadowRoot!.querySelector('.zoom-level')!.textContent).to.equal(`Zoom ${Math.round(fitted * 100)}%`);
  });
});

describe('the first view is laid out once', () => {
  // Writing a viewBox onto a drawing already laid out lays the whole drawing out again (about 9 ms for 300 people in
  // Chromium): the people are drawn into a frame that already has its first view, and the view is not written again.
  it('the people arrive in an svg whose viewBox is already the first view, and it is not rewritten after them', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '1000px';
    document.body.append(wrap);
    const el = document.createElement('cw-genogram');
    el.today = '2025-11-15';
    el.bundle = sampleCase;
    const writes: string[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records) {
        const svg = el.shadowRoot?.querySelector('svg.drawing');
        const people = el.shadowRoot?.querySelectorAll('g.person').length ?? 0;
        if (r.type === 'attributes' && r.target === svg) writes.push(`${people}:${svg.getAttribute('viewBox')}`);
        if (r.type === 'childList' && people && !writes.some((w) => w.startsWith('people')))
          writes.push(`people:${svg?.getAttribute('viewBox')}`);
      }
    });
    wrap.append(el);
    seen.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['viewBox'] });
    await el.updateComplete;
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    seen.disconnect();
    const final = svgOf(el).getAttribute('viewBox');
    const arrived = writes.findIndex((w) => w.startsWith('people:'));
    expect(arrived, `${writes.join(' | ')}`).to.be.greaterThan(-1);
    expect(writes[arrived], 'the viewBox the people were drawn into').to.equal(`people:${final}`);
    expect(writes.slice(arrived + 1), 'viewBox writes after the people were drawn').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('g.person').length).to.equal(sampleCase.people!.length);
    wrap.remove();
  });
});

describe('find a person', () => {
  it('on 300 people: typing a name centres and highlights them at a readable size', async () => {
    const el = await make(big(), '2100-01-01', 1200, '2100-01-01');
    el.fit();
    await el.updateComplete;
    // someone far from the first view, with a name no one else has
    const counts = new Map<string, number>();
    for (const n of el.model.nodes) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
    const target = [...el.model.nodes].filter((n) => counts.get(n.name) === 1).sort((a, b) => b.x - a.x)[0]!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#find')!;
    input.value = target.name.toUpperCase();
    el.shadowRoot!.querySelector<HTMLFormElement>('form.find')!.requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
    const [x, y, w, h] = vbOf(el);
    expect(Math.abs(x + w / 2 - target.x)).to.be.below(1);
    expect(Math.abs(y + h / 2 - target.y)).to.be.below(1);
    expect(scaleOf(el)).to.be.at.least(1 - 1e-6);
    expect(el.shadowRoot!.querySelector(`g.person[data-id="${target.id}"]`)!.classList.contains('highlighted')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.find-message')!.textContent).to.equal(`${target.name} is centred and highlighted.`);
  });

  it('says so when no one matches', async () => {
    const el = await make(ellaCase(), ELLA_TODAY);
    expect(el.find('Zebedee')).to.equal(undefined);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.find-message')!.textContent).to.equal('No one in the drawing matches “Zebedee”.');
    expect(el.find('kayla')).to.equal('kayla');
  });
});

describe('focus', () => {
  it("shows the chosen person's family two generations each way, with partners", async () => {
    const el = await make(ellaCase(), ELLA_TODAY);
    el.focusIndex = true;
    await el.updateComplete;
    // written before running: Ella, her parents and carers, grandparents, brothers and sisters, aunts and uncles,
    // the partners of all of these, and the people she lives with
    expect(el.model.nodes.map((n) => n.id).sort()).to.deep.equal(
      [
        'ella',
        'kayla',
        'sean',
        'mark',
        'jean',
        'bill',
        'pat',
        'gary',
        'maisie',
        'leo',
        'misc',
        'connor',
        'ross',
        'gemma',
        'nia',
        'leanne',
        'lisa',
        'dave',
      ].sort(),
    );
  });

  it('on 300 people shows more than a handful, grandparents included', async () => {
    const el = await make(big(), '2100-01-01', 1200, '2100-01-01');
    const idx = el.model.nodes.find((n) => n.index)!.id;
    const grand = el.model.graph.parentRels
      .get(idx)!
      .flatMap((r) => el.model.graph.parentRels.get(r.parentId) ?? [])
      .map((r) => r.parentId);
    el.focusIndex = true;
    await el.updateComplete;
    const ids = el.model.nodes.map((n) => n.id);
    expect(ids.length).to.be.greaterThan(10);
    expect(ids).to.include.members(grand);
  });

  it('focuses on the person selected when focus is turned on', async () => {
    const el = await make(ellaCase(), ELLA_TODAY);
    el.shadowRoot!.querySelector<SVGGElement>('g.person[data-id="ross"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#chk-focus + label')!.textContent).to.contain('Ross Reid');
    el.shadowRoot!.querySelector<HTMLInputElement>('#chk-focus')!.click();
    await el.updateComplete;
    const ids = el.model.nodes.map((n) => n.id);
    expect(ids).to.include.members(['ross', 'lisa', 'finn', 'ava', 'jean', 'bill', 'kayla']);
    expect(ids).not.to.include('gary');
  });
});

describe('words in the drawing do not lie on top of each other', () => {
  it('no household name over a person’s name, on the sample case and Ella’s case', async () => {
    for (const [bundle, today] of [
      [sampleCase, '2025-10-01'],
      [ellaCase(), ELLA_TODAY],
    ] as const) {
      const el = await make(bundle, today);
      const root = el.shadowRoot!;
      const boxes = (sel: string) =>
        [...root.querySelectorAll<SVGGraphicsElement>(sel)].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      const homes = boxes('.labels text.household-name');
      const names = boxes('.person-label text.name');
      expect(homes.length, 'households drawn').to.be.greaterThan(1);
      const clash = homes.flatMap((h) =>
        names
          .filter(({ r }) => h.r.left < r.right - 1 && r.left < h.r.right - 1 && h.r.top < r.bottom - 1 && r.top < h.r.bottom - 1)
          .map((n) => `${h.text} over ${n.text}`),
      );
      expect(clash).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });
});
