import { BOARD_COLUMNS } from '../card-ops.js';
import { html, nothing, type TemplateResult } from 'lit';
import { type Blockage, type BlockageStatus } from '@opencasework/core';
import { ageDays } from '../measures.js';
import type { DebriefOutcome, DueItem } from '../debrief.js';
import type { DebriefSession } from '../debrief-session.js';
import type { BoardFormat } from '../format.js';

export interface DebriefViewContext {
  f: BoardFormat;
  /** The session in progress, or null before it starts. */
  session: DebriefSession | null;
  /** The date of the last debrief (a partial date), if any. */
  lastDate: string | undefined;
  due: readonly DueItem[];
  editable: boolean;
  now: number;
  owners: readonly string[];
  /** The card the session is on, as the board has it now (undefined: it has gone). */
  current: Blockage | undefined;
  outcome: DebriefOutcome | undefined;
  onStart: () => void;
  onPatch: (b: Blockage, patch: Partial<DebriefOutcome>) => void;
  onNotes: (notes: string) => void;
  /** Save and next (save), previous (-1) or skip (1). */
  onStep: (step: 1 | -1, save: boolean) => void;
  /** From the finish page back to the last card. */
  onBack: () => void;
  onSave: () => void;
  onCancel: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Why a card is on the agenda; an acting card says when it was last updated. */
function reasonText(f: BoardFormat, i: DueItem): string {
  if (i.reason === 'acting' && Number.isFinite(i.lastActivity)) return f.t('debrief.reason.actingSince', { date: f.day(i.lastActivity) });
  return f.t(`debrief.reason.${i.reason}`);
}

/** The debrief: what is due, then one card at a time, then the notes and the record. */
export function debriefView(c: DebriefViewContext): TemplateResult {
  const { f, session: d } = c;
  if (!d) {
    const lastText = c.lastDate ? f.t('debrief.last', { date: f.date(c.lastDate) }) : f.t('debrief.none');
    return html`<section class="panel debrief" part="debrief" aria-labelledby="debrief-heading">
      <h3 id="debrief-heading" tabindex="-1">${f.t('debrief.heading')}</h3>
      <p>${lastText} ${c.due.length ? f.t('debrief.due', { count: c.due.length }) : f.t('debrief.dueNone')}</p>
      ${c.due.length ? html`<ol class="agenda">${c.due.map((i) => html`<li>${i.blockage.title} <span class="cw-hint">(${reasonText(f, i)}${i.reason === 'acting' ? nothing : `, ${f.status(i.blockage.status)}`})</span></li>`)}</ol>` : nothing}
      ${c.editable ? html`<button type="button" @click=${c.onStart}>${f.t('debrief.start')}</button>` : html`<p class="cw-hint">${f.t('debrief.readOnly')}</p>`}
    </section>`;
  }
  if (d.finished) {
    const discussed = d.ids.filter((id) => d.outcomes[id]).length;
    return html`<section class="panel debrief" part="debrief" aria-labelledby="debrief-step">
      <h3 id="debrief-step" tabindex="-1">${f.t('debrief.finishHeading')}</h3>
      <p>${f.t('debrief.finishBody', { discussed, count: d.ids.length })}</p>
      <div class="field"><label for="debrief-notes">${f.t('debrief.notes')}</label>
        <textarea id="debrief-notes" rows="3" .value=${d.notes} @input=${(e: Event) => c.onNotes(value(e))}></textarea></div>
      <div class="buttons">
        <button type="button" @click=${c.onSave}>${f.t('debrief.save')}</button>
        ${d.ids.length ? html`<button type="button" class="secondary" @click=${c.onBack}>${f.t('debrief.previous')}</button>` : nothing}
        <button type="button" class="secondary" @click=${c.onCancel}>${f.t('debrief.cancel')}</button>
      </div>
    </section>`;
  }
  const step = f.t('debrief.step', { n: d.index + 1, total: d.ids.length });
  const b = c.current;
  const o = c.outcome;
  if (!b || !o) {
    return html`<section class="panel debrief" part="debrief" aria-labelledby="debrief-step">
      <h3 id="debrief-step" tabindex="-1">${step}</h3>
      <p>${f.t('debrief.gone')}</p>
      <button type="button" @click=${() => c.onStep(1, false)}>${f.t('debrief.skip')}</button>
    </section>`;
  }
  return html`<form class="panel debrief" part="debrief" aria-labelledby="debrief-step" novalidate @submit=${(e: Event) => {
    e.preventDefault();
    c.onStep(1, true);
  }}>
    <p class="cw-hint progress">${step} · ${f.t(`debrief.reason.${d.reasons[b.id] ?? 'open'}`)}</p>
    <h3 id="debrief-step" tabindex="-1">${b.title}</h3>
    <dl class="facts">
      <div><dt>${f.t('field.status')}</dt><dd>${f.status(b.status)}</dd></div>
      <div><dt>${f.t('field.category')}</dt><dd>${f.category(b.category)}</dd></div>
      <div><dt>${f.t('card.age')}</dt><dd>${f.days(ageDays(b, c.now))}</dd></div>
      <div><dt>${f.t('field.hours')}</dt><dd>${typeof b.hoursLostPerWeek === 'number' ? f.hours(b.hoursLostPerWeek) : f.t('card.notEstimated')}</dd></div>
      <div><dt>${f.t('card.meTooCount')}</dt><dd>${f.others(b.metToo ?? 0)}</dd></div>
    </dl>
    ${b.detail ? html`<p class="detail">${b.detail}</p>` : nothing}
    ${b.actions?.length ? html`<h4>${f.t('edit.actions')}</h4><ul class="actions">${b.actions.map((a) => html`<li>${a.text} <span class="cw-hint">${f.day(a.at)}</span></li>`)}</ul>` : nothing}
    <div class="field"><label for="db-discussion">${f.t('debrief.discussion')}</label>
      <textarea id="db-discussion" rows="3" .value=${o.discussion ?? ''} @input=${(e: Event) => c.onPatch(b, { discussion: value(e) })}></textarea></div>
    <div class="field"><label for="db-action">${f.t('debrief.action')}</label>
      <textarea id="db-action" rows="2" .value=${o.action ?? ''} @input=${(e: Event) => c.onPatch(b, { action: value(e) })}></textarea></div>
    <div class="row">
      <div class="field"><label for="db-owner">${f.t('field.owner')}</label>
        <input id="db-owner" type="text" maxlength="200" list="db-owner-list" .value=${o.owner ?? ''} @input=${(e: Event) => c.onPatch(b, { owner: value(e) })} />
        <datalist id="db-owner-list">${c.owners.map((n) => html`<option value=${n}></option>`)}</datalist></div>
      <div class="field"><label for="db-status">${f.t('field.status')}</label>
        <select id="db-status" @change=${(e: Event) => c.onPatch(b, { status: value(e) as BlockageStatus })}>
          ${BOARD_COLUMNS.map((s) => html`<option value=${s} ?selected=${o.status === s}>${f.status(s)}</option>`)}
        </select></div>
    </div>
    <div class="buttons">
      <button type="submit">${f.t('debrief.saveNext')}</button>
      <button type="button" class="secondary" ?disabled=${d.index === 0} @click=${() => c.onStep(-1, false)}>${f.t('debrief.previous')}</button>
      <button type="button" class="secondary" @click=${() => c.onStep(1, false)}>${f.t('debrief.skip')}</button>
    </div>
  </form>`;
}
