import { nothing, type ReactiveControllerHost } from 'lit';
import { OnDemandForm, onDemand, type ChronologyEntry } from '@opencasework/core';
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

/** What the form is asked to open on: a new entry (about `subjects`) or `entry` to edit. */
interface Ask {
  entry?: ChronologyEntry;
  subjects: string[];
}

/**
 * Stands for the entry form in the element: the same steps (open, view) whether or not its code has loaded. Opening
 * it before then shows "Loading the form…" in its place (the element's `updateComplete` waits), then the form, its
 * heading focused, as if it had been there all along (core's `OnDemandForm`).
 */
export class EntryFormSlot {
  private readonly slot: OnDemandForm<typeof import('./entry-form-controller.js'), EntryFormController, Ask>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EntryFormOptions) {
    this.slot = new OnDemandForm(host, code, {
      create: (m) => new m.EntryFormController(host, options),
      open: (form, ask) => form.open(ask.entry, ask.subjects),
      text: () => ({ loading: options.l.t('edit.loading'), failed: options.l.t('edit.loadFailed') }),
      className: 'form-pending',
      part: 'form',
    });
  }

  /** The form's state while it is open (or asked for and loading); null when closed. */
  get edit(): EntryFormController['edit'] | typeof WAITING {
    return this.slot.form?.edit ?? (this.slot.waiting ? WAITING : null);
  }

  /** Loads the code ahead (for an editable element, after its first render). */
  prefetch(): void {
    this.slot.prefetch();
  }

  /** `done()`, then again after the form's load this element waits for. */
  after(done: () => Promise<boolean>): Promise<boolean> {
    return this.slot.after(done);
  }

  /** Opens the form for a new entry (about `subjects` when the case has one child) or to edit `entry`. */
  open(entry?: ChronologyEntry, subjects: string[] = []): void {
    this.slot.open({ ...(entry ? { entry } : {}), subjects });
  }

  /** The form (or its conflict panel) while open, "Loading the form…" while its code loads, else nothing. */
  view(c: Pick<EntryFormContext, 'l' | 'agencies' | 'people'>, root: ParentNode) {
    return this.slot.view((form) => form.view(c, root)) ?? nothing;
  }
}
