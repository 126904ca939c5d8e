/** Finding the people's symbols in the rendered drawing (for the keyboard and pointer). */

/** The id of the person whose symbol contains `el`. */
export const personId = (el: Element | null | undefined): string | undefined =>
  el?.closest?.('g.person')?.getAttribute('data-id') ?? undefined;

/**
 * The people's symbols in keyboard order (`order`: the starting person first, then reading order). SVG groups take
 * focus like HTML elements; the roving-focus controller only focuses them and sets tabindex.
 */
export function peopleInOrder(root: ParentNode, order: ReadonlyMap<string, number>): HTMLElement[] {
  const items = [...root.querySelectorAll<SVGGElement>('svg.drawing g.person')] as unknown as HTMLElement[];
  return items.sort((a, b) => (order.get(personId(a) ?? '') ?? 0) - (order.get(personId(b) ?? '') ?? 0));
}

/** One person's symbol. */
export const personElement = (root: ParentNode, id: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`g.person[data-id="${CSS.escape(id)}"]`);
