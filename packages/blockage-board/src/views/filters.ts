import { BOARD_COLUMNS } from '../card-ops.js';
import { html, nothing, type TemplateResult } from 'lit';
import { BLOCKAGE_CATEGORIES, type BlockageCategory, type BlockageStatus } from '@opencasework/core';
import { AGE_FILTERS, NO_OWNER, filtersAreEmpty, type AgeFilter, type BoardFilters } from '../filters.js';
import type { BoardFormat } from '../format.js';

export interface FiltersViewContext {
  f: BoardFormat;
  filters: BoardFilters;
  /** The owners named on the board. */
  owners: readonly string[];
  shown: number;
  total: number;
  /** How many cards on the board are stuck, and the threshold in weeks. */
  stuck: number;
  stuckWeeks: number;
  onChange: (patch: Partial<BoardFilters>) => void;
  onClear: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** The filter bar: search, category, owner, status and age, with a live count of what is shown. */
export function filtersView({
  f,
  filters,
  owners,
  shown,
  total,
  stuck,
  stuckWeeks,
  onChange,
  onClear,
}: FiltersViewContext): TemplateResult {
  const ageLabel = (a: AgeFilter) => (a ? f.t(`filter.age.${a}`) : f.t('filter.any'));
  return html`<form class="filters" part="filters" role="search" aria-labelledby="filters-heading" @submit=${(e: Event) => e.preventDefault()}>
    <h3 id="filters-heading" class="cw-visually-hidden">${f.t('filter.heading')}</h3>
    <div class="field grow">
      <label for="f-query">${f.t('filter.search')}</label>
      <input id="f-query" type="search" .value=${filters.query} @input=${(e: Event) => onChange({ query: value(e) })} />
    </div>
    <div class="field">
      <label for="f-category">${f.t('field.category')}</label>
      <select id="f-category" @change=${(e: Event) => onChange({ category: value(e) as BlockageCategory | '' })}>
        <option value="" ?selected=${!filters.category}>${f.t('filter.any')}</option>
        ${BLOCKAGE_CATEGORIES.map((c) => html`<option value=${c} ?selected=${filters.category === c}>${f.category(c)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="f-owner">${f.t('field.owner')}</label>
      <select id="f-owner" @change=${(e: Event) => onChange({ owner: value(e) })}>
        <option value="" ?selected=${!filters.owner}>${f.t('filter.any')}</option>
        <option value=${NO_OWNER} ?selected=${filters.owner === NO_OWNER}>${f.t('card.noOwner')}</option>
        ${owners.map((o) => html`<option value=${o} ?selected=${filters.owner === o}>${o}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="f-status">${f.t('field.status')}</label>
      <select id="f-status" @change=${(e: Event) => onChange({ status: value(e) as BlockageStatus | '' })}>
        <option value="" ?selected=${!filters.status}>${f.t('filter.any')}</option>
        ${BOARD_COLUMNS.map((s) => html`<option value=${s} ?selected=${filters.status === s}>${f.status(s)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="f-age">${f.t('filter.age')}</label>
      <select id="f-age" @change=${(e: Event) => onChange({ age: value(e) as AgeFilter })}>
        ${AGE_FILTERS.map((a) => html`<option value=${a} ?selected=${filters.age === a}>${ageLabel(a)}</option>`)}
      </select>
    </div>
    <div class="field check">
      <input id="f-stuck" type="checkbox" .checked=${filters.stuck} @change=${(e: Event) => onChange({ stuck: (e.target as HTMLInputElement).checked })} />
      <label for="f-stuck">${f.t('filter.stuck', { count: stuckWeeks })} <span class="cw-hint">(${f.t('filter.stuckCount', { count: stuck })})</span></label>
    </div>
    ${filtersAreEmpty(filters) ? nothing : html`<div class="field"><button type="button" class="secondary" @click=${onClear}>${f.t('filter.clear')}</button></div>`}
    <p class="count" role="status">${shown === total ? f.t('filter.countAll', { count: total }) : f.t('filter.count', { shown, count: total })}</p>
  </form>`;
}
