import { expect } from '@open-wc/testing';
import type { CaseBundle } from '@opencasework/core';
import { layoutGenogram } from '../src/layout/layout.js';
import { layoutQuality } from '../src/layout/invariants.js';
import { placeRow } from '../src/layout/coordinates.js';
import { partnerStatusAt } from '../src/layout/family-graph.js';
import { bundle, cousinsFamily, jayFamily, parent, partner } from './fixtures.js';

const TODAY = '2026-11-22';
const lay = (b: CaseBundle, o: Record<string, string> = {}) => layoutGenogram(b, { today: TODAY, ...o });
const node = (m: ReturnType<typeof lay>, id: string) => m.nodes.find((n) => n.id === id)!;

function shuffle<T>(a: T[], seed: number): T[] {
  const out = [...a];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function expectSound(m: ReturnType<typeof lay>) {
  const q = layoutQuality(m);
  expect(q.overlaps, 'overlapping symbols').to.equal(0);
  expect(q.labelOverlaps, 'overlapping labels').to.equal(0);
  expect(q.linesThroughSymbols, 'lines through symbols').to.equal(0);
  // every child below every parent
  for (const l of m.graph.links) {
    const u = m.graph.unionById.get(l.unionId)!;
    for (const p of [u.a, u.b].filter(Boolean) as string[])
      expect(node(m, l.childId).y, `${l.childId} below ${p}`).to.be.greaterThan(node(m, p).y);
  }
  return q;
}

describe('genogram layout', () => {
  it('lays out a family with remarriage, twins, adoption, a deceased parent, a pregnancy and a same-sex couple soundly', () => {
    const m = lay(jayFamily());
    const q = expectSound(m);
    expect(q.crossings).to.be.at.most(2);
    expect(m.nodes).to.have.length(15);
    // partners side by side in one row
    expect(node(m, 'kelly').y).to.equal(node(m, 'lee').y);
    expect(node(m, 'kelly').y).to.equal(node(m, 'dan').y);
    expect(Math.abs(node(m, 'kelly').x - node(m, 'lee').x)).to.equal(120);
    expect(Math.abs(node(m, 'kelly').x - node(m, 'dan').x)).to.equal(120);
    // Kelly sits between her two partners, so both lines are short and nothing crosses her
    const [l, k, d] = ['lee', 'kelly', 'dan'].map((id) => node(m, id).x) as [number, number, number];
    expect((l < k && k < d) || (d < k && k < l)).to.equal(true);
    // half-siblings attached to the right union
    const union = (c: string) => m.graph.links.find((x) => x.childId === c && x.primary)!.unionId;
    expect(union('jay')).to.equal('u:kelly|lee');
    expect(union('tia')).to.equal('u:dan|kelly');
    // children in birth order, oldest left: Jay before Mia
    expect(node(m, 'jay').x).to.be.lessThan(node(m, 'mia').x);
    // the twins come from one point
    const t1 = m.edges.find((e) => e.id === 'c:tia')!,
      t2 = m.edges.find((e) => e.id === 'c:tom')!;
    expect(t1.points[0]).to.deep.equal(t2.points[0]);
    expect(t1.zygosity).to.equal('fraternal');
    // adoptive child is marked as such
    expect(m.edges.find((e) => e.id === 'c:rae')!.childType).to.equal('adoptive');
    // disputed parentage keeps its source
    const jay = m.edges.find((e) => e.id === 'c:jay')!;
    expect(jay.disputed).to.equal(true);
    expect(jay.source).to.contain('court statement');
    // the deceased grandfather and the pregnancy
    expect(node(m, 'gf').deceased).to.equal(true);
    expect(node(m, 'preg').symbol).to.equal('pregnancy');
    expect(node(m, 'misc').symbol).to.equal('miscarriage');
    expect(node(m, 'sam').symbol).to.equal('diamond');
    expect(node(m, 'jay').index).to.equal(true);
  });

  it("places children under their parents' line", () => {
    const m = lay(jayFamily());
    for (const id of ['jay', 'mia']) {
      const bar = m.edges.find((e) => e.id === 'c:' + id)!;
      expect(bar.points[0]![0]).to.equal(node(m, id).x);
    }
    // the descent from Kelly and Lee starts between them
    const d = m.edges.find((e) => e.id === 'd:u:kelly|lee>p')!;
    expect(d.points[0]![0]).to.equal((node(m, 'kelly').x + node(m, 'lee').x) / 2);
  });

  it('draws cousins who married as consanguineous, and a foster child distinctly', () => {
    const m = lay(cousinsFamily());
    expectSound(m);
    const p = m.edges.find((e) => e.id === 'p:u:c1|c2')!;
    expect(p.consanguineous).to.equal(true);
    expect(m.edges.find((e) => e.id === 'c:fos')!.childType).to.equal('foster');
    expect(m.edges.find((e) => e.id === 'c:kid')!.childType).to.equal('biological');
  });

  it('lays out a person with no known parents and a lone parent', () => {
    const m = lay(
      bundle(
        [
          { id: 'x', gender: 'not-stated' },
          { id: 'm', gender: 'female' },
          { id: 'k', gender: 'male' },
        ],
        [parent('m', 'k')],
      ),
    );
    expectSound(m);
    expect(node(m, 'k').y).to.be.greaterThan(node(m, 'm').y);
    expect(node(m, 'x').y).to.equal(node(m, 'm').y);
  });

  it('is deterministic: the same bundle gives the same model, in any record order', () => {
    const b = jayFamily();
    const a = JSON.stringify(lay(b));
    expect(JSON.stringify(lay(b))).to.equal(a);
    for (const seed of [1, 7, 42]) {
      const s: CaseBundle = {
        ...b,
        people: shuffle(b.people!, seed),
        relationships: shuffle(b.relationships!, seed + 1),
        households: shuffle(b.households!, seed),
      };
      expect(JSON.stringify(lay(s))).to.equal(a);
    }
  });

  it('reports a person who is their own ancestor and does not hang', () => {
    const b = bundle(
      [
        { id: 'a', gender: 'male' },
        { id: 'b', gender: 'female' },
        { id: 'c', gender: 'male' },
      ],
      [parent('a', 'b'), parent('b', 'c'), { id: 'loop', kind: 'parent', parentId: 'c', childId: 'a', type: 'biological' }],
    );
    const m = lay(b);
    const cycle = m.issues.filter((i) => /own ancestor/.test(i.message));
    expect(cycle).to.have.length(1);
    expect(m.nodes).to.have.length(3);
    // exactly one link of the loop is left out; the other two are drawn
    expect(m.graph.links).to.have.length(2);
    expectSound(m);
  });

  it('reports a third biological parent and leaves it out', () => {
    const b = bundle(
      [
        { id: 'a', gender: 'male' },
        { id: 'b', gender: 'female' },
        { id: 'c', gender: 'male' },
        { id: 'k', gender: 'female' },
      ],
      [parent('a', 'k'), parent('b', 'k'), { id: 'third', kind: 'parent', parentId: 'c', childId: 'k', type: 'biological' }],
    );
    const m = lay(b);
    expect(m.issues.find((i) => i.id === 'third')!.message).to.match(/third biological parent/);
    expect(m.graph.links.filter((l) => l.childId === 'k')).to.have.length(1);
  });

  it("reports partners where one is the other's ancestor, and still draws them", () => {
    const b = bundle(
      [
        { id: 'a', gender: 'male' },
        { id: 'k', gender: 'female' },
      ],
      [parent('a', 'k'), { id: 'odd', kind: 'partner', a: 'a', b: 'k', status: 'dating' }],
    );
    const m = lay(b);
    expect(m.issues.map((i) => i.id)).to.include('odd');
    expect(node(m, 'k').y).to.be.greaterThan(node(m, 'a').y);
  });

  it('shows the family as it was at a date', () => {
    const b = jayFamily();
    const m = lay(b, { asAt: '2016-01-01' });
    const ids = m.nodes.map((n) => n.id);
    expect(ids).to.include('jay');
    expect(ids).not.to.include('mia');
    expect(m.edges.find((e) => e.id === 'p:u:dan|kelly')).to.equal(undefined);
    expect(m.edges.find((e) => e.id === 'c:tia')).to.equal(undefined);
    expect(node(m, 'gf').deceased).to.equal(true); // died 2015
    expect(node(lay(b, { asAt: '2010-01-01' }), 'gf').deceased).to.equal(false);
    expect(m.edges.find((e) => e.id === 'p:u:kelly|lee')!.status).to.equal('married');
    expect(m.households.map((h) => h.id)).to.deep.equal(['h2']);
    const later = lay(b);
    expect(later.edges.find((e) => e.id === 'p:u:kelly|lee')!.status).to.equal('separated');
  });

  it("reads a partnership's status at a date from its history", () => {
    const r = {
      id: 'r',
      kind: 'partner',
      a: 'a',
      b: 'b',
      status: 'divorced',
      from: '2010',
      to: '2019',
      history: [
        { status: 'cohabiting', on: '2010' },
        { status: 'married', on: '2012' },
        { status: 'separated', on: '2018' },
      ],
    } as const;
    expect(partnerStatusAt(r as never, '2009')).to.equal(undefined);
    expect(partnerStatusAt(r as never, '2011-05-01')!.status).to.equal('cohabiting');
    expect(partnerStatusAt(r as never, '2013-05-01')!.status).to.equal('married');
    expect(partnerStatusAt(r as never, '2018-05-01')!.status).to.equal('separated');
    expect(partnerStatusAt(r as never, '2020-05-01')!.status).to.equal('divorced');
  });

  it("focuses on the index child's family, two generations each way (issue 14: grandparents included)", () => {
    const m = lay(jayFamily(), { focusId: 'jay' });
    const ids = m.nodes.map((n) => n.id).sort();
    expect(ids).to.include.members(['jay', 'kelly', 'lee', 'mia', 'tia', 'tom', 'dan', 'gf', 'gm', 'sam', 'ana']);
    expect(ids).not.to.include('nan');
    expect(ids).not.to.include('rae');
  });

  it('draws households only around people who live together', () => {
    const m = lay(jayFamily());
    const h = m.households.find((x) => x.id === 'h1')!;
    for (const id of ['kelly', 'dan', 'jay']) {
      const n = node(m, id);
      expect(
        h.rects.some((r) => n.x > r.x && n.x < r.x + r.w && n.y > r.y && n.y < r.y + r.h),
        id,
      ).to.equal(true);
    }
    for (const id of ['lee', 'gf']) {
      const n = node(m, id);
      expect(
        h.rects.some((r) => n.x > r.x && n.x < r.x + r.w && n.y > r.y && n.y < r.y + r.h),
        id,
      ).to.equal(false);
    }
  });

  it('places a row with minimum spacing, moving units as little as possible', () => {
    expect(placeRow([0, 0, 0], [0, 0, 0], 10)).to.deep.equal([-10, 0, 10]);
    expect(placeRow([0, 100], [20, 0], 10)).to.deep.equal([0, 100]);
    const r = placeRow([50, 40, 300], [0, 0, 0], 20);
    expect(r[1]! - r[0]!).to.be.at.least(20);
    expect(r[2]).to.equal(300);
  });

  it('keeps several partnerships of one person without crossings', () => {
    const b = bundle(
      [
        { id: 'h', gender: 'male' },
        { id: 'w1', gender: 'female' },
        { id: 'w2', gender: 'female' },
        { id: 'w3', gender: 'female' },
        { id: 'k1', gender: 'male', dateOfBirth: '2000' },
        { id: 'k2', gender: 'female', dateOfBirth: '2005' },
        { id: 'k3', gender: 'female', dateOfBirth: '2010' },
      ],
      [
        partner('h', 'w1', 'divorced', { from: '1998' }),
        partner('h', 'w2', 'divorced', { from: '2004' }),
        partner('h', 'w3', 'married', { from: '2009' }),
        parent('h', 'k1'),
        parent('w1', 'k1'),
        parent('h', 'k2'),
        parent('w2', 'k2'),
        parent('h', 'k3'),
        parent('w3', 'k3'),
      ],
    );
    const m = lay(b);
    const q = expectSound(m);
    expect(q.crossings).to.equal(0);
  });
});

describe('text view words', () => {
  it('joins lists the English and the Welsh way', async () => {
    const { joinList } = await import('../src/text-view.js');
    expect(joinList(['a', 'b', 'c'], 'and')).to.equal('a, b and c');
    expect(joinList(['mam Kelly', 'Alfie'], 'a', 'ac')).to.equal('mam Kelly ac Alfie');
    expect(joinList(['mam Kelly', 'Dan'], 'a', 'ac')).to.equal('mam Kelly a Dan');
  });
});
