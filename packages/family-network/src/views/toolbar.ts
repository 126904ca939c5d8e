/** The heading, the "as at" date, the view switcher and the "show ended" switch. */
import { html, type TemplateResult } from 'lit';
import type { NetworkText } from '../network-text.js';

export type NetworkView = 'picture' | 'contacts' | 'people' | 'history';
export const VIEWS: readonly NetworkView[] = ['picture', 'contacts', 'people', 'history'];

export interface ToolbarContext {
  text: NetworkText;
  /** "As at …": the day the network is drawn as at and, when it was not given, where it came from. */
  asAt: string;
  view: NetworkView;
  showEnded: boolean;
  /** How many ended involvements are hidden. */
  hiddenEnded: number;
  onView: (view: NetworkView) => void;
  onShowEnded: (show: boolean) => void;
}

export function toolbarView(c: ToolbarContext): TemplateResult {
  const { t } = c.text;
  return html`<h2 id="title">${t('title')}</h2>
    <p class="as-at">${c.asAt}</p>
    <div class="bar" role="group" aria-label=${t('views.label')}>
      ${VIEWS.map(
        (v) => html`<button type="button" class="secondary" aria-pressed=${c.view === v ? 'true' : 'false'} data-view=${v}
          @click=${() => c.onView(v)}>${t(`view.${v}`)}</button>`,
      )}
    </div>
    <label class="check"><input type="checkbox" .checked=${c.showEnded} @change=${(e: Event) => c.onShowEnded((e.target as HTMLInputElement).checked)}>
      ${t('showEnded')} ${!c.showEnded && c.hiddenEnded ? t('hiddenEnded', { count: c.hiddenEnded }) : ''}</label>`;
}
