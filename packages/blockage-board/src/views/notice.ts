import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentState } from '@opencasework/core';
import type { BoardFormat } from '../format.js';

/** The last message, shown on screen above the board (the element's Announcer speaks it). */
export interface Notice {
  text: string;
  error: boolean;
}

/** The last message on screen: a confirmation, or an error in GOV.UK's error style. */
export function noticeView(notice: Notice | null): TemplateResult {
  return html`<div class="live">${notice && !notice.error ? notice.text : nothing}</div>
    <div class="alert">${notice?.error ? html`<p class="cw-error-message">${notice.text}</p>` : nothing}</div>`;
}

/** What is shown instead of the board while it loads, when the store has no such board, or when reading failed. */
export function loadStateView(f: BoardFormat, state: DocumentState, boardId: string): TemplateResult | null {
  if (state === 'loading') return html`<p>${f.t('board.loading')}</p>`;
  if (state === 'missing') return html`<p>${f.t('board.missing', { id: boardId })}</p>`;
  if (state === 'error') return html`<p class="cw-error-message">${f.t('board.loadError')}</p>`;
  return null;
}
