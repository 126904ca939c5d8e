/**
 * The plain-language glossary: professional words and acronyms of UK children's social care, with plainer words in
 * English and Welsh, and a matcher that finds them in text in one pass (word by word, through an index of each
 * form's first word), so a whole plan is checked in a few milliseconds.
 */
import type { GlossaryEntry } from './entry.js';
import { CHILD_PROTECTION } from './child-protection.js';
import { SERVICES } from './services.js';
import { WORDS } from './words.js';

export type { GlossaryEntry } from './entry.js';

/** Every entry, in the order matches are preferred when two forms of the same length start at the same word. */
export const GLOSSARY: readonly GlossaryEntry[] = [...CHILD_PROTECTION, ...SERVICES, ...WORDS];

/** A glossary term found in text: UTF-16 offsets, the text as written, and its entry. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  entry: GlossaryEntry;
}

interface Token {
  /** Lower case, straight apostrophes. */
  norm: string;
  raw: string;
  start: number;
  end: number;
}
interface Form {
  words: string[];
  /** Per word: must it match in capitals (an acronym)? */
  caps: boolean[];
  welsh: boolean;
  entry: GlossaryEntry;
  order: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}&]{2,}$/u;
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'");

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ norm: norm(m[0]), raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

let index: Map<string, Form[]> | undefined;

/** The forms by their first word (lower case), longest first. Built the first time it is needed. */
function formIndex(): Map<string, Form[]> {
  if (index) return index;
  index = new Map();
  let order = 0;
  for (const entry of GLOSSARY) {
    for (const [list, welsh] of [
      [entry.en, false],
      [entry.cy, true],
    ] as const) {
      for (const f of list) {
        const ws = tokens(f.replace(/&/g, ' and '));
        if (!ws.length) continue;
        const form: Form = { words: ws.map((w) => w.norm), caps: ws.map((w) => ACRONYM.test(w.raw)), welsh, entry, order: order++ };
        const key = form.words[0]!;
        index.set(key, [...(index.get(key) ?? []), form]);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  return index;
}

/** The radical forms a Welsh word may have after a soft, nasal or aspirate mutation ("ddiogelu" → "diogelu"). */
export function unmutate(w: string): string[] {
  const out: string[] = [];
  const swap = (from: string, ...to: string[]) => {
    if (w.startsWith(from)) for (const t of to) out.push(t + w.slice(from.length));
  };
  swap('ngh', 'c');
  swap('mh', 'p');
  swap('nh', 't');
  swap('ng', 'g');
  swap('ch', 'c');
  swap('ph', 'p');
  swap('th', 't');
  swap('dd', 'd');
  if (!/^(ng|ch|ph|th|dd|ll|rh)/.test(w)) {
    swap('g', 'c');
    swap('b', 'p');
    swap('d', 't');
    swap('f', 'b', 'm');
    swap('l', 'll');
    swap('r', 'rh');
    swap('m', 'b');
    swap('n', 'd');
  }
  if (/^[aeiouwyâêîôûŵŷ]/.test(w)) out.push(`g${w}`);
  return out;
}

/** The stems a word with an ending may have ("groups" → "group", "facilitated" → "facilitate"). */
function stems(w: string): string[] {
  const out: string[] = [];
  for (const [end, add] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['d', ''],
    ['ing', ''],
    ['ing', 'e'],
  ] as const)
    if (w.length > end.length + 1 && w.endsWith(end)) out.push(w.slice(0, -end.length) + add);
  return out;
}

/** Does a word of the text match a word of a form? The last word may take an ending ("groups", "facilitated"). */
function wordMatches(t: Token, word: string, caps: boolean, last: boolean): 0 | 1 | 2 {
  if (caps) {
    const raw = t.raw.replace(/’/g, "'");
    if (raw.toLowerCase() === word && raw === raw.toUpperCase()) return 2;
    return last && raw.slice(0, -1).toLowerCase() === word && raw.endsWith('s') && raw.slice(0, -1) === raw.slice(0, -1).toUpperCase()
      ? 1
      : 0;
  }
  if (t.norm === word) return 2;
  if (!last || word.length < 4 || !/^\p{Ll}/u.test(word)) return 0;
  const n = t.norm;
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const endings = [`${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${stem}ing`, `${stem}ed`];
  if (word.endsWith('y')) endings.push(`${word.slice(0, -1)}ies`);
  return endings.includes(n) ? 1 : 0;
}

/** Finds glossary terms in text, leftmost and longest first, never overlapping. */
export function findTerms(text: string): TermMatch[] {
  const idx = formIndex();
  const toks = tokens(text);
  const out: TermMatch[] = [];
  for (let i = 0; i < toks.length;) {
    const first = toks[i]!;
    let best: { form: Form; len: number; exact: boolean } | undefined;
    // Where to look a form up: the word itself, its stem (one-word forms with an ending: "IDVAs"), its Welsh radical.
    const keys: [string, 'word' | 'stem' | 'radical'][] = [
      [first.norm, 'word'],
      ...stems(first.norm).map((k): [string, 'stem'] => [k, 'stem']),
      ...unmutate(first.norm).map((k): [string, 'radical'] => [k, 'radical']),
    ];
    for (const [key, how] of keys) {
      for (const form of idx.get(key) ?? []) {
        if (how === 'radical' && !form.welsh) continue; // only Welsh forms are looked up through a mutation
        if (how === 'stem' && form.words.length > 1) continue;
        const n = form.words.length;
        if (i + n > toks.length || (best && n < best.len)) continue;
        let exact = true,
          ok = true;
        for (let j = 0; j < n && ok; j++) {
          const tok = j === 0 && how === 'radical' ? { ...first, norm: key, raw: key } : toks[i + j]!;
          const r = wordMatches(tok, form.words[j]!, form.caps[j]!, j === n - 1);
          if (!r) ok = false;
          else if (r === 1) exact = false;
          // Words of a phrase follow each other: only spaces, hyphens, commas or an abbreviation's full stop between them.
          if (ok && j > 0 && !/^[\s\-.,‐–]*$/u.test(text.slice(toks[i + j - 1]!.end, toks[i + j]!.start))) ok = false;
        }
        if (!ok) continue;
        if (!best || n > best.len || (n === best.len && exact && !best.exact)) best = { form, len: n, exact };
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const start = first.start,
      end = toks[i + best.len - 1]!.end;
    out.push({ start, end, text: text.slice(start, end), entry: best.form.entry });
    i += best.len;
  }
  return out;
}
