import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items, in reading order (queried fresh on each call). */
  items: () => HTMLElement[];
  /** Which arrows move: left/right, up/down, or all four (default 'both'). */
  orientation?: 'horizontal' | 'vertical' | 'both';
  /** Past the last item back to the first (default false). */
  wrap?: boolean;
  /** Home and End go to the first and last item (default true). */
  homeEnd?: boolean;
  /**
   * Custom moves (grids, family navigation), asked first for every key: return the item to move to, `null` to
   * take the key and stay, or `undefined` to let the default moves handle it.
   */
  next?: (current: HTMLElement, key: string, items: HTMLElement[]) => HTMLElement | null | undefined;
  /** Called after a keyboard move, with the item now focused. */
  onMove?: (item: HTMLElement) => void;
}

const pathItem = (e: Event, items: HTMLElement[]): HTMLElement | undefined => {
  const set = new Set<EventTarget>(items);
  return e.composedPath().find((t) => set.has(t)) as HTMLElement | undefined;
};

/**
 * Arrow-key roving focus over a set of items (WAI-ARIA's "roving tabindex"): exactly one item has tabindex 0 (the
 * active one, or the first), the rest -1, kept so after every update. Bind `handleKeydown` on the container.
 * Keys with Alt, Ctrl or ⌘, and keys another handler already took (defaultPrevented), are left alone.
 * The active item is an element: render items with `repeat()` and a key so it stays with its record when the
 * list changes (with a plain `map()` it stays at its position). Render items without a tabindex binding.
 */
export class RovingFocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: RovingFocusOptions;
  private current: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingFocusOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The item that takes Tab focus (tabindex 0). */
  get active(): HTMLElement | null {
    return this.current;
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdated(): void {
    this.sync(this.options.items());
  }

  handleKeydown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = this.options.items();
    if (!items.length) return;
    const from = pathItem(e, items) ?? (this.current && items.includes(this.current) ? this.current : items[0]!);
    const custom = this.options.next?.(from, e.key, items);
    let to: HTMLElement | null | undefined = custom;
    if (custom === undefined) {
      const i = items.indexOf(from);
      const step = this.step(e.key);
      if (step) {
        let j = i + step;
        if (this.options.wrap) j = (j + items.length) % items.length;
        to = items[Math.max(0, Math.min(items.length - 1, j))];
      } else if ((this.options.homeEnd ?? true) && (e.key === 'Home' || e.key === 'End')) {
        to = e.key === 'Home' ? items[0] : items[items.length - 1];
      } else {
        return;
      }
    }
    e.preventDefault();
    if (!to || to === from) return;
    this.move(to, items);
    this.options.onMove?.(to);
  }

  /**
   * Makes an item the active one and focuses it. A function is given the current items; when it finds none and the
   * host has an update pending, it is asked again after that update (so it can name an item about to be rendered).
   */
  focus(item: HTMLElement | ((items: HTMLElement[]) => HTMLElement | undefined)): void {
    if (typeof item !== 'function') {
      this.move(item, this.options.items());
      return;
    }
    const found = item(this.options.items());
    if (found) {
      this.move(found, this.options.items());
      return;
    }
    void this.host.updateComplete.then(() => {
      const items = this.options.items();
      const later = item(items);
      if (later) this.move(later, items);
    });
  }

  /**
   * Makes an item the active one (the Tab stop) without moving focus: for a selection made elsewhere, so that
   * Tab into this group lands on it. A function is asked again after a pending update when it finds nothing yet.
   */
  setActive(item: HTMLElement | ((items: HTMLElement[]) => HTMLElement | undefined)): void {
    const apply = (found: HTMLElement | undefined, items: HTMLElement[]): boolean => {
      if (!found || !items.includes(found)) return false;
      this.current = found;
      this.sync(items);
      return true;
    };
    const items = this.options.items();
    const found = typeof item === 'function' ? item(items) : item;
    if (apply(found, items)) return;
    void this.host.updateComplete.then(() => {
      const later = this.options.items();
      apply(typeof item === 'function' ? item(later) : item, later);
    });
  }

  private step(key: string): number {
    const o = this.options.orientation ?? 'both';
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    if (o !== 'vertical' && (key === 'ArrowRight' || key === 'ArrowLeft')) return (key === 'ArrowRight') !== rtl ? 1 : -1;
    if (o !== 'horizontal' && (key === 'ArrowDown' || key === 'ArrowUp')) return key === 'ArrowDown' ? 1 : -1;
    return 0;
  }

  private move(to: HTMLElement, items: HTMLElement[]): void {
    this.current = to;
    this.sync(items);
    to.focus();
  }

  private sync(items: HTMLElement[]): void {
    if (!this.current || !items.includes(this.current)) this.current = items[0] ?? null;
    for (const el of items) {
      const want = el === this.current ? '0' : '-1';
      if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
    }
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const items = this.options.items();
    const hit = pathItem(e, items);
    if (hit && hit !== this.current) {
      this.current = hit;
      this.sync(items);
    }
  };
}
