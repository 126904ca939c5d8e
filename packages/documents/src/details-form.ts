import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { makeChange, memo, type CaseBundle, type Change, type ChangeResult, type Document, type FocusController } from '@opencasework/core';
import type { DocumentsKey, Localizer } from './messages/index.js';
import {
  authorOptions,
  changesAnything,
  detailsOf,
  documentWith,
  entryOptions,
  peopleOptions,
  type DetailError,
  type DetailValues,
} from './details.js';
import { detailsView, FIELD_TARGET } from './views/details.js';

/** What the details form needs of its element. */
export interface DetailsDeps {
  l: Localizer;
  focus: FocusController;
  root: () => ParentNode;
  bundle: () => CaseBundle;
  document: (id: string) => Document | undefined;
  commit: (change: Change) => Promise<ChangeResult>;
  actor: () => string;
  today: () => string;
  /** Said in the preview when the form closes ("saved"); '' says nothing. */
  onEnd: (note: DocumentsKey | '') => void;
}

/**
 * A document's details form and its state: its own chunk (this file and what it imports), loaded when an editable
 * shelf is shown, so a read-only shelf never loads it (details-slot.ts).
 */
export class DetailsForm {
  private state: { id: string; values: DetailValues; errors: DetailError[]; choices: string[]; busy: boolean; problem: string } | null =
    null;
  private readonly authors = memo(authorOptions);
  private readonly people = memo(peopleOptions);
  private readonly entries = memo(entryOptions);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly d: DetailsDeps,
  ) {}

  /** The document whose form is open, or ''. */
  get openFor(): string {
    return this.state?.id ?? '';
  }

  /** Opens the form on a document, its heading focused. */
  open(id: string): void {
    const doc = this.d.document(id);
    if (!doc) return;
    this.state = { id, values: detailsOf(doc), errors: [], choices: [...(doc.entryIds ?? [])], busy: false, problem: '' };
    this.d.focus.after('#details-heading');
    this.host.requestUpdate();
  }

  /** Closes it without saving. */
  close(): void {
    this.state = null;
    this.host.requestUpdate();
  }

  private end(note: DocumentsKey | ''): void {
    this.close();
    this.d.onEnd(note);
  }

  private set<K extends keyof DetailValues>(f: K, v: DetailValues[K]): void {
    const s = this.state;
    if (!s) return;
    // A linked entry stays a box to untick until the form closes, even when unticked.
    const added = f === 'entryIds' ? (v as string[]).filter((id) => !s.choices.includes(id)) : [];
    this.state = { ...s, values: { ...s.values, [f]: v }, choices: [...s.choices, ...added] };
    this.host.requestUpdate();
  }

  private async save(): Promise<void> {
    const s = this.state;
    const before = s && this.d.document(s.id);
    if (!s || !before || s.busy) return;
    const r = documentWith(before, s.values, this.d.today());
    if (!r.doc) {
      this.state = { ...s, errors: r.errors, problem: '' };
      this.d.focus.after('.form-errors');
      return this.host.requestUpdate();
    }
    if (!changesAnything(before, r.doc)) return this.end('details.unchanged');
    this.state = { ...s, errors: [], busy: true, problem: '' };
    this.host.requestUpdate();
    const res = await this.d.commit(makeChange<Document>('Document', 'update', this.d.actor(), before, r.doc));
    if (this.state?.id !== s.id) return; // closed meanwhile
    if (res.ok) return this.end('details.saved');
    this.state = { ...this.state, busy: false, problem: res.message ?? '' };
    this.host.requestUpdate();
  }

  view(): TemplateResult | null {
    const s = this.state;
    if (!s) return null;
    const bundle = this.d.bundle();
    return detailsView({
      l: this.d.l,
      values: s.values,
      errors: s.errors,
      problem: s.problem,
      busy: s.busy,
      people: this.people(bundle),
      authors: this.authors(bundle, s.values.authorId),
      entries: this.entries(bundle),
      choices: s.choices,
      on: {
        value: (f, v) => this.set(f, v),
        submit: () => void this.save(),
        cancel: () => this.end(''),
        focusField: (f) => this.d.root().querySelector<HTMLElement>(FIELD_TARGET[f])?.focus(),
      },
    });
  }
}
