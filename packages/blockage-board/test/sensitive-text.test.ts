import { expect } from '@open-wc/testing';
import { findSensitiveText, isValidNhsNumber, namesFromPeople } from '../src/sensitive-text.js';

describe('sensitive text (pure)', () => {
  it('checks the NHS number modulus 11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).to.equal(true);
    expect(isValidNhsNumber('9434765918')).to.equal(false);
    expect(isValidNhsNumber('123')).to.equal(false);
  });

  it('flags NHS numbers, spaced or not, only with a valid checksum', () => {
    const a = findSensitiveText('Referral for 943 476 5919 stuck');
    expect(a).to.have.length(1);
    expect(a[0]).to.include({ kind: 'nhs-number', start: 13, end: 25, text: '943 476 5919' });
    expect(findSensitiveText('call 9434765919 now')[0]!.kind).to.equal('nhs-number');
    expect(findSensitiveText('9434765918').filter((m) => m.kind === 'nhs-number')).to.have.length(0);
  });

  it('flags known names as whole words, ignoring case, and not inside other words', () => {
    const names = ['Kayleigh Evans', 'Evans', 'Ann'];
    const m = findSensitiveText('Visit to kayleigh evans delayed; Annual leave cover', { knownNames: names });
    expect(m.map((x) => [x.kind, x.text])).to.deep.equal([['name', 'kayleigh evans']]);
    expect(findSensitiveText('Ann missed a visit', { knownNames: names })[0]).to.include({ kind: 'name', start: 0, end: 3 });
    expect(findSensitiveText('Nothing here', { knownNames: [] })).to.deep.equal([]);
  });

  it("flags case numbers with the default patterns, and with the host's own", () => {
    expect(findSensitiveText('Chasing case no. 48213 for a week').map((m) => m.kind)).to.deep.equal(['case-number']);
    expect(findSensitiveText('LCS-204551 will not close').map((m) => m.kind)).to.deep.equal(['case-number']);
    expect(findSensitiveText('Mosaic id 1234567 missing').map((m) => m.kind)).to.deep.equal(['case-number']);
    expect(findSensitiveText('Lost 3 hours on 2 visits')).to.deep.equal([]);
    const custom = findSensitiveText('See Q-77 and CS123456', { caseNumberPatterns: [/\bQ-\d+\b/g] });
    expect(custom.map((m) => m.text)).to.deep.equal(['Q-77']);
  });

  it('flags dates of birth by their cue, and any other full date', () => {
    const dob = findSensitiveText('Form asks DOB: 14/03/2019 twice');
    expect(dob.map((m) => [m.kind, m.text])).to.deep.equal([['date-of-birth', '14/03/2019']]);
    expect(findSensitiveText('born 3 March 2020')[0]!.kind).to.equal('date-of-birth');
    expect(findSensitiveText('Panel on 2024-05-01 was cancelled')[0]!.kind).to.equal('full-date');
    expect(findSensitiveText('Panel in March 2024 was cancelled')).to.deep.equal([]);
  });

  it('gives each match a plain explanation and offsets into the text', () => {
    const text = 'Jo Bloggs DOB 01/02/2015 NHS 9434765919';
    const m = findSensitiveText(text, { knownNames: ['Jo Bloggs'] });
    expect(m.map((x) => x.kind)).to.deep.equal(['name', 'date-of-birth', 'nhs-number']);
    for (const x of m) {
      expect(text.slice(x.start, x.end)).to.equal(x.text);
      expect(x.explanation).to.be.a('string').and.have.length.above(20);
    }
  });

  it('derives names from people records', () => {
    expect(namesFromPeople([{ givenName: 'Kayleigh', familyName: 'Evans', preferredName: 'Kay' }, { givenName: 'Jo' }])).to.deep.equal([
      'Kayleigh Evans',
      'Kayleigh',
      'Evans',
      'Kay',
      'Jo',
    ]);
  });
});
