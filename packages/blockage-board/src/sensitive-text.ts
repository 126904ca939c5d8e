/**
 * Cards are about the system, never about a family. This advisory check looks for things in a card's text that
 * could identify a child or family: a name of someone in the team's cases, an NHS number, a case number, a date of
 * birth or any full date. It never blocks saving: it explains, and the person decides.
 */

export type SensitiveKind = 'name' | 'nhs-number' | 'case-number' | 'date-of-birth' | 'full-date';

export interface SensitiveMatch {
  kind: SensitiveKind;
  /** Offsets in the checked text: text.slice(start, end) is the match. */
  start: number;
  end: number;
  text: string;
  /** A plain English explanation (the element shows its own translated one for each kind). */
  explanation: string;
}

export interface SensitiveOptions {
  /** Names of people in the team's cases, given by the host. Matched as whole words, ignoring case. */
  knownNames?: readonly string[];
  /** Patterns for the host's case numbers. Replaces the default patterns when given. Flags are forced to include g. */
  caseNumberPatterns?: readonly RegExp[];
}

export const EXPLANATIONS: Record<SensitiveKind, string> = {
  name: "This looks like the name of someone in the team's cases. Blockage cards are about the system, so describe the problem without naming anyone.",
  'nhs-number': 'This looks like an NHS number (10 digits with a valid check digit). An NHS number identifies a person: leave it out.',
  'case-number': 'This looks like a case or reference number. A card seen by the whole team should not point to a particular family.',
  'date-of-birth': 'This looks like a date of birth. With other details it can identify a child: leave it out.',
  'full-date':
    "This is a full date. If it is someone's date of birth or the date of an event in a family's life, it could identify them: use a month or leave it out.",
};

/**
 * Default case-number patterns: a reference cue followed by a code ("case 12345", "ref: AB/1234"), letters then four or
 * more digits ("CS123456", "LCS-20231"), or a run of six to nine digits on its own (most case-system ids).
 */
export const DEFAULT_CASE_NUMBER_PATTERNS: readonly RegExp[] = [
  /\b(?:case|ref|reference|record|referral|id|rhif achos|cyf)\s*(?:no\.?|number|num|#|rhif)?\s*[:#]?\s*(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}\b/gi,
  /\b[A-Z]{1,4}[-/]?\d{4,}\b/g,
  /(?<![\d-])\d{6,9}(?![\d-])/g,
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Modulus 11 check used by NHS numbers: weights 10..2 on the first nine digits. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?' +
  '|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)';
/** Full dates: 14/03/2019, 14-3-19, 14.03.2019, 2019-03-14, 14 March 2019, 14th Mar 19, March 14 2019. */
const FULL_DATE = new RegExp(
  [
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th|af|ed|ydd|eg)?\s+(?:of\s+)?${MONTHS}\.?,?\s+\d{2,4}\b`,
    String.raw`\b${MONTHS}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
  ].join('|'),
  'gi',
);
/** Words that say a date is a date of birth, just before it. */
const DOB_CUE = /(?:\bd\.?\s?o\.?\s?b\.?|\bdate of birth|\bborn(?:\s+on)?|\bb\.|\bdyddiad geni|\bganwyd|\bgeni)\s*[:-]?\s*$/i;

function pushAll(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    if (m[0] === '') {
      g.lastIndex++;
      continue;
    }
    each(m);
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Finds text that could identify a child or family. Matches are sorted by position and never overlap. */
export function findSensitiveText(text: string, options: SensitiveOptions = {}): SensitiveMatch[] {
  if (!text) return [];
  const found: SensitiveMatch[] = [];
  const add = (kind: SensitiveKind, start: number, end: number) => {
    const m = { kind, start, end, text: text.slice(start, end), explanation: EXPLANATIONS[kind] };
    if (!found.some((f) => overlaps(f, m))) found.push(m);
  };

  // NHS numbers first: the most specific.
  pushAll(/(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g, text, (m) => {
    if (isValidNhsNumber(`${m[1]}${m[2]}${m[3]}`)) add('nhs-number', m.index, m.index + m[0].length);
  });

  // Dates: a date of birth when a cue comes just before it, otherwise a full date.
  pushAll(FULL_DATE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    add(DOB_CUE.test(before) ? 'date-of-birth' : 'full-date', m.index, m.index + m[0].length);
  });

  // Known names, longest first so "Jo Bloggs" wins over "Jo".
  const names = [...new Set((options.knownNames ?? []).map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    pushAll(re, text, (m) => add('name', m.index, m.index + m[0].length));
  }

  for (const re of options.caseNumberPatterns ?? DEFAULT_CASE_NUMBER_PATTERNS) {
    pushAll(re, text, (m) => add('case-number', m.index, m.index + m[0].length));
  }

  return found.sort((a, b) => a.start - b.start);
}

/**
 * The names to check against, from people in the team's cases: each full name as given, and each given, family and
 * preferred name of three letters or more (shorter ones, like "Jo", match too many ordinary words).
 */
export function namesFromPeople(people: readonly { givenName?: string; familyName?: string; preferredName?: string }[]): string[] {
  const out = new Set<string>();
  for (const p of people) {
    const full = [p.givenName, p.familyName].filter(Boolean).join(' ').trim();
    if (full) out.add(full);
    for (const part of [p.givenName, p.familyName, p.preferredName]) if (part && part.trim().length >= 3) out.add(part.trim());
  }
  return [...out];
}
