import { expect } from '@open-wc/testing';
import { parseCaseBundle, withPlaceholders } from '../src/index.js';

type Obj = Record<string, unknown>;
/** Kelly (mother) and Lee (father), their children Jay and Mia; a grandmother; a household of Kelly, Jay and Mia. */
export function family(mother: Obj = { id: 'kelly', givenName: 'Kelly', gender: 'female' }): Obj {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'c1', subjectIds: ['jay'] },
    people: [
      mother,
      { id: 'lee', givenName: 'Lee', gender: 'male' },
      { id: 'jay', givenName: 'Jay', gender: 'male', dateOfBirth: '2014-05-01' },
      { id: 'mia', givenName: 'Mia', gender: 'female', dateOfBirth: '2017-02-11' },
      { id: 'gran', givenName: 'Pat', gender: 'female' },
    ],
    relationships: [
      { id: 'r1', kind: 'partner', a: 'kelly', b: 'lee', status: 'separated' },
      { id: 'r2', kind: 'parent', parentId: 'kelly', childId: 'jay', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'kelly', childId: 'mia', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'lee', childId: 'jay', type: 'biological' },
      { id: 'r5', kind: 'parent', parentId: 'lee', childId: 'mia', type: 'biological' },
      { id: 'r6', kind: 'parent', parentId: 'gran', childId: 'kelly', type: 'biological' },
      // names someone not in the bundle at all: stays out, no placeholder (missing is not the same as refused)
      { id: 'r7', kind: 'parent', parentId: 'nobody', childId: 'jay', type: 'biological' },
    ],
    households: [{ id: 'h1', name: 'Kelly’s home', memberIds: ['kelly', 'jay', 'mia'] }],
  };
}

describe('placeholders for refused records', () => {
  it('a mother refused for a structural fault: her children, partner, mother and home come back linked to a placeholder', () => {
    const r = parseCaseBundle(family({ id: 'kelly', givenName: 'Kelly', gender: 'female', deceased: 'not sure' }));
    expect(r.value.people!.map((p) => p.id)).to.deep.equal(['lee', 'jay', 'mia', 'gran']);
    expect(r.value.relationships!.map((x) => x.id)).to.deep.equal(['r4', 'r5']);
    const { bundle, placeholders } = withPlaceholders(r.value, 'A person whose record has a problem');
    expect([...placeholders]).to.deep.equal(['kelly']);
    expect(bundle.people!.find((p) => p.id === 'kelly')).to.deep.equal({ id: 'kelly', givenName: 'A person whose record has a problem' });
    expect(bundle.relationships!.map((x) => x.id).sort()).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(bundle.households![0]!.memberIds).to.have.members(['kelly', 'jay', 'mia']);
    // The parsed value itself is unchanged: the parser adds nothing.
    expect(r.value.people!.some((p) => p.id === 'kelly')).to.equal(false);
    expect(withPlaceholders(r.value, 'A person whose record has a problem')).to.equal(
      withPlaceholders(r.value, 'A person whose record has a problem'),
    );
  });

  it('a mother refused for a bad date of death (structural): the same placeholder; someone missing from the bundle gets none', () => {
    const r = parseCaseBundle(family({ id: 'kelly', givenName: 'Kelly', gender: 'female', deceased: true, dateOfDeath: 'last spring' }));
    const { placeholders, bundle } = withPlaceholders(r.value, 'x');
    expect(r.value.people!.some((p) => p.id === 'kelly')).to.equal(false);
    expect([...placeholders]).to.deep.equal(['kelly']);
    expect(bundle.relationships!.filter((x) => x.kind === 'parent' && x.parentId === 'kelly')).to.have.length(2);
    expect(bundle.people!.some((p) => p.id === 'nobody')).to.equal(false);
    expect(bundle.relationships!.some((x) => x.id === 'r7')).to.equal(false);
  });

  it('nothing refused: the same bundle, no placeholders', () => {
    const r = parseCaseBundle(family());
    const out = withPlaceholders(r.value, 'x');
    expect(out.bundle).to.equal(r.value);
    expect(out.placeholders.size).to.equal(0);
  });
});
