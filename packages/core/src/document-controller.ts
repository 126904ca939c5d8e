import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyChangeToDoc, type Change, type ChangeResult } from './change.js';
import { deepEqual } from './deep-equal.js';
import { emit } from './events.js';
import type { DataIssue } from './issues.js';
import { LocalizeController } from './localize.js';
import { coreMessages, type CoreKey } from './messages/index.js';
import { parseCaseBundle, parseTeamBoard } from './parse.js';
import { changeAsGiven } from './parse-given.js';
import { carryUnshown } from './parse-placeholders.js';
import type { CaseBundle, TeamBoard } from './schema/index.js';
import type { CaseStore, DocRef, StoreEvent } from './store/types.js';
import { PendingQueue, layOnTop, localStorageOutbox, type PendingChange, type RefusedChange } from './unsaved-outbox.js';

export type { DocumentKind, DocumentState, DocumentSource, DocumentControllerOptions } from './document-types.js';
import type { DocumentKind, DocumentState, DocumentControllerOptions } from './document-types.js';

const EMPTY_CASE: CaseBundle = { schema: 'opencasework/case-bundle@1', case: { id: '', subjectIds: [] } };
const EMPTY_BOARD: TeamBoard = { schema: 'opencasework/team-board@1', id: '', team: '', blockages: [], debriefs: [], audit: [] };

type Doc = Record<string, unknown>;
const messageOf = (err: unknown, fallback: string) => (err instanceof Error && err.message ? err.message : fallback);

/**
 * Loads, follows and commits one document (a case bundle or a team board) for an element.
 *
 * - From a value: parses it once per value (invalid records become `issues`), keeps edits in a working copy.
 * - From a store: subscribes first (so nothing made elsewhere while loading is missed), then loads; each load is
 *   token-guarded, so a late answer for an old id never replaces a newer one; follows the store's events, other
 *   tabs included, ignoring events older than what is shown; unsubscribes when the host leaves the page and loads
 *   again when it comes back.
 * - Fires `cw-invalid` from the host once per input, `cw-change` (cancelable) before every change, and
 *   `cw-conflict` when a change meets a newer record.
 *
 * The host re-renders whenever the document changes; read `doc`, `issues` and `state` in render.
 */
export class DocumentController<D extends CaseBundle | TeamBoard> implements ReactiveController {
  private current: D;
  private currentIssues: DataIssue[] = [];
  private currentState: DocumentState = 'idle';
  private currentVersion = 0;
  private loadError = '';
  /** Changes the store refused for a storage reason (`keepUnsaved`), kept in order and in the outbox. */
  readonly queue = new PendingQueue(() => this.options.outbox ?? localStorageOutbox);
  private readonly text: LocalizeController<CoreKey>;

  private attached = false;
  /** The value last parsed (value mode), or a marker for none. */
  private valueSeen: unknown = Symbol('none');
  /** The store connection in use (store mode). */
  private conn: { store: CaseStore; id: string } | undefined;
  private unsubscribe: (() => void) | undefined;
  /** The store and id closed in this browser: not read again (another store or id is a new start). */
  private closedFor: { store: CaseStore; id: string } | undefined;
  private token = 0;
  private loading: Promise<void> = Promise.resolve();
  private toReport: DataIssue[] | undefined;
  private reported: { source: unknown[]; issues: DataIssue[] } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DocumentControllerOptions<D>,
  ) {
    this.current = this.empty();
    this.text = options.localize ?? new LocalizeController(host, coreMessages);
    host.addController(this);
  }

  /** The valid document now shown (with unsaved and working-copy edits). */
  get doc(): D {
    this.sync();
    return this.current;
  }

  /** Problems found in the input (and in what the store held). */
  get issues(): DataIssue[] {
    this.sync();
    return this.currentIssues;
  }

  get state(): DocumentState {
    this.sync();
    return this.currentState;
  }

  /** The store's version of the document (0 without a store). */
  get version(): number {
    return this.currentVersion;
  }

  /** Why the store could not be read, when `state` is 'error'. */
  get error(): string {
    return this.loadError;
  }

  /** True while the document comes from a store. */
  get fromStore(): boolean {
    this.sync();
    return !!this.conn;
  }

  /** The store reference in use, if any. */
  get ref(): (DocRef & { kind: DocumentKind<D> }) | undefined {
    this.sync();
    return this.conn ? ({ kind: this.options.kind, id: this.conn.id } as DocRef & { kind: DocumentKind<D> }) : undefined;
  }

  /** Changes kept on the page because the store refused them for a storage reason (`keepUnsaved`). */
  get unsaved(): readonly PendingChange[] {
    return this.queue.items;
  }

  /** Replaces the refused changes (the person chose for a conflict, or closed a message); kept conflicts follow. */
  setRefused(refused: readonly RefusedChange[]): void {
    this.queue.setRefused(refused, this.conn ? this.outboxKey(this.conn.id) : undefined);
    this.host.requestUpdate();
  }

  /** Resolves when the current load (if any) has finished. */
  get loaded(): Promise<void> {
    return this.loading;
  }

  hostConnected(): void {
    this.attached = true;
    this.queue.resumeGuard();
    // Back on the page after a move: the next update connects to the store again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.attached = false;
    this.disconnectStore();
    // Anything pending is in the outbox (or, if that failed, lost with the element either way).
    this.queue.stopGuard();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    const issues = this.toReport;
    this.toReport = undefined;
    if (issues?.length) emit(this.host, 'cw-invalid', { issues });
  }

  /** Reads the store again (after a retry, or to start over). */
  reload(): Promise<void> {
    const conn = this.conn;
    if (!conn) return Promise.resolve();
    this.disconnectStore();
    return this.connect(conn.store, conn.id, this.options.source().value);
  }

  /**
   * Applies a change: fires a cancelable `cw-change` from the host, then applies it through the store or to the
   * working copy. A stale change comes back as `reason: 'conflict'` (with the current record) and fires `cw-conflict`.
   */
  async commit(change: Change): Promise<ChangeResult<D>> {
    // The host hears the change to its own record: one this page shows without references that did not resolve
    // (parsed from the host's document; a store's is shown as stored) keeps them (parse-given.ts).
    if (!emit(this.host, 'cw-change', { change: changeAsGiven(change) }, { cancelable: true })) {
      return { ok: false, reason: 'vetoed', message: this.text.t('change.vetoed') };
    }
    this.sync();
    const r = this.conn ? await this.commitToStore(this.conn.store, this.conn.id, change) : this.applyHere(change);
    if (!r.ok && r.reason === 'conflict') this.conflictMet(change, r.current, r.message);
    return r;
  }

  private conflictMet(change: Change, current: unknown, message: string): void {
    emit(this.host, 'cw-conflict', {
      id: change.id,
      entity: change.entity,
      mine: change.after ?? undefined,
      theirs: current ?? undefined,
      message,
    });
  }

  /** Tries again to save the changes kept on the page; once all are saved, reads the store again. */
  async retryUnsaved(): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    await this.flushUnsaved(conn.store, conn.id);
    if (!this.queue.items.length) await this.reload();
  }

  private empty(): D {
    return (this.options.kind === 'board' ? EMPTY_BOARD : EMPTY_CASE) as D;
  }

  private parse(value: unknown): { value: D; issues: DataIssue[] } {
    const r = this.options.kind === 'board' ? parseTeamBoard(value) : parseCaseBundle(value);
    return r as { value: D; issues: DataIssue[] };
  }

  /** Follows the source: parses a new value, or connects to a new store or id. */
  private sync(): void {
    const { value, store, id } = this.options.source();
    const useStore = !!store && !!id && (this.options.prefer === 'store' || value === undefined);
    if (useStore) {
      this.valueSeen = Symbol('none');
      if (!this.attached) return;
      if (this.closedFor?.store === store && this.closedFor.id === id) return;
      this.closedFor = undefined;
      if (this.conn?.store === store && this.conn.id === id && this.unsubscribe) return;
      this.disconnectStore();
      this.loading = this.connect(store, id, value);
      return;
    }
    if (this.conn) this.disconnectStore();
    this.conn = undefined;
    if (value === this.valueSeen) return;
    this.valueSeen = value;
    this.queue.release();
    this.currentVersion = 0;
    if (value === undefined) {
      this.set(this.empty(), [], 'idle');
      return;
    }
    const r = this.parse(value);
    this.set(r.value, r.issues, 'ready');
    this.report([value], r.issues);
  }

  /** A document made from the one shown (an edit, another tab's change): placeholders for refused records go with it. */
  private adopt(doc: D): void {
    carryUnshown(this.current as CaseBundle, doc as CaseBundle);
    this.current = doc;
  }

  private set(doc: D, issues: DataIssue[], state: DocumentState): void {
    this.current = doc;
    this.currentIssues = issues;
    this.currentState = state;
  }

  /** Reports issues once per input (a reconnection that finds the same problems says nothing new). */
  private report(source: unknown[], issues: DataIssue[]): void {
    const same = this.reported && this.reported.source.every((s, i) => Object.is(s, source[i]));
    if (same && deepEqual(this.reported!.issues, issues)) return;
    this.reported = { source, issues };
    this.toReport = issues.length ? issues : undefined;
  }

  private disconnectStore(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.token++;
  }

  private async connect(store: CaseStore, id: string, seed: unknown): Promise<void> {
    const token = ++this.token;
    const ref = { kind: this.options.kind, id } as DocRef & { kind: DocumentKind<D> };
    this.conn = { store, id };
    this.currentState = 'loading';
    this.loadError = '';
    // Listen first, so a change made elsewhere while the document loads is not missed.
    this.unsubscribe = store.subscribe(ref, (e) => {
      if (token === this.token) this.onStoreEvent(e as StoreEvent<D>);
    });
    try {
      let loaded = await store.load(ref);
      if (token !== this.token) return;
      let issues: DataIssue[] | undefined;
      if (!loaded && this.options.prefer === 'store' && seed !== undefined) {
        // Seed an empty store with the host's document (parsed first; invalid records stay in the issues).
        // The store gets the host's document as it is, so it keeps any record it refuses in quarantine.
        const parsed = this.parse(seed);
        const asGiven = seed !== null && typeof seed === 'object' && !Array.isArray(seed) ? seed : parsed.value;
        const doc = this.options.kind === 'board' ? { ...asGiven, id } : asGiven;
        loaded = await store.replace(ref, doc as never, this.options.actor?.() || 'unknown user');
        issues = parsed.issues;
        if (token !== this.token) return;
      }
      if (!loaded) {
        this.currentState = 'missing';
        return;
      }
      const all = issues ?? [...loaded.issues, ...loaded.quarantined.flatMap((q) => q.issues)];
      this.currentVersion = loaded.version;
      this.set(loaded.doc as D, all, 'ready');
      this.report([store, id], all);
      // Conflicts met by changes kept earlier, still waiting for the person to compare and choose.
      if (this.options.keepUnsaved && !this.queue.refused.length) this.queue.restoreRefused(this.outboxKey(id));
      if (this.options.keepUnsaved && !this.queue.items.length && this.queue.restore(this.outboxKey(id))) {
        // Changes a reload or a crash left unsaved: shown on top of the stored document, then saved if the store works.
        this.adopt(this.onTop(this.current) ?? this.current);
        if (token === this.token) await this.flushUnsaved(store, id);
      }
    } catch (err) {
      if (token !== this.token) return;
      this.currentState = 'error';
      this.loadError = messageOf(err, this.text.t('change.notSaved'));
    } finally {
      if (token === this.token) this.host.requestUpdate();
    }
  }

  private onStoreEvent(e: StoreEvent<D>): void {
    if (e.type === 'error' && e.closed && this.conn) {
      // Closed in this browser (purged, signed out, its database deleted): show nothing of it, never read it again
      // from that store. With `keepUnsaved` (<cw-case>, which hides the case itself) the working copy stays, so work
      // done on the page can still be kept there, to copy.
      this.closedFor = { ...this.conn };
      this.disconnectStore();
      const keep = this.options.keepUnsaved;
      this.set(keep ? this.current : this.empty(), keep ? this.currentIssues : [], 'closed');
      this.host.requestUpdate();
    } else if (e.type !== 'error') {
      if (e.version < this.currentVersion) return;
      // Another tab's (or the server's) late news of the version this page already holds and shows, as it shows it
      // (read by a load before the news came): nothing to show again, and nothing to tell the reader. The same
      // version with other content (a store withdrawing changes it showed before the server refused them) is shown.
      if (e.remote && e.version === this.currentVersion && deepEqual(e.doc, this.current)) return;
      // Keep the user's unsaved work on screen, on top of what others saved; they will meet any conflict when it is
      // saved. Where it cannot be laid on top (the same record changed), the screen keeps their work as it is.
      const shown = this.queue.items.length ? this.onTop(e.doc) : e.doc;
      if (!shown) return;
      this.adopt(shown);
      this.currentVersion = e.version;
      this.currentState = 'ready';
      this.host.requestUpdate();
    }
    this.options.onStoreEvent?.(e);
  }

  private async commitToStore(store: CaseStore, id: string, change: Change): Promise<ChangeResult<D>> {
    if (this.options.keepUnsaved) {
      // Earlier unsaved changes go first, so the store never holds a later change without an earlier one.
      if (this.queue.items.length) await this.flushUnsaved(store, id);
      if (this.queue.items.length) return this.keepUnsavedChange(change, this.queue.items[this.queue.items.length - 1]!.reason);
    }
    const r = await this.applyToStore(store, id, change);
    if (r.ok) {
      if (r.version >= this.currentVersion) {
        this.adopt(r.doc);
        this.currentVersion = r.version;
      }
      this.host.requestUpdate();
      return r;
    }
    if (r.reason === 'storage' && this.options.keepUnsaved) return this.keepUnsavedChange(change, r.message);
    return r;
  }

  private async applyToStore(store: CaseStore, id: string, change: Change): Promise<ChangeResult<D>> {
    try {
      return (await store.apply({ kind: this.options.kind, id } as DocRef & { kind: DocumentKind<D> }, change)) as ChangeResult<D>;
    } catch (err) {
      return { ok: false, reason: 'storage', message: messageOf(err, this.text.t('change.notSaved')) };
    }
  }

  /** Applies a change to the working copy (a document from a value, or unsaved work). */
  private applyHere(change: Change): ChangeResult<D> {
    const r = applyChangeToDoc(this.current as unknown as Doc, change);
    if (!r.ok) return r;
    this.adopt(r.doc as unknown as D);
    if (this.currentState === 'idle') this.currentState = 'ready';
    this.host.requestUpdate();
    return { ok: true, doc: this.current, version: this.currentVersion, audit: r.audit };
  }

  /** The store could not save the change: keep it (on this page and in the outbox) and say why. */
  private keepUnsavedChange(change: Change, reason: string): ChangeResult<D> {
    const local = this.applyHere(change);
    if (!local.ok) return local;
    this.setPending([...this.queue.items, { change, reason }]);
    return { ok: false, reason: 'storage', message: reason };
  }

  private outboxKey(id: string): string {
    return `${this.options.kind}:${id}`;
  }

  private setPending(pending: readonly PendingChange[]): void {
    this.queue.set(pending, this.conn ? this.outboxKey(this.conn.id) : undefined);
  }

  private onTop(doc: D): D | undefined {
    return layOnTop(doc, this.queue.items) as D | undefined;
  }

  /**
   * Saves the unsaved changes in order. A storage failure stops the queue (the store is still failing); a change
   * refused for any other reason (someone else changed the record, or it is no longer valid) leaves the queue with a
   * `cw-conflict` or a refusal the person can read, and never blocks the changes after it.
   */
  private async flushUnsaved(store: CaseStore, id: string): Promise<void> {
    let saved = false;
    while (this.queue.items.length) {
      const [first, ...rest] = this.queue.items;
      const r = await this.applyToStore(store, id, first!.change);
      if (!r.ok && r.reason === 'storage') {
        this.setPending([{ change: first!.change, reason: r.message }, ...rest]);
        this.host.requestUpdate();
        return;
      }
      this.setPending(rest);
      saved = true;
      if (r.ok) {
        if (r.version >= this.currentVersion) this.currentVersion = r.version;
      } else {
        const conflict = r.reason === 'conflict';
        const refused = { change: first!.change, message: r.message, conflict, ...(conflict ? { current: r.current ?? null } : {}) };
        this.queue.setRefused([...this.queue.refused, refused], this.outboxKey(id));
        if (r.reason === 'conflict') this.conflictMet(first!.change, r.current, r.message);
      }
      this.host.requestUpdate();
    }
    if (saved) await this.refresh(store, id);
  }

  /** Shows the stored document again once nothing is pending (what others saved included). */
  private async refresh(store: CaseStore, id: string): Promise<void> {
    try {
      const loaded = await store.load({ kind: this.options.kind, id } as DocRef & { kind: DocumentKind<D> });
      if (!loaded || this.queue.items.length || loaded.version < this.currentVersion) return;
      this.adopt(loaded.doc as D);
      this.currentVersion = loaded.version;
      this.host.requestUpdate();
    } catch {
      // Reading failed: what is shown stays; the next store event or retry brings it up to date.
    }
  }
}
