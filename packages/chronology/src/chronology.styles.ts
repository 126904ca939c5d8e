import { css } from 'lit';
import { baseStyles, conflictStyles, fieldStyles, formErrorsStyles } from '@opencasework/core';

export const chronologyStyles = [
  ...baseStyles,
  fieldStyles,
  formErrorsStyles,
  conflictStyles,
  css`
    :host { display: block; container-type: inline-size; --_row-max-height: var(--cw-chronology-max-height, 75vh); }
    :host([hidden]) { display: none; }
    [part='base'] { display: block; }
    h2 { font-size: var(--_size-l); margin: 0 0 var(--_space-3); }
    h3 { font-size: var(--_size-m); margin: 0 0 var(--_space-2); }
    p { margin: 0 0 var(--_space-2); }
    .print-header { display: none; }
    .toolbar, .filters-line { display: flex; flex-wrap: wrap; gap: var(--_space-2) var(--_space-3); align-items: flex-end; margin-bottom: var(--_space-3); }
    .group { display: flex; flex-wrap: wrap; gap: var(--_space-1); align-items: center; border: 0; padding: 0; margin: 0; }
    .group-label { font-weight: 700; font-size: var(--_size-s); margin-right: var(--_space-1); }
    .field { display: flex; flex-direction: column; min-width: 0; max-width: 100%; }
    .field input[type='search'] { width: 22em; max-width: 100%; }
    .filters-line > .field:first-child { flex: 0 1 28em; }
    .check { display: flex; gap: var(--_space-2); align-items: center; font-size: var(--_size-s); min-height: 44px; }
    .check input { margin: 0; width: 24px; height: 24px; }
    .check label, label.inline { font-weight: 400; margin: 0; display: inline; }
    details.more { margin-bottom: var(--_space-3); border-left: 4px solid var(--_border); padding-left: var(--_space-3); }
    details.more > summary, details.patterns > summary { cursor: pointer; color: var(--_link); text-decoration: underline; font-size: var(--_size-s); min-height: 24px; padding: 2px 0; }
    .filter-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr)); gap: var(--_space-3); margin-top: var(--_space-3); }
    fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
    legend { font-weight: 700; font-size: var(--_size-s); margin-bottom: var(--_space-1); padding: 0; }
    /* A shadow at an edge with more choices beyond it (the backgrounds scroll with the list and cover the shadows at its ends). */
    .options {
      max-height: 14em; overflow: auto;
      background: linear-gradient(var(--_bg) 30%, transparent) top / 100% 1.5em no-repeat local, linear-gradient(transparent, var(--_bg) 70%) bottom / 100% 1.5em no-repeat local,
        radial-gradient(farthest-side at 50% 0, rgb(0 0 0 / 0.3), transparent) top / 100% 0.6em no-repeat scroll, radial-gradient(farthest-side at 50% 100%, rgb(0 0 0 / 0.3), transparent) bottom / 100% 0.6em no-repeat scroll;
    }
    legend .count { font-weight: 400; }
    /* A scrolling list is a Tab stop in Firefox: it shows focus like any control (a dark 3 px ring, 21:1 on white). */
    .options:focus-visible, .scroll:focus-visible { outline: 3px solid var(--_focus-text); outline-offset: -3px; }
    /* The scrolling table's ring is drawn outside its box: core's inset ring ran under the sticky header at the top. */
    .scroll[tabindex]:focus-visible { box-shadow: none !important; outline: 3px solid var(--_focus-text) !important; outline-offset: 0 !important; }
    .counts { font-size: var(--_size-s); color: var(--_secondary-text); }
    .notice { border-left: 5px solid var(--_brand); padding: var(--_space-2) var(--_space-3); background: var(--_surface); margin-bottom: var(--_space-3); font-size: var(--_size-s); }
    .notice.warning { border-color: var(--_warning); }
    .alert { border: 4px solid var(--_error); padding: var(--_space-3); margin-bottom: var(--_space-3); }
    .status-ok { border-left: 5px solid var(--_success); padding: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); }
    .status-ok:empty, .alert:empty { display: none; }
    mark { background: var(--cw-colour-highlight, #fff2a8); color: inherit; outline: 1px solid transparent; }
    .tag { display: inline-block; font-size: 0.875rem; font-weight: 700; padding: 1px 6px; border: 2px solid currentColor; line-height: 1.3; white-space: nowrap; }
    .sig-routine { color: var(--_sig-routine); }
    .sig-notable { color: var(--_sig-notable); }
    .sig-significant { color: var(--_sig-significant); }
    .sig-critical { color: var(--_bg); background: var(--_sig-critical); border-color: var(--_sig-critical); }
    .disputed { color: var(--_text); border-color: var(--_warning); }

    /* Patterns */
    details.patterns { border: 2px solid var(--_border); padding: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); }
    .findings { list-style: none; padding: 0; margin: var(--_space-2) 0 0; }
    .findings > li { border-left: 5px solid var(--_warning); padding: var(--_space-1) var(--_space-3); margin-bottom: var(--_space-3); font-size: var(--_size-s); }
    .findings > li.prompt { border-color: var(--_brand); }
    .findings ul { margin: var(--_space-1) 0 0; padding-left: var(--_space-4); }

    /* Table */
    .scroll { max-height: var(--_row-max-height); overflow: auto; border-top: 1px solid var(--_border); position: relative; scroll-padding-top: calc(var(--_head-h, 0px) + 8px); scroll-padding-bottom: 8px; }
    .scroll.all { max-height: none; overflow: visible; }
    table { table-layout: auto; }
    thead th { position: sticky; top: 0; background: var(--_bg); z-index: 1; box-shadow: 0 1px 0 var(--_border); }
    td.date .nw, .nw { white-space: nowrap; }
    .recorded-by { display: block; font-weight: 700; }
    .sources li > .said, .sources li > .meta { display: block; }
    .court-scope { display: flex; flex-wrap: wrap; gap: var(--_space-2) var(--_space-3); align-items: center; margin-bottom: var(--_space-2); }
    .court-scope .counts { margin: 0; }
    /* The lower-priority columns, written out in the row at middle widths (see the container queries below). */
    .low-in-row { display: none; margin: var(--_space-2) 0 0; font-size: 0.875rem; }
    .low-in-row > div { display: flex; flex-wrap: wrap; gap: 0 var(--_space-1); }
    .low-in-row dt { font-weight: 700; }
    .low-in-row dt::after { content: ':'; }
    .low-in-row dd { margin: 0; }
    @container (min-width: 45.01em) and (max-width: 60em) {
      table.main th.low, table.main td.low { display: none; }
      table.main .low-in-row { display: block; }
    }
    .age, .meta { display: block; color: var(--_secondary-text); font-size: 0.875rem; white-space: normal; }
    .gap-note { display: block; font-size: 0.875rem; font-style: italic; color: var(--_secondary-text); white-space: normal; }
    /* The selected entry: a tint, and a 5 px bar in the text colour down its first cell (21:1 on white), so it is seen without colour. */
    tr[aria-current='true'] > td { background: var(--cw-colour-selected, #e8f1f8); }
    tr[aria-current='true'] > td:first-child { box-shadow: inset 5px 0 0 var(--_text); padding-left: calc(var(--_space-2) + 5px); }
    tr.withheld td { color: var(--_secondary-text); font-style: italic; }
    .title-button { font-weight: 700; text-align: left; font-size: inherit; }
    .summary { margin: var(--_space-1) 0 0; white-space: pre-line; }
    .pre { white-space: pre-line; }
    .family { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr)); gap: var(--_space-2); margin-top: var(--_space-2); }
    .family > div { border-left: 4px solid var(--_border); padding-left: var(--_space-2); }
    .family > div.theirs { border-color: var(--_warning); }
    .sources { margin: var(--_space-2) 0 0; font-size: 0.875rem; }
    .sources ul { margin: 0; padding-left: var(--_space-4); }
    .entry-docs { margin: var(--_space-1) 0 0; font-size: 0.875rem; }
    .entry-docs ul { list-style: none; margin: 0; padding: 0; }
    .entry-docs button.link { text-align: left; }
    /* A long link in a list wraps under itself, with its bullet on its first line. */
    .findings li > button.link { vertical-align: top; }
    .spacer td { padding: 0; border: 0; }
    @container (max-width: 45em) {
      table.main, table.main > thead, table.main > tbody, table.main tr, table.main td { display: block; width: auto; }
      table.main > thead { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      table.main tr { border-bottom: 2px solid var(--_border); padding: var(--_space-2) 0; }
      table.main td { border: 0; padding: 2px 0; white-space: normal; }
      table.main td[data-label]:not(:empty)::before { content: attr(data-label) ': '; font-weight: 700; }
      table.main tr.spacer { padding: 0; border: 0; }
      table.main tr[aria-current='true'] { box-shadow: inset 5px 0 0 var(--_text); padding-left: 13px; background: var(--cw-colour-selected, #e8f1f8); }
      table.main tr[aria-current='true'] > td:first-child { box-shadow: none; padding-left: 0; }
    }

    /* Timeline */
    .timeline-controls { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; margin-bottom: var(--_space-2); }
    .timeline-wrap { border: 1px solid var(--_border); overflow: hidden; }
    svg.timeline { display: block; width: 100%; height: auto; font-family: var(--_font); }
    svg .axis-line { stroke: var(--_text); stroke-width: 1; }
    svg .tick { stroke: var(--_border); stroke-width: 1; }
    svg .tick.major { stroke: var(--_secondary-text); }
    svg .tick-label { fill: var(--_text); font-size: 12px; }
    svg .lane-bg { fill: var(--_surface); }
    svg .lane-label { fill: var(--_text); font-size: 12px; font-weight: 700; }
    svg .lane-label tspan { font-size: 12px; }
    /* A period: a light fill with an outline in the full colour (3:1 or more against the lanes); an open one dashed. */
    svg .band { fill-opacity: 0.25; stroke-width: 2; }
    svg .band.plan { fill: var(--_brand); stroke: var(--_brand); }
    svg .band.placement { fill: url(#cw-band-placement); fill-opacity: 1; stroke: var(--_success); }
    svg .band.missing { fill: url(#cw-band-missing); fill-opacity: 1; stroke: var(--_error); }
    svg .band-ground { fill: var(--_bg); fill-opacity: 0.6; }
    svg .band-stripe { stroke: var(--_success); stroke-width: 1.5; }
    svg .band-dot { fill: var(--_error); }
    svg .band.other { fill: var(--_mid-grey); stroke: var(--_secondary-text); }
    svg .band.open { stroke-dasharray: 6 3; }
    svg .gap { fill: url(#cw-gap-hatch); stroke: var(--_secondary-text); stroke-dasharray: 4 3; }
    svg .gap-label { fill: var(--_secondary-text); font-size: 11px; font-style: italic; }
    svg .span-line { stroke: var(--_secondary-text); stroke-width: 2; }
    svg .density { fill: var(--_sig-routine); }
    svg .marker { cursor: pointer; outline: none; }
    svg .marker .shape { stroke: var(--_bg); stroke-width: 1.5; }
    svg .marker.sig-routine .shape { fill: var(--_sig-routine); }
    svg .marker.sig-notable .shape { fill: var(--_sig-notable); }
    svg .marker.sig-significant .shape { fill: var(--_sig-significant); }
    svg .marker.sig-critical .shape { fill: var(--_sig-critical); }
    /* Significant and critical markers stand out from the bars below them by a dark outline as well as colour and shape. */
    svg .marker.sig-significant .shape, svg .marker.sig-critical .shape { stroke: var(--_text); stroke-width: 1.5; }
    svg .marker .hit { fill: transparent; }
    svg .marker .ring { fill: none; stroke: none; stroke-width: 3; }
    svg .marker:focus .ring, svg .marker:focus-visible .ring { stroke: var(--_focus-text); }
    svg .marker:focus .hit, svg .marker:focus-visible .hit { fill: var(--_focus); }
    /* A marker with a date span is as wide as its span: focus thickens the span too, so the indicator runs its length. */
    svg .marker:focus .span-line, svg .marker:focus-visible .span-line { stroke: var(--_focus-text); stroke-width: 8; }
    svg .marker.selected .ring { stroke: var(--_brand); stroke-dasharray: 3 2; }
    svg .hatch-line { stroke: var(--_secondary-text); stroke-width: 1; }
    .legend { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); list-style: none; padding: 0; margin: var(--_space-2) 0; font-size: var(--_size-s); }
    .legend li { display: flex; align-items: center; gap: var(--_space-1); }
    .legend svg { width: 24px; height: 18px; flex: none; }
    .legend svg[data-period] + svg[data-period] { margin-left: 2px; }
    form.jump { display: flex; align-items: flex-end; }
    form.jump .cw-hint { max-width: 22em; }
    .jump-row { display: flex; gap: var(--_space-1); align-items: center; }
    .jump-row input { width: 9em; }
    .key-events { border: 1px solid var(--_border); padding: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-2); }
    .key-events ol { margin: 0; padding-left: var(--_space-5, 2em); }
    .key-events li { margin-bottom: var(--_space-2); }
    .key-events li > * { margin-right: var(--_space-1); }
    .key-events .meta { display: inline; }

    /* Form */
    .form-pending { margin-bottom: var(--_space-4); }
    form.entry { border: 2px solid var(--_border); padding: var(--_space-4); margin-bottom: var(--_space-4); max-width: 40em; }
    form.entry input[type='text'], form.entry textarea, form.entry select { width: 100%; }
    form.entry input.narrow { width: 10em; }
    form.entry .cw-form-group--error input, form.entry .cw-form-group--error textarea { border-color: var(--_error); }
    form.entry h3:focus, form.entry h3:focus-visible {
      background: var(--_bg); color: var(--_text); outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: none;
    }
    .buttons { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
    textarea.copy { width: 100%; min-height: 10em; }

    @media (forced-colors: active) {
      svg .marker .shape { fill: CanvasText !important; stroke: Canvas; }
      svg .marker.sig-critical .shape, svg .marker.sig-significant .shape { fill: Highlight !important; }
      svg .marker:focus .ring, svg .marker:focus .span-line { stroke: Highlight; }
      .scroll[tabindex]:focus-visible { outline-color: Highlight !important; }
      /* Routine and notable are told apart by fill as well as size: routine hollow, notable solid. */
      svg .marker .shape, svg .marker.sig-significant .shape, svg .marker.sig-critical .shape { stroke: CanvasText; }
      svg .marker.sig-routine .shape { fill: Canvas !important; stroke-width: 2; }
      /* Lanes, periods and gaps in the system colours: SVG fills are not forced, so a lane's light grey would stay
         light grey under a dark scheme's white text (the labels of every other lane vanished). */
      svg .lane-bg { fill: Canvas; stroke: GrayText; stroke-width: 1; }
      svg .band, svg .band.placement, svg .band.missing, svg .band.other, svg .band.plan { fill-opacity: 1; stroke: CanvasText; }
      svg .band.plan, svg .band.other { fill: Canvas; }
      svg .band-ground { fill: Canvas; fill-opacity: 1; }
      svg .band-stripe, svg .hatch-line { stroke: CanvasText; }
      svg .band-dot { fill: CanvasText; }
      svg .gap { stroke: CanvasText; }
      svg .density { fill: CanvasText; }
      svg .lane-label, svg .tick-label, svg .gap-label { fill: CanvasText; }
      svg .axis-line, svg .tick, svg .tick.major, svg .span-line { stroke: CanvasText; }
      .tag { border-color: CanvasText; forced-color-adjust: none; color: CanvasText; background: Canvas; }
      tr[aria-current='true'] > td { outline: 2px solid Highlight; }
      mark { forced-color-adjust: none; background: Highlight; color: HighlightText; }
    }
    @media print {
      :host { container-type: normal; font-size: 10pt; }
      .print-header { display: block; margin-bottom: 8pt; }
      .toolbar, .filters-line, details.more, details.patterns, .timeline, .no-print, form.entry, .notice.selection { display: none !important; }
      .scroll { max-height: none !important; overflow: visible !important; border: 0; }
      thead { display: table-header-group; }
      thead th { position: static; box-shadow: none; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      .spacer { display: none; }
      /* A4 portrait is a middle width (about 45 em at 10 pt): the lower-priority columns are written in the row, as on
         a screen that wide, so "What happened" is not squeezed to a few words a line beside empty columns. */
      table.main th.low, table.main td.low { display: none; }
      table.main .low-in-row { display: block; }
      button.title-button { color: inherit; text-decoration: none; padding: 0; }
      a { color: inherit; }
      .sig-critical { color: #000; background: none; border-color: #000; }
      mark { background: none; font-weight: 700; }
    }
  `,
];
