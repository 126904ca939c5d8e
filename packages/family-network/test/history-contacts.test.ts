import { expect } from '@open-wc/testing';
import { buildNetworkModel } from '../src/network-model.js';
import { networkHistory, networkSizeOn } from '../src/history.js';
import { contactRows, involvementsByPerson, mailtoHref, sortContacts, telHref } from '../src/contacts.js';
import { riversFamily, TODAY } from './fixtures.js';

describe('history', () => {
  it('lists joins and leaves in date order, with undated joins apart', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true });
    const { dated, undated } = networkHistory(m);
    expect(dated.map((e) => `${e.date} ${e.type} ${e.involvementId}`)).to.deep.equal([
      '2022-02 joined i-pc',
      '2023-05 left i-pc',
      '2023-09 joined i-teacher',
      '2024-01-10 joined i-sw',
      '2024-02 joined i-gran',
      '2024-06 joined i-dv',
    ]);
    expect(dated[3]!.personIds).to.deep.equal(['ann', 'jay', 'mo']);
    expect(undated.map((e) => e.involvementId)).to.deep.equal(['i-gp']);
  });

  it('counts the network on a date', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY, showEnded: true });
    expect(networkSizeOn(m, '2022-06')).to.equal(2); // the police and the GP (no start date)
    expect(networkSizeOn(m, '2024-07')).to.equal(4);
  });
});

describe('contacts', () => {
  const rows = () => contactRows(buildNetworkModel(riversFamily(), { today: TODAY }));

  it('has a row per professional with role, agency, people, phone, email, lead, consent and last contact', () => {
    const sw = rows().find((r) => r.id === 'sw')!;
    expect(sw).to.deep.include({
      name: 'Sam Social',
      role: 'Social worker',
      agencyName: 'Children’s Services',
      lead: true,
      phone: '01234 567890',
      email: 'sam@example.org',
      lastContact: '2025-05-28',
      consents: ['given', null],
    });
    expect(sw.people.map((p) => p.id)).to.deep.equal(['jay', 'mo', 'gran', 'ann']);
    expect(rows().find((r) => r.id === 'dv')).to.deep.include({ role: null, agencyName: null, withheld: true });
    expect(rows().some((r) => r.id === 'neighbour')).to.equal(false);
  });

  it('sorts by each column, keeping empty values last', () => {
    const ids = (key: Parameters<typeof sortContacts>[1], dir: 'ascending' | 'descending' = 'ascending') =>
      sortContacts(rows(), key, dir).map((r) => r.id);
    expect(ids('name')).to.deep.equal(['dv', 'gpdoc', 'sw', 'teacher']);
    expect(ids('name', 'descending')).to.deep.equal(['teacher', 'sw', 'gpdoc', 'dv']);
    expect(ids('role')).to.deep.equal(['teacher', 'gpdoc', 'sw', 'dv']);
    expect(ids('role', 'descending')).to.deep.equal(['sw', 'gpdoc', 'teacher', 'dv']);
    expect(ids('lead')[0]).to.equal('sw');
    expect(ids('consent')).to.deep.equal(['sw', 'dv', 'gpdoc', 'teacher']);
    expect(ids('lastContact')).to.deep.equal(['teacher', 'dv', 'sw', 'gpdoc']);
    expect(ids('agency')).to.deep.equal(['sw', 'teacher', 'gpdoc', 'dv']);
  });

  it('builds tel: and mailto: links only from safe values', () => {
    expect(telHref('01234 567890')).to.equal('tel:01234567890');
    expect(telHref('+44 (0)20 7946 0000')).to.equal('tel:+4402079460000');
    expect(telHref('javascript:alert(1)')).to.equal(null);
    expect(telHref('12')).to.equal(null);
    expect(mailtoHref('sam@example.org')).to.equal('mailto:sam@example.org');
    expect(mailtoHref('a@b.org?cc=x@y.org')).to.equal(null);
    expect(mailtoHref('not an email')).to.equal(null);
    expect(mailtoHref('"x"@y.org')).to.equal(null);
  });

  it('lists each family member’s involvements, lead first, supports included', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY });
    const ann = involvementsByPerson(m).find((p) => p.personId === 'ann')!;
    expect(ann.items.map((i) => `${i.kind}:${i.id}`)).to.deep.equal([
      'involvement:sw',
      'involvement:gpdoc',
      'involvement:dv',
      'support:neighbour',
    ]);
    expect(ann.items.find((i) => i.id === 'dv')!.purpose).to.equal(null);
  });
});
