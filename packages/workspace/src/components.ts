/** The case system's parts, and how the workspace loads each. A part that is not built shows a plain panel. */
export interface Part {
  tag: string;
  pkg: string;
  load: () => Promise<unknown>;
}

export const PARTS: Part[] = [
  { tag: 'cw-chronology', pkg: '@opencasework/chronology', load: () => import('@opencasework/chronology/define') },
  { tag: 'cw-genogram', pkg: '@opencasework/genogram', load: () => import('@opencasework/genogram/define') },
  { tag: 'cw-family-network', pkg: '@opencasework/family-network', load: () => import('@opencasework/family-network/define') },
  { tag: 'cw-safety-plan', pkg: '@opencasework/safety-plan', load: () => import('@opencasework/safety-plan/define') },
  { tag: 'cw-blockage-board', pkg: '@opencasework/blockage-board', load: () => import('@opencasework/blockage-board/define') },
];

/** Loads every part; returns the tags that are available. A failure to load one never stops the others. */
export async function loadParts(): Promise<Set<string>> {
  await Promise.all(PARTS.map((p) => p.load().catch(() => undefined)));
  return new Set(PARTS.filter((p) => customElements.get(p.tag)).map((p) => p.tag));
}
