// Issue 15 point 4 in the genogram: the children's home refused for an over-long id (a host system's path) is still
// drawn as a home around Kelly, Jay and Mia, as when its record is valid. Expected answer written before running.
import { expect, fixture, html } from '@open-wc/testing';
import { MAX_ID } from '@opencasework/core';
import '../src/define.js';
import type { CwGenogram } from '../src/genogram.js';
import { placeholderCase } from '../../../test/support/placeholder-case.js';

type Obj = Record<string, unknown>;
const LONG_ID = `cms://households/2019/${'x'.repeat(MAX_ID)}`;

const evansCase = (fixed = false): Obj => placeholderCase(LONG_ID, fixed);

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
