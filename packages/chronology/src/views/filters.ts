import { html, nothing } from 'lit';
import { CATEGORIES, SIGNIFICANCES, isPartialDate, unbrokenDates } from '@opencasework/core';
import { emptyFilters, isFiltering, toggleIn, type ChronologyFilters } from '../filter.js';
import type { Localizer } from '../messages/index.js';

export interface FiltersContext {
  l: Localizer;
  filters: ChronologyFilters;
  /** Whether "Filter by agency, category…" is open (its options are rendered only then). */
  moreOpen: boolean;
  /** [id, label] of each agency and person, as this version names them. */
  agencies: [string, string][];
  people: [string, string][];
  /** Leaves record ids out of the page (the anonymised version): a checkbox's value is then its position. */
  opaque?: boolean;
  onFilters: (next: Partial<ChronologyFilters>) => void;
  /** "Clear all filters": the new (empty) filters; the element also moves focus, since the button disappears. */
  onClear: (next: Partial<ChronologyFilters>) => void;
  onMoreToggle: (open: boolean) => void;
}

type ListKey = 'agencies' | 'categories' | 'significances' | 'people';

function checks(c: FiltersContext, key: ListKey, legend: string, options: [string, string][]) {
  const selected = c.filters[key] as string[];
  // The list scrolls after about six choices: the legend says how many there are, so none is missed for not being in view.
  return html`<fieldset>
    <legend>${legend} <span class="count">(${options.length})</span></legend>
    <div class="options">
      ${options.map(
        ([value, label], i) => html`<div class="check">
        <input type="checkbox" id="f-${key}-${i}" data-filter=${key} .value=${c.opaque ? String(i) : value} .checked=${selected.includes(value)}
          @change=${(e: Event) => c.onFilters({ [key]: toggleIn(selected, value, (e.target as HTMLInputElement).checked) })}>
        <label for="f-${key}-${i}">${label}</label>
      </div>`,
      )}
    </div>
  </fieldset>`;
}

/** A date filter is applied only when it is a year, a year and month, or a full date; otherwise the field says why. */
function setDate(c: FiltersContext, k: 'from' | 'to', input: HTMLInputElement): void {
  const v = input.value.trim();
  if (v && !isPartialDate(v)) {
    input.setCustomValidity(c.l.t('filter.dateInvalid'));
    input.setAttribute('aria-invalid', 'true');
    input.reportValidity();
    return;
  }
  input.setCustomValidity('');
  input.removeAttribute('aria-invalid');
  c.onFilters({ [k]: v });
}

/**
 * Search, "significant only", and the other filters in a disclosure. Its options are rendered from the click that
 * opens it (the `toggle` event comes a task later), and the `toggle` event keeps the state right however it opened.
 */
export function filtersView(c: FiltersContext) {
  const { l, filters: f } = c;
  return html`
    <div class="filters-line" part="filters">
      <div class="field">
        <label for="search">${l.t('search.label')}</label>
        <p class="cw-hint" id="search-hint">${l.t('search.hint')}</p>
        <input id="search" type="search" aria-describedby="search-hint" .value=${f.text} autocomplete="off"
          @input=${(e: Event) => c.onFilters({ text: (e.target as HTMLInputElement).value })}>
      </div>
      <div class="check">
        <input id="sig-only" type="checkbox" .checked=${f.significantOnly}
          @change=${(e: Event) => c.onFilters({ significantOnly: (e.target as HTMLInputElement).checked })}>
        <label for="sig-only">${l.t('filter.significantOnly')}</label>
      </div>
      <div class="field">
        <label for="order">${l.t('order.label')}</label>
        <select id="order" @change=${(e: Event) => c.onFilters({ order: (e.target as HTMLSelectElement).value === 'newest' ? 'newest' : undefined })}>
          <option value="oldest" ?selected=${f.order !== 'newest'}>${l.t('order.oldest')}</option>
          <option value="newest" ?selected=${f.order === 'newest'}>${l.t('order.newest')}</option>
        </select>
      </div>
      ${isFiltering(f) ? html`<button type="button" class="secondary" data-action="clear" @click=${() => c.onClear(emptyFilters())}>${l.t('filter.clear')}</button>` : nothing}
    </div>
    <details class="more" part="filters" .open=${c.moreOpen} @toggle=${(e: Event) => c.onMoreToggle((e.target as HTMLDetailsElement).open)}>
      <summary @click=${(e: Event) => c.onMoreToggle(!((e.currentTarget as HTMLElement).parentElement as HTMLDetailsElement).open)}>
        ${l.t('filter.more')}
      </summary>
      ${
        c.moreOpen
          ? html`<div class="filter-grid">
            ${checks(c, 'agencies', l.t('filter.agencies'), c.agencies)}
            ${checks(
              c,
              'categories',
              l.t('filter.categories'),
              CATEGORIES.map((k) => [k, l.t(`cat.${k}`)]),
            )}
            ${checks(
              c,
              'significances',
              l.t('filter.significances'),
              SIGNIFICANCES.map((s) => [s, l.t(`sig.${s}`)]),
            )}
            ${checks(c, 'people', l.t('filter.people'), c.people)}
            <fieldset>
              <legend>${l.t('filter.from')} / ${l.t('filter.to')}</legend>
              <p class="cw-hint" id="date-hint">${unbrokenDates(l.t('filter.dateHint'))}</p>
              ${(['from', 'to'] as const).map(
                (k) => html`<div class="field">
                <label for="date-${k}">${l.t(`filter.${k}`)}</label>
                <input id="date-${k}" class="narrow" type="text" inputmode="numeric" aria-describedby="date-hint" .value=${f[k]}
                  @change=${(e: Event) => setDate(c, k, e.target as HTMLInputElement)}>
              </div>`,
              )}
            </fieldset>
          </div>`
          : nothing
      }
    </details>
  `;
}
