import { stemmer } from 'stemmer';
import type { CaseBundle, Person } from '@opencasework/core';
import type { Row } from './model.js';

/**
 * Search as a practitioner types it: English word endings folded (Porter stemmer: "burns" finds "burn", "bruising"
 * finds "bruises"), and a person found by any of their names, their preferred name, a known alias or what the child
 * calls them ("Nan", "Mum"). Every search word must match; a word matches an entry when the entry's text contains it,
 * contains a word with the same stem, or is about (or names) a person the word stands for.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The stem of one lower-case word (possessives dropped: "nan's" -> "nan"). */
export function stemOf(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return /^\p{L}+$/u.test(w) ? stemmer(w) : w;
}

/** Text as a space-separated run of word stems, with a space either side: " burn on arm ". */
export function stemText(text: string): string {
  let out = ' ';
  for (const m of text.toLowerCase().matchAll(WORD)) out += `${stemOf(m[0])} `;
  return out;
}

/** What each relation to a subject child is called in records (English and Welsh). */
const KIN: Record<string, string[]> = {
  mother: ['mum', 'mother', 'mam', 'mummy', 'mom', 'mam'],
  father: ['dad', 'father', 'daddy', 'tad'],
  parent: ['parent'],
  stepmother: ['stepmum', 'stepmother', 'llysfam'],
  stepfather: ['stepdad', 'stepfather', 'llystad'],
  grandmother: ['nan', 'nana', 'nanna', 'nanny', 'gran', 'granny', 'grandma', 'grandmother', 'nain', 'mamgu', 'mam-gu'],
  grandfather: ['grandad', 'granddad', 'grandpa', 'grandfather', 'gramps', 'taid', 'tadcu', 'tad-cu'],
  grandparent: ['grandparent'],
  sister: ['sister', 'sis', 'chwaer'],
  brother: ['brother', 'bro', 'brawd'],
  sibling: ['sibling'],
  carer: ['carer'],
  partner: ['partner', 'boyfriend', 'girlfriend'],
};

/**
 * A person's known aliases: fields a host may add to the (loose) person record under any of these names, a string or
 * a list of strings. The bundle contract has no alias field yet; these are the names hosts use.
 */
export const aliasesOf = (p: Person): string[] => {
  const loose = p as Person & Record<string, unknown>;
  const out: string[] = [];
  for (const k of ['aliases', 'otherNames', 'knownAs', 'alias', 'previousNames']) {
    const v = loose[k];
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.push(x);
  }
  return out;
};

export interface SearchIndex {
  /** A lower-case search word -> the people it stands for (by a name, a nickname or a relation to a child). */
  people: Map<string, Set<string>>;
  /** Each person's own names, lower case (given, preferred, aliases and full names; not the family name alone). */
  names: Map<string, string[]>;
}

/** Works out, once per bundle, which words stand for which people. */
export function buildSearchIndex(bundle: CaseBundle): SearchIndex {
  const people = new Map<string, Set<string>>();
  const names = new Map<string, string[]>();
  const add = (word: string | undefined, id: string) => {
    const k = word?.trim().toLowerCase();
    if (!k) return;
    let set = people.get(k);
    if (!set) people.set(k, (set = new Set()));
    set.add(id);
  };
  for (const p of bundle.people ?? []) {
    const own = [p.givenName, p.preferredName, ...aliasesOf(p)].filter((s): s is string => !!s?.trim());
    const full = [p.givenName, p.familyName].filter(Boolean).join(' ');
    const known = [
      ...own,
      ...(p.preferredName && p.familyName ? [`${p.preferredName} ${p.familyName}`] : []),
      ...(full.includes(' ') ? [full] : []),
    ];
    names.set(
      p.id,
      known.map((n) => n.toLowerCase()),
    );
    for (const n of own) for (const part of n.split(/\s+/)) add(part, p.id);
  }
  // Relations to the subject children: a parent's parent is a grandparent, a parent's other child a sibling.
  const subjects = new Set(bundle.case.subjectIds ?? []);
  const byId = new Map((bundle.people ?? []).map((p) => [p.id, p]));
  const parents = (bundle.relationships ?? []).filter((r) => r.kind === 'parent');
  const kin = (id: string, kind: string) => {
    const g = byId.get(id)?.gender;
    const word =
      kind === 'parent'
        ? g === 'female'
          ? 'mother'
          : g === 'male'
            ? 'father'
            : 'parent'
        : kind === 'grandparent'
          ? g === 'female'
            ? 'grandmother'
            : g === 'male'
              ? 'grandfather'
              : 'grandparent'
          : kind === 'step'
            ? g === 'female'
              ? 'stepmother'
              : g === 'male'
                ? 'stepfather'
                : 'parent'
            : kind === 'sibling'
              ? g === 'female'
                ? 'sister'
                : g === 'male'
                  ? 'brother'
                  : 'sibling'
              : kind;
    for (const w of KIN[word] ?? [word]) add(w, id);
  };
  const birth = new Set(['biological', 'legal', 'adoptive', 'unknown']);
  for (const r of parents) {
    if (!subjects.has(r.childId)) continue;
    kin(r.parentId, birth.has(r.type) ? 'parent' : r.type === 'step' ? 'step' : 'carer');
    if (birth.has(r.type)) {
      for (const gp of parents) if (gp.childId === r.parentId && birth.has(gp.type)) kin(gp.parentId, 'grandparent');
      for (const sib of parents)
        if (sib.parentId === r.parentId && sib.childId !== r.childId && !subjects.has(sib.childId)) kin(sib.childId, 'sibling');
    }
  }
  for (const r of bundle.relationships ?? []) {
    if (r.kind !== 'partner') continue;
    const parentIds = new Set(parents.filter((p) => subjects.has(p.childId)).map((p) => p.parentId));
    if (parentIds.has(r.a) && !parentIds.has(r.b)) kin(r.b, 'partner');
    if (parentIds.has(r.b) && !parentIds.has(r.a)) kin(r.a, 'partner');
  }
  return { people, names };
}

const stems = new WeakMap<Row, string>();
const stemsOf = (row: Row) => {
  let s = stems.get(row);
  if (s === undefined) stems.set(row, (s = stemText(row.text)));
  return s;
};

/** A search word, prepared once: its stem and the names of the people it stands for. */
export interface PreparedTerm {
  term: string;
  stem: string;
  people: Set<string> | null;
  names: string[];
}

export function prepareTerms(terms: readonly string[], index?: SearchIndex): PreparedTerm[] {
  return terms.map((term) => {
    const people = index?.people.get(term) ?? null;
    const names = people ? [...people].flatMap((id) => index!.names.get(id) ?? []).filter((n) => n !== term) : [];
    return { term, stem: stemOf(term), people, names };
  });
}

const hasWord = (text: string, word: string) => {
  let i = text.indexOf(word);
  while (i >= 0) {
    const before = text[i - 1],
      after = text[i + word.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) return true;
    i = text.indexOf(word, i + 1);
  }
  return false;
};

/** Whether a row matches one prepared search word (see the module comment). */
export function rowMatches(row: Row, t: PreparedTerm): boolean {
  if (row.text.includes(t.term)) return true;
  if (t.people && row.subjectIds.some((id) => t.people!.has(id))) return true;
  if (t.names.some((n) => hasWord(row.text, n))) return true;
  return t.stem.length >= 2 && stemsOf(row).includes(` ${t.stem} `);
}

/** Whether shown text (the anonymised version's) matches a search word, by its letters or its stem; no names. */
export function textMatches(text: string, term: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(term)) return true;
  const stem = stemOf(term);
  return stem.length >= 2 && stemText(lower).includes(` ${stem} `);
}

/** The extra words a query should highlight: the names of the people its words stand for. */
export function highlightWords(terms: readonly PreparedTerm[]): string[] {
  return terms.flatMap((t) => t.names);
}
