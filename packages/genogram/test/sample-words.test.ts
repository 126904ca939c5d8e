// A practitioner's review of the genogram on the sample case (December 2026) found four things wrong. The expected
// words below were written from the data (packages/core/sample/family.ts) before the code was changed:
// 1. A partnership's label gave the year it began, not the year of its status: Keith and Carol Morgan lived together
//    from 1996 and married on 12 Sep 1998, drawn "m. 1996", said "married, since 1996".
// 2. A pregnancy's text read "Miscarriage, miscarriage, died May 2022": a repeated word, and "died" for a loss.
// 3. Liam and Natalie's children were drawn Isla (2021), Pregnancy (due Jan 2026), Miscarriage (May 2022).
// 4. Jordan's entry read "son Alfie Price", with nothing of the disputed paternity the drawing shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { layoutGenogram } from '../src/layout/layout.js';
import { kinshipOf } from '../src/kinship.js';

const TODAY = '2025-11-15';
const SOURCE =
  'Named as father on the birth registration (February 2022). Jordan disputed paternity in his police interview of 7 May 2023; no DNA test has been done.';

async function make(attrs: Partial<CwGenogram> = {}, lang = 'en'): Promise<CwGenogram> {
  const wrap = await fixture(html`<div lang=${lang}><cw-genogram .bundle=${sampleCase} today=${TODAY}></cw-genogram></div>`);
  const el = wrap.firstElementChild as CwGenogram;
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}
const $ = (el: CwGenogram, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: CwGenogram, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
/** A person's entry in the text view, as one line of text. */
const entry = (el: CwGenogram, id: string) => ($(el, `.people-list > li[data-id="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headline = (el: CwGenogram, id: string) => $(el, `.people-list > li[data-id="${id}"] .headline`)?.textContent ?? '';
const status = (el: CwGenogram, pair: string) => $(el, `text.status-label[data-for="p:u:${pair}"]`)?.textContent;
const said = (el: CwGenogram, pair: string) => $(el, `.partner-line[data-id="p:u:${pair}"]`)?.getAttribute('aria-label') ?? '';
const named = (el: CwGenogram, id: string) => $(el, `g.person[data-id="${id}"]`)?.getAttribute('aria-label') ?? '';

describe('the sample in words: partnership dates, pregnancies, birth order, disputed paternity', () => {
  it('1. draws and says the year of each status, not the year the partnership began', async () => {
    const el = await make();
    el.fit();
    await el.updateComplete;
    const drawn = Object.fromEntries(
      ['carol|p-keith', 'dafydd|p-lowri', 'hannah|p-owen', 'rhys|p-tom', 'alan|p-margaret', 'carol|p-dafydd', 'chelsea|p-jordan']
        .concat(['jordan|p-kayleigh', 'kayleigh|p-liam', 'liam|p-natalie', 'dan|p-sian', 'gwilym|p-nest'])
        .map((pair) => [pair, status(el, `p-${pair}`)]),
    );
    expect(drawn).to.deep.equal({
      'carol|p-keith': 'm. 1998',
      'dafydd|p-lowri': 'm. 1999',
      'hannah|p-owen': 'm. 2011',
      'rhys|p-tom': 'c.p. 2015',
      'alan|p-margaret': 'wid. 2021',
      'carol|p-dafydd': 'div. 1996',
      'chelsea|p-jordan': 'sep. 2018',
      'jordan|p-kayleigh': 'sep. 2024',
      'kayleigh|p-liam': 'div. 2021',
      'liam|p-natalie': 'LT 2020',
      'dan|p-sian': 'dating 2024',
      'gwilym|p-nest': 'wid. 2004',
    });
    expect(said(el, 'p-carol|p-keith')).to.match(/: married since 1998, together since 1996$/);
    expect(said(el, 'p-rhys|p-tom')).to.match(/: civil partnership since 2015, together since 2012$/);
    expect(said(el, 'p-alan|p-margaret')).to.match(/: widowed since 2021$/);
    expect(said(el, 'p-liam|p-natalie')).to.match(/: living together since 2020$/);

    el.view = 'text';
    await el.updateComplete;
    expect(entry(el, 'p-carol')).to.contain(
      'Partners: Dafydd Evans (divorced 1996); Keith Morgan (married 12 Sep 1998, together since 1996).',
    );
    expect(entry(el, 'p-dafydd')).to.contain('Lowri Bowen (married 3 Apr 1999, together since 1998).');
    expect(entry(el, 'p-owen')).to.contain('Partners: Hannah Evans (married 1 Oct 2011, together since 2010).');
    expect(entry(el, 'p-rhys')).to.contain('Partners: Tom Pritchard (civil partnership 16 May 2015, together since 2012).');
    expect(entry(el, 'p-liam')).to.contain('Partners: Kayleigh Hughes (divorced Jun 2021); Natalie Jenkins (living together Jan 2020).');
    expect(entry(el, 'p-jordan')).to.contain('Partners: Chelsea Watkins (separated 2018); Kayleigh Hughes (separated 9 Feb 2024).');

    el.view = 'table';
    await el.updateComplete;
    const row = $$(el, 'table')[1]!.querySelectorAll('tbody tr');
    const keith = [...row].find((r) => r.textContent.includes('Keith Morgan') && r.textContent.includes('partner'))!;
    expect(keith.children[3]!.textContent).to.equal('since 1996; married 12 Sep 1998');
  });

  it('1. at a past date shows the status then, with its own date', async () => {
    const el = await make({ asAt: '1997-06-01', view: 'text' });
    expect(entry(el, 'p-keith')).to.contain('Partners: Carol Morgan (living together 1996).');
    el.asAt = '2000-01-01';
    await el.updateComplete;
    expect(entry(el, 'p-keith')).to.contain('Partners: Carol Morgan (married 12 Sep 1998, together since 1996).');
    el.asAt = '2015-01-01';
    el.view = 'diagram';
    await el.updateComplete;
    el.fit();
    await el.updateComplete;
    expect(status(el, 'p-kayleigh|p-liam')).to.equal('m. 2013');
    expect(status(el, 'p-carol|p-keith')).to.equal('m. 1998');
    expect(status(el, 'p-rhys|p-tom')).to.equal('LT 2012'); // their civil partnership was on 16 May 2015
    el.asAt = '2013-01-01';
    await el.updateComplete;
    el.fit();
    await el.updateComplete;
    expect(status(el, 'p-rhys|p-tom')).to.equal('LT 2012');
    expect(status(el, 'p-kayleigh|p-liam')).to.equal('LT 2010');
    el.asAt = '2020-01-01';
    el.view = 'text';
    await el.updateComplete;
    expect(entry(el, 'p-liam')).to.contain('Kayleigh Hughes (separated Aug 2019)');
  });

  it('2. says a pregnancy and a pregnancy loss once, with their dates, never "died"', async () => {
    const el = await make();
    el.fit();
    await el.updateComplete;
    expect(named(el, 'p-natalie-miscarriage')).to.match(/^Miscarriage, May 2022, /);
    expect(named(el, 'p-natalie-miscarriage')).not.to.match(/died|miscarriage.*miscarriage/i);
    expect(named(el, 'p-natalie-pregnancy')).to.match(/^Pregnancy, expected Jan 2026, /);
    expect(named(el, 'p-natalie-pregnancy')).not.to.match(/pregnancy, pregnancy/i);
    el.view = 'text';
    await el.updateComplete;
    expect(headline(el, 'p-natalie-miscarriage')).to.equal('Miscarriage, May 2022');
    expect(headline(el, 'p-natalie-pregnancy')).to.equal('Pregnancy, expected Jan 2026');
    expect(entry(el, 'p-liam')).to.contain('Pregnancies: Miscarriage (pregnancy loss), May 2022; Pregnancy, expected Jan 2026.');
    expect(entry(el, 'p-tyler')).to.contain(
      'Pregnancies: Miscarriage (pregnancy loss), May 2022; Pregnancy (expected brother or sister), expected Jan 2026.',
    );
    el.view = 'table';
    await el.updateComplete;
    const cells = (id: string) => [...$(el, `tr[data-id="${id}"]`)!.children].map((c) => c.textContent.trim());
    // name, gender (here the kind and date), born, age, died, household
    expect(cells('p-natalie-miscarriage').slice(0, 5)).to.deep.equal(['Miscarriage', 'miscarriage, May 2022', '', '', '']);
    expect(cells('p-natalie-pregnancy').slice(0, 5)).to.deep.equal(['Pregnancy', 'pregnancy, expected Jan 2026', '', '', '']);
    const cy = await make({ view: 'text' }, 'cy');
    await waitUntil(() => headline(cy, 'p-natalie-miscarriage') !== 'Miscarriage, May 2022', 'Welsh words', { timeout: 10_000 });
    expect(headline(cy, 'p-natalie-miscarriage')).to.equal('Camesgoriad, Mai 2022');
    expect(headline(cy, 'p-natalie-pregnancy')).to.equal('Beichiogrwydd, disgwylir Ion 2026');
  });

  it('3. draws brothers, sisters, pregnancies and losses in date order, oldest on the left', () => {
    const m = layoutGenogram(sampleCase, { today: TODAY });
    const x = (id: string) => m.nodes.find((n) => n.id === id)!.x;
    expect(x('p-isla')).to.be.lessThan(x('p-natalie-miscarriage'));
    expect(x('p-natalie-miscarriage')).to.be.lessThan(x('p-natalie-pregnancy'));
    const pregnancies = kinshipOf(sampleCase, 'p-tyler', { today: TODAY })
      .filter((k) => ['pregnancy-loss', 'expected-sibling'].includes(k.relation))
      .map((k) => k.personId);
    expect(pregnancies).to.deep.equal(['p-natalie-miscarriage', 'p-natalie-pregnancy']);
  });

  it('3. does not draw a loss at a date before it happened', () => {
    const ids = (asAt: string) => layoutGenogram(sampleCase, { today: TODAY, asAt }).nodes.map((n) => n.id);
    expect(ids('2020-06-01')).not.to.include('p-natalie-miscarriage');
    expect(ids('2022-06-01')).to.include('p-natalie-miscarriage');
  });

  it('4. says in the text view and the table that Alfie’s paternity is disputed, and its source', async () => {
    const el = await make({ view: 'text' });
    expect(entry(el, 'p-jordan')).to.contain(`son Mason Price; son Alfie Price (paternity disputed: ${SOURCE})`);
    expect(entry(el, 'p-alfie')).to.contain(`father Jordan Price (paternity disputed: ${SOURCE})`);
    expect(entry(el, 'p-kayleigh')).to.contain('son Alfie Price.');
    el.view = 'table';
    await el.updateComplete;
    const rows = [...$$(el, 'table')[1]!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    const jordan = rows.find((r) => r[0] === 'Jordan Price' && r[2] === 'Alfie Price')!;
    expect(jordan[4]).to.equal(`Paternity disputed: ${SOURCE}`);
    el.view = 'diagram';
    await el.updateComplete;
    expect(named(el, 'p-alfie')).to.contain(`paternity disputed: ${SOURCE}`);
    const cy = await make({ view: 'text' }, 'cy');
    await waitUntil(() => entry(cy, 'p-jordan').includes('mab Alfie'), 'Welsh words', { timeout: 10_000 });
    expect(entry(cy, 'p-jordan')).to.contain(`mab Alfie Price (tadolaeth yn destun anghydfod: ${SOURCE})`);
  });
});
