import { html, nothing } from 'lit';
import type { Announcer } from '@opencasework/core';
import type { Audience } from '../audience-policy.js';
import type { Localizer } from '../messages/index.js';

export interface NoticesContext {
  l: Localizer;
  audience: Audience;
  /** The name of the person selected in a linked component, or ''. */
  selectedName: string;
  /** How many entries this version withholds. */
  withheld: number;
  /** The count line (see countsText), or '' when there are no entries. */
  counts: string;
  onClearSelection: () => void;
}

/** "Showing 3 of 9 entries · 6 hidden by filters · 2 events (…)". */
export function countsText(l: Localizer, shown: number, total: number, hidden: number, events: number): string {
  return [
    l.t('count.shown', { shown, count: total }),
    hidden ? l.t('count.hidden', { hidden }) : '',
    events !== shown ? l.t('count.events', { count: events }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface ResultMessage {
  kind: 'ok' | 'alert';
  text: string;
}

/**
 * The result of the last save or copy (a status, or an alert when it failed), and the plain text to copy by hand
 * where the browser refused to copy it. Both regions are always rendered (hidden while empty) so that a screen
 * reader announces the text put into them: a live region inserted already holding its text may not be announced.
 */
export function resultView(l: Localizer, message: ResultMessage | null, copyFallback: string) {
  return html`
    <div class="status-ok no-print" role="status">${message?.kind === 'ok' ? message.text : nothing}</div>
    <div class="alert no-print" role="alert">${message?.kind === 'alert' ? message.text : nothing}</div>
    ${copyFallback ? html`<label class="no-print">${l.t('export.copy')}<textarea class="copy" readonly .value=${copyFallback}></textarea></label>` : nothing}
  `;
}

/**
 * What the reader should know before reading: the person selection, what the redacted or anonymised version leaves
 * out, and how many entries are shown. Changes the reader makes are announced by the element's Announcer.
 */
export function noticesView(c: NoticesContext) {
  const { l } = c;
  return html`
    ${
      c.selectedName
        ? html`<div class="notice selection">
          ${l.t('selection.notice', { name: c.selectedName })}
          <button type="button" class="link" @click=${c.onClearSelection}>${l.t('selection.clear')}</button>
        </div>`
        : nothing
    }
    ${c.audience === 'redacted' ? html`<div class="notice warning"><p>${l.t('redacted.notice')}</p><p><strong>${l.t('withheld.count', { count: c.withheld })}</strong></p></div>` : nothing}
    ${c.audience === 'anonymised' ? html`<div class="notice warning"><p>${l.t('anon.notice')}</p></div>` : nothing}
    ${c.counts ? html`<p class="counts">${c.counts}</p>` : nothing}
  `;
}

/** Announces a status line (the counts, the selection) when it changes, not when it is first shown. */
export class StatusAnnouncer {
  private last = '';
  constructor(private readonly announcer: Announcer) {}
  say(text: string): void {
    if (text !== this.last && this.last) this.announcer.polite(text);
    this.last = text;
  }
}
