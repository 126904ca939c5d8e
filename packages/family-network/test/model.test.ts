import { expect } from '@open-wc/testing';
import { buildNetworkModel, edgesOf, neighboursOf } from '../src/network-model.js';
import { riversFamily, TODAY } from './fixtures.js';

describe('network model', () => {
  it('puts the subjects’ current households and anyone worked with at the centre', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY });
    expect(m.family.map((f) => f.id)).to.deep.equal(['jay', 'mo', 'gran', 'ann']);
    expect(m.households.map((h) => [h.id, h.memberIds])).to.deep.equal([
      ['h1', ['jay', 'mo', 'ann']],
      ['h2', ['gran']],
    ]);
    // The uncle lived only in an old household and nobody works with him: not part of this network.
    expect(m.family.some((f) => f.id === 'uncle')).to.equal(false);
    expect(m.family.find((f) => f.id === 'jay')!.isSubject).to.equal(true);
  });

  it('groups professionals by sector in the fixed order, with informal supports last', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true, showSensitiveRoles: true });
    expect(m.outer.map((o) => `${o.group}:${o.id}`)).to.deep.equal([
      'social-care:sw',
      'health:gpdoc',
      'education:teacher',
      'voluntary:dv',
      'police:pc',
      'informal:neighbour',
    ]);
  });

  it('makes one edge per involvement per person, with strength, consent, lead and ended', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true });
    const sw = m.edges.filter((e) => e.kind === 'involvement' && e.involvementId === 'i-sw');
    expect(sw.map((e) => e.personId)).to.deep.equal(['ann', 'jay', 'mo']);
    expect(sw.every((e) => e.kind === 'involvement' && e.strength === 'strong' && e.consent === 'given' && e.lead && !e.ended)).to.equal(
      true,
    );
    const pc = m.edges.find((e) => e.kind === 'involvement' && e.involvementId === 'i-pc')!;
    expect(pc.kind === 'involvement' && pc.ended).to.equal(true);
    expect(m.outer.find((o) => o.id === 'pc')).to.include({ ended: true, lead: false });
    const support = m.edges.find((e) => e.kind === 'support')!;
    expect(support).to.include({ supportId: 'neighbour', personId: 'ann', label: 'neighbour' });
  });

  it('hides ended involvements (and professionals with nothing current) by default and counts them', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY });
    expect(m.outer.some((o) => o.id === 'pc')).to.equal(false);
    expect(m.edges.some((e) => e.kind === 'involvement' && e.involvementId === 'i-pc')).to.equal(false);
    expect(m.hiddenEnded).to.equal(1);
    // An involvement ending in the current month has not ended yet.
    const b = riversFamily();
    b.involvements!.find((i) => i.id === 'i-pc')!.to = '2025-06';
    expect(buildNetworkModel(b, { today: TODAY }).outer.some((o) => o.id === 'pc')).to.equal(true);
  });

  it('withholds a sensitive role, its agency and purpose unless allowed', () => {
    const hidden = buildNetworkModel(riversFamily(), { today: TODAY });
    const dv = hidden.outer.find((o) => o.id === 'dv')!;
    expect(dv).to.include({ role: null, agencyName: null, agencyId: null, withheld: true, group: 'other' });
    const edge = hidden.edges.find((e) => e.kind === 'involvement' && e.involvementId === 'i-dv')!;
    expect(edge.kind === 'involvement' && edge.purpose).to.equal(null);
    expect(JSON.stringify(hidden)).not.to.contain('Domestic abuse');
    expect(JSON.stringify(hidden)).not.to.contain('Safe Haven');
    const shown = buildNetworkModel(riversFamily(), { today: TODAY, showSensitiveRoles: true });
    expect(shown.outer.find((o) => o.id === 'dv')).to.include({
      role: 'Domestic abuse worker',
      agencyName: 'Safe Haven Refuge',
      group: 'voluntary',
      withheld: false,
    });
  });

  it('never carries an address, and flags a confidential one', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY, showSensitiveRoles: true, showEnded: true });
    expect(JSON.stringify(m)).not.to.contain('Secret Lane');
    expect(m.family.find((f) => f.id === 'ann')!.confidentialAddress).to.equal(true);
  });

  it('finds the edges and neighbours of a node', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY });
    expect([...neighboursOf(m, 'jay')].sort()).to.deep.equal(['gpdoc', 'sw', 'teacher']);
    expect([...neighboursOf(m, 'sw')].sort()).to.deep.equal(['ann', 'gran', 'jay', 'mo']);
    expect(edgesOf(m, 'neighbour').length).to.equal(1);
  });

  it('copes with an empty case and with an involvement that names nobody (the whole family)', () => {
    const empty = buildNetworkModel({ schema: 'opencasework/case-bundle@1', case: { id: 'c', subjectIds: [] } }, { today: TODAY });
    expect(empty.family).to.deep.equal([]);
    expect(empty.outer).to.deep.equal([]);
    const b = riversFamily();
    b.involvements!.push({ id: 'i-whole', professionalId: 'teacher', personIds: [] });
    const m = buildNetworkModel(b, { today: TODAY });
    expect(m.edges.find((e) => e.id === 'i-whole')).to.include({ personId: null });
  });
});
