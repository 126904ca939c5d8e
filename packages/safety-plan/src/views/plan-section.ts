import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field, type SafetyPlan } from '@opencasework/core';
import { editNetworkRole, removeNetworkMember, setReviewDate } from '../plan-edit.js';
import type { StatementsContext } from './statements.js';
import { statementList } from './statements.js';
import { whoButton, valueOf } from './common.js';
import type { PlanViewContext } from './context.js';

/** The "Add someone to the safety network" form's values and what it does. */
export interface NetworkForm {
  member: string;
  role: string;
  setMember(id: string): void;
  setRole(role: string): void;
  add(): void;
}

export type PlanSectionContext = StatementsContext & Pick<PlanViewContext, 'date'>;

const fullDate = (d: string | undefined) => (d && d.length === 10 ? d : '');

/** The safety plan itself: the family's rules, the safety network with roles, the review date. */
export function planSection(ctx: PlanSectionContext, plan: SafetyPlan, form: NetworkForm): TemplateResult {
  const { names, editable } = ctx;
  const errorPrefix = ctx.t('form.errorPrefix');
  const network = plan.network ?? [];
  const inNetwork = new Set(network.map((m) => m.memberId));
  const candidates = names.everyone().filter((x) => !inNetwork.has(x.id));
  return html`<section part="plan" class="plan" aria-labelledby="plan-h">
    <h2 id="plan-h">${ctx.t('plan.heading')}</h2>
    ${statementList(ctx, plan, 'rules', 'h3')}
    <h3 id="network-h">${ctx.t('network.heading')}</h3>
    ${
      network.length === 0
        ? html`<p class="none">${ctx.t('network.none')}</p>`
        : html`
      <ul class="network" aria-labelledby="network-h">${network.map(
        (m, i) => html`<li data-member=${m.memberId} class=${ctx.selected === m.memberId ? 'concerns' : ''}>
        ${whoButton(ctx, m.memberId)}${!editable && names.networkRole(m) ? html` – ${names.networkRole(m)}` : nothing}
        ${
          editable
            ? html`${field({
                id: `network-role-${i}`,
                errorPrefix,
                labelClass: 'inline',
                label: html`${ctx.t('network.role')}<span class="cw-visually-hidden"> (${names.name(m.memberId)})</span>`,
                control: (a) => html`<input id=${a.id} type="text" aria-describedby=${ifDefined(a.describedBy)} .value=${live(m.role ?? '')}
              @input=${(e: Event) => ctx.on.edit((p) => editNetworkRole(p, m.memberId, valueOf(e)))}>`,
              })}
          <button type="button" class="link" @click=${() => ctx.on.edit((p) => removeNetworkMember(p, m.memberId), ctx.t('network.removed', { name: names.name(m.memberId) }))}>
            ${ctx.t('network.remove')}<span class="cw-visually-hidden">: ${names.name(m.memberId)}</span></button>`
            : nothing
        }
      </li>`,
      )}</ul>`
    }
    ${
      editable
        ? html`<fieldset class="network-form"><legend>${ctx.t('network.addLegend')}</legend>
      ${field({
        id: 'network-member',
        errorPrefix,
        label: ctx.t('network.member'),
        control: (
          a,
        ) => html`<select id=${a.id} data-field="member" aria-describedby=${ifDefined(a.describedBy)} @change=${(e: Event) => form.setMember(valueOf(e))}>
          <option value="" ?selected=${!form.member}>${ctx.t('scale.choose')}</option>
          ${candidates.map((c) => html`<option value=${c.id} ?selected=${form.member === c.id}>${c.name}</option>`)}
        </select>`,
      })}
      ${field({
        id: 'network-new-role',
        errorPrefix,
        label: ctx.t('network.role'),
        control: (
          a,
        ) => html`<input id=${a.id} type="text" data-field="role" aria-describedby=${ifDefined(a.describedBy)} .value=${live(form.role)}
          @input=${(e: Event) => form.setRole(valueOf(e))}>`,
      })}
      <button type="button" data-action="add-member" @click=${() => form.add()}>${ctx.t('network.add')}</button>
    </fieldset>`
        : nothing
    }
    <h3>${ctx.t('plan.reviewHeading')}</h3>
    ${
      editable
        ? field({
            id: 'review-date',
            errorPrefix,
            label: ctx.t('plan.reviewDate'),
            control: (
              a,
            ) => html`<input id=${a.id} type="date" data-field="review" aria-describedby=${ifDefined(a.describedBy)} .value=${live(fullDate(plan.reviewDate))}
            @change=${(e: Event) => ctx.on.edit((p) => setReviewDate(p, valueOf(e) || undefined))}>`,
          })
        : html`<p>${plan.reviewDate ? ctx.date(plan.reviewDate) : ctx.t('plan.noReview')}</p>`
    }
  </section>`;
}
