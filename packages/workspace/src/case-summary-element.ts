import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CaseElement, LocalizeController, baseStyles, defineElement, memo, type CaseBundle } from '@opencasework/core';
import { workspaceMessages, type WorkspaceKey } from './messages/index.js';
import { caseSummary, type CaseSummary, type SummaryAnalysis } from './case-summary.js';
import type { LegalStatus, OrderKind } from './legal-status.js';

/**
 * The case at a glance, on one screen: the children with their ages and status, the open safety plan and its review
 * date, the lead professional, the top pattern prompts and the overdue steps, each linking to its component.
 * @tag ws-case-summary
 */
export class WsCaseSummary extends CaseElement {
  static override styles = [
    ...baseStyles,
    css`
      :host { display: block; }
      .grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
      /* Wide screens: children and lead beside the plan, the prompts in a row underneath (one screen at 1280x800). */
      @media (min-width: 60rem) {
        .grid { grid-template-columns: minmax(0, 4fr) minmax(0, 3fr); grid-template-areas: 'children plan' 'lead plan' 'patterns patterns'; align-items: start; }
        .children { grid-area: children; }
        .lead { grid-area: lead; }
        .plan { grid-area: plan; align-self: stretch; }
        .patterns { grid-area: patterns; }
        .patterns h2 .as-at { font-weight: 400; font-size: var(--_size-s); color: var(--_secondary-text); }
        .patterns ul { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: var(--_space-2) var(--_space-3); }
      }
      section { border: 1px solid var(--_border); border-top: 5px solid var(--_brand); padding: 8px var(--_space-3); min-width: 0; }
      section.warn { border-top-color: var(--_warning); }
      h2 { font-size: var(--_size-m); margin: 0 0 var(--_space-1); display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 var(--_space-2); }
      h2 a { font-size: var(--_size-s); font-weight: 400; }
      ul { margin: 0; padding: 0; list-style: none; }
      li { margin: 0 0 var(--_space-1); }
      p { margin: 0 0 var(--_space-1); }
      .s { font-size: var(--_size-s); }
      .flag { font-weight: 700; }
      .src { color: var(--_text-secondary, #505a5f); font-weight: 400; }
      .children ul { display: grid; grid-template-columns: minmax(0, auto) minmax(0, 1fr); gap: 0 var(--_space-2); }
      /* One column of names and one of statuses across the children (subgrid), whatever the names' lengths. */
      .child { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; margin-bottom: 2px; }
      /* Narrow screens: each child's status under their name, not squeezed beside it. */
      @media (max-width: 30rem) { .children ul { grid-template-columns: minmax(0, 1fr); } }
    `,
  ];

  /** The chronology's and the safety plan's analysis; without it the summary shows the people and the plan only. */
  @property({ attribute: false }) analysis: SummaryAnalysis | null = null;
  /** Today (YYYY-MM-DD): ages, open plans, overdue steps and prompts are as at this day. Defaults to the real today. */
  @property() today = '';
  /** Where each component is, e.g. `{ plan: '#/case/plan' }`. */
  @property({ attribute: false }) links: Record<'chronology' | 'family' | 'network' | 'plan', string> = {
    chronology: '#/case/chronology',
    family: '#/case/family',
    network: '#/case/network',
    plan: '#/case/plan',
  };

  private readonly i18n = new LocalizeController(this, workspaceMessages);
  private readonly summaryOf = memo((bundle: CaseBundle, today: string, analysis: SummaryAnalysis | null, locale: string) =>
    caseSummary(bundle, today, analysis, { locale }),
  );

  private t(k: WorkspaceKey, p: Record<string, string | number> = {}): string {
    return this.i18n.t(k, p);
  }

  override render() {
    if (!this.hasData) return nothing;
    const day = this.today || this.currentDay();
    const s = this.summaryOf(this.caseData.bundle, day, this.analysis, this.i18n.locale);
    return html`<div class="grid">${this.children_(s)} ${this.leads(s)} ${this.plan(s)} ${this.patterns(s, day)}</div>`;
  }

  private more(href: string, label: string) {
    return html`<a href=${href}>${label}</a>`;
  }

  private children_(s: CaseSummary) {
    const l = this.links;
    return html`<section class="children" aria-labelledby="sum-children">
      <h2>
        <span><span id="sum-children">${this.t('sumChildren')}</span> <span class="s src">${this.t('sumLegalSource')}</span></span>
        ${this.more(l.family, this.t('sumOpenFamily'))}
      </h2>
      <ul>
        ${s.children.map(
          (c) => html`<li class="child">
            <span><strong>${c.name}</strong>${c.age ? html`, ${this.i18n.age(c.age)}` : nothing}</span>
            <span class="s">${c.legal.length ? c.legal.map((st, i) => html`${i ? '; ' : ''}${this.status(st)}`) : this.t('sumNoStatus')}${
              c.leadIds.length ? nothing : html`; <span class="flag">${this.t('sumNoLead')}</span>`
            }</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** One legal status: what it is (a link to the chronology, where it comes from), since when, and its category. */
  private status(st: LegalStatus) {
    const label = st.source === 'order' ? this.t(`legal.${st.kind as OrderKind}`) : this.t(`kind.${statusKey(st.kind)}`);
    const list = (xs: string[]) => this.i18n.list(xs);
    // "physical and emotional abuse", "neglect and sexual abuse": the categories as a conference names them.
    const isAbuse = (c: string): c is 'physical' | 'emotional' | 'sexual' => c === 'physical' || c === 'emotional' || c === 'sexual';
    const abuse = st.categories.filter(isAbuse);
    const cats = [
      ...st.categories.filter((c) => !isAbuse(c)).map((c) => this.t(`cat.${c}`)),
      ...(abuse.length ? [this.t('sumAbuse', { list: list(abuse.map((c) => this.t(`cat.${c}`))) })] : []),
    ];
    return html`<a href=${this.links.chronology}>${label}</a> ${this.t('sumSince', { date: this.i18n.date(st.from) })}${
      cats.length ? ` (${list(cats)})` : nothing
    }${st.basisUnknown ? ` (${this.t('sumNoBasis')})` : nothing}`;
  }

  private plan(s: CaseSummary) {
    const l = this.links;
    const p = s.plan;
    if (!p)
      return html`<section class="plan" aria-labelledby="sum-plan"><h2 id="sum-plan">${this.t('plan')}</h2><p>${this.t('sumNoPlan')}</p></section>`;
    const overdue = p.overdue ?? [];
    const shownSteps = overdue.slice(0, 3);
    return html`<section aria-labelledby="sum-plan" class="plan ${overdue.length || p.reviewOverdue ? 'warn' : ''}">
      <h2><span id="sum-plan">${this.t('plan')}</span>${this.more(l.plan, this.t('sumOpenPlan'))}</h2>
      <p><a href=${l.plan}>${p.plan.title ?? this.t('plan')}</a> (${this.t(`planStatus.${p.plan.status}`)})${
        s.otherOpenPlans ? html` <span class="s">${this.t('sumOtherPlans', { count: s.otherOpenPlans })}</span>` : nothing
      }</p>
      <p>${
        p.plan.reviewDate
          ? html`${this.t('sumReview', { date: this.i18n.date(p.plan.reviewDate) })}${p.reviewOverdue ? html` <span class="flag">${this.t('sumReviewPast')}</span>` : nothing}`
          : this.t('sumNoReview')
      }</p>
      <p class="flag">${
        p.overdue === null
          ? this.t('sumOverdueUnknown')
          : overdue.length
            ? this.t('sumOverdue', { count: overdue.length })
            : this.t('sumNoOverdue')
      }</p>
      ${
        shownSteps.length
          ? html`<ul class="s">${shownSteps.map(
              (st) =>
                html`<li>${st.text} (${this.t('sumDue', { date: this.i18n.date(st.due!) })}${st.status === 'not-done' ? html`, ${this.t('sumNotDone')}` : nothing})</li>`,
            )}</ul>`
          : nothing
      }
      ${
        // the count above says how many; the ones not listed here are named, in the plan, one click away
        overdue.length > shownSteps.length
          ? html`<p class="s"><a href=${l.plan}>${this.t('sumMoreSteps', { count: overdue.length - shownSteps.length })}</a></p>`
          : nothing
      }
    </section>`;
  }

  private leads(s: CaseSummary) {
    const names = new Map(s.children.map((c) => [c.id, c.name]));
    const without = s.children.filter((c) => !c.leadIds.length);
    return html`<section aria-labelledby="sum-lead" class="lead ${without.length ? 'warn' : ''}">
      <h2><span id="sum-lead">${this.t('sumLead')}</span>${this.more(this.links.network, this.t('sumOpenNetwork'))}</h2>
      ${
        s.leads.length
          ? html`<ul>${s.leads.map(
              (x) => html`<li><strong>${x.name}</strong>${x.role ? html`, ${x.role}` : nothing}${x.agency ? html`, ${x.agency}` : nothing}
                ${
                  // "for whom" only where it tells something: when this lead does not lead for every child.
                  s.children.length > 1 && x.childIds.length < s.children.length
                    ? html`<span class="s">(${this.t('sumFor', { names: x.childIds.map((id) => names.get(id) ?? id).join(', ') })})</span>`
                    : nothing
                }</li>`,
            )}</ul>`
          : nothing
      }
      ${without.length ? html`<p class="flag">${this.t('sumNoLeadFor', { names: without.map((c) => c.name).join(', ') })}</p>` : nothing}
    </section>`;
  }

  private patterns(s: CaseSummary, day: string) {
    const l = this.links;
    // A record that stops before today is read as at its last day, as the chronology's panel reads it: the heading says
    // so (on its line, so that the summary still fits one screen).
    const asAt =
      this.analysis && s.patternsAsAt < day
        ? html` <span class="as-at">${this.t('sumPatternsAsAt', { date: this.i18n.date(s.patternsAsAt, { style: 'long' }) })}</span>`
        : nothing;
    return html`<section class="patterns" aria-labelledby="sum-patterns">
      <h2><span id="sum-patterns">${this.t('sumPatterns')}${asAt}</span>${this.more(
        l.chronology,
        s.patternCount > s.patterns.length ? this.t('sumAllPatterns', { count: s.patternCount }) : this.t('sumOpenChronology'),
      )}</h2>
      ${
        this.analysis
          ? s.patterns.length
            ? html`<ul>${s.patterns.map((f) => html`<li class="s"><a href=${l.chronology}><strong>${f.title}</strong></a>: ${f.message}</li>`)}</ul>`
            : html`<p>${this.t('sumNoPatterns')}</p>`
          : html`<p>${this.t('sumNoAnalysis')}</p>`
      }
    </section>`;
  }
}
defineElement('ws-case-summary', WsCaseSummary);

const KINDS = ['child-protection', 'child-in-need', 'looked-after', 'early-help', 'placement'] as const;
/** The message key part for a plan kind (unknown kinds read as "other"). */
function statusKey(kind: string): (typeof KINDS)[number] | 'other' {
  return (KINDS as readonly string[]).includes(kind) ? (kind as (typeof KINDS)[number]) : 'other';
}

declare global {
  interface HTMLElementTagNameMap {
    'ws-case-summary': WsCaseSummary;
  }
}
