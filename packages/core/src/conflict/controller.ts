import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EntityType } from '../schema/index.js';
import { FocusController } from '../focus.js';
import { LocalizeController } from '../localize.js';
import { coreMessages, type CoreKey } from '../messages/index.js';
import { diffRecords, rebaseChange, type DiffOptions, type FieldDifference } from './model.js';
import { CONFLICT_HEADING_ID, conflictView, type ConflictQuestion, type ConflictRow, type ConflictStep } from './view.js';

/** Two versions of one record: what this person tried to save and what someone else saved first. */
export interface ConflictInput<T> {
  entity?: EntityType;
  /** The version both started from (the change's `before`). */
  base: T | null | undefined;
  /** What this person tried to save. */
  mine: T;
  /** The record as it is now stored; undefined when someone deleted it. */
  theirs: T | undefined;
  /** A short name for the record in the heading (a card's or an entry's title). */
  title?: string;
}

export interface ConflictOptions<T> extends DiffOptions {
  /** A field's label in the host's language. */
  label: (field: string) => string;
  /**
   * A field's value as text (enum labels, names for ids). `plain` is the default: strings as they are, lists joined
   * with "; ", true and false as "Yes" and "No" in the page's language.
   */
  text?: (field: string, value: unknown, record: T, plain: (value: unknown) => string) => string;
  /**
   * Saves `record` (mine laid on theirs, or mine again when they deleted it) with `theirs` as its `before`.
   * Resolve true when it was saved: the panel closes. A new conflict opened meanwhile stays open.
   */
  keepMine: (record: T, theirs: T | undefined) => Promise<boolean> | boolean;
  /** Drops this person's change (`mine`): the host shows theirs (and closes any form). The panel has closed. */
  keepTheirs: (theirs: T | undefined, mine: T) => void;
  /**
   * Opens the host's own form starting from `start` (theirs, with the fields only I changed taken from mine) and
   * `theirs` as its `before`; the comparison stays on screen until `close()`. Without it, no "Merge by hand".
   */
  mergeByHand?: (start: T, theirs: T, mine: T) => void;
  /** Share the host's core LocalizeController. */
  localize?: LocalizeController<CoreKey>;
  /** Share the host's FocusController. */
  focus?: FocusController;
}

interface State<T> {
  input: ConflictInput<T>;
  diff: FieldDifference[];
  step: ConflictStep;
  choices: Record<string, 'mine' | 'theirs'>;
  showErrors: boolean;
  busy: boolean;
}

/**
 * The one conflict interface of every component: open it with two versions of a record and render `view()` where
 * the panel belongs. It shows mine, theirs and who changed which field; "Keep mine" lays my changes on theirs at field
 * level and asks only about fields both changed; "Keep theirs" drops mine; "Merge by hand" hands the host a starting
 * point. Focus moves to the panel's heading when it opens.
 */
export class ConflictController<T extends object> implements ReactiveController {
  private state: State<T> | null = null;
  private readonly t: LocalizeController<CoreKey>;
  private readonly focus: FocusController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ConflictOptions<T>,
  ) {
    this.t = options.localize ?? new LocalizeController(host, coreMessages);
    this.focus = options.focus ?? new FocusController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** The conflict shown, if any. */
  get current(): ConflictInput<T> | undefined {
    return this.state?.input;
  }

  /** 'compare', 'ask' or 'merging' while a conflict is shown. */
  get step(): ConflictStep | undefined {
    return this.state?.step;
  }

  /** The fields that differ between mine and theirs. */
  get differences(): FieldDifference[] {
    return this.state?.diff ?? [];
  }

  /** Shows a conflict (replacing any other) and moves focus to its heading. */
  open(input: ConflictInput<T>): void {
    this.state = { input, diff: this.diffOf(input), step: 'compare', choices: {}, showErrors: false, busy: false };
    this.focus.after(`#${CONFLICT_HEADING_ID}`);
    this.host.requestUpdate();
  }

  /** Brings the conflict up to date (a newer draft of mine, or theirs changed again); answers given are kept. */
  update(patch: Partial<Pick<ConflictInput<T>, 'mine' | 'theirs'>>): void {
    const s = this.state;
    if (!s) return;
    const input = { ...s.input, ...patch };
    this.state = { ...s, input, diff: this.diffOf(input) };
    this.host.requestUpdate();
  }

  close(): void {
    this.state = null;
    this.host.requestUpdate();
  }

  private diffOf(input: ConflictInput<T>): FieldDifference[] {
    const { fields, ignore } = this.options;
    return diffRecords(input.mine, input.theirs, input.base, { ...(fields ? { fields } : {}), ...(ignore ? { ignore } : {}) });
  }

  private rebase(s: State<T>, theirs: T) {
    const { fields, ignore } = this.options;
    return rebaseChange(s.input.base, s.input.mine, theirs, {
      ...(fields ? { fields } : {}),
      ...(ignore ? { ignore } : {}),
      choose: s.choices,
    });
  }

  private set(patch: Partial<State<T>>): void {
    if (this.state) this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  private async save(record: T, theirs: T | undefined): Promise<void> {
    const s = this.state;
    this.set({ busy: true });
    let saved = false;
    try {
      saved = await this.options.keepMine(record, theirs);
    } finally {
      // Close only the conflict this answered (saving may have met another, now shown instead).
      if (this.state?.input === s?.input) {
        if (saved) this.close();
        else this.set({ busy: false });
      }
    }
  }

  private readonly keepMine = (): void => {
    const s = this.state;
    if (!s || s.busy) return;
    const theirs = s.input.theirs;
    if (!theirs) return void this.save(s.input.mine, undefined);
    const r = this.rebase(s, theirs);
    if (r.clashes.length) {
      this.set({ step: 'ask', showErrors: false });
      this.focus.after('#cw-conflict-ask-heading');
      return;
    }
    void this.save(r.record, theirs);
  };

  private readonly saveChoices = (): void => {
    const s = this.state;
    if (!s?.input.theirs || s.busy) return;
    const r = this.rebase(s, s.input.theirs);
    if (r.clashes.length) {
      this.set({ showErrors: true });
      this.focus.after('.cw-conflict-question.error input');
      return;
    }
    void this.save(r.record, s.input.theirs);
  };

  private readonly keepTheirs = (): void => {
    const s = this.state;
    if (!s || s.busy) return;
    this.close();
    this.options.keepTheirs(s.input.theirs, s.input.mine);
  };

  private readonly merge = (): void => {
    const s = this.state;
    if (!s?.input.theirs || !this.options.mergeByHand) return;
    const start = this.rebase({ ...s, choices: {} }, s.input.theirs).record;
    this.set({ step: 'merging' });
    this.options.mergeByHand(start, s.input.theirs, s.input.mine);
  };

  /** A value as text: the host's `text`, or strings as they are and lists joined with "; ". */
  private text(field: string, value: unknown, record: T | undefined): string {
    if (!record) return this.t.t('conflict.deleted');
    const plain = (v: unknown) => (typeof v === 'boolean' ? this.t.t(v ? 'conflict.yes' : 'conflict.no') : plainText(v));
    const raw = this.options.text ? this.options.text(field, value, record, plain) : plain(value);
    return raw.trim() ? raw : this.t.t('conflict.empty');
  }

  /** The panel, or nothing when no conflict is shown. */
  view(): TemplateResult | typeof nothing {
    const s = this.state;
    if (!s) return nothing;
    const { input } = s;
    const t = (key: CoreKey, params?: Record<string, string | number>) => this.t.t(key, params);
    const rows: ConflictRow[] = s.diff.map((d) => ({
      field: d.field,
      label: this.options.label(d.field),
      mine: this.text(d.field, d.mine, input.mine),
      theirs: this.text(d.field, d.theirs, input.theirs),
      changedBy: d.changedBy,
    }));
    const clashes = input.theirs ? new Set(this.rebase({ ...s, choices: {} }, input.theirs).clashes) : new Set<string>();
    const questions: ConflictQuestion[] = rows
      .filter((r) => clashes.has(r.field))
      .map((r) => ({ ...r, choice: s.choices[r.field], error: s.showErrors && !s.choices[r.field] }));
    const entity = input.entity ? t(`entity.${input.entity}` as CoreKey).toLocaleLowerCase(this.t.locale) : '';
    return conflictView({
      t,
      heading: input.title ? t('conflict.heading', { title: input.title }) : t('conflict.headingUntitled', { entity }),
      deleted: !input.theirs,
      rows,
      step: s.step,
      questions,
      canMerge: !!this.options.mergeByHand,
      busy: s.busy,
      on: {
        keepMine: this.keepMine,
        keepTheirs: this.keepTheirs,
        merge: this.merge,
        choose: (field, choice) => this.set({ choices: { ...this.state?.choices, [field]: choice } }),
        saveChoices: this.saveChoices,
        back: () => {
          this.set({ step: 'compare', showErrors: false });
          this.focus.after(`#${CONFLICT_HEADING_ID}`);
        },
        close: () => this.close(),
      },
    });
  }
}

/** Strings as they are; lists item by item (an item's text, title or name when it has one), joined with "; ". */
export function plainText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['text', 'title', 'name', 'statement']) if (typeof o[k] === 'string') return o[k];
    return JSON.stringify(value);
  }
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}
