import { BOARD_COLUMNS } from '../card-ops.js';
import { html, nothing, type TemplateResult } from 'lit';
import { BLOCKAGE_CATEGORIES, type Blockage, type BlockageCategory, type BlockageStatus } from '@opencasework/core';
import type { SensitiveMatch } from '../sensitive-text.js';
import type { BoardFormat } from '../format.js';
import { sensitiveView } from './sensitive.js';

/** A card being edited: the version it started from, the draft, and an action being added. */
export interface EditState {
  before: Blockage;
  draft: Blockage;
  newAction: string;
}

export interface EditFormContext {
  f: BoardFormat;
  editing: EditState;
  owners: readonly string[];
  flags: readonly SensitiveMatch[];
  confirming: boolean;
  /** Empty values remove the field. */
  onPatch: (patch: Partial<Blockage>) => void;
  onNewAction: (text: string) => void;
  onSubmit: (e: Event) => void;
  onCancel: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Edit a card: every field, an action to add, the sensitive-text check; Escape cancels. */
export function editFormView(c: EditFormContext): TemplateResult {
  const { f, editing: ed, onPatch } = c;
  const d = ed.draft;
  return html`<form class="panel edit" part="edit" aria-labelledby="edit-heading" novalidate @submit=${c.onSubmit}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        c.onCancel();
      }
    }}>
    <h3 id="edit-heading">${f.t('edit.heading')}</h3>
    <div class="field"><label for="edit-title">${f.t('field.title')}</label>
      <input id="edit-title" type="text" maxlength="200" aria-describedby="edit-check" .value=${d.title} @input=${(e: Event) => onPatch({ title: value(e) })} /></div>
    <div class="field"><label for="edit-detail">${f.t('field.detail')}</label>
      <textarea id="edit-detail" rows="3" .value=${d.detail ?? ''} @input=${(e: Event) => onPatch({ detail: value(e) })}></textarea></div>
    <div class="row">
      <div class="field"><label for="edit-category">${f.t('field.category')}</label>
        <select id="edit-category" @change=${(e: Event) => onPatch({ category: value(e) as BlockageCategory })}>
          ${BLOCKAGE_CATEGORIES.map((k) => html`<option value=${k} ?selected=${d.category === k}>${f.category(k)}</option>`)}
        </select></div>
      <div class="field"><label for="edit-status">${f.t('field.status')}</label>
        <select id="edit-status" @change=${(e: Event) => onPatch({ status: value(e) as BlockageStatus })}>
          ${BOARD_COLUMNS.map((s) => html`<option value=${s} ?selected=${d.status === s}>${f.status(s)}</option>`)}
        </select></div>
      <div class="field"><label for="edit-hours">${f.t('field.hours')}</label>
        <input id="edit-hours" class="narrow" type="number" min="0" step="0.5" .value=${d.hoursLostPerWeek === undefined ? '' : String(d.hoursLostPerWeek)}
          @input=${(e: Event) => {
            const v = value(e);
            onPatch({ hoursLostPerWeek: v === '' ? undefined : Math.max(0, Number(v)) });
          }} /></div>
      <div class="field"><label for="edit-owner">${f.t('field.owner')}</label>
        <input id="edit-owner" type="text" maxlength="200" list="owner-list" .value=${d.owner ?? ''} @input=${(e: Event) => onPatch({ owner: value(e) })} /></div>
    </div>
    <datalist id="owner-list">${c.owners.map((o) => html`<option value=${o}></option>`)}</datalist>
    ${
      d.status === 'resolved'
        ? html`<div class="field"><label for="edit-resolution">${f.t('field.resolution')}</label>
      <textarea id="edit-resolution" rows="2" .value=${d.resolution ?? ''} @input=${(e: Event) => onPatch({ resolution: value(e) })}></textarea></div>`
        : nothing
    }
    ${d.actions?.length ? html`<h4>${f.t('edit.actions')}</h4><ul class="actions">${d.actions.map((a) => html`<li>${a.text} <span class="cw-hint">${f.day(a.at)}${a.by ? ` · ${a.by}` : ''}</span></li>`)}</ul>` : nothing}
    <div class="field"><label for="edit-action">${f.t('edit.newAction')}</label>
      <textarea id="edit-action" rows="2" .value=${ed.newAction} @input=${(e: Event) => c.onNewAction(value(e))}></textarea></div>
    ${sensitiveView(f, c.flags, 'edit-check')}
    <div class="buttons">
      <button type="submit">${c.confirming ? f.t('raise.saveAnyway') : f.t('edit.save')}</button>
      <button type="button" class="secondary" @click=${c.onCancel}>${f.t('common.cancel')}</button>
    </div>
  </form>`;
}
