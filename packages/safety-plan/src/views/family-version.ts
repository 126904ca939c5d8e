import { html, nothing, type TemplateResult } from 'lit';
import type { SafetyPlan, Statement } from '@opencasework/core';
import { HOUSES, listOf } from '../plan-edit.js';
import { byDue } from '../next-steps.js';
import type { GlossaryEntry } from '../plain-language.js';
import { plainLanguage } from '../plain-language-loader.js';
import { snippet } from '../plan-model.js';
import type { PlanViewContext } from './context.js';
import { sectionName } from './common.js';

export type FamilyContext = Pick<PlanViewContext, 't' | 'date' | 'names' | 'locale'>;

/**
 * The family version: large type, plain language, no internal fields (no ids, ratings, stances or versions). The
 * plain-language helper runs on it before it is shown or printed: each professional word in the workers' text (not in
 * the family's or the child's own words) is explained in brackets where it is first used. `note` adds, for the worker
 * and never printed, what the helper explained and the sentences still too long.
 */
export function familyVersion(ctx: FamilyContext, plan: SafetyPlan, note = false): TemplateResult {
  // The helper loads on demand (plain-language-loader.ts): until then the version is an empty, busy region.
  const helper = plainLanguage();
  if (!helper) return html`<article part="family-version" class="family-version" aria-busy="true"></article>`;
  const { checkPlainLanguage, glossText } = helper;
  const { names } = ctx;
  const seen = new Set<GlossaryEntry>();
  const longSentences: string[] = [];
  const plain = (s: string) => {
    for (const a of checkPlainLanguage(s, { locale: ctx.locale })) if (a.kind === 'long-sentence') longSentences.push(snippet(a.text, 60));
    return glossText(s, ctx.locale, seen).map((p) => (typeof p === 'string' ? p : html`${p.term} <span class="gloss">(${p.plain})</span>`));
  };
  const children = (plan.childIds ?? []).map((id) => names.name(id)).join(', ');
  const good = [...listOf(plan, 'strengths'), ...listOf(plan, 'existingSafety')];
  const steps = byDue(plan.nextSteps ?? []);
  const rules = listOf(plan, 'rules');
  const network = plan.network ?? [];
  const cv = plan.childView;
  const text = (s: Statement) => (s.familyWords ? html`<q>${s.text}</q>` : plain(s.text));
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
  const article = html`<article part="family-version" class="family-version" aria-labelledby="fam-h">
    <h2 id="fam-h">${children ? ctx.t('family.titleFor', { names: children }) : ctx.t('family.title')}</h2>
    ${list(ctx.t('family.worried'), listOf(plan, 'dangerStatements'))}
    ${list(ctx.t('family.working'), good)}
    ${list(ctx.t('family.goals'), listOf(plan, 'safetyGoals'))}
    <h3>${ctx.t('family.rules')}</h3>
    ${rules.length ? html`<ol class="rules">${rules.map((s) => html`<li>${text(s)}</li>`)}</ol>` : html`<p>${ctx.t('family.noRules')}</p>`}
    <h3>${ctx.t('family.network')}</h3>
    ${
      network.length
        ? html`<ul>${network.map((m) => {
            const role = names.networkRole(m);
            return html`<li><strong>${names.name(m.memberId)}</strong>${role ? html`: ${plain(role)}` : nothing}</li>`;
          })}</ul>`
        : html`<p>${ctx.t('network.none')}</p>`
    }
    <h3>${ctx.t('family.steps')}</h3>
    ${
      steps.length
        ? html`<ul class="family-steps">${steps.map(
            (a) => html`<li>${plain(a.text)}
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
  return html`${note ? helperNote(ctx, seen.size, longSentences) : nothing}${article}`;
}

/** What the plain-language helper did to the family version, for the worker (not printed). */
function helperNote(ctx: Pick<PlanViewContext, 't'>, explained: number, long: string[]): TemplateResult {
  return html`<div class="helper-note" role="note">
    <p>${explained ? ctx.t('family.helperApplied', { count: explained }) : ctx.t('family.helperOk')} ${ctx.t('family.helperNote')}</p>
    ${long.length ? html`<p>${ctx.t('family.helperLong', { count: long.length })}</p><ul>${long.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
  </div>`;
}
