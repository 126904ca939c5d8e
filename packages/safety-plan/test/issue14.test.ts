import { expect } from '@open-wc/testing';
import type { CaseBundle, SafetyPlan } from '@opencasework/core';
import { overdueSteps } from '../src/next-steps.js';
import { childGaps, chartLayout, seriesByPerson } from '../src/scaling.js';
import { NameBook } from '../src/names.js';
import { childTest } from '../src/plan-model.js';
import { agreedVersions, changesSince, lastAgreed } from '../src/version-diff.js';
import { OVERDUE, STEPS, TODAY, closedPlan, realisticAudit, realisticBundle } from './realistic.js';
import { $, $$, planEl, settle, until } from './helpers.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const currentOf = (b: CaseBundle) => b.safetyPlans!.find((p) => p.id === 'sp-2026')!;

describe('issue 14: overdue as at the case’s date', function () {
  this.timeout(60_000);
  it('counts 3 steps, not 2: due before the date and not done, including “not done”', async () => {
    // Expected, written first: st-a (to do), st-b (doing), st-c (not done). Not st-d (done), st-e (due today),
    // st-f (due "Nov 2026": the month is not over), st-g (no date), st-h (due next month).
    expect(overdueSteps(STEPS, TODAY).map((s) => s.id)).to.deep.equal(OVERDUE);
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    expect($$(el, 'li.step.overdue').map((li) => li.dataset.id)).to.deep.equal(OVERDUE);
    expect(text($(el, '.overdue-summary'))).to.equal('3 next steps are overdue.');
    expect(text($(el, '[data-id="st-c"]'))).to.contain('Not done');
    expect(text($(el, '[data-id="st-c"]'))).to.contain('Overdue');
  });
});

describe('issue 14: scaling, person by person', function () {
  this.timeout(60_000);
  const names = new NameBook(realisticBundle());
  const isChild = childTest(names, ['p-amy', 'p-leo']);

  it('sets each child’s score beside each adult’s, nearest in time, widest gap first (never an average)', () => {
    const june = currentOf(realisticBundle()).scales!.filter((r) => r.at < '2026-07');
    // Expected, written first. Amy (5 June, direct work) against the adults of the 9 June review; Leo (9 June) likewise.
    const gaps = childGaps(june, isChild).map((g) => [g.child.by, g.child.score, g.adults.map((a) => [a.by, a.score, a.gap])]);
    expect(gaps).to.deep.equal([
      [
        'p-amy',
        4,
        [
          ['p-sarah', 8, 4],
          ['p-pat', 7, 3],
          ['Hillside school nurse', 6, 2],
          ['pr-amir', 5, 1],
        ],
      ],
      [
        'p-leo',
        7,
        [
          ['pr-amir', 5, -2],
          ['p-sarah', 8, 1],
          ['Hillside school nurse', 6, -1],
          ['p-pat', 7, 0],
        ],
      ],
    ]);
    // October: only Amy rated (Leo's June score is too old to set beside October's); Pat and the nurse did not rate.
    const oct = childGaps(currentOf(realisticBundle()).scales!, isChild);
    expect(oct.map((g) => [g.child.by, g.adults.map((a) => `${a.by} ${a.gap}`)])).to.deep.equal([
      ['p-amy', ['p-sarah 4', 'pr-amir 1', 'pr-rosa 0']],
    ]);
  });

  it('reads every score with who gave it and their words, the child’s marked as theirs; calls out the gap in words', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    const said = $$(el, '.said li');
    expect(said).to.have.length(13);
    const amy = $(el, '.said li[data-id="s3-amy"]');
    expect(amy.querySelector('q.note')).not.to.equal(null, 'their words are quoted');
    expect(text(amy)).to.equal('Amy Hill: 5 I still get scared when Craig shouts at Mum on the phone. Amy Hill’s own words');
    expect(text($(el, '.said li[data-id="s3-sarah"]'))).to.equal('Sarah Hill: 9 Craig has not been here since the summer.');
    expect(text($(el, '.said li[data-id="s3-rosa"]'))).to.equal('Rosa Lane: 5 No reason recorded.');
    expect(text($(el, '.said li[data-id="s2-leo"]'))).to.contain('Leo Hill’s own words');
    expect($$(el, '.said li .note')).to.have.length(8);
    expect($$(el, '.gap-list li').map(text)).to.deep.equal([
      'Sarah Hill rates 9, Amy Hill rates 5: a gap of 4.',
      'Amir Khan rates 6, Amy Hill rates 5: a gap of 1.',
      'Rosa Lane rates 5, the same as Amy Hill.',
    ]);
    expect($(el, '.gap-list li[data-by="p-sarah"]').classList.contains('gap-wide')).to.equal(true);
    const all = text($(el, '.professional-version')).toLowerCase();
    for (const bad of ['average', 'family 7', 'mean', 'family minus']) expect(all).not.to.contain(bad);
    expect(text($(el, '.scale-table tbody tr[data-by="p-amy"] th'))).to.equal('Amy Hill (child)');
  });

  it('draws each person’s line with its own marker and dash, labelled at its end, labels apart, text never scaled', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    const groups = $$<SVGGElement>(el, '.chart svg[role="img"] g.series');
    // Drawn in this order, last on top: where Rosa Lane's line lies on the child Amy's (both rate 5), Amy's is seen.
    expect(groups.map((g) => g.dataset.by)).to.deep.equal([
      'Hillside school nurse',
      'pr-amir',
      'pr-rosa',
      'p-sarah',
      'p-pat',
      'p-amy',
      'p-leo',
    ]);
    const markers = groups.map((g) => g.dataset.marker);
    const dashes = groups.map((g) => g.querySelector('polyline')!.getAttribute('stroke-dasharray'));
    expect(new Set(markers).size).to.equal(7);
    expect(new Set(dashes).size).to.equal(7);
    // Every point of a line has that line's marker.
    expect(groups.map((g) => g.querySelectorAll(`.marker[data-marker="${g.dataset.marker}"]`).length)).to.deep.equal([1, 3, 1, 3, 1, 3, 1]);
    const labels = $$<SVGTextElement>(el, '.chart .end-label');
    expect(labels.map(text)).to.deep.equal([
      'Hillside school nurse: 6',
      'Amir Khan: 6',
      'Rosa Lane: 5',
      'Sarah Hill: 9',
      'Pat Hill: 7',
      'Amy Hill: 5',
      'Leo Hill: 7',
    ]);
    const boxes = labels.map((l) => l.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.at.least(boxes[i - 1]!.bottom - 1, 'labels do not overlap');
    for (const l of labels) expect(parseFloat(getComputedStyle(l).fontSize)).to.be.at.least(12);
    const svgEl = $<SVGSVGElement>(el, '.chart svg[role="img"]');
    expect(svgEl.getScreenCTM()!.a).to.be.closeTo(1, 0.001, 'drawn at its own size');
    expect($$(el, '.legend li').map(text)).to.have.length(7);
  });

  it('keeps 14 px text in a 320 px wide element: the chart scrolls instead of shrinking', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    el.style.width = '300px';
    // The chart is laid out again for the new width once the element's size report has come (a frame later).
    await until(() => (el as unknown as { width: number }).width <= 300);
    await settle(el);
    const svgEl = $<SVGSVGElement>(el, '.chart svg[role="img"]');
    expect(svgEl.getScreenCTM()!.a).to.be.closeTo(1, 0.001);
    const scroller = $(el, '.chart-scroll');
    expect(scroller.clientWidth).to.be.at.most(300);
    // The layout is pure: labels sit right of the last date, apart by at least the line gap.
    const s = seriesByPerson(currentOf(realisticBundle()).scales!, (by) => names.group(by));
    const L = chartLayout(s, ['2026-03-10', '2026-06-05', '2026-06-09', '2026-10-01'], (by, sc) => `${names.name(by)}: ${sc}`, 300);
    const ys = L.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).to.be.at.least(20);
    expect(L.labelX).to.be.greaterThan(L.x('2026-10-01'));
  });
});

describe('issue 14: versions from the audit trail, and the plan picker', function () {
  this.timeout(60_000);
  it('lists what changed since version 5: the October review’s four scores and the step done', async () => {
    const b = realisticBundle();
    const plan = currentOf(b);
    // Expected, written first: versions 4 (agreed) and 5 (agreed at the June review, recorded as "reviewed").
    expect(agreedVersions(plan, b.audit).map((v) => v.version)).to.deep.equal([4, 5]);
    const last = lastAgreed(plan, b.audit)!;
    expect(last.version).to.equal(5);
    expect(changesSince(plan.id, last, b.audit).map((c) => [c.id, c.newRatings, c.stepsDone, c.stepsChanged])).to.deep.equal([
      ['au-oct', 4, 1, 0],
    ]);
    const el = await planEl({ bundle: b, today: TODAY });
    expect(text($(el, '.header .status'))).to.contain('Version 5, agreed; reviewed since');
    expect(text($(el, '.versions h3'))).to.equal('What has changed since version 5 was agreed');
    expect(text($(el, '.versions'))).not.to.contain('Nothing has changed');
    const diff = $$(el, '.versions ul.diff li').map(text);
    expect(diff.filter((t) => t.startsWith('New rating:'))).to.deep.equal([
      'New rating: Amy Hill: 5 (1 Oct 2026)',
      'New rating: Sarah Hill: 9 (1 Oct 2026)',
      'New rating: Amir Khan: 6 (1 Oct 2026)',
      'New rating: Rosa Lane: 5 (1 Oct 2026)',
    ]);
    expect(diff).to.include('Next step changed: Share the MARAC action plan with the core group. (Doing → Done)');
    expect($$(el, '.versions ul.recorded li').map(text)).to.deep.equal(['1 Oct 2026, Amir Khan: 4 new ratings, 1 next step done']);
    expect($$(el, '.version-list li').map(text)).to.deep.equal([
      'Version 4, agreed on 10 Mar 2026 by Amir Khan',
      'Version 5, agreed on 9 Jun 2026 by Amir Khan',
    ]);
  });

  it('shows the later review from the audit trail even when the plan record given is the agreed one', async () => {
    const b = realisticBundle();
    const v5 = realisticAudit().find((e) => e.id === 'au-v5')!.after as SafetyPlan;
    const el = await planEl({ bundle: { ...b, safetyPlans: [closedPlan(), v5] }, today: TODAY });
    expect($$(el, '.versions ul.recorded li').map(text)).to.deep.equal(['1 Oct 2026, Amir Khan: 4 new ratings, 1 next step done']);
  });

  it('says when a reviewed plan’s agreed version is not in the audit trail, rather than “nothing has changed”', async () => {
    const b = realisticBundle();
    const el = await planEl({ bundle: { ...b, audit: [] }, today: TODAY });
    expect(text($(el, '.versions'))).not.to.contain('Nothing has changed');
    expect(text($(el, '.versions .no-record'))).to.equal(
      'The audit trail does not hold version 5 as it was agreed, so what changed since cannot be listed.',
    );
  });

  it('reaches every plan, current and closed, from the plan picker', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    const select = $<HTMLSelectElement>(el, '#plan-picker');
    expect([...select.options].map((o) => [o.value, o.text, o.selected])).to.deep.equal([
      ['sp-2026', 'Safety plan for Amy and Leo (2026) (Version 5, agreed; reviewed since)', true],
      ['sp-2024', 'Safety plan for Amy (2024) (Closed (version 2))', false],
    ]);
    expect($(el, 'label[for="plan-picker"]').textContent).to.equal('Plan');
    select.value = 'sp-2024';
    select.dispatchEvent(new Event('change'));
    await settle(el, 50);
    expect(text($(el, '.header .title'))).to.equal('Safety plan for Amy (2024)');
    expect(text($(el, '.header .status'))).to.equal('Closed (version 2)');
    expect(text($(el, '.said li[data-id="old-r1"]'))).to.contain('Everything is fine now.');
    // A closed plan's unfinished steps are history, not overdue work.
    expect($$(el, 'li.step.overdue')).to.have.length(0);
    const again = $<HTMLSelectElement>(el, '#plan-picker');
    again.value = 'sp-2026';
    again.dispatchEvent(new Event('change'));
    await settle(el, 50);
    expect(text($(el, '.header .title'))).to.equal('Safety plan for Amy and Leo (2026)');
  });
});
