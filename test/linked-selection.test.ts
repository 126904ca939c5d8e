// Linked sense-making: inside one <cw-case>, a selection made anywhere is followed everywhere.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import { sampleCase } from '@opencasework/core/sample';
import type { CwCase, Selection, Person } from '@opencasework/core';
import { settled } from './support/axe.js';

const subjectId = sampleCase.case.subjectIds![0]!;
const subject = sampleCase.people!.find((p: Person) => p.id === subjectId)!;
const shadow = (c: Element, tag: string) => c.querySelector(tag)!.shadowRoot!;

async function mount() {
  const el = await fixture<CwCase>(html`<cw-case .bundle=${sampleCase} actor="Test worker">
    <cw-genogram></cw-genogram><cw-chronology></cw-chronology><cw-family-network></cw-family-network><cw-safety-plan></cw-safety-plan>
  </cw-case>`);
  await settled(el);
  return el;
}

/** What each component shows about the current selection. */
function state(c: CwCase) {
  const geno = shadow(c, 'cw-genogram');
  const net = shadow(c, 'cw-family-network');
  const chron = shadow(c, 'cw-chronology');
  const plan = shadow(c, 'cw-safety-plan');
  return {
    genogramSelected: [...geno.querySelectorAll('g.person.selected')].map((g) => g.getAttribute('data-id')),
    genogramHighlighted: [...geno.querySelectorAll('g.person.highlighted')].map((g) => g.getAttribute('data-id')),
    networkDimmed: net.querySelectorAll('.node-text.dim').length,
    networkNodes: net.querySelectorAll('.node-text').length,
    chronologyNotice: chron.querySelector('.notice.selection')?.textContent ?? '',
    planNotice: plan.querySelector('.selection-notice')?.textContent ?? '',
  };
}

describe('linked selection across every component in one <cw-case>', function () {
  this.timeout(60_000);

  it('a host sets the selection and every component follows it', async () => {
    const c = await mount();
    expect(state(c).genogramSelected).to.deep.equal([]);
    expect(state(c).networkDimmed).to.equal(0);
    c.selection = { kind: 'person', id: subjectId };
    await settled(c);
    const s = state(c);
    expect(s.genogramSelected).to.deep.equal([subjectId]);
    expect(s.networkDimmed, 'the rest of the network is dimmed').to.be.greaterThan(0);
    expect(s.networkDimmed).to.be.lessThan(s.networkNodes);
    expect(s.chronologyNotice).to.include(subject.givenName!);
    expect(s.planNotice).to.include(subject.givenName!);
    c.selection = null;
    await settled(c);
    expect(state(c).genogramSelected).to.deep.equal([]);
    expect(state(c).chronologyNotice).to.equal('');
  });

  it('selecting a person in the genogram selects them everywhere, and the host hears it', async () => {
    const c = await mount();
    const heard: Selection[] = [];
    c.addEventListener('cw-select', (e) => heard.push(e.detail.selection));
    const person = shadow(c, 'cw-genogram').querySelector<SVGGElement>(`g.person[data-id="${subjectId}"]`)!;
    person.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(c);
    expect(c.selection).to.deep.include({ kind: 'person', id: subjectId });
    expect(heard.at(-1)).to.deep.include({ kind: 'person', id: subjectId });
    expect(state(c).chronologyNotice).to.include(subject.givenName!);
    expect(state(c).planNotice).to.include(subject.givenName!);
  });

  it('selecting a chronology entry highlights the people it concerns in the genogram and the network', async () => {
    const c = await mount();
    const chron = shadow(c, 'cw-chronology');
    const rows = [...chron.querySelectorAll<HTMLTableRowElement>('tr[data-event]')];
    const entry =
      sampleCase.chronology!.find((e) => (e.subjectIds ?? []).length >= 2 && rows.some((r) => r.dataset.event === e.id)) ??
      sampleCase.chronology!.find((e) => (e.subjectIds ?? []).length >= 1 && rows.some((r) => r.dataset.event === e.id))!;
    const row = rows.find((r) => r.dataset.event === entry.id)!;
    row.querySelector<HTMLButtonElement>('.title-button')!.click();
    await settled(c);
    expect(c.selection).to.deep.include({ kind: 'entry', id: entry.id });
    expect([...state(c).genogramHighlighted].sort()).to.deep.equal([...entry.subjectIds!].sort());
    expect(state(c).networkDimmed).to.be.greaterThan(0);
  });

  it('selecting in the family network drives the others', async () => {
    const c = await mount();
    const net = shadow(c, 'cw-family-network');
    await waitUntil(() => net.querySelector('[data-id]'), 'network nodes drawn', { timeout: 10_000 });
    const node = net.querySelector<SVGElement>(`[data-id="${subjectId}"]`);
    expect(node, 'the subject child is in the network').to.exist;
    node!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(c);
    expect(c.selection).to.deep.include({ kind: 'person', id: subjectId });
    expect(state(c).genogramSelected).to.deep.equal([subjectId]);
  });
});
