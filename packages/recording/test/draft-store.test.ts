import { expect } from '@open-wc/testing';
import { DraftSaver, DraftStore } from '../src/draft-store.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;
const freshDb = () => `cw-draft-test-${Date.now()}-${n++}`;

describe('DraftStore: the draft kept in IndexedDB', () => {
  it('keeps a draft and its files, and a new connection (a reopened page) reads them back', async () => {
    const name = freshDb();
    const a = new DraftStore(name);
    await a.save('case-1', { note: 'Jay was in his room' });
    await a.putFile({ id: 'f1', draftKey: 'case-1', blob: new Blob(['photo bytes'], { type: 'image/jpeg' }) });
    await a.putFile({ id: 'f2', draftKey: 'case-2', blob: new Blob(['other case']) });
    a.close();
    const b = new DraftStore(name);
    const d = await b.load<{ note: string }>('case-1');
    expect(d!.values.note).to.equal('Jay was in his room');
    expect(await b.fileIds('case-1')).to.deep.equal(['f1']);
    const f = await b.getFile('f1');
    expect(await f!.blob.text()).to.equal('photo bytes');
    expect(f!.blob.type).to.equal('image/jpeg');
    b.close();
  });

  it('discard deletes the draft and its recordings, and leaves another draft alone', async () => {
    const s = new DraftStore(freshDb());
    await s.save('case-1', { note: 'x' });
    await s.putFile({ id: 'f1', draftKey: 'case-1', blob: new Blob(['a']) });
    await s.putFile({ id: 'f2', draftKey: 'case-1', blob: new Blob(['b']) });
    await s.putFile({ id: 'f3', draftKey: 'case-2', blob: new Blob(['c']) });
    await s.discard('case-1');
    expect(await s.load('case-1')).to.equal(undefined);
    expect(await s.getFile('f1')).to.equal(undefined);
    expect(await s.getFile('f2')).to.equal(undefined);
    expect(await s.fileIds('case-2')).to.deep.equal(['f3']);
    s.close();
  });
});

describe('DraftSaver: at most a second lost', () => {
  it('writes within the delay while typing goes on without a pause, and flush() writes at once', async () => {
    const s = new DraftStore(freshDb());
    const saver = new DraftSaver<{ note: string }>(s, 300);
    const t0 = performance.now();
    let typed = '';
    // Typing a character every 50 ms for 700 ms: a debounce on the last change would never write.
    while (performance.now() - t0 < 700) {
      typed += 'a';
      saver.schedule('k', { note: typed });
      await wait(50);
    }
    const stored = (await s.load<{ note: string }>('k'))!.values.note;
    expect(stored.length, 'written during typing').to.be.greaterThan(0);
    expect(typed.length - stored.length, 'at most ~300 ms behind').to.be.at.most(8);
    saver.schedule('k', { note: 'final words' });
    await saver.flush();
    expect((await s.load<{ note: string }>('k'))!.values.note).to.equal('final words');
    s.close();
  });

  it('cancel() drops what is pending', async () => {
    const s = new DraftStore(freshDb());
    const saver = new DraftSaver<{ note: string }>(s, 100);
    saver.schedule('k', { note: 'never' });
    await saver.cancel();
    await wait(150);
    expect(await s.load('k')).to.equal(undefined);
    s.close();
  });
});
