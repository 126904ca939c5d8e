import { expect } from '@open-wc/testing';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import { parseCaseBundle, type CaseBundle } from '@opencasework/core';
import { layoutGenogram } from '../src/layout/layout.js';
import { birthOrderDate } from '../src/layout/birth-order.js';
import { ELLA_TODAY, ellaCase } from './ella-case.js';

type M = ReturnType<typeof layoutGenogram>;
const x = (m: M, id: string) => m.nodes.find((n) => n.id === id)!.x;

/** Sibships: the children drawn under each birth family (primary links), with birth dates. */
function sibships(m: M): string[][] {
  const by = new Map<string, string[]>();
  for (const l of m.graph.links) if (l.primary) by.set(l.unionId, [...(by.get(l.unionId) ?? []), l.childId]);
  return [...by.values()].filter((s) => s.length > 1);
}

/**
 * A couple whose two birth families are both drawn sits between the two families, so such a partner is at the end
 * of their sibship nearer the other family (practice: couples side by side beats strict order for that one person).
 */
function bridges(m: M, id: string): boolean {
  const primary = new Set(m.graph.links.filter((l) => l.primary).map((l) => l.childId));
  return m.graph.unions.some((u) => u.b && (u.a === id || u.b === id) && primary.has(u.a === id ? u.b : u.a));
}

/** Brothers and sisters drawn out of birth order: pregnancies and losses included, by their expected date or the date of the loss. */
function outOfOrder(m: M): string[][] {
  const bad: string[][] = [];
  const born = (id: string) => birthOrderDate(m.graph.byId.get(id));
  for (const s of sibships(m)) {
    const dated = s.filter((id) => born(id) !== '9999' && !bridges(m, id)).sort((a, b) => x(m, a) - x(m, b));
    const births = dated.map(born);
    if (births.some((d, i) => i > 0 && d < births[i - 1]!)) bad.push(dated);
  }
  return bad;
}

/** People linked to the family only by support or emotional lines who sit between brothers and sisters. */
function outsidersBetweenSiblings(m: M): string[] {
  const family = new Set<string>();
  for (const l of m.graph.links) family.add(l.childId);
  for (const u of m.graph.unions) {
    family.add(u.a);
    if (u.b) family.add(u.b);
  }
  const out: string[] = [];
  for (const s of sibships(m)) {
    const y = m.nodes.find((n) => n.id === s[0])!.y;
    const lo = Math.min(...s.map((id) => x(m, id))),
      hi = Math.max(...s.map((id) => x(m, id)));
    for (const n of m.nodes) if (n.y === y && n.x > lo && n.x < hi && !family.has(n.id)) out.push(n.id);
  }
  return out;
}

const cases: [string, () => M][] = [
  ['Ella', () => layoutGenogram(ellaCase(), { today: ELLA_TODAY })],
  ['the sample', () => layoutGenogram(sampleCase, { today: '2025-11-15' })],
  ['300 people', () => layoutGenogram(parseCaseBundle(makeFamily(300, 5)).value, { asAt: '2100-01-01', today: '2100-01-01' })],
];

describe('layout rules of issue 14', () => {
  for (const [name, lay] of cases)
    it(`${name}: siblings in birth order, and no one outside the family between them`, () => {
      const m = lay();
      expect(outOfOrder(m)).to.deep.equal([]);
      // a partner who bridges two drawn families sits at the end of their sibship, never in its middle
      for (const s of sibships(m))
        for (const id of s.filter((c) => bridges(m, c))) {
          const xs = s.map((c) => x(m, c));
          expect(x(m, id) === Math.min(...xs) || x(m, id) === Math.max(...xs), id).to.equal(true);
        }
      expect(outsidersBetweenSiblings(m)).to.deep.equal([]);
    });

  it("Ella's case: her sisters and brothers in birth order; the youth leader, neighbour and friend's mum apart at the row ends", () => {
    const m = layoutGenogram(ellaCase(), { today: ELLA_TODAY });
    expect(x(m, 'maisie')).to.be.lessThan(x(m, 'ella'));
    expect(x(m, 'leo')).to.be.lessThan(x(m, 'misc')); // the miscarriage has no date: after the dated child
    for (const id of ['kev', 'brenda', 'sharon']) {
      const n = m.nodes.find((p) => p.id === id)!;
      const row = m.nodes.filter((p) => p.y === n.y).map((p) => p.x);
      expect(n.x === Math.min(...row) || n.x === Math.max(...row), id).to.equal(true);
      // and kept a clear gap from the family
      const nearest = Math.min(...row.filter((v) => v !== n.x).map((v) => Math.abs(v - n.x)));
      expect(nearest, id).to.be.greaterThan(200);
    }
  });

  it('partners adjacent: an ex-partner’s new partner sits beside them, not between another couple', () => {
    // Hub has three partners; his first ex-partner Ann has a new partner, Bob.
    const b: CaseBundle = {
      schema: 'opencasework/case-bundle@1',
      case: { id: 'c', subjectIds: [] },
      people: ['hub', 'ann', 'bea', 'cat', 'bob'].map((id) => ({
        id,
        givenName: id,
        gender: id === 'hub' || id === 'bob' ? 'male' : 'female',
      })),
      relationships: [
        { id: 'r1', kind: 'partner', a: 'hub', b: 'ann', status: 'divorced', from: '2000', to: '2005' },
        { id: 'r2', kind: 'partner', a: 'hub', b: 'bea', status: 'separated', from: '2006', to: '2010' },
        { id: 'r3', kind: 'partner', a: 'hub', b: 'cat', status: 'married', from: '2012' },
        { id: 'r4', kind: 'partner', a: 'ann', b: 'bob', status: 'married', from: '2008' },
      ],
    };
    const m = layoutGenogram(b, { today: '2025-01-01' });
    const order = [...m.nodes].sort((p, q) => p.x - q.x).map((n) => n.id);
    expect(Math.abs(order.indexOf('ann') - order.indexOf('bob'))).to.equal(1);
    expect(Math.abs(order.indexOf('hub') - order.indexOf('ann'))).to.equal(1);
    expect(Math.abs(order.indexOf('hub') - order.indexOf('bea'))).to.equal(1);
  });

  it('separation and divorce slashes sit on their own partnership line, clear of every other couple’s line', () => {
    const dist = (p: [number, number], a: [number, number], b: [number, number]) => {
      const dx = b[0] - a[0],
        dy = b[1] - a[1];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    };
    const toLine = (p: [number, number], pts: [number, number][]) => Math.min(...pts.slice(1).map((q, i) => dist(p, pts[i]!, q)));
    const hub: CaseBundle = {
      schema: 'opencasework/case-bundle@1',
      case: { id: 'c', subjectIds: [] },
      people: ['hub', 'ann', 'bea', 'cat', 'bob'].map((id) => ({
        id,
        givenName: id,
        gender: id === 'hub' || id === 'bob' ? 'male' : 'female',
      })),
      relationships: [
        { id: 'r1', kind: 'partner', a: 'hub', b: 'ann', status: 'divorced', from: '2000', to: '2005' },
        { id: 'r2', kind: 'partner', a: 'hub', b: 'bea', status: 'separated', from: '2006', to: '2010' },
        { id: 'r3', kind: 'partner', a: 'hub', b: 'cat', status: 'divorced', from: '2012', to: '2020' },
        { id: 'r4', kind: 'partner', a: 'ann', b: 'bob', status: 'married', from: '2008' },
      ],
    };
    let checked = 0;
    for (const m of [...cases.map(([, lay]) => lay()), layoutGenogram(hub, { today: '2025-01-01' })]) {
      const partners = m.edges.filter((e) => e.kind === 'partner');
      for (const e of partners) {
        if (e.status !== 'separated' && e.status !== 'divorced') continue;
        const mark = (e.markAt ?? e.mid)!;
        expect(toLine(mark, e.points), e.id).to.be.below(0.5);
        for (const o of partners) if (o !== e) expect(toLine(mark, o.points), `${e.id} near ${o.id}`).to.be.above(8);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(8);
  });
});
