// Small crafted fixtures for the store, provider and element tests (synthetic: no real person).
import {
  STORAGE_MESSAGES,
  type CaseBundle,
  type CaseStore,
  type Change,
  type ChangeResult,
  type ChronologyEntry,
  type DocRef,
  type StoreEvent,
  type TeamBoard,
} from '../src/index.js';

export function smallCase(id = 'case-1'): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id, title: 'The Example family', subjectIds: ['p-child'] },
    people: [
      { id: 'p-child', givenName: 'Amy', familyName: 'Example', gender: 'female', dateOfBirth: '2017-05' },
      { id: 'p-mum', givenName: 'Beth', familyName: 'Example', gender: 'female', dateOfBirth: '1990' },
      { id: 'p-gran', givenName: 'Cath', familyName: 'Sample', gender: 'female', deceased: true, dateOfDeath: '2019' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'p-mum', childId: 'p-child', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'p-gran', childId: 'p-mum', type: 'biological' },
    ],
    agencies: [
      { id: 'ag-sc', name: 'Children’s Services', sector: 'social-care' },
      { id: 'ag-school', name: 'Oak Primary', sector: 'education' },
    ],
    professionals: [{ id: 'pr-sw', name: 'Dee Worker', role: 'Social worker', agencyId: 'ag-sc' }],
    chronology: [
      {
        id: 'e1',
        date: '2021-03-14',
        title: 'Referral from school',
        category: 'referral',
        significance: 'significant',
        sourceAgencyId: 'ag-school',
        subjectIds: ['p-child'],
      },
      {
        id: 'e2',
        date: '2021-04',
        title: 'Home visit',
        category: 'visit',
        significance: 'routine',
        sourceAgencyId: 'ag-sc',
        subjectIds: ['p-child', 'p-mum'],
        approximate: true,
      },
      { id: 'e3', date: '2022', title: 'Strategy meeting', category: 'meeting', significance: 'notable', subjectIds: ['p-child'] },
    ],
    // An unknown top-level field: must round-trip unchanged.
    hostExtension: { system: 'ExampleCMS', note: 'kept as it was' },
  };
}

/** A case with `n` chronology entries (for timing the store). */
export function largeCase(n: number, id = 'case-large'): CaseBundle {
  const base = smallCase(id);
  const categories = ['referral', 'contact', 'visit', 'meeting', 'health', 'education', 'police', 'incident'] as const;
  const chronology: ChronologyEntry[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2019, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
    chronology.push({
      id: `e${i}`,
      date: i % 7 === 0 ? day.slice(0, 7) : day,
      title: `Entry ${i}: ${categories[i % categories.length]} recorded`,
      summary: 'A synthetic summary of what happened, long enough to look like a real chronology entry written by a practitioner. '.repeat(
        2,
      ),
      category: categories[i % categories.length]!,
      significance: i % 10 === 0 ? 'significant' : 'routine',
      sourceAgencyId: i % 2 ? 'ag-sc' : 'ag-school',
      subjectIds: i % 3 ? ['p-child'] : ['p-child', 'p-mum'],
    });
  }
  return { ...base, chronology };
}

export function smallBoard(id = 'board-1'): TeamBoard {
  return {
    schema: 'opencasework/team-board@1',
    id,
    team: 'Team North',
    blockages: [
      {
        id: 'b1',
        title: 'Duplicate recording in two systems',
        raisedAt: '2024-01-08T09:00:00Z',
        category: 'recording',
        status: 'raised',
        actions: [],
      },
      {
        id: 'b2',
        title: 'Laptop VPN drops during visits',
        raisedAt: '2024-01-09T10:00:00Z',
        category: 'it-system',
        status: 'discussed',
        hoursLostPerWeek: 2,
        actions: [],
      },
    ],
    debriefs: [{ id: 'd1', date: '2024-01-12', discussedIds: ['b1'] }],
  };
}

/** A unique database name for one test; delete it after with `deleteDatabase`. */
export const uniqueDbName = (label: string) => `cw-test-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = () => resolve();
    req.onblocked = () => resolve();
  });
}

/** Deep-freezes an object so any attempt to modify it throws (in strict-mode modules). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Waits until `check` is true, or fails after `ms`. */
export async function until(check: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Stores and databases opened by a test, closed and deleted after it: `open(dbName)` and `newDb(label)`, then
 * `await cleanUp()` in `afterEach`.
 */
export function storeTracker<S extends { close(): void }>(make: (dbName: string) => S) {
  const opened: S[] = [];
  const names: string[] = [];
  return {
    open: (dbName: string): S => {
      const s = make(dbName);
      opened.push(s);
      return s;
    },
    track: <T extends S>(s: T): T => {
      opened.push(s);
      return s;
    },
    newDb: (label: string): string => {
      const n = uniqueDbName(label);
      names.push(n);
      return n;
    },
    cleanUp: async (): Promise<void> => {
      opened.splice(0).forEach((s) => s.close());
      for (const n of names.splice(0)) await deleteDatabase(n);
    },
  };
}

/** A store that fails every write with a storage error (quota) until `healthy` is set; reads and subscriptions pass through. */
export class FlakyStore<S extends CaseStore = CaseStore> implements CaseStore {
  healthy = false;
  constructor(readonly inner: S) {}
  load: CaseStore['load'] = (ref) => this.inner.load(ref);
  replace: CaseStore['replace'] = (ref, doc, actor) => this.inner.replace(ref, doc, actor);
  subscribe: CaseStore['subscribe'] = (ref, l) => this.inner.subscribe(ref, l);
  close(): void {
    this.inner.close();
  }
  apply = (async (ref: DocRef, change: Change): Promise<ChangeResult> => {
    if (!this.healthy) return { ok: false, reason: 'storage', message: STORAGE_MESSAGES.quota };
    return this.inner.apply(ref, change);
  }) as CaseStore['apply'];
}

/**
 * A store over `inner` whose subscriber hears only what a test relays by hand, as a server store's subscribers hear
 * the server (remote news, with who made it): `relay(event)` delivers one event.
 */
export function relayingStore(inner: CaseStore): { store: CaseStore; relay: (e: StoreEvent) => void } {
  let listener: ((e: StoreEvent) => void) | undefined;
  const store: CaseStore = {
    load: (ref) => inner.load(ref),
    replace: (ref, doc, actor) => inner.replace(ref, doc, actor),
    apply: ((ref: DocRef, change: Change) => inner.apply(ref, change)) as CaseStore['apply'],
    subscribe: (_ref, l) => {
      listener = l;
      return () => (listener = undefined);
    },
    close: () => inner.close(),
  };
  return {
    store,
    relay: (e) => {
      if (!listener) throw new Error('nothing has subscribed to the relaying store');
      listener(e);
    },
  };
}
