import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CwInvalidDetail, CwSelectDetail, SafetyPlan } from '@opencasework/core';
import { findStatement, listOf } from '../src/plan-edit.js';
import { chartLayout, seriesByPerson } from '../src/scaling.js';
import { NameBook } from '../src/names.js';
import { craftedBundle, craftedPlan } from './fixtures.js';
import { $, $$, altArrow, ids, item, planEl, settle, typeText, until } from './helpers.js';
import { asPrinted } from '../../../test/support/print-media.js';

const planOf = (el: HTMLElement) => (el as unknown as { plan: SafetyPlan }).plan;
const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cw-safety-plan> reading', function () {
  // axe over the whole plan is slow in WebKit (WebDriver); the default 20 s is not enough there.
  this.timeout(90_000);
  it('renders the three questions with their sections, family words, who agrees and disagrees', async () => {
    const el = await planEl();
    const cols = $$(el, '.column h3').map(text);
    expect(cols).to.deep.equal(['What are we worried about?', "What's working well?", 'What needs to happen?']);
    expect(ids(el, '.list-harm')).to.deep.equal(['h1']);
    expect(ids(el, '.list-strengths')).to.deep.equal(['s1', 's2']);
    expect(text(item(el, 's2'))).to.contain('In their own words');
    expect(item(el, 's2').querySelector('q')).not.to.equal(null);
    expect(text(item(el, 'h1'))).to.contain('Agreed by Lisa Stone');
    expect(text(item(el, 'h1'))).to.contain('Not agreed by Dan Price');
    expect(text(item(el, 'h1'))).to.contain('Said by Sam Patel');
    // Read-only: no editing controls.
    expect($$(el, '[data-action="edit"]')).to.have.length(0);
    expect($$(el, 'button.add')).to.have.length(0);
  });

  it('links danger statements to goals and points out a danger statement with no goal', async () => {
    const el = await planEl();
    expect(text(item(el, 'd1'))).to.contain('Safety goal: Ava will be safe from Dan.');
    expect(item(el, 'd2').querySelector('.tag-warning')).not.to.equal(null);
    expect(text($(el, '.warning-box'))).to.contain('1 danger statement has no safety goal');
    expect(text($(el, '.warning-box'))).to.contain('left alone at night');
    expect(text(item(el, 'g1'))).to.contain('Answers: We worry Ava could be hurt again');
  });

  it('draws each person’s scores across reviews, shows how far apart they are, and gives the same data as a table', async () => {
    const el = await planEl();
    const dates = ['2024-01-10', '2024-02-01'];
    const names = new NameBook(craftedBundle());
    const series = seriesByPerson(craftedPlan().scales!, (by) => names.group(by));
    const layout = () =>
      chartLayout(series, dates, (by, score) => `${names.name(by)}: ${score}`, Math.floor(el.getBoundingClientRect().width / 16) * 16);
    // The chart is laid out for the element's width once it is known (a frame or two after the first render).
    await until(() => $(el, '.chart svg[role="img"]').getAttribute('width') === String(layout().width));
    const g = layout();
    const lines = $$<SVGPolylineElement>(el, '.chart svg[role="img"] polyline');
    expect(lines).to.have.length(3);
    const line = (by: string) => $(el, `.chart svg[role="img"] g.series[data-by="${by}"] polyline`).getAttribute('points');
    expect(line('p-mum')).to.equal(`${g.x(dates[0]!)},${g.y(7)} ${g.x(dates[1]!)},${g.y(8)}`);
    expect(line('pro-sw')).to.equal(`${g.x(dates[0]!)},${g.y(3)} ${g.x(dates[1]!)},${g.y(4)}`);
    // Each person has a marker of their own on every point (issue 14: one shape per group hid who was who).
    expect($$(el, '.chart svg[role="img"] .series-family .marker[data-marker="circle"]')).to.have.length(2);
    expect($$(el, '.chart svg[role="img"] .series-professional .marker[data-marker="square"]')).to.have.length(2);
    expect($$(el, '.chart svg[role="img"] .series-professional .marker[data-marker="triangle"]')).to.have.length(1);
    expect($(el, '.chart svg').getAttribute('aria-label')).to.contain('Lisa Stone: 7 (10 Jan 2024), 8 (1 Feb 2024)');
    const rows = $$(el, '.scale-table tbody tr').map((tr) => [...tr.children].map(text));
    // Issue 14: no "Gap (family minus professionals)" row of group means.
    expect(rows).to.deep.equal([
      ['Lisa Stone (family)', '7', '8'],
      ['Sam Patel (professional)', '3', '4'],
      ['Ms Owen (professional)', '', '6'],
    ]);
    expect(text($(el, '.gap'))).to.contain('scores range from 4 (Sam Patel) to 8 (Lisa Stone): a gap of 4.');
    expect(text($(el, '.question'))).to.equal('How safe is Ava today?');
  });

  it('makes overdue steps stand out and lists steps by owner', async () => {
    const el = await planEl({ today: '2024-04-01' });
    expect(item(el, 'n1').classList.contains('overdue')).to.equal(true);
    expect(text(item(el, 'n1'))).to.contain('Overdue');
    expect(item(el, 'n2').classList.contains('overdue')).to.equal(false);
    expect(item(el, 'n3').classList.contains('overdue')).to.equal(false, 'done steps are never overdue');
    expect(text($(el, '.overdue-summary'))).to.equal('1 next step is overdue.');
    $<HTMLButtonElement>(el, '[data-view="owner"]').click();
    await settle(el);
    const groups = $$(el, '.owner-group').map((g) => [
      text(g.querySelector('h3')),
      [...g.querySelectorAll('li.step')].map((li) => (li as HTMLElement).dataset.id),
    ]);
    expect(groups).to.deep.equal([
      ['Lisa Stone (1 still to do, 1 overdue)', ['n1']],
      ['Sam Patel (1 still to do)', ['n3', 'n2']],
      ['No one named yet (1 still to do)', ['n4']],
    ]);
  });

  it('shows the plan: rules in the family’s words, the network with roles, the review date', async () => {
    const el = await planEl();
    expect(text(item(el, 'rule1'))).to.contain('Dan does not come to the house.');
    expect($$(el, '.network li').map(text)).to.deep.equal(['June Stone – Has Ava on Fridays', 'Ms Owen – Teacher']);
    expect(text($(el, '.plan'))).to.contain('1 Jun 2024');
  });

  it('hides the child’s view from family and wider audiences without the child’s consent', async () => {
    const el = await planEl();
    expect($$(el, '.house')).to.have.length(3);
    expect(text($(el, '.house-worries'))).to.contain('When Dan shouts.');
    expect(text($(el, '.house-dreams h3'))).to.equal('House of dreams');
    el.audience = 'wider';
    await settle(el);
    expect($$(el, '.house')).to.have.length(0);
    expect(text($(el, '.child-view'))).to.contain('has not agreed to share');
    expect(text(el.shadowRoot)).not.to.contain('When Dan shouts.');
    el.audience = 'family';
    await settle(el);
    expect($$(el, '.house')).to.have.length(0);
    const consented = craftedPlan();
    consented.childView!.consentToShare = true;
    el.bundle = craftedBundle(consented);
    await settle(el);
    expect($$(el, '.house')).to.have.length(3);
  });

  it('prints a family version with the plan in plain words and no internal fields', async () => {
    const el = await planEl();
    expect($(el, '.family-version')).to.equal(null);
    el.printVersion = 'family';
    await settle(el);
    expect(el.getAttribute('print-version')).to.equal('family');
    const fam = $(el, '.family-version');
    const t = text(fam);
    expect(t).to.contain('Our safety plan for Ava Stone');
    expect(t).to.contain('Dan does not come to the house.');
    expect(t).to.contain('June Stone: Has Ava on Fridays');
    expect(t).to.contain('Book a parenting course.');
    expect(t).to.contain('Who: Lisa Stone');
    expect(t).to.contain('By: 1 March 2024');
    expect(t).to.contain('We will look at this plan again on 1 June 2024.');
    for (const internal of [
      'plan-1',
      'p-mum',
      'pro-sw',
      'Not agreed by',
      'Agreed by',
      'How safe is Ava today?',
      'Version',
      'Gap',
      'When Dan shouts.',
    ]) {
      expect(t, internal).not.to.contain(internal);
    }
    // Large type: the family version's font size is the family size token (1.5rem by default).
    el.view = 'family';
    await settle(el);
    expect(parseFloat(getComputedStyle(fam).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize));
    expect($(el, '.professional-version').hidden).to.equal(true);
  });

  it('prints a professional version with the whole map, the scores and the versions', async () => {
    const el = await planEl();
    el.printVersion = 'professional';
    await settle(el);
    expect($(el, '.family-version')).to.equal(null);
    const pro = text($(el, '.professional-version'));
    for (const s of [
      'Ava was hit by Dan',
      'Mum drinks',
      'Not agreed by Dan Price',
      'scores range from 4 (Sam Patel) to 8 (Lisa Stone)',
      'Every score, who gave it and why',
      'Versions',
      'Next steps',
      'Safety goals',
    ])
      expect(pro).to.contain(s);
  });

  it('highlights what concerns the selected person, with a notice and a way to clear', async () => {
    const el = await planEl();
    el.selection = { kind: 'person', id: 'p-mum' };
    await settle(el);
    expect(text($(el, '.selection-notice'))).to.contain('Showing what concerns Lisa Stone: 6 items are highlighted.');
    expect(item(el, 'h1').classList.contains('concerns')).to.equal(true);
    expect(item(el, 's2').classList.contains('concerns')).to.equal(true);
    expect(item(el, 'n1').classList.contains('concerns')).to.equal(true);
    expect(item(el, 'c1').classList.contains('concerns')).to.equal(false);
    const cleared = oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    $<HTMLButtonElement>(el, '.selection-notice button').click();
    expect((await cleared).detail.selection).to.equal(null);
    await settle(el);
    expect($(el, '.selection-notice')).to.equal(null);
    const picked = oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    $<HTMLButtonElement>(el, '.network [data-who="p-gran"]').click();
    expect((await picked).detail.selection).to.deep.equal({ kind: 'person', id: 'p-gran' });
  });

  it('is in Welsh when the page is', async () => {
    const el = await planEl({ lang: 'cy' });
    expect($$(el, '.column h3').map(text)).to.deep.equal([
      'Beth sy’n ein poeni ni?',
      'Beth sy’n gweithio’n dda?',
      'Beth sydd angen digwydd?',
    ]);
    expect(text($(el, '#scale-h'))).to.equal('Graddfa diogelwch');
    expect(text($(el, '.overdue-summary'))).to.equal('Mae 1 cam nesaf yn hwyr.');
    expect(text(item(el, 'n1'))).to.contain('1 Maw 2024');
    expect(text($(el, '.house-worries h3'))).to.equal('Tŷ’r pryderon');
  });

  it('is accessible (axe), read-only and editable, in English and Welsh', async () => {
    const ro = await planEl();
    await expect(ro).to.be.accessible();
    const ed = await planEl({ editable: true, lang: 'cy' });
    $<HTMLButtonElement>(ed, '[data-id="h1"] [data-action="edit"]').click();
    await settle(ed);
    await expect(ed).to.be.accessible();
  });
});

describe('<cw-safety-plan> bad input', () => {
  it('lists invalid statements and ratings in the error summary and still renders and edits the rest', async () => {
    const plan = craftedPlan() as unknown as Record<string, unknown>;
    (plan.harm as unknown[]).push({ id: 'bad1', text: 42 });
    (plan.scales as unknown[]).push({ id: 'bad-score', by: 'p-mum', score: 14, at: '2024-02-01' });
    const invalid = new Promise<CustomEvent<CwInvalidDetail>>((resolve) =>
      document.addEventListener('cw-invalid', (e) => resolve(e as CustomEvent<CwInvalidDetail>), { once: true }),
    );
    const el = await planEl({ bundle: craftedBundle(plan), editable: true });
    const issues = (await invalid).detail.issues as { id: string }[];
    expect(issues.map((i) => i.id).sort()).to.deep.equal(['bad-score', 'bad1']);
    const summary = $(el, 'cw-error-summary');
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(summary.shadowRoot)).to.contain('bad1');
    expect(ids(el, '.list-harm')).to.deep.equal(['h1']);
    $<HTMLButtonElement>(el, '[data-add="strengths"]').click();
    await settle(el);
    expect(listOf(planOf(el), 'strengths')).to.have.length(3);
  });

  it('never crashes on a bundle that is not a case, and shows that there is no plan', async () => {
    const el = await planEl({ bundle: { nonsense: true } });
    expect(text(el.shadowRoot)).to.contain('There is no safety plan in this case yet.');
    const el2 = await planEl({ bundle: { ...craftedBundle(), safetyPlans: [{ id: 'x', status: 'weird' }] } });
    // Issue 15 finding 4: a plan refused for a wrong field is never "no safety plan" (it was); it is a plan with a problem.
    expect(text(el2.shadowRoot)).to.contain('This case has a safety plan whose record has a problem');
    expect(text(el2.shadowRoot)).not.to.contain('There is no safety plan');
  });
});

describe('<cw-safety-plan> editing with the keyboard', function () {
  this.timeout(120_000);
  const SECTIONS = [
    'harm',
    'complicatingFactors',
    'dangerStatements',
    'strengths',
    'existingSafety',
    'safetyGoals',
    'rules',
    'worries',
    'goodThings',
    'dreams',
  ] as const;

  it('adds, edits, reorders (Alt+Arrow) and moves statements in every section', async () => {
    const el = await planEl({ editable: true });
    for (const key of SECTIONS) {
      const before = listOf(planOf(el), key).length;
      const add = $<HTMLButtonElement>(el, `[data-add="${key}"]`);
      add.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const list = listOf(planOf(el), key);
      expect(list, key).to.have.length(before + 1);
      const id = list[list.length - 1]!.id;
      // Focus is in the new statement's text box: type into it.
      await until(() => el.shadowRoot!.activeElement?.tagName === 'TEXTAREA');
      await typeText(`New ${key}`);
      await settle(el);
      expect(findStatement(planOf(el), id)!.statement.text).to.equal(`New ${key}`);
      // Finish editing, then move it up with Alt+ArrowUp from its Edit button.
      $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="done"]`).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      if (before > 0) {
        $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="edit"]`).focus();
        await altArrow('ArrowUp');
        await settle(el);
        expect(
          listOf(planOf(el), key).findIndex((s) => s.id === id),
          key,
        ).to.equal(before - 1);
        // Focus stays on the Edit button Alt+ArrowUp was pressed on.
        expect(el.shadowRoot!.activeElement?.closest('[data-id]')?.getAttribute('data-id')).to.equal(id);
        expect((el.shadowRoot!.activeElement as HTMLElement).dataset.action).to.equal('edit');
        // Move down is in the open statement.
        await sendKeys({ press: 'Enter' });
        await settle(el);
        $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="down"]`).focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(
          listOf(planOf(el), key).findIndex((s) => s.id === id),
          key,
        ).to.equal(before);
      }
    }
    // Move a statement between sections through its "Move to…" menu, by keyboard.
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-action="edit"]').click();
    await settle(el);
    $<HTMLElement>(el, '[data-id="s1"] [data-action="move-to"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.shadowRoot!.querySelector('[data-id="s1"] [data-move="existingSafety"]'));
    $<HTMLButtonElement>(el, '[data-id="s1"] [data-move="existingSafety"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(findStatement(planOf(el), 's1')!.key).to.equal('existingSafety');
    expect(text($(el, '[role="status"][aria-live="polite"].cw-visually-hidden'))).to.satisfy(
      (s: string) => s === '' || s.includes('Moved to Existing safety'),
    );
    // And a child's words between houses.
    $<HTMLButtonElement>(el, '[data-id="w1"] [data-action="edit"]').click();
    await settle(el);
    $<HTMLElement>(el, '[data-id="w1"] [data-action="move-to"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.shadowRoot!.querySelector('[data-id="w1"] [data-move="dreams"]'));
    $<HTMLButtonElement>(el, '[data-id="w1"] [data-move="dreams"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(findStatement(planOf(el), 'w1')!.key).to.equal('dreams');
  });

  it('edits who said it, own words, who agrees and the goal link, and deletes', async () => {
    const el = await planEl({ editable: true });
    $<HTMLButtonElement>(el, '[data-id="d2"] [data-action="edit"]').click();
    await settle(el);
    const form = $(el, '[data-form="d2"]');
    const who = form.querySelector('[data-field="by"]') as HTMLSelectElement;
    who.value = 'p-gran';
    who.dispatchEvent(new Event('change'));
    const words = form.querySelector('input[type="checkbox"]') as HTMLInputElement;
    words.focus();
    await sendKeys({ press: ' ' });
    const stance = form.querySelector('[data-stance="p-gran"]') as HTMLSelectElement;
    stance.value = 'disagrees';
    stance.dispatchEvent(new Event('change'));
    const goal = form.querySelector('[data-goal="g1"]') as HTMLInputElement;
    goal.focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    const s = findStatement(planOf(el), 'd2')!.statement;
    expect(s).to.deep.equal({
      id: 'd2',
      text: 'We worry Ava could be left alone at night.',
      by: 'p-gran',
      familyWords: true,
      disputedBy: ['p-gran'],
      linkedIds: ['g1'],
    });
    expect($(el, '.warning-box')).to.equal(null);
    expect(text(item(el, 'd2'))).to.contain('Not agreed by June Stone');
    $<HTMLButtonElement>(el, '[data-id="c1"] [data-action="edit"]').click();
    await settle(el);
    $<HTMLButtonElement>(el, '[data-id="c1"] [data-action="delete"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(findStatement(planOf(el), 'c1')).to.equal(undefined);
  });

  it('adds, edits and reorders next steps; adds a rating; edits the network and review date', async () => {
    const el = await planEl({ editable: true });
    $<HTMLButtonElement>(el, '[data-add="nextSteps"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await until(() => el.shadowRoot!.activeElement?.tagName === 'TEXTAREA');
    await typeText('Ring Gran');
    const steps = planOf(el).nextSteps!;
    const id = steps[steps.length - 1]!.id;
    const form = $(el, `[data-form="${id}"]`);
    const owner = form.querySelector('[data-field="owner"]') as HTMLSelectElement;
    owner.value = 'p-mum';
    owner.dispatchEvent(new Event('change'));
    const due = form.querySelector('[data-field="due"]') as HTMLInputElement;
    due.value = '2024-03-15';
    due.dispatchEvent(new Event('change'));
    await settle(el);
    expect(planOf(el).nextSteps!.find((a) => a.id === id)).to.deep.equal({
      id,
      text: 'Ring Gran',
      status: 'to-do',
      owner: 'p-mum',
      due: '2024-03-15',
    });
    expect(item(el, id).classList.contains('overdue')).to.equal(true);
    $<HTMLButtonElement>(el, `[data-id="${id}"] [data-action="edit"]`).focus();
    await altArrow('ArrowUp');
    await settle(el);
    expect(planOf(el).nextSteps!.map((a) => a.id)).to.deep.equal(['n1', 'n2', 'n3', id, 'n4']);

    const rf = $(el, '.rating-form');
    const set = (sel: string, v: string, ev = 'change') => {
      const i = rf.querySelector(sel) as HTMLInputElement;
      i.value = v;
      i.dispatchEvent(new Event(ev));
    };
    set('[data-field="by"]', 'p-gran');
    await settle(el);
    set('[data-field="score"]', '9');
    await settle(el);
    set('[data-field="at"]', '2024-03-01', 'input');
    await settle(el);
    $<HTMLButtonElement>(el, '[data-action="add-rating"]').click();
    await settle(el);
    const added = planOf(el).scales!.find((r) => r.by === 'p-gran')!;
    expect([added.score, added.at]).to.deep.equal([9, '2024-03-01']);
    expect($$(el, '.chart svg[role="img"] polyline')).to.have.length(4);

    const nf = $(el, '.network-form');
    const m = nf.querySelector('[data-field="member"]') as HTMLSelectElement;
    m.value = 'p-mum';
    m.dispatchEvent(new Event('change'));
    await settle(el);
    const role = nf.querySelector('[data-field="role"]') as HTMLInputElement;
    role.value = 'Mum';
    role.dispatchEvent(new Event('input'));
    await settle(el);
    $<HTMLButtonElement>(el, '[data-action="add-member"]').click();
    await settle(el);
    expect(planOf(el).network).to.deep.include({ memberId: 'p-mum', role: 'Mum' });
    const review = $<HTMLInputElement>(el, '[data-field="review"]');
    review.value = '2024-09-01';
    review.dispatchEvent(new Event('change'));
    await settle(el);
    expect(planOf(el).reviewDate).to.equal('2024-09-01');
  });

  it('advises on plain language as family-facing text is typed, and never blocks', async () => {
    const el = await planEl({ editable: true });
    $<HTMLButtonElement>(el, '[data-id="rule1"] [data-action="edit"]').click();
    await settle(el);
    const ta = $<HTMLTextAreaElement>(el, '[data-form="rule1"] textarea');
    ta.focus();
    ta.select();
    await typeText('After the s47 the core group will meet.');
    await settle(el);
    const advice = $$(el, '[data-form="rule1"] .advice li').map((li) => [li.dataset.kind, text(li)]);
    expect(advice).to.deep.equal([
      ['jargon', '“s47” is a professional word. Try: “a child protection enquiry (when we check whether a child is safe)”.'],
      ['jargon', '“core group” is a professional word. Try: “the group of people who meet to check the plan is working”.'],
    ]);
    expect(findStatement(planOf(el), 'rule1')!.statement.text).to.equal('After the s47 the core group will meet.');
  });
});

describe('<cw-safety-plan> versions', () => {
  it('agreeing makes the next numbered version; later edits show what changed since', async () => {
    const el = await planEl({ editable: true });
    expect(text($(el, '.versions'))).to.contain('Nothing has changed since then.');
    // Agreed and unchanged: nothing new to agree (the button said "as version 1" and would have made a version 2).
    expect(text($(el, '.header .status'))).to.contain('Version 1, agreed');
    expect($(el, '[data-action="agree"]')?.outerHTML ?? null).to.equal(null);
    // Edit: the plan becomes a draft of version 2.
    $<HTMLButtonElement>(el, '[data-id="g1"] [data-action="edit"]').click();
    await settle(el);
    const ta = $<HTMLTextAreaElement>(el, '[data-form="g1"] textarea');
    ta.value = 'Ava will be safe at home.';
    ta.dispatchEvent(new Event('input'));
    await settle(el);
    expect(planOf(el).status).to.equal('draft');
    expect(text($(el, '.header .status'))).to.contain('Draft of version 2');
    expect(text($(el, '[data-action="agree"]'))).to.equal('Agree this plan as version 2');
    const diffText = text($(el, '.diff'));
    expect(diffText).to.contain('Changed in Safety goals: Ava will be safe from Dan. → Ava will be safe at home.');
    expect(await (el as unknown as { agree(): Promise<boolean> }).agree()).to.equal(true);
    await settle(el);
    expect(planOf(el).version).to.equal(2);
    expect(planOf(el).status).to.equal('agreed');
    expect(text($(el, '.versions'))).to.contain('Nothing has changed since then.');
    expect($(el, '[data-action="agree"]')?.outerHTML ?? null, 'version 2 just agreed: nothing new to agree').to.equal(null);
    const versions = $$(el, '.version-list li').map(text);
    expect(versions).to.have.length(2);
    expect(versions[0]).to.match(/^Version 1, agreed on 1 Feb 2024/);
    expect(versions[1]).to.match(/^Version 2, agreed on .* by unknown user$/);
    // A further edit and a score change are listed against version 2.
    $<HTMLButtonElement>(el, '[data-add="rules"]').click();
    await settle(el);
    const ta2 = $<HTMLTextAreaElement>(el, '.list-rules textarea');
    ta2.value = 'Gran has the spare key.';
    ta2.dispatchEvent(new Event('input'));
    await settle(el);
    const d = text($(el, '.diff'));
    expect(d).to.contain('Added to Safety rules, in the family’s words: Gran has the spare key.');
    expect(text($(el, '.versions h3'))).to.equal('What has changed since version 2 was agreed');
  });
});

describe('<cw-safety-plan> agreement on every statement', () => {
  it('says who agreed with a strength or existing safety, as it does for a worry', async () => {
    // Written before running: the sample records Ruby and Megan agreeing that Siân is someone they can tell; only
    // worries showed who agreed, so that agreement was never seen.
    const plan = craftedPlan();
    plan.strengths = [{ ...plan.strengths![0]!, agreedBy: ['p-mum', 'p-gran'] }, ...plan.strengths!.slice(1)];
    const el = await planEl({ bundle: craftedBundle(plan) });
    expect(text(item(el, plan.strengths[0]!.id))).to.contain('Agreed by Lisa Stone, June Stone');
    expect(text(item(el, 'h1'))).to.contain('Agreed by Lisa Stone');
  });
});

describe('<cw-safety-plan> on paper', () => {
  it('prints every name: the owners of steps, who said each statement, who gave each score, the safety network', async () => {
    // Written before running: names are buttons on screen (they select the person) and every button was hidden in
    // print, so the printed plan read "Who:" with nothing after it and the ratings table's Person column "(family)".
    const el = await planEl();
    el.printVersion = 'professional';
    await settle(el);
    const printed = asPrinted(el);
    try {
      const whos = $$(el, '.professional-version button.who');
      expect(whos.length, 'names drawn as buttons').to.be.greaterThan(5);
      const hidden = whos.filter((b) => !b.checkVisibility()).map(text);
      expect(hidden, 'names hidden in print').to.deep.equal([]);
      expect(whos.map(text)).to.include.members(['Sam Patel', 'Lisa Stone', 'Ms Owen']);
      // Actions and the links to the plan's parts stay off the paper.
      expect($$(el, '.professional-version button:not(.who)').filter((b) => b.checkVisibility())).to.deep.equal([]);
      expect($$(el, '.skip-links a').length, 'links to the parts on screen').to.be.greaterThan(0);
      expect($$(el, '.skip-links a').filter((a) => a.checkVisibility())).to.deep.equal([]);
    } finally {
      printed.undo();
    }
  });
});

describe('<cw-safety-plan> sensitive roles', () => {
  // A domestic abuse adviser in the safety network: her role, beside her name, tells whoever reads the plan (the
  // family version is read by the whole family) that the mother is working with one.
  const bundle = () => {
    const plan = craftedPlan();
    plan.network = [...plan.network!, { memberId: 'pro-idva', role: 'Domestic abuse support' }];
    const b = craftedBundle(plan);
    b.professionals = [
      ...b.professionals!,
      { id: 'pro-idva', name: 'Rachel Owen', role: 'Independent Domestic Violence Adviser', agencyId: 'a-lа', sensitiveRole: true },
    ];
    return b;
  };
  const ROLES = ['Domestic abuse support', 'Independent Domestic Violence Adviser'];

  it('names a professional whose role is sensitive without the role: network, family version, people lists', async () => {
    // Written before running: before, the family version read "Rachel Owen: Domestic abuse support" and the rating
    // form's people list "Rachel Owen (Independent Domestic Violence Adviser)".
    const el = await planEl({ bundle: bundle() });
    const network = text($(el, 'ul.network'));
    expect(network).to.contain('Rachel Owen');
    expect(network).to.contain('Ms Owen – Teacher'); // other roles as before
    el.view = 'family';
    await settle(el);
    const family = text($(el, '.family-version'));
    expect(family).to.contain('Rachel Owen');
    expect(family).to.contain('June Stone: Has Ava on Fridays');
    for (const role of ROLES) {
      expect(network, role).not.to.contain(role);
      expect(family, role).not.to.contain(role);
    }
    const editor = await planEl({ bundle: bundle(), editable: true });
    const options = $$(editor, 'option').map(text);
    expect(options).to.include('Rachel Owen');
    expect(options).to.include('Sam Patel (Social worker)');
    for (const role of ROLES) expect(options.join(' | '), role).not.to.contain(role);
  });

  it('shows the roles where the host allows it (show-sensitive-roles)', async () => {
    const el = await planEl({ bundle: bundle() });
    el.showSensitiveRoles = true;
    await settle(el);
    expect(text($(el, 'ul.network'))).to.contain('Rachel Owen – Domestic abuse support');
  });
});

describe('<cw-safety-plan> people who have died', () => {
  it('does not offer someone who has died as a new owner, rater or network member; a step they own keeps their name', async () => {
    // Written before running: the sample's pickers offered Alan Hughes, who died in 2021, among the living.
    const plan = craftedPlan();
    plan.nextSteps = [...plan.nextSteps!, { id: 'n9', text: 'Sort the allotment.', owner: 'p-grandad', status: 'done' }];
    const b = craftedBundle(plan);
    b.people = [...b.people!, { id: 'p-grandad', givenName: 'Ron', familyName: 'Stone', gender: 'male', dateOfDeath: '2021-02' }];
    const el = await planEl({ bundle: b, editable: true });
    const offered = (sel: string) => $$<HTMLOptionElement>(el, `${sel} option`).map(text);
    expect(offered('#rating-by')).to.not.include('Ron Stone');
    expect(offered('#rating-by')).to.include('June Stone');
    expect(
      $$<HTMLOptionElement>(el, 'option')
        .map(text)
        .filter((t) => t === 'Ron Stone').length,
      'only where a step names him',
    ).to.be.at.most(1);
  });
});
