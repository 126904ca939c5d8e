// A visit where the child was not seen says why, and when they will be: asked as soon as "No" is chosen, needed to
// save, and kept on the entry. A child ticked as there and not seen (in the house, would not come out of the bedroom)
// is not an error: the hint says so and asks what stopped the worker seeing them. Expected answers written first.
import { expect } from '@open-wc/testing';
import type { ChronologyEntry } from '@opencasework/core';
import { typeText } from '../../../test/support/keys.js';
import { DraftStore } from '../src/draft-store.js';
import type { CwQuickNote } from '../src/quick-note.js';
import { $, freshNames, mountNote, seededStore, until } from './fixtures.js';

const ref = { kind: 'case' as const, id: 'evans-1' };
const root = (el: CwQuickNote) => el.shadowRoot!;

async function type(el: CwQuickNote, sel: string, text: string): Promise<void> {
  $(el, sel).focus();
  await typeText(text);
  await el.updateComplete;
}
function tick(el: CwQuickNote, name: string): void {
  const label = [...root(el).querySelectorAll<HTMLLabelElement>('label.inline')].find((l) => l.textContent.trim() === name);
  expect(label, name).to.exist;
  label!.click();
}

describe('<cw-quick-note>: a child not seen', function () {
  this.timeout(30_000);

  it('asks why as soon as "No" is chosen, needs an answer to save, and keeps it on the entry', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb, { today: '2024-03-04' });
    expect($(el, '#n-notSeen')).to.equal(null);
    $(el, '#n-seen-no').click();
    await el.updateComplete;
    expect($(el, 'label[for="n-notSeen"]').textContent.trim()).to.equal('Why was Jay Evans not seen?');
    expect($(el, '#n-notSeen-hint').textContent.trim()).to.equal(
      'For example: asleep, at nursery, would not come out of the bedroom. Say when they will be seen.',
    );
    await type(el, '#n-note', 'Kerry answered the door and said Jay was at his Nan’s.');
    $(el, '#n-save').click();
    await until(() => !!root(el).querySelector('.error-summary'));
    expect([...root(el).querySelectorAll('.error-summary li')].map((li) => li.textContent.trim())).to.deep.equal([
      'Say why the child was not seen',
    ]);
    expect($(el, '#n-notSeen').getAttribute('aria-invalid')).to.equal('true');
    expect((await store.load(ref))!.doc.chronology).to.have.length(3);

    await type(el, '#n-notSeen', 'At his Nan’s for the night. Visit again on Thursday after school.');
    $(el, '#n-save').click();
    await until(() => /Saved to the chronology/.test($(el, '.status').textContent ?? ''));
    const entry = (await store.load(ref))!.doc.chronology!.find((e) => !['c1', 'c2', 'c3'].includes(e.id))! as ChronologyEntry &
      Record<string, unknown>;
    expect(entry.title).to.equal('Visit: Jay Evans not seen');
    expect(entry.childSeen).to.equal(false);
    expect(entry.notSeenReason).to.equal('At his Nan’s for the night. Visit again on Thursday after school.');
    expect(entry.summary).to.equal(
      'Kerry answered the door and said Jay was at his Nan’s.\n\nJay Evans was not seen: At his Nan’s for the night. Visit again on Thursday after school.',
    );
    store.close();
  });

  it('a child ticked as there and not seen is asked what stopped the worker seeing them, not refused', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb, { today: '2024-03-04' });
    tick(el, 'Jay Evans');
    $(el, '#n-seen-no').click();
    await el.updateComplete;
    expect($(el, '#n-notSeen-hint').textContent.trim()).to.equal(
      'Jay Evans is ticked as there. Say what stopped you seeing them, for example would not come out of the bedroom, and when they will be seen.',
    );
    await type(el, '#n-note', 'Kerry and Dean were in.');
    await type(el, '#n-notSeen', 'Stayed in his bedroom and would not open the door. Seeing him at school tomorrow.');
    $(el, '#n-save').click();
    await until(() => /Saved to the chronology/.test($(el, '.status').textContent ?? ''));
    store.close();
  });

  it('a draft kept before the question existed still opens and is asked it', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const drafts = new DraftStore(draftDb);
    const el0 = await mountNote(store, draftDb, { today: '2024-03-04' });
    const values: Record<string, unknown> = {
      ...(el0 as unknown as { values: Record<string, unknown> }).values,
      note: 'Nobody answered.',
      seen: 'no',
    };
    delete values.notSeenReason;
    el0.closest('div')!.remove();
    await drafts.save('quick-note:evans-1:Sam Patel', values);
    const el = await mountNote(store, draftDb, { today: '2024-03-04' });
    await until(() => !!root(el).querySelector('#n-notSeen'));
    expect($<HTMLTextAreaElement>(el, '#n-notSeen').value).to.equal('');
    $(el, '#n-save').click();
    await until(() => !!root(el).querySelector('.error-summary'));
    expect([...root(el).querySelectorAll('.error-summary li')].map((li) => li.textContent.trim())).to.deep.equal([
      'Say why the child was not seen',
    ]);
    drafts.close();
    store.close();
  });

  it('in Welsh, the hint agrees with a girl (wedi’i thicio, ei gweld)', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const el = await mountNote(store, draftDb, { today: '2024-03-04', lang: 'cy' });
    await until(() => $(el, 'label[for="n-place"]')?.textContent.trim() !== 'Where');
    const child = $<HTMLSelectElement>(el, '#n-child');
    child.value = 'mia';
    child.dispatchEvent(new Event('change'));
    await el.updateComplete;
    tick(el, 'Mia Evans');
    $(el, '#n-seen-no').click();
    await el.updateComplete;
    expect($(el, 'label[for="n-notSeen"]').textContent.trim()).to.equal('Pam na welwyd Mia Evans?');
    expect($(el, '#n-notSeen-hint').textContent.trim()).to.equal(
      'Mae Mia Evans wedi’i thicio fel rhywun oedd yno. Dywedwch beth a’ch rhwystrodd rhag ei gweld, er enghraifft ni fyddai’n dod allan o’r ystafell wely, a phryd y gwelir y plentyn.',
    );
    store.close();
  });
});
