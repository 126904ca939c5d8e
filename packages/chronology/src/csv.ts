import { toCsv, type DateLocale } from '@opencasework/core';
import { tFor, type PresentedEntry } from './present.js';

// The cell rules (RFC 4180 and the formula guard) are shared with every export in core.
export { csvCell, toCsv } from '@opencasework/core';

/** The chronology as CSV with the columns practice guidance asks for, in the reader's language. */
export function chronologyCsv(entries: readonly PresentedEntry[], locale: DateLocale): string {
  const t = tFor(locale);
  const header = [t('col.date'), t('col.age'), t('col.what'), t('edit.summary').replace(/ \(.*\)$/, ''), t('col.agency'), t('col.impact'), t('col.action'),
    t('col.category'), t('col.significance'), t('col.concerns'), t('familyView'), t('col.reference')];
  const rows = entries.map((e) => [e.date, e.age, e.title, e.summary, e.agency, e.impact, e.action, e.category, e.significance,
    e.concerns, e.familyView, e.reference]);
  return toCsv([header, ...rows]);
}
