import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

type Obj = Record<string, unknown>;
/** Jay (the child), his mother Kelly and father Lee, sister Mia, Kelly's home with the children. */
function family(mother: Obj): Obj {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'c1', subjectIds: ['jay'] },
    people: [
      mother,
      { id: 'lee', givenName: 'Lee', familyName: 'Hart', gender: 'male', dateOfBirth: '1985-03-01' },
      { id: 'jay', givenName: 'Jay', familyName: 'Hart', gender: 'male', dateOfBirth: '2014-05-01' },
      { id: 'mia', givenName: 'Mia', familyName: 'Hart', gender: 'female', dateOfBirth: '2017-02-11' },
    ],
    relationships: [
      { id: 'r2', kind: 'parent', parentId: 'kelly', childId: 'jay', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'kelly', childId: 'mia', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'lee', childId: 'jay', type: 'biological' },
      { id: 'r5', kind: 'parent', parentId: 'lee', childId: 'mia', type: 'biological' },
    ],
    households: [{ id: 'h1', name: 'Kelly’s home', memberIds: ['kelly', 'jay', 'mia'] }],
  };
}

describe('family network: a person whose record was refused is shown as a placeholder', () => {
  it('the mother refused (deceased: "maybe") is still in Jay’s network, plainly marked, and the problem is listed', async () => {
    const bundle = family({ id: 'kelly', givenName: 'Kelly', familyName: 'Hart', gender: 'female', deceased: 'maybe' });
    const wrap = await fixture<HTMLElement>(html`<div><cw-family-network .bundle=${bundle} today="2025-01-01"></cw-family-network></div>`);
    const el = wrap.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cw-family-network')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const node = root.querySelector('g[data-id="kelly"]');
    expect(node, 'a node where Kelly would be').to.exist;
    expect((node!.textContent ?? '') + (node!.getAttribute('aria-label') ?? '')).to.contain('A person whose record has a problem');
    expect(root.textContent).not.to.contain('Kelly Hart');
    const initials = Array.from(root.querySelectorAll('.initials'), (t) => t.textContent.trim());
    expect(initials, 'no made-up initials for the placeholder').to.include('?').and.not.include('AA');
    const summary = root.querySelector('cw-error-summary') as HTMLElement & { issues: { id: string | null }[] };
    expect(summary.issues.some((i) => i.id === 'kelly')).to.equal(true);
    expect(root.querySelector('g[data-id="lee"]')).to.exist;
    expect(root.querySelector('g[data-id="mia"]')).to.exist;
  });

  it('with her record valid, no placeholder', async () => {
    const bundle = family({ id: 'kelly', givenName: 'Kelly', familyName: 'Hart', gender: 'female' });
    const wrap = await fixture<HTMLElement>(html`<div><cw-family-network .bundle=${bundle} today="2025-01-01"></cw-family-network></div>`);
    const el = wrap.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cw-family-network')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('record has a problem');
    expect(el.shadowRoot!.querySelector('g[data-id="kelly"]')).to.exist;
  });
});
