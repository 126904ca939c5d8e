import type { ReactiveControllerHost } from 'lit';
import {
  newId,
  type Action,
  type Params,
  type SafetyPlan,
  type ScaleRating,
  type Selection,
  type Statement,
  type UndoOffer,
} from '@opencasework/core';
import {
  addNetworkMember,
  addRating,
  addStatement,
  addStep,
  findStatement,
  linkedFrom,
  listOf,
  moveStatement,
  removeStatement,
  removeStep,
  restoreStatement,
  reorderStatement,
  reorderStep,
  type ListKey,
} from './plan-edit.js';
import { snippet } from './plan-model.js';
import type { NameBook } from './names.js';
import type { SafetyPlanKey } from './messages/index.js';
import type { PlanActions } from './views/context.js';
import type { NetworkForm } from './views/plan-section.js';
import type { RatingForm } from './views/scaling.js';

export interface PlanInteractionOptions {
  /** The plan as shown (the draft, or the stored plan). */
  plan: () => SafetyPlan | undefined;
  names: () => NameBook;
  t: (key: SafetyPlanKey, params?: Params) => string;
  /** Applies a pure edit (autosaved), announcing `announce` when given. */
  edit: (fn: (p: SafetyPlan) => SafetyPlan, announce?: string) => void;
  announce: (text: string) => void;
  /** A form could not be used as filled in: tell the user. */
  alert: (text: string) => void;
  /** After the next update, focus the first of `selectors` inside the item with this id that exists, else the item. */
  focusItem: (id: string, ...selectors: string[]) => void;
  select: (selection: Selection) => void;
  flush: () => Promise<boolean>;
  /** Shows "Deleted … Undo" for a deletion (core's UndoController) and holds the autosave meanwhile. */
  offerUndo: (offer: UndoOffer) => void;
  /** After the next update, focus the first of these selectors that exists in the host. */
  focus: (...selectors: string[]) => void;
}

const EMPTY_RATING: RatingForm['value'] = { by: '', score: '', at: '', note: '' };

/**
 * What the user is doing on the page, apart from the plan itself: which form is open, which "Move to…" menu, what is
 * typed in the add-a-member and add-a-rating forms, what is being dragged; and the actions the views call, each
 * turned into a pure edit, an announcement and where focus goes next. Each change of what it holds re-renders the host.
 */
export class PlanInteraction {
  /** The statement or step whose form is open. */
  editing: string | null = null;
  /** The statement whose "Move to…" menu is open (menus are rendered only when open). */
  openMenu: string | null = null;
  /** Statements whose "Who said it" is being typed as a name. */
  otherName: Record<string, boolean> = {};
  private member = '';
  private role = '';
  private rating = EMPTY_RATING;
  private dragId: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: PlanInteractionOptions,
  ) {}

  private set(patch: Partial<Pick<PlanInteraction, 'editing' | 'openMenu' | 'otherName'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  private sectionName(key: ListKey): string {
    return this.o.t(`section.${key}`);
  }

  private reorder(kind: 'statement' | 'step', id: string, delta: -1 | 1): void {
    const plan = this.o.plan();
    if (!plan) return;
    const hit = kind === 'statement' ? findStatement(plan, id) : undefined;
    const list: readonly { id: string }[] = hit ? listOf(plan, hit.key) : kind === 'step' ? (plan.nextSteps ?? []) : [];
    const i = list.findIndex((x) => x.id === id);
    const to = i + delta;
    if (i < 0) return;
    if (to < 0 || to >= list.length) {
      this.o.announce(this.o.t(delta < 0 ? 'announce.top' : 'announce.bottom'));
      return;
    }
    const section = hit ? this.sectionName(hit.key) : this.o.t('steps.heading');
    this.o.edit(
      (p) => (hit ? reorderStatement(p, id, delta) : reorderStep(p, id, delta)),
      this.o.t('announce.moved', { position: to + 1, count: list.length, section }),
    );
    // The Move button pressed, or the Edit button Alt+Arrow was pressed on (a closed statement has no Move buttons).
    this.o.focusItem(id, `[data-action="${delta < 0 ? 'up' : 'down'}"]`, '[data-action="edit"]');
  }

  /**
   * After a deletion the item is gone at once, but not saved: "Deleted … Undo" is shown where it was, with focus on
   * Undo (the next sensible control, never <body>); Undo puts it back at its place, open again if it was open (a
   * statement's Delete is in its open form), and focuses its Delete button.
   */
  private deleted(
    id: string,
    text: string,
    where: ListKey | 'nextSteps',
    remove: (p: SafetyPlan) => SafetyPlan,
    restore: (p: SafetyPlan) => SafetyPlan,
  ): void {
    const wasEditing = this.editing === id;
    if (wasEditing) this.set({ editing: null });
    // Offered before the edit, so the edit's autosave is already held back.
    this.o.offerUndo({
      what: snippet(text) || this.o.t('statement.empty'),
      where,
      undo: () => {
        this.o.edit(restore);
        if (wasEditing) this.set({ editing: id });
        this.o.focusItem(id, '[data-action="delete"]', '[data-action="edit"]');
      },
    });
    this.o.edit(remove);
    this.o.focus('[data-undo]');
  }

  private startEditing(id: string): void {
    this.set({ editing: id });
    this.o.focusItem(id, 'textarea');
  }

  readonly actions: PlanActions = {
    edit: (fn, announce) => this.o.edit(fn, announce),
    selectWho: (id) => {
      const names = this.o.names();
      if (names.isPerson(id)) this.o.select({ kind: 'person', id });
      else if (names.isProfessional(id)) this.o.select({ kind: 'professional', id });
    },
    clearSelection: (who) => {
      this.o.select(null);
      // The notice and its button go: focus the person's name (where they were chosen), else the toolbar's last button.
      this.o.focus(...(who ? [`[data-who="${CSS.escape(who)}"]`] : []), '.header .toolbar button:last-of-type');
    },
    toggleEditing: (id) => (this.editing === id ? this.set({ editing: null }) : this.startEditing(id)),
    finishEditing: (id) => {
      this.set({ editing: null });
      this.o.focusItem(id, '[data-action="edit"]');
      void this.o.flush();
    },
    addStatement: (key) => {
      const s: Statement = { id: newId(), text: '' };
      this.o.edit((p) => addStatement(p, key, s), this.o.t('announce.added', { section: this.sectionName(key) }));
      this.startEditing(s.id);
    },
    addStep: () => {
      const a: Action = { id: newId(), text: '', status: 'to-do' };
      this.o.edit((p) => addStep(p, a), this.o.t('announce.added', { section: this.o.t('steps.heading') }));
      this.startEditing(a.id);
    },
    reorder: (kind, id, delta) => this.reorder(kind, id, delta),
    moveTo: (id, key) => {
      this.o.edit((p) => moveStatement(p, id, key), this.o.t('announce.movedTo', { section: this.sectionName(key) }));
      this.o.focusItem(id, '[data-action="edit"]');
    },
    removeStatement: (id, text) => {
      const plan = this.o.plan();
      const hit = plan && findStatement(plan, id);
      if (!plan || !hit) return;
      const from = linkedFrom(plan, id);
      this.deleted(
        id,
        text,
        hit.key,
        (p) => removeStatement(p, id),
        (p) => restoreStatement(p, hit.key, hit.index, hit.statement, from),
      );
    },
    removeStep: (id, text) => {
      const steps = this.o.plan()?.nextSteps ?? [];
      const index = steps.findIndex((a) => a.id === id);
      const step = steps[index];
      if (!step) return;
      this.deleted(
        id,
        text,
        'nextSteps',
        (p) => removeStep(p, id),
        (p) => (p.nextSteps?.some((a) => a.id === id) ? p : addStep(p, step, Math.min(index, p.nextSteps?.length ?? 0))),
      );
    },
    setMenu: (id, open) => {
      if (open) this.set({ openMenu: id });
      else if (this.openMenu === id) this.set({ openMenu: null });
    },
    setOtherName: (id, on) => this.set({ otherName: { ...this.otherName, [id]: on } }),
    dragStart: (id) => (this.dragId = id),
    drop: (key) => {
      const id = this.dragId;
      this.dragId = null;
      if (id) this.actions.moveTo(id, key);
    },
  };

  /** The "Add someone to the safety network" form. */
  networkForm(): NetworkForm {
    return {
      member: this.member,
      role: this.role,
      setMember: (id) => {
        this.member = id;
        this.host.requestUpdate();
      },
      setRole: (role) => {
        this.role = role;
        this.host.requestUpdate();
      },
      add: () => {
        if (!this.member) return this.o.alert(this.o.t('network.choose'));
        const m = this.member,
          role = this.role.trim();
        this.o.edit(
          (p) => addNetworkMember(p, role ? { memberId: m, role } : { memberId: m }),
          this.o.t('network.added', { name: this.o.names().name(m) }),
        );
        this.member = '';
        this.role = '';
        this.host.requestUpdate();
      },
    };
  }

  /** The "Add a rating" form. */
  ratingForm(): RatingForm {
    return {
      value: this.rating,
      set: (patch) => {
        this.rating = { ...this.rating, ...patch };
        this.host.requestUpdate();
      },
      add: () => {
        const r = this.rating;
        if (!r.by || r.score === '' || !/^\d{4}-\d{2}-\d{2}$/.test(r.at)) return this.o.alert(this.o.t('scale.incomplete'));
        const rating: ScaleRating = {
          id: newId(),
          by: r.by,
          score: Number(r.score),
          at: r.at,
          ...(r.note.trim() ? { note: r.note.trim() } : {}),
        };
        this.o.edit((p) => addRating(p, rating), this.o.t('scale.added', { name: this.o.names().name(r.by), score: r.score }));
        this.rating = { ...EMPTY_RATING, at: r.at };
        this.host.requestUpdate();
      },
    };
  }
}
