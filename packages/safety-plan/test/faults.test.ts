import { expect } from '@open-wc/testing';
import { craftedBundle, craftedPlan } from './fixtures.js';
import { $, planEl } from './helpers.js';

type Obj = Record<string, unknown>;
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('safety plan: faults shown as they are', () => {
  it('a plan refused for one wrong status says so and points to the problems, and offers no new plan', async () => {
    const plan = craftedPlan() as unknown as Obj;
    plan.status = 'active'; // not one of the statuses: a structural field, so the plan cannot be shown
    const el = await planEl({ bundle: craftedBundle(plan), editable: true });
    const t = text(el);
    expect(t).to.contain(
      'This case has a safety plan whose record has a problem, so it cannot be shown here. See the list of problems above.',
    );
    expect(t).not.to.contain('There is no safety plan in this case yet');
    expect(t).not.to.contain('Start a safety plan');
    const summary = $<HTMLElement & { issues: { entity: string; path: string }[] }>(el, 'cw-error-summary');
    expect(summary.issues.some((i) => i.entity === 'SafetyPlan' && i.path === 'status')).to.equal(true);
  });

  it('in Welsh', async () => {
    const plan = craftedPlan() as unknown as Obj;
    plan.status = 'active';
    const el = await planEl({ bundle: craftedBundle(plan), lang: 'cy' });
    expect(text(el)).to.contain('Gweler y rhestr o broblemau uchod');
  });

  it('a case with no plan at all still says there is none, and offers to start one', async () => {
    const b = craftedBundle() as unknown as Obj;
    delete b.safetyPlans;
    const el = await planEl({ bundle: b, editable: true });
    expect(text(el)).to.contain('There is no safety plan in this case yet').and.contain('Start a safety plan');
  });

  it('a host object with a loop: the plan is shown, and the loop is named in an accessible error summary', async () => {
    const plan = craftedPlan() as unknown as Obj;
    const host: Obj = { name: 'host object' };
    host.self = host;
    plan.hostData = host;
    const b = craftedBundle(plan) as unknown as Obj;
    b.extra = b;
    const el = await planEl({ bundle: b });
    const t = text(el);
    expect(t).to.contain('Safety plan for Ava');
    const summary = $(el, 'cw-error-summary');
    const st = (summary.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(st).to.contain('"hostData.self" leads back to itself (a loop in the data)');
    expect(st).to.contain('"extra" leads back to itself');
    expect(summary.shadowRoot!.querySelector('[role="region"]')).to.exist;
  });
});
