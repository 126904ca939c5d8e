import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/define.js';
import type { CwBlockageBoard } from '../src/blockage-board.js';
import { boardFormat, type BoardFormat } from '../src/format.js';
import { boardMessages } from '../src/messages/index.js';
import { boardModel } from '../src/board-model.js';
import { EMPTY_FILTERS } from '../src/filters.js';
import { checkHours, checkTitle, EMPTY_RAISE } from '../src/raise.js';
import * as session from '../src/debrief-session.js';
import { dueForDebrief } from '../src/debrief.js';
import { cardView, type CardActions } from '../src/views/card.js';
import { measuresView } from '../src/views/measures.js';
import { measureBoard } from '../src/measures.js';
import { card, crafted, daysAgo, NOW } from './fixtures.js';

/** 00:30 British Summer Time on 2 June 2025 is 23:30 UTC on 1 June. */
const HALF_PAST_MIDNIGHT_BST = '2025-06-01T23:30:00Z';

const format = (locale = 'en', timeZone = 'Europe/London'): BoardFormat =>
  boardFormat((k, p) => boardMessages.t(locale, k, p), locale, locale === 'cy' ? 'cy' : 'en', timeZone);

const noActions: CardActions = {
  onKeydown() {},
  onDragStart() {},
  onDragEnd() {},
  onSelect() {},
  onMeToo() {},
  onEdit() {},
  onToggleMove() {},
  onCloseMove() {},
  onMove() {},
};

function mount(template: unknown): HTMLElement {
  const div = document.createElement('div');
  render(template, div);
  return div;
}

describe("board days: one rule, in the board's time zone", () => {
  it('puts an instant at 00:30 BST on that day, not on the UTC day before', () => {
    expect(format().day(HALF_PAST_MIDNIGHT_BST)).to.equal('2 Jun 2025');
    expect(format('en', 'UTC').day(HALF_PAST_MIDNIGHT_BST)).to.equal('1 Jun 2025');
  });

  it("dates the run chart by the day a blockage was resolved in the board's time zone", () => {
    const m = measureBoard([card('x', { status: 'resolved', raisedAt: daysAgo(5), resolvedAt: HALF_PAST_MIDNIGHT_BST })], NOW);
    const text = mount(measuresView({ f: format(), measures: m, total: 1 })).textContent;
    expect(text).to.contain('2 Jun 2025');
    expect(text).to.not.contain('1 Jun 2025');
  });

  it("prints the wall copy with today in the board's time zone", async () => {
    const now = Date.parse(HALF_PAST_MIDNIGHT_BST);
    const el = await fixture<CwBlockageBoard>(html`<cw-blockage-board .board=${crafted()} .now=${now}></cw-blockage-board>`);
    expect(el.shadowRoot!.querySelector('.print-meta')!.textContent).to.contain('Printed 2 Jun 2025');
    el.timeZone = 'UTC';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print-meta')!.textContent).to.contain('Printed 1 Jun 2025');
  });
});

describe('board messages', () => {
  it('chooses English plural forms by count', () => {
    const f = format();
    expect([0, 1, 2].map((n) => f.others(n))).to.deep.equal(['nobody else yet', '1 other', '2 others']);
    expect([1, 3].map((n) => f.days(n))).to.deep.equal(['1 day', '3 days']);
    expect([1, 1.5, 0.25, 2 / 3].map((n) => f.hours(n))).to.deep.equal([
      '1 hour a week',
      '1.5 hours a week',
      '0.25 hours a week',
      '0.67 hours a week',
    ]);
    expect(boardMessages.t('en', 'debrief.saved', { count: 1 })).to.equal('The debrief was saved: 1 card discussed.');
  });

  it('loads Welsh only when asked, and fills every Welsh plural form', async () => {
    await boardMessages.load('cy');
    expect(boardMessages.isLoaded('cy')).to.equal(true);
    const f = format('cy');
    expect([0, 1, 2, 3, 6, 11].map((n) => f.others(n))).to.deep.equal([
      'neb arall eto',
      '1 arall',
      '2 arall',
      '3 arall',
      '6 arall',
      '11 arall',
    ]);
    expect([1, 2, 3, 6, 11].map((n) => f.days(n))).to.deep.equal(['1 diwrnod', '2 diwrnod', '3 diwrnod', '6 diwrnod', '11 diwrnod']);
    expect(f.status('raised')).to.equal("Wedi'i godi");
  });
});

describe('board model (pure)', () => {
  it('groups the cards that pass the filters into sorted columns, with a key for each card', () => {
    const m = boardModel(crafted().blockages!, EMPTY_FILTERS, NOW);
    expect(m.shown).to.equal(6);
    expect(m.columns.map((c) => [c.status, c.cards.map((b) => b.id)])).to.deep.equal([
      ['raised', ['b1']],
      ['discussed', ['b2']],
      ['acting', ['b3']],
      ['escalated', ['b5']],
      ['resolved', ['b4', 'b6']],
    ]);
    expect(m.keys.get('b3')).to.equal('c2');
    expect(m.owners).to.deep.equal(['Practice lead', 'Team manager']);
    expect(boardModel(crafted().blockages!, { ...EMPTY_FILTERS, category: 'recording' }, NOW).shown).to.equal(2);
  });
});

describe('raise checks (pure)', () => {
  it('asks for a title, limits its length and reads hours with a decimal comma', () => {
    expect(checkTitle(EMPTY_RAISE)).to.deep.equal({ ok: false, error: 'raise.errorEmpty' });
    expect(checkTitle({ ...EMPTY_RAISE, title: 'x'.repeat(201) })).to.deep.equal({
      ok: false,
      error: 'raise.errorLong',
      params: { count: 201 },
    });
    expect(checkHours({ ...EMPTY_RAISE, title: ' Lifts ', hours: '1,5' })).to.deep.equal({ ok: true, title: 'Lifts', hours: 1.5 });
    expect(checkHours({ ...EMPTY_RAISE, title: 'Lifts', hours: '' })).to.deep.equal({ ok: true, title: 'Lifts', hours: null });
    expect(checkHours({ ...EMPTY_RAISE, title: 'Lifts', hours: '-2' })).to.deep.equal({ ok: false, error: 'raise.errorHours' });
  });
});

describe('debrief session (pure)', () => {
  const board = crafted();
  const due = dueForDebrief(board);
  const b3 = board.blockages!.find((b) => b.id === 'b3')!;

  it('starts on the first due card, defaults a raised card to discussed, and keeps the card it started from', () => {
    let s = session.startSession(due, daysAgo(0));
    expect(s.ids).to.deep.equal(['b3', 'b1', 'b2', 'b5']);
    const b1 = board.blockages!.find((b) => b.id === 'b1')!;
    expect(session.outcomeFor(s, b1)).to.include({ status: 'discussed', owner: '' });
    s = session.patchOutcome(s, b3, { action: 'Merge the forms', owner: 'Lead' });
    const moved = { ...b3, status: 'discussed' as const };
    s = session.patchOutcome(s, moved, { discussion: 'Both ask the same' });
    expect(s.bases.b3).to.equal(b3);
    const c = session.outcomeChange(s, moved, daysAgo(0), 'Sam');
    expect(c.before).to.equal(b3);
    expect(c.changed).to.equal(true);
    expect(c.after.owner).to.equal('Lead');
    expect(c.after.actions!.map((a) => a.text)).to.deep.equal(['Merge the forms']);
  });

  it('skips without recording, steps back and finishes after the last card', () => {
    let s = session.startSession(due, daysAgo(0));
    s = session.recordOutcome(s, 'b3', { id: 'b3', discussion: 'x' });
    s = session.skipOutcome(s, 'b3');
    expect(s.outcomes).to.deep.equal({});
    s = session.stepSession(session.stepSession(s, -1), 1);
    expect(s.index).to.equal(1);
    s = { ...s, index: 3 };
    expect(session.stepSession(s, 1).finished).to.equal(true);
  });

  it('after a conflict keeps only the discussion unless the person kept their own version', () => {
    let s = session.patchOutcome(session.startSession(due, daysAgo(0)), b3, { discussion: 'Talked', owner: 'Lead' });
    expect(session.afterConflict(s, 'b3', false).outcomes.b3).to.deep.equal({ id: 'b3', discussion: 'Talked' });
    s = session.afterConflict(s, 'b3', true);
    expect(s.outcomes.b3!.owner).to.equal('Lead');
    expect(s.bases).to.deep.equal({});
  });
});

describe('card view (alone, without the element)', () => {
  it("renders a card's facts from a small context", () => {
    const b = card('z', { title: 'Forms ask twice', hoursLostPerWeek: 2, metToo: 1, owner: 'Lead', raisedAt: daysAgo(3) });
    const el = mount(
      cardView({ f: format(), b, key: 'c0', now: NOW, editable: false, meTooDone: false, moveOpen: false, actions: noActions }),
    );
    const text = el.textContent.replace(/\s+/g, ' ');
    expect(text)
      .to.contain('Forms ask twice')
      .and.contain('3 days')
      .and.contain('2 hours a week')
      .and.contain('1 other')
      .and.contain('Lead');
    expect(el.querySelector('button')).to.equal(null);
  });
});
