import { css } from 'lit';
import { baseStyles, fieldStyles, focusPaintStyles } from '@opencasework/core';

/** The network's styles: core's base and form-field styles, then its own. */
export const networkStyles = [
  ...baseStyles,
  fieldStyles,
  focusPaintStyles,
  css`
  :host {
    display: block;
    --_line: var(--cw-network-line-colour, #505a5f);
    --_stress: var(--cw-network-stress-colour, #d4351c);
    --_family-fill: var(--cw-network-family-fill, #ffffff);
    --_pro-fill: var(--cw-network-professional-fill, #d2e2f1);
    --_support-fill: var(--cw-network-support-fill, #cce2d8);
    --_household-fill: var(--cw-network-household-fill, #f3f2f1);
    --_dim: var(--cw-network-dim-opacity, 0.2);
    --_ended: var(--cw-network-ended-colour, #6f777b);
    --_picture-height: var(--cw-network-height, min(75vh, 720px));
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  h2 { font-size: var(--_size-l); margin: 0 0 var(--_space-1); }
  h3 { font-size: var(--_size-m); margin: var(--_space-4) 0 var(--_space-2); }
  p { margin: 0 0 var(--_space-3); }
  .as-at { color: var(--_secondary-text); font-size: var(--_size-s); }
  .bar { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; margin-bottom: var(--_space-3); }
  .check { display: flex; gap: var(--_space-2); align-items: center; font-weight: 400; margin: 0 0 var(--_space-3); }
  .check input { margin: 0; }
  .ask { border: 1px solid var(--_border); padding: var(--_space-3); margin-bottom: var(--_space-3); }
  .ask h3 { margin-top: 0; }
  .ask .row { display: flex; flex-wrap: wrap; gap: var(--_space-3); align-items: flex-end; }
  .ask .field { display: flex; flex-direction: column; }
  .ask input[type='number'] { width: 6em; }
  .answer { margin-top: var(--_space-3); }
  .answer:empty { display: none; }
  .answer .box { border-left: 5px solid var(--_brand); padding: var(--_space-2) var(--_space-3); background: var(--_bg); }
  .answer ul { margin: var(--_space-2) 0; padding-left: var(--_space-4); }
  .picture { position: relative; border: 1px solid var(--_border); background: var(--_bg); }
  .picture-bar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: var(--_space-2); padding: var(--_space-2); border-bottom: 1px solid var(--_border); }
  .picture .zoom { display: flex; flex-wrap: wrap; gap: var(--_space-1); max-width: 100%; }
  .picture .help { font-size: var(--_size-s); color: var(--_secondary-text); margin: 0; max-width: 40em; flex: 1 1 20em; }
  svg.map { display: block; width: 100%; height: min(var(--_picture-height), var(--_drawing-height, 720px)); touch-action: none; cursor: grab; user-select: none; }
  .zoom-level { align-self: center; font-size: var(--_size-s); color: var(--_secondary-text); min-width: 6em; }
  .groups { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; padding: var(--_space-2); border-bottom: 1px solid var(--_border); }
  .sector-box { fill: none; stroke: var(--_border); stroke-width: 1.5; }
  .sector-box.collapsed { stroke-dasharray: 5 3; }
  .edge.group-link { stroke-width: 2; stroke-dasharray: 10 3 2 3; }
  .group .marker { fill: var(--_bg); }
  .why { color: var(--_secondary-text); }
  svg.map.dragging { cursor: grabbing; }
  svg text { font-family: var(--_font); fill: var(--_text); }
  .household { fill: var(--_household-fill); stroke: var(--_secondary-text); stroke-width: 1.5; stroke-dasharray: 4 3; }
  .household-title { font-size: 12px; font-weight: 700; }
  .household-title.loose { font-weight: 400; font-style: italic; }
  .sector-title { font-size: 12px; font-weight: 700; fill: var(--_secondary-text); letter-spacing: 0.04em; }
  /* A halo in the background colour under each title, so no line that crosses it strikes its letters. */
  .household-title, .sector-title { paint-order: stroke; stroke: var(--_bg); stroke-width: 4px; stroke-linejoin: round; }
  .edge { stroke: var(--_line); fill: none; }
  .edge.strong { stroke-width: 4.5; }
  .edge.moderate { stroke-width: 2; }
  .edge.tenuous { stroke-width: 2; stroke-dasharray: 7 5; }
  .edge.stressful { stroke-width: 2; stroke: var(--_stress); }
  .edge.none { stroke-width: 1.5; stroke-dasharray: 1.5 4; }
  .edge.support { stroke: var(--_success); }
  /* Ended: a long-and-short dash in dark grey (4.8:1 on white), so it is told apart by pattern, not by a pale colour. */
  .edge.ended { stroke: var(--_ended); stroke-dasharray: 12 3 3 3; }
  .marker { stroke: var(--_text); stroke-width: 2; }
  .person .marker { fill: var(--_family-fill); }
  .professional .marker { fill: var(--_pro-fill); }
  .support .marker { fill: var(--_support-fill); }
  .ring { fill: none; stroke: var(--_text); stroke-width: 2; }
  .lead .ring { stroke-width: 3; }
  .ended .marker { fill: var(--_bg); stroke: var(--_ended); stroke-dasharray: 3 2; }
  .initials { font-size: 12px; font-weight: 700; text-anchor: middle; dominant-baseline: central; pointer-events: none; }
  .label-bg { fill: var(--_bg); }
  .label { font-size: 12px; }
  .label .name { font-size: 13px; font-weight: 700; }
  .node { cursor: pointer; }
  .node:focus { outline: none; }
  .node.selected .focus-ring { stroke: var(--_focus-text); stroke-width: 3; fill: none; }
  /* Focus: core's focusPaint, a dark band inside a yellow one (4 units each), so a focused node differs from a
     selected one (one 3-unit dark ring) and shows on any background */
  .node:focus-visible .focus-ring { stroke: url(#focus-paint); stroke-width: 8; fill: none; }
  /* Focus: GOV.UK's yellow behind dark text, framed in dark (yellow alone is 1.35:1 on white). Selected: the label keeps its dark text on white inside a 3 px dark frame
     and the marker gets a second ring, so selection is seen by shape as well as colour and never hides the text. */
  .node:focus-visible .label-bg { fill: var(--_focus); fill-opacity: 1; stroke: var(--_focus-text); stroke-width: 2; }
  .node.selected .label-bg { fill: var(--_bg); fill-opacity: 1; stroke: var(--_text); stroke-width: 3; }
  .node.selected:focus-visible .label-bg { fill: var(--_focus); }
  .node-text { pointer-events: none; }
  .node-text.focused text { fill: var(--_focus-text); }
  /* What is not highlighted: lines and markers fade; names stay readable (secondary text, 7:1 on white) and lose their bold. */
  .edge.dim, .node.dim .marker, .node.dim .ring { opacity: var(--_dim); }
  .node.dim .label-bg { fill-opacity: 1; }
  .node-text.dim text { fill: var(--_secondary-text); }
  .node-text.dim .name { font-weight: 400; }
  .legend { margin: var(--_space-3) 0; padding: var(--_space-3); border: 1px solid var(--_border); }
  .legend h3 { margin-top: 0; }
  .legend ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr)); gap: var(--_space-2) var(--_space-4); }
  .legend li { display: flex; align-items: center; gap: var(--_space-2); font-size: var(--_size-s); }
  .legend svg { flex: none; }
  .details { border: 3px solid var(--_text); padding: var(--_space-3); margin: var(--_space-3) 0; }
  .details h3 { margin-top: 0; }
  .details ul { margin: 0 0 var(--_space-2); padding-left: var(--_space-4); }
  .tag { display: inline-block; border: 2px solid currentColor; padding: 0 4px; font-size: 0.875rem; font-weight: 700; margin-left: 4px; }
  .muted { color: var(--_secondary-text); }
  .table-wrap { overflow-x: auto; }
  table th button.sort { background: none; box-shadow: none; color: var(--_link); text-decoration: underline; padding: 0; min-height: 24px; min-width: 24px; font-weight: 700; text-align: left; }
  table th button.sort:focus-visible { background: var(--_focus); color: var(--_focus-text); }
  .people-list section { margin-bottom: var(--_space-4); }
  .people-list ul, .history ol { margin: 0; padding-left: var(--_space-4); }
  .people-list li, .history li { margin-bottom: var(--_space-2); }
  form { border: 1px solid var(--_border); padding: var(--_space-3); margin-top: var(--_space-4); }
  form .field { margin-bottom: var(--_space-3); }
  form fieldset { border: 0; padding: 0; margin: 0 0 var(--_space-3); }
  form legend { font-weight: 700; margin-bottom: var(--_space-1); }
  form .checks label { font-weight: 400; display: flex; gap: var(--_space-2); align-items: center; }
  form input[type='text'], form input[type='tel'], form input[type='email'], form select { width: 100%; max-width: 30em; }
  .field.error { border-left: 5px solid var(--_error); padding-left: var(--_space-3); }
  .alert { border: 5px solid var(--_error); padding: var(--_space-3); margin-bottom: var(--_space-3); }
  .saved { border-left: 5px solid var(--_success); padding: var(--_space-2) var(--_space-3); margin-top: var(--_space-3); }
  .print-only { display: none; }

  @media (forced-colors: active) {
    /* Every line and mark in the system colours, whatever its kind (support, stressful, ended): no fixed colour survives. */
    .edge, .edge.support, .edge.stressful, .edge.group-link, .marker, .ring, .household, .sector-box { stroke: CanvasText; }
    .edge.ended, .ended .marker { stroke: GrayText; }
    .node:focus-visible .focus-ring, .node.selected .focus-ring { stroke: Highlight; }
    .node:focus-visible .focus-ring { stroke-width: 6; }
    /* the ring and the Highlight label are the focus indicator: not core's forced outline as well, a box round the node */
    svg.map .node:focus-visible { outline: none !important; }
    .node.selected .label-bg { fill: Canvas; stroke: Highlight; }
    .node:focus-visible .label-bg, .node.selected:focus-visible .label-bg { fill: Highlight; }
    svg text, .node-text.dim text, .sector-title { fill: CanvasText; }
    .node-text.focused text { fill: HighlightText; }
    .label-bg, .person .marker, .professional .marker, .support .marker, .group .marker, .household { fill: Canvas; }
    .household-title, .sector-title { stroke: Canvas; }
    .edge.dim, .node.dim .marker, .node.dim .ring { opacity: 0.5; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .node, .edge { transition: opacity 0.15s; }
  }
  @media print {
    :host { font-size: 10pt; color: #000; }
    .bar, .ask, .picture-bar, form, button:not(.sort), .check, cw-error-summary, .details button { display: none !important; }
    table th button.sort { color: #000; text-decoration: none; font-size: inherit; min-height: 0; min-width: 0; }
    .sort-mark { display: none; }
    thead th { overflow-wrap: normal; }
    .print-only { display: block; }
    svg.map { height: auto; max-height: 180mm; }
    :host([printing-sheet]) .view:not(.contacts), :host([printing-sheet]) .legend, :host([printing-sheet]) .details { display: none !important; }
    :host([printing-sheet]) table { font-size: 8.5pt; }
    :host([printing-sheet]) td, :host([printing-sheet]) th { padding: 3px 6px 3px 0; }
    a { color: #000; text-decoration: none; }
    tr { break-inside: avoid; }
  }
`,
];
