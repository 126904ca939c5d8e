import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field, type SafetyPlan } from '@opencasework/core';
import { removeRating } from '../plan-edit.js';
import { chartGeometry, type ScaleModel, type ScaleSeries } from '../scaling.js';
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

const W = 640,
  H = 280;

/** The safety scale: the gap at the latest review, the chart across reviews, the same data as a table, and the ratings editor. */
export function scalingView(ctx: ScalingContext, plan: SafetyPlan, model: ScaleModel, form: RatingForm): TemplateResult {
  const ratings = plan.scales ?? [];
  const { series, dates, gaps, latest } = model;
  return html`<section part="scaling" class="scaling" aria-labelledby="scale-h">
    <h2 id="scale-h">${ctx.t('scale.heading')}</h2>
    <p class="question">${model.question || ctx.t('scale.question')}</p>
    ${
      ratings.length === 0
        ? html`<p class="none">${ctx.t('scale.none')}</p>`
        : html`
      ${latest?.gap !== undefined ? html`<p class="gap ${Math.abs(latest.gap) >= 3 ? 'gap-wide' : ''}"><strong>${gapText(ctx, latest.gap, latest.family ?? 0, latest.professional ?? 0, latest.at)}</strong></p>` : nothing}
      ${chart(ctx, series, dates)}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="scale-caption">
      <table class="scale-table">
        <caption id="scale-caption">${ctx.t('scale.tableCaption')}</caption>
        <thead><tr><th scope="col">${ctx.t('scale.person')}</th>${dates.map((d) => html`<th scope="col">${ctx.date(d)}</th>`)}</tr></thead>
        <tbody>${series.map(
          (s) => html`<tr class=${ctx.selected === s.by ? 'concerns' : ''} data-by=${s.by}>
          <th scope="row">${whoButton(ctx, s.by)} <span class="group">(${ctx.t(`group.${s.group}`)})</span></th>
          ${dates.map(
            (d) =>
              html`<td>${s.points
                .filter((x) => x.at === d)
                .map((x) => x.score)
                .join(', ')}</td>`,
          )}
        </tr>`,
        )}
        ${
          gaps.some((g) => g.gap !== undefined)
            ? html`<tr class="gap-row"><th scope="row">${ctx.t('scale.gapRow')}</th>${gaps.map((g) => html`<td>${g.gap ?? ''}</td>`)}</tr>`
            : nothing
        }
        </tbody>
      </table></div>`
    }
    ${ctx.editable ? ratingsEditor(ctx, plan, form) : nothing}
  </section>`;
}

/** The sentence stating the gap between the family's and the professionals' views. */
export function gapText(ctx: Pick<PlanViewContext, 't' | 'date'>, gap: number, family: number, professional: number, at: string): string {
  if (gap === 0) return ctx.t('scale.sameView', { score: String(family), date: ctx.date(at) });
  return ctx.t(gap > 0 ? 'scale.gapFamilyHigher' : 'scale.gapFamilyLower', {
    gap: String(Math.abs(gap)),
    family: String(family),
    professional: String(professional),
    date: ctx.date(at),
  });
}

function chart(ctx: ScalingContext, series: ScaleSeries[], dates: string[]): TemplateResult {
  const g = chartGeometry(dates, W, H);
  const summary = series
    .map((s) => `${ctx.names.name(s.by)}: ${s.points.map((p) => `${p.score} (${ctx.date(p.at)})`).join(', ')}`)
    .join('. ');
  const key = (group: string, marker: TemplateResult) =>
    html`<svg class="key" viewBox="0 0 40 16" aria-hidden="true"><g class="series series-${group}"><polyline points="0,8 40,8"></polyline>${marker}</g></svg>`;
  const square = svg`<rect x="15" y="3" width="10" height="10"></rect>`;
  return html`<figure class="chart" part="chart">
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${`${ctx.t('scale.chartLabel')}. ${summary}`} focusable="false">
      ${[0, 2, 4, 6, 8, 10].map(
        (v) => svg`<line class="grid" x1=${g.pad.left} x2=${W - g.pad.right} y1=${g.y(v)} y2=${g.y(v)}></line>
        <text class="axis" x=${g.pad.left - 8} y=${g.y(v) + 5} text-anchor="end">${v}</text>`,
      )}
      ${dates.map((d) => svg`<text class="axis" x=${g.x(d)} y=${H - g.pad.bottom + 22} text-anchor="middle">${ctx.date(d)}</text>`)}
      ${series.map(
        (s) => svg`<g class="series series-${s.group} ${ctx.selected === s.by ? 'selected' : ''}">
        <polyline points=${s.points.map((p) => `${g.x(p.at)},${g.y(p.score)}`).join(' ')}></polyline>
        ${s.points.map((p) =>
          s.group === 'family'
            ? svg`<circle cx=${g.x(p.at)} cy=${g.y(p.score)} r="6"></circle>`
            : svg`<rect x=${g.x(p.at) - 5} y=${g.y(p.score) - 5} width="10" height="10"></rect>`,
        )}
      </g>`,
      )}
    </svg>
    <figcaption>
      <ul class="legend">
        <li>${key('family', svg`<circle cx="20" cy="8" r="5"></circle>`)}${ctx.t('group.family')}</li>
        <li>${key('professional', square)}${ctx.t('group.professional')}</li>
        ${series.some((s) => s.group === 'other') ? html`<li>${key('other', square)}${ctx.t('group.other')}</li>` : nothing}
      </ul>
    </figcaption>
  </figure>`;
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
