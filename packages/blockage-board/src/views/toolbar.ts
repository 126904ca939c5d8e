import { html, type TemplateResult } from 'lit';
import type { BoardFormat } from '../format.js';

export type BoardView = 'board' | 'debrief' | 'measures';
export const BOARD_VIEWS: readonly BoardView[] = ['board', 'debrief', 'measures'];

export interface HeaderViewContext {
  f: BoardFormat;
  /** The team's name, when the board has one. */
  team: string;
  view: BoardView;
  onView: (view: BoardView) => void;
  onCsv: () => void;
  onPrint: () => void;
}

/** The heading, the view switcher and the export/print bar. */
export function headerView({ f, team, view, onView, onCsv, onPrint }: HeaderViewContext): TemplateResult {
  return html`<div part="header" class="header">
    <h2>${team ? f.t('board.titleTeam', { team }) : f.t('board.title')}</h2>
    <p class="cw-hint intro">${f.t('board.intro')}</p>
    <div class="toolbar">
      <div class="views" role="group" aria-label=${f.t('board.views')}>
        ${BOARD_VIEWS.map((v) => html`<button type="button" class="secondary" aria-pressed=${view === v ? 'true' : 'false'} @click=${() => onView(v)}>${f.t(`view.${v}`)}</button>`)}
      </div>
      <div class="exports">
        <button type="button" class="secondary" @click=${onCsv}>${f.t('export.csv')}</button>
        <button type="button" class="secondary" @click=${onPrint}>${f.t('export.print')}</button>
      </div>
    </div>
  </div>`;
}

/** A line shown only on paper: when the wall copy was printed and how many blockages are open. */
export function printMetaView(f: BoardFormat, today: string, open: number): TemplateResult {
  return html`<p class="print-only print-meta">${f.t('print.meta', { date: f.date(today), count: open })}</p>`;
}
