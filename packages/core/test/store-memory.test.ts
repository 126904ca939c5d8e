import { expect } from '@open-wc/testing';
import { MemoryCaseStore, makeChange, type CaseBundle, type StoreEvent } from '../src/index.js';
import { deepFreeze, smallBoard, smallCase } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };

describe('MemoryCaseStore', () => {
  it('follows the CaseStore contract: replace, load, apply with version and audit, subscribe, conflict', async () => {
    const store = new MemoryCaseStore();
    expect(await store.load(CASE)).to.equal(undefined);
    const input = deepFreeze(smallCase());
    const stored = await store.replace(CASE, input, 'tester');
    expect(stored.version).to.equal(1);
    const events: StoreEvent[] = [];
    const off = store.subscribe(CASE, (e) => events.push(e));
    const e1 = input.chronology![0]!;
    const r = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e1, { ...e1, title: 'Changed' }));
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.version).to.equal(2);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ type: 'change', version: 2, remote: false });
    const loaded = (await store.load(CASE))!;
    expect(loaded.doc.chronology![0]!.title).to.equal('Changed');
    expect(loaded.doc.audit).to.have.length(1);
    // A load is a copy: changing it does not change the store.
    (loaded.doc.chronology![0] as { title: string }).title = 'scribbled on';
    expect((await store.load(CASE))!.doc.chronology![0]!.title).to.equal('Changed');
    const stale = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'B', e1, { ...e1, title: 'Stale' }));
    expect(stale).to.include({ ok: false, reason: 'conflict' });
    off();
    await store.apply(
      CASE,
      makeChange('ChronologyEntry', 'update', 'A', (await store.load(CASE))!.doc.chronology![0], { ...e1, title: 'Again' }),
    );
    expect(events).to.have.length(1);
    expect(input.chronology![0]!.title).to.equal('Referral from school');
  });

  it('refuses changes to a document it does not have, or of the wrong kind', async () => {
    const store = new MemoryCaseStore();
    const e1 = smallCase().chronology![0]!;
    expect(await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'A', e1, e1))).to.include({ ok: false, reason: 'storage' });
    await store.replace({ kind: 'board', id: 'board-1' }, smallBoard(), 'tester');
    const wrong = await store.apply({ kind: 'board', id: 'board-1' }, makeChange('ChronologyEntry', 'create', 'A', null, e1));
    expect(wrong).to.include({ ok: false, reason: 'invalid' });
  });

  it('returns parse issues from replace and keeps the valid rest', async () => {
    const store = new MemoryCaseStore();
    const bad = smallCase() as CaseBundle & { people: unknown[] };
    bad.people.push({ id: '<img src=x onerror=alert(1)>', gender: 'robot' });
    const r = await store.replace(CASE, bad, 'tester');
    expect(r.issues).to.have.length(1);
    expect(r.issues[0]).to.include({ entity: 'Person', id: '<img src=x onerror=alert(1)>', path: 'gender' });
    expect(r.doc.people).to.have.length(3);
  });
});
