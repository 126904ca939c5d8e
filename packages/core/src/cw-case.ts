import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { caseContext, selectionContext, type CaseContextValue, type SelectionContextValue } from './context.js';
import type { Change, ChangeResult } from './change.js';
import { DocumentController, type DocumentState } from './document-controller.js';
import { emit, type Selection } from './events.js';
import { LocalizeController, localeReady } from './localize.js';
import { coreMessages, type CoreKey } from './messages/index.js';
import { baseStyles } from './tokens.js';
import type { CaseBundle } from './schema/index.js';
import type { CaseStore, StoreEvent } from './store/types.js';
import { localStorageOutbox, type RefusedChange, type UnsavedOutbox } from './unsaved-outbox.js';
import { KeptConflicts, keptConflictStyles, type KeptConflict } from './conflict/kept.js';
import { conflictStyles } from './conflict/view.js';

/** Fields whose names core's catalogue has (`field.*`, English and Welsh). */
const FIELD_LABELS = new Set([
  'title',
  'date',
  'summary',
  'category',
  'significance',
  'subjectIds',
  'sourceAgencyId',
  'givenName',
  'familyName',
  'dateOfBirth',
  'name',
  'role',
  'status',
  'memberIds',
  'personIds',
]);

/**
 * Holds one case and shares it, its store, the current actor and one selection with every component inside it.
 * Give it a `bundle`, or a `caseId` and a `store`.
 *
 * @summary The case provider for linked components.
 * @slot - The case components and any host content.
 * @fires cw-change - Before a change is applied. Cancelable: call preventDefault() to veto it (for example, to save it to your own system instead).
 * @fires cw-invalid - The case had invalid records. `detail.issues` lists them.
 * @fires cw-select - The shared selection changed. `detail.selection` is `{ kind, id }` or null.
 * @fires cw-conflict - A change met a newer version of its record in the store; nothing was overwritten. `detail` is `{ id, entity, mine, theirs, message }`.
 * @csspart status - The message area for unsaved changes and updates from other tabs.
 * @csspart conflict - The comparison of a kept change with the newer version someone else saved (mine, theirs, Keep mine, Keep theirs).
 */
export class CwCase extends LitElement {
  static override styles = [
    ...baseStyles,
    conflictStyles,
    keptConflictStyles,
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

  @state() private notice = '';
  /** An error notice (the case could not be read) is an alert; news from another tab is a status. */
  @state() private noticeIsError = false;
  /**
   * The store and id whose case was closed in this browser (purged, the sign-out clean-up, or its database deleted):
   * nothing of it is shown or kept in this browser any more; unsaved work stays on this page only, to copy.
   */
  @state() private closedFor: { store: CaseStore | undefined; id: string } | undefined = undefined;
  /** Unsaved changes go to `localStorage`, except for a closed case (its clean-up must not be undone). */
  private readonly outbox: UnsavedOutbox = {
    read: (key) => (this.closedFor ? [] : localStorageOutbox.read(key)),
    write: (key, pending) => !this.closedFor && localStorageOutbox.write(key, pending),
  };

  @provide({ context: caseContext }) protected ctx: CaseContextValue | undefined = undefined;
  @provide({ context: selectionContext }) protected selectionCtx: SelectionContextValue = {
    selection: null,
    select: (s) => this.setSelection(s),
  };

  private readonly i18n = new LocalizeController(this, coreMessages);
  /** Loads, follows and saves the case: from `bundle`, or from `store` + `caseId`. */
  private readonly caseDocument = new DocumentController<CaseBundle>(this, {
    kind: 'case',
    source: () => ({ value: this.bundle, store: this.store, id: this.caseId }),
    keepUnsaved: true,
    outbox: this.outbox,
    localize: this.i18n,
    onStoreEvent: (e) => {
      if (e.type === 'error' && e.closed) this.closeCase();
      else if (e.type === 'error') this.showNotice(e.message, true);
      else if (e.remote) this.showNotice(this.remoteNews(e), false);
    },
  });
  /** The state last seen, to show a load error once and clear it once the case loads. */
  private seenState: DocumentState = 'idle';
  /**
   * Kept changes (unsaved while storage failed) that met someone else's newer version when they were saved: each
   * opens core's conflict panel, so nothing is overwritten unseen and nothing of mine is lost until the person chooses.
   */
  private readonly kept = new KeptConflicts<RefusedChange>(this, {
    localize: this.i18n,
    ignore: ['updatedAt'],
    label: (field) => this.fieldLabel(field),
    text: (_field, value, _record, plain) => plain(this.namesFor(value)),
    keepMine: (c, record, theirs) => this.keepMine(c, record, theirs),
    keepTheirs: (c) => {
      this.dropRefused(c.items);
      this.showNotice(this.i18n.t('conflict.keptTheirs'), false);
    },
  });
  private keptSeen: readonly RefusedChange[] = [];

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

  /** The case as it stands on this page, including unsaved changes (an empty case once it was closed here). */
  get value(): CaseBundle {
    return this.closedFor ? { schema: 'opencasework/case-bundle@1', case: { id: this.caseId, subjectIds: [] } } : this.caseDocument.doc;
  }

  /** True when the case was closed in this browser (purged or signed out, here or in another tab) and is not shown. */
  get closed(): boolean {
    return !!this.closedFor;
  }

  /** The case was purged or its storage deleted: stop showing it; components inside lose it too. */
  private closeCase(): void {
    this.closedFor = { store: this.store, id: this.caseId };
    this.notice = '';
    this.ctx = undefined;
  }

  /** Waits for the Welsh catalogue (when `lang="cy"`) before reporting the update complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }

  protected override willUpdate(): void {
    // Another case or store (after signing in again) is a new start.
    if (this.closedFor && (this.closedFor.store !== this.store || this.closedFor.id !== this.caseId)) this.closedFor = undefined;
    if (this.closedFor) return;
    const { doc, issues, state } = this.caseDocument;
    const refused = this.caseDocument.queue.refused;
    if (refused !== this.keptSeen) this.kept.set((this.keptSeen = refused).filter((r) => r.conflict));
    if (state !== this.seenState) {
      if (state === 'error') this.showNotice(this.caseDocument.error, true);
      else if (state === 'ready' && this.noticeIsError) this.notice = '';
      this.seenState = state;
    }
    // Components inside see the case once there is one (a bundle, or a loaded case).
    const store = this.caseDocument.fromStore ? this.store : undefined;
    const c = this.ctx;
    if (state === 'ready' && (!c || c.bundle !== doc || c.issues !== issues || c.store !== store || c.actor !== this.actor)) {
      this.ctx = { bundle: doc, issues, store, actor: this.actor, requestChange: (change) => this.requestChange(change) };
    }
  }

  /**
   * News of a change made elsewhere: a colleague the store names (`by`: "Sam Patel changed a record in this case:
   * Safety plan"), or, when the store names no one (another tab in this browser), "updated in another tab".
   */
  private remoteNews(e: StoreEvent<CaseBundle>): string {
    const who = e.type === 'change' ? e.by : undefined;
    if (e.type !== 'change' || !who || who === this.actor) return this.i18n.t('case.remoteUpdate');
    const key = e.change.op === 'create' ? 'case.remoteCreateBy' : e.change.op === 'delete' ? 'case.remoteDeleteBy' : 'case.remoteUpdateBy';
    return this.i18n.t(key, { who, thing: this.i18n.t(`entity.${e.change.entity}` as CoreKey) });
  }

  private showNotice(message: string, isError: boolean): void {
    this.notice = message;
    this.noticeIsError = isError;
  }

  /** Fires a cancelable `cw-change`, then applies the change through the store (or in memory). */
  requestChange(change: Change): Promise<ChangeResult> {
    return this.caseDocument.commit(change);
  }

  /** Retries saving changes that the store refused for a storage reason. */
  retryUnsaved(): Promise<void> {
    return this.caseDocument.retryUnsaved();
  }

  /** Changes made on this page that are not saved yet (empty when everything is saved). */
  get unsavedChanges(): readonly Change[] {
    return this.caseDocument.unsaved.map((u) => u.change);
  }

  /** A field's name in the page's language (the common ones), or its own name in words. */
  private fieldLabel(field: string): string {
    if (FIELD_LABELS.has(field)) return this.i18n.t(`field.${field}` as CoreKey);
    return field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toLocaleUpperCase());
  }

  /** Ids of people, agencies and professionals in the case shown as their names (in a comparison, not ids). */
  private namesFor(value: unknown): unknown {
    const doc = this.caseDocument.doc;
    const name = (id: string): string => {
      const p = doc.people?.find((x) => x.id === id);
      if (p) return [p.preferredName || p.givenName, p.familyName].filter(Boolean).join(' ') || id;
      return doc.agencies?.find((x) => x.id === id)?.name ?? doc.professionals?.find((x) => x.id === id)?.name ?? id;
    };
    if (typeof value === 'string') return name(value);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map(name) : value;
  }

  private dropRefused(items: readonly RefusedChange[]): void {
    this.caseDocument.setRefused(this.caseDocument.queue.refused.filter((r) => !items.includes(r)));
  }

  /**
   * Keep mine for a kept change that met a conflict: my changes laid on theirs, saved with theirs as `before`. Saved,
   * or kept again while storage fails: the conflict is settled. Theirs changed again: the panel shows the newer one.
   */
  private async keepMine(c: KeptConflict<RefusedChange>, record: Record<string, unknown>, theirs: unknown): Promise<boolean> {
    const change: Change = {
      ...c.items.at(-1)!.change,
      op: theirs ? 'update' : 'create',
      before: (theirs as Record<string, unknown> | undefined) ?? null,
      after: record,
      actor: this.actor,
      at: new Date().toISOString(),
    };
    const r = await this.requestChange(change);
    const rest = this.caseDocument.queue.refused.filter((x) => !c.items.includes(x));
    if (r.ok || r.reason === 'storage') {
      this.caseDocument.setRefused(rest);
      if (r.ok) this.showNotice(this.i18n.t('conflict.keptMine'), false);
      return true;
    }
    if (r.reason !== 'conflict') {
      this.showNotice(r.message, true);
      return false;
    }
    const again: RefusedChange = { change, message: r.message, conflict: true, current: r.current ?? null };
    this.caseDocument.setRefused([...rest, again]);
    this.kept.set((this.keptSeen = this.caseDocument.queue.refused).filter((x) => x.conflict));
    const open = this.kept.items.find((k) => k.items.includes(again));
    if (open) this.kept.review(open);
    return false;
  }

  /** What a kept change that met a conflict is, in words (the list above its comparison). */
  private keptText(c: KeptConflict<RefusedChange>): string {
    const thing = this.i18n.t(`entity.${c.entity}` as CoreKey);
    if (!c.title) return this.i18n.t('case.refusedConflictUntitled', { thing });
    return this.i18n.t('case.refusedConflict', { thing: thing.toLocaleLowerCase(this.i18n.locale), title: c.title });
  }

  /** A refusal with no choice to make: a kept removal someone else changed first, or a change no longer valid. */
  private refusedText(r: RefusedChange): string {
    if (!r.conflict) return r.message;
    const thing = this.i18n.t(`entity.${r.change.entity}` as CoreKey).toLocaleLowerCase(this.i18n.locale);
    return this.i18n.t('case.refusedDelete', { thing });
  }

  /** Copies the unsaved changes (JSON) so the person can keep them somewhere safe; only when they ask. */
  private async copyUnsaved(): Promise<void> {
    try {
      await navigator.clipboard.writeText(JSON.stringify(this.unsavedChanges, null, 2));
      this.showNotice(this.i18n.t('case.copied'), false);
    } catch (err) {
      this.showNotice(err instanceof Error ? err.message : String(err), true);
    }
  }

  override render() {
    const queue = this.caseDocument.queue;
    const unsaved = queue.items;
    // Refusals with no choice to make (conflicts are listed by record, each with its comparison).
    const listed = new Set(this.kept.items.flatMap((c) => c.items));
    const others = queue.refused.filter((r) => !listed.has(r));
    const state = this.caseDocument.state;
    const t = (key: Parameters<typeof this.i18n.t>[0], params?: Record<string, string | number>) => this.i18n.t(key, params);
    if (this.closedFor)
      return html`<div class="status info" part="status" role="alert">
        <p><strong>${t('case.closed')}</strong></p>
        ${
          unsaved.length
            ? html`<p>${t('case.closedUnsaved', { count: unsaved.length })}</p>
              <button type="button" @click=${() => this.copyUnsaved()}>${t('case.copyUnsaved')}</button>`
            : nothing
        }
        ${this.notice ? html`<p>${this.notice}</p>` : nothing}
      </div>`;
    return html`
      ${
        unsaved.length
          ? html`<div class="status" part="status" role="alert">
            <p><strong>${t('case.unsaved', { count: unsaved.length })}</strong></p>
            ${queue.restored ? html`<p>${t('case.unsavedRestored', { count: queue.restored })}</p>` : nothing}
            <p>${t(queue.durable ? 'case.unsavedReason' : 'case.unsavedPageOnly', { reason: unsaved[unsaved.length - 1]!.reason })}</p>
            <button type="button" @click=${() => this.retryUnsaved()}>${t('case.retry')}</button>
            <button type="button" class="secondary" @click=${() => this.copyUnsaved()}>${t('case.copyUnsaved')}</button>
          </div>`
          : nothing
      }
      ${
        queue.refused.length
          ? html`<div class="status" part="status" role="alert">
            <p><strong>${t('case.refused', { count: queue.refused.length })}</strong></p>
            ${this.kept.listView((c) => this.keptText(c), t('case.review'))}
            ${others.length ? html`<ul>${others.map((r) => html`<li>${this.refusedText(r)}</li>`)}</ul>` : nothing}
            ${
              others.length
                ? html`<button type="button" class="secondary" @click=${() => this.dropRefused(others)}>${t('common.close')}</button>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${this.kept.panel()}
      ${
        this.notice
          ? html`<div class="status ${this.noticeIsError ? '' : 'info'}" part="status" role=${this.noticeIsError ? 'alert' : 'status'}>
            <p>${this.notice}</p>
            <button type="button" class="secondary" @click=${() => (this.notice = '')}>${this.i18n.t('common.close')}</button>
          </div>`
          : nothing
      }
      ${state === 'loading' ? html`<p class="cw-visually-hidden" role="status">${this.i18n.t('case.loading')}</p>` : nothing}
      ${state === 'missing' ? html`<p role="status">${this.i18n.t('case.notFound', { id: this.caseId })}</p>` : nothing}
      <slot></slot>
    `;
  }
}
