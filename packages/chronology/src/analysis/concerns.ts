import type { ChronologyEntry } from '@opencasework/core';
import { SIGNIFICANCE_RANK } from '../model.js';
import { INJURY, mentions } from './common.js';

/** What kind of concern an entry records, or null for routine work and for responses (assessments, plans...). */
export type ConcernType = 'referral' | 'police' | 'incident' | 'missing' | 'injury' | 'other';

/** The order concern types name an event that several agencies recorded under different categories. */
export const CONCERN_ORDER: ConcernType[] = ['referral', 'police', 'incident', 'missing', 'injury', 'other'];

/** Responses to concerns: they are never concerns themselves. */
const RESPONSES = new Set<string>(['assessment', 'plan', 'conference', 'court', 'placement', 'decision', 'closure']);
/** Responses that, started about a child, answer the concerns before them. */
export const ANSWERS = new Set<string>(['assessment', 'plan', 'conference']);
/**
 * Words that name the agency acting on concerns, whatever the category it was recorded under: a strategy discussion
 * or meeting, a section 47 (child protection) enquiry. In English and Welsh.
 */
const RESPONSE_PHRASES = [
  'strategy discussion',
  'strategy discussions',
  'strategy meeting',
  'strategy meetings',
  'section 47',
  's47',
  's 47',
  'child protection enquiry',
  'child protection enquiries',
  'trafodaeth strategaeth',
  'cyfarfod strategaeth',
  'adran 47',
  'ymholiad amddiffyn plant',
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
  if (RESPONSES.has(c) || isResponse(entry)) return null;
  const sig = SIGNIFICANCE_RANK[entry.significance] ?? 0;
  if (c === 'referral') return 'referral';
  if (c === 'missing') return 'missing';
  if (c === 'police') return sig >= 1 ? 'police' : null;
  if (c === 'incident') return 'incident';
  if (mentions(entry.title, INJURY)) return 'injury';
  return sig >= 2 ? 'other' : null;
}

/**
 * Whether an entry records the agency's response to concerns by its words: a strategy discussion or meeting, a section
 * 47 enquiry (often recorded as a meeting, and marked significant). A referral or a missing episode is the concern
 * itself, even when it asks for a strategy discussion.
 */
export function isResponse(entry: ChronologyEntry): boolean {
  return entry.category !== 'referral' && entry.category !== 'missing' && mentions(entry.title, RESPONSE_PHRASES);
}

/**
 * Whether an entry answers the concerns about a child before it: an assessment, a plan or a conference started, or a
 * strategy discussion that starts a section 47 enquiry. One that ends with no further action answers nothing: the
 * concerns go on counting, and it is quoted as their outcome.
 */
export function answersConcerns(entry: ChronologyEntry): boolean {
  return ANSWERS.has(entry.category) || (isResponse(entry) && !saysNoFurtherAction(entry));
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

const RETURN_INTERVIEW = ['return home interview', 'return interview', 'return to home interview', 'rhi', 'cyfweliad dychwelyd'];
const NOT_HELD = [
  'declined',
  'refused',
  'not completed',
  'not held',
  'did not take place',
  'did not attend',
  'cancelled',
  'canceled',
  'requested',
  'no answer',
  'not seen',
  'gwrthod',
  'gwrthododd',
  'heb ei gynnal',
  'wedi canslo',
];

/**
 * Whether an entry records a return (home) interview after a missing episode, whatever its category (a contact, a
 * meeting, a visit): held, offered or declined. A missing record that asks for one is the episode, not the interview.
 */
export function isReturnInterview(entry: ChronologyEntry): boolean {
  return entry.category !== 'missing' && mentions(entry.title, RETURN_INTERVIEW);
}

/** Whether a return interview entry says the interview took place (not declined, refused, cancelled or only asked for). */
export function interviewHeld(entry: ChronologyEntry): boolean {
  return isReturnInterview(entry) && !mentions(entry.title, NOT_HELD);
}

/** Routine contacts that are not visits (for saying so in a drift prompt). */
export const isNonVisitContact = (entry: ChronologyEntry): boolean => entry.category === 'contact';
