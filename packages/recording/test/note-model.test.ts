import { expect } from '@open-wc/testing';
import type { Message } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import { buildNote, emptyNote, notePeople, presentOptions, validateNote, type NoteValues } from '../src/note-model.js';
import { en } from '../src/messages/en.js';
import cy from '../src/messages/cy.js';
import { evansBundle } from './fixtures.js';

/** A localiser over the English catalogue, enough for the pure functions. */
const l = {
  locale: 'en',
  t: (key: keyof typeof en, p: Record<string, string | number> = {}) => {
    const m = en[key] as Message;
    const text = typeof m === 'string' ? m : typeof m === 'function' ? m(p) : Number(p.count) === 1 ? (m.one ?? m.other) : m.other;
    return text.replace(/\{(\w+)\}/g, (_: string, k: string) => String(p[k] ?? ''));
  },
  list: (items: string[]) => new Intl.ListFormat('en-GB').format(items),
} as any;

const names = (pairs: [string, string][]) => pairs.map(([, n]) => n);

describe('who the note offers as present', () => {
  it('the sample case (Tyler lives with his nan since 2023): the case children, his current household and parents, nobody from ended ones', () => {
    // Written before running: subjects Tyler, Ruby, Megan; Tyler's household now is Margaret's ("Peggy"); his parents
    // Kayleigh and Liam (no end); not Jordan (step-parent until 2023-05-06, household ended 2024-02-09), not Alfie
    // (only in the ended household), never the pregnancy records or Alan (died).
    const { likely, others } = presentOptions(sampleCase, 'p-tyler', '2026-12-03');
    expect(names(likely)).to.deep.equal(['Tyler Evans', 'Ruby Evans', 'Megan Evans', 'Kayleigh Hughes', 'Liam Evans', 'Peggy Hughes']);
    const all = [...likely, ...others].map(([id]) => id);
    for (const id of ['p-natalie-miscarriage', 'p-natalie-pregnancy', 'p-alan']) expect(all, id).to.not.include(id);
    expect(others.map(([id]) => id)).to.include.members(['p-jordan', 'p-alfie']);
  });

  it('on a day when the old household was current, it is offered instead', () => {
    const { likely } = presentOptions(sampleCase, 'p-tyler', '2022-06-01');
    expect(names(likely)).to.include.members(['Jordan Price', 'Alfie Price', 'Kayleigh Hughes']);
    // Margaret's home and her kinship care began in 2023: not offered for a day in 2022.
    expect(likely.map(([id]) => id)).to.not.include('p-margaret');
  });
});

describe('the saved entry', () => {
  const people = notePeople(evansBundle());
  const base = (): NoteValues => ({ ...emptyNote('2024-03-01', '10:15', 'jay'), note: 'Seen at home.' });

  it('names the visit, where, and whether the child was seen alone, seen or not seen', () => {
    const at = { actor: 'Sam Patel', now: '2024-03-01T10:40:00Z' };
    expect(buildNote(l, { ...base(), seen: 'yes', seenAlone: 'yes' }, people, at).entry.title).to.equal('Visit: Jay Evans seen alone');
    expect(buildNote(l, { ...base(), seen: 'yes', seenAlone: 'no', place: 'at school' }, people, at).entry.title).to.equal(
      'Visit at school: Jay Evans seen, not alone',
    );
    const notSeen = buildNote(l, { ...base(), seen: 'no' }, people, at).entry;
    expect(notSeen.title).to.equal('Visit: Jay Evans not seen');
    expect((notSeen as any).childSeen).to.equal(false);
    const call = buildNote(l, { ...base(), kind: 'contact' }, people, at).entry;
    expect([call.title, call.category, (call as any).childSeen]).to.deep.equal(['Contact', 'contact', undefined]);
  });

  it('asks for what a visit needs, consent for photos, and a real date not in the future', () => {
    const keys = (v: NoteValues) => validateNote(v, '2024-03-01').map((e) => e.key);
    expect(keys({ ...base(), note: '' })).to.deep.equal(['error.seen', 'error.note']);
    expect(keys({ ...base(), seen: 'yes' })).to.deep.equal(['error.seenAlone']);
    // Not seen: why is needed (a reason of spaces is none).
    expect(keys({ ...base(), seen: 'no' })).to.deep.equal(['error.notSeen']);
    expect(keys({ ...base(), seen: 'no', notSeenReason: '  ' })).to.deep.equal(['error.notSeen']);
    const notSeen = { seen: 'no' as const, notSeenReason: 'No answer at the door' };
    expect(keys({ ...base(), ...notSeen, date: '2024-03-02' })).to.deep.equal(['error.date']);
    expect(keys({ ...base(), ...notSeen, date: '2024-02-30' })).to.deep.equal(['error.date']);
    expect(keys({ ...base(), ...notSeen, time: '25:00' })).to.deep.equal(['error.time']);
    const photo = { id: 'm1', title: 'Photo', kind: 'photo' as const, mediaType: 'image/jpeg', size: 10 };
    expect(keys({ ...base(), ...notSeen, media: [photo] })).to.deep.equal(['error.consent']);
    expect(keys({ ...base(), kind: 'contact' })).to.deep.equal([]);
  });

  it('in Welsh, agrees "alone" and "seen" with a girl ("ar ei phen ei hun", "heb ei gweld")', () => {
    // Written before running: every child was "ar ei ben ei hun" and "heb ei weld", the forms for a boy.
    const lcy = { ...l, locale: 'cy', t: (key: keyof typeof en, p: Record<string, string | number> = {}) => {
      const m = cy[key];
      const text = typeof m === 'function' ? m(p) : typeof m === 'string' ? m : m.other;
      return text.replace(/\{(\w+)\}/g, (_: string, k: string) => String(p[k] ?? ''));
    } }; // prettier-ignore
    const at = { actor: 'Sam Patel', now: '2024-03-01T10:40:00Z' };
    const mia = { ...base(), childId: 'mia' };
    expect(buildNote(lcy, { ...mia, seen: 'yes', seenAlone: 'yes' }, people, at).entry.title).to.match(
      /gwelwyd Mia Evans ar ei phen ei hun$/,
    );
    expect(buildNote(lcy, { ...mia, seen: 'no' }, people, at).entry.title).to.match(/Mia Evans heb ei gweld$/);
    expect(buildNote(lcy, { ...base(), seen: 'yes', seenAlone: 'yes' }, people, at).entry.title).to.match(
      /gwelwyd Jay Evans ar ei ben ei hun$/,
    );
    expect(buildNote(lcy, { ...base(), seen: 'no' }, people, at).entry.title).to.match(/Jay Evans heb ei weld$/);
  });

  it('records whose record the note is, and leaves a drawing’s author unsaid (the worker only photographed it)', () => {
    // Written before running: every note read "Agency not recorded" in the chronology, and a child's drawing was
    // saved "By Sam Patel".
    const consent = { by: 'Sam Patel', at: '2024-03-01T10:30:00Z' };
    const media = [
      { id: 'm1', title: 'Photo', kind: 'photo' as const, mediaType: 'image/jpeg', size: 10 },
      { id: 'm2', title: 'Jay’s drawing', kind: 'drawing' as const, mediaType: 'image/jpeg', size: 10 },
    ];
    const v = { ...base(), seen: 'yes' as const, seenAlone: 'yes' as const, consent, media };
    const saved = buildNote(l, v, people, { actor: 'Sam Patel', now: '2024-03-01T10:40:00Z', agencyId: 'sc' });
    expect((saved.entry as { sourceAgencyId?: string }).sourceAgencyId).to.equal('sc');
    expect(saved.documents.map((d) => d.authorId ?? null)).to.deep.equal(['Sam Patel', null]);
    const without = buildNote(l, v, people, { actor: 'Sam Patel', now: '2024-03-01T10:40:00Z' });
    expect('sourceAgencyId' in without.entry, 'no agency given, none made up').to.equal(false);
  });
});
