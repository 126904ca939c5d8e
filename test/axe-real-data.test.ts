// axe-core with GOV.UK Frontend's tags (test/support/axe.ts) on real data, not on stories (issue 16): every view of
// every component with the sample case (the Evans family: 37 people, 3 agencies, a 3-version safety plan) and the
// sample team board, read-only and editable, with the forms and menus a person opens while working.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import '@opencasework/blockage-board/define';
import '@opencasework/documents/define';
import '@opencasework/recording/define';
import { sampleCase, sampleBoard } from '@opencasework/core/sample';
import { axeViolations, settled } from './support/axe.js';
import { CASE_WITH_DOCUMENTS } from './support/views.js';

interface Run {
  name: string;
  tag: string;
  props: Record<string, unknown>;
  /** What a person does first (open a form, a menu), inside the element's shadow root. */
  act?: (root: ShadowRoot) => void;
}
const CASE = { bundle: sampleCase, today: '2025-07-01' };
const BOARD = { board: sampleBoard, actor: 'Sam Worker', now: Date.parse('2025-07-01T09:00:00Z') };
const click = (sel: string) => (root: ShadowRoot) => root.querySelector<HTMLElement>(sel)?.click();
const RUNS: Run[] = [
  ...['table', 'timeline', 'court'].flatMap((view) => [
    { name: `chronology ${view}`, tag: 'cw-chronology', props: { ...CASE, view } },
    { name: `chronology ${view} editable`, tag: 'cw-chronology', props: { ...CASE, view, editable: true } },
  ]),
  ...['diagram', 'text', 'table'].flatMap((view) => [
    { name: `genogram ${view}`, tag: 'cw-genogram', props: { ...CASE, view } },
    { name: `genogram ${view} editable`, tag: 'cw-genogram', props: { ...CASE, view, editable: true } },
  ]),
  ...['picture', 'contacts', 'people', 'history'].map((view) => ({
    name: `family network ${view}`,
    tag: 'cw-family-network',
    props: { ...CASE, view },
  })),
  { name: 'safety plan professional', tag: 'cw-safety-plan', props: { ...CASE, view: 'professional' } },
  { name: 'safety plan family version', tag: 'cw-safety-plan', props: { ...CASE, view: 'family' } },
  { name: 'safety plan editable', tag: 'cw-safety-plan', props: { ...CASE, editable: true } },
  {
    name: 'safety plan editable, a statement open for editing',
    tag: 'cw-safety-plan',
    props: { ...CASE, editable: true },
    act: click('li.statement [data-action="edit"]'),
  },
  {
    name: 'safety plan editable, a step deleted (the undo notice)',
    tag: 'cw-safety-plan',
    props: { ...CASE, editable: true },
    act: click('li.step [data-action="delete"]'),
  },
  { name: 'safety plan for the family (audience)', tag: 'cw-safety-plan', props: { ...CASE, audience: 'family' } },
  ...['board', 'debrief', 'measures'].flatMap((view) => [
    { name: `board ${view}`, tag: 'cw-blockage-board', props: { ...BOARD, view } },
    { name: `board ${view} editable`, tag: 'cw-blockage-board', props: { ...BOARD, view, editable: true } },
  ]),
  {
    name: 'board editable, a card’s "Move to" menu open',
    tag: 'cw-blockage-board',
    props: { ...BOARD, view: 'board', editable: true },
    act: click('article.card button[aria-expanded]'),
  },
  {
    name: 'board editable, a card open for editing',
    tag: 'cw-blockage-board',
    props: { ...BOARD, view: 'board', editable: true },
    act: (root) =>
      [...root.querySelectorAll<HTMLButtonElement>('article.card button')].find((x) => x.textContent.trim().startsWith('Edit'))?.click(),
  },
  ...['time', 'person', 'kind'].map((view) => ({
    name: `documents by ${view}`,
    tag: 'cw-documents',
    props: { ...CASE_WITH_DOCUMENTS, view },
  })),
  { name: 'documents, redacted', tag: 'cw-documents', props: { ...CASE_WITH_DOCUMENTS, audience: 'redacted' } },
  { name: 'quick note', tag: 'cw-quick-note', props: { ...CASE, actor: 'Sam Worker', draftKey: 'axe-quick-note' } },
  {
    name: 'quick note, consent given (dictation and photos offered)',
    tag: 'cw-quick-note',
    props: { ...CASE, actor: 'Sam Worker', draftKey: 'axe-quick-note-consent' },
    act: click('#n-consent'),
  },
  {
    name: 'quick note, saved empty (the error summary)',
    tag: 'cw-quick-note',
    props: { ...CASE, actor: 'Sam Worker', draftKey: 'axe-quick-note-errors' },
    act: click('#n-save'),
  },
];

describe('axe-core on real data: every view of every component with the sample case and board', function () {
  this.timeout(120_000);
  before(async () => {
    await setViewport({ width: 1280, height: 900 }).catch(() => undefined); // WebDriver (WebKit) cannot resize
  });
  for (const run of RUNS) {
    it(run.name, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement(run.tag);
      Object.assign(el, run.props);
      wrap.append(el);
      await settled(wrap);
      if (run.act) {
        run.act(el.shadowRoot!);
        await settled(wrap);
      }
      expect(el.shadowRoot!.childElementCount, 'rendered').to.be.greaterThan(0);
      expect(await axeViolations(wrap)).to.deep.equal([]);
    });
  }
});
