import { html, nothing } from 'lit';
import { AUDIENCES, type Audience } from '../audience-policy.js';
import type { ChronologyView } from '../chronology-view.js';
import type { Localizer } from '../messages/index.js';

export const VIEWS: readonly ChronologyView[] = ['table', 'timeline', 'court'];

export interface ToolbarContext {
  l: Localizer;
  view: ChronologyView;
  audience: Audience;
  /** Exports are offered only when there is something to export. */
  hasEntries: boolean;
  /** Offers "Add an entry". */
  canAdd: boolean;
  onView: (view: ChronologyView) => void;
  onAudience: (audience: Audience) => void;
  onCsv: () => void;
  onCopy: () => void;
  onPrint: () => void;
  onAdd: () => void;
}

/** The view switch, the version choice, the exports and "Add an entry". */
export function toolbarView(c: ToolbarContext) {
  const { l } = c;
  return html`
    <div class="toolbar" part="toolbar">
      <div class="group" role="group" aria-label=${l.t('view.label')}>
        <span class="group-label" aria-hidden="true">${l.t('view.label')}</span>
        ${VIEWS.map(
          (v) => html`<button type="button" class="secondary" aria-pressed=${c.view === v ? 'true' : 'false'} data-view=${v}
            @click=${() => c.onView(v)}>${l.t(`view.${v}`)}</button>`,
        )}
      </div>
      <div class="field">
        <label for="audience">${l.t('audience.label')}</label>
        <select id="audience" @change=${(e: Event) => c.onAudience((e.target as HTMLSelectElement).value as Audience)}>
          ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${c.audience === a}>${l.t(`audience.${a}`)}</option>`)}
        </select>
      </div>
      ${
        c.hasEntries
          ? html`<div class="group">
            <button type="button" class="secondary" data-action="csv" @click=${c.onCsv}>${l.t('export.csv')}</button>
            <button type="button" class="secondary" data-action="copy" @click=${c.onCopy}>${l.t('export.copy')}</button>
            <button type="button" class="secondary" data-action="print" @click=${c.onPrint}>${l.t('export.print')}</button>
          </div>`
          : nothing
      }
      ${c.canAdd ? html`<button type="button" data-action="add" @click=${c.onAdd}>${l.t('edit.add')}</button>` : nothing}
      <slot name="actions"></slot>
    </div>
  `;
}
