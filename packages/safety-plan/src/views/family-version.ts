import { html, nothing, type TemplateResult } from 'lit';
import type { SafetyPlan, Statement } from '@opencasework/core';
import { HOUSES, listOf } from '../plan-edit.js';
import { byDue } from '../next-steps.js';
import type { PlanViewContext } from './context.js';
import { sectionName } from './common.js';

export type FamilyContext = Pick<PlanViewContext, 't' | 'date' | 'names'>;

/** The family version: large type, plain language, no internal fields (no ids, ratings, stances or versions). */
export function familyVersion(ctx: FamilyContext, plan: SafetyPlan): TemplateResult {
  const { names } = ctx;
  const children = (plan.childIds ?? []).map((id) => names.name(id)).join(', ');
  const good = [...listOf(plan, 'strengths'), ...listOf(plan, 'existingSafety')];
  const steps = byDue(plan.nextSteps ?? []);
  const rules = listOf(plan, 'rules');
  const network = plan.network ?? [];
  const cv = plan.childView;
  const text = (s: Statement) => (s.familyWords ? html`<q>${s.text}</q>` : s.text);
  const list = (heading: TemplateResult | string, items: Statement[]) =>
    items.length ? html`<h3>${heading}</h3><ul>${items.map((s) => html`<li>${text(s)}</li>`)}</ul>` : nothing;
  const long = (d: string) => ctx.date(d, { style: 'long' });
  const meta = (a: NonNullable<SafetyPlan['nextSteps']>[number]) =>
    [
      a.owner ? ctx.t('family.who', { name: names.name(a.owner) }) : '',
      a.due ? ctx.t('family.when', { date: long(a.due) }) : '',
      ctx.t(`status.${a.status}`),
    ]
      .filter(Boolean)
      .join(' · ');
  return html`<article part="family-version" class="family-version" aria-labelledby="fam-h">
    <h2 id="fam-h">${children ? ctx.t('family.titleFor', { names: children }) : ctx.t('family.title')}</h2>
    ${list(ctx.t('family.worried'), listOf(plan, 'dangerStatements'))}
    ${list(ctx.t('family.working'), good)}
    ${list(ctx.t('family.goals'), listOf(plan, 'safetyGoals'))}
    <h3>${ctx.t('family.rules')}</h3>
    ${rules.length ? html`<ol class="rules">${rules.map((s) => html`<li>${text(s)}</li>`)}</ol>` : html`<p>${ctx.t('family.noRules')}</p>`}
    <h3>${ctx.t('family.network')}</h3>
    ${network.length ? html`<ul>${network.map((m) => html`<li><strong>${names.name(m.memberId)}</strong>${m.role ? html`: ${m.role}` : nothing}</li>`)}</ul>` : html`<p>${ctx.t('network.none')}</p>`}
    <h3>${ctx.t('family.steps')}</h3>
    ${
      steps.length
        ? html`<ul class="family-steps">${steps.map(
            (a) => html`<li>${a.text}
      <span class="family-step-meta">${meta(a)}</span></li>`,
          )}</ul>`
        : html`<p>${ctx.t('steps.none')}</p>`
    }
    ${plan.reviewDate ? html`<p class="family-review"><strong>${ctx.t('family.review', { date: long(plan.reviewDate) })}</strong></p>` : nothing}
    ${
      cv?.consentToShare === true
        ? html`<h3>${cv.childId ? ctx.t('child.headingNamed', { name: names.name(cv.childId) }) : ctx.t('child.heading')}</h3>
      ${HOUSES.map((h) => ((cv[h] ?? []).length ? html`<h4>${sectionName(ctx, h)}</h4><ul>${(cv[h] ?? []).map((s) => html`<li><q>${s.text}</q></li>`)}</ul>` : nothing))}`
        : nothing
    }
  </article>`;
}
