import { waitUntil } from '@open-wc/testing';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Waits until a drawing (the genogram's, the family network's) has stopped moving: its first view is in place
 * (centred once the drawing has its size) and its svg's viewBox is the same after two more frames, which is when a
 * size report (a ResizeObserver's, delivered with a rendering step) and the update it asks for would have changed
 * it. Counted in frames, not milliseconds: on a loaded machine a size report can come later than any fixed pause (a
 * viewBox still for 30 ms was not a settled drawing).
 */
export async function drawingSettled(el: HTMLElement & { updateComplete: Promise<unknown> }, svg: string): Promise<void> {
  await el.updateComplete;
  const placed = () => (el as unknown as { firstView: { placed: boolean } }).firstView.placed;
  const viewBox = () => el.shadowRoot!.querySelector(svg)?.getAttribute('viewBox') ?? '';
  let last = '';
  await waitUntil(
    async () => {
      await frame();
      await frame();
      await el.updateComplete;
      const now = viewBox();
      const still = !!now && now === last && placed();
      last = now;
      return still;
    },
    'the drawing to settle (its first view in place, its viewBox still over two frames)',
    { timeout: 10_000 },
  );
}
