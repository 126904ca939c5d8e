// HttpCaseStore's files against an in-page fake of the server's file endpoints (the real endpoints are tested in
// packages/server/node-test/documents.test.mjs): the bytes travel raw with their type and an encoded name, come back
// identical, and every failure (offline, too large, no access) is a StorageError fit to show, in English or Welsh.
import { expect } from '@open-wc/testing';
import { StorageError, supportsAttachments } from '@opencasework/core';
import { HttpCaseStore } from '../src/index.js';
import { STORE_MESSAGES } from '../src/messages.js';
import { deleteDatabase, uniqueDbName } from '../../core/test/store-fixtures.js';

const BASE = 'https://cases.example.test/api/v1';

function fakeFileServer() {
  const files = new Map<string, { bytes: ArrayBuffer; type: string; name: string | null; caseId: string }>();
  const state = { offline: false, limit: 1_000_000, seen: [] as { method: string; url: string; auth: string | null }[] };
  const fetchFn = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = input;
    const headers = new Headers(init.headers);
    state.seen.push({ method: init.method ?? 'GET', url, auth: headers.get('Authorization') });
    if (state.offline) throw new TypeError('Failed to fetch');
    const put = /\/case\/([^/]+)\/attachments$/.exec(url);
    if (put && init.method === 'POST') {
      if (decodeURIComponent(put[1]!) !== 'case-1') return new Response('{"message":"no"}', { status: 404 });
      const bytes = await new Response(init.body).arrayBuffer();
      if (bytes.byteLength > state.limit) return new Response('{"message":"too big"}', { status: 413 });
      const id = `att-${files.size + 1}`;
      const name = headers.get('OpenCasework-File-Name');
      files.set(id, { bytes, type: headers.get('Content-Type')!, name: name && decodeURIComponent(name), caseId: 'case-1' });
      return Response.json({ id, size: bytes.byteLength, mediaType: headers.get('Content-Type') }, { status: 201 });
    }
    const one = /\/attachments\/([^/]+)$/.exec(url);
    const f = one && files.get(decodeURIComponent(one[1]!));
    if (!f) return new Response('{"message":"none"}', { status: 404 });
    if (init.method === 'DELETE') {
      files.delete(decodeURIComponent(one[1]!));
      return new Response(null, { status: 204 });
    }
    return new Response(f.bytes, { status: 200, headers: { 'Content-Type': f.type } });
  };
  return { files, state, fetch: fetchFn as unknown as typeof fetch };
}

describe('HttpCaseStore files', () => {
  const names: string[] = [];
  const stores: HttpCaseStore[] = [];
  const make = (server: ReturnType<typeof fakeFileServer>, lang: 'en' | 'cy' = 'en') => {
    const dbName = uniqueDbName('http-files');
    names.push(dbName);
    const s = new HttpCaseStore({ baseUrl: BASE, token: () => 'tok', fetch: server.fetch, live: false, dbName, lang });
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    stores.splice(0).forEach((s) => s.close());
    for (const n of names.splice(0)) await deleteDatabase(n);
  });

  it('keeps a file on the server and reads back the same bytes and type; deletes it', async () => {
    const server = fakeFileServer();
    const store = make(server);
    expect(supportsAttachments(store)).to.equal(true);
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const name = '../../etc/passwd\u0000<script>.jpg';
    const kept = await store.putAttachment(new Blob([bytes], { type: 'text/html' }), { caseId: 'case-1', mediaType: 'image/jpeg', name });
    expect(kept).to.deep.equal({ id: 'att-1', size: 70_000, mediaType: 'image/jpeg' });
    expect(server.files.get('att-1')!.name, 'the name travels encoded and arrives whole').to.equal(name);
    expect(server.state.seen.every((r) => r.auth === 'Bearer tok')).to.equal(true);
    const back = (await store.getAttachment('att-1'))!;
    expect(back.type).to.equal('image/jpeg');
    expect(new Uint8Array(await back.arrayBuffer())).to.deep.equal(bytes);
    await store.deleteAttachment('att-1');
    expect(await store.getAttachment('att-1')).to.equal(undefined);
    await store.deleteAttachment('att-1'); // gone already: not an error
  });

  it('offline, too large, another case, no type: refused with a message fit to show, nothing kept; Welsh too', async () => {
    const server = fakeFileServer();
    const refusal = async (store: HttpCaseStore, caseId: string, bytes: number, mediaType = 'video/webm') => {
      try {
        await store.putAttachment(new Blob([new Uint8Array(bytes)]), { caseId, mediaType });
      } catch (e) {
        expect(e).to.be.instanceOf(StorageError);
        return (e as Error).message;
      }
      return 'kept';
    };
    const en = make(server);
    server.state.offline = true;
    expect(await refusal(en, 'case-1', 10)).to.equal(STORE_MESSAGES.en.fileNotSent);
    server.state.offline = false;
    expect(await refusal(en, 'case-1', 2_000_000)).to.equal(STORE_MESSAGES.en.fileTooLarge);
    expect(await refusal(en, 'case-2', 10)).to.equal(STORE_MESSAGES.en.fileNoAccess);
    expect(await refusal(en, 'case-1', 10, 'not a type')).to.equal(STORE_MESSAGES.en.fileBadType);
    expect(server.files.size).to.equal(0);
    const cy = make(server, 'cy');
    expect(await refusal(cy, 'case-1', 2_000_000)).to.equal(STORE_MESSAGES.cy.fileTooLarge);
    server.state.offline = true;
    expect(await refusal(cy, 'case-1', 10)).to.equal(STORE_MESSAGES.cy.fileNotSent);
  });
});
