import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { caseContext, selectionContext, type CaseContextValue, type SelectionContextValue } from './context.js';
import type { Change, ChangeResult } from './change.js';
import { DocumentController } from './document-controller.js';
import { memo } from './memo.js';
import { emit, type Selection } from './events.js';
import { LocalizeController, localeReady } from './localize.js';
import { coreMessages } from './messages/index.js';
import { DEFAULT_TIME_ZONE, today } from './day.js';
import type { CaseBundle } from './schema/index.js';
import type { DataIssue } from './issues.js';

export interface CaseData {
  bundle: CaseBundle;
  issues: DataIssue[];
}

/**
 * The base of every case component. A component reads a whole case bundle from its own `bundle` property, or
 * from an enclosing `<cw-case>`; it parses it, fires `cw-invalid` with the issues, and routes edits as typed
 * changes. The host's object is never modified: edits without a provider go to a working copy.
 *
 * @fires cw-invalid - The data had invalid records. `detail.issues` lists them.
 * @fires cw-change - Before a change is applied; cancel it with preventDefault(). `detail.change` is the change.
 * @fires cw-select - The user selected something. `detail.selection` is `{ kind, id }` or null.
 * @fires cw-conflict - A change met a newer version of its record in the store; nothing was overwritten. `detail` is `{ id, entity, mine, theirs, message }`.
 */
export abstract class CaseElement extends LitElement {
  /** A whole case bundle (opencasework/case-bundle@1). Takes precedence over an enclosing `<cw-case>`. */
  @property({ attribute: false }) bundle: unknown = undefined;
  /** Allows editing. Components are read-only by default. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Who is editing, for the audit trail. Defaults to the provider's actor. */
  @property() actor = '';
  /** What is selected, when there is no `<cw-case>` to share a selection. */
  @property({ attribute: false }) selection: Selection = null;

  @consume({ context: caseContext, subscribe: true }) @state() protected caseCtx?: CaseContextValue;
  @consume({ context: selectionContext, subscribe: true }) @state() protected selectionCtx?: SelectionContextValue;

  /** Core's own messages (e.g. a vetoed change), in the element's language. */
  readonly #core = new LocalizeController(this, coreMessages);
  /** The time zone the case's days are counted in (for `currentDay()` and turning instants into days). */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_TIME_ZONE;
  /** The element's own bundle: parsed once per input, edits in a working copy, `cw-invalid` once per input. */
  readonly #document = new DocumentController<CaseBundle>(this, {
    kind: 'case',
    source: () => ({ value: this.bundle }),
    localize: this.#core,
  });
  readonly #data = memo((bundle: CaseBundle, issues: DataIssue[]): CaseData => ({ bundle, issues }));

  /** The language in use: the nearest `lang` attribute, normalised ("cy-GB" -> "cy"). */
  get locale(): string {
    return this.#core.locale;
  }

  /** Today in the element's time zone (YYYY-MM-DD). (Not `today()`: two components have a public `today` property.) */
  protected currentDay(): string {
    return today(this.timeZone);
  }

  /** Waits for every catalogue the element needs (Welsh under `lang="cy"`) before reporting the update complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }

  /** The valid case data and its issues. Parsed once per input. */
  protected get caseData(): CaseData {
    if (this.bundle === undefined && this.caseCtx) return this.#data(this.caseCtx.bundle, this.caseCtx.issues);
    return this.#data(this.#document.doc, this.#document.issues);
  }

  /** True when there is data to show (a bundle or a provider). */
  protected get hasData(): boolean {
    return this.bundle !== undefined || !!this.caseCtx;
  }

  /** The selection shared by the provider, or this element's own. */
  protected get currentSelection(): Selection {
    return this.selectionCtx ? this.selectionCtx.selection : this.selection;
  }

  /** Selects something: tells the host and any linked components (through `<cw-case>`). */
  protected select(selection: Selection): void {
    if (!this.selectionCtx) this.selection = selection;
    emit(this, 'cw-select', { selection });
  }

  protected get effectiveActor(): string {
    return this.actor || this.caseCtx?.actor || 'unknown user';
  }

  /**
   * Applies a change: through the provider (which fires `cw-change` and saves to its store) or, without one, by
   * firing a cancelable `cw-change` here and applying it to this element's working copy.
   */
  protected async commit(change: Change): Promise<ChangeResult> {
    if (this.bundle === undefined && this.caseCtx) return this.caseCtx.requestChange(change);
    return this.#document.commit(change);
  }
}
