import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import { buildNetworkModel } from '../src/network-model.js';
import { namedFamily, newestRecordDay } from '../src/named-people.js';
import { networkGaps } from '../src/questions.js';
import { coleCase, NAMED_DAY } from './fixtures-named.js';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('the family the case names (issue 14)', () => {
  it('draws both fathers, a father’s partner, the mother’s new partner and the plan’s safety person; not the distractors', () => {
    const m = buildNetworkModel(coleCase(), { today: NAMED_DAY });
    expect(ids(m.family)).to.deep.equal(['dani', 'ella', 'finn', 'kev', 'lee', 'pat', 'ryan', 'sara']);
    // Not drawn: a former partner and ended step-father named only in a closed plan; "May" the month; the
    // ambiguous "Tom"; the deceased grandfather; the neighbour stays an informal support.
    for (const id of ['craig', 'may', 'tomh', 'tomc', 'bill'])
      expect(
        m.family.some((f) => f.id === id),
        id,
      ).to.equal(false);
    expect(m.outer.find((o) => o.id === 'jo')?.kind).to.equal('support');
    const named = (id: string) => m.family.find((f) => f.id === id)!.named.map((r) => r.kind);
    expect(named('ryan')).to.deep.equal(['partner', 'danger', 'step']);
    expect(named('kev')).to.deep.equal(['parent']);
    expect(named('sara')).to.deep.equal(['partner']);
    expect(named('pat')).to.deep.equal(['plan-network']);
    // Dani agreed with one danger statement (a view) and is named in the text of the other (as the one shouted at).
    expect(named('dani')).to.deep.equal(['parent', 'danger-view', 'danger']);
    // Where they are drawn: Kev and Sara in their own home; Ryan and Lee outside any current household.
    expect(m.family.find((f) => f.id === 'kev')!.householdId).to.equal('h-kev');
    expect(m.family.find((f) => f.id === 'ryan')!.householdId).to.equal(null);
  });

  it('reads a first name only when no one else has it, and never a month', () => {
    const b = coleCase();
    b.safetyPlans![0]!.dangerStatements = [{ id: 'x', text: 'In May, Tom Hale said he would move in.' }];
    b.safetyPlans![0]!.nextSteps = [];
    const named = namedFamily(b, NAMED_DAY);
    expect(named.has('tomh')).to.equal(true);
    expect(named.has('tomc')).to.equal(false);
    expect(named.has('may')).to.equal(false);
    expect(named.has('ryan')).to.equal(true); // still Dani's partner
  });

  it('an ended step-parent and a past partner are not drawn, a current one is', () => {
    const b = coleCase();
    b.safetyPlans = [];
    // Before Ryan: as at 2024 he is not yet Dani's partner.
    expect(namedFamily(b, '2024-06-01').has('ryan')).to.equal(false);
    // While Craig was Ella's step-father he was drawn.
    expect(namedFamily(b, '2018-01-01').has('craig')).to.equal(true);
    expect(namedFamily(b, NAMED_DAY).has('craig')).to.equal(false);
  });

  it('lists the gaps: no professional works with Kev, Sara or Ryan; Finn has no current lead', () => {
    const g = networkGaps(buildNetworkModel(coleCase(), { today: NAMED_DAY }));
    expect([...g.noProfessional].sort()).to.deep.equal(['kev', 'ryan', 'sara']);
    expect(g.noLead).to.deep.equal(['finn']);
    // While Finn's earlier lead lasted he had one, and Ella's lead had not yet started.
    expect(networkGaps(buildNetworkModel(coleCase(), { today: '2025-03-09' })).noLead).to.deep.equal(['ella']);
  });

  it('"as at" is the newest dated record, not a due or review date, with instants read in the time zone', () => {
    const b = coleCase();
    expect(newestRecordDay(b, (at) => at.slice(0, 10))).to.equal('2025-11-20');
    b.safetyPlans![0]!.updatedAt = '2025-06-30T23:30:00Z';
    // 23:30 UTC on 30 June is 00:30 on 1 July in London; the chronology's 14 November is then the newest.
    expect(newestRecordDay(b, (at) => at.slice(0, 10))).to.equal('2025-11-14');
    b.chronology = [];
    b.involvements = b.involvements!.map(({ lastContact: _l, ...i }) => i);
    expect(newestRecordDay(b, (at) => (at.startsWith('2025-06-30T23') ? '2025-07-01' : at.slice(0, 10)))).to.equal('2025-07-01');
    expect(newestRecordDay({ schema: 'opencasework/case-bundle@1', case: { id: 'x', subjectIds: [] } }, (at) => at)).to.equal(null);
  });
});

describe('<cw-family-network> on the Cole case', () => {
  const mount = async (extra: Partial<CwFamilyNetwork> = {}, today = NAMED_DAY) => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${coleCase()} today=${today}></cw-family-network>`);
    Object.assign(el, extra);
    await el.updateComplete;
    return el;
  };
  const $ = (el: CwFamilyNetwork, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
  const allText = (el: CwFamilyNetwork) =>
    [
      el.shadowRoot!.textContent ?? '',
      ...[...el.shadowRoot!.querySelectorAll('[aria-label],[title],a[href]')].flatMap((x) => [
        x.getAttribute('aria-label') ?? '',
        x.getAttribute('title') ?? '',
        x.getAttribute('href') ?? '',
      ]),
    ].join(' ');

  it('draws the fathers and the mother’s new partner, saying who they are', async () => {
    const el = await mount();
    for (const id of ['kev', 'lee', 'ryan', 'sara']) expect($(el, `g.node[data-id="${id}"]`), id).to.exist;
    expect($(el, 'g.node[data-id="kev"]')!.getAttribute('aria-label')).to.contain('father of Ella Moss');
    const ryan = $(el, 'g.node[data-id="ryan"]')!.getAttribute('aria-label')!;
    expect(ryan)
      .to.contain('partner of Dani Cole')
      .and.contain('named in a danger statement')
      .and.contain('owns a step in the safety plan');
  });

  it('the gap check lists who no professional works with and which child has no lead', async () => {
    const el = await mount();
    $(el, 'button[data-ask="universal"]')!.click();
    await el.updateComplete;
    const answer = $(el, '.answer')!.textContent.replace(/\s+/g, ' ');
    expect(answer).to.contain('No professional works with Kev Moss (father of Ella Moss).');
    expect(answer).to.contain(
      'No professional works with Ryan Hale (partner of Dani Cole; named in a danger statement; owns a step in the safety plan).',
    );
    expect(answer).to.contain('No professional works with Sara Patel (partner of Kev Moss).');
    expect(answer).to.contain('Finn Cole has no current lead professional.');
    expect(answer).not.to.contain('works with Lee Cole');
    expect(answer).not.to.contain('works with Pat Cole');
    // "Who is the lead?" says so too.
    $(el, 'button[data-ask="lead"]')!.click();
    await el.updateComplete;
    expect($(el, '.answer')!.textContent)
      .to.contain('The lead professional is Nia Rhys')
      .and.contain('Finn Cole has no current lead professional.');
  });

  it('a hidden sensitive role takes its phone, e-mail, agency, purpose and the plan’s wording with it, in every view', async () => {
    const el = await mount();
    const leaks = ['Independent Domestic', 'IDVA', 'Women', '960555', 'rita.shaw', 'havenwomensaid', 'MARAC'];
    for (const view of ['picture', 'contacts', 'people', 'history'] as const) {
      el.view = view;
      await el.updateComplete;
      if (view === 'picture') {
        el.selection = { kind: 'professional', id: 'rita' };
        await el.updateComplete;
      }
      const text = allText(el);
      for (const leak of leaks) expect(text, `${view}: ${leak}`).not.to.contain(leak);
      expect(text, view).to.contain('Rita Shaw');
    }
    el.view = 'contacts';
    await el.updateComplete;
    expect($(el, 'tbody tr[data-id="rita"]')!.textContent).to.contain('Contact details not shown');
    // The host may allow it.
    el.showSensitiveRoles = true;
    await el.updateComplete;
    const row = $(el, 'tbody tr[data-id="rita"]')!;
    expect(row.textContent).to.contain('Independent Domestic Violence Adviser').and.contain('01632 960555').and.contain('rita.shaw@');
  });

  it('is drawn as at the newest dated record when the host gives no today, and says so', async () => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${coleCase()}></cw-family-network>`);
    await el.updateComplete;
    expect($(el, '.as-at')!.textContent).to.contain('20 November 2025').and.contain('newest record');
    // Ages count from that day, not from the machine's clock: Ella was born in May 2016.
    expect($(el, 'g.node[data-id="ella"]')!.getAttribute('aria-label')).to.contain('age 9');
    el.today = '2027-01-01';
    await el.updateComplete;
    expect($(el, '.as-at')!.textContent.trim()).to.equal('As at 1 January 2027');
  });
});
