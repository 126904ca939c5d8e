import { html, nothing } from 'lit';
import { endOf, isPartialDate, precisionOf, startOf } from '@opencasework/core';
import { lowerBound, type Row } from '../model.js';
import { listOf } from '../present.js';
import type { TimelineContext } from './timeline-view.js';
import type { Viewport } from './timeline-geometry.js';

const DAY = 86_400_000;
/**
 * Up to this many significant and critical markers are drawn over density bars; beyond it, markers that would cover
 * one another in a lane are drawn once (critical first, then the latest) up to this many. Realistic cases have tens (the issue's 900-entry
 * case: 43); a generated stress case has thousands, and the drawing must stay small.
 */
export const MAX_KEY_MARKERS = 200;
/** Key markers closer than this (CSS px) in one lane would cover one another: the most significant, latest is drawn. */
const SLOT_PX = 8;

/**
 * The markers drawn when there are too many events in view to draw each: the significant and critical ones (so the
 * events that matter are seen at first sight, at every zoom and size), and the keyboard stop. `slotOf` names the lane
 * and the few pixels a marker would cover.
 */
export function keyMarkers(inView: readonly Row[], focusRow: Row, slotOf: (row: Row) => string = (r) => r.id): Row[] {
  const key = inView.filter((r) => r.sig >= 2).sort((a, b) => b.sig - a.sig || b.start - a.start);
  if (key.length <= MAX_KEY_MARKERS) {
    if (inView.includes(focusRow) && !key.includes(focusRow)) key.push(focusRow);
    return key.sort((a, b) => a.start - b.start || a.index - b.index);
  }
  // Too many to draw: one per slot (those that would cover one another), critical first, then the latest.
  const taken = new Set<string>();
  const out: Row[] = [];
  for (const r of key) {
    if (out.length >= MAX_KEY_MARKERS) break;
    const slot = slotOf(r);
    if (taken.has(slot)) continue;
    taken.add(slot);
    out.push(r);
  }
  if (inView.includes(focusRow) && !out.includes(focusRow)) out.push(focusRow);
  return out.sort((a, b) => a.start - b.start || a.index - b.index);
}

/** The slot a marker covers: its first lane and its few pixels there. */
export const markerSlot = (lane: string, x: number): string => `${lane}|${Math.floor(x / SLOT_PX)}`;

/** The significant and critical events shown, newest first. */
export function keyEvents(shown: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = shown.length - 1; i >= 0; i--) if (shown[i]!.sig >= 2) out.push(shown[i]!);
  return out;
}

/**
 * The stretch of time to show for a typed date ("2019", "2019-03", "2019-03-14"): the year or month with a little
 * either side, or a month around a day; null when the text is not such a date.
 */
export function jumpViewport(text: string): Viewport | null {
  const v = text.trim();
  if (!isPartialDate(v)) return null;
  const start = startOf(v),
    end = endOf(v) + DAY;
  const span = precisionOf(v) === 'day' ? 30 * DAY : end - start;
  const mid = precisionOf(v) === 'day' ? start + DAY / 2 : (start + end) / 2;
  return { start: mid - span * 0.55, end: mid + span * 0.55 };
}

/** The event at or after a moment (else the last one): where the keyboard lands after a jump. */
export function eventAtOrAfter(shown: readonly Row[], t: number): Row | undefined {
  return shown[Math.min(shown.length - 1, lowerBound(shown, t))];
}

/** "Go to a date": a typed year, month or day, from the keyboard. */
export function jumpView(c: TimelineContext) {
  const { l } = c;
  return html`<form class="jump" @submit=${(e: Event) => {
    e.preventDefault();
    c.onJump((e.currentTarget as HTMLFormElement).querySelector('input')!);
  }}>
    <div class="field">
      <label for="timeline-jump">${l.t('timeline.jump')}</label>
      <p class="cw-hint" id="timeline-jump-hint">${l.t('timeline.jumpHint')}</p>
      <div class="jump-row">
        <input id="timeline-jump" class="narrow" type="text" inputmode="numeric" autocomplete="off" aria-describedby="timeline-jump-hint"
          @input=${(e: Event) => {
            const i = e.target as HTMLInputElement;
            i.setCustomValidity('');
            i.removeAttribute('aria-invalid');
          }}>
        <button type="submit" class="secondary" data-action="jump">${l.t('timeline.jumpGo')}</button>
      </div>
    </div>
  </form>`;
}

/** The "key events" reading: significant and critical events, newest first, each one action from its place on the timeline. */
export function keyEventsView(c: TimelineContext) {
  const { l } = c;
  const rows = keyEvents(c.shown);
  return html`<section class="key-events" aria-labelledby="key-events-title">
    <h3 id="key-events-title">${l.t('timeline.keyEventsTitle')}</h3>
    ${
      rows.length
        ? html`<ol>
          ${rows.map((r) => {
            const p = c.present(r);
            const ev = c.eventOf(r);
            const agencies = ev && ev.agencyIds.length > 1 ? listOf(l.locale, ev.agencyIds.map(c.agencyLabel)) : p.agency;
            return html`<li>
              <span class="nw key-date">${p.date}</span>
              <span class="tag sig-${r.entry.significance}">${p.significance}</span>
              <button type="button" class="link" data-key-event=${r.id} @click=${() => c.onMarker(r, true)}>${p.title}</button>
              ${agencies ? html`<span class="meta">${agencies}</span>` : nothing}
            </li>`;
          })}
        </ol>`
        : html`<p>${l.t('timeline.keyEventsNone')}</p>`
    }
  </section>`;
}
