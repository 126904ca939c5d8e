import { BOARD_COLUMNS } from '../card-ops.js';
import { html, nothing, type TemplateResult } from 'lit';
import { type Blockage, type BlockageStatus } from '@opencasework/core';
import { ageDays, endToEndDays } from '../measures.js';
import type { BoardFormat } from '../format.js';

/** What a card's controls do; the board wires them to its commits. */
export interface CardActions {
  onKeydown: (e: KeyboardEvent, b: Blockage) => void;
  onDragStart: (e: DragEvent, b: Blockage) => void;
  onDragEnd: () => void;
  onSelect: (b: Blockage) => void;
  onMeToo: (b: Blockage) => void;
  onEdit: (b: Blockage) => void;
  onToggleMove: (b: Blockage) => void;
  onCloseMove: (b: Blockage) => void;
  onMove: (b: Blockage, to: BlockageStatus) => void;
}

export interface CardViewContext {
  f: BoardFormat;
  b: Blockage;
  /** A short key unique on the board, for ids inside the card. */
  key: string;
  /** The time ages are taken at (ms). */
  now: number;
  editable: boolean;
  /** This person already said "me too" to the card on this page. */
  meTooDone: boolean;
  /** The card's "Move to" menu is open. */
  moveOpen: boolean;
  /** Open longer than the board's threshold: marked in words, not by colour alone. */
  stuck?: boolean;
  /** The threshold, in weeks, for the marker's words. */
  stuckWeeks?: number;
  actions: CardActions;
}

/** One blockage card: its facts, latest action or resolution, and (editable) its controls. */
export function cardView({
  f,
  b,
  key,
  now,
  editable,
  meTooDone,
  moveOpen,
  stuck = false,
  stuckWeeks = 8,
  actions: a,
}: CardViewContext): TemplateResult {
  const e2e = endToEndDays(b);
  const latest = b.actions?.length ? b.actions[b.actions.length - 1] : undefined;
  const hidden = html`<span class="cw-visually-hidden">: ${b.title}</span>`;
  return html`<li>
    <article class="card ${stuck ? 'stuck' : ''}" part="card" tabindex="0" data-id=${b.id} data-status=${b.status}
      aria-labelledby=${`${key}-t`} aria-describedby=${editable ? 'keys-help' : nothing}
      draggable=${editable ? 'true' : 'false'}
      @dragstart=${(e: DragEvent) => a.onDragStart(e, b)}
      @dragend=${a.onDragEnd}
      @keydown=${(e: KeyboardEvent) => a.onKeydown(e, b)}
      @click=${(e: Event) => {
        if (e.target === e.currentTarget) a.onSelect(b);
      }}>
      ${stuck ? html`<p class="stuck-marker"><strong>${f.t('card.stuck')}</strong> ${f.t('card.stuckOver', { count: stuckWeeks })}</p>` : nothing}
      <h4 id=${`${key}-t`} class="card-title">${b.title}</h4>
      <dl class="facts">
        <div><dt>${f.t('field.category')}</dt><dd>${f.category(b.category)}</dd></div>
        ${
          e2e !== null
            ? html`<div><dt>${f.t('card.took')}</dt><dd>${f.days(e2e)}</dd></div>`
            : html`<div><dt>${f.t('card.age')}</dt><dd>${f.days(ageDays(b, now))}</dd></div>`
        }
        <div><dt>${f.t('field.hours')}</dt><dd>${typeof b.hoursLostPerWeek === 'number' ? f.hours(b.hoursLostPerWeek) : f.t('card.notEstimated')}</dd></div>
        <div><dt>${f.t('card.meTooCount')}</dt><dd>${f.others(b.metToo ?? 0)}</dd></div>
        <div><dt>${f.t('field.owner')}</dt><dd>${b.owner || f.t('card.noOwner')}</dd></div>
      </dl>
      ${latest ? html`<p class="latest"><span class="label">${f.t('card.latestAction')}</span> ${latest.text}</p>` : nothing}
      ${b.status === 'resolved' && b.resolution ? html`<p class="latest"><span class="label">${f.t('card.resolution')}</span> ${b.resolution}</p>` : nothing}
      ${
        editable
          ? html`<div class="card-controls">
        <button type="button" class="secondary small" aria-pressed=${meTooDone ? 'true' : 'false'} @click=${() => a.onMeToo(b)}>${f.t('card.meToo')}${hidden}</button>
        <button type="button" class="secondary small" @click=${() => a.onEdit(b)}>${f.t('card.edit')}${hidden}</button>
        <button type="button" class="secondary small" aria-expanded=${moveOpen ? 'true' : 'false'}
          aria-controls=${moveOpen ? `${key}-mv` : nothing}
          @click=${() => a.onToggleMove(b)}>${f.t('card.moveTo')}${hidden}</button>
        ${
          moveOpen
            ? html`<ul class="move-menu" id=${`${key}-mv`} aria-label=${f.t('card.moveMenu', { title: b.title })}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              a.onCloseMove(b);
            }
          }}>
          ${BOARD_COLUMNS.filter((s) => s !== b.status).map((s) => html`<li><button type="button" class="small" data-status=${s} @click=${() => a.onMove(b, s)}>${f.status(s)}</button></li>`)}
        </ul>`
            : nothing
        }
      </div>`
          : nothing
      }
    </article>
  </li>`;
}
