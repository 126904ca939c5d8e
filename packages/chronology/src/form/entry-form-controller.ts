import { nothing, type ReactiveControllerHost } from 'lit';
import { makeChange, newId, type Change, type ChangeResult, type ChronologyEntry, type FocusController } from '@opencasework/core';
import { entryFromValues, valuesFromEntry, type EntryFormValues, type FormField } from './entry-form.js';
import { entryFormView, type EditState, type EntryFormContext } from './entry-form-view.js';

export interface EntryFormOptions {
  focus: FocusController;
  /** Applies the change (the element's commit: through `<cw-case>`, or a cancelable `cw-change` and a working copy). */
  commit: (change: Change) => Promise<ChangeResult>;
  actor: () => string;
  /** The form closed after saving, or the change was refused (the form stays open). */
  onResult: (result: ChangeResult, entry: ChronologyEntry) => void;
}

/** The add/edit form's state and its steps: open, change a value, submit (validate, then commit as a typed change), cancel. */
export class EntryFormController {
  /** The form's state while it is open. */
  edit: EditState | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: EntryFormOptions,
  ) {}

  /** Opens the form for a new entry (about `subjects` when the case has one child) or to edit `entry`, and focuses its heading. */
  open(entry?: ChronologyEntry, subjects: string[] = []): void {
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

  cancel(): void {
    this.edit = null;
    this.host.requestUpdate();
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
    const change = makeChange<ChronologyEntry>(
      'ChronologyEntry',
      edit.mode === 'add' ? 'create' : 'update',
      this.options.actor(),
      edit.before ?? null,
      entry,
    );
    const result = await this.options.commit(change);
    if (result.ok) this.edit = null;
    this.options.onResult(result, entry);
    this.host.requestUpdate();
  }

  /** The form while it is open (nothing otherwise), wired to these steps. */
  view(c: Pick<EntryFormContext, 'l' | 'agencies' | 'people'>, root: ParentNode) {
    if (!this.edit) return nothing;
    return entryFormView({
      ...c,
      edit: this.edit,
      onValue: (k, v) => this.setValue(k, v),
      onSubmit: (e) => void this.submit(e),
      onCancel: () => this.cancel(),
      onFocusField: (f) => root.querySelector<HTMLElement>(`#e-${f}`)?.focus(),
    });
  }
}
