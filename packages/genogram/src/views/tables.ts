/** The tables of people and relationships: the drawing's equivalent for screen readers, spreadsheets and print. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FamilyGraph } from '../layout/family-graph.js';
import { ageText } from '../text-view.js';
import type { Words } from './context.js';

export interface RelationshipRow {
  a: string;
  rel: string;
  b: string;
  dates: string;
  notes: string;
}

/** Every relationship as a row: partnerships, parent links, twins and (unless hidden) emotional lines and supports. */
export function relationshipRows(g: FamilyGraph, w: Words, showEmotional: boolean): RelationshipRow[] {
  const name = (id: string) => g.byId.get(id)?.name ?? id;
  const date = (d?: string) => (d ? w.date(d) : '');
  const rows: RelationshipRow[] = [];
  for (const u of g.unions)
    if (u.b && u.relId) {
      rows.push({
        a: name(u.a),
        rel: w.t('table.partner', { status: u.status ? w.t(`partnerStatus.${u.status}`) : w.t('partnerStatus.unrecorded') }),
        b: name(u.b),
        dates: [date(u.from), date(u.statusOn)].filter(Boolean).join(' – '),
        notes: u.consanguineous ? w.t('consanguinity') : '',
      });
    }
  for (const [c, list] of g.parentRels)
    for (const r of list) {
      rows.push({
        a: name(r.parentId),
        rel: w.t('table.parentOf', { type: w.t(`childType.${r.type}`) }),
        b: name(c),
        dates: [date(r.from), date(r.to)].filter(Boolean).join(' – '),
        notes: [r.disputed ? w.t('disputed') : '', r.source ?? ''].filter(Boolean).join('. '),
      });
    }
  for (const tw of g.twins) rows.push({ a: name(tw.a), rel: w.t(`twins.${tw.zygosity}`), b: name(tw.b), dates: '', notes: '' });
  if (showEmotional) {
    for (const e of g.emotional)
      rows.push({
        a: name(e.a),
        rel: w.t(`emotionalQuality.${e.quality}`),
        b: name(e.b),
        dates: '',
        notes: [e.direction ? w.t(`direction.${e.direction}`) : '', e.note ?? ''].filter(Boolean).join('. '),
      });
    for (const e of g.supports) rows.push({ a: name(e.a), rel: w.t('support'), b: name(e.b), dates: '', notes: e.label ?? '' });
  }
  return rows;
}

export function tablesView(g: FamilyGraph, words: Words, rows: RelationshipRow[]): TemplateResult {
  const w = words;
  return html`<section class="table-view" part="table-view">
    <table>
      <caption>${w.t('table.people')}</caption>
      <thead><tr><th scope="col">${w.t('table.name')}</th><th scope="col">${w.t('table.gender')}</th><th scope="col">${w.t('table.born')}</th>
        <th scope="col">${w.t('table.age')}</th><th scope="col">${w.t('table.died')}</th><th scope="col">${w.t('table.household')}</th></tr></thead>
      <tbody>${g.people.map(
        (p) => html`<tr data-id=${p.id}>
        <th scope="row">${p.name}${p.index ? html` <span class="tag">(${w.t('index')})</span>` : nothing}</th>
        <td>${p.pregnancyOutcome ? w.t(`pregnancy.${p.pregnancyOutcome}`) : w.t(`gender.${p.gender}`)}</td>
        <td>${p.dateOfBirth ? w.date(p.dateOfBirth) : ''}</td><td>${ageText(p, g.asAt, words.dateLocale)}</td>
        <td>${p.deceased ? (p.dateOfDeath ? w.date(p.dateOfDeath) : w.t('deceased')) : ''}</td>
        <td>${g.households
          .filter((h) => (h.memberIds ?? []).includes(p.id))
          .map((h) => h.name ?? w.t('household'))
          .join('; ')}</td>
      </tr>`,
      )}</tbody>
    </table>
    <table>
      <caption>${w.t('table.relationships')}</caption>
      <thead><tr><th scope="col">${w.t('table.person')}</th><th scope="col">${w.t('table.relationship')}</th><th scope="col">${w.t('table.with')}</th>
        <th scope="col">${w.t('table.dates')}</th><th scope="col">${w.t('table.notes')}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><td>${r.a}</td><td>${r.rel}</td><td>${r.b}</td><td>${r.dates}</td><td>${r.notes}</td></tr>`)}</tbody>
    </table>
  </section>`;
}
