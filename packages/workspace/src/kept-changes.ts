import { html, css, nothing, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  KeptConflicts,
  LocalizeController,
  baseStyles,
  conflictStyles,
  deepEqual,
  defineElement,
  keptConflictStyles,
  type Change,
  type ChangeResult,
  type DocRef,
  type KeptConflict as Group,
  type StoreEvent,
} from '@opencasework/core';
import { workspaceMessages, type WorkspaceKey } from './messages/index.js';

/** A change the server refused after it was queued (HttpCaseStore's `OutboxConflict`: only what is read here). */
export interface KeptConflict {
  ref: DocRef;
  change: Change;
  /** The record as the server has it now (null when deleted or withheld). */
  current: unknown;
}

/** The store's side of kept changes (HttpCaseStore has these). */
export interface KeptStore {
  conflicts(ref?: DocRef): Promise<KeptConflict[]>;
  resolveConflict(c: KeptConflict): Promise<void>;
  apply(ref: DocRef, change: Change): Promise<ChangeResult>;
  subscribe(ref: DocRef, listener: (event: StoreEvent) => void): () => void;
}

type Rec = { id: string } & Record<string, unknown>;

/** The fields with a label of their own (safety plans' and chronology entries' most edited); others read as their name. */
const FIELDS = [
  'title',
  'summary',
  'date',
  'dangerStatements',
  'safetyGoals',
  'harm',
  'complicatingFactors',
  'strengths',
  'existingSafety',
  'nextSteps',
  'rules',
  'reviewDate',
] as const;

/**
 * Changes made offline that the server refused because a colleague changed the record first, kept on this device
 * (HttpCaseStore's `conflicts()`): listed above the case, each opening core's conflict interface (your version beside
 * theirs, field by field) to keep yours (laid on theirs, asking only where both changed a field) or theirs. Until
 * then nothing is lost: yours is on this device, theirs on the server.
 * @tag ws-kept-changes
 */
export class WsKeptChanges extends LitElement {
  static override styles = [
    ...baseStyles,
    conflictStyles,
    keptConflictStyles,
    css`
      :host { display: block; }
      .kept { border-left: 5px solid var(--_warning); padding: var(--_space-2) var(--_space-3); margin: 0 0 var(--_space-3); background: var(--_bg); }
      h2 { font-size: var(--_size-m); margin: 0 0 var(--_space-1); }
    `,
  ];

  /** The store holding the kept changes (the workspace's HttpCaseStore). */
  @property({ attribute: false }) store?: KeptStore;
  /** The case. */
  @property({ attribute: 'case-id' }) caseId = '';

  @state() private status = '';
  private unsubscribe: (() => void) | undefined;
  private readonly i18n = new LocalizeController(this, workspaceMessages);
  /** Core's list of kept changes (one per record) and its conflict panel. */
  private readonly kept = new KeptConflicts<KeptConflict>(this, {
    fields: FIELDS,
    ignore: ['updatedAt'],
    label: (f) => this.label(f),
    text: (field, value, _record, plain) => this.changedItems(field, value, plain),
    keepMine: (g, record, theirs) => this.keepMine(g, record, theirs),
    keepTheirs: (g) => this.settle(g, this.t('keptDropped')),
    onReview: () => (this.status = ''),
  });

  private t(k: WorkspaceKey, p: Record<string, string | number> = {}): string {
    return this.i18n.t(k, p);
  }

  private get ref(): DocRef {
    return { kind: 'case', id: this.caseId };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('store') || changed.has('caseId')) {
      this.unsubscribe?.();
      this.unsubscribe = this.store?.subscribe(this.ref, () => void this.refresh());
      void this.refresh();
    }
  }

  /** Reads the kept changes again (after every store event: a refusal arrives as one). */
  async refresh(): Promise<void> {
    if (!this.store || !this.caseId) return;
    this.kept.set(await this.store.conflicts(this.ref));
  }

  private label(field: string): string {
    return (FIELDS as readonly string[]).includes(field)
      ? this.t(`field.${field as (typeof FIELDS)[number]}`)
      : field.replace(/([A-Z])/g, ' $1').toLowerCase();
  }

  /** A list of statements or entries: only the items that differ between the two versions, so the change reads at a glance. */
  private changedItems(field: string, value: unknown, plain: (v: unknown) => string): string {
    const g = this.kept.open;
    const other = (v: Rec | undefined) => (v?.[field] ?? []) as Rec[];
    if (!g || !Array.isArray(value) || !value.every((x) => x && typeof x === 'object' && 'id' in x)) return plain(value);
    const mine = new Map(other(g.mine).map((x) => [x.id, x]));
    const theirs = new Map(other(g.theirs).map((x) => [x.id, x]));
    const differs = (value as Rec[]).filter((x) => !deepEqual(mine.get(x.id), theirs.get(x.id)));
    return plain(differs.length ? differs : value);
  }

  private async keepMine(g: Group<KeptConflict>, record: Rec, theirs: Rec | undefined): Promise<boolean> {
    if (!this.store) return false;
    const change: Change = {
      entity: g.entity,
      id: record.id,
      op: theirs ? 'update' : 'create',
      before: theirs ?? null,
      after: record,
      actor: g.items.at(-1)!.change.actor,
      at: new Date().toISOString(),
    };
    const r = await this.store.apply(this.ref, change);
    if (!r.ok) {
      this.status = r.message;
      return false;
    }
    await this.settle(g, this.t('keptSaved'));
    return true;
  }

  /** The choice is made: the kept changes for that record are resolved. */
  private async settle(g: Group<KeptConflict>, message: string): Promise<void> {
    if (this.store) for (const c of g.items) await this.store.resolveConflict(c);
    this.status = message;
    await this.refresh();
  }

  override render(): TemplateResult | typeof nothing {
    const groups = this.kept.items;
    if (!groups.length && !this.kept.conflict.current && !this.status) return nothing;
    return html`<p class="cw-visually-hidden" role="status">${this.status}</p>
      ${
        groups.length
          ? html`<section class="kept" aria-labelledby="kept-heading">
        <h2 id="kept-heading">${this.t('keptHeading', { count: groups.length })}</h2>
        ${this.kept.listView((g) => this.t('keptItem', { record: g.title || g.key }), this.t('keptReview'))}
      </section>`
          : this.status
            ? html`<p class="kept" aria-hidden="true">${this.status}</p>`
            : nothing
      }
      ${this.kept.panel()}`;
  }
}
defineElement('ws-kept-changes', WsKeptChanges);

declare global {
  interface HTMLElementTagNameMap {
    'ws-kept-changes': WsKeptChanges;
  }
}
