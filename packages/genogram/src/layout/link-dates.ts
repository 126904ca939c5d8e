/**
 * What a link says about its own dates and audience: the dates it carries (emotional and support records may carry
 * `from`/`to` as extra fields), and whether it is an abuse, violence, neglect or police-intelligence line.
 */
import type { EmotionalRelationship } from '@opencasework/core';

const HARM = new Set(['abuse', 'violence', 'neglect']);
const POLICE_INTELLIGENCE = /\bintel(ligence)?\b/i;

/** An abuse, violence or neglect line, or one that rests on police intelligence (its note or source says so). */
export function isHarmLine(r: EmotionalRelationship): boolean {
  const source = (r as { source?: unknown }).source;
  return HARM.has(r.quality) || POLICE_INTELLIGENCE.test(r.note ?? '') || (typeof source === 'string' && POLICE_INTELLIGENCE.test(source));
}

/** The dates a link carries, including `from`/`to` kept on emotional and support records (records are loose). */
export function datesOf(r: object): { from?: string; to?: string } {
  const d = r as { from?: unknown; to?: unknown; history?: { on?: unknown }[] };
  const out: { from?: string; to?: string } = {};
  const first = Array.isArray(d.history) ? d.history.map((h) => h.on).find((on): on is string => typeof on === 'string') : undefined;
  if (typeof d.from === 'string') out.from = d.from;
  else if (first) out.from = first;
  if (typeof d.to === 'string') out.to = d.to;
  return out;
}
