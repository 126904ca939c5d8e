/** Who joined and left the network, and when. */
import { html, nothing, type TemplateResult } from 'lit';
import type { NetworkModel } from '../network-model.js';
import type { NetworkText } from '../network-text.js';
import { networkHistory, type HistoryEvent } from '../history.js';

export interface HistoryContext {
  /** The model with ended involvements. */
  model: NetworkModel;
  text: NetworkText;
}

export function historyView({ model, text }: HistoryContext): TemplateResult {
  const { t } = text;
  const { dated, undated } = networkHistory(model);
  if (!dated.length && !undated.length) return html`<div class="view history"><p>${t('history.empty')}</p></div>`;
  const line = (e: HistoryEvent) => {
    const n = model.outer.find((o) => o.id === e.professionalId);
    const who = n ? `${n.name} (${text.roleAndAgency(n)})` : e.professionalId;
    const names = e.personIds.map((id) => text.nameOf(model, id));
    return html`${who} ${t(e.type === 'joined' ? 'history.joined' : 'history.left')}, ${t('history.with', { names: text.list(names.length ? names : [t('wholeFamily')]) })}`;
  };
  return html`<div class="view history">
    <h3>${t('history.heading')}</h3>
    ${undated.length ? html`<h4>${t('history.undated')}</h4><ul>${undated.map((e) => html`<li data-involvement=${e.involvementId}>${line(e)}</li>`)}</ul>` : nothing}
    <ol>${dated.map((e) => html`<li data-involvement=${e.involvementId} data-type=${e.type}><strong>${text.date(e.date)}</strong>: ${line(e)}</li>`)}</ol>
  </div>`;
}
