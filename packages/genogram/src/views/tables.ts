/** The tables of people and relationships: the drawing's equivalent for screen readers, spreadsheets and print. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FamilyGraph, GPerson } from '../layout/family-graph.js';
import { ageText, disputedParentText, joinList, pregnancyDateText } from '../text-view.js';
import { kinshipIn, kinshipIndex } from '../kinship.js';
import { capitalise, type Words } from './context.js';
import { householdName, type GenogramKey } from '../messages/index.js';

/** Carers are named as carers, never as parents (DOMAIN.md, "Reading kinship right"). */
const CARER_WORD: Partial<Record<string, GenogramKey>> = {
  kinship: 'kin.kinship-carer',
  foster: 'kin.foster-carer',
  'special-guardian': 'kin.special-guardian',
  step: 'kin.step-parent',
};

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
        dates: g.undated.has(u.relId) ? w.t('dateUnknown') : partnershipDates(u, w),
        notes: u.consanguineous ? w.t('consanguinity') : '',
      });
    }
  for (const [c, list] of g.parentRels)
    for (const r of list) {
      rows.push({
        a: name(r.parentId),
        rel: CARER_WORD[r.type] ? w.t(CARER_WORD[r.type]!) : w.t('table.parentOf', { type: w.t(`childType.${r.type}`) }),
        b: name(c),
        dates: [date(r.from), date(r.to)].filter(Boolean).join(' – '),
        // a disputed link says whose parentage and how it is known: "Paternity disputed: <source>"
        notes: r.disputed ? capitalise(disputedParentText(g, r, (k, p) => w.t(k, p))) : (r.source ?? ''),
      });
    }
  for (const tw of g.twins) rows.push({ a: name(tw.a), rel: w.t(`twins.${tw.zygosity}`), b: name(tw.b), dates: '', notes: '' });
  if (showEmotional) {
    for (const e of g.emotional)
      rows.push({
        a: name(e.a),
        rel: w.t(`emotionalQuality.${e.quality}`),
        b: name(e.b),
        dates: g.undated.has(e.id) ? w.t('dateUnknown') : '',
        notes: [e.direction ? w.t(`direction.${e.direction}`) : '', e.note ?? ''].filter(Boolean).join('. '),
      });
    for (const e of g.supports) rows.push({ a: name(e.a), rel: w.t('support'), b: name(e.b), dates: '', notes: e.label ?? '' });
  }
  return rows;
}

/**
 * A partnership's dates: "2006 – 2018" once ended, "since Sep 2025" while it lasts (never "Sep 2025 – Sep 2025"),
 * with the latest status's date when it differs from the start ("since 2010; married 27 Jul 2013").
 */
export function partnershipDates(u: FamilyGraph['unions'][number], w: Words): string {
  const date = (d?: string) => (d ? w.date(d) : '');
  const ended = u.status === 'separated' || u.status === 'divorced' || u.status === 'widowed';
  if (ended) return [date(u.from), date(u.to ?? u.statusOn)].filter(Boolean).join(' – ');
  const since = u.from ? w.t('table.ongoing', { date: date(u.from) }) : '';
  const on =
    u.statusOn && u.statusOn !== u.from && u.status
      ? w.t('statusOn', { status: w.t(`partnerStatus.${u.status}`), date: date(u.statusOn) })
      : '';
  return [since, on].filter(Boolean).join('; ');
}

/**
 * Each person's relationship to one person (the index child), in words: "kinship carer and grandmother"; one that has
 * ended says so, as the text view does ("stepfather (until May 2023)"), never a present "stepfather".
 */
export function relationTo(g: FamilyGraph, w: Words, toId: string): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const k of kinshipIn(kinshipIndex(g), toId)) {
    const word = w.t(`kin.${k.relation}`, { gender: g.byId.get(k.personId)?.gender ?? '' });
    out.set(k.personId, [...(out.get(k.personId) ?? []), k.until ? w.t('relative.until', { text: word, date: w.date(k.until) }) : word]);
  }
  return new Map([...out].map(([id, words]) => [id, joinList(words, w.t('and'), w.t('andBeforeVowel'))] as const));
}

export function tablesView(g: FamilyGraph, words: Words, rows: RelationshipRow[], toId?: string): TemplateResult {
  const w = words;
  const to = toId && g.byId.has(toId) ? relationTo(g, w, toId) : undefined;
  // a pregnancy or a loss with its date ("miscarriage, May 2022"), never under "Died"
  const t: Words['t'] = (key, params) => w.t(key, params);
  const pregnancyCell = (p: GPerson) =>
    [t(`pregnancy.${p.pregnancyOutcome!}`), pregnancyDateText(p, g.asAt, t, (d) => w.date(d))].filter(Boolean).join(', ');
  return html`<section class="table-view" part="table-view">
    <table>
      <caption>${w.t('table.people')}</caption>
      <thead><tr><th scope="col">${w.t('table.name')}</th><th scope="col">${w.t('table.gender')}</th><th scope="col">${w.t('table.born')}</th>
        <th scope="col">${w.t('table.age')}</th><th scope="col">${w.t('table.died')}</th><th scope="col">${w.t('table.household')}</th>
        ${to ? html`<th scope="col">${w.t('table.toPerson', { name: g.byId.get(toId!)!.name })}</th>` : nothing}</tr></thead>
      <tbody>${g.people.map(
        (p) => html`<tr data-id=${p.id}>
        <th scope="row">${p.name}${p.index ? html` <span class="tag">(${w.t('index')})</span>` : nothing}</th>
        <td>${p.pregnancyOutcome ? pregnancyCell(p) : w.t(`gender.${p.gender}`)}</td>
        <td>${p.dateOfBirth ? w.date(p.dateOfBirth) : ''}</td><td>${p.pregnancyOutcome ? '' : ageText(p, g.asAt, words.dateLocale)}</td>
        <td>${p.deceased && !p.pregnancyOutcome ? (p.dateOfDeath ? w.date(p.dateOfDeath) : w.t('deceased')) : ''}</td>
        <td>${g.households
          .filter((h) => (h.memberIds ?? []).includes(p.id))
          .map((h) => householdName(h, w))
          .join('; ')}</td>
        ${to ? html`<td>${to.get(p.id) ?? ''}</td>` : nothing}
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
