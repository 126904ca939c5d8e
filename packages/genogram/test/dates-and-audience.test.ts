import { expect, fixture, html } from '@open-wc/testing';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import { parseCaseBundle } from '@opencasework/core';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { layoutGenogram } from '../src/layout/layout.js';
import { layoutQuality } from '../src/layout/invariants.js';
import { hitsOf, quadPoints } from '../src/layout/overlay-routes.js';
import { ELLA_TODAY, ellaCase } from './ella-case.js';

async function make(attrs: Partial<CwGenogram> = {}): Promise<CwGenogram> {
  const el = await fixture<CwGenogram>(html`<cw-genogram .bundle=${ellaCase()} today=${ELLA_TODAY}></cw-genogram>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}
const $ = (el: CwGenogram, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: CwGenogram, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];

describe('"as at" and links with no date', () => {
  // Expected before running: at 2020-06-01, Ross and Lisa's undated marriage, six undated emotional lines and three
  // supports are not known to have existed: 10 hidden. Jean's kinship care (from June 2023) and the cut-off (from 2021)
  // had not begun, so they are not drawn either (and are not "undated").
  it('hides undated links at a past date, says how many, and shows them marked when asked', async () => {
    const el = await make({ asAt: '2020-06-01' });
    expect($(el, '.undated-note')!.textContent).to.equal(
      '10 links with no dates are hidden: they are not known to have existed at this date.',
    );
    expect($$(el, 'svg.drawing g.emo, svg.drawing g.support-line')).to.have.length(0);
    expect(el.model.graph.parentRels.get('ella')!.some((r) => r.type === 'kinship')).to.equal(false);
    // they are Finn's parents, so a line still joins them, drawn as parents whose relationship is not recorded
    expect(el.model.edges.find((e) => e.id === 'p:u:lisa|ross')!.unrecorded).to.equal(true);
    ($(el, '#chk-undated') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.showUndated).to.equal(true);
    expect($(el, '.undated-note')).to.equal(null);
    expect($$(el, 'svg.drawing g.emo, svg.drawing g.support-line')).to.have.length(9);
    expect($$(el, '.undated-label').length).to.equal(9);
    expect($(el, '.status-label[data-for="p:u:lisa|ross"]')!.textContent).to.equal('date unknown');
  });

  it('draws everything today, with no note', async () => {
    const el = await make();
    expect($(el, '.undated-note')).to.equal(null);
    expect($$(el, 'svg.drawing g.emo')).to.have.length(7);
  });

  it('dates an ongoing partnership "since", never "Sep 2025 – Sep 2025"', async () => {
    const el = await make({ view: 'table' });
    const rows = $$(el, 'table')[1]!.querySelectorAll('tbody tr');
    const sean = [...rows].find((r) => r.textContent.includes('Nia Morgan') && r.textContent.includes('partner'))!;
    expect(sean.textContent).to.contain('since Sep 2025');
    expect(sean.textContent).not.to.contain('Sep 2025 – Sep 2025');
    const kaylaSean = [...rows].find((r) => r.textContent.includes('partner (divorced)') && r.textContent.includes('Sean Cole'))!;
    expect(kaylaSean.textContent).to.contain('2006 – 2018');
  });
});

describe('the family-facing view', () => {
  it('leaves out abuse, violence, neglect and police-intelligence lines and says so', async () => {
    const el = await make({ familyFacing: true });
    const drawn = $$(el, 'svg.drawing g.emo').map((g) => g.getAttribute('data-id'));
    expect(drawn).to.have.members(['e:e-close', 'e:e-conflict', 'e:e-nia', 'e:e-cut']);
    expect($(el, '.harm-note')!.textContent).to.equal(
      '3 lines about abuse, violence, neglect or police information are left out of this family-facing view.',
    );
    el.view = 'text';
    await el.updateComplete;
    expect($(el, '.text-view')!.textContent).not.to.match(/abuse|violence|Police intelligence/i);
  });

  it('draws them when the host opts in (family-harm-lines)', async () => {
    const el = await make({ familyFacing: true, familyHarmLines: true });
    expect($$(el, 'svg.drawing g.emo')).to.have.length(7);
    expect($(el, '.harm-note')).to.equal(null);
  });
});

describe('emotional and support lines go round the people they do not connect', () => {
  const through = (m: ReturnType<typeof layoutGenogram>, id: string) => {
    const e = m.edges.find((x) => x.id === id)!;
    const path = e.polyline ? e.points : quadPoints(e.points[0]!, e.points[1]!, e.points[2]!, 48);
    return m.nodes.filter((n) => hitsOf(path, [{ id: n.id, x: n.x, y: n.y }], new Set([e.a!, e.b!]), 18.5) > 0).map((n) => n.id);
  };

  it('the abuse line from Mark to Ella does not touch her little brother (or anyone)', () => {
    const m = layoutGenogram(ellaCase(), { today: ELLA_TODAY });
    expect(through(m, 'e:e-abuse')).to.deep.equal([]);
    expect(layoutQuality(m).overlayThroughSymbols).to.equal(0);
  });

  it('0 crossings of uninvolved symbols on the sample case and on 300 people', () => {
    expect(layoutQuality(layoutGenogram(sampleCase, { today: '2025-11-15' })).overlayThroughSymbols).to.equal(0);
    const big = parseCaseBundle(makeFamily(300, 5)).value;
    // the generator has no emotional lines: give it 40 between people far apart, across generations
    const ids = (big.people ?? []).map((p) => p.id);
    const extra = Array.from({ length: 40 }, (_, i) => ({
      id: `e-x${i}`,
      kind: 'emotional' as const,
      a: ids[(i * 37) % ids.length]!,
      b: ids[(i * 91 + 13) % ids.length]!,
      quality: (['conflict', 'close', 'abuse', 'distant'] as const)[i % 4],
    })).filter((r) => r.a !== r.b);
    const m = layoutGenogram(
      { ...big, relationships: [...(big.relationships ?? []), ...extra] } as unknown as Parameters<typeof layoutGenogram>[0],
      { asAt: '2100-01-01', today: '2100-01-01' },
    );
    expect(m.edges.filter((e) => e.kind === 'emotional').length).to.equal(extra.length);
    expect(layoutQuality(m).overlayThroughSymbols).to.equal(0);
  });
});
