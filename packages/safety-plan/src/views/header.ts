import { html, nothing, type TemplateResult } from 'lit';
import type { CaseBundle, DataIssue, SafetyPlan, SaveState } from '@opencasework/core';
import type { SaveAlert } from '../plan-editor.js';
import { statusOf } from '../plan-model.js';
import type { PrintVersion } from '../safety-plan.js';
import type { PlanViewContext } from './context.js';

export type HeaderContext = Pick<PlanViewContext, 't' | 'date' | 'names' | 'editable'>;

/** The toolbar's state and what its buttons do. */
export interface Toolbar {
  saveState: SaveState;
  familyView: boolean;
  toggleFamilyView(): void;
  print(version: PrintVersion): void;
  agree(): void;
  /** The plan is agreed and nothing has changed since that version was agreed: there is nothing new to agree. */
  agreedUnchanged: boolean;
  /** Every plan in the case, current and closed, for the plan picker (shown when there is more than one). */
  plans: readonly SafetyPlan[];
  pick(id: string): void;
}

/** The plans in the order the picker lists them: open plans, most recently updated first, then closed ones. */
export function pickerOrder(plans: readonly SafetyPlan[]): SafetyPlan[] {
  const rank = (p: SafetyPlan) => (p.status === 'closed' ? 1 : 0);
  return [...plans].sort((a, b) => rank(a) - rank(b) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

/** "Choose a plan": every plan in the case, current and closed, with its status. */
export function planPicker(ctx: Pick<PlanViewContext, 't'>, plan: SafetyPlan, bar: Toolbar): TemplateResult | typeof nothing {
  if (bar.plans.length < 2) return nothing;
  const label = (p: SafetyPlan) => {
    const st = statusOf(p);
    return ctx.t('picker.option', {
      title: p.title || ctx.t('plan.title'),
      status: ctx.t(st.key, { version: st.version, agreed: st.agreed }),
    });
  };
  return html`<div class="picker cw-form-group">
    <label class="cw-label" for="plan-picker">${ctx.t('picker.label')}</label>
    <select id="plan-picker" data-field="plan" @change=${(e: Event) => bar.pick((e.target as HTMLSelectElement).value)}>
      ${pickerOrder(bar.plans).map((p) => html`<option value=${p.id} ?selected=${p.id === plan.id}>${label(p)}</option>`)}
    </select>
  </div>`;
}

/** The plan's title, who it is for, its status and review date, the save state, and the toolbar. */
export function headerView(ctx: HeaderContext, plan: SafetyPlan, bar: Toolbar): TemplateResult {
  const children = (plan.childIds ?? []).map((id) => ctx.names.name(id)).join(', ');
  const status = statusOf(plan);
  return html`<div part="header" class="header">
    ${planPicker(ctx, plan, bar)}
    <h2 class="title">${plan.title || ctx.t('plan.title')}</h2>
    ${children ? html`<p class="children">${ctx.t('plan.for', { names: children })}</p>` : nothing}
    <p class="status"><strong>${ctx.t(status.key, { version: status.version, agreed: status.agreed })}</strong>${plan.reviewDate ? html` · ${ctx.t('plan.reviewOn', { date: ctx.date(plan.reviewDate) })}` : nothing}</p>
    ${ctx.editable ? html`<p class="save save-${bar.saveState}" role="status" aria-live="polite">${ctx.t(`save.${bar.saveState}`)}</p>` : nothing}
    <div class="toolbar">
      <button type="button" class="secondary" aria-pressed=${bar.familyView ? 'true' : 'false'} @click=${() => bar.toggleFamilyView()}>${ctx.t('view.family')}</button>
      <button type="button" class="secondary" data-action="print-family" @click=${() => bar.print('family')}>${ctx.t('print.family')}</button>
      <button type="button" class="secondary" data-action="print-professional" @click=${() => bar.print('professional')}>${ctx.t('print.professional')}</button>
      ${
        // Agreeing makes the next version. An agreed plan unchanged since has nothing new to agree (it said "Agree
        // this plan as version 3" over version 3, and made a version 4 the same as 3); any edit makes it a draft again.
        ctx.editable && plan.status !== 'closed' && !bar.agreedUnchanged
          ? html`<button type="button" data-action="agree" @click=${() => bar.agree()}>${ctx.t('versions.agree', { version: plan.version + 1 })}</button>`
          : nothing
      }
    </div>
  </div>`;
}

/** "Showing what concerns Lisa Stone: 6 items are highlighted", with a way to clear the selection. */
export function selectionNotice(ctx: Pick<PlanViewContext, 't' | 'names' | 'on'>, who: string, count: number): TemplateResult {
  return html`<div class="selection-notice">
    <p>${ctx.t('selection.notice', { name: ctx.names.name(who), count })}</p>
    <button type="button" class="secondary" @click=${() => ctx.on.clearSelection(who)}>${ctx.t('selection.clear')}</button>
  </div>`;
}

/**
 * A save that failed, or a form that was incomplete. After a conflict the choice is in the conflict panel below it
 * (core's), so the alert only says what happened.
 */
export function alertView(ctx: Pick<PlanViewContext, 't'>, alert: SaveAlert | null, on: { close(): void }): TemplateResult {
  // The live region is always there (empty when all is well): text put into a region inserted with it may never be read.
  return html`<div class="alert-region" role="alert">${
    alert
      ? html`<div class="alert">
    <p>${alert.message}</p>
    ${alert.conflict ? nothing : html`<button type="button" class="secondary" @click=${() => on.close()}>${ctx.t('common.close')}</button>`}
  </div>`
      : nothing
  }</div>`;
}

/** No plan yet: say so, and offer to start one when editable. */
/**
 * True when the case has a safety plan whose record the parser refused (a plan issue naming no plan that is shown):
 * then the view says so and points to the list of problems, never "there is no safety plan" with a button to start one.
 */
export function planRefused(issues: readonly DataIssue[], bundle: CaseBundle): boolean {
  const shown = new Set((bundle.safetyPlans ?? []).map((p) => p.id));
  return issues.some((i) => i.entity === 'SafetyPlan' && !i.withheld && !(i.id !== null && shown.has(i.id)));
}

export function noPlanView(
  ctx: Pick<PlanViewContext, 't' | 'editable'>,
  hasData: boolean,
  start: () => void,
  refused = false,
): TemplateResult {
  if (refused) return html`<div class="empty placeholder"><p>${ctx.t('plan.refused')}</p></div>`;
  return html`<div class="empty">
    <p>${hasData ? ctx.t('plan.none') : ctx.t('plan.noData')}</p>
    ${ctx.editable && hasData ? html`<button type="button" @click=${start}>${ctx.t('plan.start')}</button>` : nothing}
  </div>`;
}
