import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps, type ChronologyEntry } from '@opencasework/core';
import { highlightParts } from '../filter.js';
import type { Gap } from '../gaps.js';
import type { MergedEvent } from '../merge.js';
import type { Localizer } from '../messages/index.js';
import type { Row } from '../model.js';
import { isSafeUrl, listOf, type PresentedEntry } from '../present.js';
import type { RowWindow } from './virtual-rows.js';

export interface TableContext {
  l: Localizer;
  events: MergedEvent[];
  /** The numbered court chronology instead of the full table. */
  court: boolean;
  /** Listed newest first (the court chronology's numbers still follow date order). */
  newestFirst: boolean;
  /** The court chronology: whether every event is listed, how many events there are in all, and the switch. */
  courtAll: { all: boolean; total: number; onToggle: () => void };
  /** Which rows to render (see VirtualRowsController). */
  rows: RowWindow;
  caption: string;
  selectedId: string;
  /** "No information" gaps by the id of the entry after them. */
  gapAfter: Map<string, Gap>;
  /** The search text, for highlighting. */
  query: string;
  /** More words to highlight: the names of the people the search's words stand for. */
  highlight: readonly string[];
  /** Whether links to and references of case records may be shown (not in the redacted version). */
  showsSources: boolean;
  /** Whether an entry may link to its original record (the full version only). */
  links: boolean;
  editable: boolean;
  present: (row: Row) => PresentedEntry;
  agencyLabel: (agencyId: string) => string;
  onScroll: (e: Event) => void;
  onFocusIn: (e: FocusEvent) => void;
  onSelect: (row: Row) => void;
  onEdit: (entry: ChronologyEntry) => void;
}

function hl(c: TableContext, text: string): TemplateResult | string {
  if (!c.query || !text) return text;
  const parts = highlightParts(text, c.query, c.highlight);
  if (parts.length === 1 && !parts[0]!.match) return text;
  return html`${parts.map((p) => (p.match ? html`<mark>${p.text}</mark>` : p.text))}`;
}

function source(c: TableContext, row: Row, p: PresentedEntry) {
  const ref = row.entry.sourceRef;
  if (!c.showsSources || !ref) return nothing;
  const system = ref.system || c.l.t('source.unknownSystem');
  if (c.links && isSafeUrl(ref.url)) {
    return html`<span class="meta"><a href=${ref.url} target="_blank" rel="noopener noreferrer">${c.l.t('source.open', { system })}${ref.recordId ? ` (${ref.recordId})` : ''}</a></span>`;
  }
  // The reference as this version writes it (the anonymised version numbers record ids).
  if (!p.reference) return nothing;
  return html`<span class="meta">${c.links ? c.l.t('source.record', { system, id: ref.recordId ?? '' }) : p.reference}</span>`;
}

/** A date that wraps only between its start and its end ("5 Jan 2021 –" / "30 Sep 2021"), never inside either. */
function dateText(date: string) {
  const parts = date.split(' – ');
  return parts.length === 1
    ? html`<span class="nw">${date}</span>`
    : html`<span class="nw">${parts[0]} –</span> <span class="nw">${parts.slice(1).join(' – ')}</span>`;
}

/**
 * The lower-priority columns (impact, action, category, people concerned) written out inside "What happened": shown
 * only at middle widths, where those columns are hidden so that no column is squeezed to break its words.
 */
function lowPriority(c: TableContext, p: PresentedEntry) {
  const { l } = c;
  const items: [string, string | TemplateResult][] = [
    [l.t('col.impact'), p.impact ? hl(c, p.impact) : ''],
    [l.t('col.action'), p.action ? hl(c, p.action) : ''],
    [l.t('col.category'), p.category],
    [l.t('col.concerns'), p.concerns ? hl(c, p.concerns) : ''],
  ];
  return html`<dl class="low-in-row">${items.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${k}</dt><dd class="pre">${v}</dd></div>`)}</dl>`;
}

/**
 * The documents that belong to an entry, as buttons: each fires `cw-document-open` (`{ documentId, entryId }`,
 * bubbling out of the shadow root), which a `<cw-documents>` in the same `<cw-case>`, or the host, opens.
 */
function entryDocuments(c: TableContext, row: Row, p: PresentedEntry) {
  if (!p.documents) return nothing;
  const open = (e: Event, documentId: string) =>
    e.currentTarget!.dispatchEvent(
      new CustomEvent('cw-document-open', { bubbles: true, composed: true, cancelable: true, detail: { documentId, entryId: row.id } }),
    );
  return html`<div class="entry-docs"><strong>${c.l.t('documents.label')}</strong>
    <ul>${p.documents.map((d) => html`<li><button type="button" class="link" data-document=${d.id} @click=${(e: Event) => open(e, d.id)}>${d.title}</button></li>`)}</ul></div>`;
}

function tableRow(c: TableContext, ev: MergedEvent, i: number) {
  const { l } = c;
  const row = ev.primary;
  const p = c.present(row);
  const gap = c.gapAfter.get(ev.rows[0]!.id);
  const gapNote = gap ? html`<span class="gap-note">${l.t('timeline.gap', { days: gap.days })}</span>` : nothing;
  const current = ev.rows.some((r) => r.id === c.selectedId);
  if (p.withheld) {
    return html`<tr role="row" class="withheld" aria-rowindex=${i + 2} data-event=${ev.id}>
      <td role="cell" class="date" data-label=${l.t('col.date')}>${dateText(p.date)}${gapNote}</td>
      <td role="cell" data-label=${l.t('col.what')}>${p.title}</td>
      <td role="cell"></td><td role="cell" class="low"></td><td role="cell" class="low"></td><td role="cell" class="low"></td><td role="cell"></td><td role="cell" class="low"></td>
    </tr>`;
  }
  const others = ev.rows.slice(1);
  return html`<tr role="row" aria-rowindex=${i + 2} aria-current=${current ? 'true' : 'false'} data-event=${ev.id}>
    <td role="cell" class="date" data-label=${l.t('col.date')}>
      ${dateText(p.date)}${p.age ? html`<span class="age">${l.t('col.age')} ${p.age}</span>` : nothing}${gapNote}
    </td>
    <td role="cell" data-label=${l.t('col.what')}>
      <button type="button" class="link title-button" @click=${() => c.onSelect(row)}>${hl(c, p.title)}</button>
      ${p.disputed ? html` <span class="tag disputed">${l.t('disputed')}</span>` : nothing}
      ${
        p.familyView
          ? html`<div class="family">
            <div><strong>${l.t('col.what')}</strong>${p.summary ? html`<p class="summary">${hl(c, p.summary)}</p>` : nothing}</div>
            <div class="theirs"><strong>${l.t('familyView')}</strong><p class="summary">${hl(c, p.familyView)}</p></div>
          </div>`
          : p.summary
            ? html`<p class="summary">${hl(c, p.summary)}</p>`
            : nothing
      }
      ${
        others.length
          ? html`<div class="sources"><strong>${l.t('sources.group', { count: ev.agencyIds.length })}</strong>
            <ul>${others.map((r) => {
              const o = c.present(r);
              return html`<li><span class="agency">${c.agencyLabel(r.agencyId)}</span>: ${hl(c, o.title)}${o.summary ? html`<span class="said">${hl(c, o.summary)}</span>` : nothing}${
                o.recordedBy ? html`<span class="meta">${l.t('col.recordedBy')}: ${o.recordedBy}</span>` : nothing
              }${source(c, r, o)}${entryDocuments(c, r, o)}</li>`;
            })}</ul></div>`
          : nothing
      }
      ${entryDocuments(c, row, p)} ${lowPriority(c, p)}
      ${
        c.editable
          ? html`<span class="meta no-print">${ev.rows.map(
              (r) => html`<button type="button" class="link" data-edit=${r.id}
          aria-label=${l.t('edit.editEntry', { title: c.present(r).title })} @click=${() => c.onEdit(r.entry)}>${l.t('edit.edit')}${ev.rows.length > 1 ? ` (${c.agencyLabel(r.agencyId)})` : ''}</button> `,
            )}</span>`
          : nothing
      }
    </td>
    <td role="cell" data-label=${l.t('col.agency')}>
      ${ev.agencyIds.length > 1 ? html`<span class="recorded-by">${l.t('event.recordedBy', { agencies: listOf(l.locale, ev.agencyIds.map(c.agencyLabel)) })}</span>` : p.agency}${p.recordedBy ? html`<span class="meta">${l.t('col.recordedBy')}: ${p.recordedBy}</span>` : nothing}${source(c, row, p)}
    </td>
    <td role="cell" class="pre low" data-label=${l.t('col.impact')}>${hl(c, p.impact)}</td>
    <td role="cell" class="pre low" data-label=${l.t('col.action')}>${hl(c, p.action)}</td>
    <td role="cell" class="low" data-label=${l.t('col.category')}>${p.category}</td>
    <td role="cell" data-label=${l.t('col.significance')}><span class="tag sig-${row.entry.significance}">${p.significance}</span></td>
    <td role="cell" class="low" data-label=${l.t('col.concerns')}>${hl(c, p.concerns)}</td>
  </tr>`;
}

function courtRow(c: TableContext, ev: MergedEvent, i: number) {
  const { l } = c;
  const p = c.present(ev.primary);
  const refs = ev.rows.map((r) => c.present(r).reference).filter(Boolean);
  // Numbers follow the date order whichever end is shown first, so that a number always names the same event.
  const number = c.newestFirst ? c.events.length - i : i + 1;
  return html`<tr role="row" aria-rowindex=${i + 2} data-event=${ev.id}>
    <td role="cell" data-label=${l.t('col.number')}>${number}</td>
    <td role="cell" class="date" data-label=${l.t('col.date')}>${dateText(p.date)}</td>
    <td role="cell" data-label=${l.t('col.event')}>
      <strong>${hl(c, p.title)}</strong>${p.summary ? html`<p class="summary">${hl(c, p.summary)}</p>` : nothing}
      ${p.familyView ? html`<p class="summary"><strong>${l.t('familyView')}:</strong> ${p.familyView}</p>` : nothing}
    </td>
    <td role="cell" data-label=${l.t('col.reference')}>${refs.length ? refs.join('; ') : p.withheld ? '' : l.t('notRecorded')}</td>
  </tr>`;
}

/** The table and court views: a real table whose rows out of view are stood in for by two spacer rows. */
export function tableView(c: TableContext) {
  const { l, events, court, rows: w } = c;
  const n = events.length;
  const cols = court ? 4 : 8;
  const header = court
    ? [l.t('col.number'), l.t('col.date'), l.t('col.event'), l.t('col.reference')]
    : [
        l.t('col.date'),
        l.t('col.what'),
        l.t('col.agency'),
        l.t('col.impact'),
        l.t('col.action'),
        l.t('col.category'),
        l.t('col.significance'),
        l.t('col.concerns'),
      ];
  const low = court ? [] : [3, 4, 5, 7];
  const ca = c.courtAll;
  return html`
    ${
      court
        ? html`<div class="court-scope"><p class="counts">${ca.all ? l.t('court.allShowing', { count: n }) : l.t('court.showing', { count: n, total: ca.total })}</p>
          <button type="button" class="secondary" data-action="court-all" aria-pressed=${ca.all ? 'true' : 'false'} @click=${ca.onToggle}>${l.t('court.all')}</button></div>`
        : nothing
    }
    <div class="scroll ${w.all ? 'all' : ''}" tabindex=${w.all ? nothing : '0'} role=${w.all ? nothing : 'region'}
      aria-label=${w.all ? nothing : l.t(court ? 'view.court' : 'view.table')} @scroll=${w.all ? null : c.onScroll}
      @focusin=${w.all ? null : c.onFocusIn}>
      <table class="main ${court ? 'court' : ''}" part="table" role="table" aria-rowcount=${n + 1}>
        <caption class="cw-visually-hidden">${c.caption}</caption>
        <thead><tr role="row" aria-rowindex="1">${header.map((h, i) => html`<th role="columnheader" scope="col" class=${low.includes(i) ? 'low' : ''}>${h}</th>`)}</tr></thead>
        <tbody>
          ${w.first > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${cols} ${styleProps({ height: `${w.before}px` })}></td></tr>` : nothing}
          ${repeat(
            events.slice(w.first, w.last),
            (e) => e.id,
            (e, i) => (court ? courtRow(c, e, w.first + i) : tableRow(c, e, w.first + i)),
          )}
          ${w.last < n ? html`<tr class="spacer" aria-hidden="true"><td colspan=${cols} ${styleProps({ height: `${w.after}px` })}></td></tr>` : nothing}
        </tbody>
      </table>
    </div>
  `;
}
