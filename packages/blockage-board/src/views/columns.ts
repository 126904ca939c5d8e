import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Blockage, BlockageStatus } from '@opencasework/core';
import type { BoardColumn } from '../board-model.js';
import type { BoardFormat } from '../format.js';

export interface ColumnsViewContext {
  f: BoardFormat;
  columns: readonly BoardColumn[];
  editable: boolean;
  /** The board has no blockages at all. */
  empty: boolean;
  /** The column a card is being dragged over. */
  dropTarget: BlockageStatus | null;
  /** Renders one card (the board memoises each one). */
  card: (b: Blockage) => unknown;
  onDragOver: (e: DragEvent, status: BlockageStatus) => void;
  onDragLeave: (e: DragEvent) => void;
  onDrop: (e: DragEvent, status: BlockageStatus) => void;
}

/** The five status columns, each a list of cards, with the keyboard help and the empty-board message. */
export function columnsView(c: ColumnsViewContext): TemplateResult {
  const { f } = c;
  return html`
    ${c.editable ? html`<p class="cw-hint" id="keys-help">${f.t('board.keys')}</p>` : nothing}
    ${c.empty ? html`<p class="empty">${c.editable ? f.t('board.emptyEditable') : f.t('board.empty')}</p>` : nothing}
    <div class="columns" part="columns">
      ${c.columns.map(
        ({
          status: s,
          cards,
        }) => html`<section class=${`column${c.dropTarget === s ? ' drop' : ''}`} part="column" data-status=${s} aria-labelledby=${`col-${s}`}
        @dragover=${(e: DragEvent) => c.onDragOver(e, s)}
        @dragleave=${c.onDragLeave}
        @drop=${(e: DragEvent) => c.onDrop(e, s)}>
        <h3 id=${`col-${s}`}>${f.status(s)} <span class="count-badge">${cards.length}</span></h3>
        <p class="cw-hint column-hint">${f.t(`status.${s}.hint`)}</p>
        ${
          cards.length
            ? html`<ul class="cards">${repeat(
                cards,
                (b) => b.id,
                (b) => c.card(b),
              )}</ul>`
            : html`<p class="cw-hint none">${f.t('board.columnEmpty')}</p>`
        }
      </section>`,
      )}
    </div>`;
}
