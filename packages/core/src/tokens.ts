import { css } from 'lit';

/**
 * Design tokens. Defaults match GOV.UK Frontend's palette, type scale and focus style, and read GOV.UK's own
 * custom properties first, so a GOV.UK-styled host themes the components for free. Override any `--cw-*`.
 */
export const tokens = css`
  :host {
    --_font: var(--cw-font-family, var(--govuk-font-family, 'GDS Transport', arial, sans-serif));
    --_text: var(--cw-colour-text, var(--govuk-text-colour, #0b0c0c));
    --_secondary-text: var(--cw-colour-secondary-text, var(--govuk-secondary-text-colour, #505a5f));
    --_link: var(--cw-colour-link, var(--govuk-link-colour, #1d70b8));
    --_border: var(--cw-colour-border, var(--govuk-border-colour, #b1b4b6));
    --_input-border: var(--cw-colour-input-border, var(--govuk-input-border-colour, #0b0c0c));
    --_focus: var(--cw-colour-focus, var(--govuk-focus-colour, #ffdd00));
    --_focus-text: var(--cw-colour-focus-text, var(--govuk-focus-text-colour, #0b0c0c));
    --_error: var(--cw-colour-error, var(--govuk-error-colour, #d4351c));
    --_success: var(--cw-colour-success, var(--govuk-success-colour, #00703c));
    --_warning: var(--cw-colour-warning, #f47738);
    --_brand: var(--cw-colour-brand, var(--govuk-brand-colour, #1d70b8));
    --_bg: var(--cw-colour-background, var(--govuk-body-background-colour, #ffffff));
    --_surface: var(--cw-colour-surface, var(--govuk-template-background-colour, #f3f2f1));
    --_mid-grey: var(--cw-colour-mid-grey, #b1b4b6);
    --_button: var(--cw-colour-button, var(--govuk-button-background-colour, #00703c));
    --_button-text: var(--cw-colour-button-text, #ffffff);
    --_sig-routine: var(--cw-colour-significance-routine, #505a5f);
    --_sig-notable: var(--cw-colour-significance-notable, #1d70b8);
    --_sig-significant: var(--cw-colour-significance-significant, #b34400);
    --_sig-critical: var(--cw-colour-significance-critical, #d4351c);
    --_size-s: var(--cw-font-size-s, 1rem);
    --_size-m: var(--cw-font-size-m, 1.1875rem);
    --_size-l: var(--cw-font-size-l, 1.5rem);
    --_size-xl: var(--cw-font-size-xl, 2.25rem);
    --_space-1: var(--cw-space-1, 5px);
    --_space-2: var(--cw-space-2, 10px);
    --_space-3: var(--cw-space-3, 15px);
    --_space-4: var(--cw-space-4, 20px);
    --_space-6: var(--cw-space-6, 30px);
    font-family: var(--_font);
    color: var(--_text);
    font-size: var(--_size-m);
    line-height: 1.3;
    /* A word breaks only when it cannot fit a line on its own (a long URL or id), never to make a column narrower:
       unlike 'anywhere', 'break-word' leaves min-content sizing alone, so tables and grids size columns by whole
       words ("Category", not "Cat ego ry"). Inherited by everything in the shadow root. */
    overflow-wrap: break-word;
  }
`;

/** Shared controls: buttons, inputs, tables and the visually-hidden helper, in GOV.UK's manner. */
export const controlStyles = css`
  .cw-visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
    padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }
  button, .cw-button {
    font: inherit; font-size: var(--_size-s); line-height: 1.2; cursor: pointer;
    padding: 6px 10px 5px; border: 2px solid transparent; border-radius: 0;
    background: var(--_button); color: var(--_button-text); box-shadow: 0 2px 0 #002d18;
    min-height: 44px; min-width: 44px;
  }
  button.secondary, .cw-button.secondary { background: var(--_surface); color: var(--_text); box-shadow: 0 2px 0 #929191; }
  button.warning { background: var(--_error); color: #fff; box-shadow: 0 2px 0 #55150b; }
  button.link { background: none; box-shadow: none; color: var(--_link); text-decoration: underline; padding: 0 2px; min-height: 24px; min-width: 24px; text-align: start; }
  button[aria-pressed='true'] { background: var(--_text); color: var(--_bg); }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  /* A person's name drawn as a link button on screen (it selects them) is the name on paper, whatever else print hides. */
  @media print {
    button.link.cw-print-text { display: inline !important; border: 0; padding: 0; min-height: 0; min-width: 0; background: none; box-shadow: none; color: inherit; font: inherit; text-decoration: none; }
  }
  label { font-weight: 700; display: block; margin-bottom: var(--_space-1); }
  input, select, textarea {
    font: inherit; font-size: var(--_size-s); border: 2px solid var(--_input-border); border-radius: 0;
    padding: 5px; min-height: 40px; box-sizing: border-box; background: var(--_bg); color: var(--_text); max-width: 100%;
  }
  input[type='checkbox'], input[type='radio'] { min-height: 24px; min-width: 24px; }
  .cw-hint { color: var(--_secondary-text); font-size: var(--_size-s); margin: 0 0 var(--_space-1); }
  .cw-error-message { color: var(--_error); font-weight: 700; margin: 0 0 var(--_space-1); }
  table { border-collapse: collapse; width: 100%; font-size: var(--_size-s); }
  th, td { text-align: left; vertical-align: top; padding: var(--_space-2) var(--_space-3) var(--_space-2) 0; border-bottom: 1px solid var(--_border); }
  th { font-weight: 700; }
  a { color: var(--_link); }
  /* The undo notice after a deletion (UndoController): in the list where the item was. */
  .cw-undo {
    display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); list-style: none;
    margin: 0 0 var(--_space-2); padding: var(--_space-2) var(--_space-3); border-left: 5px solid var(--_text); background: var(--_surface);
  }
  .cw-undo-message { margin: 0; flex: 1 1 12em; }
  @media (forced-colors: active) {
    button, .cw-button { border-color: ButtonText; }
    .cw-undo { border: 1px solid CanvasText; border-left-width: 5px; }
    /* The pressed one of a set of toggles (Table, Timeline, Court chronology): forced colours drop its fill, and it
       looked like the others. Selected, as the system draws a selection. */
    button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
  }
`;

/**
 * Focus in GOV.UK's colours: a yellow background inside a 2 px black ring (inset, so no container clips it), which
 * meets WCAG 2.4.13's measure on any resting background (the yellow alone is only 1.35:1 against white); survives
 * forced colours through the transparent outline.
 * Composed LAST in `baseStyles` and marked `!important` on the few properties it sets, so no variant (secondary,
 * warning, link, pressed) and no component rule of higher specificity can hide focus: a focus indicator that loses
 * the cascade to `button.secondary` is the bug WCAG 2.4.7 is about. Fields keep their own ring (below), without
 * `!important`, because their background must stay readable while typing.
 */
export const focusStyles = css`
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  .cw-button:focus-visible,
  [tabindex]:not(input, textarea, select, svg, svg *):focus-visible {
    outline: 3px solid transparent !important;
    outline-offset: 0;
    background-color: var(--_focus) !important;
    color: var(--_focus-text) !important;
    box-shadow: inset 0 0 0 2px var(--_focus-text), 0 2px var(--_focus-text) !important;
    text-decoration: none !important;
  }
  /* Fields show focus whenever they have it (as GOV.UK does): a date field's parts do not all match :focus-visible. */
  /* The black inset ring is 3 px (GOV.UK's is 2): inside a 2 px border a 2 px ring covers a little less than a 2 px
     perimeter of the field (WCAG 2.4.13's measure; test/support/visible-focus.ts), and the yellow outline is only 1.07:1. */
  input:focus, input:focus-within, textarea:focus, select:focus {
    background-color: var(--_bg);
    color: var(--_text);
    outline: 3px solid var(--_focus);
    box-shadow: inset 0 0 0 3px var(--_focus-text);
  }
  /* Selects, checkboxes and radios: WebKit paints no box-shadow on them, so their indicator is a 3 px dark outline
     (19:1 on white) with the yellow round it where box-shadow is painted. */
  select:focus, input[type='checkbox']:focus, input[type='radio']:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  /* Room round every control that Tab scrolls into view: Chromium and WebKit scroll a partly shown control until its
     edge meets the window's, which cut off what of its indicator lies outside it (the 2 px shadow, a field's 3 px
     outline, a drawing's ring). */
  a, button, summary, input, select, textarea, .cw-button, [tabindex] { scroll-margin: 8px; }
  /* In drawings the default ring is dark (yellow alone is 1.35:1 on white); a drawing may draw its own ring. */
  svg :focus-visible { outline: 3px solid var(--_focus-text); outline-offset: 2px; }
  @media (forced-colors: active) {
    :focus-visible { outline: 3px solid Highlight !important; }
    /* A pressed toggle is filled with Highlight: its focus ring stands off it, and it keeps the selection's colours. */
    button[aria-pressed='true']:focus-visible {
      outline-offset: 2px !important; background-color: Highlight !important; color: HighlightText !important; box-shadow: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
`;

/** Everything a component's stylesheet starts from: focus last, so it wins over every control variant. */
export const baseStyles = [tokens, controlStyles, focusStyles];
