import type { ReactiveControllerHost } from 'lit';
import { memo } from '@opencasework/core';
import type { Audience } from '../audience-policy.js';
import { listedEvents } from '../chronology-view.js';
import type { ChronologyOrder } from '../filter.js';
import type { MergedEvent } from '../merge.js';
import { tableView, type TableContext } from './table.js';
import { VirtualRowsController } from './virtual-rows.js';

export interface TableState {
  /** Every event shown (after the filters), in date order. */
  events: MergedEvent[];
  audience: Audience;
  order: ChronologyOrder | undefined;
  /** What measured row heights depend on (width, version, language, view...). */
  resetKey: string;
  printing: boolean;
}

/**
 * The table and court views' state: which events are listed and in which order (the court chronology lists
 * significant and critical events unless the reader asks for every one), and the virtual scrolling of their rows.
 */
export class TableController {
  /** The court chronology lists every event, not only significant and critical ones. */
  courtAll = false;
  readonly rows: VirtualRowsController;
  private readonly list = memo(listedEvents);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly scroller: () => HTMLElement | null,
  ) {
    this.rows = new VirtualRowsController(host, { scroller });
    host.addController(this);
  }

  /**
   * The sticky header's height, kept on the scrolling region as --_head-h: its scroll-padding-top, so an entry
   * reached with Tab or Shift+Tab is scrolled fully below the header, never under it (WCAG 2.4.11).
   */
  hostUpdated(): void {
    const el = this.scroller();
    const head = el?.querySelector<HTMLElement>(':scope > table > thead');
    if (!el || !head) return;
    const h = `${Math.ceil(head.getBoundingClientRect().height)}px`;
    if (el.style.getPropertyValue('--_head-h') !== h) el.style.setProperty('--_head-h', h);
  }

  /** The events listed, in the order shown. */
  listed(s: Pick<TableState, 'events' | 'audience' | 'order'>, court: boolean): MergedEvent[] {
    return this.list(s.events, s.audience, court, this.courtAll, s.order);
  }

  /** Scrolls to the event holding an entry; returns that event's id, or '' when it is not listed. */
  scrollTo(s: TableState, court: boolean, entryId: string, onlyIfHidden = false): string {
    const events = this.listed(s, court);
    const i = events.findIndex((e) => e.rows.some((r) => r.id === entryId));
    if (i < 0) return '';
    if (onlyIfHidden) this.rows.reveal(events, i);
    else this.rows.scrollTo(events, i);
    return events[i]!.id;
  }

  view(s: TableState, c: Omit<TableContext, 'events' | 'rows' | 'newestFirst' | 'courtAll' | 'onScroll' | 'onFocusIn'>) {
    const events = this.listed(s, c.court);
    return tableView({
      ...c,
      events,
      newestFirst: s.order === 'newest',
      courtAll: {
        all: this.courtAll,
        total: s.events.length,
        onToggle: () => {
          this.courtAll = !this.courtAll;
          this.host.requestUpdate();
        },
      },
      rows: this.rows.window(events, s.resetKey, s.printing),
      onScroll: this.rows.onScroll,
      onFocusIn: this.rows.onFocusIn,
    });
  }
}
