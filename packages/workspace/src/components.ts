import type { CaseBundle, Catalogue } from '@opencasework/core';
import type { SummaryAnalysis } from './case-summary.js';

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
  { tag: 'cw-documents', pkg: '@opencasework/documents', load: () => import('@opencasework/documents/define') },
  { tag: 'cw-quick-note', pkg: '@opencasework/recording', load: () => import('@opencasework/recording/define') },
];

/** Loads every part; returns the tags that are available. A failure to load one never stops the others. */
export async function loadParts(): Promise<Set<string>> {
  await Promise.all(PARTS.map((p) => p.load().catch(() => undefined)));
  return new Set(PARTS.filter((p) => customElements.get(p.tag)).map((p) => p.tag));
}

/**
 * The analysis the case summary shows: the chronology's plan periods and pattern prompts (`findPatterns`) and the
 * safety plan's overdue rule, from their packages. Null when the chronology is not built; without the safety plan,
 * the summary does not say which steps are overdue (it never guesses with a rule of its own).
 */
export async function loadAnalysis(): Promise<SummaryAnalysis | null> {
  const [chron, plan] = await Promise.allSettled([import('@opencasework/chronology'), import('@opencasework/safety-plan')]);
  if (chron.status !== 'fulfilled') return null;
  // The prompts' analysis is exported as findPatterns, or (where the chronology loads it on demand) through
  // loadPatternAnalysis(): either way the summary shows the chronology's own prompts.
  const mod = chron.value as unknown as {
    planPeriods: SummaryAnalysis['planPeriods'];
    findPatterns?: SummaryAnalysis['findPatterns'];
    loadPatternAnalysis?: () => Promise<{ findPatterns: SummaryAnalysis['findPatterns'] }>;
    recordReaches?: SummaryAnalysis['promptsAsAt'];
  };
  const findPatterns = mod.findPatterns ?? (await mod.loadPatternAnalysis?.().catch(() => undefined))?.findPatterns;
  if (!findPatterns) return null;
  return {
    planPeriods: mod.planPeriods,
    findPatterns,
    ...(mod.recordReaches ? { promptsAsAt: mod.recordReaches } : {}),
    overdueSteps: plan.status === 'fulfilled' ? plan.value.overdueSteps : null,
  };
}

/** What each person is to a child, in the genogram's words: its kinship rules and its catalogue ("Tyler's mother"). */
export interface FamilyWords {
  kinshipOf(bundle: CaseBundle, personId: string, options?: { today?: string }): { personId: string; relation: string; until?: string }[];
  messages: Catalogue<string>;
}

/** The genogram's kinship, from its package; null when the genogram is not built (the people list then names no roles). */
export async function loadFamilyWords(): Promise<FamilyWords | null> {
  try {
    const g = await import('@opencasework/genogram');
    return { kinshipOf: g.kinshipOf, messages: g.genogramMessages as unknown as Catalogue<string> };
  } catch {
    return null;
  }
}
