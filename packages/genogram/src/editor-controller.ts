import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  makeChange,
  type Announcer,
  type CaseBundle,
  type Change,
  type ChangeResult,
  type Person,
  type Relationship,
} from '@opencasework/core';
import { formValues, readEmotionalForm, readPersonForm, structureProblem } from './editing.js';
import type { Words } from './views/context.js';
import { personFormView, type FormErrors } from './views/person-form.js';
import type { FamilyGraph } from './layout/family-graph.js';

export interface EditorOptions {
  words: Words;
  announcer: Announcer;
  bundle: () => CaseBundle;
  /** The selected person, whom a new person is related to. */
  selectedId: () => string;
  actor: () => string;
  commit: (change: Change) => Promise<ChangeResult>;
}

/**
 * The editing forms' state and handlers: reads a submitted form, refuses an impossible family with the reason,
 * commits the records as changes, and says what happened (shown under the toolbar and announced).
 */
export class EditorController implements ReactiveController {
  /** Errors by field, shown by the forms. */
  errors: FormErrors = {};
  /** The last result, shown under the toolbar. */
  message: { kind: 'ok' | 'error'; text: string } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: EditorOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly onAddPerson = (e: SubmitEvent): void => void this.addPerson(e);
  readonly onAddEmotional = (e: SubmitEvent): void => void this.addEmotional(e);

  /** The forms for adding a person (related to the selected one) and an emotional relationship. */
  formView(graph: FamilyGraph): TemplateResult {
    return personFormView({
      words: this.options.words,
      selected: graph.byId.get(this.options.selectedId()),
      people: [...graph.people].sort((a, b) => a.name.localeCompare(b.name)),
      errors: this.errors,
      onAddPerson: this.onAddPerson,
      onAddEmotional: this.onAddEmotional,
    });
  }

  /** Shows a result (or an error) and announces it: politely, or at once for an error. */
  say(kind: 'ok' | 'error', text: string): void {
    this.message = { kind, text };
    if (kind === 'error') this.options.announcer.assertive(text);
    else this.options.announcer.polite(text);
    this.host.requestUpdate();
  }

  messageView(): TemplateResult | typeof nothing {
    return this.message ? html`<p class="message ${this.message.kind}">${this.message.text}</p>` : nothing;
  }

  private setErrors(errors: FormErrors): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  private async addPerson(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const w = this.options.words;
    const draft = readPersonForm(formValues(form), this.options.selectedId());
    const errors: FormErrors = {};
    if (draft.errors.name) errors.name = w.t('editor.error.name');
    if (draft.errors.dob) errors.dob = w.t('editor.error.date');
    const problem = !Object.keys(errors).length && draft.rel ? structureProblem(this.options.bundle(), draft.person, draft.rel) : null;
    if (problem?.code === 'born-before') errors.structure = w.t('editor.error.bornBefore');
    else if (problem) errors.structure = w.t('editor.error.structure', { reason: w.t(`layoutIssue.${problem.code}`) });
    this.setErrors(errors);
    if (Object.keys(errors).length) return this.say('error', Object.values(errors).join('. '));
    if (!(await this.save(draft.person, 'Person'))) return;
    if (draft.rel && !(await this.save(draft.rel, 'Relationship'))) return;
    form.reset();
    this.say('ok', w.t('editor.added', { name: [draft.person.givenName, draft.person.familyName].filter(Boolean).join(' ') }));
  }

  private async addEmotional(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const w = this.options.words;
    const rel = readEmotionalForm(formValues(e.target as HTMLFormElement));
    this.setErrors(rel ? {} : { emotional: w.t('editor.error.same') });
    if (!rel) return this.say('error', w.t('editor.error.same'));
    if (await this.save(rel, 'Relationship')) this.say('ok', w.t('editor.addedRel'));
  }

  /** Commits one new record; says why when it was not saved. */
  private async save(record: Person | Relationship, entity: 'Person' | 'Relationship'): Promise<boolean> {
    const r = await this.options.commit(makeChange(entity, 'create', this.options.actor(), null, record as unknown as { id: string }));
    if (!r.ok) this.say('error', this.options.words.t('editor.failed', { message: r.message }));
    return r.ok;
  }
}
