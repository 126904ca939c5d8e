import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  BLOCKAGE_CATEGORIES, BLOCKAGE_STATUSES, emit, formatPartialDate, makeChange, newId, todayPartialDate,
  type Blockage, type BlockageCategory, type BlockageStatus, type ChangeResult, type StoreEvent,
} from '@opencasework/core';
import { BoardElement } from './board-element.js';
import { styles } from './blockage-board.styles.js';
import { messages, type BoardKey } from './messages.js';
import { measureBoard, ageDays, endToEndDays, isOpen, type BoardMeasures } from './measures.js';
import { findSimilar } from './similarity.js';
import { findSensitiveText, type SensitiveMatch, type SensitiveOptions } from './sensitive-text.js';
import { dueForDebrief, lastDebrief, debriefRecord, type DebriefOutcome, type DueItem } from './debrief.js';
import { blockagesToCsv } from './csv.js';
import { filterBlockages, filtersAreEmpty, ownersOf, EMPTY_FILTERS, AGE_FILTERS, NO_OWNER, type BoardFilters, type AgeFilter } from './filters.js';
import { newBlockage, withStatus, withMeToo, withAction, withOwner, neighbourStatus, differingFields, mergeVersions, type ComparedField } from './card-ops.js';
import { renderMeasures, formatDays, formatHours } from './measures-view.js';

type View = 'board' | 'debrief' | 'measures';

interface EditState { before: Blockage; draft: Blockage; newAction: string }
interface ConflictState { base: Blockage; mine: Blockage; theirs: Blockage | undefined; message: string }
interface DebriefState { startedAt: string; bases: Record<string, Blockage>; ids: string[]; reasons: Record<string, DueItem['reason']>; index: number; outcomes: Record<string, DebriefOutcome>; notes: string; finished: boolean }

/**
 * A team's blockage board: what takes time away from work with children and families, raised in seconds, reviewed
 * in a weekly debrief, acted on, and measured (end-to-end time as a run chart, never against a target).
 *
 * @summary A team's board of what wastes its time: raise, debrief, act, measure.
 *
 * @fires cw-change - Before a change is applied; cancel it with preventDefault(). `detail.change` is the change.
 * @fires cw-invalid - The board had invalid records. `detail.issues` lists them.
 * @fires cw-select - The user selected a card. `detail.selection` is `{ kind: 'blockage', id }`.
 * @fires cw-conflict - Someone else changed a card this user was changing. `detail` is `{ id, mine, theirs }`.
 *
 * @csspart header - The heading and view switcher.
 * @csspart raise - The raise form.
 * @csspart filters - The filter bar.
 * @csspart columns - The columns container.
 * @csspart column - One status column.
 * @csspart card - One blockage card.
 * @csspart debrief - The debrief panel.
 * @csspart measures - The measures panel.
 * @csspart conflict - The panel shown when two people changed the same card.
 *
 * @cssprop --cw-colour-focus - Focus colour (GOV.UK yellow by default).
 * @cssprop --cw-colour-surface - Column background.
 * @cssprop --cw-colour-border - Card border.
 * @cssprop --cw-colour-brand - Chart marks.
 * @cssprop --cw-blockage-column-min - Narrowest a column gets before columns wrap (default 14rem).
 */
export class CwBlockageBoard extends BoardElement {
  static override styles = styles;

  /** Names of people in the team's cases, used only to warn when a card seems to name someone. Never shown or stored. */
  @property({ attribute: false }) knownNames: string[] = [];
  /** The host's case number patterns for the sensitive-text check; defaults cover common forms. */
  @property({ attribute: false }) caseNumberPatterns: RegExp[] | undefined = undefined;
  /** The time measures and ages are taken at (ms since the epoch). Defaults to now; set it for reproducible views. */
  @property({ attribute: false }) now: number | undefined = undefined;
  /** Which view opens: 'board', 'debrief' or 'measures'. */
  @property({ reflect: true }) view: View = 'board';

  @state() private filters: BoardFilters = { ...EMPTY_FILTERS };
  @state() private raiseTitle = '';
  @state() private raiseCategory: BlockageCategory | '' = '';
  @state() private raiseHours = '';
  @state() private raiseDetail = '';
  @state() private raiseNamed = false;
  @state() private raiseError = '';
  /** The text the person already saw flagged and chose to save anyway. */
  @state() private confirmedText: string | null = null;
  @state() private sensitivePending = false;
  /** The card whose "Move to" menu is open. */
  @state() private moveOpen: string | null = null;
  @state() private editing: EditState | null = null;
  @state() private conflict: ConflictState | null = null;
  @state() private debrief: DebriefState | null = null;
  @state() private status = '';
  @state() private alert = '';
  @state() private meTooDone = new Set<string>();
  @state() private dropTarget: BlockageStatus | null = null;
  private dragId: string | null = null;
  private measuresCache: { key: unknown; now: number; value: BoardMeasures } | undefined;

  private t(key: BoardKey, p: Record<string, string | number> = {}): string {
    return messages.t(this.locale, key, p);
  }

  private get nowMs(): number {
    return this.now ?? Date.now();
  }

  private get blockages(): Blockage[] {
    return this.doc.blockages ?? [];
  }

  private get sensitiveOptions(): SensitiveOptions {
    return { knownNames: this.knownNames, ...(this.caseNumberPatterns ? { caseNumberPatterns: this.caseNumberPatterns } : {}) };
  }

  /** The measures of the whole board (computed, never stored). */
  get measures(): BoardMeasures {
    const now = this.nowMs;
    if (!this.measuresCache || this.measuresCache.key !== this.doc.blockages || (this.now === undefined ? Math.abs(this.measuresCache.now - now) > 60_000 : this.measuresCache.now !== now)) {
      this.measuresCache = { key: this.doc.blockages, now, value: measureBoard(this.blockages, now) };
    }
    return this.measuresCache.value;
  }

  /** The board as CSV: every blockage with its measures (formula-guarded). */
  toCsv(): string {
    return blockagesToCsv(this.blockages, this.nowMs);
  }

  protected override onRemoteChange(e: StoreEvent): void {
    this.status = this.t('status.remoteUpdate');
    // A card being edited here that someone else changed: keep the draft; the conflict shows when saving.
    void e;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view') && this.view !== 'debrief') this.debrief = null;
  }

  // ---------- helpers ----------

  private statusLabel(s: BlockageStatus): string {
    return this.t(`status.${s}` as BoardKey);
  }

  private categoryLabel(c: BlockageCategory): string {
    return this.t(`category.${c}` as BoardKey);
  }

  private announce(text: string): void {
    this.alert = '';
    this.status = text;
  }

  private fail(r: ChangeResult & { ok: false }): void {
    this.status = '';
    this.alert = r.reason === 'vetoed' ? this.t('alert.vetoed')
      : r.reason === 'invalid' ? this.t('alert.invalid', { message: r.message })
      : r.reason === 'storage' ? this.t('alert.storage', { message: r.message })
      : this.t('alert.conflict');
  }

  private byId(id: string): Blockage | undefined {
    return this.blockages.find((b) => b.id === id);
  }

  /** Saves one card. On a conflict, opens the conflict view instead of overwriting. */
  private async saveCard(before: Blockage | null, after: Blockage, done: string): Promise<boolean> {
    this.alert = '';
    const r = await this.commit(makeChange('Blockage', before ? 'update' : 'create', this.effectiveActor, before, after));
    if (r.ok) { this.announce(done); return true; }
    if (r.reason === 'conflict' && before) {
      const theirs = (r.current as Blockage | undefined) ?? undefined;
      this.conflict = { base: before, mine: after, theirs, message: r.message };
      emit(this, 'cw-conflict', { id: after.id, mine: after, theirs });
      this.fail(r);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#conflict-heading')?.focus();
      return false;
    }
    this.fail(r);
    return false;
  }

  private async focusCard(id: string): Promise<void> {
    await this.updateComplete;
    const el = [...this.renderRoot.querySelectorAll<HTMLElement>('article.card')].find((a) => a.dataset.id === id);
    el?.focus();
  }

  private async move(b: Blockage, to: BlockageStatus, refocus: boolean): Promise<void> {
    if (!this.editable || b.status === to) return;
    const now = new Date().toISOString();
    const ok = await this.saveCard(b, withStatus(b, to, now), this.t('status.moved', { title: b.title, status: this.statusLabel(to) }));
    if (ok && this.moveOpen === b.id) this.moveOpen = null;
    if (ok && refocus) await this.focusCard(b.id);
  }

  private async toggleMove(id: string): Promise<void> {
    this.moveOpen = this.moveOpen === id ? null : id;
    if (this.moveOpen) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.move-menu button')?.focus();
    }
  }

  private async closeMove(id: string): Promise<void> {
    this.moveOpen = null;
    await this.updateComplete;
    const card = [...this.renderRoot.querySelectorAll<HTMLElement>('article.card')].find((a) => a.dataset.id === id);
    card?.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus();
  }

  private async meToo(b: Blockage, fromRaise = false): Promise<void> {
    if (!this.editable) return;
    if (this.meTooDone.has(b.id)) { this.announce(this.t('status.meTooAlready', { title: b.title })); if (fromRaise) this.resetRaise(); return; }
    // "Me too" commutes with other changes: on a conflict, add it to the newer version instead of asking.
    let current = b;
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await this.commit(makeChange('Blockage', 'update', this.effectiveActor, current, withMeToo(current)));
      if (r.ok) {
        this.meTooDone = new Set([...this.meTooDone, b.id]);
        this.announce(this.t('status.meToo', { title: b.title }));
        if (fromRaise) this.resetRaise();
        return;
      }
      if (r.reason === 'conflict' && r.current) { current = r.current as Blockage; continue; }
      this.fail(r);
      return;
    }
  }

  // ---------- raising ----------

  private resetRaise(): void {
    this.raiseTitle = '';
    this.raiseCategory = '';
    this.raiseHours = '';
    this.raiseDetail = '';
    this.raiseNamed = false;
    this.raiseError = '';
    this.confirmedText = null;
    this.sensitivePending = false;
  }

  private get raiseText(): string {
    return [this.raiseTitle, this.raiseDetail].filter(Boolean).join('\n');
  }

  private async onRaise(e: Event): Promise<void> {
    e.preventDefault();
    const title = this.raiseTitle.trim();
    if (!title) {
      this.raiseError = this.t('raise.errorEmpty');
      this.renderRoot.querySelector<HTMLInputElement>('#raise-title')?.focus();
      return;
    }
    if (title.length > 200) {
      this.raiseError = this.t('raise.errorLong', { count: title.length });
      return;
    }
    this.raiseError = '';
    const flags = findSensitiveText(this.raiseText, this.sensitiveOptions);
    if (flags.length && this.confirmedText !== this.raiseText) {
      this.confirmedText = this.raiseText;
      this.sensitivePending = true;
      this.alert = this.t('sensitive.alert', { count: flags.length });
      return;
    }
    const hours = this.raiseHours.trim() === '' ? null : Number(this.raiseHours.replace(',', '.'));
    if (hours !== null && !(Number.isFinite(hours) && hours >= 0)) {
      this.raiseError = this.t('raise.errorHours');
      return;
    }
    const b = newBlockage(newId(), {
      title, category: this.raiseCategory, hoursLostPerWeek: hours, detail: this.raiseDetail,
      ...(this.raiseNamed && this.actor ? { raisedBy: this.actor } : {}),
    }, new Date().toISOString());
    const ok = await this.saveCard(null, b, this.t('announce.raised', { title }));
    if (ok) {
      this.resetRaise();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#raise-title')?.focus();
    }
  }

  private renderSensitive(flags: SensitiveMatch[], id: string): TemplateResult | typeof nothing {
    if (!flags.length) return html`<div id=${id}></div>`;
    return html`<div id=${id} class="sensitive" part="sensitive">
      <p class="sensitive-heading"><strong>${this.t('sensitive.heading')}</strong></p>
      <ul>
        ${flags.map((f) => html`<li><mark>${f.text}</mark>: ${this.t(`sensitive.${f.kind}` as BoardKey)}</li>`)}
      </ul>
      <p class="cw-hint">${this.t('sensitive.advisory')}</p>
    </div>`;
  }

  private renderRaise(): TemplateResult {
    const similar = findSimilar(this.raiseTitle, this.blockages);
    const flags = findSensitiveText(this.raiseText, this.sensitiveOptions);
    const confirming = this.sensitivePending && flags.length > 0 && this.confirmedText === this.raiseText;
    return html`<form class="raise" part="raise" aria-labelledby="raise-heading" novalidate @submit=${this.onRaise}>
      <h3 id="raise-heading">${this.t('raise.heading')}</h3>
      <label for="raise-title">${this.t('raise.title')}</label>
      <p class="cw-hint" id="raise-hint">${this.t('raise.hint')}</p>
      ${this.raiseError ? html`<p class="cw-error-message" id="raise-error"><span class="cw-visually-hidden">${this.t('common.error')}</span> ${this.raiseError}</p>` : nothing}
      <input id="raise-title" type="text" autocomplete="off" maxlength="200" aria-required="true"
        aria-invalid=${this.raiseError ? 'true' : 'false'}
        aria-describedby=${`raise-hint${this.raiseError ? ' raise-error' : ''} raise-similar raise-check`}
        .value=${this.raiseTitle}
        @input=${(e: Event) => { this.raiseTitle = (e.target as HTMLInputElement).value; this.raiseError = ''; }} />
      <div id="raise-similar" class="similar">
        ${similar.length ? html`<p>${this.t('raise.similar')}</p>
          <ul>${similar.map(({ blockage: s }) => html`<li>
            <span class="similar-title">${s.title}</span> <span class="cw-hint">(${this.statusLabel(s.status)})</span>
            <button type="button" class="secondary" @click=${() => this.meToo(s, true)}>${this.t('card.meToo')}<span class="cw-visually-hidden">: ${s.title}</span></button>
          </li>`)}</ul>` : nothing}
      </div>
      ${this.renderSensitive(flags, 'raise-check')}
      <details class="more">
        <summary>${this.t('raise.more')}</summary>
        <div class="more-fields">
          <div class="field">
            <label for="raise-category">${this.t('field.category')}</label>
            <select id="raise-category" .value=${this.raiseCategory} @change=${(e: Event) => (this.raiseCategory = (e.target as HTMLSelectElement).value as BlockageCategory | '')}>
              <option value="" ?selected=${this.raiseCategory === ''}>${this.t('raise.categoryNone')}</option>
              ${BLOCKAGE_CATEGORIES.map((c) => html`<option value=${c} ?selected=${this.raiseCategory === c}>${this.categoryLabel(c)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="raise-hours">${this.t('field.hours')}</label>
            <p class="cw-hint" id="raise-hours-hint">${this.t('raise.hoursHint')}</p>
            <input id="raise-hours" type="text" inputmode="decimal" class="narrow" aria-describedby="raise-hours-hint" .value=${this.raiseHours}
              @input=${(e: Event) => (this.raiseHours = (e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="raise-detail">${this.t('field.detail')}</label>
            <textarea id="raise-detail" rows="3" .value=${this.raiseDetail} @input=${(e: Event) => (this.raiseDetail = (e.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          <div class="field checkbox">
            <input id="raise-named" type="checkbox" .checked=${this.raiseNamed} ?disabled=${!this.actor}
              @change=${(e: Event) => (this.raiseNamed = (e.target as HTMLInputElement).checked)} />
            <label for="raise-named">${this.actor ? this.t('raise.named', { name: this.actor }) : this.t('raise.namedNoActor')}</label>
          </div>
        </div>
      </details>
      <p class="cw-hint">${this.t('raise.anonymous')}</p>
      <button type="submit">${confirming ? this.t('raise.saveAnyway') : this.t('raise.submit')}</button>
    </form>`;
  }

  // ---------- filters ----------

  private setFilter<K extends keyof BoardFilters>(key: K, value: BoardFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
  }

  private renderFilters(shown: number): TemplateResult {
    const f = this.filters;
    const owners = ownersOf(this.blockages);
    const ageLabel = (a: AgeFilter) => this.t(a ? (`filter.age.${a}` as BoardKey) : 'filter.any');
    return html`<form class="filters" part="filters" role="search" aria-labelledby="filters-heading" @submit=${(e: Event) => e.preventDefault()}>
      <h3 id="filters-heading" class="cw-visually-hidden">${this.t('filter.heading')}</h3>
      <div class="field grow">
        <label for="f-query">${this.t('filter.search')}</label>
        <input id="f-query" type="search" .value=${f.query} @input=${(e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="f-category">${this.t('field.category')}</label>
        <select id="f-category" @change=${(e: Event) => this.setFilter('category', (e.target as HTMLSelectElement).value as BlockageCategory | '')}>
          <option value="" ?selected=${!f.category}>${this.t('filter.any')}</option>
          ${BLOCKAGE_CATEGORIES.map((c) => html`<option value=${c} ?selected=${f.category === c}>${this.categoryLabel(c)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-owner">${this.t('field.owner')}</label>
        <select id="f-owner" @change=${(e: Event) => this.setFilter('owner', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.owner}>${this.t('filter.any')}</option>
          <option value=${NO_OWNER} ?selected=${f.owner === NO_OWNER}>${this.t('card.noOwner')}</option>
          ${owners.map((o) => html`<option value=${o} ?selected=${f.owner === o}>${o}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-status">${this.t('field.status')}</label>
        <select id="f-status" @change=${(e: Event) => this.setFilter('status', (e.target as HTMLSelectElement).value as BlockageStatus | '')}>
          <option value="" ?selected=${!f.status}>${this.t('filter.any')}</option>
          ${BLOCKAGE_STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${this.statusLabel(s)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-age">${this.t('filter.age')}</label>
        <select id="f-age" @change=${(e: Event) => this.setFilter('age', (e.target as HTMLSelectElement).value as AgeFilter)}>
          ${AGE_FILTERS.map((a) => html`<option value=${a} ?selected=${f.age === a}>${ageLabel(a)}</option>`)}
        </select>
      </div>
      ${filtersAreEmpty(f) ? nothing : html`<div class="field"><button type="button" class="secondary" @click=${() => (this.filters = { ...EMPTY_FILTERS })}>${this.t('filter.clear')}</button></div>`}
      <p class="count" role="status">${this.t('filter.count', { shown, total: this.blockages.length })}</p>
    </form>`;
  }

  // ---------- board ----------

  private onCardKeydown(e: KeyboardEvent, b: Blockage): void {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      if (!this.editable) return;
      const rtl = getComputedStyle(this).direction === 'rtl';
      const to = neighbourStatus(b.status, (e.key === 'ArrowRight') !== rtl ? 1 : -1);
      if (to) void this.move(b, to, true);
      return;
    }
    if (!e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const list = [...(e.currentTarget as HTMLElement).closest('ul')!.querySelectorAll<HTMLElement>('article.card')];
      const i = list.indexOf(e.currentTarget as HTMLElement) + (e.key === 'ArrowDown' ? 1 : -1);
      if (list[i]) { e.preventDefault(); list[i].focus(); }
    }
  }

  private onDragStart(e: DragEvent, b: Blockage): void {
    this.dragId = b.id;
    e.dataTransfer?.setData('text/plain', b.id);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(e: DragEvent, status: BlockageStatus): void {
    if (!this.editable) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    if (this.dropTarget !== status) this.dropTarget = status;
  }

  private onDrop(e: DragEvent, status: BlockageStatus): void {
    e.preventDefault();
    this.dropTarget = null;
    const id = e.dataTransfer?.getData('text/plain') || this.dragId;
    this.dragId = null;
    const b = id ? this.byId(id) : undefined;
    if (b) void this.move(b, status, true);
  }

  private sortColumn(list: Blockage[], status: BlockageStatus): Blockage[] {
    const t = (s?: string) => (s ? Date.parse(s) : 0);
    return [...list].sort(status === 'resolved'
      ? (a, b) => t(b.resolvedAt) - t(a.resolvedAt) || a.id.localeCompare(b.id)
      : (a, b) => t(a.raisedAt) - t(b.raisedAt) || a.id.localeCompare(b.id));
  }

  private renderCard(b: Blockage, key: string): TemplateResult {
    const now = this.nowMs;
    const e2e = endToEndDays(b);
    const latest = b.actions?.length ? b.actions[b.actions.length - 1] : undefined;
    return html`<li>
      <article class="card" part="card" tabindex="0" data-id=${b.id} data-status=${b.status}
        aria-labelledby=${`${key}-t`} aria-describedby=${this.editable ? 'keys-help' : nothing}
        draggable=${this.editable ? 'true' : 'false'}
        @dragstart=${(e: DragEvent) => this.onDragStart(e, b)}
        @dragend=${() => { this.dragId = null; this.dropTarget = null; }}
        @keydown=${(e: KeyboardEvent) => this.onCardKeydown(e, b)}
        @click=${(e: Event) => { if (e.target === e.currentTarget) emit(this, 'cw-select', { selection: { kind: 'blockage', id: b.id } }); }}>
        <h4 id=${`${key}-t`} class="card-title">${b.title}</h4>
        <dl class="facts">
          <div><dt>${this.t('field.category')}</dt><dd>${this.categoryLabel(b.category)}</dd></div>
          ${e2e !== null
            ? html`<div><dt>${this.t('card.took')}</dt><dd>${formatDays(e2e, this.locale)}</dd></div>`
            : html`<div><dt>${this.t('card.age')}</dt><dd>${formatDays(ageDays(b, now), this.locale)}</dd></div>`}
          <div><dt>${this.t('field.hours')}</dt><dd>${typeof b.hoursLostPerWeek === 'number' ? formatHours(b.hoursLostPerWeek, this.locale) : this.t('card.notEstimated')}</dd></div>
          <div><dt>${this.t('card.meTooCount')}</dt><dd>${this.t('card.others', { count: b.metToo ?? 0 })}</dd></div>
          <div><dt>${this.t('field.owner')}</dt><dd>${b.owner || this.t('card.noOwner')}</dd></div>
        </dl>
        ${latest ? html`<p class="latest"><span class="label">${this.t('card.latestAction')}</span> ${latest.text}</p>` : nothing}
        ${b.status === 'resolved' && b.resolution ? html`<p class="latest"><span class="label">${this.t('field.resolution')}</span> ${b.resolution}</p>` : nothing}
        ${this.editable ? html`<div class="card-controls">
          <button type="button" class="secondary small" aria-pressed=${this.meTooDone.has(b.id) ? 'true' : 'false'} @click=${() => this.meToo(b)}>${this.t('card.meToo')}<span class="cw-visually-hidden">: ${b.title}</span></button>
          <button type="button" class="secondary small" @click=${() => this.openEdit(b)}>${this.t('card.edit')}<span class="cw-visually-hidden">: ${b.title}</span></button>
          <button type="button" class="secondary small" aria-expanded=${this.moveOpen === b.id ? 'true' : 'false'}
            aria-controls=${this.moveOpen === b.id ? `${key}-mv` : nothing}
            @click=${() => this.toggleMove(b.id)}>${this.t('card.moveTo')}<span class="cw-visually-hidden">: ${b.title}</span></button>
          ${this.moveOpen === b.id ? html`<ul class="move-menu" id=${`${key}-mv`} aria-label=${this.t('card.moveMenu', { title: b.title })}
            @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); void this.closeMove(b.id); } }}>
            ${BLOCKAGE_STATUSES.filter((s) => s !== b.status).map((s) => html`<li><button type="button" class="small" data-status=${s} @click=${() => this.move(b, s, true)}>${this.statusLabel(s)}</button></li>`)}
          </ul>` : nothing}
        </div>` : nothing}
      </article>
    </li>`;
  }

  private renderBoard(): TemplateResult {
    const shown = filterBlockages(this.blockages, this.filters, this.nowMs);
    const keys = new Map(this.blockages.map((b, i) => [b.id, `c${i}`]));
    const empty = this.blockages.length === 0;
    return html`
      ${this.renderFilters(shown.length)}
      ${this.editable ? html`<p class="cw-hint" id="keys-help">${this.t('board.keys')}</p>` : nothing}
      ${empty ? html`<p class="empty">${this.editable ? this.t('board.emptyEditable') : this.t('board.empty')}</p>` : nothing}
      <div class="columns" part="columns">
        ${BLOCKAGE_STATUSES.map((s) => {
          const cards = this.sortColumn(shown.filter((b) => b.status === s), s);
          return html`<section class=${`column${this.dropTarget === s ? ' drop' : ''}`} part="column" data-status=${s} aria-labelledby=${`col-${s}`}
            @dragover=${(e: DragEvent) => this.onDragOver(e, s)}
            @dragleave=${(e: DragEvent) => { if (e.currentTarget === e.target) this.dropTarget = null; }}
            @drop=${(e: DragEvent) => this.onDrop(e, s)}>
            <h3 id=${`col-${s}`}>${this.statusLabel(s)} <span class="count-badge">${cards.length}</span></h3>
            <p class="cw-hint column-hint">${this.t(`status.${s}.hint` as BoardKey)}</p>
            ${cards.length
              ? html`<ul class="cards">${repeat(cards, (b) => b.id, (b) => guard(
                  [b, keys.get(b.id), this.locale, this.editable, this.meTooDone.has(b.id), this.moveOpen === b.id, Math.floor(this.nowMs / 60_000)],
                  () => this.renderCard(b, keys.get(b.id)!)))}</ul>`
              : html`<p class="cw-hint none">${this.t('board.columnEmpty')}</p>`}
          </section>`;
        })}
      </div>`;
  }

  // ---------- editing ----------

  private async openEdit(b: Blockage): Promise<void> {
    this.editing = { before: b, draft: { ...b }, newAction: '' };
    this.confirmedText = null;
    this.sensitivePending = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#edit-title')?.focus();
  }

  private patchDraft(patch: Partial<Blockage>): void {
    if (!this.editing) return;
    const draft = { ...this.editing.draft, ...patch } as Blockage;
    for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete (draft as Record<string, unknown>)[k];
    this.editing = { ...this.editing, draft };
  }

  private async closeEdit(focusId?: string): Promise<void> {
    const id = focusId ?? this.editing?.before.id;
    this.editing = null;
    this.sensitivePending = false;
    this.confirmedText = null;
    if (id) await this.focusCard(id);
  }

  private async onSaveEdit(e: Event): Promise<void> {
    e.preventDefault();
    const ed = this.editing;
    if (!ed) return;
    if (!ed.draft.title?.trim()) { this.alert = this.t('raise.errorEmpty'); return; }
    const text = [ed.draft.title, ed.draft.detail, ed.draft.resolution, ed.newAction].filter(Boolean).join('\n');
    const flags = findSensitiveText(text, this.sensitiveOptions);
    if (flags.length && this.confirmedText !== text) {
      this.confirmedText = text;
      this.sensitivePending = true;
      this.alert = this.t('sensitive.alert', { count: flags.length });
      return;
    }
    const at = new Date().toISOString();
    let after = withStatus({ ...ed.draft, title: ed.draft.title.trim() }, ed.draft.status, at);
    if (ed.before.status === 'resolved' && after.status === 'resolved' && ed.before.resolvedAt) after.resolvedAt = ed.before.resolvedAt;
    after = withAction(after, ed.newAction, at, this.actor || undefined);
    const ok = await this.saveCard(ed.before, after, this.t('status.saved', { title: after.title }));
    if (ok) await this.closeEdit(after.id);
  }

  private renderEdit(): TemplateResult | typeof nothing {
    const ed = this.editing;
    if (!ed) return nothing;
    const d = ed.draft;
    const text = [d.title, d.detail, d.resolution, ed.newAction].filter(Boolean).join('\n');
    const flags = findSensitiveText(text, this.sensitiveOptions);
    const confirming = this.sensitivePending && flags.length > 0 && this.confirmedText === text;
    return html`<form class="panel edit" part="edit" aria-labelledby="edit-heading" novalidate @submit=${this.onSaveEdit}
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); void this.closeEdit(); } }}>
      <h3 id="edit-heading">${this.t('edit.heading')}</h3>
      <div class="field"><label for="edit-title">${this.t('field.title')}</label>
        <input id="edit-title" type="text" maxlength="200" aria-describedby="edit-check" .value=${d.title} @input=${(e: Event) => this.patchDraft({ title: (e.target as HTMLInputElement).value })} /></div>
      <div class="field"><label for="edit-detail">${this.t('field.detail')}</label>
        <textarea id="edit-detail" rows="3" .value=${d.detail ?? ''} @input=${(e: Event) => this.patchDraft({ detail: (e.target as HTMLTextAreaElement).value })}></textarea></div>
      <div class="row">
        <div class="field"><label for="edit-category">${this.t('field.category')}</label>
          <select id="edit-category" @change=${(e: Event) => this.patchDraft({ category: (e.target as HTMLSelectElement).value as BlockageCategory })}>
            ${BLOCKAGE_CATEGORIES.map((c) => html`<option value=${c} ?selected=${d.category === c}>${this.categoryLabel(c)}</option>`)}
          </select></div>
        <div class="field"><label for="edit-status">${this.t('field.status')}</label>
          <select id="edit-status" @change=${(e: Event) => this.patchDraft({ status: (e.target as HTMLSelectElement).value as BlockageStatus })}>
            ${BLOCKAGE_STATUSES.map((s) => html`<option value=${s} ?selected=${d.status === s}>${this.statusLabel(s)}</option>`)}
          </select></div>
        <div class="field"><label for="edit-hours">${this.t('field.hours')}</label>
          <input id="edit-hours" class="narrow" type="number" min="0" step="0.5" .value=${d.hoursLostPerWeek === undefined ? '' : String(d.hoursLostPerWeek)}
            @input=${(e: Event) => { const v = (e.target as HTMLInputElement).value; this.patchDraft({ hoursLostPerWeek: v === '' ? undefined : Math.max(0, Number(v)) }); }} /></div>
        <div class="field"><label for="edit-owner">${this.t('field.owner')}</label>
          <input id="edit-owner" type="text" maxlength="200" list="owner-list" .value=${d.owner ?? ''} @input=${(e: Event) => this.patchDraft({ owner: (e.target as HTMLInputElement).value })} /></div>
      </div>
      <datalist id="owner-list">${ownersOf(this.blockages).map((o) => html`<option value=${o}></option>`)}</datalist>
      ${d.status === 'resolved' ? html`<div class="field"><label for="edit-resolution">${this.t('field.resolution')}</label>
        <textarea id="edit-resolution" rows="2" .value=${d.resolution ?? ''} @input=${(e: Event) => this.patchDraft({ resolution: (e.target as HTMLTextAreaElement).value })}></textarea></div>` : nothing}
      ${d.actions?.length ? html`<h4>${this.t('edit.actions')}</h4><ul class="actions">${d.actions.map((a) => html`<li>${a.text} <span class="cw-hint">${this.formatInstant(a.at)}${a.by ? ` · ${a.by}` : ''}</span></li>`)}</ul>` : nothing}
      <div class="field"><label for="edit-action">${this.t('edit.newAction')}</label>
        <textarea id="edit-action" rows="2" .value=${ed.newAction} @input=${(e: Event) => (this.editing = { ...ed, draft: this.editing!.draft, newAction: (e.target as HTMLTextAreaElement).value })}></textarea></div>
      ${this.renderSensitive(flags, 'edit-check')}
      <div class="buttons">
        <button type="submit">${confirming ? this.t('raise.saveAnyway') : this.t('edit.save')}</button>
        <button type="button" class="secondary" @click=${() => this.closeEdit()}>${this.t('common.cancel')}</button>
      </div>
    </form>`;
  }

  private formatInstant(at: string): string {
    const d = new Date(at);
    if (Number.isNaN(d.getTime())) return at;
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return formatPartialDate(day, this.locale === 'cy' ? 'cy' : 'en');
  }

  // ---------- conflicts ----------

  private fieldValue(b: Blockage | undefined, f: ComparedField): string {
    if (!b) return this.t('conflict.deleted');
    const v = b[f];
    if (v === undefined || v === '') return '—';
    if (f === 'status') return this.statusLabel(v as BlockageStatus);
    if (f === 'category') return this.categoryLabel(v as BlockageCategory);
    if (f === 'actions') return (v as Blockage['actions'])!.map((a) => a.text).join('; ') || '—';
    return String(v);
  }

  private async resolveConflict(choice: 'mine' | 'theirs' | 'merge'): Promise<void> {
    const c = this.conflict;
    if (!c) return;
    if (this.debrief) {
      // The debrief continues from the version the person chose: a fresh base; unless they kept their own version,
      // only the discussion text carries over, so the form shows the saved card's owner and status.
      const bases = { ...this.debrief.bases };
      delete bases[c.mine.id];
      const outcomes = { ...this.debrief.outcomes };
      const prev = outcomes[c.mine.id];
      if (choice !== 'mine' && prev) outcomes[c.mine.id] = { id: c.mine.id, ...(prev.discussion ? { discussion: prev.discussion } : {}) };
      this.debrief = { ...this.debrief, bases, outcomes };
    }
    if (choice === 'theirs') {
      this.conflict = null;
      this.alert = '';
      if (this.editing?.before.id === c.mine.id) this.editing = null;
      this.announce(this.t('conflict.tookTheirs'));
      await this.focusCard(c.mine.id);
      return;
    }
    if (choice === 'merge') {
      const draft = c.theirs ? mergeVersions(c.base, c.mine, c.theirs) : c.mine;
      this.conflict = null;
      this.alert = '';
      if (!c.theirs) { await this.openEditCreate(draft); return; }
      this.editing = { before: c.theirs, draft, newAction: '' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#edit-title')?.focus();
      return;
    }
    this.conflict = null;
    const ok = await this.saveCard(c.theirs ?? null, c.mine, this.t('conflict.keptMine'));
    if (ok) {
      if (this.editing?.before.id === c.mine.id) this.editing = null;
      await this.focusCard(c.mine.id);
    }
  }

  private async openEditCreate(draft: Blockage): Promise<void> {
    const ok = await this.saveCard(null, draft, this.t('conflict.keptMine'));
    if (ok) await this.focusCard(draft.id);
  }

  private renderConflict(): TemplateResult | typeof nothing {
    const c = this.conflict;
    if (!c) return nothing;
    const fields = c.theirs ? differingFields(c.mine, c.theirs) : (['title'] as ComparedField[]);
    return html`<section class="panel conflict" part="conflict" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading" tabindex="-1">${this.t('conflict.heading', { title: c.mine.title })}</h3>
      <p>${c.theirs ? this.t('conflict.body') : this.t('conflict.bodyDeleted')}</p>
      <table>
        <caption class="cw-visually-hidden">${this.t('conflict.caption')}</caption>
        <thead><tr><th scope="col">${this.t('conflict.field')}</th><th scope="col">${this.t('conflict.mine')}</th><th scope="col">${this.t('conflict.theirs')}</th></tr></thead>
        <tbody>${fields.map((f) => html`<tr><th scope="row">${this.t(`field.${f === 'metToo' ? 'meToo' : f === 'hoursLostPerWeek' ? 'hours' : f}` as BoardKey)}</th>
          <td>${this.fieldValue(c.mine, f)}</td><td>${this.fieldValue(c.theirs, f)}</td></tr>`)}</tbody>
      </table>
      <div class="buttons">
        <button type="button" @click=${() => this.resolveConflict('mine')}>${this.t('conflict.keepMine')}</button>
        ${c.theirs ? html`<button type="button" class="secondary" @click=${() => this.resolveConflict('theirs')}>${this.t('conflict.takeTheirs')}</button>
        <button type="button" class="secondary" @click=${() => this.resolveConflict('merge')}>${this.t('conflict.merge')}</button>` : html`<button type="button" class="secondary" @click=${() => this.resolveConflict('theirs')}>${this.t('conflict.discard')}</button>`}
      </div>
    </section>`;
  }

  // ---------- debrief ----------

  private get dueItems(): DueItem[] {
    return dueForDebrief(this.doc);
  }

  private async startDebrief(): Promise<void> {
    const due = this.dueItems;
    this.debrief = {
      startedAt: new Date().toISOString(),
      bases: {},
      ids: due.map((d) => d.blockage.id),
      reasons: Object.fromEntries(due.map((d) => [d.blockage.id, d.reason])),
      index: 0, outcomes: {}, notes: '', finished: due.length === 0,
    };
    await this.focusDebriefHeading();
  }

  private async focusDebriefHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#debrief-step')?.focus();
  }

  private outcomeFor(b: Blockage): DebriefOutcome {
    const stored = this.debrief?.outcomes[b.id] ?? { id: b.id };
    const defaults: DebriefOutcome = { id: b.id, discussion: '', action: '', owner: b.owner ?? '', status: b.status === 'raised' ? 'discussed' : b.status };
    const given = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== undefined));
    return { ...defaults, ...given };
  }

  /**
   * Records what the facilitator typed for a card. The card as it was when they started is kept as the change's
   * `before`, so a change someone else makes meanwhile comes back as a conflict instead of being overwritten.
   */
  private patchOutcome(b: Blockage, patch: Partial<DebriefOutcome>): void {
    if (!this.debrief) return;
    const bases = this.debrief.bases[b.id] ? this.debrief.bases : { ...this.debrief.bases, [b.id]: b };
    this.debrief = { ...this.debrief, bases, outcomes: { ...this.debrief.outcomes, [b.id]: { ...this.outcomeFor(b), ...patch } } };
  }

  private async debriefStep(step: 1 | -1, save: boolean): Promise<void> {
    const d = this.debrief;
    if (!d) return;
    const id = d.ids[d.index];
    const b = id ? this.byId(id) : undefined;
    if (save && b) {
      const base = d.bases[b.id] ?? b;
      const o = this.outcomeFor(base);
      const at = new Date().toISOString();
      let after = withOwner(base, o.owner ?? '');
      if (o.status && o.status !== base.status) after = withStatus(after, o.status, at);
      // After a conflict that kept this person's version, the action may already be on the card: add it once.
      const already = (base.actions ?? []).some((a) => a.text === (o.action ?? '').trim() && a.at >= d.startedAt);
      if (!already) after = withAction(after, o.action ?? '', at, this.actor || undefined);
      const changed = JSON.stringify(after) !== JSON.stringify(base) || base !== b;
      if (changed) {
        const ok = await this.saveCard(base, after, this.t('debrief.savedCard', { title: b.title }));
        if (!ok) return;
      }
      this.debrief = { ...this.debrief!, outcomes: { ...this.debrief!.outcomes, [b.id]: { ...o, id: b.id } } };
    } else if (!save && step === 1 && b) {
      // Skipped: not recorded as discussed.
      const outcomes = { ...d.outcomes };
      delete outcomes[b.id];
      this.debrief = { ...d, outcomes };
    }
    const cur = this.debrief!;
    const next = cur.index + step;
    if (next >= cur.ids.length) this.debrief = { ...cur, finished: true };
    else this.debrief = { ...cur, index: Math.max(0, next), finished: false };
    await this.focusDebriefHeading();
  }

  private async saveDebrief(): Promise<void> {
    const d = this.debrief;
    if (!d) return;
    const outcomes = d.ids.map((id) => d.outcomes[id]).filter((o): o is DebriefOutcome => !!o && !!this.byId(o.id));
    const record = debriefRecord(newId(), todayPartialDate(), outcomes, (id) => this.byId(id)?.title ?? id, d.notes);
    this.alert = '';
    const r = await this.commit(makeChange('Debrief', 'create', this.effectiveActor, null, record));
    if (!r.ok) { this.fail(r); return; }
    this.debrief = null;
    this.announce(this.t('debrief.saved', { count: outcomes.length }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#debrief-heading')?.focus();
  }

  private renderDebrief(): TemplateResult {
    const last = lastDebrief(this.doc.debriefs);
    const due = this.dueItems;
    const lastText = last ? this.t('debrief.last', { date: formatPartialDate(last.date, this.locale === 'cy' ? 'cy' : 'en') }) : this.t('debrief.none');
    const d = this.debrief;
    if (!d) {
      return html`<section class="panel debrief" part="debrief" aria-labelledby="debrief-heading">
        <h3 id="debrief-heading" tabindex="-1">${this.t('debrief.heading')}</h3>
        <p>${lastText} ${this.t('debrief.due', { count: due.length })}</p>
        ${due.length ? html`<ol class="agenda">${due.map((i) => html`<li>${i.blockage.title} <span class="cw-hint">(${this.t(`debrief.reason.${i.reason}` as BoardKey)}, ${this.statusLabel(i.blockage.status)})</span></li>`)}</ol>` : nothing}
        ${this.editable ? html`<button type="button" @click=${this.startDebrief}>${this.t('debrief.start')}</button>` : html`<p class="cw-hint">${this.t('debrief.readOnly')}</p>`}
      </section>`;
    }
    if (d.finished) {
      const discussed = d.ids.filter((id) => d.outcomes[id]).length;
      return html`<section class="panel debrief" part="debrief" aria-labelledby="debrief-step">
        <h3 id="debrief-step" tabindex="-1">${this.t('debrief.finishHeading')}</h3>
        <p>${this.t('debrief.finishBody', { count: discussed, total: d.ids.length })}</p>
        <div class="field"><label for="debrief-notes">${this.t('debrief.notes')}</label>
          <textarea id="debrief-notes" rows="3" .value=${d.notes} @input=${(e: Event) => (this.debrief = { ...this.debrief!, notes: (e.target as HTMLTextAreaElement).value })}></textarea></div>
        <div class="buttons">
          <button type="button" @click=${this.saveDebrief}>${this.t('debrief.save')}</button>
          ${d.ids.length ? html`<button type="button" class="secondary" @click=${() => { this.debrief = { ...d, finished: false, index: d.ids.length - 1 }; void this.focusDebriefHeading(); }}>${this.t('debrief.previous')}</button>` : nothing}
          <button type="button" class="secondary" @click=${() => { this.debrief = null; }}>${this.t('debrief.cancel')}</button>
        </div>
      </section>`;
    }
    const id = d.ids[d.index]!;
    const b = this.byId(id);
    if (!b) {
      return html`<section class="panel debrief" part="debrief" aria-labelledby="debrief-step">
        <h3 id="debrief-step" tabindex="-1">${this.t('debrief.step', { n: d.index + 1, total: d.ids.length })}</h3>
        <p>${this.t('debrief.gone')}</p>
        <button type="button" @click=${() => this.debriefStep(1, false)}>${this.t('debrief.skip')}</button>
      </section>`;
    }
    const o = this.outcomeFor(b);
    return html`<form class="panel debrief" part="debrief" aria-labelledby="debrief-step" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.debriefStep(1, true); }}>
      <p class="cw-hint progress">${this.t('debrief.step', { n: d.index + 1, total: d.ids.length })} · ${this.t(`debrief.reason.${d.reasons[id] ?? 'open'}` as BoardKey)}</p>
      <h3 id="debrief-step" tabindex="-1">${b.title}</h3>
      <dl class="facts">
        <div><dt>${this.t('field.status')}</dt><dd>${this.statusLabel(b.status)}</dd></div>
        <div><dt>${this.t('field.category')}</dt><dd>${this.categoryLabel(b.category)}</dd></div>
        <div><dt>${this.t('card.age')}</dt><dd>${formatDays(ageDays(b, this.nowMs), this.locale)}</dd></div>
        <div><dt>${this.t('field.hours')}</dt><dd>${typeof b.hoursLostPerWeek === 'number' ? formatHours(b.hoursLostPerWeek, this.locale) : this.t('card.notEstimated')}</dd></div>
        <div><dt>${this.t('card.meTooCount')}</dt><dd>${this.t('card.others', { count: b.metToo ?? 0 })}</dd></div>
      </dl>
      ${b.detail ? html`<p class="detail">${b.detail}</p>` : nothing}
      ${b.actions?.length ? html`<h4>${this.t('edit.actions')}</h4><ul class="actions">${b.actions.map((a) => html`<li>${a.text} <span class="cw-hint">${this.formatInstant(a.at)}</span></li>`)}</ul>` : nothing}
      <div class="field"><label for="db-discussion">${this.t('debrief.discussion')}</label>
        <textarea id="db-discussion" rows="3" .value=${o.discussion ?? ''} @input=${(e: Event) => this.patchOutcome(b, { discussion: (e.target as HTMLTextAreaElement).value })}></textarea></div>
      <div class="field"><label for="db-action">${this.t('debrief.action')}</label>
        <textarea id="db-action" rows="2" .value=${o.action ?? ''} @input=${(e: Event) => this.patchOutcome(b, { action: (e.target as HTMLTextAreaElement).value })}></textarea></div>
      <div class="row">
        <div class="field"><label for="db-owner">${this.t('field.owner')}</label>
          <input id="db-owner" type="text" maxlength="200" list="db-owner-list" .value=${o.owner ?? ''} @input=${(e: Event) => this.patchOutcome(b, { owner: (e.target as HTMLInputElement).value })} />
          <datalist id="db-owner-list">${ownersOf(this.blockages).map((n) => html`<option value=${n}></option>`)}</datalist></div>
        <div class="field"><label for="db-status">${this.t('field.status')}</label>
          <select id="db-status" @change=${(e: Event) => this.patchOutcome(b, { status: (e.target as HTMLSelectElement).value as BlockageStatus })}>
            ${BLOCKAGE_STATUSES.map((s) => html`<option value=${s} ?selected=${o.status === s}>${this.statusLabel(s)}</option>`)}
          </select></div>
      </div>
      <div class="buttons">
        <button type="submit">${this.t('debrief.saveNext')}</button>
        <button type="button" class="secondary" ?disabled=${d.index === 0} @click=${() => this.debriefStep(-1, false)}>${this.t('debrief.previous')}</button>
        <button type="button" class="secondary" @click=${() => this.debriefStep(1, false)}>${this.t('debrief.skip')}</button>
      </div>
    </form>`;
  }

  // ---------- export and print ----------

  private downloadCsv(): void {
    const blob = new Blob([`\ufeff${this.toCsv()}`], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    const safe = (this.doc.team || this.doc.id || 'board').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'board';
    a.download = `blockages-${safe}-${todayPartialDate()}.csv`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announce(this.t('status.exported', { count: this.blockages.length }));
  }

  // ---------- render ----------

  private setView(v: View): void {
    this.view = v;
    this.status = '';
    this.alert = '';
  }

  override render() {
    const title = this.doc.team ? this.t('board.titleTeam', { team: this.doc.team }) : this.t('board.title');
    const views: View[] = ['board', 'debrief', 'measures'];
    return html`
      <cw-error-summary .issues=${this.issues}></cw-error-summary>
      <div part="header" class="header">
        <h2>${title}</h2>
        <p class="cw-hint intro">${this.t('board.intro')}</p>
        <div class="toolbar">
          <div class="views" role="group" aria-label=${this.t('board.views')}>
            ${views.map((v) => html`<button type="button" class="secondary" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.setView(v)}>${this.t(`view.${v}` as BoardKey)}</button>`)}
          </div>
          <div class="exports">
            <button type="button" class="secondary" @click=${this.downloadCsv}>${this.t('export.csv')}</button>
            <button type="button" class="secondary" @click=${() => window.print()}>${this.t('export.print')}</button>
          </div>
        </div>
      </div>
      <div class="live" role="status">${this.status}</div>
      <div class="alert" role="alert">${this.alert ? html`<p class="cw-error-message">${this.alert}</p>` : nothing}</div>
      ${this.loadState === 'loading' ? html`<p>${this.t('board.loading')}</p>`
        : this.loadState === 'missing' ? html`<p>${this.t('board.missing', { id: this.boardId })}</p>`
        : this.loadState === 'error' ? html`<p class="cw-error-message">${this.t('board.loadError')}</p>`
        : html`
          ${this.renderConflict()}
          ${this.renderEdit()}
          ${this.view === 'board' ? html`${this.renderPrintMeta()}${this.editable ? this.renderRaise() : nothing}${this.renderBoard()}`
            : this.view === 'debrief' ? this.renderDebrief()
            : renderMeasures(this.measures, { locale: this.locale, t: (k, p) => this.t(k, p), total: this.blockages.length })}
        `}
    `;
  }

  /** A line shown only on paper: when the wall copy was printed and how many blockages are open. */
  private renderPrintMeta(): TemplateResult {
    const now = this.nowMs;
    return html`<p class="print-only print-meta">${this.t('print.meta', { date: formatPartialDate(todayPartialDate(new Date(now)), this.locale === 'cy' ? 'cy' : 'en'), count: this.blockages.filter(isOpen).length })}</p>`;
  }
}
