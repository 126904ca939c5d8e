import { fixture, html } from '@open-wc/testing';
import { IdbCaseStore, type CaseBundle, type CaseStore } from '@opencasework/core';
import '@opencasework/core/define';
import '../src/define.js';
import { DraftStore } from '../src/draft-store.js';
import type { CwQuickNote } from '../src/quick-note.js';
import type { SpeechEngine } from '../src/speech.js';

/**
 * The Evans family, as a worker would meet them: two children on the case (Jay, 9, and Mia, 4), their mother, her
 * partner (not a parent), a grandmother who lives elsewhere, and a chronology with routine contacts, one agency's
 * duplicate of a police notification and a visit where Jay was not seen: distractors for what the note saves.
 */
export function evansBundle(): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'evans-1', title: 'Evans', subjectIds: ['jay', 'mia'] },
    people: [
      { id: 'jay', givenName: 'Jay', familyName: 'Evans', gender: 'male', dateOfBirth: '2015-06-02' },
      { id: 'mia', givenName: 'Mia', familyName: 'Evans', gender: 'female', dateOfBirth: '2020-01-19' },
      { id: 'kerry', givenName: 'Kerry', familyName: 'Evans', gender: 'female' },
      { id: 'dean', givenName: 'Dean', familyName: 'Morgan', gender: 'male' },
      { id: 'nan', givenName: 'Pat', familyName: 'Hughes', preferredName: 'Nan', gender: 'female' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'kerry', childId: 'jay', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'kerry', childId: 'mia', type: 'biological' },
      { id: 'r3', kind: 'partner', a: 'kerry', b: 'dean', status: 'cohabiting' },
    ],
    agencies: [{ id: 'csc', name: 'Children’s services', sector: 'social-care' }],
    chronology: [
      { id: 'c1', date: '2024-02-01', title: 'Phone call with Kerry', category: 'contact', significance: 'routine', subjectIds: ['jay'] },
      {
        id: 'c2',
        date: '2024-02-10',
        title: 'Home visit: no answer',
        category: 'visit',
        significance: 'routine',
        subjectIds: ['jay', 'mia'],
      },
      { id: 'c3', date: '2024-02-12', title: 'Police notification', category: 'police', significance: 'significant', subjectIds: ['jay'] },
    ],
  };
}

let n = 0;
/** A fresh IndexedDB case store and draft database for one test. */
export function freshNames(): { caseDb: string; draftDb: string } {
  const id = `${Date.now()}-${n++}`;
  return { caseDb: `cw-rec-case-${id}`, draftDb: `cw-rec-draft-${id}` };
}

export async function seededStore(caseDb: string): Promise<IdbCaseStore> {
  const store = new IdbCaseStore({ dbName: caseDb });
  await store.replace({ kind: 'case', id: 'evans-1' }, evansBundle(), 'import');
  return store;
}

/** The quick note inside a <cw-case> on the store, ready (its draft read). */
export async function mountNote(
  store: CaseStore,
  draftDb: string,
  o: { engine?: SpeechEngine; lang?: string; clips?: boolean; video?: boolean; today?: string } = {},
): Promise<CwQuickNote> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${o.lang ?? 'en-GB'}><cw-case case-id="evans-1" .store=${store} actor="Sam Patel">
    <cw-quick-note draft-delay="100" .draftStore=${new DraftStore(draftDb)} .speechEngine=${o.engine} ?allow-clips=${!!o.clips} ?allow-video=${!!o.video} today=${o.today ?? ''}></cw-quick-note>
  </cw-case></div>`);
  const el = wrap.querySelector('cw-quick-note')!;
  await until(() => !!el.shadowRoot?.querySelector('#n-save'));
  await el.updateComplete;
  return el;
}

export async function until(test: () => boolean, ms = 10_000): Promise<void> {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T => el.shadowRoot!.querySelector<T>(sel)!;
