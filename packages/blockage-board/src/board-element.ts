import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  applyChangeToDoc, DEFAULT_TIME_ZONE, emit, localeReady, parseTeamBoard, today,
  type CaseStore, type Change, type ChangeResult, type DataIssue, type DocRef, type StoreEvent, type TeamBoard,
} from '@opencasework/core';

const EMPTY: TeamBoard = { schema: 'opencasework/team-board@1', id: '', team: '', blockages: [], debriefs: [], audit: [] };

/**
 * The base of a team-board component, mirroring core's CaseElement for a document of kind 'board'. It reads a team
 * board from its `board` property (parsed, never modified: edits go to a working copy) or from a `CaseStore`
 * (`store` + `boardId`), follows the store's change events (other tabs included), and routes every edit as a typed
 * change through a cancelable `cw-change`.
 *
 * @fires cw-invalid - The board had invalid records. `detail.issues` lists them.
 * @fires cw-change - Before a change is applied; cancel it with preventDefault(). `detail.change` is the change.
 */
export abstract class BoardElement extends LitElement {
  /** A team board (opencasework/team-board@1) from the host. Never modified; edits go to a working copy. */
  @property({ attribute: false }) board: unknown = undefined;
  /** A store holding the board (documents of kind 'board'). Used with `boardId`; takes precedence over `board`. */
  @property({ attribute: false }) store: CaseStore | undefined = undefined;
  /** The id of the board in `store`. */
  @property({ attribute: 'board-id' }) boardId = '';
  /** Allows editing. Read-only by default. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Who is editing, for the audit trail (cards themselves stay anonymous unless the person chooses otherwise). */
  @property() actor = '';
  /** The time zone (IANA name) the board's days are counted in: an instant belongs to the day it falls on there. */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_TIME_ZONE;

  /** The valid board now shown. */
  @state() protected doc: TeamBoard = EMPTY;
  /** Problems found in the input. */
  @state() protected issues: DataIssue[] = [];
  /** 'loading' while reading the store, 'missing' when the store has no such board, 'error' when it failed. */
  @state() protected loadState: 'idle' | 'loading' | 'ready' | 'missing' | 'error' = 'idle';
  /** The store's version of the document, when there is a store. */
  @state() protected version = 0;

  private unsubscribe: (() => void) | undefined;
  private reportedFor: unknown = Symbol('none');
  private loadToken = 0;

  /** Today in the board's time zone (YYYY-MM-DD). */
  protected currentDay(): string {
    return today(this.timeZone);
  }

  /** Waits for the catalogues the board's language needs, so `await el.updateComplete` sees Welsh under `lang="cy"`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }

  protected get effectiveActor(): string {
    return this.actor || 'unknown user';
  }

  protected get ref(): DocRef & { kind: 'board' } {
    return { kind: 'board', id: this.boardId || this.doc.id };
  }

  /** Called whenever the document changes because of someone else (another tab, or the host). */
  protected onRemoteChange(_event: StoreEvent): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store && this.boardId && !this.unsubscribe && this.hasUpdated) void this.connectStore();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store') || changed.has('boardId')) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      if (this.store && this.boardId) void this.connectStore();
    }
    if (changed.has('board') && !(this.store && this.boardId)) {
      if (this.board === undefined) { this.doc = EMPTY; this.issues = []; this.loadState = 'idle'; }
      else {
        const r = parseTeamBoard(this.board);
        this.doc = r.value;
        this.issues = r.issues;
        this.loadState = 'ready';
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const source = this.store && this.boardId ? `${this.boardId}:${this.issues.length}` : this.board;
    if (source !== undefined && this.reportedFor !== source && this.loadState === 'ready') {
      this.reportedFor = source;
      if (this.issues.length) emit(this, 'cw-invalid', { issues: this.issues });
    }
  }

  private async connectStore(): Promise<void> {
    const store = this.store!;
    const ref: DocRef & { kind: 'board' } = { kind: 'board', id: this.boardId };
    const token = ++this.loadToken;
    this.loadState = 'loading';
    this.unsubscribe = store.subscribe(ref, (e) => this.onStoreEvent(e, token));
    try {
      let loaded = await store.load(ref);
      if (token !== this.loadToken) return;
      if (!loaded && this.board !== undefined) {
        // Seed an empty store with the host's board (parsed first; invalid records stay in the issues).
        const parsed = parseTeamBoard(this.board);
        loaded = await store.replace(ref, { ...parsed.value, id: this.boardId }, this.effectiveActor);
        loaded = { ...loaded, issues: parsed.issues };
      }
      if (token !== this.loadToken) return;
      if (!loaded) { this.loadState = 'missing'; return; }
      this.doc = loaded.doc;
      this.issues = loaded.issues;
      this.version = loaded.version;
      this.loadState = 'ready';
    } catch {
      if (token === this.loadToken) this.loadState = 'error';
    }
  }

  private onStoreEvent(e: StoreEvent, token: number): void {
    if (token !== this.loadToken) return;
    if (e.type === 'error') return;
    if (e.version < this.version) return;
    this.doc = e.doc as TeamBoard;
    this.version = e.version;
    if (e.remote || e.type === 'replace') this.onRemoteChange(e);
    else if (e.type === 'change' && e.change.actor !== this.effectiveActor) this.onRemoteChange(e);
  }

  /**
   * Applies a change: fires a cancelable `cw-change`, then applies it through the store, or to this element's working
   * copy when the board came from a property. Stale changes come back as `reason: 'conflict'` with the current record.
   */
  protected async commit(change: Change): Promise<ChangeResult> {
    if (!emit(this, 'cw-change', { change }, { cancelable: true })) {
      return { ok: false, reason: 'vetoed', message: 'The change was not accepted by the system this page is part of.' };
    }
    if (this.store && this.boardId) {
      try {
        const r = await this.store.apply(this.ref, change);
        if (r.ok) {
          if (r.version >= this.version) { this.doc = r.doc as TeamBoard; this.version = r.version; }
        }
        return r;
      } catch (err) {
        return { ok: false, reason: 'storage', message: err instanceof Error ? err.message : 'The change could not be saved.' };
      }
    }
    const r = applyChangeToDoc(this.doc as unknown as Record<string, unknown>, change);
    if (!r.ok) return r;
    this.doc = r.doc as unknown as TeamBoard;
    return { ok: true, doc: r.doc, version: 0, audit: r.audit };
  }
}
