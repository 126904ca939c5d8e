// The page of the outbox browser test (bundled by node-test/outbox.test.mjs): one HttpCaseStore, its events shown
// as text, and a small API for the test to drive it.
import { HttpCaseStore, remoteChangeMessage } from '../../../store-http/src/index.js';

const params = new URLSearchParams(location.search);
const user = params.get('user') ?? 'sam';
const log = document.getElementById('log');
const say = (text) => {
  const p = document.createElement('p');
  p.textContent = text;
  log.append(p);
};
const store = new HttpCaseStore({
  baseUrl: params.get('api'),
  token: () => `dev:${user}`,
  retryMs: 300,
  onPending: (_ref, n) => (document.getElementById('pending').textContent = String(n)),
  onConflict: (c) => say(`conflict kept: ${c.change.id}`),
});
const ref = { kind: 'case', id: 'evans' };
let doc;
store.subscribe(ref, (e) => {
  if (e.type === 'error') say(`error: ${e.message}`);
  else {
    doc = e.doc;
    if (e.type === 'change' && e.remote) say(remoteChangeMessage(e.change));
  }
});
const ready = store.load(ref).then((l) => {
  doc = l?.doc;
  document.getElementById('state').textContent = 'ready';
});

Object.assign(globalThis, {
  harness: {
    ready: () => ready,
    entry: (id) => doc?.chronology?.find((e) => e.id === id),
    edit: async (id, summary) => {
      const before = doc.chronology.find((e) => e.id === id);
      const r = await store.apply(ref, {
        entity: 'ChronologyEntry',
        id,
        op: 'update',
        before,
        after: { ...before, summary },
        actor: user,
        at: new Date().toISOString(),
      });
      if (r.ok) doc = r.doc;
      return r.ok ? { ok: true } : { ok: false, reason: r.reason, current: r.reason === 'conflict' ? r.current : undefined };
    },
    // An edit from a copy of the entry the user opened earlier (possibly stale).
    editFrom: async (before, summary) => {
      const r = await store.apply(ref, {
        entity: 'ChronologyEntry',
        id: before.id,
        op: 'update',
        before,
        after: { ...before, summary },
        actor: user,
        at: new Date().toISOString(),
      });
      return r.ok ? { ok: true } : { ok: false, reason: r.reason, current: r.reason === 'conflict' ? r.current : undefined };
    },
    pending: async () => (await store.pending(ref)).length,
    conflicts: async () => (await store.conflicts(ref)).map((c) => ({ id: c.change.id, mine: c.change.after, current: c.current })),
    log: () => [...log.querySelectorAll('p')].map((p) => p.textContent),
  },
});
