// A family of 300 at 100% shows a few dozen people: the words of people far out of view are not drawn (nor laid
// out), while every person keeps their symbol and its accessible name. Expected before running: at 1200 px the first
// view (about 1200 by 630 units of a 16,600-unit-wide drawing) draws the words of fewer than a fifth of the family,
// every person whose centre is in view among them; fit, print and the SVG file draw everyone's.
import { expect, fixture, html } from '@open-wc/testing';
import { makeFamily } from '@opencasework/core/sample';
import { parseCaseBundle } from '@opencasework/core';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { drawingSettled } from './settle.js';

const bundle = parseCaseBundle(makeFamily(300, 5)).value;

async function make(): Promise<CwGenogram> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: 1200px"><cw-genogram .bundle=${bundle} today="2100-01-01" as-at="2100-01-01"></cw-genogram></div>`,
  );
  const el = wrap.querySelector('cw-genogram')!;
  await drawingSettled(el);
  return el;
}
const svgOf = (el: CwGenogram) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.drawing')!;
const labelled = (el: CwGenogram) => new Set([...svgOf(el).querySelectorAll('g.person-label')].map((g) => g.getAttribute('data-for')!));
/** The part of the drawing on screen, in drawing units (the viewBox widened to the svg's proportions). */
function onScreen(el: CwGenogram) {
  const [x, y, w, h] = svgOf(el).getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const s = Math.min(svgOf(el).clientWidth / w, svgOf(el).clientHeight / h);
  const W = svgOf(el).clientWidth / s,
    H = svgOf(el).clientHeight / s;
  return { x: x - (W - w) / 2, y: y - (H - h) / 2, w: W, h: H };
}
const inside = (r: { x: number; y: number; w: number; h: number }, n: { x: number; y: number }) =>
  n.x >= r.x && n.x <= r.x + r.w && n.y >= r.y && n.y <= r.y + r.h;

describe("a large family's words are drawn near the view only", () => {
  it('the first view: the words of everyone on screen, of fewer than a fifth of the family in all; every symbol named', async () => {
    const el = await make();
    const nodes = el.model.nodes;
    expect(nodes.length).to.equal(300);
    const screen = onScreen(el);
    const visible = nodes.filter((n) => inside(screen, n));
    expect(visible.length, 'people on screen').to.be.greaterThan(5);
    const drawn = labelled(el);
    for (const n of visible) expect(drawn.has(n.id), `${n.name} is on screen`).to.equal(true);
    expect(drawn.size).to.be.below(60);
    // a person's label shows their name
    const one = visible[0]!;
    const words = svgOf(el).querySelector(`g.person-label[data-for="${one.id}"]`)!.textContent.replace(/\s+/g, ' ');
    expect(words).to.contain(one.name.split(' ')[0]!);
    // everyone keeps their symbol, and its accessible name
    const symbols = [...svgOf(el).querySelectorAll('g.person')];
    expect(symbols.length).to.equal(300);
    for (const g of symbols) expect(g.getAttribute('aria-label')!.length, g.getAttribute('data-id')!).to.be.greaterThan(3);
    // the words are one layer, hidden from assistive technology (each symbol's name says it all)
    expect(svgOf(el).querySelector('g.labels')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('partnerships’ statuses and households’ names: those on screen drawn over the lines, the rest left out; each still named', async () => {
    // Expected before running: of the family's partnerships with a status, those whose line's middle is on screen have
    // their "m. 2012" in the word layer (after every line, so no line crosses it), and far fewer than all are drawn.
    const el = await make();
    const screen = onScreen(el);
    const partners = el.model.edges.filter((e) => e.kind === 'partner' && e.mid);
    const drawn = new Set([...svgOf(el).querySelectorAll('g.labels text.status-label')].map((t) => t.getAttribute('data-for')!));
    const withStatus = partners.filter((e) => e.status && e.statusOn);
    expect(withStatus.length, 'partnerships with a status').to.be.greaterThan(60);
    const seen = withStatus.filter((e) => inside(screen, { x: e.mid![0], y: e.mid![1] }));
    expect(seen.length, 'on screen').to.be.greaterThan(2);
    for (const e of seen) expect(drawn.has(e.id), e.id).to.equal(true);
    expect(drawn.size).to.be.below(withStatus.length / 3);
    expect(svgOf(el).querySelectorAll('g.lines text').length, 'no words left under the lines').to.equal(0);
    // every partnership line keeps its words for screen readers
    for (const g of svgOf(el).querySelectorAll('g.partner-line[aria-label]')) expect(g.getAttribute('aria-label')!).to.match(/ and /);
    // households: the names near the view only; each boundary keeps its <title>
    const names = svgOf(el).querySelectorAll('g.labels text.household-name').length;
    expect(names).to.be.below(el.model.households.length / 2);
    expect(svgOf(el).querySelectorAll('g.household rect title').length).to.equal(el.model.households.length);
    // fitted (as printed), every status and every household's name
    el.fit();
    await el.updateComplete;
    expect(svgOf(el).querySelectorAll('g.labels text.status-label').length).to.equal(withStatus.length);
    expect(svgOf(el).querySelectorAll('g.labels text.household-name').length).to.equal(el.model.households.length);
  });

  it('finding someone far away draws their words; the first view’s people, now far away, lose theirs', async () => {
    const el = await make();
    const first = labelled(el);
    const counts = new Map<string, number>();
    for (const n of el.model.nodes) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
    const far = [...el.model.nodes].filter((n) => counts.get(n.name) === 1).sort((a, b) => b.x - a.x)[0]!;
    expect(first.has(far.id), 'not drawn at first').to.equal(false);
    expect(el.find(far.name)).to.equal(far.id);
    await el.updateComplete;
    const now = labelled(el);
    expect(now.has(far.id)).to.equal(true);
    const screen = onScreen(el);
    for (const n of el.model.nodes.filter((x) => inside(screen, x))) expect(now.has(n.id), n.name).to.equal(true);
    expect(
      [...first].filter((id) => now.has(id)),
      'the first view is 15,000 units away',
    ).to.deep.equal([]);
  });

  it('fitting the family in view (what printing does) draws everyone’s words', async () => {
    const el = await make();
    el.fit();
    await el.updateComplete;
    expect(labelled(el).size).to.equal(300);
  });

  it('the SVG file holds everyone’s words, with their look, and the live drawing is left as it was', async () => {
    const el = await make();
    const before = labelled(el);
    const layers = svgOf(el).children.length;
    const doc = new DOMParser().parseFromString(el.exportSvg(), 'image/svg+xml');
    const labels = [...doc.querySelectorAll('g.person-label')];
    expect(labels.length).to.equal(300);
    expect(doc.querySelectorAll('g.labels').length, 'one layer of words').to.equal(1);
    const statuses = el.model.edges.filter((e) => e.kind === 'partner' && e.mid && e.status && e.statusOn).length;
    expect(doc.querySelectorAll('g.labels text.status-label').length, 'every partnership’s status').to.equal(statuses);
    expect(doc.querySelectorAll('g.labels text.household-name').length, 'every household’s name').to.equal(el.model.households.length);
    const far = el.model.nodes.find((n) => !before.has(n.id))!;
    const theirs = doc.querySelector(`g.person-label[data-for="${far.id}"] text.name`)!;
    expect(theirs.textContent).to.equal(far.name.slice(0, Math.min(far.name.length, theirs.textContent.length)));
    expect(theirs.getAttribute('font-size')).to.equal('13px');
    expect(labelled(el)).to.deep.equal(before);
    expect(svgOf(el).children.length).to.equal(layers);
  });
});
