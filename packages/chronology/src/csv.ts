import type { DateLocale } from '@opencasework/core';
import { tFor, type PresentedEntry } from './present.js';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled. A cell that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows of cells as CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The chronology as CSV with the columns practice guidance asks for, in the reader's language. */
export function chronologyCsv(entries: readonly PresentedEntry[], locale: DateLocale): string {
  const t = tFor(locale);
  const header = [t('col.date'), t('col.age'), t('col.what'), t('edit.summary').replace(/ \(.*\)$/, ''), t('col.agency'), t('col.impact'), t('col.action'),
    t('col.category'), t('col.significance'), t('col.concerns'), t('familyView'), t('col.reference')];
  const rows = entries.map((e) => [e.date, e.age, e.title, e.summary, e.agency, e.impact, e.action, e.category, e.significance,
    e.concerns, e.familyView, e.reference]);
  return toCsv([header, ...rows]);
}
