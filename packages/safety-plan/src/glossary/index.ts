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

/** How a word of the text leads to a form: it is the form's first word, or that word with an ending, or mutated. */
interface Lead {
  form: Form;
  how: 'word' | 'inflected' | 'mutated';
}
let index: Map<string, Lead[]> | undefined;

/** The endings a form's last word may take ("group" → "groups", "facilitate" → "facilitated"), lower case. */
function inflections(word: string, caps: boolean): string[] {
  if (caps) return [`${word}s`];
  if (word.length < 4 || !/^\p{Ll}/u.test(word)) return [];
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const out = [`${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${stem}ing`, `${stem}ed`];
  if (word.endsWith('y')) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

/** The forms a Welsh word takes after a soft, nasal or aspirate mutation ("diogelu" → "ddiogelu", "nhiogelu"). */
export function mutations(w: string): string[] {
  const rules: [string, string[]][] = [
    ['c', ['g', 'ngh', 'ch']],
    ['p', ['b', 'mh', 'ph']],
    ['t', ['d', 'nh', 'th']],
    ['g', ['', 'ng']],
    ['b', ['f', 'm']],
    ['d', ['dd', 'n']],
    ['ll', ['l']],
    ['m', ['f']],
    ['rh', ['r']],
  ];
  if (/^(ch|ph|th|dd)/.test(w)) return [];
  const out: string[] = [];
  for (const [from, tos] of rules)
    if (w.startsWith(from) && !(from === 'l' && w.startsWith('ll'))) for (const to of tos) out.push(to + w.slice(from.length));
  if (/^[aeiouwyâêîôûŵŷ]/.test(w)) out.push(`h${w}`);
  return out.filter((x) => x && x !== w);
}

/** The forms by the words of the text that can begin them (lower case), longest first. Built the first time it is needed. */
function formIndex(): Map<string, Lead[]> {
  if (index) return index;
  const idx = new Map<string, Lead[]>();
  const add = (key: string, lead: Lead) => idx.set(key, [...(idx.get(key) ?? []), lead]);
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
        const first = form.words[0]!;
        add(first, { form, how: 'word' });
        if (form.words.length === 1) for (const k of inflections(first, form.caps[0]!)) add(k, { form, how: 'inflected' });
        if (welsh && !form.caps[0]) for (const k of mutations(first)) add(k, { form, how: 'mutated' });
      }
    }
  }
  for (const list of idx.values()) list.sort((a, b) => b.form.words.length - a.form.words.length || a.form.order - b.form.order);
  index = idx;
  return idx;
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
    for (const { form, how } of idx.get(first.norm) ?? []) {
      const n = form.words.length;
      if (i + n > toks.length || (best && n < best.len)) continue;
      let exact = how === 'word',
        ok = how === 'mutated' || wordMatches(first, form.words[0]!, form.caps[0]!, n === 1) > 0;
      for (let j = 1; j < n && ok; j++) {
        const r = wordMatches(toks[i + j]!, form.words[j]!, form.caps[j]!, j === n - 1);
        if (!r) ok = false;
        else if (r === 1) exact = false;
        // Words of a phrase follow each other: only spaces, hyphens, commas or an abbreviation's full stop between them.
        if (ok && !/^[\s\-.,‐–]*$/u.test(text.slice(toks[i + j - 1]!.end, toks[i + j]!.start))) ok = false;
      }
      if (!ok) continue;
      if (!best || n > best.len || (n === best.len && exact && !best.exact)) best = { form, len: n, exact };
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
