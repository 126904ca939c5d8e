import { expect, fixture, html } from '@open-wc/testing';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import { parseCaseBundle } from '@opencasework/core';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { layoutGenogram } from '../src/layout/layout.js';
import { layoutQuality } from '../src/layout/invariants.js';

const TODAY = '2026-11-22';

function sound(b: ReturnType<typeof makeFamily>) {
  const m = layoutGenogram(parseCaseBundle(b).value, { today: TODAY });
  const q = layoutQuality(m);
  expect(q.overlaps, 'overlaps').to.equal(0);
  expect(q.labelOverlaps, 'label overlaps').to.equal(0);
  expect(q.linesThroughSymbols, 'lines through symbols').to.equal(0);
  const y = new Map(m.nodes.map((n) => [n.id, n.y] as const));
  for (const l of m.graph.links) {
    const u = m.graph.unionById.get(l.unionId)!;
    for (const p of [u.a, u.b].filter(Boolean) as string[]) expect(y.get(l.childId)!).to.be.greaterThan(y.get(p)!);
  }
  return { m, q };
}

describe('genogram at scale and on the sample case', () => {
  it('lays out the sample family soundly and deterministically', () => {
    const { m, q } = sound(sampleCase);
    expect(m.nodes.length).to.equal(parseCaseBundle(sampleCase).value.people!.length);
    expect(JSON.stringify(layoutGenogram(sampleCase, { today: TODAY }))).to.equal(JSON.stringify(m));

    console.info(`sample: ${m.nodes.length} people, crossings ${q.crossings}`);
  });

  it('lays out 300 people over 5 generations soundly and deterministically', () => {
    const b = makeFamily(300, 5);
    const t0 = performance.now();
    const { m, q } = sound(b);
    const ms = performance.now() - t0;
    // the generator gives some people in the youngest generation birth dates after today: they are not drawn yet
    const born = b.people!.filter((p) => !p.dateOfBirth || (p.dateOfBirth.slice(0, 4) <= TODAY.slice(0, 4) && p.dateOfBirth <= TODAY));
    expect(m.nodes).to.have.length(born.length);
    const all = layoutGenogram(b, { today: TODAY, asAt: '2100-01-01' });
    expect(all.nodes).to.have.length(300);
    expect(layoutQuality(all).overlaps).to.equal(0);
    const shuffled = { ...b, people: [...b.people!].reverse(), relationships: [...b.relationships!].reverse() };
    expect(JSON.stringify(layoutGenogram(shuffled, { today: TODAY }))).to.equal(JSON.stringify(layoutGenogram(b, { today: TODAY })));

    console.info(`300 people: layout ${ms.toFixed(0)} ms, crossings ${q.crossings}`);
  });

  it('draws the sample case in the element, accessibly', async () => {
    const el = await fixture<CwGenogram>(html`<cw-genogram .bundle=${sampleCase}></cw-genogram>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g.person').length).to.equal(parseCaseBundle(sampleCase).value.people!.length);
    await expect(el).to.be.accessible();
  });
});
