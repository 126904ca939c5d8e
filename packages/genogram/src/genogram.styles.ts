import { css, unsafeCSS } from 'lit';
import { baseStyles, fieldStyles, focusPaintStyles } from '@opencasework/core';
import { drawingCss } from './drawing-styles.js';

/** The element's styles: core's base and form-field styles, the drawing's own stylesheet, then the layout around it. */
export const genogramStyles = [
  ...baseStyles,
  fieldStyles,
  focusPaintStyles,
  // drawingCss is this package's own constant stylesheet, never data
  unsafeCSS(drawingCss),
  css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-3) var(--_space-6); align-items: flex-end; margin-bottom: var(--_space-3); }
    .field { margin: 0; }
    .views { display: flex; gap: var(--_space-1); flex-wrap: wrap; }
    .checks { display: flex; flex-wrap: wrap; gap: var(--_space-2) var(--_space-4); }
    .check { display: flex; align-items: center; gap: var(--_space-1); }
    .check label { font-weight: 400; margin: 0; }
    .check input { width: 24px; height: 24px; margin: 0; }
    .find { margin-bottom: var(--_space-3); }
    .find-row { display: flex; gap: var(--_space-1); flex-wrap: wrap; }
    .find-row input { max-width: 20rem; flex: 1 1 12rem; }
    .find-message { font-weight: 700; margin: var(--_space-1) 0 0; }
    .undated .check, .undated p, .harm-note { margin: var(--_space-1) 0; }
    .zoom { display: flex; flex-wrap: wrap; gap: var(--_space-1); align-items: center; }
    .zoom-level { font-size: var(--_size-s); color: var(--_secondary-text); margin: 0 var(--_space-2); }
    .layout { display: flex; flex-wrap: wrap; gap: var(--_space-4); align-items: flex-start; }
    .main { flex: 1 1 30rem; min-width: 0; }
    .canvas { border: 1px solid var(--_border); background: var(--_bg); }
    svg.drawing { display: block; width: 100%; height: var(--cw-genogram-height, min(70vh, var(--_drawing-h, 640px))); touch-action: none; cursor: grab; user-select: none; }
    svg.drawing.dragging { cursor: grabbing; }
    .person { cursor: pointer; }
    /* the words sit over the symbols (the age inside them): clicks go through to the person underneath */
    .labels, .person-label, .status-label, .support-label, .undated-label { pointer-events: none; }
    /* the whole circle of the ring round a symbol takes the click, not only its painted outline */
    .person .ring { fill: transparent; }
    .person:focus { outline: none; }
    /* focus: GOV.UK's yellow ring (1.35:1 on white alone) with a black ring inside it (21:1), 4 units each: one
       stroke, painted by core's two-colour focusPaint drawn with the svg */
    .person:focus-visible .ring, .person:focus .ring { stroke: url(#focus-paint); stroke-width: 8; }
    .person:focus-visible .shape { stroke-width: 3; }
    .dispute-mark { cursor: help; }
    .tip { cursor: default; }
    .pan { display: inline-flex; gap: var(--_space-1); }
    .skip { position: absolute; left: -9999px; }
    .skip:focus { position: static; display: inline-block; margin-bottom: var(--_space-2); }
    .details { flex: 0 1 20rem; border-left: 5px solid var(--_brand); padding: 0 var(--_space-3); }
    .details h2, .legend h2, .text-view h2, .editor h2 { font-size: var(--_size-l); margin: var(--_space-3) 0; }
    .legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); font-size: var(--_size-s); }
    .legend li { display: flex; align-items: center; gap: var(--_space-1); }
    .swatch { flex: none; }
    .text-view p, .text-view li { max-width: 45em; }
    .text-view .summary { font-weight: 700; }
    .people-list { padding-left: var(--_space-4); }
    .headline { margin: var(--_space-2) 0 0; }
    .table-view { overflow-x: auto; }
    .table-view table { margin-bottom: var(--_space-4); }
    caption { text-align: left; font-weight: 700; font-size: var(--_size-l); margin-bottom: var(--_space-2); }
    .tag { font-weight: 400; }
    .message { padding: var(--_space-2) var(--_space-3); border-left: 5px solid var(--_success); }
    .message.error { border-color: var(--_error); color: var(--_error); font-weight: 700; }
    .as-at-note { font-weight: 700; }
    .editor { border-top: 2px solid var(--_border); margin-top: var(--_space-4); display: flex; flex-wrap: wrap; gap: var(--_space-6); }
    .editor h2 { flex-basis: 100%; }
    .editor form { flex: 1 1 18rem; }
    .editor input:not([type='checkbox']), .editor select { width: 100%; }
    /* Forced colours (Windows high contrast, light or dark): the drawing's own colours are fixed hex values, which
       the browser does not force in SVG, so every text, line, mark and shape (in the drawing and the key) takes a system colour here; !important
       because the drawing's rules (.emo.warm path, .person-label .name ...) are more specific. */
    @media (forced-colors: active) {
      :is(svg.drawing, .legend svg) text { fill: CanvasText !important; }
      /* a Canvas halo round every letter: words stay readable where they cross a line or the Highlight focus ring */
      svg.drawing text { paint-order: stroke; stroke: Canvas; stroke-width: 3px; stroke-linejoin: round; }
      :is(svg.drawing, .legend svg) :is(.line, .slash, .cross, .shape, .inner, .solid, .emo path, .support, .household rect, .household line, .dispute-mark circle, .tip rect) { stroke: CanvasText !important; }
      :is(svg.drawing, .legend svg) :is(.solid, .emo .fill) { fill: CanvasText !important; }
      :is(svg.drawing, .legend svg) :is(.emo .fill) { stroke: none !important; }
      :is(svg.drawing, .legend svg) :is(.shape, .dispute-mark circle, .tip rect) { fill: Canvas !important; }
      :is(svg.drawing, .legend svg) .person:is(.selected, .highlighted, :focus) .ring { stroke: Highlight !important; }
      /* the ring above is the focus indicator: not core's forced outline as well, a box round the hit area that ran
         through the person's name */
      svg.drawing .person:focus-visible { outline: none !important; }
    }
    @media print {
      .toolbar, .zoom, .cw-hint, .editor, .details button, form.find { display: none !important; }
      .canvas { border: none; }
      svg.drawing { height: auto; max-height: 95vh; width: 100%; }
      .legend { break-inside: avoid; }
    }
  `,
];
