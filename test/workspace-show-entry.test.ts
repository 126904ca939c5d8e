// A document's "Show entry" in the reference workspace opens the chronology at that entry: its row in view, marked
// as the current one, and focused, so that a keyboard or screen-reader user is where they asked to be.
import { expect, waitUntil } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import type { CaseBundle, Document } from '@opencasework/core';
import type { WsApp } from '../packages/workspace/src/workspace-app.js';
import { ACTOR, CASE } from '../packages/workspace/src/workspace-app.js';

const entries = sampleCase.chronology ?? [];
const dayOf = (id: string) => entries.find((e) => e.id === id)?.date ?? '';
// A letter filed against the case's latest entry: far down a table that starts with the oldest.
const entry = [...entries].sort((a, b) => b.date.localeCompare(a.date))[0]!;
const entryId = entry.id;
const letter: Document = {
  id: 'd-show-entry',
  title: 'Letter to the family after the visit',
  kind: 'letter',
  mediaType: 'text/plain',
  date: entry.date.slice(0, 10),
  entryIds: [entryId],
};
const withLetter = { ...sampleCase, documents: [letter] } as CaseBundle & { documents: Document[] };

describe('the workspace: "Show entry" on a document', function () {
  this.timeout(120_000);
  let frame: HTMLIFrameElement;
  const app = () => frame.contentDocument!.querySelector<WsApp>('ws-app')!;
  const shadow = (tag: string) => frame.contentDocument!.querySelector(tag)?.shadowRoot ?? null;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '800px';
    document.body.append(frame);
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/index.html#/case/documents';
    await loaded;
    await waitUntil(() => app()?.store, 'the workspace and its store', { timeout: 60_000 });
    await app().store!.replace(CASE, withLetter, ACTOR);
  });
  after(async () => {
    await app().store!.replace(CASE, sampleCase, ACTOR); // the sample as it was, for the other tests
    frame.remove();
  });

  it('opens the chronology with the entry in view, current and focused', async () => {
    expect(dayOf(entryId) > '2024-01-01', 'a late entry').to.equal(true);
    await waitUntil(() => shadow('cw-documents')?.querySelector(`button[data-entry="${entryId}"]`), 'the shelf', { timeout: 30_000 });
    shadow('cw-documents')!.querySelector<HTMLButtonElement>(`button[data-entry="${entryId}"]`)!.click();
    await waitUntil(() => frame.contentWindow!.location.hash === '#/case/chronology', 'the chronology opened');
    const focusedRow = () => {
      const active = shadow('cw-chronology')?.activeElement;
      return active?.classList.contains('title-button') ? active.closest('tr') : null;
    };
    await waitUntil(focusedRow, "the entry's title focused", { timeout: 30_000 });
    const row = focusedRow()!;
    expect(row.getAttribute('aria-current')).to.equal('true');
    expect(row.textContent).to.contain(entry.title);
    // In view: within the frame's window and within the table's scrolling region, below its sticky header.
    await waitUntil(() => {
      const r = row.getBoundingClientRect();
      const scroll = shadow('cw-chronology')!.querySelector('.scroll')!.getBoundingClientRect();
      return r.top >= scroll.top && r.top < scroll.bottom - 20 && r.top >= 0 && r.top < 800 - 20;
    }, 'the row in view');
  });
});
