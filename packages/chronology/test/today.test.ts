import { expect, waitUntil } from '@open-wc/testing';
import '@opencasework/core/define';
import '../src/define.js';
import type { CaseBundle } from '@opencasework/core';
import type { CwChronology } from '../src/chronology.js';
import { fixture, html } from '@open-wc/testing';
import { asPrinted } from '../../../test/support/print-media.js';

const bundle = (): CaseBundle => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'c', subjectIds: ['jay'] },
  people: [{ id: 'jay', givenName: 'Jay', familyName: 'Reed', gender: 'male', dateOfBirth: '2015-02-01' }],
  agencies: [{ id: 'sc', name: 'Children’s services', sector: 'social-care' }],
  chronology: [
    {
      id: 'p',
      date: '2023-01-10',
      title: 'Child protection plan',
      category: 'plan',
      agencyId: 'sc',
      subjectIds: ['jay'],
      significance: 'significant',
    },
    {
      id: 'v',
      date: '2023-03-01',
      title: 'Home visit, Jay seen',
      category: 'visit',
      agencyId: 'sc',
      subjectIds: ['jay'],
      significance: 'routine',
    },
  ],
});

async function timelineLabel(today?: string): Promise<string> {
  const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${bundle()} today=${today ?? ''}></cw-chronology>`);
  el.view = 'timeline';
  await waitUntil(() => el.shadowRoot!.querySelector('svg.timeline'), 'the timeline is drawn', { timeout: 10_000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector('svg.timeline')!.getAttribute('aria-label') ?? '';
}

describe('<cw-chronology> today', () => {
  it('ends a plan still open at `today` on the timeline, as the other parts do', async () => {
    // Written before running: the plan has no end and nothing ends it, so it is drawn open to "today". With today set
    // to 31 Dec 2023 the timeline's span runs to that day; without it, to the real date.
    const set = await timelineLabel('2023-12-31');
    expect(set).to.equal('Timeline of 2 events, 10 Jan 2023 to 31 Dec 2023');
    const real = await timelineLabel();
    const year = Number(/ (\d{4})$/.exec(real)?.[1]);
    expect(year).to.be.at.least(new Date().getUTCFullYear());
  });

  it('works the pattern prompts out as at `today`: what was recorded later is not yet known', async () => {
    // Written before running: three referrals in 2023 with no assessment are a repeated concern. As at 1 Apr 2023
    // only the first two were known: no prompt. Without today, the prompt is there.
    const b = bundle();
    b.chronology = ['2023-01-05', '2023-03-02', '2023-06-20'].map((date, i) => ({
      id: `r${i}`,
      date,
      title: `Referral: Jay hurt (${i + 1})`,
      category: 'referral' as const,
      agencyId: 'sc',
      subjectIds: ['jay'],
      significance: 'significant' as const,
    }));
    const prompts = async (today: string) => {
      const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${b} today=${today}></cw-chronology>`);
      el.shadowRoot!.querySelector<HTMLElement>('details.patterns summary')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('details.patterns .cw-hint'), 'the findings', { timeout: 10_000 });
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('.findings > li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    };
    const all = await prompts('');
    expect(all.join(' '), JSON.stringify(all)).to.match(/3 concern/i);
    expect(await prompts('2023-04-01')).to.deep.equal([]);
  });
});

describe('<cw-chronology> on paper', () => {
  it('writes the lower-priority columns in the row on A4, so "What happened" is not squeezed beside empty columns', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${bundle()}></cw-chronology>`);
    await el.updateComplete;
    const printed = asPrinted(el);
    try {
      const root = el.shadowRoot!;
      const lowCells = [...root.querySelectorAll<HTMLElement>('table.main tbody td.low')];
      expect(lowCells.length).to.be.greaterThan(0);
      expect(lowCells.filter((td) => td.checkVisibility())).to.deep.equal([]);
      const inRow = root.querySelector<HTMLElement>('table.main tbody .low-in-row')!;
      expect(inRow.checkVisibility(), 'written in the row').to.equal(true);
      expect(inRow.textContent).to.contain('Category');
    } finally {
      printed.undo();
    }
  });
});
