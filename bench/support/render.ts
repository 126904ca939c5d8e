import type { ReactiveElement } from 'lit';

/**
 * Puts an element whose data was set after `t0` on the stage, and returns the milliseconds from `t0` until it has
 * rendered and the page has laid it out (what "first render" means in every benchmark).
 */
export async function renderedSince(t0: number, el: ReactiveElement, stage: HTMLElement): Promise<number> {
  stage.append(el);
  await el.updateComplete;
  void el.offsetHeight;
  return performance.now() - t0;
}
