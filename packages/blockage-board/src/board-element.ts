import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  DEFAULT_TIME_ZONE,
  DocumentController,
  LocalizeController,
  coreMessages,
  localeReady,
  today,
  type CaseStore,
  type Change,
  type ChangeResult,
  type DataIssue,
  type DocRef,
  type DocumentState,
  type StoreEvent,
  type TeamBoard,
} from '@opencasework/core';

/**
 * The base of a team-board component: core's DocumentController for a document of kind 'board'. It reads a team
 * board from its `board` property (parsed, never modified: edits go to a working copy) or from a `CaseStore`
 * (`store` + `boardId`; the store wins, and `board` seeds a store that has no such board yet), follows the store's
 * change events (other tabs included), and routes every edit as a typed change through a cancelable `cw-change`.
 *
 * @fires cw-invalid - The board had invalid records. `detail.issues` lists them.
 * @fires cw-change - Before a change is applied; cancel it with preventDefault(). `detail.change` is the change.
 * @fires cw-conflict - A change met a newer version of its record. `detail` is `{ id, entity, mine, theirs, message }`.
 *
 * A board closed in this browser (its store purged it, or the sign-out clean-up ran, here or in another tab) shows
 * nothing of it any more: only a plain message, whatever the component would draw.
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

  private readonly docs = new DocumentController<TeamBoard>(this, {
    kind: 'board',
    source: () => ({ value: this.board, store: this.store, id: this.boardId }),
    prefer: 'store',
    actor: () => this.effectiveActor,
    onStoreEvent: (e) => {
      if (e.type !== 'error' && (e.remote || e.type === 'replace' || e.change.actor !== this.effectiveActor)) this.onRemoteChange(e);
    },
  });

  readonly #core = new LocalizeController(this, coreMessages);

  constructor() {
    super();
    // The component's own drawing, unless the board was closed in this browser.
    const draw = this.render.bind(this);
    this.render = () =>
      this.docs.state === 'closed' ? html`<p class="cw-closed" role="alert">${this.#core.t('document.closed')}</p>` : draw();
  }

  /** True when the board was closed in this browser (purged or signed out, here or in another tab) and is not shown. */
  get closed(): boolean {
    return this.docs.state === 'closed';
  }

  /** The valid board now shown. */
  protected get doc(): TeamBoard {
    return this.docs.doc;
  }

  /** Problems found in the input. */
  protected get issues(): DataIssue[] {
    return this.docs.issues;
  }

  /** 'loading' while reading the store, 'missing' when the store has no such board, 'error' when it failed, 'closed' when purged here. */
  protected get loadState(): DocumentState {
    return this.docs.state;
  }

  /** The store's version of the document, when there is a store. */
  protected get version(): number {
    return this.docs.version;
  }

  protected get effectiveActor(): string {
    return this.actor || 'unknown user';
  }

  protected get ref(): DocRef {
    return this.docs.ref ?? { kind: 'board', id: this.docs.doc.id };
  }

  /** Today in the board's time zone (YYYY-MM-DD). */
  protected currentDay(): string {
    return today(this.timeZone);
  }

  /** Called whenever the document changes because of someone else (another tab, or the host). */
  protected onRemoteChange(_event: StoreEvent): void {}

  /**
   * Applies a change: fires a cancelable `cw-change`, then applies it through the store, or to this element's working
   * copy when the board came from a property. Stale changes come back as `reason: 'conflict'` with the current record
   * (and a `cw-conflict`).
   */
  protected commit(change: Change): Promise<ChangeResult> {
    return this.docs.commit(change);
  }

  /** Waits for the catalogues the board's language needs, so `await el.updateComplete` sees Welsh under `lang="cy"`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }
}
