import { expect } from '@open-wc/testing';
import { buildNetworkModel } from '../src/network-model.js';
import { layoutNetwork } from '../src/layout.js';
import { countOverlaps, findOverlaps, membersOutsideHouseholds, sectorsContiguous } from '../src/invariants.js';
import { makeTestNetwork } from './generator.js';
import { riversFamily, TODAY } from './fixtures.js';

describe('layout', () => {
  it('lays out the crafted family with no overlaps, members inside their households, sectors kept together', () => {
    const model = buildNetworkModel(riversFamily(), { today: TODAY });
    const layout = layoutNetwork(model);
    expect(findOverlaps(layout)).to.deep.equal([]);
    expect(layout.nodes.map((n) => n.id).sort()).to.deep.equal([...model.family.map((f) => f.id), ...model.outer.map((o) => o.id)].sort());
    const householdOf = new Map(model.family.map((f) => [f.id, f.householdId ?? '']));
    expect(membersOutsideHouseholds(layout, householdOf)).to.deep.equal([]);
    expect(sectorsContiguous(layout)).to.equal(true);
  });

  for (const size of [30, 80, 150]) {
    it(`has no overlaps and keeps sectors together at ${size} nodes`, () => {
      const model = buildNetworkModel(makeTestNetwork(size, 7), { today: TODAY });
      expect(model.family.length + model.outer.length).to.equal(size);
      const layout = layoutNetwork(model);
      expect(countOverlaps(layout)).to.equal(0);
      expect(sectorsContiguous(layout)).to.equal(true);
      // Readable: every label line is at most the maximum width, so the picture does not shrink to fit one long name.
      for (const n of layout.nodes) expect(n.label.w).to.be.at.most(160);
    });
  }

  it('is deterministic: the same model gives the same layout', () => {
    const a = layoutNetwork(buildNetworkModel(makeTestNetwork(80, 3), { today: TODAY }));
    const b = layoutNetwork(buildNetworkModel(makeTestNetwork(80, 3), { today: TODAY }));
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
  });

  it('places wedges in the fixed sector order, clockwise from the top (a withheld sensitive role goes to "other")', () => {
    const layout = layoutNetwork(buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true }));
    expect(layout.sectors.map((s) => s.group)).to.deep.equal(['social-care', 'health', 'education', 'police', 'other', 'informal']);
    const shown = layoutNetwork(buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true, showSensitiveRoles: true }));
    expect(shown.sectors.map((s) => s.group)).to.deep.equal(['social-care', 'health', 'education', 'voluntary', 'police', 'informal']);
    const starts = layout.sectors.map((s) => s.start);
    expect(starts).to.deep.equal([...starts].sort((x, y) => x - y));
    expect(layout.sectors[0]!.start).to.equal(0);
  });

  // Issue 14: a label cut to "Social Worker (Child Pr…" is a bug. The old expectation here was an ellipsis; now long
  // names and roles wrap between words, nothing is cut, and the label box grows to hold every line.
  it('wraps long names and roles between words, never cutting them, so labels stay within their box', () => {
    const bundle = riversFamily();
    bundle.professionals![0]!.name = 'Bartholomew Maximilian Worthington-Fotheringay-Smythe the Third';
    bundle.professionals![0]!.role = 'Social Worker (Child Protection and Court Team)';
    const layout = layoutNetwork(buildNetworkModel(bundle, { today: TODAY }));
    const sw = layout.nodes.find((n) => n.id === 'sw')!;
    expect(sw.label.lines.some((l) => l.includes('…'))).to.equal(false);
    expect(sw.label.lines.slice(0, sw.label.nameLines).join(' ')).to.equal(bundle.professionals![0]!.name);
    expect(sw.label.lines.slice(sw.label.nameLines).join(' ')).to.equal('Social Worker (Child Protection and Court Team)');
    expect(sw.label.nameLines).to.be.greaterThan(1);
    expect(sw.label.h).to.be.at.least(sw.label.lines.length * 16);
    expect(countOverlaps(layout)).to.equal(0);
  });

  it('counts overlaps when items do overlap (the checker can fail)', () => {
    const layout = layoutNetwork(buildNetworkModel(riversFamily(), { today: TODAY }));
    const [a, b] = layout.nodes.filter((n) => n.group !== null);
    b!.x = a!.x;
    b!.y = a!.y;
    b!.label = { ...a!.label };
    expect(countOverlaps(layout)).to.be.greaterThan(0);
  });
});
