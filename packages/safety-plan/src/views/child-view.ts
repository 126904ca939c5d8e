import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SafetyPlan } from '@opencasework/core';
import { HOUSES, setConsent } from '../plan-edit.js';
import { statementList, type StatementsContext } from './statements.js';
import { checkedOf } from './common.js';

/** The child's Three Houses, in their words; withheld beyond the plan's workers without the child's consent. */
export function childView(ctx: StatementsContext, plan: SafetyPlan, visible: boolean): TemplateResult {
  const cv = plan.childView;
  if (!visible) {
    return html`<section part="child-view" class="child-view" aria-labelledby="child-h"><h2 id="child-h">${ctx.t('child.heading')}</h2>
      <p class="withheld">${ctx.t('child.withheld')}</p></section>`;
  }
  const child = cv?.childId ? ctx.names.name(cv.childId) : '';
  return html`<section part="child-view" class="child-view" aria-labelledby="child-h">
    <h2 id="child-h">${child ? ctx.t('child.headingNamed', { name: child }) : ctx.t('child.heading')}</h2>
    <p class="consent">${cv?.consentToShare ? ctx.t('child.consentYes') : ctx.t('child.consentNo')}</p>
    ${
      ctx.editable
        ? html`<div class="checkbox"><label><input type="checkbox" data-field="consent" .checked=${live(!!cv?.consentToShare)}
      @change=${(e: Event) => ctx.on.edit((p) => setConsent(p, checkedOf(e)))}>${ctx.t('child.consentCheck')}</label></div>`
        : nothing
    }
    <div class="houses">${HOUSES.map(
      (h) => html`<div class="house house-${h}">
      <svg class="roof" viewBox="0 0 200 60" aria-hidden="true" focusable="false"><polygon points="100,4 196,58 4,58"></polygon></svg>
      <div class="house-body">${statementList(ctx, plan, h, 'h3')}</div>
    </div>`,
    )}</div>
  </section>`;
}
