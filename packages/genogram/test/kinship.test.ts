import { expect, fixture, html } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { kinshipOf, type Kin } from '../src/kinship.js';
import { ELLA_TODAY, ellaCase } from './ella-case.js';
import { jayFamily, parent, partner } from './fixtures.js';

const kin = (id: string, extra: Record<string, string> = {}) => kinshipOf(ellaCase(), id, { today: ELLA_TODAY, ...extra });
const pairs = (list: Kin[]) => list.map((k) => `${k.personId}:${k.relation}${k.until ? `<${k.until}` : ''}`);

describe('kinshipOf', () => {
  // Expected answers written from the case notes before the code ran.
  it("names Ella's family right: her mother is her mother, her carer's children are not her siblings", () => {
    expect(pairs(kin('ella'))).to.deep.equal([
      'kayla:mother',
      'sean:father',
      'mark:step-father<2023-06',
      'jean:kinship-carer',
      'nia:fathers-partner',
      'maisie:sister',
      'connor:step-brother<2023-06',
      'leo:half-brother',
      'misc:pregnancy-loss',
      'jean:grandmother',
      'pat:grandmother',
      'bill:grandfather',
      'gary:grandfather',
      'gemma:aunt',
      'ross:uncle',
      'ava:cousin',
      'finn:cousin',
    ]);
    const relations = kin('ella')
      .filter((k) => k.personId === 'kayla')
      .map((k) => k.relation);
    expect(relations).to.deep.equal(['mother']);
    // nobody who is not family, and no carer's child as a sibling
    for (const id of ['brenda', 'kev', 'sharon', 'dean', 'poppy', 'tina', 'lisa', 'leanne', 'sue', 'phil'])
      expect(
        kin('ella').some((k) => k.personId === id),
        id,
      ).to.equal(false);
  });

  it("a foster carer's son is the carer's child, never a brother; a shared miscarriage is a loss, not a sibling", () => {
    expect(pairs(kin('leo'))).to.deep.equal([
      'kayla:mother',
      'mark:father',
      'phil:foster-carer',
      'sue:foster-carer',
      'maisie:half-sister',
      'connor:half-brother',
      'ella:half-sister',
      'misc:pregnancy-loss',
      'jean:grandmother',
      'bill:grandfather',
      'ross:uncle',
      'ava:cousin',
      'finn:cousin',
      'dean:carers-child',
    ]);
  });

  it('an adopted child is a sister of her adoptive parents’ son; her birth mother stays her mother', () => {
    const ava = pairs(kin('ava'));
    expect(ava.slice(0, 4)).to.deep.equal(['tina:mother', 'lisa:adoptive-mother', 'ross:adoptive-father', 'finn:brother']);
    expect(ava).to.include.members(['jean:grandmother', 'bill:grandfather', 'kayla:aunt', 'ella:cousin', 'maisie:cousin', 'leo:cousin']);
  });

  it("the mother's own view: partners, children in birth order, her brother's children", () => {
    const k = pairs(kin('kayla'));
    expect(k).to.include.ordered.members([
      'jean:mother',
      'bill:father',
      'ross:brother',
      'sean:former-partner',
      'mark:former-partner',
      'maisie:daughter',
      'ella:daughter',
      'leo:son',
      'misc:pregnancy-loss',
    ]);
    expect(k).to.include.members(['ava:niece', 'finn:nephew']);
    expect(k.some((x) => x.endsWith(':half-sister') || x.endsWith(':sister'))).to.equal(false);
  });

  it('on the sample case: Tyler’s mother and her brothers are not his siblings; Mason is a step-brother', () => {
    const t = kinshipOf(sampleCase, 'p-tyler', { today: '2025-11-15' });
    const of = (id: string) => t.filter((k) => k.personId === id).map((k) => k.relation);
    expect(of('p-kayleigh')).to.deep.equal(['mother']);
    expect(of('p-margaret')).to.deep.equal(['kinship-carer', 'grandmother']);
    expect(of('p-rhys')).to.deep.equal(['uncle']);
    expect(of('p-mason')).to.deep.equal(['step-brother']);
    expect(of('p-natalie-miscarriage')).to.deep.equal(['pregnancy-loss']);
    expect(of('p-alfie')).to.deep.equal(['half-brother']);
    expect(of('p-ruby')).to.deep.equal(['sister']);
    expect(of('p-gethin')).to.deep.equal([]);
  });
});

describe('great-aunts, great-uncles and their great-nieces and great-nephews', () => {
  /**
   * Ella's family with Jean's parents (Walter and Ivy, both dead), Jean's sister Moira, her half-sister Rita (Ivy's
   * daughter by Len), and two who are not Ella's great-aunts: Joan, the sister of Dave, who became Sean's stepfather,
   * and Len, Rita's father.
   */
  function withGreatAunts() {
    const b = ellaCase();
    const person = (id: string, gender: string, givenName: string, dateOfBirth: string, extra: Record<string, unknown> = {}) =>
      ({ id, gender, givenName, familyName: 'Reid', dateOfBirth, ...extra }) as NonNullable<typeof b.people>[number];
    b.people!.push(
      person('walter', 'male', 'Walter', '1930', { dateOfDeath: '2001', deceased: true }),
      person('ivy', 'female', 'Ivy', '1933', { dateOfDeath: '2015', deceased: true }),
      person('len', 'male', 'Len', '1931'),
      person('moira', 'female', 'Moira', '1955'),
      person('rita', 'female', 'Rita', '1966'),
      person('joan', 'female', 'Joan', '1963'),
      person('dave-mum', 'female', 'Edna', '1935'),
    );
    b.relationships!.push(
      partner('walter', 'ivy', 'widowed', { from: '1952', to: '2001' }),
      ...['jean', 'moira'].flatMap((c) => [parent('walter', c), parent('ivy', c)]),
      parent('ivy', 'rita'),
      parent('len', 'rita'),
      parent('dave', 'sean', 'step', { from: '1993' }),
      parent('dave-mum', 'dave'),
      parent('dave-mum', 'joan'),
    );
    return b;
  }
  const kinIn = (id: string) => pairs(kinshipOf(withGreatAunts(), id, { today: ELLA_TODAY }));

  // Expected answers written from the family above before the code ran.
  it("a grandparent's sisters (a half-sister too) are great-aunts; a step-grandparent's sister and a half-sister's father are not kin", () => {
    const ella = kinIn('ella');
    expect(ella).to.include.members(['ivy:great-grandmother', 'walter:great-grandfather', 'moira:great-aunt', 'rita:great-aunt']);
    for (const id of ['joan', 'len', 'dave-mum'])
      expect(
        ella.some((k) => k.startsWith(`${id}:`)),
        id,
      ).to.equal(false);
    // in the text view's wider family after the cousins, and in birth order
    const i = (x: string) => ella.indexOf(x);
    expect(i('finn:cousin')).to.be.lessThan(i('moira:great-aunt'));
    expect(i('moira:great-aunt')).to.be.lessThan(i('rita:great-aunt')); // in birth order
    // Kayla's view: Moira and Rita are her aunts; Ivy and Walter her grandparents
    expect(kinIn('kayla')).to.include.members(['moira:aunt', 'rita:aunt', 'ivy:grandmother', 'walter:grandfather']);
  });

  it("a great-aunt's view: her sister's grandchildren are great-nieces and great-nephews, the foster carers' son is not", () => {
    const moira = kinIn('moira');
    expect(moira).to.include.members([
      'jean:sister',
      'rita:half-sister',
      'kayla:niece',
      'ross:nephew',
      'maisie:great-niece',
      'ella:great-niece',
      'leo:great-nephew',
      'ava:great-niece',
      'finn:great-nephew',
    ]);
    for (const id of ['dean', 'sean', 'joan', 'misc'])
      expect(
        moira.some((k) => k.startsWith(`${id}:`)),
        id,
      ).to.equal(false);
  });

  it('on the sample case: Glenys Parry is the children’s great-aunt, their grandmother Peggy’s sister', () => {
    const t = kinshipOf(sampleCase, 'p-tyler', { today: '2025-11-15' });
    const of = (id: string) => t.filter((k) => k.personId === id).map((k) => k.relation);
    expect(of('p-glenys')).to.deep.equal(['great-aunt']);
    expect(of('p-gwilym')).to.deep.equal(['great-grandfather']);
    expect(of('p-nest')).to.deep.equal(['great-grandmother']);
    const g = kinshipOf(sampleCase, 'p-glenys', { today: '2025-11-15' });
    const to = (id: string) => g.filter((k) => k.personId === id).map((k) => k.relation);
    expect(to('p-margaret')).to.deep.equal(['sister']);
    expect(to('p-kayleigh')).to.deep.equal(['niece']);
    expect(to('p-tyler')).to.deep.equal(['great-nephew']);
    expect(to('p-ruby')).to.deep.equal(['great-niece']);
    expect(to('p-alfie')).to.deep.equal(['great-nephew']);
  });
});

describe('the text and table views use kinship', () => {
  async function make(view: 'text' | 'table') {
    const el = await fixture<CwGenogram>(html`<cw-genogram .bundle=${ellaCase()} .today=${ELLA_TODAY}></cw-genogram>`);
    el.view = view;
    await el.updateComplete;
    return el;
  }

  it('says who Ella lives with and who her parents are, with no false sibling', async () => {
    const el = await make('text');
    const summary = el.shadowRoot!.querySelector('.summary')!.textContent;
    expect(summary).to.equal(
      'Ella Cole, 13, lives with kinship carer and grandmother Jean Reid; mother Kayla Reid, divorced 2018; father Sean Cole, divorced 2018; stepfather Mark Tate (until Jun 2023).',
    );
    const ella = [...el.shadowRoot!.querySelectorAll('.people-list > li')].find((li) => li.getAttribute('data-id') === 'ella')!.textContent;
    expect(ella).to.contain('Brothers and sisters: sister Maisie Cole; stepbrother Connor Tate (until Jun 2023); half-brother Leo Tate.');
    expect(ella).not.to.match(/half-sister Kayla|sister Kayla|brother Ross|half-sibling/);
    expect(ella).to.contain('Miscarriage (pregnancy loss)');
  });

  it('gives each person’s relationship to the index child in the people table', async () => {
    const el = await make('table');
    const row = (id: string) => el.shadowRoot!.querySelector(`tr[data-id="${id}"]`)!.textContent;
    expect(el.shadowRoot!.querySelector('table thead')!.textContent).to.contain('To Ella Cole');
    expect(row('kayla')).to.contain('mother');
    expect(row('kayla')).not.to.contain('sister');
    expect(row('jean')).to.contain('kinship carer and grandmother');
    expect(row('dean')).not.to.contain('brother');
  });

  it('keeps the Jay summary practitioners write', async () => {
    const el = await fixture<CwGenogram>(
      html`<cw-genogram .bundle=${jayFamily()} as-at="2026-11-22" today="2026-11-22" view="text"></cw-genogram>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(
      'Jay Smith, 11, lives with mother Kelly Smith and her partner Dan Brown, sister Mia Smith, half-sister Tia Brown and half-brother Tom Brown; father Lee Jones, separated 2019.',
    );
  });
});
