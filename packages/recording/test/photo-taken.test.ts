// A photo added to a note is filed under the day it was taken (its EXIF, read before the re-encoding strips it), and
// the form says so where that is not the note's day: a photo of a bruise taken on an earlier visit, added to today's
// note, is evidence of that earlier day. Expected answers written before the code ran.
import { expect } from '@open-wc/testing';
import { IdbCaseStore, type ChronologyEntry, type Document } from '@opencasework/core';
import type { CwQuickNote } from '../src/quick-note.js';
import { $, freshNames, mountNote, seededStore, until } from './fixtures.js';
import { datedPhoto } from './jpeg-fixtures.js';

const ref = { kind: 'case' as const, id: 'evans-1' };
const TODAY = '2025-07-15';

async function choose(el: CwQuickNote, files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(el, '#n-photo');
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => el.shadowRoot!.querySelectorAll('.media canvas[data-drawn]').length === files.length);
  await el.updateComplete;
}

/** Each photo's title and what the form says of the day it was taken ('' when it says nothing). */
const takenLines = (el: CwQuickNote) =>
  [...el.shadowRoot!.querySelectorAll('li.media')].map((li) => [
    li.querySelector('.media-title')!.textContent,
    li.querySelector('.media-taken')?.textContent ?? '',
  ]);

describe('<cw-quick-note>: the day a photo was taken', function () {
  this.timeout(30000);

  it('files an earlier photo under its own day and says so; a wrong camera clock or no EXIF keeps the note’s day', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb, { today: TODAY });
    $(el, '#n-seen-yes').click();
    await el.updateComplete;
    $(el, '#n-alone-yes').click();
    $(el, '#n-consent').click();
    await el.updateComplete;
    const note = $<HTMLTextAreaElement>(el, '#n-note');
    note.value = 'Bruise on Jay’s arm seen again; photo from the last visit added.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await choose(el, [
      await datedPhoto('bruise.jpg', { original: '2025:07:02 16:40:00' }),
      await datedPhoto('room.jpg', { original: '2025:07:15 09:12:00', order: 'MM' }),
      await datedPhoto('clock.jpg', { original: '2031:01:01 00:00:00' }),
      await datedPhoto('plain.jpg', null),
    ]);
    expect(takenLines(el)).to.deep.equal([
      ['bruise.jpg', 'Taken on 2 July 2025, not on the day of this note: it is filed under the day it was taken'],
      ['room.jpg', 'Taken on 15 July 2025'],
      ['clock.jpg', ''],
      ['plain.jpg', ''],
    ]);

    $(el, '#n-save').click();
    await until(() => /Saved to the chronology/.test($(el, '.status').textContent ?? ''), 10000);
    store.close();
    const reopened = new IdbCaseStore({ dbName: caseDb });
    const doc = (await reopened.load(ref))!.doc;
    const entry = doc.chronology!.find((e) => !['c1', 'c2', 'c3'].includes(e.id)) as ChronologyEntry;
    expect(entry.date).to.equal(TODAY);
    const documents = (doc as { documents?: Document[] }).documents ?? [];
    expect(documents.map((d) => [d.title, d.date])).to.deep.equal([
      ['bruise.jpg', '2025-07-02'],
      ['room.jpg', TODAY],
      ['clock.jpg', TODAY],
      ['plain.jpg', TODAY],
    ]);
    expect(documents.every((d) => d.entryIds?.[0] === entry.id)).to.equal(true);
    reopened.close();
  });

  it('says it in Welsh', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb, { today: TODAY, lang: 'cy' });
    $(el, '#n-consent').click();
    await el.updateComplete;
    await choose(el, [await datedPhoto('clais.jpg', { original: '2025:07:02 16:40:00' })]);
    await until(() => /Tynnwyd/.test(takenLines(el)[0]![1]!));
    expect(takenLines(el)[0]![1]).to.equal(
      'Tynnwyd ar 2 Gorffennaf 2025, nid ar ddiwrnod y nodyn hwn: caiff ei ffeilio o dan y diwrnod y tynnwyd y llun',
    );
    store.close();
  });
});
