/**
 * A list in the reader's language: "Jay, Mia and Kai" in English (British: no comma before "and"), "Jay, Mia ac Ellie"
 * in Welsh ("ac" before a vowel, "a" otherwise; "neu" for "or").
 *
 * Welsh is joined by these rules in every browser: a browser without Welsh data answers `Intl.ListFormat('cy')` in
 * English, without an error, and a Welsh summary read "cam-drin corfforol and emosiynol". Another language is joined
 * by `Intl.ListFormat` when the browser has that language, else in English.
 */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const lang = locale.toLowerCase().split(/[-_]/)[0] || 'en';
  if (lang === 'cy') return welsh(items, type);
  return listFormat(lang === 'en' ? 'en-GB' : locale, lang, type).format(items);
}

function welsh(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  const word = type === 'disjunction' ? 'neu' : /^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(last) ? 'ac' : 'a';
  return `${items.slice(0, -1).join(', ')} ${word} ${last}`;
}

const formats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string, lang: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.ListFormat(locale, { type });
      // The browser has no data for the language: English, as said above, rather than its default locale's words.
      if (f.resolvedOptions().locale.toLowerCase().split('-')[0] !== lang) f = new Intl.ListFormat('en-GB', { type });
    } catch {
      f = new Intl.ListFormat('en-GB', { type });
    }
    formats.set(key, f);
  }
  return f;
}
