import type { Agency, CaseBundle, ChronologyEntry, Person } from '@opencasework/core';
import { MONTH_NAMES } from '@opencasework/core';
import { chronologyMessages, type ChronologyKey } from './messages/index.js';
import { letter, roleNames } from './roles.js';
import { aliasesOf } from './search.js';

export { roleNames } from './roles.js';

/**
 * The anonymised version: every name, organisation that would place the family (schools, GP surgeries), record id and
 * exact date of birth replaced, wherever it is written (titles, summaries, roles, job titles, "Tom's").
 */
export interface Anonymiser {
  /** The role that stands for a person or professional id ("Child A", "Mother", "Social worker"). */
  nameOf(id: string): string;
  /** Free text with every recorded name, school, surgery, record id and date of birth replaced. */
  text(s: string | undefined): string;
  /** An agency's name as this version shows it: a school or GP surgery by a letter, any other agency as it is. */
  agencyName(id: string): string | undefined;
  /** "Mosaic ref. 3": the system named, the record id replaced by a number stable across the case. */
  reference(entry: ChronologyEntry): string;
  /** True when a full date is someone's date of birth (shown to the month only). */
  isBirthDay(date: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
/** Names that are also everyday words: replaced only where written with a capital ("Will", not "will"). */
const EVERYDAY = new Set(
  'will may mark rose hope grace faith joy bill pat sue dean summer april june august jack sky rob ray guy art bob don drew gene grant hunter iris ivy jay lily nick paige penny rich rocky ruby sandy skye star wade warren'.split(
    ' ',
  ),
);
/** Honorifics and ranks that are not names ("PC Dave Jones", "Dr Shah"). */
const HONORIFICS = new Set('mr mrs ms miss mx dr prof pc dc ds di sgt rev cllr sir dame nurse'.split(' '));

/** Organisations written in text that would place a family: "Oak Primary School", "St Mary's Academy", "Elm Tree Surgery". */
const ORGANISATION =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:School|Academy|College|Nursery|Surgery|Medical Centre|Medical Practice|Health Centre|Family Practice)(?![\p{L}\p{N}])/gu;
const GP_WORDS = /surgery|medical|health centre|practice|\bgp\b/i;
/** Words that may begin such a match but are not part of the name: kept ("At [school]"). */
const LEADING = new Set(
  'at to from in on by the a an and or of for with visited attended attends attend told said called rang moved started left'.split(' '),
);
/** Record numbers written in text: "CP-20190042", "LA/123456", an NHS or phone number. */
const RECORD_NUMBER = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,6}[-/]?\d{4,}(?:[-/]\d+)*|\d{3}[ -]?\d{3}[ -]?\d{4,5})(?![\p{L}\p{N}])/gu;

const MONTHS = MONTH_NAMES.en;
const MONTHS_CY = MONTH_NAMES.cy;

/** The ways an exact date is written in records: 2015-06-10, 10/06/2015, 10.6.15, 10th June 2015, 10 Jun 2015, June 10, 2015. */
function datePatterns(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [];
  const [, y, mm, dd] = m as unknown as [string, string, string, string];
  const d = String(Number(dd)),
    mo = String(Number(mm)),
    yy = y.slice(2);
  const day = `0?${d}`,
    month = `0?${mo}`;
  const names = [MONTHS[Number(mm) - 1]!, MONTHS_CY[Number(mm) - 1]!];
  const monthName = `(?:${names.map((n) => `${n}|${n.slice(0, 3)}\\.?`).join('|')})`;
  return [
    `${y}-${mm}-${dd}`,
    `${day}[/.-]${month}[/.-](?:${y}|${yy})`,
    `${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName},?\\s+${y}`,
    `${monthName}\\s+${day}(?:st|nd|rd|th)?,?\\s+${y}`,
  ];
}

const personNames = (p: Person): string[] =>
  [p.givenName, p.familyName, p.preferredName, ...aliasesOf(p)].filter((s): s is string => !!s && !!s.trim());

/** A name and its parts ("Mary-Ann Smith" -> "Mary-Ann Smith", "Mary-Ann", "Mary", "Ann", "Smith"), without honorifics. */
function nameForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w && !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  const forms = new Set<string>([words.join(' ')]);
  for (const w of words) {
    forms.add(w);
    for (const part of w.split(/[-‐]/)) forms.add(part);
  }
  return [...forms].filter((f) => f.length >= 2);
}

const isSchool = (a: Agency) => a.sector === 'education';
const isGp = (a: Agency) => a.sector === 'health' && GP_WORDS.test(a.name);

/** Builds the anonymised version's replacements for one case. */
export function makeAnonymiser(bundle: CaseBundle, locale: string = 'en'): Anonymiser {
  const t = (key: ChronologyKey, p: Record<string, string | number> = {}) => chronologyMessages.t(locale, key, p);
  const roles = roleNames(bundle, locale);
  const generic = t('anon.name');
  // Name (lower case, accents folded) -> what stands for it; a name two people share becomes "[name]".
  const replacements = new Map<string, string>();
  const put = (name: string, role: string) => {
    for (const form of [name, fold(name)]) {
      const k = form.trim().toLowerCase();
      if (k.length < 2) continue;
      const prev = replacements.get(k);
      replacements.set(k, prev !== undefined && prev !== role ? generic : role);
    }
  };
  for (const p of bundle.people ?? []) {
    const role = roles.get(p.id)!;
    for (const n of personNames(p)) for (const f of nameForms(n)) put(f, role);
    put([p.givenName, p.familyName].filter(Boolean).join(' '), role);
    put([p.preferredName, p.familyName].filter(Boolean).join(' '), role);
  }
  // Schools and GP surgeries by a letter; their names in text too.
  const agencyNames = new Map<string, string>();
  let schools = 0,
    gps = 0;
  for (const a of bundle.agencies ?? []) {
    const label = isSchool(a) ? t('anon.school', { letter: letter(schools++) }) : isGp(a) ? t('anon.gp', { letter: letter(gps++) }) : '';
    if (!label) continue;
    agencyNames.set(a.id, label);
    replacements.set(a.name.trim().toLowerCase(), label);
  }
  // Record ids (the entries' source records, people's identifiers) by a number.
  const refs = new Map<string, string>();
  const refOf = (id: string) => {
    let r = refs.get(id);
    if (!r) refs.set(id, (r = t('anon.ref', { n: refs.size + 1 })));
    return r;
  };
  for (const e of bundle.chronology ?? []) if (e.sourceRef?.recordId) refOf(e.sourceRef.recordId);
  for (const p of bundle.people ?? []) for (const i of p.identifiers ?? []) if (i.value) refOf(i.value);
  for (const [id, r] of refs) if (id.length >= 3) replacements.set(id.toLowerCase(), r);
  const birthDays = new Set<string>();
  const dobPatterns: string[] = [];
  for (const p of bundle.people ?? []) {
    if (p.dateOfBirth?.length === 10) {
      birthDays.add(p.dateOfBirth);
      dobPatterns.push(...datePatterns(p.dateOfBirth));
    }
  }
  const compile = (keys: string[]) =>
    keys.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${keys
            .sort((a, b) => b.length - a.length)
            .map(escape)
            .join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;
  const dob = dobPatterns.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${dobPatterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const schoolWord = t('anon.schoolGeneric'),
    gpWord = t('anon.gpGeneric');
  const organisation = (m: string) => {
    const words = m.split(/(\s+)/);
    let i = 0;
    while (i < words.length - 2 && LEADING.has(words[i]!.toLowerCase())) i += 2;
    const kept = words.slice(0, i).join('');
    const name = words.slice(i).join('');
    return kept + (replacements.get(name.toLowerCase()) ?? (GP_WORDS.test(name) ? gpWord : schoolWord));
  };
  const replaceAll = (s: string, pattern: RegExp | null) =>
    pattern
      ? s.replace(pattern, (m) => {
          const k = m.toLowerCase();
          if (EVERYDAY.has(k) && m[0] === m[0]!.toLowerCase()) return m;
          return replacements.get(k) ?? replacements.get(fold(k)) ?? generic;
        })
      : s;
  const rewrite = (s: string, pattern: RegExp | null) => {
    let out = dob ? s.replace(dob, t('anon.dob')) : s;
    out = out.replace(ORGANISATION, organisation);
    out = replaceAll(out, pattern);
    return out.replace(RECORD_NUMBER, t('anon.refGeneric'));
  };
  // Professionals: every part of their name stands for their job title, itself anonymised ("Tom's key adult").
  const personPattern = compile([...replacements.keys()]);
  const labels = new Map(roles);
  for (const p of bundle.professionals ?? []) labels.set(p.id, rewrite(roles.get(p.id) ?? p.role, personPattern));
  for (const p of bundle.professionals ?? []) for (const f of nameForms(p.name)) put(f, labels.get(p.id)!);
  const pattern = compile([...replacements.keys()]);
  return {
    nameOf: (id) => labels.get(id) ?? generic,
    text: (s) => (s ? rewrite(s, pattern) : ''),
    agencyName: (id) => agencyNames.get(id),
    reference: (e) => {
      const ref = e.sourceRef;
      if (!ref) return '';
      return [ref.system ? rewrite(ref.system, pattern) : '', ref.recordId ? refOf(ref.recordId) : ''].filter(Boolean).join(' ');
    },
    isBirthDay: (date) => birthDays.has(date),
  };
}
