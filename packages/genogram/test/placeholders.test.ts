import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';

type Obj = Record<string, unknown>;
/** Kelly and Lee (separated), their children Jay and Mia; Kelly's mother Pat; Kelly's home with the children. */
function family(mother: Obj): Obj {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'c1', subjectIds: ['jay'] },
    people: [
      mother,
      { id: 'lee', givenName: 'Lee', familyName: 'Hart', gender: 'male', dateOfBirth: '1985-03-01' },
      { id: 'jay', givenName: 'Jay', familyName: 'Hart', gender: 'male', dateOfBirth: '2014-05-01' },
      { id: 'mia', givenName: 'Mia', familyName: 'Hart', gender: 'female', dateOfBirth: '2017-02-11' },
      { id: 'pat', givenName: 'Pat', familyName: 'Evans', gender: 'female', dateOfBirth: '1960-01-01' },
      { id: 'sam', givenName: 'Sam', familyName: 'Cole', gender: 'male', dateOfBirth: '1990-01-01' },
    ],
    relationships: [
      { id: 'r1', kind: 'partner', a: 'kelly', b: 'lee', status: 'separated' },
      { id: 'r2', kind: 'parent', parentId: 'kelly', childId: 'jay', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'kelly', childId: 'mia', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'lee', childId: 'jay', type: 'biological' },
      { id: 'r5', kind: 'parent', parentId: 'lee', childId: 'mia', type: 'biological' },
      { id: 'r6', kind: 'parent', parentId: 'pat', childId: 'kelly', type: 'biological' },
      // a distractor: Kelly's new partner, named by a valid relationship to a refused Kelly
      { id: 'r8', kind: 'partner', a: 'kelly', b: 'sam', status: 'dating' },
    ],
    households: [{ id: 'h1', name: 'Kelly’s home', memberIds: ['kelly', 'jay', 'mia'] }],
  };
}

async function draw(bundle: Obj, lang = 'en'): Promise<CwGenogram> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><cw-genogram .bundle=${bundle} today="2025-01-01"></cw-genogram></div>`);
  const el = wrap.querySelector<CwGenogram>('cw-genogram')!;
  await el.updateComplete;
  return el;
}
const labelOf = (el: CwGenogram, id: string) =>
  Array.from(el.shadowRoot!.querySelectorAll(`g.person-label[data-for="${id}"] text`), (t) => t.textContent.trim()).join(' ');
const parentsOf = (el: CwGenogram, child: string) => {
  const m = el.model;
  const unions = m.edges.filter((e) => e.kind === 'child' && (e.b === child || e.to === child));
  return unions.flatMap((e) => e.relIds);
};

describe('genogram: a person whose record was refused is drawn as a placeholder', () => {
  // Written before running: Kelly's record is refused ("deceased" must be true/false: a structural field), so
  // before this change the drawing showed Jay and Mia with only their father, and Pat with no daughter.
  const refused = { id: 'kelly', givenName: 'Kelly', familyName: 'Hart', gender: 'female', deceased: 'maybe' };

  it('her children stay linked to a placeholder parent, her partners and mother to her, with a plain label', async () => {
    const el = await draw(family(refused));
    const root = el.shadowRoot!;
    const node = root.querySelector('g.person[data-id="kelly"]');
    expect(node, 'a placeholder is drawn where Kelly would be').to.exist;
    const label = labelOf(el, 'kelly');
    expect(label).to.contain('Record problem: see list above').and.not.contain('Kelly');
    expect(parentsOf(el, 'jay')).to.include.members(['r2', 'r4']);
    expect(parentsOf(el, 'mia')).to.include.members(['r3', 'r5']);
    const partners = el.model.edges.filter((e) => e.kind === 'partner').flatMap((e) => e.relIds);
    expect(partners).to.include.members(['r1', 'r8']);
    expect(el.model.nodes.map((n) => n.id)).to.have.members(['kelly', 'lee', 'jay', 'mia', 'pat', 'sam']);
    // The problem itself is listed above, naming her record.
    const summary = root.querySelector('cw-error-summary') as HTMLElement & { issues: { id: string | null; path: string }[] };
    expect(summary.issues.some((i) => i.id === 'kelly' && i.path === 'deceased')).to.equal(true);
    // Never said as "does not exist".
    expect(root.textContent).not.to.match(/not in the bundle|does not exist/);
  });

  it('in Welsh too', async () => {
    const el = await draw(family(refused), 'cy');
    const label = labelOf(el, 'kelly');
    expect(label).to.contain('Problem cofnod: gweler uchod');
  });

  it('with her record valid, the same family is drawn as before and no placeholder', async () => {
    const el = await draw(family({ id: 'kelly', givenName: 'Kelly', familyName: 'Hart', gender: 'female' }));
    expect(el.shadowRoot!.textContent).not.to.contain('Record problem');
    expect(parentsOf(el, 'jay')).to.include.members(['r2', 'r4']);
  });
});
