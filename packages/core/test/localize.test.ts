import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  Catalogue,
  LocalizeController,
  LocaleController,
  coreMessages,
  formatList,
  localeReady,
  normaliseLocale,
  type Message,
} from '../src/index.js';
import { CwErrorSummary } from '../src/error-summary.js';
import '../src/define.js';

const en = {
  greeting: 'Hello {name}',
  items: { one: '{count} item', other: '{count} items' },
  only: 'English only',
} satisfies Record<string, Message>;
type Key = keyof typeof en;
const cyForms = {
  zero: 'dim-{count}',
  one: 'un-{count}',
  two: 'dau-{count}',
  few: 'tri-{count}',
  many: 'chwech-{count}',
  other: 'arall-{count}',
};

let loads = 0;
const lazy = new Catalogue<Key>(en, {
  cy: () => {
    loads++;
    return Promise.resolve({ greeting: 'Helo {name}', items: cyForms });
  },
});

class TestLocalized extends LitElement {
  readonly i18n = new LocalizeController(this, lazy);
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }
  override render() {
    return html`<p>${this.i18n.t('greeting', { name: 'Sam' })} · ${this.i18n.t('items', { count: 2 })} · ${this.i18n.t('only')}</p>`;
  }
}
customElements.define('test-localized', TestLocalized);

describe('Catalogue', () => {
  it('chooses Welsh plural forms for 0, 1, 2, 3, 6 and 11 (zero, one, two, few, many, other)', async () => {
    const c = new Catalogue<Key>(en, { cy: async () => ({ items: cyForms }) });
    await c.load('cy');
    expect([0, 1, 2, 3, 6, 11].map((count) => c.t('cy', 'items', { count }))).to.deep.equal([
      'dim-0',
      'un-1',
      'dau-2',
      'tri-3',
      'chwech-6',
      'arall-11',
    ]);
  });

  it('chooses English one/other, and falls back to English (with English plural rules) for a missing key', async () => {
    const c = new Catalogue<Key>(en, { cy: async () => ({ greeting: 'Helo {name}' }) });
    expect([0, 1, 2, 11].map((count) => c.t('en', 'items', { count }))).to.deep.equal(['0 items', '1 item', '2 items', '11 items']);
    await c.load('cy');
    expect(c.t('cy-GB', 'items', { count: 1 })).to.equal('1 item');
    expect(c.t('cy', 'greeting', { name: 'Sam' })).to.equal('Helo Sam');
    expect(c.t('cy', 'greeting')).to.equal('Helo {name}');
  });

  it("fills core's Welsh plural messages", async () => {
    await coreMessages.load('cy');
    expect(coreMessages.t('cy', 'summary.heading', { count: 1 })).to.equal('Mae problem gydag 1 cofnod');
    expect(coreMessages.t('cy', 'summary.heading', { count: 2 })).to.equal('Mae problem gyda 2 gofnod');
    expect(coreMessages.t('cy', 'summary.heading', { count: 11 })).to.equal('Mae problem gyda 11 o gofnodion');
    expect(coreMessages.t('en', 'summary.heading', { count: 1 })).to.equal('There is a problem with 1 record');
    expect(coreMessages.t('en', 'case.unsaved', { count: 3 })).to.equal('3 changes have not been saved.');
  });

  it('loads a locale once, knows it before loading it, and ignores unknown locales', async () => {
    let n = 0;
    const c = new Catalogue<Key>(en, {
      cy: async () => {
        n++;
        return { only: 'Cymraeg' };
      },
    });
    expect(c.has('cy')).to.equal(true);
    expect(c.isLoaded('cy')).to.equal(false);
    expect(c.t('cy', 'only')).to.equal('English only');
    await Promise.all([c.load('cy'), c.load('cy-GB')]);
    await c.load('cy');
    expect(n).to.equal(1);
    expect(c.isLoaded('cy')).to.equal(true);
    expect(c.t('cy', 'only')).to.equal('Cymraeg');
    await c.load('fr');
    expect(c.has('fr')).to.equal(false);
    expect(c.t('fr', 'only')).to.equal('English only');
  });

  it('takes host-added languages, and a plain object as an already loaded Welsh catalogue (the old constructor)', () => {
    const c = new Catalogue<Key>(en, { greeting: 'Shwmae {name}' }).add('pl', { only: 'Tylko' });
    expect(c.isLoaded('cy')).to.equal(true);
    expect(c.t('cy', 'greeting', { name: 'Sam' })).to.equal('Shwmae Sam');
    expect(c.t('pl', 'only')).to.equal('Tylko');
    expect(c.locales()).to.include.members(['en', 'cy', 'pl']);
  });

  it('keeps English when a locale fails to load', async () => {
    const c = new Catalogue<Key>(en, { cy: () => Promise.reject(new Error('offline')) });
    await c.load('cy');
    expect(c.isLoaded('cy')).to.equal(false);
    expect(c.t('cy', 'only')).to.equal('English only');
  });

  it('normalises locales', () => {
    expect(normaliseLocale('cy-GB')).to.equal('cy');
    expect(normaliseLocale('EN_gb')).to.equal('en');
    expect(normaliseLocale('')).to.equal('en');
  });
});

describe('LocalizeController', () => {
  it('does not load Welsh until an element needs it; await updateComplete then shows Welsh', async () => {
    const english = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(english.shadowRoot!.textContent).to.contain('Hello Sam · 2 items · English only');
    expect(loads).to.equal(0);
    expect(lazy.isLoaded('cy')).to.equal(false);
    const wrap = await fixture(html`<div lang="cy-GB"><test-localized></test-localized></div>`);
    const el = wrap.querySelector<TestLocalized>('test-localized')!;
    await el.updateComplete;
    expect(loads).to.equal(1);
    expect(el.i18n.locale).to.equal('cy');
    expect(el.i18n.dateLocale).to.equal('cy');
    expect(el.shadowRoot!.textContent).to.contain('Helo Sam · dau-2 · English only');
  });

  it('follows a lang attribute that changes, and localeReady resolves once the host shows it', async () => {
    const wrap = await fixture(html`<div lang="en"><test-localized></test-localized></div>`);
    const el = wrap.querySelector<TestLocalized>('test-localized')!;
    wrap.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r));
    await localeReady(el);
    expect(el.shadowRoot!.textContent).to.contain('Helo Sam');
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Hello Sam');
  });

  it('formats dates, ages, numbers and lists in the locale', async () => {
    const wrap = await fixture(html`<div lang="cy"><test-localized></test-localized></div>`);
    const cy = wrap.querySelector<TestLocalized>('test-localized')!.i18n;
    expect(cy.date('2019-03-14', { style: 'long' })).to.equal('14 Mawrth 2019');
    expect(cy.age({ years: 9, months: 3, approximate: false }, true)).to.equal('9bl 3mis');
    const english = (await fixture<TestLocalized>(html`<test-localized></test-localized>`)).i18n;
    expect(english.date('2019-03')).to.equal('Mar 2019');
    expect(english.number(12345)).to.equal('12,345');
    expect(english.list(['a', 'b', 'c'])).to.equal('a, b and c'); // British English, as the prompts write it
    expect(english.list(['a', 'b'], 'disjunction')).to.equal('a or b');
  });

  it('keeps the deprecated LocaleController working (locale only)', async () => {
    class Old extends LitElement {
      readonly l = new LocaleController(this);
    }
    customElements.define('test-old-locale', Old);
    const wrap = await fixture(html`<div lang="cy"><test-old-locale></test-old-locale></div>`);
    expect(wrap.querySelector<Old>('test-old-locale')!.l.locale).to.equal('cy');
  });

  it("shows the error summary's own text in Welsh after await updateComplete", async () => {
    const wrap = await fixture(html`<div lang="cy"><cw-error-summary></cw-error-summary></div>`);
    const summary = wrap.querySelector<CwErrorSummary>('cw-error-summary')!;
    summary.issues = [
      { entity: 'Person', id: 'p1', path: 'gender', message: 'x', location: 'people[0]' },
      { entity: 'Person', id: 'p2', path: 'gender', message: 'x', location: 'people[1]' },
    ];
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Mae problem gyda 2 gofnod');
    expect(summary.shadowRoot!.textContent).to.contain('Unigolyn "p1"');
  });
});

describe('formatList', () => {
  it('joins Welsh by its own rules in every browser ("a", "ac" before a vowel, "neu"), never in English', () => {
    // A browser without Welsh data answers Intl.ListFormat('cy') in English without an error ("corfforol and emosiynol").
    expect(formatList(['cam-drin corfforol', 'emosiynol'], 'cy')).to.equal('cam-drin corfforol ac emosiynol');
    expect(formatList(['Ruby Evans', 'Megan Evans', 'Ellie Evans'], 'cy')).to.equal('Ruby Evans, Megan Evans ac Ellie Evans');
    expect(formatList(['Tyler', 'Ŵyn'], 'cy-GB')).to.equal('Tyler ac Ŵyn');
    expect(formatList(['heddlu', 'ysgol'], 'cy', 'disjunction')).to.equal('heddlu neu ysgol');
    // Not mutated after "a" (written "a cham-drin"): as the Unicode CLDR's Welsh list pattern, which has no mutation.
    expect(formatList(['esgeulustod', 'cam-drin rhywiol'], 'cy')).to.equal('esgeulustod a cam-drin rhywiol');
    expect(formatList(['Tyler'], 'cy')).to.equal('Tyler');
    expect(formatList([], 'cy')).to.equal('');
  });
  it('writes British English, and English for a language the browser does not have', () => {
    expect(formatList(['Police', 'Children’s Services', 'School'], 'en')).to.equal('Police, Children’s Services and School');
    expect(formatList(['a', 'b'], 'en', 'disjunction')).to.equal('a or b');
    expect(formatList(['a', 'b'], 'qqq')).to.equal('a and b');
    expect(formatList(['a', 'b'], 'not a locale!')).to.equal('a and b');
  });
});
