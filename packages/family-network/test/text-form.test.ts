import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { historyView } from '../src/views/history.js';
import { contactsView } from '../src/views/contacts.js';
import '../src/define.js';
import type { CwFamilyNetwork } from '../src/family-network.js';
import { networkMessages } from '../src/messages/index.js';
import { networkText } from '../src/network-text.js';
import { formRecords, validateForm, type FormValues } from '../src/involvement-form.js';
import { buildNetworkModel } from '../src/network-model.js';
import { riversFamily, TODAY } from './fixtures.js';

const english = networkText({ t: (k, p) => networkMessages.t('en', k, p), date: (d) => d, age: (a) => String(a?.years ?? '') });

describe('network messages', () => {
  it('has English plurals for 1 and many', () => {
    expect(networkMessages.t('en', 'hiddenEnded', { count: 1 })).to.equal('(1 ended involvement hidden)');
    expect(networkMessages.t('en', 'hiddenEnded', { count: 3 })).to.equal('(3 ended involvements hidden)');
    expect(networkMessages.t('en', 'weeksAgo', { count: 1 })).to.equal('1 week ago');
    expect(networkMessages.t('en', 'answer.stale', { count: 2, weeks: networkMessages.t('en', 'weeks', { count: 4 }) })).to.equal(
      '2 professionals have no contact recorded in the last 4 weeks:',
    );
  });

  it('has Welsh plural forms for 0, 1, 2, 3, 6 and 11', async () => {
    await networkMessages.load('cy');
    const forms = [0, 1, 2, 3, 6, 11].map((count) => networkMessages.t('cy', 'hiddenEnded', { count }));
    expect(forms).to.deep.equal([
      '(0 cysylltiad sydd wedi dod i ben wedi’u cuddio)',
      '(1 cysylltiad sydd wedi dod i ben wedi’i guddio)',
      '(2 gysylltiad sydd wedi dod i ben wedi’u cuddio)',
      '(3 chysylltiad sydd wedi dod i ben wedi’u cuddio)',
      '(6 chysylltiad sydd wedi dod i ben wedi’u cuddio)',
      '(11 cysylltiad sydd wedi dod i ben wedi’u cuddio)',
    ]);
    expect([0, 1, 2, 3, 6, 11].map((count) => networkMessages.t('cy', 'picture.supports', { count }))).to.deep.equal([
      '0 cefnogaeth anffurfiol',
      '1 gefnogaeth anffurfiol',
      '2 gefnogaeth anffurfiol',
      '3 cefnogaeth anffurfiol',
      '6 chefnogaeth anffurfiol',
      '11 cefnogaeth anffurfiol',
    ]);
  });
});

describe('network text', () => {
  it('lists names with "and" before the last, and labels a professional with role, agency, lead and consent', () => {
    expect(english.list([])).to.equal('');
    expect(english.list(['A'])).to.equal('A');
    expect(english.list(['A', 'B', 'C'])).to.equal('A, B and C');
    const model = buildNetworkModel(riversFamily(), { today: TODAY });
    const sw = model.outer.find((o) => o.id === 'sw')!;
    const lines = english.lines(sw, model);
    expect(lines[0]).to.equal('Sam Social');
    expect(lines[1]).to.contain('Social worker');
    expect(lines[2]).to.match(/^Lead · Consent/);
  });
});

describe('views rendered alone', () => {
  it('draws the history and the contact list from a small context, without the element', () => {
    const model = buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true });
    const host = document.createElement('div');
    render(historyView({ model, text: english }), host);
    expect([...host.querySelectorAll('ol li')].map((li) => li.getAttribute('data-type'))).to.include.members(['joined', 'left']);
    const sorted: string[] = [];
    render(
      contactsView({
        model,
        text: english,
        locale: 'en',
        caseTitle: 'Rivers',
        sortKey: 'name',
        sortDir: 'ascending',
        onSort: (k) => sorted.push(k),
        onPrint: () => undefined,
      }),
      host,
    );
    expect(host.querySelector('th[aria-sort="ascending"]')!.textContent).to.contain('Name');
    host.querySelector<HTMLButtonElement>('button[data-sort="role"]')!.click();
    expect(sorted).to.deep.equal(['role']);
  });
});

describe('involvement form rules', () => {
  const blank: FormValues = {
    professionalId: '',
    agencyId: '',
    name: '',
    role: '',
    agencyName: '',
    sector: '',
    phone: '',
    email: '',
    sensitive: false,
    personIds: [],
    purpose: '',
    strength: '',
    consent: '',
    lead: false,
    from: '',
    lastContact: '',
  };

  it('says what is missing or wrong', () => {
    const errors = validateForm({ ...blank, from: 'March 2024', phone: 'call me', lead: true }, riversFamily(), TODAY);
    expect(Object.keys(errors).sort()).to.deep.equal(['agencyName', 'from', 'lead', 'name', 'people', 'phone', 'role']);
    expect(errors.lead).to.deep.equal({ key: 'error.leadTaken', name: 'Sam Social' });
  });

  it('builds a new agency, professional and involvement in order', () => {
    let n = 0;
    const v: FormValues = {
      ...blank,
      name: 'Hana Health',
      role: 'Health visitor',
      agencyName: 'Valley Health Board',
      sector: 'health',
      personIds: ['mo'],
      strength: 'strong',
      consent: 'bogus',
    };
    const { records, name } = formRecords(v, riversFamily(), () => `id-${++n}`);
    expect(name).to.equal('Hana Health');
    expect(records.map((r) => r.entity)).to.deep.equal(['Agency', 'Professional', 'Involvement']);
    expect(records[2]!.after).to.deep.equal({ id: 'id-3', professionalId: 'id-2', personIds: ['mo'], strength: 'strong' });
  });
});

describe('<cw-family-network> announcements', () => {
  it('announces the answer to a question in its polite live region, which exists before it speaks', async () => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${riversFamily()} today=${TODAY}></cw-family-network>`);
    const region = el.shadowRoot!.querySelector('[data-announcer="polite"]')!;
    expect(region.textContent).to.equal('');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-ask="lead"]')!.click();
    // The announcer sets the text a moment after emptying the region (later on a loaded machine).
    await waitUntil(() => region.textContent.includes('The lead professional is Sam Social'), 'the answer announced', {
      timeout: 10_000,
    });
    expect(region.textContent).to.contain('The lead professional is Sam Social');
  });
});

describe('<cw-family-network> contact sheet', () => {
  it('prints the contact list alone through the print dialogue, then restores the page', async () => {
    const el = await fixture<CwFamilyNetwork>(html`<cw-family-network .bundle=${riversFamily()} today=${TODAY}></cw-family-network>`);
    const seen: { view: string; sheet: boolean; rows: number }[] = [];
    const print = window.print.bind(window);
    window.print = () => {
      seen.push({ view: el.view, sheet: el.hasAttribute('printing-sheet'), rows: el.shadowRoot!.querySelectorAll('tbody tr').length });
    };
    try {
      await el.printContactSheet();
    } finally {
      window.print = print;
    }
    expect(seen).to.deep.equal([{ view: 'contacts', sheet: true, rows: 4 }]);
    expect(el.hasAttribute('printing-sheet')).to.equal(false);
  });
});
