import type { ReactiveControllerHost } from 'lit';
import { RovingFocusController } from '@opencasework/core';
import type { Row } from '../model.js';
import { fitViewport, revealInViewport, type Viewport } from './timeline-geometry.js';
import { timelineKeyAction, timelineView, type TimelineContext } from './timeline-view.js';

export interface TimelineOptions {
  /** The markers' container (the element's render root). */
  root: () => ParentNode;
  /** The rows on the timeline, in date order. */
  rows: () => Row[];
  /** The whole chronology's span, for "show everything". */
  range: () => { start: number; end: number } | null;
  select: (row: Row) => void;
  /** The stretch of time in view changed by the reader (to announce it). */
  onMove?: (viewport: Viewport) => void;
}

/**
 * The timeline's state and keyboard: the stretch of time in view and the entry holding the keyboard stop. The
 * markers are one RovingFocusController group; its arrow keys move through the entries in date order, drawn or not
 * (in a dense view only the keyboard stop is drawn), revealing each and focusing its marker once drawn.
 */
export class TimelineController {
  /** The stretch of time in view; null fits the whole chronology. */
  viewport: Viewport | null = null;
  /** The entry holding the keyboard stop. */
  focusId = '';
  private readonly markers: RovingFocusController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TimelineOptions,
  ) {
    this.markers = new RovingFocusController(host, {
      items: () => [...options.root().querySelectorAll<HTMLElement>('svg.timeline .marker[data-id]')],
      next: (current, key) => this.onKey(current, key),
    });
  }

  /** The viewport in effect. */
  get current(): Viewport {
    return this.viewport ?? fitViewport(this.options.range());
  }

  /** Shows a stretch of time (null: everything), as the reader asked. */
  setViewport(v: Viewport | null): void {
    this.viewport = v;
    this.host.requestUpdate();
    this.options.onMove?.(this.current);
  }

  /** Makes an entry the keyboard stop and brings it into view, without moving focus (a selection made elsewhere). */
  reveal(row: Row): void {
    this.focusId = row.id;
    this.viewport = revealInViewport(this.current, row.mid);
    this.host.requestUpdate();
    this.markers.setActive((items) => items.find((m) => m.dataset.id === row.id));
  }

  /** Reveals an entry and focuses its marker once it is drawn. */
  moveTo(row: Row, viewport = revealInViewport(this.current, row.mid)): void {
    this.focusId = row.id;
    this.setViewport(viewport);
    this.markers.focus((items) => items.find((m) => m.dataset.id === row.id));
  }

  /** A marker was clicked. */
  choose(row: Row): void {
    this.focusId = row.id;
    this.options.select(row);
    this.host.requestUpdate();
  }

  /** Bind on the drawing. */
  readonly handleKeydown = (e: KeyboardEvent): void => this.markers.handleKeydown(e);

  /** For the RovingFocusController: takes every key the timeline answers (null), and leaves the others (undefined). */
  private onKey(current: HTMLElement, key: string): null | undefined {
    const rows = this.options.rows();
    const focusRow = rows.find((r) => r.id === current.dataset.id) ?? rows[0];
    const action = focusRow ? timelineKeyAction(key, rows, focusRow, this.current) : null;
    if (!action) return undefined;
    if (action.kind === 'select') this.options.select(action.row);
    else if (action.kind === 'zoom') this.moveTo(focusRow!, action.viewport);
    else this.moveTo(action.row, action.viewport);
    return null;
  }

  /** The drawing, wired to this state and keyboard. */
  view(c: Omit<TimelineContext, 'viewport' | 'focusId' | 'onViewport' | 'onKeydown' | 'onMarker'>) {
    return timelineView({
      ...c,
      viewport: this.current,
      focusId: this.focusId,
      onViewport: (v) => this.setViewport(v),
      onKeydown: this.handleKeydown,
      onMarker: (r) => this.choose(r),
    });
  }
}
