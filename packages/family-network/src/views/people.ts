/** The lists by family member: each person's professionals and supports, and the panel for the selected node. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FamilyNode, NetworkModel, NetworkNode } from '../network-model.js';
import type { NetworkText } from '../network-text.js';
import { contactRows, involvementsByPerson, type PersonInvolvement } from '../contacts.js';
import { emailView, phoneView } from './contacts.js';

export interface ListContext {
  model: NetworkModel;
  text: NetworkText;
  onSelect: (n: NetworkNode) => void;
}

/** One person's involvements, each professional's name a button that selects them. */
export function involvementListView(c: ListContext, items: PersonInvolvement[]): TemplateResult {
  const { model, text } = c;
  if (!items.length) return html`<p class="muted">${text.t('people.none')}</p>`;
  return html`<ul>${items.map((i) => {
    const n = model.outer.find((o) => o.id === i.id);
    if (!n) return nothing;
    const button = html`<button type="button" class="link name cw-print-text" @click=${() => c.onSelect(n)}>${n.name}</button>`;
    if (i.kind === 'support') return html`<li>${button} (${text.t('informalSupport')}: ${i.label ?? text.role(n)})</li>`;
    return html`<li>${button} (${text.roleAndAgency(n)}): ${text.facts(i)}</li>`;
  })}</ul>`;
}

/** Why the case names this person (a parent, a partner, named in the plan), or nothing. */
function whyView(c: ListContext, f: FamilyNode): TemplateResult | typeof nothing {
  const why = c.text.why(f, c.model);
  return why.length ? html`<p class="why">${c.text.t('people.why', { why: why.join('; ') })}</p>` : nothing;
}

/** By family member: a section per person. */
export function peopleView(c: ListContext): TemplateResult {
  const { model, text } = c;
  const byPerson = involvementsByPerson(model);
  return html`<div class="view people-list">${model.family.map((f) => {
    const items = byPerson.find((p) => p.personId === f.id)?.items ?? [];
    return html`<section aria-labelledby="person-${f.id}" data-person=${f.id}>
      <h3 id="person-${f.id}">${f.name}<span class="muted">${[f.isSubject ? text.t('subject') : '', text.age(f, model.today)]
        .filter(Boolean)
        .map((x) => `, ${x}`)
        .join('')}</span>
        ${f.confidentialAddress ? html`<span class="tag">${text.t('addressConfidential')}</span>` : nothing}</h3>
      ${whyView(c, f)}${involvementListView(c, items)}
    </section>`;
  })}</div>`;
}

export interface DetailsContext extends ListContext {
  /** The selected person or professional. */
  selectedId: string | null;
  onClear: () => void;
}

/** The selected person's or professional's details, beside the picture. */
export function detailsView(c: DetailsContext): TemplateResult | typeof nothing {
  const { model, text } = c;
  const { t } = text;
  const fam = model.family.find((f) => f.id === c.selectedId);
  const out = model.outer.find((o) => o.id === c.selectedId);
  if (!fam && !out) return nothing;
  const byPerson = involvementsByPerson(model);
  let body: TemplateResult;
  if (fam) {
    const items = byPerson.find((p) => p.personId === fam.id)?.items ?? [];
    body = html`<p>${[fam.isSubject ? t('subject') : t('familyMember'), text.age(fam, model.today)].filter(Boolean).join(', ')}
      ${fam.confidentialAddress ? html`<span class="tag">${t('addressConfidential')}</span>` : nothing}</p>
      ${whyView(c, fam)}${involvementListView(c, items)}`;
  } else {
    const n = out!;
    const row = n.kind === 'professional' ? contactRows(model).find((r) => r.id === n.id) : undefined;
    body = html`<p>${text.roleAndAgency(n)}
      ${n.kind === 'professional' && n.lead ? html`<span class="tag">${t('leadProfessional')}</span>` : nothing}</p>
      ${row?.withheld ? html`<p class="muted">${t('contactWithheld')}</p>` : row ? html`<p>${phoneView(row)} ${emailView(row)}</p>` : nothing}
      <ul>${byPerson.flatMap((p) => p.items.filter((i) => i.id === n.id).map((i) => html`<li>${text.nameOf(model, p.personId)}: ${text.facts(i)}</li>`))}</ul>`;
  }
  return html`<section class="details" aria-labelledby="details-h">
    <h3 id="details-h">${t('selected.heading', { name: (fam ?? out)!.name })}</h3>
    ${body}
    <button type="button" class="secondary" @click=${c.onClear}>${t('selected.clear')}</button>
  </section>`;
}
