import { css } from 'lit';
import { baseStyles, conflictStyles, fieldStyles } from '@opencasework/core';

/** The board's styles: core's base styles, then the board's own (screen, forced colours, the wall print). */
export const boardStyles = [
  ...baseStyles,
  fieldStyles,
  conflictStyles,
  css`
    :host { display: block; --_col-min: var(--cw-blockage-column-min, 14rem); }
    :host([hidden]) { display: none; }
    * { box-sizing: border-box; }
    h2 { font-size: var(--_size-xl); margin: 0 0 var(--_space-2); line-height: 1.1; }
    h3 { font-size: var(--_size-l); margin: 0 0 var(--_space-2); }
    h4 { font-size: var(--_size-m); margin: var(--_space-4) 0 var(--_space-2); }
    .intro { max-width: 40em; }
    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-3); justify-content: space-between; margin: var(--_space-3) 0; }
    .views, .exports, .buttons { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
    .buttons { margin-top: var(--_space-3); }
    .live:empty, .alert:empty { display: none; }
    .live { border-left: 5px solid var(--_success); padding: var(--_space-2) var(--_space-3); margin: 0 0 var(--_space-3); background: var(--_bg); }
    .alert .cw-error-message { border-left: 5px solid var(--_error); padding: var(--_space-2) var(--_space-3); }
    .field { margin-bottom: var(--_space-3); min-width: 0; }
    .field.checkbox { display: flex; gap: var(--_space-2); align-items: flex-start; }
    .field.checkbox label { font-weight: 400; }
    input[type='text'], input[type='search'], textarea { width: 100%; }
    input.narrow { width: 8em; }
    label.inline { display: inline; font-weight: 400; font-size: var(--_size-s); }
    .row { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
    .row > .field { flex: 1 1 12rem; }
    .panel, .raise { border: 1px solid var(--_border); background: var(--_bg); padding: var(--_space-4); margin-bottom: var(--_space-4); }
    .raise { border-left: 5px solid var(--_brand); }
    .more { margin: var(--_space-3) 0; }
    .more summary { color: var(--_link); text-decoration: underline; cursor: pointer; min-height: 24px; }
    .more-fields { padding: var(--_space-3) 0 0 var(--_space-3); border-left: 5px solid var(--_border); margin-top: var(--_space-2); }
    .similar ul, .sensitive ul { margin: var(--_space-1) 0; padding-left: var(--_space-4); }
    .similar li { margin-bottom: var(--_space-1); display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
    .similar p { margin: var(--_space-2) 0 0; font-weight: 700; }
    .sensitive { border-left: 5px solid var(--_warning); padding: var(--_space-2) var(--_space-3); margin: var(--_space-2) 0; background: var(--_surface); }
    .sensitive p { margin: 0; }
    mark { background: var(--_focus); color: var(--_focus-text); }
    .filters { display: flex; flex-wrap: wrap; gap: var(--_space-3); align-items: flex-end; margin-bottom: var(--_space-3); }
    .filters .grow { flex: 1 1 14rem; }
    .filters .count { flex-basis: 100%; margin: 0; font-size: var(--_size-s); }
    .filters .check { display: flex; align-items: center; gap: var(--_space-2); min-height: 2.5rem; }
    .filters .check input { width: 24px; height: 24px; margin: 0; flex: none; }
    .filters .check label { margin: 0; }
    .empty { font-weight: 700; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_col-min)), 1fr)); gap: var(--_space-3); align-items: start; }
    .column { background: var(--_surface); padding: var(--_space-2); min-height: 6rem; border: 2px solid transparent; min-width: 0; }
    .column.drop { border: 2px dashed var(--_brand); }
    .column h3 { font-size: var(--_size-m); display: flex; justify-content: space-between; gap: var(--_space-2); }
    .count-badge { background: var(--_text); color: var(--_bg); padding: 0 var(--_space-2); border-radius: 1em; font-size: var(--_size-s); }
    .column-hint { margin-bottom: var(--_space-2); }
    .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-2); }
    .card { background: var(--_bg); border: 1px solid var(--_border); border-left: 5px solid var(--_brand); padding: var(--_space-2) var(--_space-3); }
    /* Long columns: the browser skips style and layout of cards that are off screen (still in the accessibility tree). */
    .card { content-visibility: auto; contain-intrinsic-size: auto 11rem; }
    .card[data-status='resolved'] { border-left-color: var(--_success); }
    .card[data-status='escalated'] { border-left-color: var(--_warning); }
    .card[data-status='raised'] { border-left-color: var(--_text); }
    .card:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--_focus-text); background: var(--_bg); color: var(--_text); }
    .card-title { font-size: var(--_size-m); margin: 0 0 var(--_space-1); }
    /* Stuck: said in words; the heavier left border repeats it for a quick scan, never alone. */
    .card.stuck { border-left-width: 9px; border-left-style: double; }
    .stuck-marker { display: inline-block; margin: 0 0 var(--_space-1); padding: 0 var(--_space-1); border: 2px solid var(--_text); font-size: var(--_size-s); }
    .facts { display: grid; grid-template-columns: auto 1fr; gap: 0 var(--_space-2); margin: 0 0 var(--_space-2); font-size: var(--_size-s); }
    .facts > div { display: contents; }
    .facts dt { color: var(--_secondary-text); }
    .facts dd { margin: 0; }
    .latest { font-size: var(--_size-s); margin: 0 0 var(--_space-2); }
    .latest .label { color: var(--_secondary-text); }
    .card-controls { display: flex; flex-wrap: wrap; gap: var(--_space-1); align-items: center; }
    .move-menu { list-style: none; margin: 0; padding: var(--_space-1) 0 0; display: flex; flex-wrap: wrap; gap: var(--_space-1); flex-basis: 100%; }
    button.small { min-height: 32px; min-width: 32px; padding: 3px 8px; }
    .none { margin: 0; }
    .agenda { padding-left: var(--_space-4); }
    .progress { margin: 0 0 var(--_space-1); }
    .detail { white-space: pre-wrap; }
    .actions { padding-left: var(--_space-4); font-size: var(--_size-s); }
    #debrief-step:focus, #debrief-heading:focus { outline: 3px solid var(--_focus); }
    .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); gap: var(--_space-3); margin: var(--_space-3) 0; }
    .figures > div { border-left: 5px solid var(--_brand); padding-left: var(--_space-2); }
    .figures dt { font-size: var(--_size-s); color: var(--_secondary-text); }
    .figures dd { margin: 0; font-weight: 700; }
    .chart { margin: 0; }
    svg { width: 100%; max-width: 600px; height: auto; display: block; font-size: 13px; font-family: var(--_font); }
    /* 13 px text in 600 units stays >= 12 CSS px down to 554 px wide: narrower screens scroll the drawing in place. */
    .drawing-scroll { max-width: 100%; overflow-x: auto; }
    .drawing-scroll svg { min-width: 560px; }
    .drawing-scroll:focus-visible { outline: 3px solid var(--_focus-text); outline-offset: 2px; }
    svg text { fill: var(--_text); }
    svg .tick line { stroke: var(--_border); }
    svg .median { stroke: var(--_text); stroke-dasharray: 6 4; stroke-width: 1.5; }
    svg .run { fill: none; stroke: var(--_brand); stroke-width: 2; }
    svg .point { fill: var(--_brand); }
    svg .bar.s0, .swatch.s0 { fill: var(--_brand); background: var(--_brand); }
    svg .bar.s1, .swatch.s1 { fill: var(--_success); background: var(--_success); }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: var(--_space-3); font-size: var(--_size-s); }
    .swatch { display: inline-block; width: 1em; height: 1em; margin-right: var(--_space-1); vertical-align: middle; border: 1px solid var(--_text); }
    .table-view summary { color: var(--_link); text-decoration: underline; cursor: pointer; margin: var(--_space-2) 0; min-height: 24px; }
    .table-view, table { max-width: 100%; }
    .measures table { display: block; overflow-x: auto; }
    .print-only { display: none; }

    @media (forced-colors: active) {
      .card, .column, .panel, .raise { border-color: CanvasText; forced-color-adjust: auto; }
      .column.drop { border-color: Highlight; }
      svg text { fill: CanvasText; }
      svg .run, svg .median, svg .tick line { stroke: CanvasText; }
      svg .point, svg .bar.s0 { fill: Highlight; }
      svg .bar.s1 { fill: CanvasText; }
      .swatch.s0 { background: Highlight; }
      .swatch.s1 { background: CanvasText; }
      .count-badge { border: 1px solid CanvasText; }
      mark { forced-color-adjust: none; background: Mark; color: MarkText; }
    }

    @media print {
      /* The team-room wall: the board's columns side by side, large cards, no controls. */
      :host { font-size: 14pt; color: #000; background: #fff; }
      .toolbar, .live, .alert, .raise, .filters, .edit, .conflict, #keys-help, .card-controls, .column-hint, .intro, cw-error-summary { display: none !important; }
      .print-only { display: block; }
      .print-meta { font-size: 11pt; margin: 0 0 8pt; }
      h2 { font-size: 24pt; }
      .columns { grid-template-columns: repeat(5, 1fr); gap: 8pt; }
      .column { background: none; border: 0; padding: 0; }
      .column h3 { font-size: 18pt; border-bottom: 3pt solid #000; padding-bottom: 4pt; }
      .count-badge { background: none; color: #000; border: 1pt solid #000; }
      .card { content-visibility: visible; border: 2pt solid #000; border-left-width: 8pt; break-inside: avoid; page-break-inside: avoid; padding: 6pt; }
      .card-title { font-size: 16pt; }
      .facts { font-size: 11pt; }
      .panel { border: 0; padding: 0; }
      details.table-view { display: block; }
      svg { max-width: 100%; }
    }
  `,
];
