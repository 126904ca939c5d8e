import { css, html, nothing, type TemplateResult } from 'lit';

export interface FieldControl {
  /** The control's id (the label's `for`). */
  id: string;
  /** The hint's then the error's id, space-separated, for `aria-describedby`; undefined when there is neither. */
  describedBy: string | undefined;
  /** True when there is an error: set `aria-invalid="true"` (and the `--error` class) on the control. */
  invalid: boolean;
}

export interface FieldOptions {
  id: string;
  label: string | TemplateResult;
  hint?: string;
  error?: string;
  /** The localised word read before the error ("Error", "Gwall"); a colon is added unless it ends with one. */
  errorPrefix: string;
  /** Extra label classes, e.g. 'cw-label--s'. */
  labelClass?: string;
  control: (a: FieldControl) => TemplateResult;
}

/** A date as written in hints and errors: 2023, 2023-05, 2023-05-14, or its pattern YYYY-MM-DD. */
const WRITTEN_DATE = /(\b(?:\d{4}|YYYY)-(?:\d{2}|MM)(?:-(?:\d{2}|DD))?\b)/;

/**
 * A hint's or error's text with each written date ("2023-05-14", "YYYY-MM-DD") kept on one line: a narrow form
 * broke "2023-05-" from "14" at the hyphen, which reads as two things. The text stays as it is (no non-breaking
 * hyphens, so what a reader copies is the date they can type); the dates are in `<span class="cw-nowrap">`, which
 * `fieldStyles` styles. Rendered as text.
 */
export function unbrokenDates(text: string): string | (string | TemplateResult)[] {
  const parts = text.split(WRITTEN_DATE);
  if (parts.length === 1) return text;
  return parts.map((p, i) => (i % 2 ? html`<span class="cw-nowrap">${p}</span>` : p));
}

/**
 * GOV.UK Frontend's form group as one template: label, hint, error message (with a visually hidden, localised
 * prefix) and the control, whose aria-describedby names the hint then the error.
 *
 *   field({ id: 'title', label: t('title'), hint: t('title.hint'), error, errorPrefix: t('error'),
 *     control: ({ id, describedBy, invalid }) => html`<input id=${id} class=${invalid ? 'cw-input--error' : ''}
 *       aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing} ...>` })
 */
export function field(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const prefix = o.errorPrefix.trim().endsWith(':') ? o.errorPrefix.trim() : `${o.errorPrefix.trim()}:`;
  return html`<div class=${o.error ? 'cw-form-group cw-form-group--error' : 'cw-form-group'}>
    <label class=${o.labelClass ? `cw-label ${o.labelClass}` : 'cw-label'} for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="cw-hint" id=${hintId!}>${unbrokenDates(o.hint)}</div>` : nothing}
    ${o.error ? html`<p class="cw-error-message" id=${errorId!}><span class="cw-visually-hidden">${prefix}</span> ${unbrokenDates(o.error)}</p>` : nothing}
    ${o.control({ id: o.id, describedBy, invalid: !!o.error })}
  </div>`;
}

/** Styles for `field()`, in GOV.UK's manner: compose after baseStyles. */
export const fieldStyles = css`
  .cw-form-group { margin: 0 0 var(--_space-4, 20px); }
  /* As GOV.UK Frontend: only a group nested in a group loses its bottom margin, so a button after the last field keeps its gap. */
  .cw-form-group .cw-form-group:last-of-type { margin-bottom: 0; }
  .cw-form-group--error { padding-left: var(--_space-3, 15px); border-left: 5px solid var(--_error, #d4351c); }
  .cw-label { display: block; font-weight: 700; margin: 0 0 var(--_space-1, 5px); }
  .cw-label--s { font-size: var(--_size-s, 1rem); }
  .cw-label--m { font-size: var(--_size-m, 1.1875rem); }
  .cw-form-group .cw-hint { margin-bottom: var(--_space-2, 10px); }
  .cw-form-group .cw-error-message { margin-bottom: var(--_space-2, 10px); }
  .cw-input--error, .cw-form-group--error [aria-invalid='true'] { border-color: var(--_error, #d4351c); }
  .cw-nowrap { white-space: nowrap; }
`;

/**
 * GOV.UK's error summary for a form: `<div class="form-errors" role="alert" tabindex="-1">` with a heading and a list
 * of link buttons, one per error, each focusing its field. Focused when Save finds problems; compose after baseStyles.
 */
export const formErrorsStyles = css`
  .form-errors { border: 5px solid var(--_error, #d4351c); padding: var(--_space-3, 15px); margin-bottom: var(--_space-4, 20px); }
  .form-errors:focus, .form-errors:focus-visible {
    background: var(--_bg); color: var(--_text); outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: none;
  }
  .form-errors h3, .form-errors h4 { margin-top: 0; }
  .form-errors ul { margin: 0; padding-left: var(--_space-4, 20px); }
  .form-errors button.link { color: var(--_error, #d4351c); font-weight: 700; text-align: start; vertical-align: top; }
  /* Core's focus style (yellow, !important) also marks the summary itself when it takes focus: its links then read dark on yellow. */
  .form-errors:focus button.link, .form-errors:focus-visible button.link { color: var(--_focus-text); }
  @media (forced-colors: active) {
    .form-errors { border-color: CanvasText; }
  }
`;
