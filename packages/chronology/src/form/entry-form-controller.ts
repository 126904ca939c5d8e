import { html, nothing, type ReactiveControllerHost } from 'lit';
import {
  ConflictController,
  makeChange,
  newId,
  type Change,
  type ChangeResult,
  type ChronologyEntry,
  type FocusController,
} from '@opencasework/core';
import type { ChronologyKey, Localizer } from '../messages/index.js';
import type { ResultMessage } from '../views/notices.js';
import { entryFromValues, valuesFromEntry, type EntryFormValues, type FormField } from './entry-form.js';
import { LABELS, entryFormView, type EditState, type EntryFormContext } from './entry-form-view.js';

export interface EntryFormOptions {
  l: Localizer;
  focus: FocusController;
  /** Applies the change (the element's commit: through `<cw-case>`, or a cancelable `cw-change` and a working copy). */
  commit: (change: Change) => Promise<ChangeResult>;
  actor: () => string;
  /** What to tell the reader: saved, not saved (the form stays open), or how a conflict ended. */
  onMessage: (message: ResultMessage) => void;
}

type Lookups = Pick<EntryFormContext, 'agencies' | 'people'>;

/** Fields the form edits, in its order (the conflict panel lists differences in this order). */
const FORM_FIELDS = Object.keys(LABELS) as FormField[];
const ENUM_PREFIX: Partial<Record<string, string>> = { category: 'cat', significance: 'sig', confidentiality: 'conf' };

/**
 * The add/edit form's state and its steps: open, change a value, submit (validate, then commit as a typed change), cancel.
 * A save that meets a newer version of the entry opens core's conflict panel (theirs beside mine) in place of the
 * form: "Keep mine" saves mine on theirs, "Keep theirs" closes the form, "Merge by hand" opens the form again from
 * theirs with the fields only I changed, and its `before` is theirs, so saving it works.
 */
export class EntryFormController {
  /** The form's state while it is open. */
  edit: EditState | null = null;
  private lookups: Lookups = { agencies: [], people: [] };

  readonly conflict: ConflictController<ChronologyEntry>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: EntryFormOptions,
  ) {
    const { l } = options;
    this.conflict = new ConflictController<ChronologyEntry>(host, {
      fields: FORM_FIELDS,
      // Bookkeeping the form does not show.
      ignore: ['recordedAt', 'recordedBy'],
      label: (f) => (f in LABELS ? l.t(LABELS[f as FormField]) : f),
      text: (f, v, _e, plain) => this.valueText(f, v, plain),
      focus: options.focus,
      keepMine: (record, theirs) => this.save(theirs ?? null, record, theirs ? 'update' : 'create'),
      keepTheirs: () => {
        this.edit = null;
        this.options.onMessage({ kind: 'ok', text: l.t('conflict.keptTheirs') });
        host.requestUpdate();
      },
      mergeByHand: (start, theirs) => {
        this.edit = { mode: 'edit', before: theirs, values: valuesFromEntry(start), errors: [], submitted: false };
        this.options.focus.after('form.entry h3');
        host.requestUpdate();
      },
    });
  }

  private valueText(f: string, v: unknown, plain: (value: unknown) => string): string {
    const { l } = this.options;
    const prefix = ENUM_PREFIX[f];
    if (prefix && typeof v === 'string') return l.t(`${prefix}.${v}` as ChronologyKey);
    if (f === 'approximate' || f === 'disputed') return plain(!!v);
    const nameOf = (list: [string, string][], id: unknown) => list.find(([x]) => x === id)?.[1] ?? String(id);
    if (f === 'sourceAgencyId') return v ? nameOf(this.lookups.agencies, v) : '';
    if (f === 'subjectIds' && Array.isArray(v)) return v.map((id) => nameOf(this.lookups.people, id)).join('; ');
    return plain(v);
  }

  /** Opens the form for a new entry (about `subjects` when the case has one child) or to edit `entry`, and focuses its heading. */
  open(entry?: ChronologyEntry, subjects: string[] = []): void {
    this.conflict.close();
    this.edit = {
      mode: entry ? 'edit' : 'add',
      ...(entry ? { before: entry } : {}),
      values: valuesFromEntry(entry),
      errors: [],
      submitted: false,
    };
    if (!entry && subjects.length === 1) this.edit.values.subjectIds = [...subjects];
    this.options.focus.after('form.entry h3');
  }

  setValue<K extends FormField>(key: K, value: EntryFormValues[K]): void {
    if (this.edit) this.edit = { ...this.edit, values: { ...this.edit.values, [key]: value } };
    this.host.requestUpdate();
  }

  /** Closes the form; focus goes back to what opened it (the entry's Edit button, or "Add an entry"), not to the page. */
  cancel(): void {
    const id = this.edit?.before?.id;
    this.edit = null;
    this.conflict.close();
    this.refocus(id);
    this.host.requestUpdate();
  }

  /** After the form closes: the entry's Edit button, else "Add an entry", else the view switch. */
  private refocus(entryId: string | undefined): void {
    this.options.focus.after(
      ...(entryId ? [`[data-edit="${CSS.escape(entryId)}"]`] : []),
      '[data-action="add"]',
      '.toolbar button[aria-pressed="true"]',
    );
  }

  /** Validates; shows the problems (focusing their summary) or commits the entry as a create or update change. */
  async submit(e: Event): Promise<void> {
    e.preventDefault();
    const edit = this.edit;
    if (!edit) return;
    const { entry, errors } = entryFromValues(edit.values, edit.before?.id ?? newId(), edit.before);
    if (!entry) {
      this.edit = { ...edit, errors, submitted: true };
      this.options.focus.after('.form-errors');
      return;
    }
    await this.save(edit.before ?? null, entry, edit.mode === 'add' ? 'create' : 'update');
  }

  /** Commits one entry. Saved: the form and any comparison close. A newer version: the conflict panel opens. */
  private async save(before: ChronologyEntry | null, entry: ChronologyEntry, op: 'create' | 'update'): Promise<boolean> {
    const { l } = this.options;
    const result = await this.options.commit(makeChange<ChronologyEntry>('ChronologyEntry', op, this.options.actor(), before, entry));
    if (result.ok) {
      this.edit = null;
      this.conflict.close();
      this.options.onMessage({ kind: 'ok', text: l.t('edit.saved', { title: entry.title }) });
    } else if (result.reason === 'conflict' && before) {
      const theirs = result.current as ChronologyEntry | undefined;
      this.conflict.open({ entity: 'ChronologyEntry', base: before, mine: entry, theirs, title: entry.title });
      this.options.onMessage({ kind: 'alert', text: l.t('conflict.alert') });
    } else {
      this.options.onMessage({ kind: 'alert', text: l.t(`result.${result.reason}`, { message: result.message }) });
    }
    this.host.requestUpdate();
    return result.ok;
  }

  /** The conflict panel and the form while it is open (nothing otherwise), wired to these steps. */
  view(c: Pick<EntryFormContext, 'l' | 'agencies' | 'people'>, root: ParentNode) {
    this.lookups = { agencies: c.agencies, people: c.people };
    // While the person compares or answers, the form is hidden; "Merge by hand" brings it back below the comparison.
    const step = this.conflict.step;
    const form =
      !this.edit || step === 'compare' || step === 'ask'
        ? nothing
        : entryFormView({
            ...c,
            edit: this.edit,
            onValue: (k, v) => this.setValue(k, v),
            onSubmit: (e) => void this.submit(e),
            onCancel: () => this.cancel(),
            onFocusField: (f) => root.querySelector<HTMLElement>(`#e-${f}`)?.focus(),
          });
    return html`${this.conflict.view()}${form}`;
  }
}
