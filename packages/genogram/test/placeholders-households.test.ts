// Issue 15 point 4 in the genogram: the children's home refused for an over-long id (a host system's path) is still
// drawn as a home around Kelly, Jay and Mia, as when its record is valid. Expected answer written before running.
import { expect, fixture, html } from '@open-wc/testing';
import { MAX_ID } from '@opencasework/core';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';

type Obj = Record<string, unknown>;
const LONG_ID = `cms://households/2019/${'x'.repeat(MAX_ID)}`;

function evansCase(fixed = false): Obj {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'c-evans', title: 'Evans family', subjectIds: ['jay', 'mia'] },
    people: [
      { id: 'jay', givenName: 'Jay', familyName: 'Evans', gender: 'male', dateOfBirth: '2015-04-02' },
      { id: 'mia', givenName: 'Mia', familyName: 'Evans', gender: 'female', dateOfBirth: '2018-09-30' },
      { id: 'kelly', givenName: 'Kelly', familyName: 'Evans', gender: 'female', dateOfBirth: '1991' },
      { id: 'lee', givenName: 'Lee', familyName: 'Hart', gender: 'male', dateOfBirth: '1989' },
      { id: 'pat', givenName: 'Pat', familyName: 'Evans', gender: 'female', dateOfBirth: '1962' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'kelly', childId: 'jay', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'kelly', childId: 'mia', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'lee', childId: 'mia', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'pat', childId: 'kelly', type: 'biological' },
      { id: 'r5', kind: 'partner', a: 'kelly', b: 'lee', status: 'separated' },
    ],
    households: [
      { id: fixed ? 'h-kelly' : LONG_ID, name: 'Kelly’s home', memberIds: ['kelly', 'jay', 'mia'], from: '2019-01' },
      { id: 'h-pat', name: 'Pat’s flat', memberIds: ['pat'] },
    ],
    agencies: [
      { id: 'ag-sc', name: 'Children’s Services', sector: 'social-care' },
      { id: 'ag-school', name: 'Oak Primary', sector: 'education' },
      // A sector the contract does not know (the host wrote its own name for it): the agency is refused.
      { id: 'ag-health', name: 'Health visiting', sector: fixed ? 'health' : 'NHS trust' },
    ],
    professionals: [
      { id: 'pr-sw', name: 'Dee Worker', role: 'Social worker', agencyId: 'ag-sc' },
      { id: 'pr-teach', name: 'Sam Lowe', role: 'Class teacher', agencyId: 'ag-school' },
      { id: 'pr-hv', name: 'Hana Begum', role: 'Health visitor', agencyId: 'ag-health' },
      { id: 'pr-yw', name: 'Bo Price', role: 'Youth worker', agencyId: fixed ? 'ag-sc' : 42 },
    ],
    involvements: [
      { id: 'inv-sw', professionalId: 'pr-sw', personIds: ['jay', 'mia'], lead: true, from: '2024-01-10' },
      { id: 'inv-teach', professionalId: 'pr-teach', personIds: ['jay'], from: '2023-09-01' },
      { id: 'inv-hv', professionalId: 'pr-hv', personIds: ['mia', 'kelly'], from: '2024-02-01' },
      { id: 'inv-yw', professionalId: 'pr-yw', personIds: ['jay'], from: '2024-03-01' },
      // Names a professional who is not in the bundle: dropped and reported, never a placeholder.
      { id: 'inv-ghost', professionalId: 'pr-ghost', personIds: ['jay'] },
    ],
    chronology: [
      {
        id: 'e1',
        date: '2024-01-10',
        title: 'Referral from school',
        category: 'referral',
        significance: 'significant',
        subjectIds: ['jay'],
      },
      { id: 'e2', date: '2024-02-01', title: 'Routine health visit', category: 'health', significance: 'routine', subjectIds: ['mia'] },
    ],
  };
}

async function draw(bundle: Obj): Promise<CwGenogram> {
  const el = await fixture<CwGenogram>(html`<cw-genogram .bundle=${bundle} today="2025-01-01"></cw-genogram>`);
  await el.updateComplete;
  return el;
}

describe('genogram: a refused household is drawn as a placeholder home with its members', () => {
  it('the home around Kelly, Jay and Mia is still drawn; the problem is listed; the rest as with a valid record', async () => {
    const el = await draw(evansCase());
    const home = el.model.households.find((h) => h.id === LONG_ID);
    expect(home, 'the refused home is drawn').to.exist;
    expect([...home!.memberIds].sort()).to.deep.equal(['jay', 'kelly', 'mia']);
    expect(home!.rects.length).to.be.greaterThan(0);
    expect(home!.name, 'the home is marked as a placeholder').to.equal('Home: record problem, see list above');
    expect(el.shadowRoot!.textContent).to.contain('Home: record problem, see list above');
    const valid = await draw(evansCase(true));
    expect(el.model.households.length).to.equal(valid.model.households.length);
    expect(el.model.nodes.map((n) => n.id).sort()).to.deep.equal(valid.model.nodes.map((n) => n.id).sort());
    const summary = el.shadowRoot!.querySelector('cw-error-summary') as HTMLElement & { issues: { entity: string }[] };
    expect(summary.issues.some((i) => i.entity === 'Household')).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.match(/not in the bundle|does not exist/);
  });
});
