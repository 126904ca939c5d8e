import { expect, fixture, html } from '@open-wc/testing';
import { hostileBundle, makeNetwork, sampleCase } from '@opencasework/core/sample';
import { parseCaseBundle } from '@opencasework/core';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import { buildNetworkModel } from '../src/network-model.js';
import { layoutNetwork } from '../src/layout.js';
import { countOverlaps, sectorsContiguous } from '../src/invariants.js';
import { initials } from '../src/views/picture.js';

describe('<cw-family-network> with the sample data', () => {
  it('lays out the sample family and generated networks with no overlaps', () => {
    for (const bundle of [sampleCase, makeNetwork(60, 1), makeNetwork(200, 2)]) {
      const { value } = parseCaseBundle(bundle);
      for (const showEnded of [false, true]) {
        const layout = layoutNetwork(buildNetworkModel(value, { today: '2025-10-01', showEnded }));
        expect(countOverlaps(layout)).to.equal(0);
        expect(sectorsContiguous(layout)).to.equal(true);
      }
    }
  });

  it('renders the sample case with a node for everyone in the model, accessibly', async () => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${sampleCase}></cw-family-network>`);
    await el.updateComplete;
    const model = buildNetworkModel(parseCaseBundle(sampleCase).value);
    const nodes = el.shadowRoot!.querySelectorAll('g.node');
    expect(nodes.length).to.equal(model.family.length + model.outer.length);
    expect(nodes.length).to.be.greaterThan(10);
    expect(el.shadowRoot!.querySelectorAll('g.node.lead').length).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('gives a professional’s marker the initials of their name, not of their title', async () => {
    // Seen in the sample: "PC Daniel Hartley" was PH, the same as Peggy Hughes in the same picture; the doctors DS, DG.
    expect(['PC Daniel Hartley', 'Dr Imran Shah', 'Dr. Nia Griffiths', 'Mrs Peggy Hughes', 'Dr', 'Cher'].map(initials)).to.deep.equal([
      'DH',
      'IS',
      'NG',
      'PH',
      'D',
      'C',
    ]);
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${sampleCase}></cw-family-network>`);
    await el.updateComplete;
    const marks = [...el.shadowRoot!.querySelectorAll('g.node-text')].map((g) => [
      [...g.querySelectorAll('tspan.name')].map((t) => t.textContent).join(' '),
      g.querySelector('text.initials')?.textContent ?? '',
    ]);
    const hartley = marks.find(([n]) => n?.includes('Hartley'));
    expect(hartley, marks.map((m) => m.join(': ')).join('; ')).to.not.equal(undefined);
    expect(hartley![1]).to.equal('DH');
  });

  it('explains every kind of line it draws in its key, the green line of an informal support too', async () => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${sampleCase}></cw-family-network>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('svg.map .edge.support').length, 'the sample draws supports').to.be.greaterThan(0);
    const items = [...root.querySelectorAll('.legend li')];
    const supportLine = items.find((li) => li.querySelector('.edge.support'));
    expect(supportLine?.textContent?.trim()).to.equal('Informal support given to someone in the family: green line');
    const stroke = (e: Element) => getComputedStyle(e).stroke;
    expect(stroke(supportLine!.querySelector('.edge.support')!)).to.equal(stroke(root.querySelector('svg.map .edge.support')!));
  });

  it('renders hostile text as text, without running anything', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${hostileBundle()}></cw-family-network>`);
    await el.updateComplete;
    for (const view of ['contacts', 'people', 'history'] as const) {
      el.view = view;
      await el.updateComplete;
    }
    expect(el.shadowRoot!.querySelector('script, iframe, img[onerror]')).to.equal(null);
    for (const a of el.shadowRoot!.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^(tel|mailto):/);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(false);
  });
});
