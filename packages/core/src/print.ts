import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PrintOptions {
  /** Called when printing starts (from `print()` or the browser's own menu), before the host re-renders. */
  prepare?: (mode: string) => void;
  /** Called when printing ends. */
  restore?: () => void;
}

export const DEFAULT_PRINT_MODE = 'default';

/**
 * One way to print: while `printing` is true the host renders its print-only content (every row, the table instead
 * of the timeline, the family's version...). `print(mode)` sets it, waits for the host to render, calls
 * window.print() and restores; printing from the browser's own menu (beforeprint/afterprint) gets the same content
 * in the default mode.
 */
export class PrintController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: PrintOptions;
  private source: 'api' | 'browser' | null = null;
  private currentMode = DEFAULT_PRINT_MODE;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PrintOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True while the page is being printed: render the print content. */
  get printing(): boolean {
    return this.source !== null;
  }

  /** What is being printed (the mode given to `print()`, or 'default'). */
  get mode(): string {
    return this.currentMode;
  }

  /** Renders the print content for `mode`, opens the browser's print dialogue, then restores the screen view. */
  async print(mode: string = DEFAULT_PRINT_MODE): Promise<void> {
    this.start('api', mode);
    await this.host.updateComplete;
    try {
      window.print();
    } finally {
      // Some engines never fire afterprint when printing is unavailable; window.print() blocks where it is available.
      this.end();
    }
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private start(source: 'api' | 'browser', mode: string): void {
    this.source = source;
    this.currentMode = mode;
    this.options.prepare?.(mode);
    this.host.requestUpdate();
  }

  private end(): void {
    if (!this.source) return;
    this.source = null;
    this.currentMode = DEFAULT_PRINT_MODE;
    this.options.restore?.();
    this.host.requestUpdate();
  }

  private readonly onBeforePrint = (): void => {
    if (this.source) return; // print() already rendered its content
    this.start('browser', DEFAULT_PRINT_MODE);
    // The browser lays out for print straight after this event: render now, not in a microtask.
    (this.host as unknown as { performUpdate?: () => void }).performUpdate?.();
  };

  private readonly onAfterPrint = (): void => {
    if (this.source === 'browser') this.end();
  };
}

/**
 * Print options for a drawing the reader pans and zooms: printing fits the whole drawing on the paper (the screen's
 * view printed a family network cut at its edges), and gives the reader's view back after. `also` runs its own steps
 * after the fit and before the view comes back.
 */
export function printWhole(view: { save(): unknown; restore(saved: never): void; fit(): void }, also: PrintOptions = {}): PrintOptions {
  let saved: unknown;
  let saving = false;
  return {
    prepare: (mode) => {
      saved = view.save();
      saving = true;
      view.fit();
      also.prepare?.(mode);
    },
    restore: () => {
      also.restore?.();
      if (saving) view.restore(saved as never);
      saving = false;
    },
  };
}
