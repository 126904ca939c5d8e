import { css, type CSSResultGroup } from 'lit';
import { baseStyles, conflictStyles, fieldStyles } from '@opencasework/core';

/** The safety plan's own styles, after core's base and form-field styles (tokens, GOV.UK-like controls, focus, visually hidden). */
const own = css`
  :host {
    display: block;
    --_family: var(--cw-colour-family, #1d70b8);
    --_professional: var(--cw-colour-professional, #b34400);
    --_highlight: var(--cw-colour-highlight, #fff7bf);
    --_worried: var(--cw-colour-worried, #d4351c);
    --_working: var(--cw-colour-working, #00703c);
    --_happen: var(--cw-colour-happen, #1d70b8);
    --_family-size: var(--cw-family-font-size, 1.5rem);
  }
  [hidden] { display: none !important; }
  h2 { font-size: var(--_size-l); margin: var(--_space-6) 0 var(--_space-3); }
  h3 { font-size: var(--_size-m); margin: var(--_space-4) 0 var(--_space-2); }
  h4 { font-size: var(--_size-s); margin: var(--_space-3) 0 var(--_space-2); }
  p { margin: 0 0 var(--_space-2); }
  .skip-links ul { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); list-style: none; margin: 0 0 var(--_space-3); padding: 0; font-size: var(--_size-s); }
  .skip-links a { display: inline-block; min-height: 24px; padding: 2px 0; }
  .header { border-bottom: 1px solid var(--_border); padding-bottom: var(--_space-3); }
  .header .title { margin-top: 0; }
  .picker { margin-bottom: var(--_space-3); }
  .picker select { max-width: 100%; }
  .status, .children { font-size: var(--_size-s); }
  .save { font-size: var(--_size-s); color: var(--_secondary-text); }
  .save-unsaved, .save-error { color: var(--_text); font-weight: 700; }
  .toolbar, .controls, .toggle { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: flex-start; margin: var(--_space-2) 0; }
  .alert, .warning-box, .selection-notice { border-left: 5px solid var(--_error); padding: var(--_space-2) var(--_space-3); margin: var(--_space-3) 0; background: var(--_bg); }
  .warning-box { border-color: var(--_warning); }
  .selection-notice { border-color: var(--_brand); background: var(--_highlight); color: #0b0c0c; }
  .map { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: var(--_space-4); }
  .column { border-top: 5px solid var(--_border); padding-top: var(--_space-2); min-width: 0; }
  .column-worried { border-top-color: var(--_worried); }
  .column-working { border-top-color: var(--_working); }
  .column-happen { border-top-color: var(--_happen); }
  ul.statements, ul.step-list, ul.network, ul.diff, ul.legend { list-style: none; margin: 0 0 var(--_space-2); padding: 0; }
  .statement, .step { border: 1px solid var(--_border); background: var(--_bg); padding: var(--_space-2); margin-bottom: var(--_space-2); }
  .statement:focus, .step:focus { outline: 3px solid var(--_focus); }
  /* In a long list (views/common.ts, LONG_LIST) a statement or step off screen is not laid out until it comes near
     the screen; the browser keeps its last size once seen. Its 10 px padding keeps a focused control's ring inside
     the paint containment this brings. */
  .statements.long > .statement, .step-list.long > .step { content-visibility: auto; contain-intrinsic-size: auto 7rem; }
  .statement .text, .step .text { font-size: var(--_size-m); margin-bottom: var(--_space-1); white-space: pre-wrap; }
  .meta, .stances, .links, .no-goal { font-size: var(--_size-s); color: var(--_secondary-text); margin: 0 0 var(--_space-1); }
  .stances { list-style: none; padding: 0; }
  .disagrees { color: var(--_text); font-weight: 700; }
  .tag { display: inline-block; font-size: var(--_size-s); font-weight: 700; padding: 1px 6px; border: 2px solid currentColor; margin-right: var(--_space-1); }
  .tag-words { color: var(--_brand); }
  .tag-warning, .tag-overdue { color: var(--_error); }
  .tag-concerns { color: #0b0c0c; background: var(--_highlight); }
  .concerns { background: var(--_highlight); color: #0b0c0c; box-shadow: inset 5px 0 0 var(--_brand); }
  .none, .withheld { color: var(--_secondary-text); font-size: var(--_size-s); }
  button.add { margin-bottom: var(--_space-3); }
  .controls button, .statement > button { font-size: var(--_size-s); min-height: 32px; padding: 3px 8px; }
  /* A closed statement's one control, Edit, stands alone (no wrapper: one element fewer on each of hundreds). */
  .statement > button { margin: var(--_space-2) 0; }
  .controls button.warning { min-height: 32px; }
  .move-targets { flex-basis: 100%; list-style: none; margin: var(--_space-1) 0 0; padding: var(--_space-2); border: 2px solid var(--_text); background: var(--_bg); }
  .move-targets li { margin: 2px 0; }
  .move-targets button { text-align: start; }
  .form { border-left: 5px solid var(--_border); padding: var(--_space-2) var(--_space-3); margin-top: var(--_space-2); display: grid; gap: var(--_space-2); }
  .form textarea, .form input[type='text'], .form select { width: 100%; }
  label.inline { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; font-weight: 400; }
  /* field() groups that sit on one line: a person's stance on a worry, a network member's role. */
  .stance-form .cw-form-group,
  .network .cw-form-group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    margin: 0 0 var(--_space-1);
  }
  .cw-label.inline {
    margin: 0;
  }
  .checkbox label { display: flex; gap: var(--_space-2); align-items: center; font-weight: 400; }
  fieldset { border: 1px solid var(--_border); padding: var(--_space-2) var(--_space-3); margin: var(--_space-2) 0; min-width: 0; }
  legend { font-weight: 700; padding: 0 var(--_space-1); }
  .rating-form, .network-form { display: grid; gap: var(--_space-2); grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); align-items: end; }
  .rating-form legend, .network-form legend { grid-column: 1 / -1; }
  .advice { font-size: var(--_size-s); }
  .advice ul { margin: 0; padding-left: var(--_space-4); }
  .advice-heading { font-weight: 700; }
  .advice-ok { color: var(--_success); }
  .gaps { margin: var(--_space-2) 0 var(--_space-3); }
  .gap-list { list-style: none; margin: 0; padding: 0; }
  .gap { font-size: var(--_size-m); padding: var(--_space-1) var(--_space-3); border-left: 5px solid var(--_brand); margin-bottom: var(--_space-1); }
  .gap-wide { border-left-color: var(--_error); font-weight: 700; }
  .gap-date { font-weight: 400; font-size: var(--_size-s); color: var(--_secondary-text); }
  .chart { margin: var(--_space-3) 0; }
  .chart-scroll { max-width: 100%; overflow-x: auto; }
  .chart-scroll:focus-visible { outline: 3px solid var(--_focus); }
  /* Drawn at its own size: never scaled down, so its text stays 14 px (the chart scrolls on a narrow screen). */
  .chart-scroll svg { display: block; max-width: none; }
  .chart .grid { stroke: var(--_border); stroke-width: 1; }
  .chart .axis, .chart .end-label { fill: var(--_text); font-size: 14px; }
  .chart .end-label { font-weight: 700; }
  .series polyline { fill: none; stroke-width: 3; }
  .series line.leader { stroke: var(--_secondary-text); stroke-width: 1; stroke-dasharray: 1 3; }
  .series-family polyline, .series-family .key-line { stroke: var(--_family); }
  .series-family .marker { fill: var(--_family); }
  .series-professional polyline, .series-professional .key-line { stroke: var(--_professional); }
  .series-professional .marker { fill: var(--_professional); }
  .series-other polyline, .series-other .key-line { stroke: var(--_secondary-text); }
  .series-other .marker { fill: var(--_secondary-text); }
  .series .marker { stroke: none; }
  .series.selected polyline { stroke-width: 6; }
  .legend li { display: inline-flex; align-items: center; gap: var(--_space-1); margin-right: var(--_space-4); font-size: var(--_size-s); }
  svg.key { width: 48px; height: 20px; flex: none; }
  svg.key line { stroke-width: 3; fill: none; }
  .scale-words h4 { margin-bottom: var(--_space-1); }
  ul.said { list-style: none; margin: 0 0 var(--_space-3); padding: 0; }
  .said li { padding: var(--_space-1) 0; border-bottom: 1px solid var(--_border); }
  .said .score { font-size: var(--_size-m); }
  .said .note { margin-left: var(--_space-1); }
  .said .no-note { color: var(--_secondary-text); font-size: var(--_size-s); margin-left: var(--_space-1); }
  .child-score { box-shadow: inset 5px 0 0 var(--_brand); padding-left: var(--_space-2) !important; }
  .table-wrap { max-width: 100%; overflow-x: auto; margin-top: var(--_space-3); }
  .table-wrap:focus-visible { outline: 3px solid var(--_focus); }
  .scale-table caption { text-align: left; font-weight: 700; margin-bottom: var(--_space-1); }
  .scale-table-wrap, .steps, .plan, .versions { max-width: 100%; }
  .group { color: var(--_secondary-text); font-size: var(--_size-s); font-weight: 400; }
  .gap-row th, .gap-row td { font-weight: 700; }
  .step-meta { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); margin: 0; font-size: var(--_size-s); }
  .step-meta dt { display: inline; font-weight: 700; }
  .step-meta dt::after { content: ': '; }
  .step-meta dd { display: inline; margin: 0; }
  .step.overdue { border-left: 5px solid var(--_error); }
  .step.status-done .text { color: var(--_secondary-text); }
  .overdue-summary { color: var(--_error); }
  .owner-group .count { font-weight: 400; font-size: var(--_size-s); color: var(--_secondary-text); }
  .network li { padding: var(--_space-1) 0; border-bottom: 1px solid var(--_border); display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  /* A role takes the room the line has ("Kinship carer; Tyler's safety person…" was cut at the input's default width). */
  .network .cw-form-group { flex: 1 1 20rem; min-width: 0; }
  .network .cw-form-group input { flex: 1 1 14rem; min-width: 0; max-width: 100%; }
  .houses { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); gap: var(--_space-4); }
  .house { font-size: var(--_family-size); }
  .house .roof { display: block; width: 100%; height: auto; }
  .house .roof polygon { fill: var(--_surface); stroke: var(--_text); stroke-width: 3; stroke-linejoin: round; }
  .house-worries .roof polygon { fill: #f6d7d2; }
  .house-goodThings .roof polygon { fill: #cce2d8; }
  .house-dreams .roof polygon { fill: #d2e2f1; }
  .house-body { border: 3px solid var(--_text); border-top: none; padding: var(--_space-2) var(--_space-3); min-height: 8rem; background: var(--_bg); }
  .house h3 { font-size: var(--_size-l); margin-top: 0; text-align: center; }
  .house .statement { border: none; border-bottom: 2px dashed var(--_border); }
  .house .statement .text { font-size: var(--_family-size); }
  .diff li { margin-bottom: var(--_space-1); padding-left: var(--_space-2); border-left: 5px solid var(--_border); }
  .diff-added { border-left-color: var(--_success) !important; }
  .diff-removed { border-left-color: var(--_error) !important; }
  ins { text-decoration: underline; }
  del { text-decoration: line-through; }
  .family-version { font-size: var(--_family-size); line-height: 1.5; max-width: 40em; }
  .family-version h2 { font-size: calc(var(--_family-size) * 1.5); }
  .family-version h3 { font-size: calc(var(--_family-size) * 1.2); }
  .family-version li { margin-bottom: var(--_space-2); }
  .family-step-meta { display: block; font-size: calc(var(--_family-size) * 0.8); color: var(--_secondary-text); }
  :host(:not([view='family'])) .family-version { display: none; }
  .family-version .gloss { font-style: italic; }
  .helper-note { border-left: 5px solid var(--_brand); padding: var(--_space-2) var(--_space-3); margin: var(--_space-3) 0; background: var(--_bg); max-width: 40em; }
  .helper-note ul { margin: 0; padding-left: var(--_space-4); }

  @media (forced-colors: active) {
    .concerns, .tag-concerns, .selection-notice { forced-color-adjust: none; background: Mark; color: MarkText; }
    /* !important: SVG fill and stroke set by author CSS are not forced, and the normal rules are more specific. */
    .chart .grid { stroke: GrayText !important; }
    .series polyline, .series .key-line, .series line.leader { stroke: CanvasText !important; }
    .series .marker { fill: CanvasText !important; stroke: none !important; }
    .chart .axis, .chart .end-label { fill: CanvasText !important; }
    .house .roof polygon { fill: Canvas; stroke: CanvasText; }
    .column, .statement, .step, .house-body { border-color: CanvasText; }
  }

  @media print {
    :host { font-size: 12pt; }
    .helper-note,
    button, .controls, .toolbar, .toggle, .form, fieldset, details.ratings-list, .save, select, input, textarea, button.add, .skip-links { display: none !important; }
    cw-error-summary { display: none; }
    .statement, .step, .house { break-inside: avoid; }
    .map { grid-template-columns: repeat(3, 1fr); }
    .concerns, .tag-concerns { background: none; box-shadow: none; }
    :host([print-version='family']) .professional-version,
    :host([print-version='family']) .header,
    :host([print-version='family']) .selection-notice { display: none !important; }
    :host([print-version='family']) .family-version { display: block !important; font-size: 18pt; }
    :host([print-version='professional']) .family-version { display: none !important; }
    :host([print-version='professional']) .professional-version { display: block !important; }
  }
`;

export const safetyPlanStyles: CSSResultGroup = [...baseStyles, fieldStyles, conflictStyles, own];
