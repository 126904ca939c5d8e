import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { OnDemandPart, onDemand } from '@opencasework/core';
import type { DetailsDeps, DetailsForm } from './details-form.js';

/** The details form, its checks and its view: about 2.5 kB gzip that a read-only shelf never loads. */
const code = onDemand(() => import('./details-form.js'));

/**
 * Stands for the details form in the element: the same steps whether or not its code has loaded. Asked for before
 * then, it shows "Loading the form…" in its place (the element's `updateComplete` waits), then the form.
 */
export class DetailsSlot {
  private readonly part: OnDemandPart<typeof import('./details-form.js')>;
  private form: DetailsForm | undefined;
  /** The document asked for before the code arrived. */
  private asked = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: DetailsDeps,
  ) {
    this.part = new OnDemandPart(host, code);
  }

  /** Loads the code ahead (an editable shelf, after it renders). */
  prefetch(): void {
    this.part.prefetch();
  }

  after(done: () => Promise<boolean>): Promise<boolean> {
    return this.part.after(done);
  }

  /** The document whose form is open (or asked for), or ''. */
  get openFor(): string {
    return this.ready()?.openFor || this.asked;
  }

  open(id: string): void {
    const form = this.ready();
    if (form) return form.open(id);
    this.asked = id;
    void this.part.need();
    this.host.requestUpdate();
  }

  close(): void {
    this.asked = '';
    this.form?.close();
  }

  /** The form while open, "Loading the form…" (or why it could not load) while asked for, else null. */
  view(): TemplateResult | null {
    const form = this.ready();
    if (form) return form.view();
    if (!this.asked) return null;
    const l = this.deps.l;
    return this.part.pendingView({ loading: l.t('details.loading'), failed: l.t('details.loadFailed') }, 'details-pending');
  }

  /** The form once its code is here; one asked for meanwhile is opened then. */
  private ready(): DetailsForm | undefined {
    const m = this.part.module;
    if (!m) return undefined;
    this.form ??= new m.DetailsForm(this.host, this.deps);
    if (this.asked) {
      const id = this.asked;
      this.asked = '';
      this.form.open(id);
    }
    return this.form;
  }
}
