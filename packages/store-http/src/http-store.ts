import {
  ENTITY_LISTS,
  STORAGE_MESSAGES as STORAGE_MESSAGES_CORE,
  applyChangeToDoc,
  clearUnsaved,
  parseCaseBundle,
  parseTeamBoard,
  precheckChange,
  type AuditEvent,
  type CaseStore,
  type Change,
  type ChangeResult,
  type DataIssue,
  type DocOf,
  type DocRef,
  type LoadedDoc,
  type StoreEvent,
} from '@opencasework/core';
import { STORE_MESSAGES, nounOf } from './messages.js';
import { httpFiles, type Files } from './files.js';
import { OutboxDb, type OutboxConflict, type OutboxItem } from './outbox.js';
import { readEventStream } from './sse.js';
import { PurgeChannel, Views } from './views.js';
import { ServerBusy, Unreachable, applyDelta, keyOf, refOf, refusal, type Delta, type Doc, type DocState } from './delta.js';

export interface HttpCaseStoreOptions {
  /** The API root, e.g. "https://cases.example.gov.uk/api/v1". */
  baseUrl: string;
  /** The bearer token for each request (an OpenID Connect access token your host holds); none when undefined. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** The IndexedDB database for the outbox and the offline copies. Default "opencasework-http". */
  dbName?: string;
  /** Follow colleagues' changes live (fetch streaming of the server's event feed). Default true. */
  live?: boolean;
  /** How often to try the outbox again while the server cannot be reached. Default 5 s (and at once when back online). */
  retryMs?: number;
  /** A queued change the server refused because someone changed the record first (also kept in `conflicts()`). */
  onConflict?: (c: OutboxConflict) => void;
  /** The number of changes waiting to be sent changed (0: everything is on the server). */
  onPending?: (ref: DocRef, count: number) => void;
  /** The language of the store's own messages. */
  lang?: 'en' | 'cy';
  fetch?: typeof fetch;
}

/**
 * A `CaseStore` for @opencasework/server. Reads a document once, then keeps it current record by record (changes
 * since a sequence number, and a live feed read with fetch streaming so it carries the bearer token). Every change
 * goes first into an outbox in IndexedDB, then to the server with an id that makes a retry harmless: offline, it is
 * kept through reloads and sent, in order, when the network returns. A change the server refuses as stale while the
 * user waits is a `conflict` result (the component shows both versions); one refused later, from the outbox, is
 * kept in `conflicts()`, reported to `onConflict` and announced as an error event. Nothing is dropped.
 */
export class HttpCaseStore implements CaseStore {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly db: OutboxDb;
  private readonly lang: 'en' | 'cy';
  private readonly states = new Map<string, DocState>();
  private readonly listeners = new Views();
  private readonly feeds = new Map<string, AbortController>();
  /** Change ids this store sent: their deltas on the feed are not news to this page. */
  private readonly mine = new Set<string>();
  private flushing: Promise<void> = Promise.resolve();
  private readonly outcomes = new Map<string, ChangeResult<Doc> | 'queued'>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly online = () => void this.flush();
  private readonly channel: PurgeChannel;

  constructor(private readonly options: HttpCaseStoreOptions) {
    if (!/^https?:\/\//i.test(options.baseUrl)) throw new Error('HttpCaseStore needs an http(s) base URL');
    this.base = options.baseUrl.replace(/\/$/, '');
    this.fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    const dbName = options.dbName ?? 'opencasework-http';
    this.db = new OutboxDb(dbName, () => this.closeViews());
    this.channel = new PurgeChannel(dbName, (ref) => (ref ? this.forget(ref) : this.closeViews()));
    this.lang = options.lang ?? 'en';
    globalThis.addEventListener?.('online', this.online);
  }

  private url(ref: DocRef, suffix = ''): string {
    return `${this.base}/${ref.kind}/${encodeURIComponent(ref.id)}${suffix}`;
  }

  private async request(url: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.options.token?.();
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      return await this.fetchFn(url, { ...init, headers, cache: 'no-store' });
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') throw err;
      throw new Unreachable('unreachable', { cause: err });
    }
  }

  // ------------------------------------------------------------------ reading

  async load<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    const key = keyOf(ref);
    let issues: DataIssue[] = [];
    try {
      const fresh = await this.sync(ref);
      if (fresh === 'missing') return undefined;
      issues = fresh;
    } catch (err) {
      if (!(err instanceof Unreachable) && !(err instanceof ServerBusy)) throw err;
      // Offline: the copy from the last visit, if there is one.
      if (!this.states.has(key)) {
        const cached = await this.db.cached(key);
        if (!cached) throw new Error(STORE_MESSAGES[this.lang].unreachable, { cause: err });
        this.states.set(key, { server: cached.doc as Doc, version: cached.version, seq: cached.seq });
      }
    }
    void this.flush();
    const s = this.states.get(key)!;
    return { doc: (await this.shown(ref)) as DocOf<K>, version: s.version, issues, quarantined: [] };
  }

  /** Brings the server copy up to date: changes since the last sequence number when there is a copy, else the whole document. */
  private async sync(ref: DocRef): Promise<DataIssue[] | 'missing'> {
    const key = keyOf(ref);
    if (!this.states.has(key)) {
      const cached = await this.db.cached(key);
      if (cached) this.states.set(key, { server: cached.doc as Doc, version: cached.version, seq: cached.seq });
    }
    const s = this.states.get(key);
    if (s) {
      for (;;) {
        const res = await this.request(this.url(ref, `/changes?since=${s.seq}`));
        if (res.status === 404) return 'missing';
        if (res.status === 503) throw new ServerBusy();
        if (!res.ok) break;
        const page = (await res.json()) as { seq: number; version: number; more: boolean; changes: Delta[] };
        if (page.changes.some((d) => d.op === 'replace')) break;
        for (const d of page.changes) applyDelta(s, d);
        s.seq = Math.max(s.seq, page.seq);
        s.version = Math.max(s.version, page.version);
        if (!page.more) {
          await this.db.cache({ key, doc: s.server, version: s.version, seq: s.seq });
          return [];
        }
      }
    }
    const res = await this.request(this.url(ref));
    if (res.status === 404) return 'missing';
    if (res.status === 503) throw new ServerBusy();
    if (!res.ok) throw new Error(`The case could not be read from the server (HTTP ${res.status}).`);
    const body: unknown = await res.json();
    // Never trust the wire: parsed like any host input, invalid records left out and reported.
    const parsed = ref.kind === 'case' ? parseCaseBundle(body) : parseTeamBoard(body);
    const version = Number(/^"?(\d+)/.exec(res.headers.get('ETag') ?? '')?.[1] ?? 0);
    const seq = Number(res.headers.get('OpenCasework-Seq') ?? 0);
    this.states.set(key, { server: parsed.value, version, seq });
    await this.db.cache({ key, doc: parsed.value, version, seq });
    return parsed.issues;
  }

  /** The server copy with the changes still in the outbox laid on top (what the user made is what they see). */
  private async shown(ref: DocRef): Promise<Doc> {
    let doc = this.states.get(keyOf(ref))!.server;
    for (const item of await this.db.pending(keyOf(ref))) {
      const r = applyChangeToDoc(doc, item.change);
      if (r.ok) doc = r.doc;
    }
    const { audit: _audit, ...rest } = doc;
    return rest;
  }

  async replace<K extends DocRef['kind']>(ref: DocRef & { kind: K }, doc: DocOf<K>, _actor: string): Promise<LoadedDoc<DocOf<K>>> {
    const parsed = ref.kind === 'case' ? parseCaseBundle(doc) : parseTeamBoard(doc);
    const res = await this.request(this.url(ref), {
      method: 'PUT',
      body: JSON.stringify(parsed.value),
      headers: { 'Content-Type': 'application/json' },
    });
    if (!res.ok) throw new Error(`The case was not stored on the server (HTTP ${res.status}).`);
    this.states.delete(keyOf(ref));
    const loaded = (await this.load(ref))!;
    this.emit(ref, { type: 'replace', ref, version: loaded.version, doc: loaded.doc, remote: false });
    return { ...loaded, issues: [...parsed.issues, ...loaded.issues] };
  }

  // ------------------------------------------------------------------ changing

  async apply<K extends DocRef['kind']>(ref: DocRef & { kind: K }, change: Change): Promise<ChangeResult<DocOf<K>>> {
    const pre = precheckChange(change, ref.kind);
    if (pre) return pre;
    const key = keyOf(ref);
    const s = this.states.get(key);
    if (!s) return { ok: false, reason: 'storage', message: 'Open the case before changing it.' };
    // The same rules here first, so an invalid or plainly stale change is answered at once, offline too.
    const local = applyChangeToDoc(await this.shown(ref), change);
    if (!local.ok) return local;
    const changeId = globalThis.crypto.randomUUID();
    try {
      await this.db.queue({ changeId, key, ref: { kind: ref.kind, id: ref.id }, change, queuedAt: new Date().toISOString() });
    } catch {
      return {
        ok: false,
        reason: 'storage',
        message: 'The change could not be kept on this device (its storage is full or unavailable). It is still on this page: try again.',
      };
    }
    this.outcomes.set(changeId, 'queued');
    await this.flush();
    const outcome = this.outcomes.get(changeId);
    this.outcomes.delete(changeId);
    if (outcome && outcome !== 'queued') return outcome as ChangeResult<DocOf<K>>;
    // Not sent yet (offline, or the server is restarting): kept in the outbox and shown on the page.
    const doc = await this.shown(ref);
    this.emit(ref, { type: 'change', ref, change, version: s.version, doc, remote: false });
    return { ok: true, doc: doc as DocOf<K>, version: s.version, audit: local.audit };
  }

  /** Sends the outbox in order, one change at a time; stops at the first the server cannot take now. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.sendAll()).catch(() => undefined);
    return this.flushing;
  }

  private async sendAll(): Promise<void> {
    if (this.closed) return;
    const touched = new Set<string>();
    for (const item of await this.db.pending()) {
      const sent = await this.send(item);
      touched.add(item.key);
      if (!sent) {
        this.scheduleRetry();
        break;
      }
    }
    for (const key of touched) {
      const count = (await this.db.pending(key)).length;
      this.options.onPending?.(refOf(key), count);
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, this.options.retryMs ?? 5000);
  }

  /** Sends one queued change. False when it must wait (offline, server unavailable); true when it has an answer. */
  private async send(item: OutboxItem): Promise<boolean> {
    let res: Response;
    this.mine.add(item.changeId);
    try {
      res = await this.request(this.url(item.ref, '/changes'), {
        method: 'POST',
        body: JSON.stringify({ changeId: item.changeId, change: item.change }),
        headers: { 'Content-Type': 'application/json' },
      });
    } catch {
      return false;
    }
    if (res.status === 503 || res.status === 502 || res.status === 504 || res.status === 429 || res.status === 401) return false;
    const body = (await res.json().catch(() => ({}))) as {
      message?: string;
      current?: unknown;
      issues?: DataIssue[];
      audit?: AuditEvent;
      version?: number;
      seq?: number;
    };
    const waiting = this.outcomes.has(item.changeId);
    const s = this.states.get(item.key);
    let result: ChangeResult<Doc>;
    if (res.ok) {
      await this.db.done(item.seqNo!);
      if (s) {
        const r = applyChangeToDoc(s.server, item.change);
        if (r.ok) s.server = r.doc;
        s.version = Math.max(s.version, body.version ?? 0);
        await this.db.cache({ key: item.key, doc: s.server, version: s.version, seq: s.seq });
      }
      const doc = s ? await this.shown(item.ref) : {};
      result = { ok: true, doc, version: s?.version ?? body.version ?? 0, audit: body.audit! };
      this.emit(item.ref, { type: 'change', ref: item.ref, change: item.change, version: s?.version ?? 0, doc, remote: false });
    } else if (res.status === 409) {
      const message = body.message ?? 'This record was changed by someone else since you opened it.';
      if (waiting) {
        await this.db.done(item.seqNo!);
        result = { ok: false, reason: 'conflict', message, current: body.current };
      } else {
        // Refused after a reload or a reconnection: nobody is waiting for the answer. Keep the change, say so.
        const c: OutboxConflict = {
          changeId: item.changeId,
          key: item.key,
          ref: item.ref,
          change: item.change,
          current: body.current ?? null,
          message,
          at: new Date().toISOString(),
        };
        await this.db.conflict(c, item.seqNo!);
        await this.sync(item.ref).catch(() => undefined);
        const who = await this.lastEditor(item);
        this.options.onConflict?.(c);
        const st = this.states.get(item.key);
        if (st) this.emit(item.ref, { type: 'replace', ref: item.ref, version: st.version, doc: await this.shown(item.ref), remote: true });
        const said = STORE_MESSAGES[this.lang].conflict(who, nounOf(item.change.entity, this.lang));
        this.emit(item.ref, { type: 'error', ref: item.ref, message: said });
        result = { ok: false, reason: 'conflict', message, current: body.current };
      }
    } else {
      await this.db.done(item.seqNo!);
      result = refusal(res.status, body);
      if (!waiting) this.emit(item.ref, { type: 'error', ref: item.ref, message: result.message });
    }
    if (waiting) this.outcomes.set(item.changeId, result);
    return true;
  }

  /** Who last changed the record a queued change was about (for the conflict message). */
  private async lastEditor(item: OutboxItem): Promise<string> {
    const res = await this.request(this.url(item.ref, '/changes?since=0')).catch(() => undefined);
    const page = (await res?.json().catch(() => undefined)) as { changes?: Delta[] } | undefined;
    const last = page?.changes?.filter((d) => d.id === item.change.id && d.entity === item.change.entity).pop();
    return last?.actor?.name ?? (this.lang === 'cy' ? 'rhywun arall' : 'someone else');
  }

  /** Changes waiting to be sent. */
  pending(ref?: DocRef): Promise<OutboxItem[]> {
    return this.db.pending(ref ? keyOf(ref) : undefined);
  }

  /** Changes the server refused after they were queued, kept until `resolveConflict`. */
  conflicts(ref?: DocRef): Promise<OutboxConflict[]> {
    return this.db.conflicts(ref ? keyOf(ref) : undefined);
  }

  resolveConflict(c: OutboxConflict): Promise<void> {
    return this.db.resolve(c.seqNo!);
  }

  // ------------------------------------------------------------------ following

  subscribe(ref: DocRef, listener: (event: StoreEvent) => void): () => void {
    const key = keyOf(ref);
    const set = this.listeners.add(key, listener);
    if ((this.options.live ?? true) && !this.feeds.has(key)) {
      const ctl = new AbortController();
      this.feeds.set(key, ctl);
      void this.follow(ref, ctl.signal);
    }
    return () => {
      set.delete(listener);
      if (!set.size) {
        this.feeds.get(key)?.abort();
        this.feeds.delete(key);
      }
    };
  }

  /** The live feed: reconnects (from the last sequence number) until unsubscribed. */
  private async follow(ref: DocRef, signal: AbortSignal): Promise<void> {
    const key = keyOf(ref);
    let wait = 500;
    while (!signal.aborted && !this.closed) {
      const s = this.states.get(key);
      if (s) {
        try {
          const res = await this.request(this.url(ref, `/events?since=${s.seq}`), { signal, headers: { Accept: 'text/event-stream' } });
          if (res.ok && res.body) {
            wait = 500;
            void this.flush();
            await readEventStream(res.body, (e) => {
              if (e.event === 'change') void this.onDelta(ref, JSON.parse(e.data) as Delta);
            });
          }
        } catch {
          /* offline or aborted: try again below */
        }
      }
      if (signal.aborted) return;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 10_000);
    }
  }

  private async onDelta(ref: DocRef, d: Delta): Promise<void> {
    const s = this.states.get(keyOf(ref));
    if (!s || d.seq <= s.seq) return;
    if (d.op === 'replace') {
      this.states.delete(keyOf(ref));
      const loaded = await this.load(ref).catch(() => undefined);
      if (loaded) this.emit(ref, { type: 'replace', ref, version: loaded.version, doc: loaded.doc, remote: true });
      return;
    }
    const list = d.list ? (Array.isArray(s.server[d.list]) ? (s.server[d.list] as { id: string }[]) : []) : [];
    const before = list.find((r) => r.id === d.id) ?? null;
    applyDelta(s, d);
    await this.db.cache({ key: keyOf(ref), doc: s.server, version: s.version, seq: s.seq });
    if (this.mine.has(d.changeId)) return;
    const entity = (d.entity ?? Object.entries(ENTITY_LISTS).find(([, v]) => v.list === d.list)?.[0]) as Change['entity'];
    // The server names who made it: "Sam Patel changed this chronology entry" (remoteChangeMessage).
    const change: Change = { entity, id: d.id!, op: d.op, before, after: d.record ?? null, actor: d.actor.name, at: d.at };
    this.emit(ref, { type: 'change', ref, change, version: s.version, doc: await this.shown(ref), remote: true, by: d.actor.name });
  }

  /**
   * Removes this device's copy of a case (offline copy, changes waiting to be sent, kept conflicts, unsaved changes;
   * files are never kept here), never the server's; closes its views here and (a BroadcastChannel) in other tabs.
   */
  async purgeCase(caseId: string): Promise<void> {
    const ref: DocRef = { kind: 'case', id: caseId };
    this.forget(ref);
    if (!this.db.deleted) await this.db.purge(keyOf(ref));
    clearUnsaved('case', caseId);
    this.channel.purged(ref);
  }

  /** Stops following a document and closes its views (purged here or in another tab). */
  private forget(ref: DocRef): void {
    this.feeds.get(keyOf(ref))?.abort();
    this.feeds.delete(keyOf(ref));
    this.closeViews(ref);
  }

  /** Tells the views of a document (or of every one, when the database was deleted) that it is gone from here. */
  private closeViews(only?: DocRef): void {
    for (const key of this.listeners.close(only && keyOf(only), STORAGE_MESSAGES_CORE.purged)) this.states.delete(key);
  }

  private emit(ref: DocRef, e: StoreEvent<Doc>): void {
    this.listeners.emit(keyOf(ref), e as StoreEvent);
  }

  readonly putAttachment: Files['put'] = (blob, meta) => httpFiles(this.options).put(blob, meta);
  readonly getAttachment: Files['get'] = (id) => httpFiles(this.options).get(id);
  readonly deleteAttachment: Files['remove'] = (id) => httpFiles(this.options).remove(id);

  close(): void {
    this.closed = true;
    for (const c of this.feeds.values()) c.abort();
    this.feeds.clear();
    this.listeners.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    globalThis.removeEventListener?.('online', this.online);
    this.channel.close();
    this.db.close();
  }
}
