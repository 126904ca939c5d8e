import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import type { SafetyPlan, Statement } from '@opencasework/core';
import { HOUSES, MAP_SECTIONS, dangersOf, goalsOf, isHouse, listOf, type ListKey } from '../plan-edit.js';
import { snippet, statementConcerns } from '../plan-model.js';
import type { PlanViewContext } from './context.js';
import { editButton, longClass, moveButtons, reorderKeys, sectionName } from './common.js';
import { statementForm } from './statement-form.js';

/** A list of statements (a map section, the rules or a house), with its heading and, when editable, "Add to…". */
export type StatementsContext = Pick<
  PlanViewContext,
  't' | 'locale' | 'names' | 'editable' | 'selected' | 'editing' | 'openMenu' | 'otherName' | 'on' | 'undoNotice'
>;

export function statementList(ctx: StatementsContext, plan: SafetyPlan, key: ListKey, headingLevel: 'h3' | 'h4' = 'h4'): TemplateResult {
  const items = listOf(plan, key);
  const hid = `h-${key}`;
  const name = sectionName(ctx, key);
  const heading = headingLevel === 'h4' ? html`<h4 id=${hid}>${name}</h4>` : html`<h3 id=${hid}>${name}</h3>`;
  return html`<div class="list list-${key}" @dragover=${(e: DragEvent) => ctx.editable && e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        ctx.on.drop(key);
      }}>
    ${heading}
    ${ctx.undoNotice?.(key) ?? nothing}
    ${
      items.length
        ? html`<ul class="statements ${longClass(items.length)}" aria-labelledby=${hid} @click=${(e: Event) => statementClick(ctx, key, items, e)}
            @dragstart=${(e: DragEvent) => withStatement(e, (id) => ctx.on.dragStart(id))}
            @keydown=${(e: KeyboardEvent) => withStatement(e, (id) => (e.key === 'Escape' ? closeMenu(ctx, id, e) : reorderKeys(ctx, 'statement', id)(e)))}>${repeat(
              items,
              (s) => s.id,
              (s, i) => statementItem(ctx, plan, key, s, i, items.length),
            )}</ul>`
        : html`<p class="none">${ctx.t('section.none')}</p>`
    }
    ${ctx.editable ? html`<button type="button" class="secondary add" data-add=${key} @click=${() => ctx.on.addStatement(key)}>${ctx.t('statement.add', { section: name })}</button>` : nothing}
  </div>`;
}

/** Calls `fn` with the id of the statement an event came from (the list's items share one listener per event). */
function withStatement(e: Event, fn: (id: string) => void): void {
  const id = (e.target as Element).closest?.<HTMLElement>('li.statement')?.dataset.id;
  if (id) fn(id);
}

/** Escape in an open "Move to…" menu closes it and puts focus back on its button. */
function closeMenu(ctx: StatementsContext, id: string, e: KeyboardEvent): void {
  if (ctx.openMenu !== id) return;
  e.preventDefault();
  const li = (e.target as Element).closest('li.statement');
  li?.querySelector<HTMLElement>(':scope > .controls > [data-action="move-to"]')?.focus();
  ctx.on.setMenu(id, false);
}

/** The statements' Edit, Move up, Move down, Move to… and Delete buttons, handled for the whole list. */
function statementClick(ctx: StatementsContext, key: ListKey, items: readonly Statement[], e: Event): void {
  const button = (e.target as Element).closest?.('button');
  const li = button?.closest<HTMLElement>('li.statement');
  // Only a statement's own controls: its open form has buttons of its own.
  const own = button && li && (button.parentElement === li || button.closest('.controls')?.parentElement === li);
  if (!own || !ctx.editable) return;
  const id = li.dataset.id!;
  const move = button.dataset.move as ListKey | undefined;
  if (move) {
    ctx.on.setMenu(id, false);
    ctx.on.moveTo(id, move);
    return;
  }
  const action = button.dataset.action;
  if (action === 'edit') ctx.on.toggleEditing(id);
  else if (action === 'move-to') ctx.on.setMenu(id, ctx.openMenu !== id);
  else if (action === 'up' || action === 'down') ctx.on.reorder('statement', id, action === 'up' ? -1 : 1);
  else if (action === 'delete') ctx.on.removeStatement(id, items.find((s) => s.id === id)?.text ?? '');
}

/**
 * One statement, drawn again only when what it shows changed: typing in one statement of a large plan does not run
 * the other statements' templates (a keystroke at 420 statements took 11 ms, over the 8 ms budget).
 */
function statementItem(ctx: StatementsContext, plan: SafetyPlan, key: ListKey, s: Statement, index: number, count: number) {
  const editing = ctx.editable && ctx.editing === s.id;
  // Links show other statements' words: their text is part of what this item shows.
  const links = key === 'dangerStatements' ? goalLinks(ctx, plan, s) : key === 'safetyGoals' ? dangerLinks(ctx, plan, s) : nothing;
  const linkKey = links === nothing ? null : links.strings;
  const linkText = links === nothing ? '' : links.values.join('\u0000');
  return guard(
    [
      s,
      index,
      count,
      ctx.t,
      ctx.names,
      ctx.selected,
      ctx.editable,
      editing,
      ctx.openMenu === s.id,
      linkKey,
      linkText,
      editing ? plan : null,
      editing ? ctx.otherName : null,
    ],
    () => statementView(ctx, plan, key, s, index, count, links),
  );
}

function statementView(
  ctx: StatementsContext,
  plan: SafetyPlan,
  key: ListKey,
  s: Statement,
  index: number,
  count: number,
  links: TemplateResult | typeof nothing,
): TemplateResult {
  const { names, selected } = ctx;
  const concerns = statementConcerns(s, selected);
  const label = snippet(s.text) || ctx.t('statement.empty');
  return html`<li part="statement" class="statement ${concerns ? 'concerns' : ''} ${s.familyWords ? 'family-words' : ''}" data-id=${s.id} tabindex="-1"
      draggable=${ctx.editable ? 'true' : 'false'}>
    <p class="text">${s.familyWords || isHouse(key) ? html`<q>${s.text}</q>` : s.text || html`<em>${ctx.t('statement.empty')}</em>`}</p>
    <p class="meta">
      ${s.familyWords ? html`<span class="tag tag-words">${ctx.t('statement.familyWords')}</span>` : nothing}
      ${s.by ? ctx.t('statement.by', { name: names.name(s.by) }) : nothing}
      ${concerns ? html`<span class="tag tag-concerns">${ctx.t('selection.tag', { name: names.name(selected) })}</span>` : nothing}
    </p>
    ${stances(ctx, s)}
    ${links}
    ${ctx.editable ? controls(ctx, key, s, index, count, label) : nothing}
    ${ctx.editable && ctx.editing === s.id ? statementForm(ctx, plan, key, s) : nothing}
  </li>`;
}

function stances(ctx: StatementsContext, s: Statement): TemplateResult | typeof nothing {
  if (!s.agreedBy?.length && !s.disputedBy?.length) return nothing;
  const list = (ids: string[]) => ids.map((x) => ctx.names.name(x)).join(', ');
  return html`<ul class="stances">
    ${s.agreedBy?.length ? html`<li class="agrees">${ctx.t('stance.agreedBy', { names: list(s.agreedBy) })}</li>` : nothing}
    ${s.disputedBy?.length ? html`<li class="disagrees">${ctx.t('stance.disputedBy', { names: list(s.disputedBy) })}</li>` : nothing}
  </ul>`;
}

function goalLinks(ctx: StatementsContext, plan: SafetyPlan, s: Statement): TemplateResult {
  const goals = goalsOf(plan, s.id);
  if (!goals.length) return html`<p class="no-goal"><span class="tag tag-warning">${ctx.t('danger.noGoal')}</span></p>`;
  return html`<p class="links">${ctx.t('danger.goal', { goals: goals.map((g) => snippet(g.text, 60)).join('; ') })}</p>`;
}

function dangerLinks(ctx: StatementsContext, plan: SafetyPlan, s: Statement): TemplateResult | typeof nothing {
  const dangers = dangersOf(plan, s.id);
  if (!dangers.length) return nothing;
  return html`<p class="links">${ctx.t('goal.answers', { dangers: dangers.map((d) => snippet(d.text, 60)).join('; ') })}</p>`;
}

/**
 * The statement's buttons; their clicks are handled by the list's one listener (statementClick). Until it is opened
 * for editing a statement has one, "Edit" (Alt+Arrow on it moves the statement; a pointer can drag it): Move up, Move
 * down, Move to… and Delete come with the open form. Five buttons on every statement made a plan hard to read and
 * to cross by keyboard (2,100 Tab stops at 420 statements), and cost 250 ms of layout. That one button stands in the
 * statement itself, without the wrapper the open statement's row of buttons needs.
 */
function controls(ctx: StatementsContext, key: ListKey, s: Statement, index: number, count: number, label: string): TemplateResult {
  if (ctx.editing !== s.id) return editButton(ctx, s.id, label, true);
  const targets: readonly ListKey[] = isHouse(key) ? HOUSES : MAP_SECTIONS;
  const open = ctx.openMenu === s.id;
  // "Move to…" is a disclosure button: its targets are rendered only while it is open, on their own line after Delete
  // (in reading and Tab order as on screen).
  return html`<div class="controls">
    ${editButton(ctx, s.id, label, true)}
    ${moveButtons(ctx, 'statement', s.id, index, count, label, true)}
    <button type="button" class="secondary" data-action="move-to" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`move-${s.id}`}>
        ${ctx.t('move.to')}<span class="cw-visually-hidden">: ${label}</span></button>
    <button type="button" class="warning" data-action="delete">${ctx.t('statement.delete')}<span class="cw-visually-hidden">: ${label}</span></button>
      ${
        open
          ? html`<ul class="move-targets" id=${`move-${s.id}`} aria-label=${ctx.t('move.to')}>${targets
              .filter((k) => k !== key)
              .map((k) => html`<li><button type="button" class="link" data-move=${k}>${sectionName(ctx, k)}</button></li>`)}</ul>`
          : nothing
      }
  </div>`;
}
