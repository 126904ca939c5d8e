import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ConflictController,
  makeChange,
  newId,
  type CaseBundle,
  type Change,
  type ChangeResult,
  type ConflictOptions,
  type SafetyPlan,
  type SaveState,
} from '@opencasework/core';
import { agreeVersion, touch } from './plan-edit.js';
import { PLAN_FIELDS } from './plan-conflict.js';

export interface SaveAlert {
  message: string;
  conflict?: boolean;
}

export interface PlanEditorOptions {
  /** The plan as stored in the case (what a draft started from, and what a conflict is resolved against). */
  stored: () => SafetyPlan | undefined;
  editable: () => boolean;
  /** Milliseconds without edits before the draft is saved. */
  delay: () => number;
  actor: () => string;
  commit: (change: Change) => Promise<ChangeResult>;
  /** The user-facing text for a failed save or a discarded draft. */
  message: (
    key: 'save.conflict' | 'save.vetoed' | 'save.invalid' | 'save.storage' | 'save.discarded' | 'versions.agreedNow',
    params?: Record<string, string | number>,
  ) => string;
  announce: (text: string) => void;
  /** Called each time the save state changes (the element fires `cw-save-state`). */
  onSaveState: (state: SaveState) => void;
  /** A plan field's label and value as text, for the conflict panel. */
  field: Pick<ConflictOptions<SafetyPlan>, 'label' | 'text'>;
  /** True while a deletion waits behind its undo notice: autosave (and saving on blur) waits until `release()`. */
  held?: () => boolean;
}

/**
 * The draft of a plan being edited and its autosave: each pure edit goes to the draft, which is committed as one
 * `SafetyPlan` update (with the record it started from as `before`) after a pause, on blur, when the page is hidden
 * and before unload. A stale `before` is a conflict: the draft is kept, autosave stops, and core's conflict panel
 * shows theirs beside mine: "Keep mine" saves my changes on theirs (asking only about a field both changed, so a
 * colleague's new strength is never overwritten unseen), "Keep theirs" drops the draft, "Merge by hand" makes the
 * draft theirs with my other changes. Also agrees versions.
 */
export class PlanEditor implements ReactiveController {
  /** The plan being edited, or null when nothing is unsaved. */
  draft: SafetyPlan | null = null;
  /** The stored record the draft started from (or was last saved as). */
  baseline: SafetyPlan | null = null;
  saveState: SaveState = 'saved';
  alert: SaveAlert | null = null;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<ChangeResult> | undefined;
  /** Two versions of the plan, shown when a save met a newer one. */
  readonly conflict: ConflictController<SafetyPlan>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlanEditorOptions,
  ) {
    host.addController(this);
    this.conflict = new ConflictController<SafetyPlan>(host, {
      ...options.field,
      fields: PLAN_FIELDS,
      ignore: ['updatedAt'],
      keepMine: (record, theirs) => this.keepMine(record, theirs),
      keepTheirs: () => this.discardMine(),
      mergeByHand: (start, theirs) => {
        this.set({ baseline: theirs, draft: start, alert: null });
        this.setSaveState('unsaved');
        this.schedule();
      },
    });
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    void this.flush();
    e.preventDefault();
    e.returnValue = '';
  };
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    const host = this.host;
    if (to && (to === host || host.contains(to) || host.shadowRoot?.contains(to))) return;
    if (this.options.held?.()) return; // the undo notice is still offering to take the deletion back
    // After the current update: focus can leave while an update moves the focused item.
    queueMicrotask(() => void this.flush());
  };

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.host.removeEventListener('focusout', this.onFocusOut);
    void this.flush();
  }

  get dirty(): boolean {
    return this.draft !== null;
  }

  private set(state: Partial<Pick<PlanEditor, 'draft' | 'baseline' | 'alert'>>): void {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  private setSaveState(s: SaveState): void {
    if (this.saveState === s) return;
    this.saveState = s;
    this.host.requestUpdate();
    this.options.onSaveState(s);
  }

  showAlert(message: string): void {
    this.set({ alert: { message } });
  }

  closeAlert(): void {
    this.set({ alert: null });
  }

  /** The host's data was replaced: a draft of the old data no longer applies. */
  reset(): void {
    clearTimeout(this.timer);
    this.conflict.close();
    this.set({ draft: null, baseline: null, alert: null });
    this.setSaveState('saved');
  }

  /** Applies a pure edit to `current` (the plan as shown) and schedules an autosave. */
  edit(current: SafetyPlan | undefined, fn: (p: SafetyPlan) => SafetyPlan, announce?: string): void {
    if (!current || !this.options.editable()) return;
    const next = fn(current);
    if (next === current) return;
    const baseline = this.draft ? this.baseline : (this.options.stored() ?? current);
    const draft = touch(next, new Date().toISOString());
    this.set({ baseline, draft, alert: this.alert?.conflict ? this.alert : null });
    // Edits made while the conflict panel is open are part of mine.
    if (this.alert?.conflict) this.conflict.update({ mine: draft });
    this.setSaveState('unsaved');
    this.schedule();
    if (announce) this.options.announce(announce);
  }

  /** The undo notice has gone: save what it held back (after the usual pause). */
  release(): void {
    if (this.draft) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.options.held?.()) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, this.options.delay()));
  }

  /** Saves the draft now. Resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.saving) {
      await this.saving;
      return this.flush();
    }
    const { draft, baseline } = this;
    if (!draft || !baseline) return true;
    if (this.alert?.conflict) return false;
    this.setSaveState('saving');
    const p = this.options.commit(makeChange('SafetyPlan', 'update', this.options.actor(), baseline, draft));
    this.saving = p;
    let r: ChangeResult;
    try {
      r = await p;
    } finally {
      this.saving = undefined;
    }
    if (r.ok) {
      const saved = (r.doc as CaseBundle).safetyPlans?.find((x) => x.id === draft.id) ?? draft;
      if (this.draft === draft) {
        this.set({ draft: null, baseline: null });
        this.setSaveState('saved');
      } else {
        this.set({ baseline: saved });
        this.schedule();
      }
      return true;
    }
    this.setSaveState('error');
    const m = this.options.message;
    if (r.reason === 'conflict') {
      this.set({ alert: { message: m('save.conflict'), conflict: true } });
      const theirs = r.current as SafetyPlan | undefined;
      this.conflict.open({
        entity: 'SafetyPlan',
        base: baseline,
        mine: this.draft ?? draft,
        theirs,
        ...(draft.title ? { title: draft.title } : {}),
      });
    } else if (r.reason === 'vetoed') this.showAlert(m('save.vetoed'));
    else if (r.reason === 'invalid') this.showAlert(m('save.invalid', { reason: r.message }));
    else this.showAlert(m('save.storage', { reason: r.message }));
    return false;
  }

  /**
   * After a conflict, "Keep mine": `record` is my draft laid on `theirs` (the panel asked about any field both
   * changed); it is saved with theirs as `before`. When they deleted the plan, mine is created again.
   */
  private async keepMine(record: SafetyPlan, theirs: SafetyPlan | undefined): Promise<boolean> {
    if (!theirs) {
      const r = await this.options.commit(makeChange('SafetyPlan', 'create', this.options.actor(), null, record));
      if (r.ok) this.reset();
      else this.showAlert(this.options.message('save.invalid', { reason: r.message }));
      return r.ok;
    }
    this.set({ baseline: theirs, draft: record, alert: null });
    return this.flush();
  }

  /** After a conflict: drop the draft and show the stored record. */
  discardMine(): void {
    clearTimeout(this.timer);
    this.conflict.close();
    this.set({ draft: null, baseline: null, alert: null });
    this.setSaveState('saved');
    this.options.announce(this.options.message('save.discarded'));
  }

  /** Starts a new draft plan for these children (a `create` change). Resolves its id, or undefined when it was not saved. */
  async create(childIds: string[]): Promise<string | undefined> {
    const now = new Date().toISOString();
    const plan: SafetyPlan = { id: newId(), status: 'draft', childIds, createdAt: now, updatedAt: now, version: 0 };
    const r = await this.options.commit(makeChange('SafetyPlan', 'create', this.options.actor(), null, plan));
    if (r.ok) return plan.id;
    this.showAlert(this.options.message('save.invalid', { reason: r.message }));
    return undefined;
  }

  /** Saves the draft, then agrees the stored plan as its next version. */
  async agree(): Promise<boolean> {
    if (!this.options.editable()) return false;
    if (!(await this.flush())) return false;
    const current = this.options.stored();
    if (!current) return false;
    const actor = this.options.actor();
    const agreed = agreeVersion(current, new Date().toISOString(), actor);
    this.setSaveState('saving');
    const r = await this.options.commit(makeChange('SafetyPlan', 'update', actor, current, agreed));
    if (!r.ok) {
      this.setSaveState('error');
      this.showAlert(
        r.reason === 'vetoed' ? this.options.message('save.vetoed') : this.options.message('save.invalid', { reason: r.message }),
      );
      return false;
    }
    this.setSaveState('saved');
    this.options.announce(this.options.message('versions.agreedNow', { version: agreed.version }));
    return true;
  }
}
