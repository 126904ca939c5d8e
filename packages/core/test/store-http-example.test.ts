// Type-checks and exercises the worked example in docs/examples/http-case-store.ts against an in-memory fake of
// the HTTP API it documents (built on MemoryCaseStore, so the server side keeps the same rules).
import { expect } from '@open-wc/testing';
import { MemoryCaseStore, makeChange, type CaseStore, type Change, type DocRef, type StoreEvent } from '../src/index.js';
import { HttpCaseStore } from '../../../docs/examples/http-case-store.js';
import { smallCase, until } from './store-fixtures.js';

const CASE = { kind: 'case' as const, id: 'case-1' };

/** A fake server: routes fetch calls to a MemoryCaseStore. `full` makes writes fail with 507. */
function fakeServer(
  server: CaseStore,
  state = { full: false, requests: [] as { method: string; url: string; headers: Record<string, string> }[] },
) {
  const json = (status: number, body: unknown, version?: number) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...(version !== undefined ? { ETag: `"${version}"` } : {}) },
    });
  const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    state.requests.push({ method, url, headers });
    const m = /\/(case|board)\/([^/]+)(\/changes)?$/.exec(url);
    if (!m) return json(404, {});
    const ref: DocRef = { kind: m[1] as DocRef['kind'], id: decodeURIComponent(m[2]!) };
    if (method === 'GET') {
      const doc = await server.load(ref);
      if (!doc) return json(404, {});
      if (headers['If-None-Match'] === `"${doc.version}"`) return new Response(null, { status: 304 });
      return json(200, doc.doc, doc.version);
    }
    if (state.full) return json(507, {});
    if (method === 'PUT') {
      const r = await server.replace(ref, JSON.parse(init.body as string), headers['X-Actor'] ?? 'unknown');
      return json(200, {}, r.version);
    }
    const change = JSON.parse(init.body as string) as Change;
    const r = await server.apply(ref, change);
    if (r.ok) return json(200, { version: r.version, audit: r.audit });
    if (r.reason === 'conflict') return json(409, { message: r.message, current: r.current });
    if (r.reason === 'invalid') return json(422, { message: r.message, issues: r.issues });
    return json(500, {});
  }) as typeof fetch;
  return { fetchFn, state };
}

describe('docs/examples/http-case-store.ts (worked example)', () => {
  it('loads with the ETag version, posts changes with If-Match, maps 409 to conflict and 507 to storage', async () => {
    const server = new MemoryCaseStore();
    await server.replace(CASE, smallCase(), 'import');
    const { fetchFn, state } = fakeServer(server);
    const store = new HttpCaseStore({ baseUrl: 'https://cases.example.test/api', fetch: fetchFn, remote: 'none' });
    const loaded = (await store.load(CASE))!;
    expect(loaded.version).to.equal(1);
    expect(loaded.doc.chronology).to.have.length(3);
    const e1 = loaded.doc.chronology![0]!;
    const ok = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Saved on the server' }));
    expect(ok.ok).to.equal(true);
    expect(state.requests.find((r) => r.method === 'POST')!.headers['If-Match']).to.equal('"1"');
    expect((await server.load(CASE))!.doc.chronology![0]!.title).to.equal('Saved on the server');
    const stale = await store.apply(CASE, makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Stale' }));
    expect(stale).to.include({ ok: false, reason: 'conflict' });
    const invalid = await store.apply(CASE, makeChange('ChronologyEntry', 'create', 'Dee', null, { id: 'e-new' }));
    expect(invalid).to.include({ ok: false, reason: 'invalid' });
    state.full = true;
    const full = await store.apply(
      CASE,
      makeChange('ChronologyEntry', 'update', 'Dee', { ...e1, title: 'Saved on the server' }, { ...e1, title: 'x' }),
    );
    expect(full).to.include({ ok: false, reason: 'storage' });
    if (!full.ok) expect(full.message).to.match(/no room/);
    expect(await store.load({ kind: 'case', id: 'other' })).to.equal(undefined);
    store.close();
  });

  it('hears changes made by others through polling', async () => {
    const server = new MemoryCaseStore();
    await server.replace(CASE, smallCase(), 'import');
    const { fetchFn } = fakeServer(server);
    const store = new HttpCaseStore({ baseUrl: 'https://cases.example.test/api', fetch: fetchFn, remote: { poll: 20 } });
    await store.load(CASE);
    const heard: StoreEvent[] = [];
    store.subscribe(CASE, (e) => heard.push(e));
    const e2 = smallCase().chronology![1]!;
    await server.apply(CASE, makeChange('ChronologyEntry', 'update', 'Someone else', e2, { ...e2, title: 'Changed elsewhere' }));
    await until(() => heard.length > 0, 10_000, 'the poll to notice');
    expect(heard[0]).to.include({ type: 'replace', version: 2, remote: true });
    store.close();
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => new HttpCaseStore({ baseUrl: 'javascript:alert(1)' })).to.throw(/http/);
  });
});
