import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { SIGNIFICANCES } from '@opencasework/core';
import type { Gap } from '../gaps.js';
import type { Localizer } from '../messages/index.js';
import { lowerBound, type ChronologyModel, type Row } from '../model.js';
import { listOf, type PresentedEntry } from '../present.js';
import type { MergedEvent } from '../merge.js';
import { isOpenPeriod, periodEndOf, type PeriodSpans } from '../periods.js';
import { jumpView, keyEventsView, keyMarkers, markerSlot } from './timeline-reading.js';
import { timelineRangeText } from './timeline-text.js';
import { laneLabels } from './lane-labels.js';
import {
  densityBins,
  laneIdsOf,
  lanesFor,
  panViewport,
  revealInViewport,
  ticks,
  xOf,
  zoomViewport,
  type Lane,
  type LaneMode,
  type Viewport,
} from './timeline-geometry.js';

const DAY = 86_400_000;
/** Up to this many markers in view are drawn one by one; beyond it, density bars. */
const MAX_MARKERS = 250;
/**
 * Up to this many plan, placement and missing periods in view are drawn as bands (each a rect and its title). With
 * 250 markers (two elements each) it keeps a whole chronology under its budget of 1,000 elements: at 150, a
 * 10,000-entry case drawn at 784 px came to 1,001 (ticks and lane labels grow with the width).
 */
const MAX_BANDS = 120;
const LANE_H = 44;
const AXIS_H = 34;

export interface TimelineContext {
  l: Localizer;
  model: ChronologyModel;
  /** The events to draw, each by its primary entry, in date order (never empty): one marker per event. */
  shown: Row[];
  /** The event each primary entry stands for (entries from several agencies about one happening). */
  eventOf: (row: Row) => MergedEvent | undefined;
  /** Every entry shown (plans and placements among them are drawn as periods). */
  periodRows: Row[];
  /** Where plans and placements really end. */
  spans: PeriodSpans | undefined;
  /** The span the axis fits: the shown entries, narrowed to the date filter. */
  range: { start: number; end: number };
  /** The "key events" reading (significant and critical, newest first) instead of the drawing. */
  keyOnly: boolean;
  onKeyOnly: (on: boolean) => void;
  /** Jump to a typed date (a year, month or day). */
  onJump: (input: HTMLInputElement) => void;
  gaps: Gap[];
  lanes: LaneMode;
  viewport: Viewport;
  /** The component's width in CSS px. */
  width: number;
  /** The entry the keyboard is on: drawn even when the others are density bars. */
  focusId: string;
  selectedId: string;
  present: (row: Row) => PresentedEntry;
  nameOf: (id: string) => string;
  /** A moment on the axis written as its day (the anonymised version never writes a date of birth). */
  day: (ms: number) => string;
  agencyLabel: (agencyId: string) => string;
  /** A new viewport, or null for "show everything". */
  onViewport: (v: Viewport | null) => void;
  onLanes: (mode: LaneMode) => void;
  /** Bound on the drawing: the RovingFocusController's handler. */
  onKeydown: (e: KeyboardEvent) => void;
  /** A marker (or, with `fromList`, an event in the key events reading) was chosen. */
  onMarker: (row: Row, fromList?: boolean) => void;
}

/** What a key does on the timeline: move the keyboard stop (revealing it), zoom about it, or select it. */
export type TimelineKeyAction =
  { kind: 'move'; row: Row; viewport: Viewport } | { kind: 'zoom'; viewport: Viewport } | { kind: 'select'; row: Row };

/** Arrow keys move between entries in date order; Home/End, PageUp/PageDown; + and - zoom; Enter and Space select. */
export function timelineKeyAction(key: string, shown: Row[], focusRow: Row, v: Viewport): TimelineKeyAction | null {
  const i = Math.max(0, shown.indexOf(focusRow));
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = Math.min(shown.length - 1, i + 1);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = Math.max(0, i - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = shown.length - 1;
      break;
    case 'PageDown':
      next = Math.min(shown.length - 1, i + 10);
      break;
    case 'PageUp':
      next = Math.max(0, i - 10);
      break;
    case 'Enter':
    case ' ':
      return { kind: 'select', row: focusRow };
    case '+':
    case '=':
      return { kind: 'zoom', viewport: zoomViewport(v, 0.5, focusRow.mid) };
    case '-':
    case '_':
      return { kind: 'zoom', viewport: zoomViewport(v, 2, focusRow.mid) };
    default:
      return null;
  }
  const row = shown[next]!;
  return { kind: 'move', row, viewport: revealInViewport(v, row.mid) };
}

/** Characters of 12 px bold text that fit in `px`. */
const charsIn = (px: number) => Math.max(4, Math.floor(px / 7));

/** A period's kind: its own fill pattern as well as its colour (plan plain, placement striped, missing dotted). */
const PERIOD_KINDS = ['plan', 'placement', 'missing'] as const;

function legend(l: Localizer) {
  return html`<ul class="legend" part="legend" aria-label=${l.t('timeline.legend')}>
    ${SIGNIFICANCES.map(
      (s, i) =>
        html`<li><svg aria-hidden="true" viewBox="0 0 24 18"><g class="marker sig-${s}">${
          i >= 3
            ? svg`<path class="shape" d="M12 2L21 16L3 16Z"></path>`
            : i === 2
              ? svg`<rect class="shape" x="7" y="4" width="10" height="10" transform="rotate(45 12 9)"></rect>`
              : svg`<circle class="shape" cx="12" cy="9" r=${4 + i * 1.6}></circle>`
        }</g></svg>${l.t(`sig.${s}`)}</li>`,
    )}
    <li>${PERIOD_KINDS.map(
      (k) =>
        html`<svg aria-hidden="true" viewBox="0 0 24 18" data-period=${k}>${bandPatterns(k)}<rect class="band ${k}" x="1" y="3" width="22" height="12"></rect></svg>`,
    )}${l.t('timeline.legend.period')}</li>
    <li><svg aria-hidden="true" viewBox="0 0 24 18"><rect class="band plan open" x="1" y="3" width="22" height="12"></rect></svg>${l.t('timeline.legend.open')}</li>
    <li><svg aria-hidden="true" viewBox="0 0 24 18"><rect class="gap" x="1" y="1" width="22" height="16"></rect></svg>${l.t('timeline.legend.gap')}</li>
    <li><svg aria-hidden="true" viewBox="0 0 24 18"><line class="span-line" x1="1" x2="23" y1="9" y2="9"></line><circle cx="12" cy="9" r="4" class="marker-dot"></circle></svg>${l.t('timeline.legend.imprecise')}</li>
  </ul>`;
}

/** The fill pattern of a kind of period (a plan has none: a plain light fill). Each svg holds its own, by id. */
function bandPatterns(kind: (typeof PERIOD_KINDS)[number] | 'all') {
  const placement = svg`<pattern id="cw-band-placement" width="5" height="5" patternUnits="userSpaceOnUse"><rect class="band-ground" width="5" height="5"></rect><line class="band-stripe" x1="1" y1="0" x2="1" y2="5"></line></pattern>`;
  const missing = svg`<pattern id="cw-band-missing" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="band-ground" width="6" height="6"></rect><circle class="band-dot" cx="3" cy="3" r="1.6"></circle></pattern>`;
  if (kind === 'placement') return svg`<defs>${placement}</defs>`;
  if (kind === 'missing') return svg`<defs>${missing}</defs>`;
  return kind === 'all' ? svg`${placement}${missing}` : nothing;
}

/** The zoomable timeline: one lane per agency or per child, markers (or density bars), periods, gaps and a key. */
export function timelineView(c: TimelineContext) {
  const { l, model, shown, viewport: v } = c;
  // Drawn at the width it is shown at (not scaled down), so its 12 px labels stay 12 px down to a 240 px column.
  const W = Math.max(240, c.width - 2);
  const labelW = Math.round(Math.min(170, W * 0.26));
  const plotW = W - labelW - 10;
  const lanes = lanesFor(model, c.lanes);
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const H = AXIS_H + lanes.length * LANE_H + 24;
  const x = (ms: number) => labelW + xOf(ms, v, plotW);
  const { ticks: tickList } = ticks(v, plotW, l.dateLocale);
  // Rows whose marker falls in view (a year-only date's midpoint is up to half a year after its start).
  const lo = lowerBound(shown, v.start - 370 * DAY),
    hi = lowerBound(shown, v.end + 1);
  const inView: Row[] = [];
  for (let i = lo; i < hi; i++) {
    const r = shown[i]!;
    if (r.mid >= v.start && r.mid <= v.end) inView.push(r);
  }
  const focused = model.byId.get(c.focusId);
  const focusRow = focused && shown.includes(focused) ? focused : (inView[0] ?? shown[0]!);
  const dense = inView.length > MAX_MARKERS;
  // Significant and critical events are always drawn as markers, above the density bars, at every zoom.
  const drawn = dense
    ? keyMarkers(inView, focusRow, (r) => markerSlot(laneIdsOf(r, model, c.lanes)[0] ?? '', xOf(r.mid, v, plotW)))
    : inView;
  const drawnIds = new Set(drawn.map((r) => r.id));
  const periods: Row[] = [];
  for (const r of c.periodRows) {
    const end = periodEndOf(r, c.spans);
    if (end !== null && r.start <= v.end && end >= v.start) {
      periods.push(r);
      if (periods.length >= MAX_BANDS) break;
    }
  }
  const gaps = c.gaps.filter((g) => g.end >= v.start && g.start <= v.end);
  const laneY = (id: string) => AXIS_H + (laneIndex.get(id) ?? lanes.length - 1) * LANE_H;
  const laneName = (lane: Lane) =>
    lane.kind === 'agency' ? c.agencyLabel(lane.id) : lane.kind === 'others' ? l.t('timeline.lane.others') : c.nameOf(lane.id);
  // Labels that tell lanes apart (shared lead words such as the area's name dropped when a name is too long).
  const labels = laneLabels(lanes.map(laneName), charsIn(labelW - 10));
  const range = c.range;
  // The axis counts UTC days (as the model does), so a moment on it is the UTC day it falls on.
  const fmt = c.day;
  // The bars count the events not drawn as markers.
  const bins = dense
    ? densityBins(
        inView.filter((r) => !drawnIds.has(r.id)),
        model,
        c.lanes,
        v,
        plotW,
        4,
      )
    : null;
  const lanesOf = (r: Row) => {
    const ids: string[] = [];
    for (const e of c.eventOf(r)?.rows ?? [r]) for (const id of laneIdsOf(e, model, c.lanes)) if (!ids.includes(id)) ids.push(id);
    return ids;
  };
  const markerFor = (r: Row) => {
    const p = c.present(r);
    const ev = c.eventOf(r);
    const agencies = ev && ev.agencyIds.length > 1 ? listOf(l.locale, ev.agencyIds.map(c.agencyLabel)) : p.agency;
    const label = l.t('marker.label', {
      date: p.date,
      title: p.title,
      agency: p.withheld ? '' : agencies,
      significance: p.significance || l.t('withheld'),
    });
    const selected = r.id === c.selectedId;
    return lanesOf(r).map((laneId, k) => {
      const cx = x(r.mid),
        cy = laneY(laneId) + LANE_H / 2;
      const size = 4 + r.sig * 1.6;
      const shape =
        r.sig >= 3
          ? svg`<path class="shape" d=${`M${cx} ${cy - size - 2}L${cx + size + 2} ${cy + size}L${cx - size - 2} ${cy + size}Z`}></path>`
          : r.sig === 2
            ? svg`<rect class="shape" x=${cx - size} y=${cy - size} width=${size * 2} height=${size * 2} transform=${`rotate(45 ${cx} ${cy})`}></rect>`
            : svg`<circle class="shape" cx=${cx} cy=${cy} r=${size}></circle>`;
      const span =
        r.precision !== 'day' ? svg`<line class="span-line" x1=${x(r.start)} x2=${x(r.dateEnd + DAY)} y1=${cy} y2=${cy}></line>` : nothing;
      // The first copy is the keyboard stop (RovingFocusController keeps its tabindex); copies in other lanes (an entry about two children) are for the eye only.
      return k === 0
        ? svg`<g class="marker sig-${r.entry.significance} ${selected ? 'selected' : ''}" role="button" data-id=${r.id}
              aria-label=${label} aria-pressed=${selected ? 'true' : 'false'}
              @click=${() => c.onMarker(r)}>
            ${
              // A dense view draws many markers: its key markers are their shapes alone (17-22 px), and only the keyboard stop
              // and the selected one carry the wider target and the focus ring, so the drawing stays small.
              !dense || r === focusRow || selected
                ? svg`${span}<circle class="hit" cx=${cx} cy=${cy} r="12"></circle><circle class="ring" cx=${cx} cy=${cy} r=${size + 5}></circle>`
                : nothing
            }${shape}
          </g>`
        : svg`<g class="marker copy sig-${r.entry.significance}" aria-hidden="true" @click=${() => c.onMarker(r)}>${span}${shape}</g>`;
    });
  };
  return html`
    <div class="timeline" part="timeline">
      <div class="timeline-controls">
        <button type="button" class="secondary" data-action="zoom-in" @click=${() => c.onViewport(zoomViewport(v, 0.5))}>${l.t('timeline.zoomIn')}</button>
        <button type="button" class="secondary" data-action="zoom-out" @click=${() => c.onViewport(zoomViewport(v, 2))}>${l.t('timeline.zoomOut')}</button>
        <button type="button" class="secondary" data-action="earlier" @click=${() => c.onViewport(panViewport(v, -0.5))}>${l.t('timeline.earlier')}</button>
        <button type="button" class="secondary" data-action="later" @click=${() => c.onViewport(panViewport(v, 0.5))}>${l.t('timeline.later')}</button>
        <button type="button" class="secondary" data-action="fit" @click=${() => c.onViewport(null)}>${l.t('timeline.fit')}</button>
        <button type="button" class="secondary" data-action="key-events" aria-pressed=${c.keyOnly ? 'true' : 'false'}
          @click=${() => c.onKeyOnly(!c.keyOnly)}>${l.t('timeline.keyEvents')}</button>
        <div class="group" role="group" aria-label=${l.t('timeline.lanesBy')}>
          <span class="group-label" aria-hidden="true">${l.t('timeline.lanesBy')}</span>
          ${(['agency', 'child'] as const).map(
            (m) => html`<button type="button" class="secondary" data-lanes=${m} aria-pressed=${c.lanes === m ? 'true' : 'false'}
            @click=${() => c.onLanes(m)}>${l.t(`timeline.lanes.${m}`)}</button>`,
          )}
        </div>
        ${jumpView(c)}
      </div>
      <p class="counts">${timelineRangeText(l, v)}</p>
      <p class="cw-hint" id="timeline-help">${l.t('timeline.help')}</p>
      ${dense ? html`<p class="cw-hint">${l.t('timeline.denseKey', { count: inView.length })}</p>` : nothing}
      ${c.keyOnly ? keyEventsView(c) : nothing}
      <div class="timeline-wrap" ?hidden=${c.keyOnly}>
        <svg class="timeline" role="group" viewBox="0 0 ${W} ${H}" width=${W} height=${H}
          aria-label=${l.t('timeline.label', { count: shown.length, from: fmt(range.start), to: fmt(range.end) })}
          aria-describedby="timeline-help" @keydown=${c.onKeydown}>
          <defs>
            ${bandPatterns('all')}
            <pattern id="cw-gap-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line>
            </pattern>
          </defs>
          <g aria-hidden="true">
            ${lanes.map(
              (lane, i) => svg`
              ${i % 2 === 0 ? svg`<rect class="lane-bg" x="0" y=${AXIS_H + i * LANE_H} width=${W} height=${LANE_H}></rect>` : nothing}
              <text class="lane-label" data-lane=${lane.id} y=${AXIS_H + i * LANE_H + LANE_H / 2 + 4}>${labels[i]!.map(
                (line, k, all) =>
                  svg`<tspan x="6" y=${AXIS_H + i * LANE_H + LANE_H / 2 + 4 + (k - (all.length - 1) / 2) * 14}>${line}</tspan>`,
              )}<title>${laneName(lane)}</title></text>`,
            )}
            <line class="axis-line" x1=${labelW} x2=${W} y1=${AXIS_H - 4} y2=${AXIS_H - 4}></line>
            ${tickList.map(
              (tk) => svg`<line class="tick ${tk.major ? 'major' : ''}" x1=${x(tk.t)} x2=${x(tk.t)} y1=${AXIS_H - 10} y2=${H - 20}></line>
              <text class="tick-label" x=${x(tk.t) + 3} y="14">${tk.label}</text>`,
            )}
            ${gaps.map((g) => {
              const gx = Math.max(labelW, x(g.start)),
                gw = Math.min(W, x(g.end)) - gx;
              return gw > 1
                ? svg`<rect class="gap" x=${gx} y=${AXIS_H - 4} width=${gw} height=${lanes.length * LANE_H + 4}></rect>
                ${gw > 90 ? svg`<text class="gap-label" x=${gx + 4} y=${H - 6}>${l.t('timeline.gap', { days: g.days })}</text>` : nothing}`
                : nothing;
            })}
            ${periods.map((r) =>
              laneIdsOf(r, model, c.lanes).map((laneId) => {
                const bx = Math.max(labelW, x(r.start)),
                  bw = Math.max(3, Math.min(W, x(periodEndOf(r, c.spans)!)) - bx);
                const cls = ['plan', 'placement', 'missing'].includes(r.entry.category) ? r.entry.category : 'other';
                const p = c.present(r);
                return svg`<rect class="band ${cls} ${isOpenPeriod(r, c.spans) ? 'open' : ''}" x=${bx} y=${laneY(laneId) + 6} width=${bw} height=${LANE_H - 12}><title>${p.date}: ${p.title}</title></rect>`;
              }),
            )}
            ${
              bins
                ? [...bins].map(([laneId, arr]) => {
                    // One path per lane keeps the DOM small however many entries there are.
                    const y0 = laneY(laneId) + LANE_H - 5;
                    let peak = 1;
                    for (const n of arr) peak = Math.max(peak, n);
                    let d = '';
                    arr.forEach((n, b) => {
                      if (!n) return;
                      const h = Math.max(2, ((LANE_H - 10) * Math.log2(1 + n)) / Math.log2(1 + peak));
                      d += `M${labelW + b * 4} ${y0}v${(-h).toFixed(1)}h3v${h.toFixed(1)}z`;
                    });
                    return svg`<path class="density" d=${d}></path>`;
                  })
                : nothing
            }
          </g>
          ${repeat(drawn, (r) => r.id, markerFor)}
        </svg>
      </div>
      ${legend(l)}
      ${gaps.length ? html`<ul class="cw-visually-hidden">${gaps.map((g) => html`<li>${l.t('timeline.gap', { days: g.days })}: ${fmt(g.start)} – ${fmt(g.end)}</li>`)}</ul>` : nothing}
    </div>
  `;
}
