import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { SafetyPlan } from '@opencasework/core';
import { NameBook } from '../src/names.js';
import { safetyPlanMessages, type SafetyPlanKey } from '../src/messages/index.js';
import type { PlanActions, PlanViewContext } from '../src/views/context.js';
import { statementList } from '../src/views/statements.js';
import { stepsView } from '../src/views/steps.js';
import { versionsView } from '../src/views/versions.js';
import { familyVersion } from '../src/views/family-version.js';
import { loadPlainLanguage } from '../src/plain-language-loader.js';
import { agreedVersions } from '../src/version-diff.js';
import { craftedBundle, craftedPlan } from './fixtures.js';
import { planEl, $$, until } from './helpers.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A context for rendering a view alone: English, the crafted case, actions recorded. */
function context(over: Partial<PlanViewContext> = {}): { ctx: PlanViewContext; calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(
        `${name}:${args
          .filter((a) => typeof a !== 'function')
          .map(String)
          .join(',')}`,
      );
    };
  const on = new Proxy({}, { get: (_, name: string) => record(name) }) as PlanActions;
  const ctx: PlanViewContext = {
    t: (key: SafetyPlanKey, params) => safetyPlanMessages.t('en', key, params),
    date: (d) => d,
    locale: 'en',
    names: new NameBook(craftedBundle()),
    editable: false,
    selected: undefined,
    today: '2024-04-01',
    editing: null,
    openMenu: null,
    otherName: {},
    on,
    ...over,
  };
  return { ctx, calls };
}

async function mount(t: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(t, host);
  return host;
}

describe('views, rendered alone from a context', () => {
  it('a statement list shows its items and calls back on add, move and delete', async () => {
    const { ctx, calls } = context({ editable: true, selected: 'p-mum' });
    const host = await mount(statementList(ctx, craftedPlan(), 'strengths'));
    expect([...host.querySelectorAll<HTMLElement>('li.statement')].map((li) => li.dataset.id)).to.deep.equal(['s1', 's2']);
    expect(host.querySelector('[data-id="s2"]')!.classList.contains('concerns')).to.equal(true);
    // Closed statements have one control each, Edit; the rest come with the open one.
    expect(
      [...host.querySelectorAll<HTMLElement>('li.statement > button, li.statement .controls button')].map((b) => b.dataset.action),
    ).to.deep.equal(['edit', 'edit']);
    host.querySelector<HTMLButtonElement>('[data-add="strengths"]')!.click();
    host.querySelector<HTMLButtonElement>('[data-id="s2"] [data-action="edit"]')!.click();
    const open = (id: string) => mount(statementList({ ...ctx, editing: id }, craftedPlan(), 'strengths'));
    (await open('s2')).querySelector<HTMLButtonElement>('[data-id="s2"] [data-action="up"]')!.click();
    (await open('s1')).querySelector<HTMLButtonElement>('[data-id="s1"] [data-action="delete"]')!.click();
    expect(calls).to.deep.equal([
      'addStatement:strengths',
      'toggleEditing:s2',
      'reorder:statement,s2,-1',
      'removeStatement:s1,Mum walks Ava to school every day.',
    ]);
  });

  it('next steps mark overdue steps against the context’s today', async () => {
    const { ctx } = context({ today: '2024-05-02' });
    const host = await mount(stepsView(ctx, craftedPlan(), 'plan', () => undefined));
    expect([...host.querySelectorAll<HTMLElement>('li.step.overdue')].map((li) => li.dataset.id)).to.deep.equal(['n1', 'n2']);
    expect(text(host.querySelector('.overdue-summary'))).to.equal('2 next steps are overdue.');
  });

  it('versions give the day an agreement happened in the case’s time zone, through the dayOf it is handed', async () => {
    const { ctx } = context();
    const plan: SafetyPlan = {
      ...craftedPlan(),
      agreedSnapshot: { version: 1, agreedAt: '2024-06-30T23:30:00Z', agreedBy: 'pro-sw', content: {} },
    };
    const versions = agreedVersions(plan, []);
    const host = await mount(
      versionsView(ctx, undefined, undefined, versions, (instant) => (instant === '2024-06-30T23:30:00Z' ? '2024-07-01' : instant)),
    );
    expect(text(host.querySelector('.version-list li'))).to.equal('Version 1, agreed on 2024-07-01 by Sam Patel');
  });

  it('the family version has no internal fields', async () => {
    const { ctx } = context();
    await loadPlainLanguage(); // the plain-language helper loads on demand (the element waits for it in updateComplete)
    const host = await mount(familyVersion(ctx, craftedPlan()));
    const t = text(host);
    expect(t).to.contain('Our safety plan for Ava Stone');
    for (const internal of ['p-mum', 'pro-sw', 'Agreed by', 'Version']) expect(t, internal).not.to.contain(internal);
  });
});

describe('<cw-safety-plan> building blocks', () => {
  it('counts an agreement made at 00:30 British Summer Time on that day, not the UTC day before', async () => {
    const plan = { ...craftedPlan(), agreedSnapshot: { version: 1, agreedAt: '2024-06-30T23:30:00Z', agreedBy: 'pro-sw', content: {} } };
    const el = await planEl({ bundle: craftedBundle(plan) });
    expect(text($$(el, '.version-list li')[0])).to.equal('Version 1, agreed on 1 Jul 2024 by Sam Patel');
  });

  it('announces the selection through its polite region, which exists before the text is set', async () => {
    const el = await planEl();
    const region = el.shadowRoot!.querySelector('[data-announcer="polite"]')!;
    expect(region).not.to.equal(null);
    el.selection = { kind: 'person', id: 'p-mum' };
    await el.updateComplete;
    // The announcer sets the text a moment after the region is emptied (later on a loaded machine).
    await until(() => !!region.textContent, 10_000);
    expect(el.shadowRoot!.querySelector('[data-announcer="polite"]')).to.equal(region);
    expect(region.textContent).to.equal('Showing what concerns Lisa Stone: 6 items are highlighted.');
  });

  it('prints a version through print(): the version is rendered when the print dialogue opens', async () => {
    const el = await planEl();
    const original = window.print.bind(window);
    let seen = '';
    window.print = () => {
      seen = `${el.getAttribute('print-version')}:${!!el.shadowRoot!.querySelector('.family-version')}`;
    };
    try {
      await el.print('family');
    } finally {
      window.print = original;
    }
    expect(seen).to.equal('family:true');
  });
});
