// Issue 15 point 4 in the family network: a health visitor refused only because her agency's record is invalid, and a
// youth worker refused for his own agency id, are still shown working with the children (as placeholders, their
// involvements kept); the children's home refused for an over-long id still holds Jay, Mia and their mother. The
// same realistic case as core's placeholders-professionals-households test; expected answers written before running.
import { expect, fixture, html } from '@open-wc/testing';
import { MAX_ID, parseCaseBundle, withPlaceholders } from '@opencasework/core';
import '../src/define.js';
import { buildNetworkModel } from '../src/network-model.js';
import { placeholderCase } from '../../../test/support/placeholder-case.js';

type Obj = Record<string, unknown>;
const LONG_ID = `cms://households/2019/${'x'.repeat(MAX_ID)}`;

const evansCase = (fixed = false): Obj => placeholderCase(LONG_ID, fixed);

const PERSON = 'A person whose record has a problem (see the list of problems above)';

describe('family network: placeholders for refused professionals and households', () => {
  it('the model: the health visitor and youth worker as placeholders with their lines to the children; the home with its members', () => {
    const { value } = parseCaseBundle(evansCase());
    const model = buildNetworkModel(
      withPlaceholders(value, { person: PERSON, household: 'A household whose record has a problem' }).bundle,
      {
        today: '2025-01-01',
      },
    );
    const pros = model.outer.filter((o) => o.kind === 'professional').map((o) => [o.id, o.name]);
    expect(pros.map(([id]) => id).sort()).to.deep.equal(['pr-hv', 'pr-sw', 'pr-teach', 'pr-yw']);
    expect(pros.find(([id]) => id === 'pr-hv')![1]).to.equal(PERSON);
    const lines = model.edges
      .filter((e) => e.kind === 'involvement')
      .map((e) => e.id)
      .sort();
    expect(lines).to.include.members(['inv-hv:mia', 'inv-hv:kelly', 'inv-yw:jay', 'inv-sw:jay', 'inv-sw:mia', 'inv-teach:jay']);
    expect(
      lines.some((id) => id.startsWith('inv-ghost')),
      'a professional missing from the bundle gets no placeholder',
    ).to.equal(false);
    const home = model.households.find((h) => h.id === LONG_ID);
    expect(home, 'the refused home is drawn').to.exist;
    expect([...home!.memberIds].sort()).to.deep.equal(['jay', 'kelly', 'mia']);
    expect(home!.name).to.equal('A household whose record has a problem');
    expect(model.family.filter((f) => ['jay', 'mia'].includes(f.id)).map((f) => f.householdId)).to.deep.equal([LONG_ID, LONG_ID]);
  });

  it('the element: the placeholder professional is drawn and named plainly; the children are in a home marked as a placeholder', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<cw-family-network .bundle=${evansCase()} today="2025-01-01"></cw-family-network>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const hv = root.querySelector('g[data-id="pr-hv"]');
    expect(hv, 'a node where the health visitor would be').to.exist;
    expect((hv!.textContent ?? '') + (hv!.getAttribute('aria-label') ?? '')).to.contain('A person whose record has a problem');
    expect(root.textContent).not.to.contain('Hana Begum');
    // The same homes as when every record is valid (Kelly's, Pat's, and the group of those in no current home).
    const valid = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<cw-family-network .bundle=${evansCase(true)} today="2025-01-01"></cw-family-network>`,
    );
    await valid.updateComplete;
    expect(root.querySelectorAll('rect.household').length).to.equal(valid.shadowRoot!.querySelectorAll('rect.household').length);
    // A label is drawn as one line per <tspan>: read each label's lines with spaces between them.
    const labels = Array.from(
      root.querySelectorAll('svg text'),
      (t) => Array.from(t.querySelectorAll('tspan'), (s) => s.textContent.trim()).join(' ') || t.textContent.trim(),
    );
    expect(labels, 'the refused home is marked as a placeholder').to.include(
      'A household whose record has a problem (see the list of problems above)',
    );
    const summary = root.querySelector('cw-error-summary') as HTMLElement & { issues: { id: string | null }[] };
    for (const id of ['ag-health', 'pr-hv', 'pr-yw'])
      expect(
        summary.issues.some((i) => i.id === id),
        `${id} listed`,
      ).to.equal(true);
  });
});
