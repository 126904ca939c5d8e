import { html, nothing, svg, type TemplateResult } from 'lit';
import type { BlockageCategory } from '@opencasework/core';
import type { BoardMeasures, Spread } from '../measures.js';
import type { BoardFormat } from '../format.js';

/**
 * The measures panel: small SVG charts, each with a table made from the same numbers. There is never a target line:
 * the run chart's only reference line is the median of the points themselves.
 */
export interface MeasuresViewContext {
  f: BoardFormat;
  measures: BoardMeasures;
  /** How many blockages the board has. */
  total: number;
}

const W = 600;
const H = 220;
const PAD = { l: 44, r: 12, t: 12, b: 28 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function spreadText(s: Spread, f: BoardFormat): string {
  if (!s.count || s.median === null) return f.t('measures.noneResolved');
  return f.t('measures.spread', {
    median: f.number(s.median),
    q1: f.number(s.q1!),
    q3: f.number(s.q3!),
    min: f.number(s.min!),
    max: f.number(s.max!),
    count: s.count,
  });
}

function runChart(m: BoardMeasures, f: BoardFormat): TemplateResult {
  const { t } = f;
  const pts = m.runChart;
  if (!pts.length) return html`<p>${t('measures.noneResolved')}</p>`;
  const maxY = niceMax(Math.max(...pts.map((p) => p.days)));
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const x = (i: number) => PAD.l + (pts.length === 1 ? iw / 2 : (i * iw) / (pts.length - 1));
  const y = (d: number) => PAD.t + ih - (d / maxY) * ih;
  const median = m.endToEnd.median ?? 0;
  const path = pts.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.days).toFixed(1)}`).join(' ');
  const label = t('measures.runLabel', {
    count: pts.length,
    median: f.number(median),
    min: f.number(m.endToEnd.min!),
    max: f.number(m.endToEnd.max!),
  });
  return html`<figure class="chart">
    <div class="drawing-scroll" tabindex="0" role="group" aria-label=${t('measures.runHeading')}>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${label} preserveAspectRatio="xMidYMid meet">
      ${[0, 0.5, 1].map(
        (k) => svg`<g class="tick"><line x1=${PAD.l} x2=${W - PAD.r} y1=${y(maxY * k)} y2=${y(maxY * k)}></line>
        <text x=${PAD.l - 6} y=${y(maxY * k) + 4} text-anchor="end">${f.number(maxY * k, 0)}</text></g>`,
      )}
      <line class="median" x1=${PAD.l} x2=${W - PAD.r} y1=${y(median)} y2=${y(median)}></line>
      <text class="median-label" x=${W - PAD.r} y=${y(median) - 5} text-anchor="end">${t('measures.median')} ${f.number(median)}</text>
      <path class="run" d=${path}></path>
      ${pts.map((p, i) => svg`<circle class="point" cx=${x(i)} cy=${y(p.days)} r="4"></circle>`)}
      <text x=${PAD.l} y=${H - 8}>${f.day(pts[0]!.resolvedAt)}</text>
      <text x=${W - PAD.r} y=${H - 8} text-anchor="end">${f.day(pts[pts.length - 1]!.resolvedAt)}</text>
    </svg></div>
    <figcaption class="cw-hint">${t('measures.runCaption')}</figcaption>
  </figure>
  <details class="table-view">
    <summary>${t('measures.showTable', { name: t('measures.runHeading') })}</summary>
    <table>
      <caption class="cw-visually-hidden">${t('measures.runHeading')}</caption>
      <thead><tr><th scope="col">${t('measures.resolvedOn')}</th><th scope="col">${t('field.title')}</th><th scope="col">${t('measures.days')}</th></tr></thead>
      <tbody>${pts.map((p) => html`<tr><td>${f.day(p.resolvedAt)}</td><td>${p.title}</td><td>${f.number(p.days)}</td></tr>`)}</tbody>
    </table>
  </details>`;
}

function bars(rows: { label: string; values: number[] }[], series: string[], label: string, unit: (n: number) => string): TemplateResult {
  const rowH = 22 * series.length + 10;
  const h = rows.length * rowH + 8;
  const labelW = 170;
  const max = niceMax(Math.max(0, ...rows.flatMap((r) => r.values)));
  const iw = W - labelW - 70;
  // In a region that scrolls sideways on a narrow screen: the drawing is never narrower than keeps its 13 px text at
  // 12 CSS px or more (WCAG 1.4.4 and 1.4.10; test/reflow-zoom.test.ts).
  return html`<div class="drawing-scroll" tabindex="0" role="group" aria-label=${label}><svg viewBox="0 0 ${W} ${h}" role="img" aria-label=${label} class="bars">
    ${rows.map(
      (r, i) => svg`<g transform=${`translate(0 ${i * rowH + 4})`}>
      <text x=${labelW - 8} y=${(rowH - 10) / 2 + 5} text-anchor="end">${r.label}</text>
      ${r.values.map(
        (
          v,
          j,
        ) => svg`<rect class=${`bar s${j}`} x=${labelW} y=${j * 22} height="18" width=${Math.max(v > 0 ? 2 : 0, (v / max) * iw)}></rect>
        <text class="value" x=${labelW + (v / max) * iw + 6} y=${j * 22 + 14}>${unit(v)}</text>`,
      )}
    </g>`,
    )}
  </svg></div>
  ${series.length > 1 ? html`<ul class="legend">${series.map((s, j) => html`<li><span class=${`swatch s${j}`}></span>${s}</li>`)}</ul>` : nothing}`;
}

/** The measures panel. */
export function measuresView({ f, measures: m, total }: MeasuresViewContext): TemplateResult {
  const { t } = f;
  const days = (n: number) => f.number(n, 0);
  const hrs = (n: number) => f.number(n);
  const cats = m.byCategory.filter((c) => c.open || c.resolved);
  const catLabel = (c: BlockageCategory) => f.category(c);
  return html`<section class="panel measures" part="measures" aria-labelledby="measures-heading">
    <h3 id="measures-heading">${t('measures.heading')}</h3>
    <p class="cw-hint">${t('measures.intro', { count: total })}</p>
    <dl class="figures">
      <div><dt>${t('measures.open')}</dt><dd>${m.open}</dd></div>
      <div><dt>${t('measures.escalated')}</dt><dd>${m.escalated}</dd></div>
      <div><dt>${t('measures.resolved')}</dt><dd>${m.resolved}</dd></div>
      <div><dt>${t('measures.hoursOpen')}</dt><dd>${f.hours(m.hoursLostOpen)}</dd></div>
      <div><dt>${t('measures.hoursRecovered')}</dt><dd>${f.hours(m.hoursRecovered)}</dd></div>
      <div><dt>${t('measures.endToEnd')}</dt><dd>${spreadText(m.endToEnd, f)}</dd></div>
    </dl>
    ${m.openWithoutHours ? html`<p class="cw-hint">${t('measures.withoutHours', { count: m.openWithoutHours })}</p>` : nothing}
    ${m.untimedResolved ? html`<p class="cw-hint">${t('measures.untimed', { count: m.untimedResolved })}</p>` : nothing}

    <h4>${t('measures.runHeading')}</h4>
    ${runChart(m, f)}

    <h4>${t('measures.ageHeading')}</h4>
    ${
      m.open
        ? html`<p>${t('measures.ageSummary', { median: days(m.openAge.median ?? 0), max: days(m.openAge.max ?? 0) })}</p>
      ${bars(
        m.ageBuckets.map((b) => ({ label: t(`measures.bucket.${b.key}`), values: [b.count] })),
        [t('measures.open')],
        t('measures.ageLabel', { list: m.ageBuckets.map((b) => `${t(`measures.bucket.${b.key}`)}: ${b.count}`).join(', ') }),
        days,
      )}
      <details class="table-view">
        <summary>${t('measures.showTable', { name: t('measures.ageHeading') })}</summary>
        <table>
          <caption class="cw-visually-hidden">${t('measures.ageHeading')}</caption>
          <thead><tr><th scope="col">${t('field.title')}</th><th scope="col">${t('field.status')}</th><th scope="col">${t('measures.ageDays')}</th><th scope="col">${t('field.hours')}</th></tr></thead>
          <tbody>${m.openAges.map((a) => html`<tr><td>${a.title}</td><td>${f.status(a.status)}</td><td>${days(a.days)}</td><td>${a.hoursLostPerWeek === null ? t('card.notEstimated') : hrs(a.hoursLostPerWeek)}</td></tr>`)}</tbody>
        </table>
      </details>`
        : html`<p>${t('measures.noneOpen')}</p>`
    }

    <h4>${t('measures.categoryHeading')}</h4>
    ${
      cats.length
        ? html`
      ${bars(
        cats.map((c) => ({ label: catLabel(c.category), values: [c.hoursLostOpen, c.hoursRecovered] })),
        [t('measures.hoursOpen'), t('measures.hoursRecovered')],
        t('measures.categoryLabel', {
          list: cats
            .map((c) =>
              t('measures.categoryItem', { category: catLabel(c.category), open: hrs(c.hoursLostOpen), recovered: hrs(c.hoursRecovered) }),
            )
            .join('; '),
        }),
        hrs,
      )}
      <table>
        <caption class="cw-visually-hidden">${t('measures.categoryHeading')}</caption>
        <thead><tr>
          <th scope="col">${t('field.category')}</th><th scope="col">${t('measures.open')}</th><th scope="col">${t('measures.escalated')}</th>
          <th scope="col">${t('measures.resolved')}</th><th scope="col">${t('measures.hoursOpen')}</th><th scope="col">${t('measures.hoursRecovered')}</th>
          <th scope="col">${t('measures.medianDays')}</th>
        </tr></thead>
        <tbody>${cats.map(
          (c) => html`<tr><th scope="row">${catLabel(c.category)}</th><td>${c.open}</td><td>${c.escalated}</td><td>${c.resolved}</td>
          <td>${hrs(c.hoursLostOpen)}</td><td>${hrs(c.hoursRecovered)}</td><td>${c.endToEnd.median === null ? '—' : f.number(c.endToEnd.median)}</td></tr>`,
        )}</tbody>
      </table>`
        : html`<p>${t('measures.noData')}</p>`
    }
  </section>`;
}
