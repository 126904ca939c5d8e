import type { ReactiveControllerHost } from 'lit';
import { OnDemandPart, RovingFocusController, onDemand } from '@opencasework/core';
import type { Row } from '../model.js';
import { clampViewport, fitViewport, revealInViewport, type Viewport } from './timeline-geometry.js';
import type { TimelineContext } from './timeline-view.js';

/** The drawing, its reading and keyboard map (timeline-drawing.ts): their own chunk, loaded when first shown. */
const drawing = onDemand(() => import('./timeline-drawing.js'));

/**
 * Loads the timeline's drawing ahead of need (the element loads it itself when the timeline is first shown, showing
 * "Loading the timeline…" meanwhile): for a host that opens on the timeline, or a test.
 */
export const loadTimelineDrawing = (): Promise<unknown> => drawing.load();

/** The element holding focus, through shadow roots. */
function deepActiveElement(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** True once the drawing has loaded (asking does not load it). */
export const timelineDrawingLoaded = (): boolean => drawing.loaded;

export interface TimelineOptions {
  /** The markers' container (the element's render root). */
  root: () => ParentNode;
  /** The events on the timeline (each by its primary entry), in date order. */
  rows: () => Row[];
  /** The span "show everything" fits: the shown entries, narrowed to the date filter. */
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
  /** The "key events" reading is shown instead of the drawing. */
  keyOnly = false;
  /** The drawing's chunk, for this element: loaded when first shown; meanwhile (or when it cannot load) a status. */
  private readonly drawn: OnDemandPart<typeof import('./timeline-drawing.js')>;
  private readonly markers: RovingFocusController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TimelineOptions,
  ) {
    this.drawn = new OnDemandPart(host, drawing);
    this.markers = new RovingFocusController(host, {
      items: () => [...options.root().querySelectorAll<HTMLElement>('svg.timeline .marker[data-id]')],
      next: (current, key) => this.onKey(current, key),
    });
  }

  /** The span "show everything" fits (the shown entries, narrowed to the date filter). */
  get fitRange(): { start: number; end: number } {
    const r = this.options.range();
    return r ?? { start: Date.now() - 365 * 86_400_000, end: Date.now() };
  }

  /** The viewport in effect. */
  get current(): Viewport {
    return this.viewport ?? fitViewport(this.options.range());
  }

  /** The range last announced: the same words are not announced again. */
  private announced = '';

  /**
   * Shows a stretch of time (null: everything). `announce`: the reader moved the view itself (zoom, pan, "Go to a
   * date"), so the new range is announced once; an arrow key moving between events does not announce it (the
   * focused marker's name, with its date, is what a screen reader reads then), nor is an unchanged range repeated.
   */
  setViewport(v: Viewport | null, announce = true): void {
    this.viewport = v;
    this.host.requestUpdate();
    const key = `${Math.round(this.current.start / 86_400_000)}:${Math.round(this.current.end / 86_400_000)}`;
    if (!announce || key === this.announced) {
      if (!announce) this.announced = ''; // moved silently: the next range the reader asks for is news
      return;
    }
    this.announced = key;
    this.options.onMove?.(this.current);
  }

  /** Makes an entry the keyboard stop and brings it into view, without moving focus (a selection made elsewhere). */
  reveal(row: Row): void {
    this.focusId = row.id;
    this.viewport = revealInViewport(this.current, row.mid);
    this.host.requestUpdate();
    this.whenDrawn(() => this.markers.setActive((items) => items.find((m) => m.dataset.id === row.id)));
  }

  /** Reveals an entry and focuses its marker once it is drawn. */
  moveTo(row: Row, viewport = revealInViewport(this.current, row.mid), announce = false): void {
    this.focusId = row.id;
    this.setViewport(viewport, announce);
    this.whenDrawn(() => this.markers.focus((items) => items.find((m) => m.dataset.id === row.id)));
  }

  /**
   * Runs `fn` now when the drawing has loaded, or once it has loaded and been drawn (a host's `revealEntry` on first
   * show), unless the reader has moved focus elsewhere meanwhile.
   */
  private whenDrawn(fn: () => void): void {
    if (drawing.loaded) return fn();
    const focused = deepActiveElement();
    void this.drawn
      .need()
      .then(() => this.host.updateComplete)
      .then(() => {
        if (drawing.loaded && deepActiveElement() === focused) fn();
      });
  }

  /** Jumps to a typed date: shows that year, month or the weeks around that day, the keyboard on the event there. */
  jump(input: HTMLInputElement, invalid: string): void {
    const d = drawing.get();
    if (!d) return; // the form is part of the drawing: not shown before it has loaded
    const v = d.jumpViewport(input.value);
    if (!v) {
      input.setCustomValidity(invalid);
      input.setAttribute('aria-invalid', 'true');
      input.reportValidity();
      return;
    }
    this.keyOnly = false;
    const row = d.eventAtOrAfter(this.options.rows(), v.start);
    if (row) this.moveTo(row, clampViewport(v), true);
    else this.setViewport(clampViewport(v));
  }

  /** Shows the key events reading, or the drawing again. */
  showKeyEvents(on: boolean): void {
    this.keyOnly = on;
    this.host.requestUpdate();
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
    const d = drawing.get();
    const rows = this.options.rows();
    const focusRow = rows.find((r) => r.id === current.dataset.id) ?? rows[0];
    const action = d && focusRow ? d.timelineKeyAction(key, rows, focusRow, this.current) : null;
    if (!action) return undefined;
    if (action.kind === 'select') this.options.select(action.row);
    else if (action.kind === 'zoom') this.moveTo(focusRow!, action.viewport, true);
    else this.moveTo(action.row, action.viewport);
    return null;
  }

  /** `done()` (the host's own update), then again after each load of the drawing this element waits for. */
  afterDrawing(done: () => Promise<boolean>): Promise<boolean> {
    return this.drawn.after(done);
  }

  /** The drawing, wired to this state and keyboard ("Loading the timeline…" until its chunk has loaded). */
  view(c: Omit<TimelineContext, 'viewport' | 'focusId' | 'onViewport' | 'onKeydown' | 'onMarker' | 'keyOnly' | 'onKeyOnly' | 'onJump'>) {
    const d = this.drawn.module;
    if (!d)
      return this.drawn.pendingView(
        { loading: c.l.t('timeline.loading'), failed: c.l.t('timeline.loadFailed') },
        'timeline-pending',
        'timeline',
      );
    return d.timelineView({
      ...c,
      viewport: this.current,
      focusId: this.focusId,
      keyOnly: this.keyOnly,
      onKeyOnly: (on) => this.showKeyEvents(on),
      onJump: (input) => this.jump(input, c.l.t('filter.dateInvalid')),
      onViewport: (v) => this.setViewport(v),
      onKeydown: this.handleKeydown,
      onMarker: (r, fromList) => {
        this.choose(r);
        if (!fromList) return;
        // From the key events reading: back to the drawing, then the keyboard on that event (a hidden marker takes no focus).
        this.keyOnly = false;
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.moveTo(r));
      },
    });
  }
}
