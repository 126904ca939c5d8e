import { html, type TemplateResult } from 'lit';
import type { Blockage } from '@opencasework/core';
import { differingFields, type ComparedField } from '../card-ops.js';
import type { BoardFormat } from '../format.js';
import type { BoardKey } from '../messages/index.js';

/** Two versions of one card: what this person saved and what someone else saved first (undefined: they deleted it). */
export interface ConflictState {
  base: Blockage;
  mine: Blockage;
  theirs: Blockage | undefined;
  message: string;
}
export type ConflictChoice = 'mine' | 'theirs' | 'merge';

export interface ConflictViewContext {
  f: BoardFormat;
  conflict: ConflictState;
  onResolve: (choice: ConflictChoice) => void;
}

const FIELD_LABEL: Record<ComparedField, BoardKey> = {
  title: 'field.title',
  detail: 'field.detail',
  category: 'field.category',
  status: 'field.status',
  owner: 'field.owner',
  hoursLostPerWeek: 'field.hours',
  metToo: 'field.meToo',
  resolution: 'field.resolution',
  actions: 'field.actions',
};

/** One field of one version, as text. */
export function fieldText(f: BoardFormat, b: Blockage | undefined, field: ComparedField): string {
  if (!b) return f.t('conflict.deleted');
  if (field === 'status') return f.status(b.status);
  if (field === 'category') return f.category(b.category);
  if (field === 'actions') return (b.actions ?? []).map((a) => a.text).join('; ') || '—';
  const v = b[field];
  return v === undefined || v === '' ? '—' : String(v);
}

/** Mine and theirs, field by field, and the three ways out: keep mine, take theirs, merge by editing. */
export function conflictView({ f, conflict: c, onResolve }: ConflictViewContext): TemplateResult {
  const fields = c.theirs ? differingFields(c.mine, c.theirs) : (['title'] as ComparedField[]);
  return html`<section class="panel conflict" part="conflict" aria-labelledby="conflict-heading">
    <h3 id="conflict-heading" tabindex="-1">${f.t('conflict.heading', { title: c.mine.title })}</h3>
    <p>${c.theirs ? f.t('conflict.body') : f.t('conflict.bodyDeleted')}</p>
    <table>
      <caption class="cw-visually-hidden">${f.t('conflict.caption')}</caption>
      <thead><tr><th scope="col">${f.t('conflict.field')}</th><th scope="col">${f.t('conflict.mine')}</th><th scope="col">${f.t('conflict.theirs')}</th></tr></thead>
      <tbody>${fields.map(
        (k) => html`<tr><th scope="row">${f.t(FIELD_LABEL[k])}</th>
        <td>${fieldText(f, c.mine, k)}</td><td>${fieldText(f, c.theirs, k)}</td></tr>`,
      )}</tbody>
    </table>
    <div class="buttons">
      <button type="button" @click=${() => onResolve('mine')}>${f.t('conflict.keepMine')}</button>
      ${
        c.theirs
          ? html`<button type="button" class="secondary" @click=${() => onResolve('theirs')}>${f.t('conflict.takeTheirs')}</button>
      <button type="button" class="secondary" @click=${() => onResolve('merge')}>${f.t('conflict.merge')}</button>`
          : html`<button type="button" class="secondary" @click=${() => onResolve('theirs')}>${f.t('conflict.discard')}</button>`
      }
    </div>
  </section>`;
}
