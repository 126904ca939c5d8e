import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { OnDemandForm, onDemand } from '@opencasework/core';
import type { DetailsDeps, DetailsForm } from './details-form.js';

/** The details form, its checks and its view: about 2.5 kB gzip that a read-only shelf never loads. */
const code = onDemand(() => import('./details-form.js'));

/**
 * Stands for the details form in the element: the same steps whether or not its code has loaded. Asked for before
 * then, it shows "Loading the form…" in its place (the element's `updateComplete` waits), then the form (core's
 * `OnDemandForm`).
 */
export class DetailsSlot {
  private readonly slot: OnDemandForm<typeof import('./details-form.js'), DetailsForm, string>;

  constructor(host: ReactiveControllerHost, deps: DetailsDeps) {
    this.slot = new OnDemandForm(host, code, {
      create: (m) => new m.DetailsForm(host, deps),
      open: (form, id) => form.open(id),
      close: (form) => form.close(),
      text: () => ({ loading: deps.l.t('details.loading'), failed: deps.l.t('details.loadFailed') }),
      className: 'details-pending',
    });
  }

  /** Loads the code ahead (an editable shelf, after it renders). */
  prefetch(): void {
    this.slot.prefetch();
  }

  after(done: () => Promise<boolean>): Promise<boolean> {
    return this.slot.after(done);
  }

  /** The document whose form is open (or asked for), or ''. */
  get openFor(): string {
    return this.slot.form?.openFor || (this.slot.asked ?? '');
  }

  open(id: string): void {
    this.slot.open(id);
  }

  /** Closes the form, or drops the document asked for while its code loads. */
  close(): void {
    this.slot.close();
  }

  /** The form while open, "Loading the form…" (or why it could not load) while asked for, else null. */
  view(): TemplateResult | null {
    return this.slot.view((form) => form.view()) ?? null;
  }
}
