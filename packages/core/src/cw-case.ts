import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { caseContext, selectionContext, type CaseContextValue, type SelectionContextValue } from './context.js';
import { parseCaseBundle } from './parse.js';
import { applyChangeToDoc, type Change, type ChangeResult } from './change.js';
import { emit, type Selection } from './events.js';
import { LocalizeController, localeReady } from './localize.js';
import { coreMessages, type CoreKey } from './messages/index.js';
import { baseStyles } from './tokens.js';
import type { CaseBundle } from './schema/index.js';
import type { DataIssue } from './issues.js';
import type { CaseStore, StoreEvent } from './store/types.js';

const EMPTY: CaseBundle = { schema: 'opencasework/case-bundle@1', case: { id: '', subjectIds: [] } };

/**
 * Holds one case and shares it, its store, the current actor and one selection with every component inside it.
 * Give it a `bundle`, or a `caseId` and a `store`.
 *
 * @summary The case provider for linked components.
 * @slot - The case components and any host content.
 * @fires cw-change - Before a change is applied. Cancelable: call preventDefault() to veto it (for example, to save it to your own system instead).
 * @fires cw-invalid - The case had invalid records. `detail.issues` lists them.
 * @fires cw-select - The shared selection changed. `detail.selection` is `{ kind, id }` or null.
 * @csspart status - The message area for unsaved changes and updates from other tabs.
 */
export class CwCase extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host { display: block; }
      .status { border-left: 5px solid var(--_error); padding: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); background: var(--_bg); font-size: var(--_size-s); }
      .status.info { border-color: var(--_brand); }
      .status p { margin: 0 0 var(--_space-2); }
    `,
  ];

  /** A whole case bundle. When set, it is the case (and a `store`, if any, is not read). */
  @property({ attribute: false }) bundle: unknown = undefined;
  /** The id of a case to load from `store`. */
  @property({ attribute: 'case-id' }) caseId = '';
  /** Where the case is kept. Without one, changes are held in memory and announced through `cw-change`. */
  @property({ attribute: false }) store: CaseStore | undefined = undefined;
  /** Who is making changes, recorded on every audit event. */
  @property() actor = 'unknown user';

  @state() private doc: CaseBundle = EMPTY;
  @state() private issues: DataIssue[] = [];
  @state() private loading = false;
  @state() private missing = false;
  /** Changes applied on this page but not yet saved (the store refused them for a storage reason). */
  @state() private unsaved: { change: Change; reason: string }[] = [];
  @state() private notice = '';
  /** An error notice (the case could not be read) is an alert; news from another tab is a status. */
  @state() private noticeIsError = false;

  @provide({ context: caseContext }) protected ctx: CaseContextValue | undefined = undefined;
  @provide({ context: selectionContext }) protected selectionCtx: SelectionContextValue = { selection: null, select: (s) => this.setSelection(s) };

  private readonly i18n = new LocalizeController(this, coreMessages);
  private unsubscribe: (() => void) | undefined;
  private loadToken = 0;

  constructor() {
    super();
    // Selections made inside any component become the shared selection.
    this.addEventListener('cw-select', (e) => {
      if (e.target === this) return;
      this.selectionCtx = { ...this.selectionCtx, selection: e.detail.selection };
    });
  }

  /** The current shared selection. Setting it selects across every linked component. */
  get selection(): Selection {
    return this.selectionCtx.selection;
  }
  set selection(s: Selection) {
    this.setSelection(s);
  }

  private setSelection(s: Selection): void {
    this.selectionCtx = { ...this.selectionCtx, selection: s };
    emit(this, 'cw-select', { selection: s });
  }

  /** The case as it stands on this page, including unsaved changes. */
  get value(): CaseBundle {
    return this.doc;
  }

  private t(key: CoreKey, p: Record<string, string | number> = {}) {
    return this.i18n.t(key, p);
  }

  /** Waits for the Welsh catalogue (when `lang="cy"`) before reporting the update complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bundle') && this.bundle !== undefined) {
      const r = parseCaseBundle(this.bundle);
      this.setDoc(r.value, r.issues);
    } else if ((changed.has('store') || changed.has('caseId')) && this.bundle === undefined) {
      void this.loadFromStore();
    }
    if (changed.has('actor') && this.ctx) this.provideCtx();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move in the DOM: listen again. (The first connection loads from willUpdate.)
    if (this.hasUpdated && this.bundle === undefined && this.store && this.caseId && !this.unsubscribe) void this.loadFromStore();
  }

  private setDoc(doc: CaseBundle, issues: DataIssue[]): void {
    const newIssues = issues !== this.issues && issues.length > 0;
    this.doc = doc;
    this.issues = issues;
    this.provideCtx();
    if (newIssues) queueMicrotask(() => emit(this, 'cw-invalid', { issues }));
  }

  private provideCtx(): void {
    this.ctx = { bundle: this.doc, issues: this.issues, store: this.bundle === undefined ? this.store : undefined, actor: this.actor, requestChange: (c) => this.requestChange(c) };
  }

  private async loadFromStore(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const { store, caseId } = this;
    if (!store || !caseId) return;
    const token = ++this.loadToken;
    this.loading = true;
    try {
      // Listen first, so a change made elsewhere while the case loads is not missed.
      this.unsubscribe = store.subscribe({ kind: 'case', id: caseId }, (e) => this.onStoreEvent(e));
      const loaded = await store.load({ kind: 'case', id: caseId });
      if (token !== this.loadToken) return;
      this.missing = !loaded;
      if (loaded) {
        const issues = [...loaded.issues, ...loaded.quarantined.flatMap((q) => q.issues)];
        this.setDoc(loaded.doc, issues);
      }
      if (this.noticeIsError) this.notice = '';
    } catch (err) {
      if (token === this.loadToken) this.showNotice(err instanceof Error ? err.message : String(err), true);
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  private onStoreEvent(e: StoreEvent): void {
    if (e.type === 'error') { this.showNotice(e.message, true); return; }
    if (this.unsaved.length) return; // keep the user's unsaved work on screen; they will meet the conflict on retry
    this.setDoc(e.doc as CaseBundle, this.issues);
    if (e.remote) this.showNotice(this.t('case.remoteUpdate'), false);
  }

  private showNotice(message: string, isError: boolean): void {
    this.notice = message;
    this.noticeIsError = isError;
  }

  /** Fires a cancelable `cw-change`, then applies the change through the store (or in memory). */
  async requestChange(change: Change): Promise<ChangeResult> {
    if (!emit(this, 'cw-change', { change }, { cancelable: true })) {
      return { ok: false, reason: 'vetoed', message: this.t('change.vetoed') };
    }
    const store = this.bundle === undefined ? this.store : undefined;
    if (store && this.caseId) {
      // Earlier unsaved changes go first, so the store never holds a later change without an earlier one.
      if (this.unsaved.length) await this.flushUnsaved(store);
      if (!this.unsaved.length) {
        let r: ChangeResult;
        try {
          r = await store.apply({ kind: 'case', id: this.caseId }, change);
        } catch (err) {
          r = { ok: false, reason: 'storage', message: err instanceof Error ? err.message : String(err) };
        }
        if (r.ok) { this.setDoc(r.doc as CaseBundle, this.issues); return r; }
        if (r.reason !== 'storage') return r;
        return this.keepUnsaved(change, r.message);
      }
      return this.keepUnsaved(change, this.unsaved[this.unsaved.length - 1]!.reason);
    }
    const local = applyChangeToDoc(this.doc as unknown as Record<string, unknown>, change);
    if (!local.ok) return local;
    this.setDoc(local.doc as unknown as CaseBundle, this.issues);
    return { ok: true, doc: local.doc, version: 0, audit: local.audit };
  }

  /** The store could not save the change (quota, blocked upgrade...): keep it on this page, shown, and say so. */
  private keepUnsaved(change: Change, reason: string): ChangeResult {
    const local = applyChangeToDoc(this.doc as unknown as Record<string, unknown>, change);
    if (!local.ok) return local;
    this.unsaved = [...this.unsaved, { change, reason }];
    this.setDoc(local.doc as unknown as CaseBundle, this.issues);
    return { ok: false, reason: 'storage', message: reason };
  }

  /** Saves the unsaved changes in order, stopping at the first that still fails. */
  private async flushUnsaved(store: CaseStore): Promise<void> {
    while (this.unsaved.length) {
      const [first, ...rest] = this.unsaved;
      let r: ChangeResult;
      try {
        r = await store.apply({ kind: 'case', id: this.caseId }, first!.change);
      } catch (err) {
        r = { ok: false, reason: 'storage', message: err instanceof Error ? err.message : String(err) };
      }
      if (!r.ok) { this.unsaved = [{ change: first!.change, reason: r.message }, ...rest]; return; }
      this.unsaved = rest;
    }
  }

  /** Retries saving changes that the store refused for a storage reason. */
  async retryUnsaved(): Promise<void> {
    const store = this.bundle === undefined ? this.store : undefined;
    if (!store || !this.caseId) return;
    await this.flushUnsaved(store);
    if (!this.unsaved.length) await this.loadFromStore();
  }

  /** Changes made on this page that are not saved yet (empty when everything is saved). */
  get unsavedChanges(): readonly Change[] {
    return this.unsaved.map((u) => u.change);
  }

  override render() {
    return html`
      ${this.unsaved.length
        ? html`<div class="status" part="status" role="alert">
            <p><strong>${this.t('case.unsaved', { count: this.unsaved.length })}</strong></p>
            <p>${this.t('case.unsavedReason', { reason: this.unsaved[this.unsaved.length - 1]!.reason })}</p>
            <button type="button" @click=${() => this.retryUnsaved()}>${this.t('case.retry')}</button>
          </div>`
        : nothing}
      ${this.notice
        ? html`<div class="status ${this.noticeIsError ? '' : 'info'}" part="status" role=${this.noticeIsError ? 'alert' : 'status'}>
            <p>${this.notice}</p>
            <button type="button" class="secondary" @click=${() => (this.notice = '')}>${this.t('common.close')}</button>
          </div>`
        : nothing}
      ${this.loading ? html`<p class="cw-visually-hidden" role="status">${this.t('case.loading')}</p>` : nothing}
      ${this.missing && !this.loading ? html`<p role="status">${this.t('case.notFound', { id: this.caseId })}</p>` : nothing}
      <slot></slot>
    `;
  }
}
