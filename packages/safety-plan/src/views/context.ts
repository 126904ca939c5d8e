import type { TemplateResult, nothing } from 'lit';
import type { FormatOptions, Params, SafetyPlan } from '@opencasework/core';
import type { NameBook } from '../names.js';
import type { ListKey } from '../plan-edit.js';
import type { SafetyPlanKey } from '../messages/index.js';

/** What the views do when the user acts. The element implements these; a view never changes anything itself. */
export interface PlanActions {
  /** Applies a pure edit to the plan (autosaved), announcing `announce` when given. */
  edit(fn: (p: SafetyPlan) => SafetyPlan, announce?: string): void;
  /** Selects a person or professional by id (linked selection). */
  selectWho(id: string): void;
  /** Clears the selection; focus goes to `who`'s name, not to <body> with the notice. */
  clearSelection(who?: string): void;
  /** Opens or closes the editing form of a statement or step. */
  toggleEditing(id: string): void;
  /** "Done" in a form: closes it, focuses the item's Edit button and saves. */
  finishEditing(id: string): void;
  addStatement(key: ListKey): void;
  addStep(): void;
  /** Moves a statement or a step up (-1) or down (+1) in its list. */
  reorder(kind: 'statement' | 'step', id: string, delta: -1 | 1): void;
  moveTo(id: string, key: ListKey): void;
  removeStatement(id: string, text: string): void;
  /** Deletes a next step (held back from saving while "Deleted … Undo" is shown). */
  removeStep(id: string, text: string): void;
  setMenu(id: string, open: boolean): void;
  /** The statement form's "Someone else (type a name)" choice. */
  setOtherName(id: string, on: boolean): void;
  dragStart(id: string): void;
  drop(key: ListKey): void;
}

/** Everything a view may read. Each view takes the few fields it needs (a `Pick` of this), so it can be rendered alone. */
export interface PlanViewContext {
  t: (key: SafetyPlanKey, params?: Params) => string;
  /** A partial date in the page's language. */
  date: (date: string, opts?: FormatOptions) => string;
  locale: string;
  names: NameBook;
  editable: boolean;
  /** The selected person or professional, if any. */
  selected: string | undefined;
  /** "Today" (YYYY-MM-DD) for overdue steps. */
  today: string;
  /** The statement or step whose form is open. */
  editing: string | null;
  /** The statement whose "Move to…" menu is open. */
  openMenu: string | null;
  otherName: Readonly<Record<string, boolean>>;
  on: PlanActions;
  /** The "Deleted … Undo" notice when the last deletion was from this list (a list key or 'nextSteps'). */
  undoNotice?: (where: string) => TemplateResult | typeof nothing;
}
