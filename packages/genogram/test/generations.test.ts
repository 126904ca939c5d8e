import { expect } from '@open-wc/testing';
import type { CaseBundle } from '@opencasework/core';
import { layoutGenogram } from '../src/layout/layout.js';
import { layoutQuality } from '../src/layout/invariants.js';
import { bundle, parent, partner } from './fixtures.js';

/**
 * A family recorded further back on one side than the other, as case records are: the mother's grandparents are
 * known (they make her grandmother and great-aunt sisters), the father's side starts with his parents. Distractors: the
 * father's half-sister and half-brother (each through a later partner of one parent), a great-aunt who is also the
 * child's kinship carer, and a cousin.
 */
function unevenFamily(): CaseBundle {
  const people = [
    ['gg-taid', 'male', '1925'],
    ['gg-nain', 'female', '1928'],
    ['gran', 'female', '1956'],
    ['great-aunt', 'female', '1953'],
    ['grandad', 'male', '1954'],
    ['mum', 'female', '1984'],
    ['uncle', 'male', '1980'],
    ['nan', 'female', '1960'],
    ['pop', 'male', '1958'],
    ['nans-husband', 'male', '1962'],
    ['pops-partner', 'female', '1970'],
    ['dad', 'male', '1982'],
    ['dads-brother', 'male', '1979'],
    ['half-sister', 'female', '1995'],
    ['half-brother', 'male', '2000'],
    ['brothers-wife', 'female', '1981'],
    ['child', 'female', '2014'],
    ['cousin', 'male', '2010'],
  ].map(([id, gender, dateOfBirth]) => ({ id: id!, gender: gender as 'male' | 'female', givenName: id!, dateOfBirth: dateOfBirth! }));
  return bundle(
    people,
    [
      partner('gg-taid', 'gg-nain', 'widowed', { from: '1950' }),
      ...['gran', 'great-aunt'].flatMap((c) => [parent('gg-taid', c), parent('gg-nain', c)]),
      partner('gran', 'grandad', 'married', { from: '1978' }),
      ...['mum', 'uncle'].flatMap((c) => [parent('gran', c), parent('grandad', c)]),
      partner('nan', 'pop', 'divorced', { from: '1978', to: '1990' }),
      ...['dad', 'dads-brother'].flatMap((c) => [parent('nan', c), parent('pop', c)]),
      partner('nan', 'nans-husband', 'married', { from: '1993' }),
      parent('nan', 'half-sister'),
      parent('nans-husband', 'half-sister'),
      partner('pop', 'pops-partner', 'cohabiting', { from: '1998' }),
      parent('pop', 'half-brother'),
      parent('pops-partner', 'half-brother'),
      partner('mum', 'dad', 'separated', { from: '2008', to: '2020' }),
      parent('mum', 'child'),
      parent('dad', 'child'),
      parent('great-aunt', 'child', 'kinship', { from: '2022' }),
      partner('dads-brother', 'brothers-wife', 'married', { from: '2008' }),
      parent('dads-brother', 'cousin'),
      parent('brothers-wife', 'cousin'),
    ],
    {},
    ['child'],
  );
}

describe('generations: one row per generation when one side is recorded further back', () => {
  // Written from the family before the code ran: the rows a practitioner draws.
  const ROWS = [
    ['gg-nain', 'gg-taid'],
    ['gran', 'grandad', 'great-aunt', 'nan', 'nans-husband', 'pop', 'pops-partner'],
    ['brothers-wife', 'dad', 'dads-brother', 'half-brother', 'half-sister', 'mum', 'uncle'],
    ['child', 'cousin'],
  ];

  it("the father's brothers and sisters share his row, and his parents the row above: no line crosses a row", () => {
    const m = layoutGenogram(unevenFamily(), { today: '2025-06-01' });
    const ys = [...new Set(m.nodes.map((n) => n.y))].sort((a, b) => a - b);
    const rows = ys.map((y) =>
      m.nodes
        .filter((n) => n.y === y)
        .map((n) => n.id)
        .sort(),
    );
    expect(rows).to.deep.equal(ROWS);
    // every birth link spans one row (the kinship care link from the great-aunt spans two, as it must)
    const row = new Map(m.nodes.map((n) => [n.id, ys.indexOf(n.y)] as const));
    for (const l of m.graph.links) {
      if (l.type === 'kinship') continue;
      const u = m.graph.unionById.get(l.unionId)!;
      for (const p of [u.a, u.b].filter(Boolean) as string[]) expect(row.get(l.childId)! - row.get(p)!, `${p} -> ${l.childId}`).to.equal(1);
    }
    const q = layoutQuality(m);
    expect(q.linesThroughSymbols, 'lines through symbols').to.equal(0);
    expect(q.overlaps, 'overlaps').to.equal(0);
  });

  it("a partnership across generations (the great-aunt and the father's half-brother) still lays out, children below parents", () => {
    const b = unevenFamily();
    b.relationships!.push(partner('great-aunt', 'half-brother', 'dating', { from: '2021' }));
    const m = layoutGenogram(b, { today: '2025-06-01' });
    expect(m.nodes.length).to.equal(b.people!.length);
    const y = new Map(m.nodes.map((n) => [n.id, n.y] as const));
    for (const l of m.graph.links) {
      const u = m.graph.unionById.get(l.unionId)!;
      for (const p of [u.a, u.b].filter(Boolean) as string[])
        expect(y.get(l.childId)!, `${p} -> ${l.childId}`).to.be.greaterThan(y.get(p)!);
    }
  });
});
