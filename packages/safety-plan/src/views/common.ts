import { html, nothing, type TemplateResult } from 'lit';
import type { ListKey } from '../plan-edit.js';
import type { PlanViewContext } from './context.js';

/** The name of a list (a map section, the rules or a house). */
export const sectionName = (ctx: Pick<PlanViewContext, 't'>, key: ListKey): string => ctx.t(`section.${key}`);

/** A person's or professional's name as a button that selects them; free text stays text. */
export function whoButton(ctx: Pick<PlanViewContext, 'names' | 'on'>, id: string | undefined): TemplateResult | string {
  if (!id) return '';
  if (!ctx.names.isKnown(id)) return id;
  return html`<button type="button" class="link who cw-print-text" data-who=${id} @click=${() => ctx.on.selectWho(id)}>${ctx.names.name(id)}</button>`;
}

/** Alt+ArrowUp / Alt+ArrowDown on an item (not while typing in it) moves it. */
export function reorderKeys(ctx: Pick<PlanViewContext, 'editable' | 'on'>, kind: 'statement' | 'step', id: string) {
  return (e: KeyboardEvent) => {
    if (!ctx.editable || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if ((e.target as HTMLElement).matches?.('textarea, input, select')) return;
    e.preventDefault();
    ctx.on.reorder(kind, id, e.key === 'ArrowUp' ? -1 : 1);
  };
}

/**
 * An item's "Edit" / "Close editing" button, its accessible name ending with the item's text. `byList`: a click is
 * handled by the list's one listener (the statements', by `data-action` and the item's `data-id`), not by the button;
 * the list's Alt+Arrow keys move the statement from its Edit button, which says so (aria-keyshortcuts).
 */
export function editButton(ctx: Pick<PlanViewContext, 't' | 'editing' | 'on'>, id: string, label: string, byList = false): TemplateResult {
  const open = ctx.editing === id;
  return html`<button type="button" class="secondary" data-action="edit" aria-expanded=${open ? 'true' : 'false'} aria-keyshortcuts=${byList ? 'Alt+ArrowUp Alt+ArrowDown' : nothing} @click=${byList ? nothing : () => ctx.on.toggleEditing(id)}>
    ${ctx.t(open ? 'statement.close' : 'statement.edit')}<span class="cw-visually-hidden">: ${label}</span></button>`;
}

/** "Move up" and "Move down" buttons (Alt+Arrow does the same). `byList` as for editButton. */
export function moveButtons(
  ctx: Pick<PlanViewContext, 't' | 'on'>,
  kind: 'statement' | 'step',
  id: string,
  index: number,
  count: number,
  label: string,
  byList = false,
): TemplateResult {
  return html`<button type="button" class="secondary" data-action="up" ?disabled=${index === 0} aria-keyshortcuts="Alt+ArrowUp" @click=${byList ? nothing : () => ctx.on.reorder(kind, id, -1)}>
      ${ctx.t('move.up')}<span class="cw-visually-hidden">: ${label}</span></button>
    <button type="button" class="secondary" data-action="down" ?disabled=${index === count - 1} aria-keyshortcuts="Alt+ArrowDown" @click=${byList ? nothing : () => ctx.on.reorder(kind, id, 1)}>
      ${ctx.t('move.down')}<span class="cw-visually-hidden">: ${label}</span></button>`;
}

/** The "Done" button closing a form. */
export const doneButton = (ctx: Pick<PlanViewContext, 't' | 'on'>, id: string): TemplateResult =>
  html`<button type="button" data-action="done" @click=${() => ctx.on.finishEditing(id)}>${ctx.t('statement.done')}</button>`;

/** The value of the input, select or text area an event came from. */
export const valueOf = (e: Event): string => (e.target as HTMLInputElement).value;
/** Whether the checkbox an event came from is checked. */
export const checkedOf = (e: Event): boolean => (e.target as HTMLInputElement).checked;

/**
 * A list this long has its items off screen left unlaid out until they come near the screen (the "long" class;
 * content-visibility in the styles): a 420-statement plan's first render was mostly layout. Shorter lists are laid
 * out whole, which costs little and keeps every control measurable by audit tools that read geometry off screen.
 */
export const LONG_LIST = 24;
export const longClass = (n: number): string => (n > LONG_LIST ? 'long' : '');
