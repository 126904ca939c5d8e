import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Change } from '../change.js';
import type { EntityType } from '../schema/index.js';
import { ConflictController, type ConflictOptions } from './controller.js';

type Rec = { id: string } & Record<string, unknown>;

/** A change that was kept (offline, or while storage failed) and met someone else's newer version when it was saved. */
export interface KeptChange {
  change: Change;
  /** The record as it is stored now (null or undefined when it was deleted). */
  current?: unknown;
}

/**
 * Every kept change to one record, as one conflict: the latest change holds all my edits (`mine`), the first one's
 * `before` is where I started (`base`), and `theirs` is the record as stored now.
 */
export interface KeptConflict<K extends KeptChange = KeptChange> {
  /** `entity:id`, unique per record. */
  key: string;
  entity: EntityType;
  items: K[];
  base: Rec | null;
  mine: Rec;
  theirs: Rec | undefined;
  /** The record's title or name, '' when it has none. */
  title: string;
}

/** A record's title or name, for a heading ('' when it has none). */
export function recordTitle(r: unknown): string {
  if (!r || typeof r !== 'object') return '';
  const o = r as Record<string, unknown>;
  for (const k of ['title', 'name', 'statement', 'text']) if (typeof o[k] === 'string' && o[k]) return o[k];
  const person = [o.givenName, o.familyName].filter((x) => typeof x === 'string' && x).join(' ');
  return person;
}

/**
 * Groups kept changes by record. A kept delete (nothing of mine to lay on theirs) forms no conflict: the host says
 * so in words. Order follows the first change to each record.
 */
export function groupKept<K extends KeptChange>(kept: readonly K[]): KeptConflict<K>[] {
  const byRecord = new Map<string, K[]>();
  for (const k of kept) {
    const key = `${k.change.entity}:${k.change.id}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), k]);
  }
  return [...byRecord].flatMap(([key, items]) => {
    const last = items.at(-1)!;
    const mine = last.change.after as Rec | null;
    if (!mine || typeof mine !== 'object') return [];
    const theirs = (last.current ?? undefined) as Rec | undefined;
    const base = (items[0]!.change.before ?? null) as Rec | null;
    return [{ key, entity: last.change.entity, items, base, mine, theirs, title: recordTitle(theirs) || recordTitle(mine) }];
  });
}

export interface KeptConflictsOptions<K extends KeptChange> extends Omit<ConflictOptions<Rec>, 'keepMine' | 'keepTheirs' | 'mergeByHand'> {
  /** Saves `record` (mine laid on theirs) over `theirs` for the conflict shown; true when saved (the panel closes). */
  keepMine: (conflict: KeptConflict<K>, record: Rec, theirs: Rec | undefined) => Promise<boolean> | boolean;
  /** Drops my kept changes to that record (theirs stays). The panel has closed. */
  keepTheirs: (conflict: KeptConflict<K>) => Promise<void> | void;
  /** Called when the person opens a record's comparison (e.g. to clear an earlier message). */
  onReview?: (conflict: KeptConflict<K>) => void;
}

/**
 * Changes kept on the device that later met a newer version: a list with "Compare and choose" per record, each
 * opening the one conflict panel (mine, theirs, the differences, Keep mine laid on theirs asking only where both
 * changed a field, Keep theirs). Used by `<cw-case>` (its unsaved changes) and by a server store's kept conflicts.
 */
export class KeptConflicts<K extends KeptChange = KeptChange> {
  private list: KeptConflict<K>[] = [];
  private openKey: string | null = null;
  /** The panel. Render `panel()` where it belongs. */
  readonly conflict: ConflictController<Rec>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: KeptConflictsOptions<K>,
  ) {
    this.conflict = new ConflictController<Rec>(host, {
      ...options,
      keepMine: (record, theirs) => {
        const c = this.open;
        return c ? this.options.keepMine(c, record, theirs) : false;
      },
      keepTheirs: () => {
        // The panel has closed already: find the record it showed by key.
        const c = this.list.find((k) => k.key === this.openKey);
        this.openKey = null;
        if (c) void this.options.keepTheirs(c);
      },
    });
  }

  /** The conflicts listed, one per record. */
  get items(): readonly KeptConflict<K>[] {
    return this.list;
  }

  /** The conflict whose panel is open, if any. */
  get open(): KeptConflict<K> | undefined {
    return this.openKey === null || !this.conflict.current ? undefined : this.list.find((c) => c.key === this.openKey);
  }

  /** Lists these kept changes (grouped by record); an open panel follows its record or closes when it is gone. */
  set(kept: readonly K[]): void {
    this.list = groupKept(kept);
    const open = this.openKey === null ? undefined : this.list.find((c) => c.key === this.openKey);
    if (this.openKey !== null && !open && this.conflict.current) {
      this.openKey = null;
      this.conflict.close();
    } else if (open && this.conflict.current && this.conflict.current.theirs !== open.theirs) {
      this.conflict.update({ theirs: open.theirs, mine: open.mine });
    }
    this.host.requestUpdate();
  }

  /** Opens the panel for one record (focus moves to its heading). */
  review(c: KeptConflict<K>): void {
    this.openKey = c.key;
    this.options.onReview?.(c);
    this.conflict.open({ entity: c.entity, base: c.base, mine: c.mine, theirs: c.theirs, ...(c.title ? { title: c.title } : {}) });
  }

  /** One line per record, its words from the host, each with a "Compare and choose" button (`data-review`). */
  listView(itemText: (c: KeptConflict<K>) => string, reviewLabel: string): TemplateResult | typeof nothing {
    if (!this.list.length) return nothing;
    return html`<ul class="cw-kept-list">${this.list.map(
      (c) => html`<li>
        <span>${itemText(c)}</span>
        <button type="button" class="secondary" data-review=${c.key} aria-expanded=${this.openKey === c.key && !!this.conflict.current}
          @click=${() => this.review(c)}>${reviewLabel}</button>
      </li>`,
    )}</ul>`;
  }

  /** The conflict panel, or nothing. */
  panel(): TemplateResult | typeof nothing {
    return this.conflict.view();
  }
}

/** The list's styles (compose with `conflictStyles`). */
export const keptConflictStyles = css`
  .cw-kept-list { margin: 0 0 var(--_space-2); padding: 0; list-style: none; }
  .cw-kept-list li { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-3); align-items: baseline; margin-bottom: var(--_space-2); }
`;
