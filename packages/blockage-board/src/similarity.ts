import { memo, type Blockage } from '@opencasework/core';

/**
 * Near-duplicate detection for blockage titles, so a second person who hits the same blockage can say "me too"
 * instead of raising it again. Titles are normalised (case, accents, punctuation), stop words (English and Welsh)
 * are dropped, words are lightly stemmed, and two scores are combined: Jaccard similarity of the word sets (robust
 * to word order) and Dice similarity of character trigrams (robust to spelling and word forms). The higher one wins.
 */

const STOP_WORDS = new Set([
  // English
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'about',
  'into',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'their',
  'we',
  'our',
  'us',
  'i',
  'my',
  'me',
  'you',
  'your',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'not',
  'no',
  'so',
  'too',
  'very',
  'can',
  'cant',
  'cannot',
  'will',
  'would',
  'should',
  'could',
  'when',
  'where',
  'which',
  'who',
  'what',
  'why',
  'how',
  'all',
  'any',
  'some',
  'every',
  'each',
  'again',
  'still',
  'keeps',
  'keep',
  'always',
  'takes',
  'take',
  'get',
  'gets',
  'got',
  'just',
  'than',
  'then',
  'if',
  'as',
  'up',
  'out',
  // Welsh
  'y',
  'yr',
  "'r",
  'a',
  'ac',
  'ar',
  'i',
  'o',
  'yn',
  'mae',
  'maen',
  'ydy',
  'oes',
  'ddim',
  'dim',
  'gyda',
  'efo',
  'am',
  'wrth',
  'hyn',
  'hynny',
  'ein',
  'eu',
  'ei',
  'fy',
  'dy',
  'bod',
  'sy',
  'sydd',
  'pan',
  'ond',
  'neu',
  'na',
  'nid',
]);

/** Lower case, no accents, no punctuation, single spaces. */
export function normaliseTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A light stemmer: enough to match "crashes"/"crashing"/"crashed" and "assessments"/"assessment". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let w = word;
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  else if (/(sh|ch|ss|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.replace(/(.)\1$/, '$1');
}

/** The significant words of a title, stemmed. */
export function titleTokens(text: string): string[] {
  return normaliseTitle(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(stem);
}

function trigrams(tokens: string[]): Set<string> {
  const s = new Set<string>();
  for (const t of tokens) {
    const padded = ` ${t} `;
    for (let i = 0; i + 3 <= padded.length; i++) s.add(padded.slice(i, i + 3));
  }
  return s;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function dice<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return (2 * inter) / (a.size + b.size);
}

interface Prepared {
  norm: string;
  tokens: string[];
  words: Set<string>;
  grams: Set<string>;
}
/** Tokens and trigrams of a title. */
function prepare(text: string): Prepared {
  const tokens = titleTokens(text);
  return { norm: normaliseTitle(text), tokens, words: new Set(tokens), grams: trigrams(tokens) };
}

/**
 * The board's titles, prepared: remembered for the last list of blockages, because the board's titles are compared
 * again on every keystroke in the raise form while the list stays the same.
 */
const preparedTitles = memo((blockages: readonly Blockage[]) => blockages.map((b) => prepare(b.title)));

function similarity(pa: Prepared, pb: Prepared): number {
  if (!pa.tokens.length || !pb.tokens.length) return pa.norm !== '' && pa.norm === pb.norm ? 1 : 0;
  return Math.max(jaccard(pa.words, pb.words), dice(pa.grams, pb.grams));
}

/** Similarity of two titles, 0 (nothing shared) to 1 (the same after normalising). */
export function titleSimilarity(a: string, b: string): number {
  return similarity(prepare(a), prepare(b));
}

/** Default threshold: tuned on the test cases in test/similarity.test.ts. */
export const SIMILARITY_THRESHOLD = 0.5;

export interface SimilarBlockage {
  blockage: Blockage;
  score: number;
}

/**
 * Existing blockages whose titles look like `title`, best first. Resolved blockages are left out by default: the
 * offer is "me too" on something still in the way.
 */
export function findSimilar(
  title: string,
  blockages: readonly Blockage[],
  options: { threshold?: number; limit?: number; includeResolved?: boolean } = {},
): SimilarBlockage[] {
  const { threshold = SIMILARITY_THRESHOLD, limit = 3, includeResolved = false } = options;
  const query = prepare(title);
  if (query.tokens.length === 0) return [];
  const titles = preparedTitles(blockages);
  const found: SimilarBlockage[] = [];
  blockages.forEach((blockage, i) => {
    if (!includeResolved && blockage.status === 'resolved') return;
    const score = similarity(query, titles[i]!);
    if (score >= threshold) found.push({ blockage, score });
  });
  return found.sort((a, b) => b.score - a.score || a.blockage.id.localeCompare(b.blockage.id)).slice(0, limit);
}
