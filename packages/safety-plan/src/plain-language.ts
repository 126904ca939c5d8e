/**
 * A plain-language helper for text a family will read. It advises and never blocks: it finds long sentences, long
 * words and professional jargon (the glossary in `glossary/`: 160 entries, English and Welsh), and suggests plainer
 * words. `glossText` applies it to the family version: each professional word explained in brackets where first
 * used. Offsets are UTF-16 indices into the text, so a host can highlight them. DOM-free.
 */

import { findTerms, type GlossaryEntry } from './glossary/index.js';

export type AdviceKind = 'long-sentence' | 'long-word' | 'jargon';
export interface Advice {
  kind: AdviceKind;
  /** Start (inclusive) and end (exclusive) of the span the advice is about. */
  start: number;
  end: number;
  /** The text of the span. */
  text: string;
  /** For jargon: plainer words, in the language asked for. */
  suggestion?: string;
  /** For long sentences: how many words it has. */
  words?: number;
}

export interface PlainLanguageOptions {
  /** Language of the suggestions: 'en' or 'cy'. */
  locale?: string;
  /** Sentences with more words than this are long. GOV.UK advises 25 at most; family-facing text aims lower. */
  maxSentenceWords?: number;
  /** Words with more letters than this are long. */
  maxWordLength?: number;
}

export { GLOSSARY, findTerms, mutations, type GlossaryEntry, type TermMatch } from './glossary/index.js';

const SENTENCE = /[^.!?…\n]+(?:[.!?…]+|\n|$)/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Checks text and returns advice, in order of position. Empty text gives no advice. */
export function checkPlainLanguage(text: string, options: PlainLanguageOptions = {}): Advice[] {
  const locale = (options.locale ?? 'en').toLowerCase().startsWith('cy') ? 'cy' : 'en';
  const maxWords = options.maxSentenceWords ?? 20;
  const maxLen = options.maxWordLength ?? 12;
  const out: Advice[] = [];
  if (!text.trim()) return out;

  // Which characters are inside a professional word (a long word there is advised on once, as jargon).
  const inJargon = new Uint8Array(text.length);
  for (const m of findTerms(text)) {
    inJargon.fill(1, m.start, m.end);
    out.push({ kind: 'jargon', start: m.start, end: m.end, text: m.text, suggestion: m.entry.plain[locale] });
  }

  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    const words = sentence.match(WORD)?.length ?? 0;
    if (words > maxWords) {
      const lead = sentence.length - sentence.trimStart().length;
      const start = (m.index ?? 0) + lead;
      const end = (m.index ?? 0) + sentence.trimEnd().length;
      out.push({ kind: 'long-sentence', start, end, text: text.slice(start, end), words });
    }
  }

  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[’'-]+$/u, '');
    const letters = word.replace(/[^\p{L}]/gu, '').length;
    if (letters <= maxLen) continue;
    const start = m.index ?? 0,
      end = start + word.length;
    if (inJargon[start] || inJargon[end - 1]) continue; // spans are whole words
    if (/^[\p{Lu}\p{N}]+$/u.test(word)) continue; // an acronym or code, not a long word
    out.push({ kind: 'long-word', start, end, text: word });
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** A run of text, or a professional word with its plain meaning. */
export type GlossPart = string | { term: string; plain: string };

/**
 * Text split into plain runs and professional words, each word given its plain meaning in `locale` the first time its
 * glossary entry is met (`seen`, shared across a document, remembers which were explained). For text a family will
 * read: the family version, shown or printed.
 */
export function glossText(text: string, locale: string, seen: Set<GlossaryEntry>): GlossPart[] {
  const lang = locale.toLowerCase().startsWith('cy') ? 'cy' : 'en';
  const out: GlossPart[] = [];
  let at = 0;
  for (const m of findTerms(text)) {
    if (seen.has(m.entry)) continue;
    seen.add(m.entry);
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push({ term: m.text, plain: m.entry.plain[lang] });
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
