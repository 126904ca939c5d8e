import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field, type Action, type SafetyPlan } from '@opencasework/core';
import { editStep } from '../plan-edit.js';
import { groupByOwner, isOverdue } from '../next-steps.js';
import { STEP_STATUSES, snippet, whoOptions } from '../plan-model.js';
import type { PlanViewContext } from './context.js';
import { adviceView } from './advice.js';
import { doneButton, editButton, longClass, moveButtons, reorderKeys, whoButton, valueOf } from './common.js';

export type StepsContext = Pick<
  PlanViewContext,
  't' | 'date' | 'locale' | 'names' | 'editable' | 'selected' | 'today' | 'editing' | 'on' | 'undoNotice'
>;

/** Next steps: who, by when, progress; overdue steps stand out; in plan order or grouped by owner. */
export function stepsView(
  ctx: StepsContext,
  plan: SafetyPlan,
  view: 'plan' | 'owner',
  setView: (v: 'plan' | 'owner') => void,
): TemplateResult {
  const steps = plan.nextSteps ?? [];
  // A closed plan's unfinished steps are its history, not work overdue now.
  const today = plan.status === 'closed' ? '' : ctx.today;
  const overdue = today ? steps.filter((s) => isOverdue(s, today)).length : 0;
  const toggle = (v: 'plan' | 'owner', key: 'steps.inOrder' | 'steps.byOwner') =>
    html`<button type="button" class="secondary" data-view=${v} aria-pressed=${view === v ? 'true' : 'false'} @click=${() => setView(v)}>${ctx.t(key)}</button>`;
  return html`<section part="steps" class="steps" aria-labelledby="steps-h">
    <h2 id="steps-h">${ctx.t('steps.heading')}</h2>
    ${ctx.undoNotice?.('nextSteps') ?? nothing}
    ${overdue ? html`<p class="overdue-summary"><strong>${ctx.t('steps.overdueCount', { count: overdue })}</strong></p>` : nothing}
    <div class="toggle" role="group" aria-label=${ctx.t('steps.viewLabel')}>${toggle('plan', 'steps.inOrder')}${toggle('owner', 'steps.byOwner')}</div>
    ${
      steps.length === 0
        ? html`<p class="none">${ctx.t('steps.none')}</p>`
        : view === 'owner'
          ? groupByOwner(steps, today).map(
              (g) => html`<div class="owner-group" data-owner=${g.owner ?? ''}>
            <h3>${g.owner ? whoButton(ctx, g.owner) : ctx.t('steps.noOwner')}
              <span class="count">${ctx.t(g.overdue ? 'steps.ownerCountOverdue' : 'steps.ownerCount', { open: g.open, overdue: g.overdue })}</span></h3>
            <ul class="step-list ${longClass(g.steps.length)}">${repeat(
              g.steps,
              (a) => a.id,
              (a) => stepItem({ ...ctx, today }, plan, a, -1, 0),
            )}</ul></div>`,
            )
          : html`<ul class="step-list ${longClass(steps.length)}">${repeat(
              steps,
              (a) => a.id,
              (a, i) => stepItem({ ...ctx, today }, plan, a, i, steps.length),
            )}</ul>`
    }
    ${ctx.editable ? html`<button type="button" class="secondary add" data-add="nextSteps" @click=${() => ctx.on.addStep()}>${ctx.t('steps.add')}</button>` : nothing}
  </section>`;
}

/** One step. `index` is -1 when grouped by owner (no moving there: the plan's order is not what is shown). */
function stepItem(ctx: StepsContext, plan: SafetyPlan, a: Action, index: number, count: number): TemplateResult {
  const over = !!ctx.today && isOverdue(a, ctx.today);
  const label = snippet(a.text) || ctx.t('statement.empty');
  const keys = reorderKeys(ctx, 'step', a.id);
  return html`<li class="step ${over ? 'overdue' : ''} ${ctx.selected && a.owner === ctx.selected ? 'concerns' : ''} status-${a.status}" data-id=${a.id} tabindex="-1"
      @keydown=${(e: KeyboardEvent) => index >= 0 && keys(e)}>
    <p class="text">${a.text || html`<em>${ctx.t('statement.empty')}</em>`}</p>
    <dl class="step-meta">
      <div><dt>${ctx.t('steps.owner')}</dt><dd>${a.owner ? whoButton(ctx, a.owner) : ctx.t('steps.noOwner')}</dd></div>
      <div><dt>${ctx.t('steps.due')}</dt><dd>${a.due ? ctx.date(a.due) : ctx.t('steps.noDue')}${over ? html` <strong class="tag tag-overdue">${ctx.t('steps.overdue')}</strong>` : nothing}</dd></div>
      <div><dt>${ctx.t('steps.status')}</dt><dd>${ctx.t(`status.${a.status}`)}</dd></div>
    </dl>
    ${
      ctx.editable
        ? html`<div class="controls">
      ${editButton(ctx, a.id, label)}
      ${index >= 0 ? moveButtons(ctx, 'step', a.id, index, count, label) : nothing}
      <button type="button" class="warning" data-action="delete" @click=${() => ctx.on.removeStep(a.id, a.text)}>
        ${ctx.t('statement.delete')}<span class="cw-visually-hidden">: ${label}</span></button>
    </div>`
        : nothing
    }
    ${ctx.editable && ctx.editing === a.id ? stepForm(ctx, plan, a) : nothing}
  </li>`;
}

function stepForm(ctx: StepsContext, plan: SafetyPlan, a: Action): TemplateResult {
  const errorPrefix = ctx.t('form.errorPrefix');
  const edit = (patch: Partial<Action>) => ctx.on.edit((p) => editStep(p, a.id, patch));
  return html`<div class="form" data-form=${a.id}>
    ${field({
      id: `${a.id}-text`,
      errorPrefix,
      label: ctx.t('steps.text'),
      control: (f) =>
        html`<textarea id=${f.id} rows="2" aria-describedby=${ifDefined(f.describedBy)} .value=${live(a.text)} @input=${(e: Event) => edit({ text: valueOf(e) })}></textarea>`,
    })}
    ${adviceView(ctx, a.text)}
    ${field({
      id: `${a.id}-owner`,
      errorPrefix,
      label: ctx.t('steps.owner'),
      control: (
        f,
      ) => html`<select id=${f.id} data-field="owner" aria-describedby=${ifDefined(f.describedBy)} @change=${(e: Event) => edit({ owner: valueOf(e) || undefined })}>
        <option value="" ?selected=${!a.owner}>${ctx.t('steps.noOwner')}</option>
        ${whoOptions(ctx.names, plan, [a.owner]).map((o) => html`<option value=${o.id} ?selected=${a.owner === o.id}>${o.name}</option>`)}
      </select>`,
    })}
    ${field({
      id: `${a.id}-due`,
      errorPrefix,
      label: ctx.t('steps.due'),
      control: (
        f,
      ) => html`<input id=${f.id} type="date" data-field="due" aria-describedby=${ifDefined(f.describedBy)} .value=${live(a.due && a.due.length === 10 ? a.due : '')}
        @change=${(e: Event) => edit({ due: valueOf(e) || undefined })}>`,
    })}
    ${field({
      id: `${a.id}-status`,
      errorPrefix,
      label: ctx.t('steps.status'),
      control: (f) => html`<select id=${f.id} data-field="status" aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => edit({ status: STEP_STATUSES.find((s) => s === valueOf(e)) ?? a.status })}>
        ${STEP_STATUSES.map((s) => html`<option value=${s} ?selected=${a.status === s}>${ctx.t(`status.${s}`)}</option>`)}
      </select>`,
    })}
    ${doneButton(ctx, a.id)}
  </div>`;
}
