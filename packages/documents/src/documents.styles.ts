import { css } from 'lit';
import { baseStyles, fieldStyles, formErrorsStyles } from '@opencasework/core';

export const documentsStyles = [
  ...baseStyles,
  fieldStyles,
  formErrorsStyles,
  css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    h2 { font-size: var(--_size-l); margin: 0 0 var(--_space-3); }
    h3 { font-size: var(--_size-m); margin: var(--_space-4) 0 var(--_space-2); border-bottom: 1px solid var(--_border); padding-bottom: var(--_space-1); }
    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin: 0 0 var(--_space-3); }
    .toolbar button[aria-pressed='true'] { background: var(--_brand); color: var(--_button-text); border-color: var(--_brand); }
    .search { max-width: 30rem; margin: 0 0 var(--_space-2); }
    .search input { width: 100%; }
    .upload { margin: 0 0 var(--_space-3); }
    .upload-status .problem { color: var(--_error); font-weight: 700; }
    .counts, .meta, .status { color: var(--_secondary-text); font-size: var(--_size-s); margin: 0 0 var(--_space-1); }
    .notice { border-left: 5px solid var(--_brand); background: var(--_surface); padding: var(--_space-2) var(--_space-3); margin: 0 0 var(--_space-3); }
    .notice.withheld { border-left-color: var(--_warning); }
    .empty { font-style: italic; }
    ul.docs { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-3); }
    li.doc { display: flex; gap: var(--_space-3); align-items: flex-start; min-width: 0; }
    .thumb { flex: none; width: 128px; height: 96px; border: 1px solid var(--_border); background: var(--_surface); object-fit: contain; }
    .kind-badge { height: auto; min-height: 48px; display: flex; align-items: center; justify-content: center; font-size: var(--_size-s); text-align: center; padding: var(--_space-1); overflow-wrap: break-word; hyphens: auto; }
    .body { min-width: 0; flex: 1; }
    .body p { margin: 0 0 var(--_space-1); }
    .summary { overflow-wrap: break-word; white-space: pre-line; }
    button.link { text-align: left; overflow-wrap: break-word; max-width: 100%; padding: 2px 0; }
    button.title { font-weight: 700; font-size: var(--_size-m); }
    ul.entries { list-style: none; margin: 0; padding: 0; font-size: var(--_size-s); }
    dialog { width: min(60rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); padding: var(--_space-4); border: 2px solid var(--_text); }
    dialog::backdrop { background: rgb(0 0 0 / 0.5); }
    .preview-head { display: flex; flex-wrap: wrap; gap: var(--_space-2) var(--_space-3); align-items: flex-start; justify-content: space-between; margin-bottom: var(--_space-2); }
    /* The buttons go below a title that would otherwise be squeezed to a few letters a line (320 px). */
    .preview-head h2 { flex: 1 1 12em; min-width: 0; overflow-wrap: break-word; }
    .picture { display: block; max-width: 100%; height: auto; margin: var(--_space-2) 0; }
    iframe.pdf { display: block; width: 100%; height: 70vh; border: 1px solid var(--_border); }
    pre.text { white-space: pre-wrap; overflow-wrap: break-word; max-height: 60vh; overflow: auto; border: 1px solid var(--_border); padding: var(--_space-2); font-size: var(--_size-s); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
    ul.added { list-style: none; margin: 0; padding: 0; }
    ul.added li { margin: 0 0 var(--_space-2); }
    ul.added .filed { margin: 0; overflow-wrap: break-word; }
    form.details { max-width: 40em; margin-top: var(--_space-3); }
    form.details h3 { border-bottom: 0; margin-top: 0; }
    form.details h3:focus, form.details h3:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; box-shadow: none; }
    form.details input.wide, form.details textarea, form.details select { width: 100%; max-width: 100%; }
    form.details input.narrow { width: 10em; max-width: 100%; }
    form.details fieldset { border: 0; padding: 0; margin-left: 0; margin-right: 0; min-width: 0; }
    form.details legend { font-weight: 700; padding: 0; margin-bottom: var(--_space-1); }
    .check { display: flex; gap: var(--_space-2); align-items: center; min-height: 44px; }
    .check input { flex: none; margin: 0; width: 24px; height: 24px; }
    .check label { font-weight: 400; overflow-wrap: break-word; min-width: 0; }
    .details-note:empty { margin: 0; }
    .details-pending { margin-top: var(--_space-3); }
    .actions a { display: inline-block; min-height: 24px; padding: 2px 0; }
    @media (max-width: 30rem) {
      li.doc { flex-direction: column; }
    }
    @media (forced-colors: active) {
      .thumb, dialog, pre.text, iframe.pdf { border-color: CanvasText; }
    }
  `,
];
