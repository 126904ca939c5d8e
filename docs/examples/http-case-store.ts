// A worked example of a CaseStore for your own back end: a small HTTP API. See docs/store-adapter.md.
// It type-checks against the interface and is exercised by packages/core/test/store-http-example.test.ts
// against an in-memory fake of the API below. Copy it and adapt the URLs, headers and error mapping to your system.
//
// The API it expects (one case or team board is one resource):
//   GET  {base}/case/{id}            200 { ...bundle }  ETag: "<version>"   404 when there is none
//                                    304 when If-None-Match matches the current version
//   PUT  {base}/case/{id}            body: bundle  ->  200, ETag: "<version>"
//   POST {base}/case/{id}/changes    body: Change, If-Match: "<version the page last saw>"
//                                    200/201 { version, audit }      applied (and audited by the server)
//                                    409 { message, current }        `before` is stale: someone changed the record
//                                    412                             a strict server refused the version (also a conflict)
//                                    422 { message, issues }         the record is not valid
//                                    413 / 507                       too large / out of space
//   GET  {base}/case/{id}/events     (optional) server-sent events: data: { version, change }
// ("board" in place of "case" for team boards.)
import {
  parseCaseBundle,
  parseTeamBoard,
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

export interface HttpCaseStoreOptions {
  /** Where the API lives, e.g. "https://cases.example.gov.uk/api/opencasework". */
  baseUrl: string;
  /** Headers for every request, e.g. an Authorization bearer token your host already holds. */
  headers?: () => Record<string, string>;
  /** How other people's changes arrive: polling every `pollMs`, or server-sent events. Default: poll every 15 s. */
  remote?: { poll: number } | { sse: true } | 'none';
  /** Injected for tests; the browser's fetch by default. */
  fetch?: typeof fetch;
  /** Injected for tests; the browser's EventSource by default. */
  EventSource?: typeof EventSource;
}

const etagOf = (res: Response): number | undefined => {
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(res.headers.get('ETag') ?? '');
  return m ? Number(m[1]) : undefined;
};

export class HttpCaseStore implements CaseStore {
  private readonly fetch: typeof fetch;
  private readonly versions = new Map<string, number>();
  private readonly listeners = new Map<string, Set<(e: StoreEvent) => void>>();
  private readonly stops = new Map<string, () => void>();

  constructor(private readonly options: HttpCaseStoreOptions) {
    if (!/^https?:\/\//i.test(options.baseUrl)) throw new Error('HttpCaseStore needs an http(s) base URL');
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  private url(ref: DocRef, suffix = ''): string {
    return `${this.options.baseUrl.replace(/\/$/, '')}/${ref.kind}/${encodeURIComponent(ref.id)}${suffix}`;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Accept: 'application/json', ...this.options.headers?.(), ...extra };
  }

  async load<K extends DocRef['kind']>(ref: DocRef & { kind: K }): Promise<LoadedDoc<DocOf<K>> | undefined> {
    const res = await this.fetch(this.url(ref), { headers: this.headers() });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`The case could not be read from the server (HTTP ${res.status}).`);
    return this.read(ref, res);
  }

  private async read<K extends DocRef['kind']>(ref: DocRef & { kind: K }, res: Response): Promise<LoadedDoc<DocOf<K>>> {
    const body: unknown = await res.json();
    // Never trust the wire: parse it like any host input. Invalid records are left out and reported.
    const parsed = ref.kind === 'case' ? parseCaseBundle(body) : parseTeamBoard(body);
    const version = etagOf(res) ?? 0;
    this.versions.set(this.key(ref), version);
    return { doc: parsed.value as DocOf<K>, version, issues: parsed.issues, quarantined: [] };
  }

  async replace<K extends DocRef['kind']>(ref: DocRef & { kind: K }, doc: DocOf<K>, actor: string): Promise<LoadedDoc<DocOf<K>>> {
    const parsed = ref.kind === 'case' ? parseCaseBundle(doc) : parseTeamBoard(doc);
    const res = await this.fetch(this.url(ref), {
      method: 'PUT',
      body: JSON.stringify(parsed.value),
      headers: this.headers({ 'Content-Type': 'application/json', 'X-Actor': actor }),
    });
    if (!res.ok) throw new Error(this.failure(res.status, 'The case was not stored').message);
    const version = etagOf(res) ?? 0;
    this.versions.set(this.key(ref), version);
    this.emit(ref, { type: 'replace', ref, version, doc: parsed.value, remote: false });
    return { doc: parsed.value as DocOf<K>, version, issues: parsed.issues, quarantined: [] };
  }

  async apply<K extends DocRef['kind']>(ref: DocRef & { kind: K }, change: Change): Promise<ChangeResult<DocOf<K>>> {
    let res: Response;
    try {
      res = await this.fetch(this.url(ref, '/changes'), {
        method: 'POST',
        body: JSON.stringify(change),
        headers: this.headers({ 'Content-Type': 'application/json', 'If-Match': `"${this.versions.get(this.key(ref)) ?? 0}"` }),
      });
    } catch {
      // Offline or the server is unreachable: the provider keeps the change on the page and offers a retry.
      return {
        ok: false,
        reason: 'storage',
        message:
          'The server could not be reached, so the change was not saved. It is still on this page: try saving again when you are back online.',
      };
    }
    if (res.status === 409 || res.status === 412) {
      const body = (await res.json().catch(() => ({}))) as { message?: string; current?: unknown };
      return {
        ok: false,
        reason: 'conflict',
        message:
          body.message ?? 'This record was changed by someone else since you opened it: review the newer version before saving yours.',
        current: body.current,
      };
    }
    if (res.status === 422 || res.status === 400) {
      const body = (await res.json().catch(() => ({}))) as { message?: string; issues?: DataIssue[] };
      return {
        ok: false,
        reason: 'invalid',
        message: body.message ?? 'The server did not accept the record as valid.',
        issues: body.issues ?? [],
      };
    }
    if (res.status === 403) return { ok: false, reason: 'vetoed', message: 'You do not have permission to make this change.' };
    if (!res.ok) return this.failure(res.status, 'The change was not saved');
    const body = (await res.json()) as { version: number; audit: AuditEvent };
    this.versions.set(this.key(ref), body.version);
    // The server holds the truth: read the document back (a server could also return it in the response).
    const loaded = await this.load(ref);
    if (!loaded) return { ok: false, reason: 'storage', message: 'The case is no longer on the server.' };
    this.emit(ref, { type: 'change', ref, change, version: loaded.version, doc: loaded.doc, remote: false });
    return { ok: true, doc: loaded.doc, version: loaded.version, audit: body.audit };
  }

  private failure(status: number, what: string): { ok: false; reason: 'storage'; message: string } {
    const message =
      status === 413 || status === 507
        ? `${what}: the server has no room for it (HTTP ${status}). It is still on this page: ask your IT team, then try again.`
        : `${what}: the server reported a problem (HTTP ${status}). It is still on this page: try again.`;
    return { ok: false, reason: 'storage', message };
  }

  subscribe(ref: DocRef, listener: (event: StoreEvent) => void): () => void {
    const key = this.key(ref);
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    if (!this.stops.has(key)) this.stops.set(key, this.watch(ref));
    return () => {
      set!.delete(listener);
      if (!set!.size) {
        this.stops.get(key)?.();
        this.stops.delete(key);
      }
    };
  }

  /** Hears other people's changes: by polling with If-None-Match, or by server-sent events. */
  private watch(ref: DocRef): () => void {
    const remote = this.options.remote ?? { poll: 15_000 };
    if (remote === 'none') return () => undefined;
    if ('sse' in remote) {
      const ES = this.options.EventSource ?? globalThis.EventSource;
      const source = new ES(this.url(ref, '/events'), { withCredentials: true });
      source.onmessage = (e: MessageEvent<string>) => {
        let data: { version?: unknown; change?: Change };
        try {
          data = JSON.parse(e.data) as typeof data;
        } catch {
          return;
        }
        if (typeof data.version === 'number' && data.version > (this.versions.get(this.key(ref)) ?? 0)) void this.catchUp(ref, data.change);
      };
      return () => source.close();
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const res = await this.fetch(this.url(ref), {
          headers: this.headers({ 'If-None-Match': `"${this.versions.get(this.key(ref)) ?? 0}"` }),
        });
        if (res.status === 200 && (etagOf(res) ?? 0) > (this.versions.get(this.key(ref)) ?? 0)) {
          const loaded = await this.read(ref, res);
          this.emit(ref, { type: 'replace', ref, version: loaded.version, doc: loaded.doc, remote: true });
        }
      } catch {
        // Offline: try again at the next tick.
      }
      if (!stopped) timer = setTimeout(tick, remote.poll);
    };
    timer = setTimeout(tick, remote.poll);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }

  private async catchUp(ref: DocRef, change?: Change): Promise<void> {
    const loaded = await this.load(ref);
    if (!loaded) return;
    this.emit(
      ref,
      change
        ? { type: 'change', ref, change, version: loaded.version, doc: loaded.doc, remote: true }
        : { type: 'replace', ref, version: loaded.version, doc: loaded.doc, remote: true },
    );
  }

  private emit(ref: DocRef, e: StoreEvent): void {
    for (const l of [...(this.listeners.get(this.key(ref)) ?? [])]) l(e);
  }

  private key(ref: DocRef): string {
    return `${ref.kind}:${ref.id}`;
  }

  close(): void {
    for (const stop of this.stops.values()) stop();
    this.stops.clear();
    this.listeners.clear();
  }
}
