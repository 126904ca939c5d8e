/**
 * A glossary entry: the forms a professional word takes in English and in Welsh, and plainer words for it in each
 * language. A form written in capitals (an acronym: "LAC", "DA") matches only in capitals, so "da" (Welsh: good) and
 * "lac" are left alone; any other form matches in any case. Forms are matched word by word ("looked-after" and
 * "looked after" are the same), the last word also with an ending ("core groups", "facilitated").
 */
export interface GlossaryEntry {
  /** English forms. */
  en: readonly string[];
  /** Welsh forms (matched also after an initial mutation: "ddiogelu" is "diogelu"). */
  cy: readonly string[];
  /** Plain words, in English and in Welsh. */
  plain: { readonly en: string; readonly cy: string };
}

export const g = (en: readonly string[], cy: readonly string[], plainEn: string, plainCy: string): GlossaryEntry => ({
  en,
  cy,
  plain: { en: plainEn, cy: plainCy },
});
