import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { OnDemand } from './on-demand.js';
import { OnDemandPart, type PendingText } from './on-demand-part.js';

/** How an `OnDemandForm` makes, opens and closes its form, and what its place says while the code loads. */
export interface OnDemandFormOptions<M, F, A> {
  /** Makes the form's controller from its module: once, the first time the form is needed after the code arrived. */
  create(module: M): F;
  /** Opens the form as asked (`form.open(...)`): at once, or as soon as the code has arrived. */
  open(form: F, ask: A): void;
  /** Closes the form, if made, when `close()` is called (the ask meanwhile is dropped whatever this does). */
  close?(form: F): void;
  /** What the form's place says while the code loads and when it could not (read only when that place is drawn). */
  text(): PendingText;
  /** The class of the form's place meanwhile (for styles, and to find it to focus it). */
  className: string;
  /** Its `part`, if it is exposed to the host's styles. */
  part?: string;
}

/**
 * A form whose code loads on demand (behind `import()`, its own chunk: a read-only element never loads it), with the
 * same steps whether or not the code has come. Asked for before then (`open(ask)`), it remembers the ask, starts the
 * load and puts "Loading the form…" in the form's place (a busy status, or an alert if the code could not be loaded;
 * the host's `updateComplete` waits); once the code is here it makes the form's controller, once, and opens it as
 * asked, so the form appears, its heading focused by its own `open`, as if it had been there all along. `close()`
 * before then drops the ask: nothing opens when the code arrives. Core never imports the form's code: the element
 * passes the `onDemand` importer and says how to make and open the form.
 *
 * ```ts
 * const code = onDemand(() => import('./details-form.js'));
 * readonly details = new OnDemandForm(this, code, {
 *   create: (m) => new m.DetailsForm(this, deps),
 *   open: (form, id: string) => form.open(id),
 *   close: (form) => form.close(),
 *   text: () => ({ loading: this.l.t('details.loading'), failed: this.l.t('details.loadFailed') }),
 *   className: 'details-pending',
 * });
 * protected override getUpdateComplete() { return this.details.after(() => super.getUpdateComplete()); }
 * protected override updated() { if (this.editable) this.details.prefetch(); } // so that the form opens at once
 * onEdit(id: string) { this.details.open(id); }
 * render() { return html`${this.details.view((form) => form.view()) ?? nothing}`; }
 * ```
 */
export class OnDemandForm<M, F, A> {
  private readonly part: OnDemandPart<M>;
  private made: F | undefined;
  /** What was asked for before the code arrived (boxed: an ask may itself be `undefined`). */
  private ask: { value: A } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    code: OnDemand<M>,
    private readonly options: OnDemandFormOptions<M, F, A>,
  ) {
    this.part = new OnDemandPart(host, code);
  }

  /** The form's controller once its code has loaded (made then, and opened as asked meanwhile); asking does not load it. */
  get form(): F | undefined {
    const m = this.part.module;
    if (m === undefined) return undefined;
    const form = (this.made ??= this.options.create(m));
    const ask = this.ask;
    this.ask = undefined;
    if (ask) this.options.open(form, ask.value);
    return form;
  }

  /** What was asked for while the code is loading (or could not load); `undefined` once the form has it, or after `close()`. */
  get asked(): A | undefined {
    return this.form === undefined ? this.ask?.value : undefined;
  }

  /** The form is asked for and its code is not here yet (loading, or could not load). */
  get waiting(): boolean {
    return this.form === undefined && this.ask !== undefined;
  }

  /** Opens the form as asked: at once when its code is here, else once it arrives ("Loading the form…" meanwhile). */
  open(ask: A): void {
    const form = this.form;
    if (form !== undefined) return this.options.open(form, ask);
    this.ask = { value: ask };
    void this.part.need();
    this.host.requestUpdate(); // the pending place, meanwhile
  }

  /** Drops an ask still waiting for the code (nothing opens when it arrives) and closes the form if it is made. */
  close(): void {
    this.ask = undefined;
    if (this.made !== undefined) this.options.close?.(this.made);
  }

  /** Loads the code ahead of an ask likely to come (an editable element, after it renders); a failure is quiet. */
  prefetch(): void {
    this.part.prefetch();
  }

  /** `done()` (the host's own update), then again after the form's load the host's view waits for. */
  after(done: () => Promise<boolean>): Promise<boolean> {
    return this.part.after(done);
  }

  /**
   * The form's view (`shown(form)`) once its code is here; while it is asked for and the code is loading, a busy
   * status saying so (an alert saying why, if it could not be loaded); else `undefined` (nothing asked for).
   */
  view<R>(shown: (form: F) => R): R | TemplateResult | undefined {
    const form = this.form;
    if (form !== undefined) return shown(form);
    if (!this.ask) return undefined;
    return this.part.pendingView(this.options.text(), this.options.className, this.options.part);
  }
}
