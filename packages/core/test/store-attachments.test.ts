// Files kept for a case (issue 20 points 1 and 4): the attachment part of the store-fault suite. A 20 MB video made
// in the test is saved, read back byte for byte by a reopened database, refused whole when the disk is full, and
// removed with its case by purgeCase and the sign-out clean-up. Expected answers are written before each run.
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import {
  IdbCaseStore,
  MIGRATIONS,
  MemoryCaseStore,
  STORAGE_MESSAGES,
  StorageError,
  makeChange,
  signOutCleanup,
  supportsAttachments,
  type CaseBundle,
  type CaseStore,
  type Document,
} from '../src/index.js';
import type { StoredFile } from '../src/store/idb-attachments.js';
import { deleteDatabase, smallCase, uniqueDbName } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };
const MB = 1024 * 1024;

/** A "video" of `bytes` bytes whose content differs everywhere (a fixed pseudo-random sequence), so a swapped or lost chunk shows. */
function video(bytes: number, seed = 1): Blob {
  const words = new Uint32Array(Math.ceil(bytes / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return new Blob([new Uint8Array(words.buffer, 0, bytes)], { type: 'video/webm' });
}
const digest = async (b: Blob) => new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer())).join(',');

/** A disk that is full for files: the write inside the transaction fails as a real quota failure does. */
class FullDisk extends IdbCaseStore {
  full = true;
  protected override writeAttachment(store: Parameters<IdbCaseStore['writeAttachment']>[0], file: StoredFile) {
    if (this.full) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    return super.writeAttachment(store, file);
  }
}

async function rawFiles(dbName: string): Promise<StoredFile[]> {
  const db = await openDB(dbName);
  const all = (await db.getAll('attachments')) as StoredFile[];
  db.close();
  return all;
}

/** Every store that keeps files answers the same way: the shared part of the suite. */
function sharedBehaviour(label: string, make: () => Promise<CaseStore>) {
  describe(`${label}: attachments`, () => {
    it('says it supports attachments, keeps the bytes and the media type given, and deletes them', async () => {
      const store = await make();
      expect(supportsAttachments(store)).to.equal(true);
      // The blob claims to be HTML; the caller says JPEG: the caller's type is what is kept.
      const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'text/html' });
      const kept = await store.putAttachment!(blob, { caseId: 'case-1', mediaType: 'image/jpeg', name: 'room.jpg' });
      expect(kept).to.include({ size: 7, mediaType: 'image/jpeg' });
      expect(kept.id).to.match(/^att-/);
      const back = (await store.getAttachment!(kept.id))!;
      expect(back.type).to.equal('image/jpeg');
      expect([...new Uint8Array(await back.arrayBuffer())]).to.deep.equal([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
      await store.deleteAttachment!(kept.id);
      expect(await store.getAttachment!(kept.id)).to.equal(undefined);
      await store.deleteAttachment!(kept.id); // deleting what is gone is not an error
      expect(await store.getAttachment!('att-never')).to.equal(undefined);
      store.close();
    });

    it('keeps a hostile file name as text only, and refuses what is not a file or has no readable type', async () => {
      const store = await make();
      const name = '../../etc/passwd\u0000<script>alert(1)</script>\u202Egpj.exe';
      const kept = await store.putAttachment!(new Blob(['x']), { caseId: 'case-1', mediaType: 'text/plain', name });
      expect(await (await store.getAttachment!(kept.id))!.text()).to.equal('x');
      const refuse = async (blob: unknown, meta: unknown) => {
        try {
          await store.putAttachment!(blob as Blob, meta as never);
        } catch (e) {
          expect(e).to.be.instanceOf(StorageError);
          return (e as Error).message;
        }
        return 'kept';
      };
      expect(await refuse('not a blob', { caseId: 'case-1', mediaType: 'text/plain' })).to.equal(
        'The file could not be kept: it is not a file.',
      );
      expect(await refuse(new Blob(['x']), { caseId: '', mediaType: 'text/plain' })).to.include('must name the case');
      expect(await refuse(new Blob(['x']), { caseId: 'case-1', mediaType: 'text/html<script>' })).to.include('its type');
      expect(await refuse(new Blob(['x']), { caseId: 'case-1', mediaType: '' })).to.include('its type');
      store.close();
    });

    it("purgeCase removes the case's files and only them", async () => {
      const store = await make();
      const a = await store.putAttachment!(video(1000, 2), { caseId: 'case-1', mediaType: 'video/webm' });
      const b = await store.putAttachment!(video(1000, 3), { caseId: 'case-1', mediaType: 'audio/webm;codecs=opus' });
      const other = await store.putAttachment!(video(1000, 4), { caseId: 'case-2', mediaType: 'image/png' });
      await store.purgeCase!('case-1');
      expect(await store.getAttachment!(a.id)).to.equal(undefined);
      expect(await store.getAttachment!(b.id)).to.equal(undefined);
      expect(await digest((await store.getAttachment!(other.id))!)).to.equal(await digest(video(1000, 4)));
      store.close();
    });
  });
}

describe('attachments in the stores', function () {
  this.timeout(60_000);
  const names: string[] = [];
  const opened: IdbCaseStore[] = [];
  const newDb = (label: string) => {
    const n = uniqueDbName(label);
    names.push(n);
    return n;
  };
  const open = <S extends IdbCaseStore>(s: S): S => (opened.push(s), s);
  afterEach(async () => {
    opened.splice(0).forEach((s) => s.close());
    for (const n of names.splice(0)) await deleteDatabase(n);
  });

  sharedBehaviour('MemoryCaseStore', async () => {
    const s = new MemoryCaseStore();
    await s.replace(CASE, smallCase(), 'importer');
    return s;
  });
  sharedBehaviour('IdbCaseStore', async () => {
    const s = open(new IdbCaseStore({ dbName: newDb('att-shared') }));
    await s.replace(CASE, smallCase(), 'importer');
    return s;
  });

  it('a 20 MB video is read back byte for byte by a reopened database (a reload)', async () => {
    const dbName = newDb('att-reload');
    const clip = video(20 * MB + 3, 7);
    const expected = await digest(clip);
    const first = open(new IdbCaseStore({ dbName }));
    await first.replace(CASE, smallCase(), 'importer');
    const kept = await first.putAttachment(clip, { caseId: 'case-1', mediaType: 'video/webm', name: 'visit.webm' });
    expect(kept.size).to.equal(20 * MB + 3);
    first.close();
    const reopened = open(new IdbCaseStore({ dbName }));
    const back = (await reopened.getAttachment(kept.id))!;
    expect(back.size).to.equal(20 * MB + 3);
    expect(back.type).to.equal('video/webm');
    expect(await digest(back)).to.equal(expected);
    const [raw] = await rawFiles(dbName);
    expect(raw).to.include({ id: kept.id, doc: 'case:case-1', mediaType: 'video/webm', name: 'visit.webm', size: 20 * MB + 3 });
  });

  it('out of space while saving a 20 MB video: a plain-English message, nothing half-written, the case untouched, then saved', async () => {
    const dbName = newDb('att-quota');
    const store = open(new FullDisk({ dbName }));
    const loaded = await store.replace(CASE, smallCase(), 'importer');
    const clip = video(20 * MB, 11);
    let error: unknown;
    await store.putAttachment(clip, { caseId: 'case-1', mediaType: 'video/webm' }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(StorageError);
    expect(error).to.include({ kind: 'quota', message: STORAGE_MESSAGES.attachmentQuota });
    expect((error as Error).message).to.not.match(/QuotaExceeded|DOMException|IndexedDB/);
    expect(await rawFiles(dbName), 'nothing of the file is stored').to.deep.equal([]);
    const after = (await open(new IdbCaseStore({ dbName })).load(CASE))!;
    expect(after.version, 'the case is as it was').to.equal(loaded.version);
    // Space is back: the same file is kept whole.
    store.full = false;
    const kept = await store.putAttachment(clip, { caseId: 'case-1', mediaType: 'video/webm' });
    expect(await digest((await open(new IdbCaseStore({ dbName })).getAttachment(kept.id))!)).to.equal(await digest(clip));
  });

  it('a photo saved as a document with its audit event, read back with its bytes after a reload', async () => {
    const dbName = newDb('att-document');
    const store = open(new IdbCaseStore({ dbName }));
    await store.replace(CASE, smallCase(), 'importer');
    const photo = video(300_000, 5);
    const kept = await store.putAttachment(photo, { caseId: 'case-1', mediaType: 'image/jpeg', documentId: 'd-photo' });
    const doc: Document = {
      id: 'd-photo',
      title: 'State of the kitchen',
      kind: 'photo',
      mediaType: kept.mediaType,
      date: '2024-05-02',
      entryIds: ['e2'],
      attachmentId: kept.id,
      size: kept.size,
    };
    const r = await store.apply(CASE, makeChange('Document', 'create', 'Dee Worker', null, doc));
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    const reload = open(new IdbCaseStore({ dbName }));
    const loaded = (await reload.load(CASE))!;
    expect(loaded.doc.documents).to.deep.equal([doc]);
    expect(loaded.doc.audit!.at(-1)).to.include({ entity: 'Document', entityId: 'd-photo', op: 'create' });
    expect(await digest((await reload.getAttachment(loaded.doc.documents![0]!.attachmentId!))!)).to.equal(await digest(photo));
  });

  it('an import keeps refused documents in quarantine with their issues, and the kept ones as records', async () => {
    const dbName = newDb('att-import');
    const input = {
      ...smallCase(),
      documents: [
        { id: 'd-ok', title: 'Minutes', kind: 'minutes', mediaType: 'application/pdf', date: '2022', entryIds: ['e3'] },
        { id: 'd-kind', title: 'Email', kind: 'email', mediaType: 'message/rfc822', date: '2022' },
      ],
    };
    await open(new IdbCaseStore({ dbName })).replace(CASE, input as CaseBundle, 'importer');
    const loaded = (await open(new IdbCaseStore({ dbName })).load(CASE))!;
    expect(loaded.doc.documents!.map((d) => d.id)).to.deep.equal(['d-ok']);
    expect(loaded.quarantined.map((q) => q.key)).to.deep.equal(['documents/d-kind']);
    expect(loaded.quarantined[0]!.raw).to.deep.equal(input.documents[1]);
    expect(loaded.quarantined[0]!.issues[0]).to.include({ entity: 'Document', id: 'd-kind', path: 'kind' });
  });

  it('the upgrade to version 3 keeps existing data, and moves documents a host sent before into records (none lost)', async () => {
    const dbName = newDb('att-upgrade');
    const old = new IdbCaseStore({ dbName, migrations: MIGRATIONS.filter((m) => m.version <= 2) });
    await old.replace(CASE, smallCase(), 'importer');
    old.close();
    // Before version 3, `documents` was an unknown field, kept in the header: put one there as an old page would have.
    const raw = await openDB(dbName);
    const header = (await raw.get('docs', 'case:case-1')) as { head: Record<string, unknown> };
    const good = { id: 'd-old', title: 'Old letter', kind: 'letter', mediaType: 'application/pdf', date: '2020' };
    const noId = { title: 'No id', kind: 'letter', mediaType: 'application/pdf', date: '2020' };
    await raw.put('docs', { ...header, head: { ...header.head, documents: [good, noId, { ...good, title: 'Duplicate' }] } });
    raw.close();
    const store = open(new IdbCaseStore({ dbName }));
    const loaded = (await store.load(CASE))!;
    expect(loaded.doc.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3']);
    expect(loaded.doc.documents).to.deep.equal([good]);
    expect(loaded.quarantined.map((q) => q.key).sort()).to.deep.equal(['documents/#1', 'documents/#2']);
    expect(loaded.quarantined.find((q) => q.key === 'documents/#1')!.raw).to.deep.equal(noId);
    expect((loaded.doc as Record<string, unknown>).hostExtension).to.deep.equal({ system: 'ExampleCMS', note: 'kept as it was' });
    const db = await openDB(dbName);
    expect(db.version).to.equal(3);
    expect([...db.objectStoreNames]).to.include('attachments');
    db.close();
    // And files can be kept in the upgraded database.
    const kept = await store.putAttachment(new Blob(['ok']), { caseId: 'case-1', mediaType: 'text/plain' });
    expect(await (await store.getAttachment(kept.id))!.text()).to.equal('ok');
  });

  it("purgeCase removes a case's files in the same transaction as its records; the sign-out clean-up removes every file", async () => {
    const dbName = newDb('att-purge');
    const store = open(new IdbCaseStore({ dbName }));
    await store.replace(CASE, smallCase(), 'importer');
    await store.replace({ kind: 'case', id: 'case-2' }, smallCase('case-2'), 'importer');
    const mine = await store.putAttachment(video(2 * MB, 8), { caseId: 'case-1', mediaType: 'video/webm' });
    const theirs = await store.putAttachment(video(1000, 9), { caseId: 'case-2', mediaType: 'image/png' });
    await store.purgeCase('case-1');
    expect((await rawFiles(dbName)).map((f) => f.id)).to.deep.equal([theirs.id]);
    expect(await store.getAttachment(mine.id)).to.equal(undefined);
    store.close();
    const report = await signOutCleanup({ databases: [dbName], timeoutMs: 5000 });
    expect(report.deleted).to.deep.equal([dbName]);
    const after = await openDB(dbName);
    expect([...after.objectStoreNames], 'the database is gone, files and all').to.deep.equal([]);
    after.close();
  });
});
