import { css, html, nothing, type TemplateResult } from 'lit';
import type { CoreKey } from '../messages/index.js';
import type { ChangedBy } from './model.js';

/** One row of the comparison: a field that differs, as text. */
export interface ConflictRow {
  field: string;
  label: string;
  mine: string;
  theirs: string;
  changedBy: ChangedBy;
}

/** One question: a field both people changed. */
export interface ConflictQuestion extends ConflictRow {
  choice: 'mine' | 'theirs' | undefined;
  /** True when the person tried to save without answering. */
  error: boolean;
}

/** 'compare': mine and theirs side by side; 'ask': which version of the fields both changed; 'merging': the host's form is open. */
export type ConflictStep = 'compare' | 'ask' | 'merging';

export interface ConflictViewContext {
  t: (key: CoreKey, params?: Record<string, string | number>) => string;
  heading: string;
  /** They deleted the record. */
  deleted: boolean;
  rows: ConflictRow[];
  step: ConflictStep;
  questions: ConflictQuestion[];
  /** Whether the host offers "Merge by hand". */
  canMerge: boolean;
  /** True while a choice is being saved (the buttons are disabled). */
  busy: boolean;
  on: {
    keepMine: () => void;
    keepTheirs: () => void;
    merge: () => void;
    choose: (field: string, choice: 'mine' | 'theirs') => void;
    saveChoices: () => void;
    back: () => void;
    close: () => void;
  };
}

export const CONFLICT_HEADING_ID = 'cw-conflict-heading';

function table(c: ConflictViewContext): TemplateResult {
  const { t } = c;
  if (!c.rows.length) return html`<p>${t('conflict.none')}</p>`;
  return html`<table class="cw-conflict-table">
    <caption class="cw-visually-hidden">${t('conflict.caption')}</caption>
    <thead><tr><th scope="col">${t('conflict.field')}</th><th scope="col">${t('conflict.mine')}</th>
      <th scope="col">${t('conflict.theirs')}</th><th scope="col">${t('conflict.changedBy')}</th></tr></thead>
    <tbody>${c.rows.map(
      (r) => html`<tr class="by-${r.changedBy}" data-field=${r.field}>
        <th scope="row">${r.label}</th>
        <td><span class="cw-conflict-label" aria-hidden="true">${t('conflict.mine')}</span>${r.mine}</td>
        <td><span class="cw-conflict-label" aria-hidden="true">${t('conflict.theirs')}</span>${r.theirs}</td>
        <td><span class="cw-conflict-label" aria-hidden="true">${t('conflict.changedBy')}</span><strong>${t(`conflict.by.${r.changedBy}`)}</strong></td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function questions(c: ConflictViewContext): TemplateResult {
  const { t } = c;
  return html`<div class="cw-conflict-ask">
    <h4 id="cw-conflict-ask-heading" tabindex="-1">${t('conflict.askHeading')}</h4>
    <p class="cw-hint">${t('conflict.askHint')}</p>
    ${c.questions.map((q, i) => {
      const err = `cw-conflict-q${i}-error`;
      return html`<div class="cw-conflict-question ${q.error ? 'error' : ''}" data-field=${q.field}><fieldset aria-describedby=${q.error ? err : nothing}>
        <legend>${t('conflict.askLegend', { field: q.label })}</legend>
        ${q.error ? html`<p class="cw-error-message" id=${err}><span class="cw-visually-hidden">${t('conflict.errorPrefix')}</span> ${t('conflict.askError', { field: q.label })}</p>` : nothing}
        ${(['mine', 'theirs'] as const).map(
          (side) => html`<div class="cw-conflict-choice">
            <input type="radio" id="cw-conflict-q${i}-${side}" name="cw-conflict-q${i}" value=${side} .checked=${q.choice === side}
              @change=${() => c.on.choose(q.field, side)}>
            <label for="cw-conflict-q${i}-${side}">${t(side === 'mine' ? 'conflict.chooseMine' : 'conflict.chooseTheirs', { value: side === 'mine' ? q.mine : q.theirs })}</label>
          </div>`,
        )}
      </fieldset></div>`;
    })}
  </div>`;
}

function buttons(c: ConflictViewContext): TemplateResult {
  const { t, on, busy } = c;
  if (c.step === 'merging')
    return html`<button type="button" class="secondary" @click=${on.close}>${t('conflict.closeComparison')}</button>`;
  if (c.step === 'ask')
    return html`<button type="button" data-choice="save" ?disabled=${busy} @click=${on.saveChoices}>${t('conflict.saveChoices')}</button>
      <button type="button" class="secondary" data-choice="back" ?disabled=${busy} @click=${on.back}>${t('conflict.back')}</button>`;
  if (c.deleted)
    return html`<button type="button" data-choice="mine" ?disabled=${busy} @click=${on.keepMine}>${t('conflict.saveMineAgain')}</button>
      <button type="button" class="secondary" data-choice="theirs" ?disabled=${busy} @click=${on.keepTheirs}>${t('conflict.discardMine')}</button>`;
  return html`<button type="button" data-choice="mine" aria-describedby="cw-conflict-mine-hint" ?disabled=${busy} @click=${on.keepMine}>${t('conflict.keepMine')}</button>
    <button type="button" class="secondary" data-choice="theirs" ?disabled=${busy} @click=${on.keepTheirs}>${t('conflict.keepTheirs')}</button>
    ${c.canMerge ? html`<button type="button" class="secondary" data-choice="merge" ?disabled=${busy} @click=${on.merge}>${t('conflict.mergeByHand')}</button>` : nothing}`;
}

/**
 * The conflict panel: who changed what, mine and theirs field by field, and the ways out ("Keep mine", "Keep
 * theirs", "Merge by hand"); then, only for fields both changed, one question each. Its heading takes focus.
 */
export function conflictView(c: ConflictViewContext): TemplateResult {
  const { t } = c;
  return html`<section class="cw-conflict conflict" part="conflict" aria-labelledby=${CONFLICT_HEADING_ID} data-step=${c.step}>
    <h3 id=${CONFLICT_HEADING_ID} tabindex="-1">${c.heading}</h3>
    <p>${c.deleted ? t('conflict.bodyDeleted') : t('conflict.body')}</p>
    ${c.step === 'merging' ? html`<p class="cw-conflict-note">${t('conflict.merging')}</p>` : nothing}
    ${table(c)}
    ${c.step === 'ask' ? questions(c) : nothing}
    ${c.step === 'compare' && !c.deleted ? html`<p class="cw-hint" id="cw-conflict-mine-hint">${t('conflict.keepMineHint')}</p>` : nothing}
    <div class="cw-conflict-buttons">${buttons(c)}</div>
  </section>`;
}

/** The panel's styles: compose after `baseStyles`. Below 480 px of panel width each row stacks, with its labels shown. */
export const conflictStyles = css`
  .cw-conflict {
    container-type: inline-size;
    border: 5px solid var(--_error);
    padding: var(--_space-3);
    margin: 0 0 var(--_space-4);
    background: var(--_bg);
    color: var(--_text);
  }
  .cw-conflict h3 { font-size: var(--_size-l); margin: 0 0 var(--_space-2); }
  .cw-conflict h4 { font-size: var(--_size-m); margin: var(--_space-4) 0 var(--_space-1); }
  .cw-conflict p { margin: 0 0 var(--_space-3); max-width: 40em; }
  .cw-conflict-table { margin-bottom: var(--_space-3); }
  .cw-conflict-table td { white-space: pre-wrap; }
  .cw-conflict-table tr.by-both th[scope='row'] { border-left: 5px solid var(--_text); padding-left: var(--_space-2); }
  .cw-conflict-label { display: none; }
  .cw-conflict-question { margin: 0 0 var(--_space-4); }
  .cw-conflict-question fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  .cw-conflict-question.error { border-left: 5px solid var(--_error); padding-left: var(--_space-3); }
  .cw-conflict-question legend { font-weight: 700; margin-bottom: var(--_space-2); padding: 0; }
  .cw-conflict-choice { display: flex; gap: var(--_space-2); align-items: flex-start; margin-bottom: var(--_space-2); }
  .cw-conflict-choice label { font-weight: 400; margin: 0; padding-top: 2px; white-space: pre-wrap; }
  .cw-conflict-buttons { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
  @container (max-width: 480px) {
    .cw-conflict-table thead { display: none; }
    .cw-conflict-table, .cw-conflict-table tbody, .cw-conflict-table tr, .cw-conflict-table th, .cw-conflict-table td { display: block; }
    .cw-conflict-table tr { border-bottom: 2px solid var(--_border); padding: var(--_space-2) 0; }
    .cw-conflict-table th, .cw-conflict-table td { border: 0; padding: 2px 0; }
    .cw-conflict-label { display: block; font-size: var(--_size-s); font-weight: 700; color: var(--_secondary-text); }
    .cw-conflict-buttons button { width: 100%; }
  }
  @media (forced-colors: active) {
    .cw-conflict, .cw-conflict-question.error { border-color: CanvasText; }
    .cw-conflict-table tr.by-both th[scope='row'] { border-left-color: CanvasText; }
  }
  @media print {
    .cw-conflict { display: none; }
  }
`;
