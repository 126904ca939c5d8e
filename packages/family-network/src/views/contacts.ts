/** Who to contact: a sortable table with safe tel:/mailto: links, which also prints as the one-page contact sheet. */
import { html, nothing, type TemplateResult } from 'lit';
import type { NetworkModel } from '../network-model.js';
import type { NetworkText } from '../network-text.js';
import { CONTACT_SORT_KEYS, contactRows, mailtoHref, sortContacts, telHref, type ContactRow, type ContactSortKey } from '../contacts.js';

export interface ContactsContext {
  model: NetworkModel;
  text: NetworkText;
  locale: string;
  /** The case's title, printed at the top of the sheet. */
  caseTitle: string;
  sortKey: ContactSortKey;
  sortDir: 'ascending' | 'descending';
  onSort: (key: ContactSortKey) => void;
  onPrint: () => void;
}

const COLUMNS = ['name', 'role', 'agency', 'people', 'phone', 'email', 'lead', 'consent', 'lastContact'] as const;
type Column = (typeof COLUMNS)[number];
const sortable = (c: Column): c is ContactSortKey => (CONTACT_SORT_KEYS as readonly string[]).includes(c);

export function phoneView(r: ContactRow): TemplateResult | typeof nothing {
  if (!r.phone) return nothing;
  const href = telHref(r.phone);
  return href ? html`<a href=${href}>${r.phone}</a>` : html`<span>${r.phone}</span>`;
}

export function emailView(r: ContactRow): TemplateResult | typeof nothing {
  if (!r.email) return nothing;
  const href = mailtoHref(r.email);
  return href ? html`<a href=${href}>${r.email}</a>` : html`<span>${r.email}</span>`;
}

export function contactsView(c: ContactsContext): TemplateResult {
  const { text } = c;
  const { t } = text;
  const rows = sortContacts(contactRows(c.model), c.sortKey, c.sortDir, c.locale);
  const head = (col: Column) => {
    const label = t(`col.${col}`);
    if (!sortable(col)) return html`<th scope="col">${label}</th>`;
    const sort = c.sortKey === col ? c.sortDir : 'none';
    return html`<th scope="col" aria-sort=${sort}><button type="button" class="sort" data-sort=${col} @click=${() => c.onSort(col)}>${label}<span class="sort-mark" aria-hidden="true">${sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ''}</span></button></th>`;
  };
  return html`<div class="view contacts">
    <p class="print-only">${c.caseTitle}</p>
    <p><button type="button" class="secondary" data-print @click=${c.onPrint}>${t('print')}</button></p>
    ${
      rows.length
        ? html`<div class="table-wrap"><table part="contacts">
      <caption class="cw-visually-hidden">${t('contacts.caption')}</caption>
      <thead><tr>${COLUMNS.map(head)}</tr></thead>
      <tbody>${rows.map(
        (r) => html`<tr data-id=${r.id}>
        <th scope="row">${r.name}${r.ended ? html` <span class="muted">(${t('ended')})</span>` : nothing}</th>
        <td>${r.role ?? html`<span class="muted">${t('roleWithheld')}</span>`}</td>
        <td>${r.withheld ? html`<span class="muted">${t('agencyWithheld')}</span>` : (r.agencyName ?? '')}${r.withheld ? nothing : html`<br><span class="muted">${t(`sector.${r.group}`)}</span>`}</td>
        <td>${text.list([...(r.wholeFamily ? [t('wholeFamily')] : []), ...r.people.map((p) => p.name)]) || t('nobody')}</td>
        ${r.withheld ? html`<td colspan="2"><span class="muted">${t('contactWithheld')}</span></td>` : html`<td>${phoneView(r)}</td><td>${emailView(r)}</td>`}
        <td>${r.lead ? t('yes') : ''}</td>
        <td>${r.consents.map((x) => text.consent(x)).join('; ')}</td>
        <td>${text.date(r.lastContact)}</td>
      </tr>`,
      )}</tbody>
    </table></div>`
        : html`<p>${t('contacts.empty')}</p>`
    }
  </div>`;
}
