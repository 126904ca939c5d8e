import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { CwErrorSummary, DataIssue } from '../src/index.js';
import '../src/define.js';

const issue = (n: number, extra: Partial<DataIssue> = {}): DataIssue => ({
  entity: 'ChronologyEntry',
  id: `e${n}`,
  path: 'category',
  message: `"category" must be one of: referral, contact (it is "gossip-${n}")`,
  location: `chronology[${n}]`,
  ...extra,
});

async function summaryOf(issues: DataIssue[], lang = 'en'): Promise<{ wrap: HTMLElement; el: CwErrorSummary }> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><cw-error-summary .issues=${issues}></cw-error-summary></div>`);
  const el = wrap.querySelector('cw-error-summary')!;
  await el.updateComplete;
  return { wrap, el };
}
const text = (el: CwErrorSummary) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('<cw-error-summary>', () => {
  it('renders nothing when there are no issues', async () => {
    const { el } = await summaryOf([]);
    expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
  });

  it('names each record by type and id, the field and the reason', async () => {
    const { el } = await summaryOf([
      issue(1),
      { entity: 'Person', id: 'p-7', path: 'gender', message: '"gender" must be one of: female, male', location: 'people[7]' },
      {
        entity: 'Relationship',
        id: null,
        path: 'kind',
        message: '"kind" must be one of: partner, parent, twin, emotional, support',
        location: 'relationships[2]',
      },
    ]);
    const t = text(el);
    expect(t).to.contain('There is a problem with 3 records');
    expect(t).to.contain('Chronology entry "e1"').and.contain('"category" must be one of: referral, contact');
    expect(t).to.contain('Person "p-7"').and.contain('"gender" must be one of');
    expect(t).to.contain('Relationship with no id').and.contain('at relationships[2]');
    const region = el.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('collapses a long list behind a working "show all" button', async () => {
    const many = Array.from({ length: 25 }, (_, i) => issue(i));
    const { el } = await summaryOf(many);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(10);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('Show all 25 problems');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(25);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent.trim()).to.equal('Show fewer problems');
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(10);
  });

  it('speaks Welsh under lang="cy", and follows a change of the attribute at run time', async () => {
    const { wrap, el } = await summaryOf([issue(1)], 'cy');
    expect(text(el)).to.contain('Mae problem gydag 1 cofnod').and.contain('Cofnod cronoleg "e1"');
    wrap.setAttribute('lang', 'en-GB');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(el)).to.contain('There is a problem with 1 record');
    wrap.setAttribute('lang', 'cy-GB');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(el)).to.contain('Mae problem gydag 1 cofnod');
  });

  it('renders a hostile id and message as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { el } = await summaryOf([
      { entity: 'Person', id: hostile, path: 'gender', message: `${hostile} is wrong`, location: 'people[0]' },
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain(`Person "${hostile}"`);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('does not crash on odd issues from a host', async () => {
    const odd = [
      null,
      'text',
      { entity: 'Spaceship', id: 7, message: undefined },
      { entity: 'Person', id: 'p1', path: '', message: 'ok' },
    ] as unknown as DataIssue[];
    const { el } = await summaryOf(odd);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    expect(text(el)).to.contain('Spaceship with no id').and.contain('Person "p1"');
    el.issues = 'not a list' as unknown as DataIssue[];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.summary')).to.equal(null);
  });

  it('can take focus, as GOV.UK does after a failed submission', async () => {
    const { el } = await summaryOf([issue(1)]);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.summary'));
  });

  it('is accessible (axe), collapsed and expanded, in English and Welsh', async () => {
    const { el } = await summaryOf(Array.from({ length: 12 }, (_, i) => issue(i)));
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const cy = await summaryOf([issue(1)], 'cy');
    await expect(cy.el).to.be.accessible();
  });
});
