import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualRowsOptions {
  /** The scrolling element of a virtualised table (null when every row is rendered). */
  scroller: () => HTMLElement | null;
  /** The `data-*` attribute (camel-cased key) that carries a row's item id on its `<tr>`. */
  rowKey?: string;
  /** Up to this many items every row is rendered (no virtual scrolling). */
  renderAll?: number;
  /** Rows rendered above and below those in view. */
  overscan?: number;
}

/** Which rows to render, and the heights of the spacer rows that stand for the others. */
export interface RowWindow {
  all: boolean;
  first: number;
  last: number;
  before: number;
  after: number;
}

/**
 * Virtual scrolling for a real table: only the rows in view (plus a few) are rendered as native `<tr>` elements,
 * between two spacer rows, so table semantics (`aria-rowcount`, `aria-rowindex`) and printing stay intact. Row
 * heights are measured after each render and remembered by item id; rows not yet measured use the average. When an
 * estimate was wrong it re-renders (a bounded number of times) so that the rows in view are always the rows drawn there.
 */
export class VirtualRowsController implements ReactiveController {
  private scrollTop = 0;
  private viewportHeight = 600;
  /** Average measured row height: the estimate for rows not yet measured. */
  private rowHeight = 72;
  /** Measured heights by item id, for the current `resetKey` (width, version, language, view). */
  private heights = new Map<string, number>();
  private heightsKey = '';
  private measurePasses = 0;
  /** The focused row and its top edge (viewport px) before an update, kept where it was after it. */
  private anchor: { row: string; top: number } | null = null;
  /**
   * The row scrolled to (`scrollTo`), held at the top of the scroller while the renders after the scroll measure the
   * rows around it: offsets before then are estimates, and a row 800 entries down can be thousands of pixels off.
   * Let go once it stays put, when the reader scrolls, or after a few passes.
   */
  private pin: { items: readonly { id: string }[]; i: number; passes: number } | null = null;
  private readonly rowKey: string;
  /** The rows' id attribute, `data-event` for the default `rowKey`. */
  private readonly rowAttr: string;
  private readonly renderAll: number;
  private readonly overscan: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VirtualRowsOptions,
  ) {
    this.rowKey = options.rowKey ?? 'event';
    this.rowAttr = `data-${this.rowKey.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    this.renderAll = options.renderAll ?? 30;
    this.overscan = options.overscan ?? 4;
    host.addController(this);
  }

  /** Whether a list this long is virtualised. */
  virtualises(count: number): boolean {
    return count > this.renderAll;
  }

  /**
   * The rows to render for the current scroll position. `all` renders every row (printing). `resetKey` names what
   * row heights depend on: measured heights are forgotten when it changes.
   */
  window(items: readonly { id: string }[], resetKey: string, all = false): RowWindow {
    const n = items.length;
    if (all || !this.virtualises(n)) return { all: true, first: 0, last: n, before: 0, after: 0 };
    if (resetKey !== this.heightsKey) {
      this.heightsKey = resetKey;
      this.heights.clear();
      this.measurePasses = 0;
    }
    // Offsets from measured heights where known and the average elsewhere: one pass, cheap even for 10,000 rows.
    const top = this.scrollTop,
      bottom = this.scrollTop + this.viewportHeight;
    const hOf = (k: number) => this.heights.get(items[k]!.id) ?? this.rowHeight;
    let y = 0,
      i = 0;
    while (i < n && y + hOf(i) <= top) {
      y += hOf(i);
      i++;
    }
    const first = Math.max(0, i - this.overscan);
    for (let k = first; k < i; k++) y -= hOf(k);
    const before = y;
    let j = i;
    let yEnd = this.offsetFrom(items, first, i, before);
    while (j < n && yEnd < bottom) {
      yEnd += hOf(j);
      j++;
    }
    const last = Math.min(n, j + this.overscan);
    let after = 0;
    for (let k = last; k < n; k++) after += hOf(k);
    return { all: false, first, last, before, after };
  }

  /** Bind to the scroller's `scroll` event. */
  readonly onScroll = (e: Event): void => {
    const top = (e.target as HTMLElement).scrollTop;
    if (Math.abs(top - this.scrollTop) >= 1) this.pin = null; // the reader's own scroll, not ours
    if (Math.abs(top - this.scrollTop) >= Math.min(24, this.rowHeight / 2)) {
      this.measurePasses = 0;
      this.scrollTop = top;
      this.host.requestUpdate();
    }
  };

  /**
   * A control focused in the scroller ends within its scroll padding (below the sticky header, above the bottom
   * edge) and in the window. Chromium and WebKit scroll a focused control that far themselves; Firefox leaves one
   * that is partly in view where it is, cut by up to a line at the scroller's or the window's bottom edge. Checked a
   * frame later, after the browser's own scroll and the render it causes. Bind to the scroller's `focusin` (the host
   * does not hear focus moving inside its shadow root).
   */
  readonly onFocusIn = (e: FocusEvent): void => {
    const scroller = this.options.scroller();
    const target = e.composedPath()[0];
    if (!scroller || !(target instanceof HTMLElement) || target === scroller || !scroller.contains(target)) return;
    requestAnimationFrame(() => {
      if ((scroller.getRootNode() as Document | ShadowRoot).activeElement !== target) return;
      const { top, bottom } = this.visible(scroller);
      const r = target.getBoundingClientRect();
      if (r.top < top - 1 || (r.bottom > bottom + 1 && r.height <= bottom - top))
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  };

  /** Back to the top (after the filters change). */
  reset(): void {
    const scroller = this.options.scroller();
    if (scroller) scroller.scrollTop = 0;
    this.scrollTop = 0;
    this.measurePasses = 0;
    this.pin = null;
  }

  /** Scrolls so that item i is at the top (below the sticky header), and keeps it there as the rows are measured. */
  scrollTo(items: readonly { id: string }[], i: number): void {
    const scroller = this.options.scroller();
    if (!scroller || !this.virtualises(items.length)) return;
    scroller.scrollTop = this.offsetFrom(items, 0, i, 0);
    this.scrollTop = scroller.scrollTop;
    this.pin = { items, i, passes: 0 };
    this.measurePasses = 0;
    this.host.requestUpdate();
  }

  /** Scrolls to item i only when it is not already wholly in view. */
  reveal(items: readonly { id: string }[], i: number): void {
    const scroller = this.options.scroller();
    const row = scroller && this.rowOf(scroller, items[i]!.id);
    if (row && scroller) {
      const r = row.getBoundingClientRect();
      const { top, bottom } = this.visible(scroller);
      if (r.top >= top - 1 && r.bottom <= bottom + 1) return;
    }
    this.scrollTo(items, i);
  }

  /**
   * Before each render, where the row holding focus is. A render changes the spacer rows' heights (rows measured,
   * the window moved by the browser's own focus scroll), which would move the focused row under the sticky header
   * or out of view with nothing on screen to show where focus is (WCAG 2.4.7, 2.4.11); `hostUpdated` scrolls it back.
   */
  hostUpdate(): void {
    this.anchor = null;
    const scroller = this.options.scroller();
    const row = scroller && this.focusedRow(scroller);
    if (row) this.anchor = { row: row.dataset[this.rowKey]!, top: row.getBoundingClientRect().top };
  }

  hostUpdated(): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    this.keepAnchor(scroller);
    if (Math.abs(scroller.clientHeight - this.viewportHeight) > 8 && scroller.clientHeight > 0) {
      this.viewportHeight = scroller.clientHeight;
      this.host.requestUpdate();
    }
    // Record the real height of every rendered row; re-render (a bounded number of times) when an estimate was wrong.
    let changed = false;
    scroller.querySelectorAll<HTMLElement>(`tbody > tr[${this.rowAttr}]`).forEach((tr) => {
      const h = tr.getBoundingClientRect().height;
      const id = tr.dataset[this.rowKey]!;
      if (h > 0 && Math.abs((this.heights.get(id) ?? -1) - h) > 0.5) {
        this.heights.set(id, h);
        changed = true;
      }
    });
    if (changed && this.measurePasses < 4) {
      this.measurePasses++;
      let sum = 0;
      for (const h of this.heights.values()) sum += h;
      this.rowHeight = Math.max(24, sum / this.heights.size);
      this.host.requestUpdate();
    }
    this.holdPin(scroller);
  }

  /** Moves the pinned row back to the top of the scroller after a render moved it (or left it out of the window). */
  private holdPin(scroller: HTMLElement): void {
    const pin = this.pin;
    if (!pin) return;
    if (pin.passes++ >= 8) return void (this.pin = null);
    const row = this.rowOf(scroller, pin.items[pin.i]!.id);
    const before = scroller.scrollTop;
    if (row) {
      const moved = row.getBoundingClientRect().top - this.visible(scroller, false).top;
      if (Math.abs(moved) < 1) return void (this.pin = null);
      scroller.scrollTop += moved;
    } else scroller.scrollTop = this.offsetFrom(pin.items, 0, pin.i, 0);
    if (Math.abs(scroller.scrollTop - before) < 1) return void (this.pin = null); // as far as it scrolls (the last rows)
    this.scrollTop = scroller.scrollTop;
    this.host.requestUpdate();
  }

  /** The rendered row of an item, if it is in the window. */
  private rowOf(scroller: HTMLElement, id: string): HTMLElement | null {
    return scroller.querySelector<HTMLElement>(`tbody > tr[${this.rowAttr}="${CSS.escape(id)}"]`);
  }

  /** The part of the scroller rows are read in: below its sticky header (its scroll padding), and within the window. */
  private visible(scroller: HTMLElement, inWindow = true): { top: number; bottom: number } {
    const box = scroller.getBoundingClientRect();
    const css = getComputedStyle(scroller);
    const top = box.top + scroller.clientTop + (parseFloat(css.scrollPaddingTop) || 0);
    const bottom = box.top + scroller.clientTop + scroller.clientHeight - (parseFloat(css.scrollPaddingBottom) || 0);
    return inWindow ? { top: Math.max(0, top), bottom: Math.min(innerHeight, bottom) } : { top, bottom };
  }

  /** The rendered row holding focus, when focus is in the scroller. */
  private focusedRow(scroller: HTMLElement): HTMLElement | null {
    const root = scroller.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (!active || !scroller.contains(active)) return null;
    const row = active.closest<HTMLElement>('tbody > tr');
    return row?.dataset[this.rowKey] ? row : null;
  }

  /** Scrolls by however far the focused row moved in the render just done, so it stays where the reader saw it. */
  private keepAnchor(scroller: HTMLElement): void {
    const a = this.anchor;
    this.anchor = null;
    if (!a) return;
    const row = this.focusedRow(scroller);
    if (!row || row.dataset[this.rowKey] !== a.row) return;
    const moved = row.getBoundingClientRect().top - a.top;
    if (Math.abs(moved) < 1) return;
    scroller.scrollTop += moved;
    this.scrollTop = scroller.scrollTop;
  }

  /** Offset of row `to` given the offset of row `from`. */
  private offsetFrom(items: readonly { id: string }[], from: number, to: number, y: number): number {
    for (let k = from; k < to; k++) y += this.heights.get(items[k]!.id) ?? this.rowHeight;
    return y;
  }
}
