import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import type { CaseBundle } from '@opencasework/core';
import { riversFamily, TODAY } from './fixtures.js';

const mount = async (bundle: unknown = riversFamily(), extra: Partial<CwFamilyNetwork> = {}) => {
  const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${bundle} today=${TODAY}></cw-family-network>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
};
const $ = <T extends Element = HTMLElement>(el: CwFamilyNetwork, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel);
const $$ = <T extends Element = HTMLElement>(el: CwFamilyNetwork, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];
const nodeIds = (el: CwFamilyNetwork) => $$(el, 'g.node').map((g) => g.getAttribute('data-id'));
const text = (el: CwFamilyNetwork) => el.shadowRoot!.textContent ?? '';
const allText = (el: CwFamilyNetwork) => [text(el), ...$$(el, '[aria-label]').map((x) => x.getAttribute('aria-label'))].join(' ');

describe('<cw-family-network>', () => {
  it('draws the family, professionals and informal supports, with an accessible name for each node', async () => {
    const el = await mount();
    expect(nodeIds(el).sort()).to.deep.equal(['ann', 'dv', 'gpdoc', 'gran', 'jay', 'mo', 'neighbour', 'sw', 'teacher']);
    const sw = $(el, 'g.node[data-id="sw"]')!;
    expect(sw.getAttribute('role')).to.equal('button');
    expect(sw.getAttribute('aria-label'))
      .to.contain('Sam Social')
      .and.contain('Social worker')
      .and.contain('Lead professional')
      .and.contain('Jay Rivers');
    expect(sw.classList.contains('lead')).to.equal(true);
    expect($(el, 'g.node[data-id="sw"] .ring')).to.exist;
    expect($(el, 'g.node[data-id="neighbour"]')!.classList.contains('support')).to.equal(true);
    // Line styles by strength.
    expect($$(el, 'svg.map .edge.strong').length).to.equal(3);
    expect($$(el, 'svg.map path.edge.stressful').length).to.equal(1);
    expect($$(el, 'svg.map .edge.tenuous').length).to.equal(3);
    // Sector headers and the households.
    expect($$(el, '.sector-title').map((t) => t.textContent)).to.include('SOCIAL CARE');
    expect($$(el, '.household-title').map((t) => t.textContent)).to.include('Ann’s home');
  });

  it('people in no current household are captioned, not boxed: a box says they live together', async () => {
    // The sample case: Jordan Price and Siân Hughes are in no current household; a review found them in a dashed
    // household box headed "Not in a current household", as if they lived together.
    const { sampleCase } = await import('@opencasework/core/sample');
    const el = await mount(sampleCase, {});
    el.today = '2025-09-24';
    await el.updateComplete;
    const loose = $$(el, '.household-title').filter((t) => t.textContent === 'Not in a current household');
    expect(loose).to.have.length(1);
    expect(loose[0]!.classList.contains('loose')).to.equal(true);
    const titles = $$(el, '.household-title:not(.loose)').length;
    expect($$(el, 'svg.map rect.household').length, 'one box per household, none for the rest').to.equal(titles);
    // No box encloses the caption's point.
    const at = (loose[0] as unknown as SVGTextElement).getBBox();
    for (const r of $$<SVGRectElement>(el, 'svg.map rect.household')) {
      const b = r.getBBox();
      expect(at.x >= b.x && at.x <= b.x + b.width && at.y >= b.y && at.y <= b.y + b.height, 'a box round the caption').to.equal(false);
    }
  });

  it('hides a sensitive role (and its agency) unless allowed, and never shows an address', async () => {
    const el = await mount();
    const dv = $(el, 'g.node[data-id="dv"]')!.getAttribute('aria-label')!;
    expect(dv).to.contain('Role not shown');
    expect(allText(el)).not.to.contain('Domestic abuse');
    expect(allText(el)).not.to.contain('Safe Haven');
    expect(allText(el)).not.to.contain('Secret Lane');
    el.view = 'contacts';
    await el.updateComplete;
    expect(allText(el)).not.to.contain('Domestic abuse');
    el.view = 'people';
    await el.updateComplete;
    expect(allText(el)).not.to.contain('Domestic abuse');
    expect(allText(el)).not.to.contain('Secret Lane');
    expect($(el, 'section[data-person="ann"]')!.textContent).to.contain('Address confidential');
    el.showSensitiveRoles = true;
    await el.updateComplete;
    expect(text(el)).to.contain('Domestic abuse worker');
    expect(allText(el)).not.to.contain('Secret Lane');
  });

  it('hides ended involvements by default and shows them on request', async () => {
    const el = await mount();
    expect(nodeIds(el)).not.to.include('pc');
    expect(text(el)).to.contain('1 ended involvement hidden');
    const box = $<HTMLInputElement>(el, '.check input')!;
    box.click();
    await el.updateComplete;
    expect(el.showEnded).to.equal(true);
    expect(nodeIds(el)).to.include('pc');
    expect($(el, 'g.node[data-id="pc"]')!.classList.contains('ended')).to.equal(true);
    expect($(el, 'g.node[data-id="pc"]')!.getAttribute('aria-label')).to.contain('ended');
  });

  it('selecting a person fires cw-select and highlights their professionals, dimming the rest', async () => {
    const el = await mount();
    const node = $(el, 'g.node[data-id="jay"]')!;
    setTimeout(() => node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const ev = await oneEvent(el, 'cw-select');
    expect(ev.detail.selection).to.deep.equal({ kind: 'person', id: 'jay' });
    await el.updateComplete;
    const dimmed = $$(el, 'g.node.dim')
      .map((g) => g.getAttribute('data-id'))
      .sort();
    expect(dimmed).to.deep.equal(['ann', 'dv', 'gran', 'mo', 'neighbour']);
    expect(node.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.answer')!.textContent).to.contain('3 professionals and supports work with Jay Rivers');
  });

  it("a node selected from outside becomes the picture's tab stop, without taking focus", async () => {
    const el = await mount();
    el.selection = { kind: 'professional', id: 'teacher' };
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, 'g.node[tabindex="0"]').map((g) => g.getAttribute('data-id'))).to.deep.equal(['teacher']);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('follows a selection set from outside: a professional, then an entry with related people', async () => {
    const el = await mount();
    el.selection = { kind: 'professional', id: 'teacher' };
    await el.updateComplete;
    expect(
      $$(el, 'g.node:not(.dim)')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).to.deep.equal(['jay', 'teacher']);
    expect($(el, '.details h3')!.textContent).to.contain('Tina Teach');
    el.selection = { kind: 'entry', id: 'e1', related: ['gran'] };
    await el.updateComplete;
    expect(
      $$(el, 'g.node:not(.dim)')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).to.deep.equal(['gran', 'sw']);
    el.selection = { kind: 'involvement', id: 'i-teacher' };
    await el.updateComplete;
    expect(
      $$(el, 'g.node:not(.dim)')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).to.deep.equal(['jay', 'teacher']);
    el.selection = null;
    await el.updateComplete;
    expect($$(el, 'g.node.dim').length).to.equal(0);
  });

  it('reaches every node by keyboard, each exactly once per round', async () => {
    const el = await mount();
    const ids = nodeIds(el);
    $(el, 'g.node[tabindex="0"]')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      seen.push(el.shadowRoot!.activeElement!.getAttribute('data-id')!);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await aTimeout(0);
    }
    expect([...seen].sort()).to.deep.equal([...ids].sort());
    expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal(ids[0]);
  });

  it('works inside <cw-case>: a selection made in the network is shared', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<cw-case .bundle=${riversFamily()}><cw-family-network today=${TODAY}></cw-family-network></cw-case>`,
    );
    const el = wrap.querySelector('cw-family-network')!;
    await el.updateComplete;
    expect(nodeIds(el)).to.include('jay');
    $(el, 'g.node[data-id="mo"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect((wrap as unknown as { selection: unknown }).selection).to.deep.equal({ kind: 'person', id: 'mo' });
    (wrap as unknown as { selection: unknown }).selection = { kind: 'person', id: 'gran' };
    await aTimeout(0);
    await el.updateComplete;
    expect($(el, 'g.node[data-id="gran"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('moves between nodes with the arrow keys (roving tabindex) and selects with Enter', async () => {
    const el = await mount();
    const ids = nodeIds(el);
    expect($$(el, 'g.node[tabindex="0"]').length).to.equal(1);
    $(el, 'g.node[tabindex="0"]')!.focus();
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(ids[0]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(ids[1]);
    expect($$(el, 'g.node[tabindex="0"]').map((g) => g.getAttribute('data-id'))).to.deep.equal([ids[1]]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(ids[ids.length - 1]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(ids[0]);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'cw-select');
    expect(ev.detail.selection.id).to.equal(ids[0]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selection).to.equal(null);
  });

  it('answers "who is the lead?" in one action', async () => {
    const el = await mount();
    $(el, 'button[data-ask="lead"]')!.click();
    await el.updateComplete;
    expect($(el, '.answer')!.textContent).to.contain('The lead professional is Sam Social');
    expect(el.selection).to.deep.equal({ kind: 'professional', id: 'sw' });
  });

  it('answers "who has not been in contact for N weeks?"', async () => {
    const el = await mount();
    const weeks = $<HTMLInputElement>(el, '#weeks')!;
    weeks.value = '4';
    $(el, 'button[data-ask="stale"]')!.click();
    await el.updateComplete;
    const answer = $(el, '.answer')!.textContent;
    expect(answer).to.contain('2 professionals have no contact recorded in the last 4 weeks');
    expect(answer).to.contain('Tina Teach: last contact 1 Mar 2025 (13 weeks ago)');
    // "Apr 2025" counts from 30 April: 33 days before 2 June, so 4 whole weeks and no more.
    expect(answer).to.contain('Dee Vale: last contact Apr 2025 (4 weeks ago)');
    expect(answer).to.contain('Dr Gill: no contact date recorded');
    expect(answer).not.to.contain('Sam Social');
    expect(
      $$(el, 'g.node:not(.dim)')
        .map((g) => g.getAttribute('data-id'))
        .sort(),
    ).to.deep.equal(['dv', 'gpdoc', 'teacher']);
  });

  it('prompts about universal services not recorded, without a verdict', async () => {
    const bundle = riversFamily();
    bundle.involvements = bundle.involvements!.filter((i) => i.id !== 'i-gp');
    const el = await mount(bundle);
    $(el, 'button[data-ask="universal"]')!.click();
    await el.updateComplete;
    const answer = $(el, '.answer')!.textContent;
    expect(answer).to.contain('Worth checking');
    expect(answer).to.contain('may be in place but not recorded');
    expect(answer).to.contain('Jay Rivers (age 7): no GP recorded');
    expect(answer).to.contain('Mo Rivers (age 2): no health visitor or GP recorded');
  });

  it('lists who to contact with safe links, and sorts by a column', async () => {
    const el = await mount(riversFamily(), { view: 'contacts' });
    const rows = () => $$(el, 'tbody tr').map((r) => r.getAttribute('data-id'));
    expect(rows()).to.deep.equal(['dv', 'gpdoc', 'sw', 'teacher']);
    const sw = $(el, 'tbody tr[data-id="sw"]')!;
    expect(sw.textContent)
      .to.contain('Social worker')
      .and.contain('Children’s Services')
      .and.contain('Jay Rivers, Mo Rivers, Rose Rivers and Ann Rivers')
      .and.contain('Yes')
      .and.contain('Consent to share given')
      .and.contain('28 May 2025');
    expect(sw.querySelector('a[href="tel:01234567890"]')).to.exist;
    expect(sw.querySelector('a[href="mailto:sam@example.org"]')).to.exist;
    const teacher = $(el, 'tbody tr[data-id="teacher"]')!;
    expect(teacher.querySelector('a')).to.equal(null);
    expect(teacher.textContent).to.contain('javascript:alert(1)');
    const nameTh = $(el, 'th[aria-sort="ascending"]')!;
    expect(nameTh.textContent).to.contain('Name');
    $(el, 'button[data-sort="lastContact"]')!.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal(['teacher', 'dv', 'sw', 'gpdoc']);
    expect($(el, 'button[data-sort="lastContact"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    $(el, 'button[data-sort="lastContact"]')!.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal(['sw', 'dv', 'teacher', 'gpdoc']);
    expect($(el, 'button[data-sort="lastContact"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    $(el, 'button[data-sort="lead"]')!.click();
    await el.updateComplete;
    expect(rows()[0]).to.equal('sw');
  });

  it('lists each person’s involvements and the history of who joined and left', async () => {
    const el = await mount(riversFamily(), { view: 'people' });
    const jay = $(el, 'section[data-person="jay"]')!;
    expect(jay.textContent).to.contain('Sam Social').and.contain('Tina Teach').and.contain('Dr Gill');
    expect(jay.textContent).to.contain('Lead professional');
    expect($(el, 'section[data-person="ann"]')!.textContent).to.contain('Pat Green').and.contain('neighbour');
    el.view = 'history';
    await el.updateComplete;
    const items = $$(el, '.history ol li').map((li) => `${li.getAttribute('data-involvement')}:${li.getAttribute('data-type')}`);
    expect(items).to.deep.equal(['i-pc:joined', 'i-pc:left', 'i-teacher:joined', 'i-sw:joined', 'i-gran:joined', 'i-dv:joined']);
    expect($(el, '.history ol li')!.textContent).to.contain('Feb 2022');
    expect($$(el, '.history ul li').map((li) => li.getAttribute('data-involvement'))).to.deep.equal(['i-gp']);
  });

  it('is accessible (axe) in the picture, with and without a selection', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.selection = { kind: 'person', id: 'jay' };
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const view of ['contacts', 'people', 'history'] as const) {
    it(`is accessible (axe) in the ${view} view`, async () => {
      const el = await mount(riversFamily(), { view });
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible (axe) when editable, with the form’s errors shown', async () => {
    const el = await mount(riversFamily(), { editable: true });
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await aTimeout(20);
    await el.updateComplete;
    expect($(el, 'form')!.textContent).to.contain('Choose at least one family member');
    await expect(el).to.be.accessible();
  });

  it('lists invalid involvements and dangling references in the error summary and still draws the rest', async () => {
    const bundle = riversFamily() as unknown as { involvements: unknown[]; professionals: unknown[] };
    bundle.involvements.push({ id: 'bad-1', professionalId: 'nobody', personIds: ['jay'] });
    bundle.involvements.push({ id: 'bad-2', professionalId: 'sw', personIds: ['ghost'] });
    bundle.involvements.push({ id: 'bad-3', professionalId: 'sw', personIds: ['jay'], strength: 'extreme' });
    bundle.professionals.push({ id: 'pro-x', name: 'X', role: 'Y', agencyId: 'missing-agency' });
    setTimeout(() => undefined);
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${bundle} today=${TODAY}></cw-family-network>`);
    await el.updateComplete;
    const summary = $(el, 'cw-error-summary')!;
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const s = summary.shadowRoot!.textContent;
    expect(s).to.contain('bad-1').and.contain('bad-2').and.contain('bad-3').and.contain('pro-x');
    expect(nodeIds(el)).to.include.members(['sw', 'jay', 'teacher']);
  });

  it('does not crash on odd input', async () => {
    for (const odd of [null, 42, 'text', {}, { schema: 'opencasework/case-bundle@1', case: { id: 'c', subjectIds: [] } }]) {
      const el = await mount(odd);
      expect(el.shadowRoot!.querySelector('cw-error-summary')).to.exist;
    }
  });

  it('speaks Welsh', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="cy"><cw-family-network .bundle=${riversFamily()} today=${TODAY}></cw-family-network></div>`,
    );
    const el = wrap.querySelector('cw-family-network')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Tîm o amgylch y teulu');
    expect(text(el)).to.contain('Pwy sy’n arwain?');
    expect($$(el, '.sector-title').map((t) => t.textContent)).to.include('GOFAL CYMDEITHASOL');
    el.view = 'contacts';
    await el.updateComplete;
    expect(text(el)).to.contain('Caniatâd i rannu wedi’i roi');
    expect(text(el)).to.contain('28 Mai 2025');
    await expect(el).to.be.accessible();
  });

  it('draws every label line within the box the layout reserved for it (the text estimate is conservative)', async () => {
    const { sampleCase } = await import('@opencasework/core/sample');
    for (const bundle of [riversFamily(), sampleCase]) {
      const el = await mount(bundle);
      const over: string[] = [];
      const labelLayers = $$(el, 'g.node-text');
      for (const [idx, g] of $$(el, 'g.node').entries()) {
        const id = g.getAttribute('data-id')!;
        const width = Number(g.querySelector('rect.label-bg')!.getAttribute('width'));
        const tspans = [...labelLayers[idx]!.querySelectorAll<SVGTSpanElement>('tspan')];
        expect(tspans.length).to.be.greaterThan(0);
        for (const t of tspans) {
          const len = t.getComputedTextLength();
          if (len > width) over.push(`${id}: "${t.textContent}" ${len.toFixed(1)} > ${width}`);
        }
      }
      expect(over).to.deep.equal([]);
    }
  });

  it('pans and zooms', async () => {
    const el = await mount();
    const svgEl = $<SVGSVGElement>(el, 'svg.map')!;
    const before = svgEl.getAttribute('viewBox')!.split(' ').map(Number);
    $(el, 'button[data-zoom="in"]')!.click();
    await el.updateComplete;
    const zoomed = svgEl.getAttribute('viewBox')!.split(' ').map(Number);
    expect(zoomed[2]).to.be.below(before[2]!);
    svgEl.dispatchEvent(new PointerEvent('pointerdown', { clientX: 100, clientY: 100, button: 0, bubbles: true, pointerId: 1 }));
    svgEl.dispatchEvent(new PointerEvent('pointermove', { clientX: 160, clientY: 120, bubbles: true, pointerId: 1 }));
    svgEl.dispatchEvent(new PointerEvent('pointerup', { clientX: 160, clientY: 120, bubbles: true, pointerId: 1 }));
    await el.updateComplete;
    const panned = svgEl.getAttribute('viewBox')!.split(' ').map(Number);
    expect(panned[0]).to.be.below(zoomed[0]!);
    expect(panned[2]).to.equal(zoomed[2]);
    // Issue 14: the first view is at 100% (labels at their true 12-13 px), so "Fit" is no longer the first view
    // (the old expectation here): it shows the whole drawing, every marker inside the view, and says its zoom.
    $(el, 'button[data-zoom="fit"]')!.click();
    await el.updateComplete;
    const [x, y, w, h] = svgEl.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    for (const c of $$(el, 'g.node circle.marker')) {
      const cx = Number(c.getAttribute('cx')),
        cy = Number(c.getAttribute('cy'));
      expect(cx >= x && cx <= x + w && cy >= y && cy <= y + h, c.parentElement!.getAttribute('data-id')!).to.equal(true);
    }
    expect($(el, '[data-zoom-level]')!.textContent).to.match(/Zoom \d+%/);
    // 0 goes back to the first view.
    svgEl.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(svgEl.getAttribute('viewBox')!.split(' ').map(Number)).to.deep.equal(before);
  });
});

describe('<cw-family-network> editing', () => {
  const fill = (el: CwFamilyNetwork, sel: string, value: string) => {
    const input = $<HTMLInputElement | HTMLSelectElement>(el, sel)!;
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('is read-only by default', async () => {
    const el = await mount();
    expect($(el, 'form')).to.equal(null);
  });

  it('adds a new agency, professional and involvement, each as its own audited change', async () => {
    const el = await mount(riversFamily(), { editable: true, actor: 'Test Worker' });
    const changes: { entity: string; op: string; actor: string }[] = [];
    el.addEventListener('cw-change', (e) => changes.push(e.detail.change));
    fill(el, '#f-name', 'Hana Health');
    fill(el, '#f-role', 'Health visitor');
    fill(el, '#f-agency-name', 'Valley Health Board');
    fill(el, '#f-sector', 'health');
    fill(el, '#f-phone', '+44 1234 000000');
    $<HTMLInputElement>(el, 'input[name="people"][value="mo"]')!.checked = true;
    fill(el, '#f-strength', 'strong');
    fill(el, '#f-consent', 'given');
    fill(el, '#f-from', '2025-05');
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await aTimeout(50);
    await el.updateComplete;
    expect(changes.map((c) => `${c.entity}:${c.op}:${c.actor}`)).to.deep.equal([
      'Agency:create:Test Worker',
      'Professional:create:Test Worker',
      'Involvement:create:Test Worker',
    ]);
    expect($(el, 'form [role="status"]')!.textContent).to.contain('Added Hana Health to the network');
    const hana = $$(el, 'g.node').find((g) => g.getAttribute('aria-label')!.startsWith('Hana Health'));
    expect(hana, 'new professional drawn').to.exist;
    expect(hana!.getAttribute('aria-label')).to.contain('Mo Rivers');
    // The host's object is never modified.
    el.selection = null;
    $(el, 'button[data-ask="universal"]')!.click();
    await el.updateComplete;
    expect($(el, '.answer')!.textContent).not.to.contain('no health visitor');
  });

  it('shows errors for a form that is not complete, and refuses a second lead', async () => {
    const el = await mount(riversFamily(), { editable: true });
    let fired = false;
    el.addEventListener('cw-change', () => {
      fired = true;
    });
    $<HTMLInputElement>(el, 'input[name="lead"]')!.checked = true;
    fill(el, '#f-from', 'March 2024');
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await aTimeout(20);
    await el.updateComplete;
    const t = $(el, 'form')!.textContent;
    expect(t).to.contain('Enter the professional’s name');
    expect(t).to.contain('Choose at least one family member');
    expect(t).to.contain('Enter a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(t).to.contain('Sam Social is already the lead professional');
    expect(fired).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-name');
  });

  it('adds an involvement for an existing professional, and shows a veto as an alert', async () => {
    const el = await mount(riversFamily(), { editable: true });
    fill(el, '#f-pro', 'teacher');
    await el.updateComplete;
    expect($(el, '#f-name')).to.equal(null);
    $<HTMLInputElement>(el, 'input[name="people"][value="mo"]')!.checked = true;
    el.addEventListener('cw-change', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await aTimeout(20);
    await el.updateComplete;
    expect($(el, 'form [role="alert"]')!.textContent).to.contain('not accepted');
    $<HTMLInputElement>(el, 'input[name="people"][value="mo"]')!.checked = true;
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await aTimeout(20);
    await el.updateComplete;
    expect($(el, 'g.node[data-id="teacher"]')!.getAttribute('aria-label')).to.contain('Mo Rivers');
  });

  it('goes through the <cw-case> store with an audit event', async () => {
    const bundle = riversFamily();
    const wrap = await fixture<HTMLElement & { bundle: CaseBundle }>(
      html`<cw-case actor="Case Worker" .bundle=${bundle}><cw-family-network editable today=${TODAY}></cw-family-network></cw-case>`,
    );
    const el = wrap.querySelector('cw-family-network')!;
    await el.updateComplete;
    fill(el, '#f-pro', 'gpdoc');
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="people"][value="gran"]')!.checked = true;
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await aTimeout(50);
    await el.updateComplete;
    expect($(el, 'g.node[data-id="gpdoc"]')!.getAttribute('aria-label')).to.contain('Rose Rivers');
    expect(bundle.involvements!.length).to.equal(6);
  });
});
