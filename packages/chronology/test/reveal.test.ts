// An entry chosen elsewhere (a document's "Show entry", a linked component) is brought into view in the table, even
// when it was chosen before the chronology had its case: the host opens the chronology at the entry it was asked for.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { sampleCase } from '@opencasework/core/sample';
import type { CwChronology } from '../src/chronology.js';
import { buildModel } from '../src/model.js';
import { mergeSameEvents } from '../src/merge.js';

const root = (el: Element) => el.shadowRoot!;
const events = mergeSameEvents(buildModel(sampleCase).rows);
// An entry near the end of the case: far below the first screen of the virtualised table.
const target = events[events.length - 6]!;
const entryId = target.rows[0]!.id;

async function inView(el: CwChronology): Promise<void> {
  await waitUntil(
    () => {
      const row = root(el).querySelector<HTMLElement>(`tr[data-event="${target.id}"]`);
      const scroll = root(el).querySelector<HTMLElement>('.scroll');
      if (!row || !scroll) return false;
      const r = row.getBoundingClientRect();
      const s = scroll.getBoundingClientRect();
      return r.top >= s.top - 1 && r.top < s.bottom - 20;
    },
    'the chosen entry is rendered within the scrolling table',
    { timeout: 5000 },
  );
  const row = root(el).querySelector<HTMLElement>(`tr[data-event="${target.id}"]`)!;
  expect(row.getAttribute('aria-current')).to.equal('true');
}

describe('<cw-chronology>: an entry chosen elsewhere is brought into view', () => {
  it('when it was chosen before the case arrived (a host opening the chronology at an entry)', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .selection=${{ kind: 'entry', id: entryId }}></cw-chronology>`);
    el.bundle = sampleCase;
    await el.updateComplete;
    await inView(el);
  });

  it('when it is chosen with the case, before the first render', async () => {
    const el = await fixture<CwChronology>(
      html`<cw-chronology .bundle=${sampleCase} .selection=${{ kind: 'entry', id: entryId }}></cw-chronology>`,
    );
    await inView(el);
  });

  it('when it is chosen after the table has rendered', async () => {
    const el = await fixture<CwChronology>(html`<cw-chronology .bundle=${sampleCase}></cw-chronology>`);
    el.selection = { kind: 'entry', id: entryId };
    await el.updateComplete;
    await inView(el);
  });
});
