import { nothing, type ReactiveControllerHost } from 'lit';
import { OnDemandPart, onDemand, type ChronologyEntry } from '@opencasework/core';
import type { EntryFormContext } from './entry-form-view.js';
import type { EntryFormController, EntryFormOptions } from './entry-form-controller.js';

/**
 * The add/edit form, its validation and its conflict panel (entry-form-controller.ts and what it imports, core's
 * conflict comparison included): their own chunk, about 3 kB gzip that a read-only chronology never loads. An
 * editable one loads it after its first render, so the form opens at once when asked for.
 */
const code = onDemand(() => import('./entry-form-controller.js'));

/** The form while it is asked for and its code is still loading (or could not load). */
const WAITING = { mode: 'waiting' } as const;

/**
 * Stands for the entry form in the element: the same steps (open, view) whether or not its code has loaded. Opening
 * it before then shows "Loading the form…" in its place (the element's `updateComplete` waits), then the form, its
 * heading focused, as if it had been there all along.
 */
export class EntryFormSlot {
  private readonly part: OnDemandPart<typeof import('./entry-form-controller.js')>;
  private form: EntryFormController | undefined;
  /** What was asked for before the code arrived. */
  private asked: { entry?: ChronologyEntry; subjects: string[] } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: EntryFormOptions,
  ) {
    this.part = new OnDemandPart(host, code);
  }

  /** The form's state while it is open (or asked for and loading); null when closed. */
  get edit(): EntryFormController['edit'] | typeof WAITING {
    return this.form?.edit ?? (this.asked ? WAITING : null);
  }

  /** Loads the code ahead (for an editable element, after its first render). */
  prefetch(): void {
    this.part.prefetch();
  }

  /** `done()`, then again after the form's load this element waits for. */
  after(done: () => Promise<boolean>): Promise<boolean> {
    return this.part.after(done);
  }

  /** Opens the form for a new entry (about `subjects` when the case has one child) or to edit `entry`. */
  open(entry?: ChronologyEntry, subjects: string[] = []): void {
    const form = this.ready();
    if (form) return form.open(entry, subjects);
    this.asked = { ...(entry ? { entry } : {}), subjects };
    void this.part.need();
    this.host.requestUpdate(); // "Loading the form…" in its place meanwhile
  }

  /** The form (or its conflict panel) while open, "Loading the form…" while its code loads, else nothing. */
  view(c: Pick<EntryFormContext, 'l' | 'agencies' | 'people'>, root: ParentNode) {
    const form = this.ready();
    if (form) return form.view(c, root);
    if (!this.asked) return nothing;
    return this.part.pendingView({ loading: c.l.t('edit.loading'), failed: c.l.t('edit.loadFailed') }, 'form-pending', 'form');
  }

  /** The form's controller once its code has loaded, opened as asked meanwhile. */
  private ready(): EntryFormController | undefined {
    const m = this.part.module;
    if (!m) return undefined;
    if (!this.form) {
      this.form = new m.EntryFormController(this.host, this.options);
      const asked = this.asked;
      this.asked = undefined;
      if (asked) this.form.open(asked.entry, asked.subjects);
    }
    return this.form;
  }
}
