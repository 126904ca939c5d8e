import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field, type SafetyPlan, type ScaleRating } from '@opencasework/core';
import { removeRating } from '../plan-edit.js';
import { reviewDates, type AdultScore, type ChartLayout, type GivenScore, type ScaleModel, type ViewGroup } from '../scaling.js';
import { scaleChart } from './scale-chart.js';
import { whoOptions } from '../plan-model.js';
import type { PlanViewContext } from './context.js';
import { whoButton, valueOf } from './common.js';

export type ScalingContext = Pick<PlanViewContext, 't' | 'date' | 'names' | 'editable' | 'selected' | 'on'>;

/** The "Add a rating" form's values (as typed) and what it does. */
export interface RatingForm {
  value: { by: string; score: string; at: string; note: string };
  set(patch: Partial<RatingForm['value']>): void;
  add(): void;
}

/** What the section needs beyond the plan: the scale model, whether someone is a child, the chart's layout. */
export interface ScalingInput {
  model: ScaleModel;
  isChild: (by: string, at: string) => boolean;
  /** The chart's layout (`chartLayout` for the element's width). */
  layout: ChartLayout;
}

/**
 * The safety scale: how far apart the child and each adult are (person by person, never an average), the chart
 * across reviews, the same scores as a table, every score with who gave it and their own words, and the editor.
 */
export function scalingView(ctx: ScalingContext, plan: SafetyPlan, input: ScalingInput, form: RatingForm): TemplateResult {
  const ratings = plan.scales ?? [];
  const { series, dates } = input.model;
  return html`<section part="scaling" class="scaling" aria-labelledby="scale-h">
    <h2 id="scale-h">${ctx.t('scale.heading')}</h2>
    <p class="question">${input.model.question || ctx.t('scale.question')}</p>
    ${
      ratings.length === 0
        ? html`<p class="none">${ctx.t('scale.none')}</p>`
        : html`
      ${gapsView(ctx, input.model)}
      ${scaleChart(ctx, series, dates, input.layout)}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="scale-caption">
      <table class="scale-table">
        <caption id="scale-caption">${ctx.t('scale.tableCaption')}</caption>
        <thead><tr><th scope="col">${ctx.t('scale.person')}</th>${dates.map((d) => html`<th scope="col">${ctx.date(d)}</th>`)}</tr></thead>
        <tbody>${series.map(
          (s) => html`<tr class=${ctx.selected === s.by ? 'concerns' : ''} data-by=${s.by}>
          <th scope="row">${whoButton(ctx, s.by)} <span class="group">(${groupName(ctx, s.by, s.group, s.points, input.isChild)})</span></th>
          ${dates.map(
            (d) =>
              html`<td>${s.points
                .filter((x) => x.at === d)
                .map((x) => x.score)
                .join(', ')}</td>`,
          )}
        </tr>`,
        )}
        </tbody>
      </table></div>
      ${wordsView(ctx, ratings, input.isChild)}`
    }
    ${ctx.editable ? ratingsEditor(ctx, plan, form) : nothing}
  </section>`;
}

function groupName(ctx: ScalingContext, by: string, group: ViewGroup, points: { at: string }[], isChild: ScalingInput['isChild']): string {
  return points.some((p) => isChild(by, p.at)) ? ctx.t('group.child') : ctx.t(`group.${group}`);
}

/** "Lisa Stone rates 9, Ava Stone rates 5: a gap of 4." for each adult beside each child; or the spread when no child rated. */
export function gapsView(ctx: Pick<PlanViewContext, 't' | 'date' | 'names'>, model: ScaleModel): TemplateResult | typeof nothing {
  const name = (by: string) => ctx.names.name(by);
  if (model.childGaps.length) {
    return html`${model.childGaps.map(
      (g) => html`<div class="gaps" data-child=${g.child.by}>
      <p class="gap-heading"><strong>${ctx.t('scale.childHeading', { name: name(g.child.by), score: g.child.score, date: ctx.date(g.child.at) })}</strong></p>
      ${
        g.adults.length
          ? html`<ul class="gap-list">${g.adults.map(
              (a) =>
                html`<li class=${Math.abs(a.gap) >= 3 ? 'gap gap-wide' : 'gap'} data-by=${a.by}>${gapSentence(ctx, g.child, a)}${
                  a.at !== g.child.at ? html` <span class="gap-date">${ctx.t('scale.ratedOn', { date: ctx.date(a.at) })}</span>` : nothing
                }</li>`,
            )}</ul>`
          : html`<p class="none">${ctx.t('scale.noAdults')}</p>`
      }</div>`,
    )}`;
  }
  const sp = model.spread;
  if (!sp) return nothing;
  const who = (xs: GivenScore[]) => xs.map((x) => name(x.by)).join(', ');
  return html`<p class="gap spread ${sp.gap >= 3 ? 'gap-wide' : ''}"><strong>${
    sp.gap === 0
      ? ctx.t('scale.sameView', { score: sp.low[0]!.score, date: ctx.date(sp.at) })
      : ctx.t('scale.spread', {
          date: ctx.date(sp.at),
          low: sp.low[0]!.score,
          lowNames: who(sp.low),
          high: sp.high[0]!.score,
          highNames: who(sp.high),
          gap: sp.gap,
        })
  }</strong> ${ctx.t('scale.noChild')}</p>`;
}

/** The sentence setting one adult's score beside a child's. */
export function gapSentence(ctx: Pick<PlanViewContext, 't' | 'names'>, child: GivenScore, adult: AdultScore): string {
  const p = {
    adult: ctx.names.name(adult.by),
    adultScore: adult.score,
    child: ctx.names.name(child.by),
    childScore: child.score,
    gap: Math.abs(adult.gap),
  };
  return adult.gap === 0 ? ctx.t('scale.childSame', p) : ctx.t('scale.childGap', p);
}

/** Every score, newest review first, with who gave it and their own words; a child's words are marked as theirs. */
function wordsView(ctx: ScalingContext, ratings: readonly ScaleRating[], isChild: ScalingInput['isChild']): TemplateResult {
  const dates = reviewDates(ratings).reverse();
  return html`<h3 id="scale-words-h">${ctx.t('scale.wordsHeading')}</h3>
    <div class="scale-words">${dates.map(
      (d) =>
        html`<h4>${ctx.date(d)}</h4><ul class="said">${ratings
          .filter((r) => r.at === d)
          .map((r) => {
            const child = isChild(r.by, r.at);
            return html`<li data-id=${r.id} class=${child ? 'child-score' : ''}>
          <span class="who-score">${whoButton(ctx, r.by)}: <strong class="score">${r.score}</strong></span>
          ${
            r.note
              ? html`<q class="note">${r.note}</q>${child ? html` <span class="tag tag-words">${ctx.t('scale.childWords', { name: ctx.names.name(r.by) })}</span>` : nothing}`
              : html`<span class="no-note">${ctx.t('scale.noNote')}</span>`
          }</li>`;
          })}</ul>`,
    )}</div>`;
}

function ratingsEditor(ctx: ScalingContext, plan: SafetyPlan, form: RatingForm): TemplateResult {
  const r = form.value;
  const errorPrefix = ctx.t('form.errorPrefix');
  const scales = plan.scales ?? [];
  const name = (by: string) => ctx.names.name(by);
  return html`
    ${
      scales.length
        ? html`<details class="ratings-list"><summary>${ctx.t('scale.manage')}</summary><ul>
      ${scales.map(
        (x) => html`<li data-id=${x.id}>${name(x.by)}: ${x.score} (${ctx.date(x.at)})${x.note ? ` – ${x.note}` : ''}
        <button type="button" class="link" @click=${() => ctx.on.edit((p) => removeRating(p, x.id), ctx.t('scale.removed'))}>${ctx.t('statement.delete')}<span class="cw-visually-hidden">: ${name(x.by)} ${x.score} ${ctx.date(x.at)}</span></button></li>`,
      )}
    </ul></details>`
        : nothing
    }
    <fieldset class="rating-form"><legend>${ctx.t('scale.addLegend')}</legend>
      ${field({
        id: 'rating-by',
        errorPrefix,
        label: ctx.t('scale.who'),
        control: (
          a,
        ) => html`<select id=${a.id} data-field="by" aria-describedby=${ifDefined(a.describedBy)} @change=${(e: Event) => form.set({ by: valueOf(e) })}>
          <option value="" ?selected=${!r.by}>${ctx.t('scale.choose')}</option>
          ${whoOptions(ctx.names, plan).map((o) => html`<option value=${o.id} ?selected=${r.by === o.id}>${o.name}</option>`)}
        </select>`,
      })}
      ${field({
        id: 'rating-score',
        errorPrefix,
        label: ctx.t('scale.score'),
        control: (
          a,
        ) => html`<select id=${a.id} data-field="score" aria-describedby=${ifDefined(a.describedBy)} @change=${(e: Event) => form.set({ score: valueOf(e) })}>
          <option value="" ?selected=${r.score === ''}>${ctx.t('scale.choose')}</option>
          ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => html`<option value=${n} ?selected=${r.score === String(n)}>${n}</option>`)}
        </select>`,
      })}
      ${field({
        id: 'rating-at',
        errorPrefix,
        label: ctx.t('scale.date'),
        control: (a) =>
          html`<input id=${a.id} type="date" data-field="at" aria-describedby=${ifDefined(a.describedBy)} .value=${live(r.at)} @input=${(e: Event) => form.set({ at: valueOf(e) })}>`,
      })}
      ${field({
        id: 'rating-note',
        errorPrefix,
        label: ctx.t('scale.note'),
        control: (a) =>
          html`<input id=${a.id} type="text" data-field="note" aria-describedby=${ifDefined(a.describedBy)} .value=${live(r.note)} @input=${(e: Event) => form.set({ note: valueOf(e) })}>`,
      })}
      <button type="button" data-action="add-rating" @click=${() => form.add()}>${ctx.t('scale.add')}</button>
    </fieldset>`;
}
