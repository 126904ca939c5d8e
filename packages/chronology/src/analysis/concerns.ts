import type { ChronologyEntry } from '@opencasework/core';
import { SIGNIFICANCE_RANK } from '../model.js';
import { mentions } from './common.js';

/** What kind of concern an entry records, or null for routine work and for responses (assessments, plans...). */
export type ConcernType = 'referral' | 'police' | 'incident' | 'missing' | 'injury' | 'other';

/** The order concern types name an event that several agencies recorded under different categories. */
export const CONCERN_ORDER: ConcernType[] = ['referral', 'police', 'incident', 'missing', 'injury', 'other'];

/** Responses to concerns: they are never concerns themselves. */
const RESPONSES = new Set<string>(['assessment', 'plan', 'conference', 'court', 'placement', 'decision', 'closure']);
/** Responses that, started about a child, answer the concerns before them. */
export const ANSWERS = new Set<string>(['assessment', 'plan', 'conference']);
const INJURY = [
  'injury',
  'injuries',
  'injured',
  'bruise',
  'bruises',
  'bruised',
  'bruising',
  'burn',
  'burns',
  'burned',
  'scald',
  'scalded',
  'fracture',
  'fractured',
  'bite mark',
  'mark on',
  'marks on',
  'anaf',
  'clais',
  'cleisiau',
  'llosg',
];
const NFA = ['no further action', 'nfa', 'no further involvement', 'dim camau pellach'];
const FAILED_VISIT = [
  'no access',
  'no answer',
  'no reply',
  'not seen',
  'attempted',
  'cancelled',
  'canceled',
  'did not take place',
  'unsuccessful',
  'not at home',
  // Welsh: not seen (him / her), no answer, cancelled (and its soft mutation, "wedi'i ganslo")
  'heb ei weld',
  'heb ei gweld',
  'dim ateb',
  'canslo',
  'ganslo',
];

/**
 * Concerns, as practice counts them: referrals, police notifications (not routine police work such as records checks
 * or address markers), incidents, missing episodes, injuries; anything else only when marked significant or critical.
 * Phone calls, letters, visits, school reports and meetings are routine work, never concerns on their own.
 */
export function concernOf(entry: ChronologyEntry): ConcernType | null {
  const c = entry.category;
  if (RESPONSES.has(c)) return null;
  const sig = SIGNIFICANCE_RANK[entry.significance] ?? 0;
  if (c === 'referral') return 'referral';
  if (c === 'missing') return 'missing';
  if (c === 'police') return sig >= 1 ? 'police' : null;
  if (c === 'incident') return 'incident';
  if (mentions(entry.title, INJURY)) return 'injury';
  return sig >= 2 ? 'other' : null;
}

/** Whether an entry records that a concern ended with no further action. */
export function saysNoFurtherAction(entry: ChronologyEntry): boolean {
  return mentions([entry.title, entry.action ?? '', entry.summary ?? ''].join(' '), NFA);
}

/**
 * Whether a visit entry says the child was not seen (no access, cancelled...): in its title, in English or Welsh, or
 * by the `childSeen: false` a recorded visit note keeps (a statutory visit is one where the child is seen).
 */
export function failedVisit(entry: ChronologyEntry): boolean {
  return (entry as { childSeen?: unknown }).childSeen === false || mentions(entry.title, FAILED_VISIT);
}

/** Routine contacts that are not visits (for saying so in a drift prompt). */
export const isNonVisitContact = (entry: ChronologyEntry): boolean => entry.category === 'contact';
