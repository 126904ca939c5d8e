import { css } from 'lit';
import { baseStyles, fieldStyles } from '@opencasework/core';

export const quickNoteStyles = [
  ...baseStyles,
  fieldStyles,
  css`
    :host { display: block; max-width: 46rem; }
    :host([hidden]) { display: none; }
    h2 { font-size: var(--_size-l); margin: 0 0 var(--_space-2); }
    h3 { font-size: var(--_size-m); margin: 0 0 var(--_space-2); }
    fieldset { border: 0; padding: 0; margin: 0 0 var(--_space-4); min-width: 0; }
    legend { padding: 0; }
    input[type='text'], textarea { width: 100%; }
    textarea { min-height: 6rem; resize: vertical; }
    .when { display: flex; flex-wrap: wrap; gap: 0 var(--_space-4); }
    .check { display: flex; align-items: center; gap: var(--_space-2); margin: 0 0 var(--_space-2); min-height: 24px; }
    .check input { margin: 0; flex: none; width: 24px; height: 24px; }
    label.inline { display: inline; font-weight: 400; margin: 0; }
    .inline-options { display: flex; flex-wrap: wrap; gap: 0 var(--_space-4); }
    .options { margin-bottom: var(--_space-3); }
    details.more { margin: 0 0 var(--_space-4); }
    details.more summary { cursor: pointer; color: var(--_link); text-decoration: underline; min-height: 24px; padding: 2px 0; }
    details.more .options { margin-top: var(--_space-2); }
    .status { color: var(--_secondary-text); font-size: var(--_size-s); margin: 0 0 var(--_space-3); }
    .notice { border-left: 5px solid var(--_brand); background: var(--_surface); padding: var(--_space-2) var(--_space-3); margin: 0 0 var(--_space-3); }
    .notice.problem { border-left-color: var(--_error); }
    .notice.cloud { border-left-color: var(--_warning); font-weight: 700; }
    .error-summary { border: 5px solid var(--_error); padding: var(--_space-3); margin: 0 0 var(--_space-4); }
    /* Focused when a save is refused: GOV.UK's yellow ring, not the yellow fill core gives focusable containers
       (red links on yellow are hard to read). */
    .note .error-summary[tabindex]:focus-visible, .note .error-summary[tabindex]:focus {
      background-color: var(--_bg) !important; color: var(--_text) !important;
      outline: 3px solid var(--_focus) !important; outline-offset: 0; box-shadow: none !important;
    }
    .error-summary ul { margin: 0; padding: 0; list-style: none; }
    .error-summary button.link { color: var(--_error); font-weight: 700; text-align: left; }
    .consent { border-left: 5px solid var(--_border); padding-left: var(--_space-3); }
    .given { font-size: var(--_size-s); margin: 0 0 var(--_space-2); }
    .tools { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin: 0 0 var(--_space-2); }
    label.file { display: inline-flex; align-items: center; font-weight: 400; margin: 0; }
    .file-input:focus + label.file {
      outline: 3px solid transparent; background-color: var(--_focus); color: var(--_focus-text);
      box-shadow: inset 0 0 0 2px var(--_focus-text), 0 2px var(--_focus-text);
    }
    .heard { min-height: 1.3em; margin: 0 0 var(--_space-3); color: var(--_secondary-text); }
    .listening { font-weight: 700; color: var(--_text); }
    .recording { font-weight: 700; color: var(--_error); }
    textarea.words { border-left-width: 6px; }
    .media-list { list-style: none; margin: 0 0 var(--_space-4); padding: 0; }
    .media { display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--_space-3); padding: var(--_space-2) 0; border-bottom: 1px solid var(--_border); }
    .thumb { width: 96px; height: 96px; background: var(--_surface); flex: none; }
    .media-text { flex: 1 1 12rem; min-width: 0; }
    .media-title { margin: 0 0 var(--_space-1); font-weight: 700; }
    .media-taken { margin: 0 0 var(--_space-1); }
    .discard-ask { border-left: 5px solid var(--_error); padding-left: var(--_space-3); margin-top: var(--_space-4); }
    .discard-ask p { font-weight: 700; margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_space-3); margin-top: var(--_space-4); }
    @media (forced-colors: active) {
      .notice, .error-summary, .consent { border-color: CanvasText; }
      .thumb { border: 1px solid CanvasText; }
    }
  `,
];
