import { download, safeFileName, toCsv, type DateLocale } from '@opencasework/core';
import { tFor, type PresentedEntry } from './present.js';

// The cell rules (RFC 4180 and the formula guard) are shared with every export in core.
export { csvCell, toCsv } from '@opencasework/core';

/** The chronology as CSV with the columns practice guidance asks for, in the reader's language. */
export function chronologyCsv(entries: readonly PresentedEntry[], locale: DateLocale): string {
  const t = tFor(locale);
  const header = [
    t('col.date'),
    t('col.age'),
    t('col.what'),
    t('edit.summary').replace(/ \(.*\)$/, ''),
    t('col.agency'),
    t('col.impact'),
    t('col.action'),
    t('col.category'),
    t('col.significance'),
    t('col.concerns'),
    t('familyView'),
    t('col.reference'),
  ];
  const rows = entries.map((e) => [
    e.date,
    e.age,
    e.title,
    e.summary,
    e.agency,
    e.impact,
    e.action,
    e.category,
    e.significance,
    e.concerns,
    e.familyView,
    e.reference,
  ]);
  return toCsv([header, ...rows]);
}

/**
 * The chronology as plain text for pasting into a report or an email: a heading, then one block per entry with
 * date, age, what happened, source, impact, action and the family's account.
 */
export function chronologyText(entries: readonly PresentedEntry[], locale: DateLocale, heading = ''): string {
  const t = tFor(locale);
  const out: string[] = [];
  if (heading) out.push(heading, '='.repeat(Math.min(heading.length, 80)), '');
  for (const e of entries) {
    if (e.withheld) {
      out.push(`${e.date}: ${e.title}`, '');
      continue;
    }
    const head = [e.date, e.age ? `(${t('col.age').toLowerCase()} ${e.age})` : ''].filter(Boolean).join(' ');
    out.push(`${head}: ${e.title}`);
    const meta = [e.agency, e.category, e.significance].filter(Boolean).join(' · ');
    if (meta) out.push(`  ${meta}`);
    if (e.summary) out.push(`  ${e.summary}`);
    if (e.concerns) out.push(`  ${t('col.concerns')}: ${e.concerns}`);
    if (e.impact) out.push(`  ${t('col.impact')}: ${e.impact}`);
    if (e.action) out.push(`  ${t('col.action')}: ${e.action}`);
    if (e.familyView) out.push(`  ${t('familyView')}: ${e.familyView}`);
    if (e.reference) out.push(`  ${t('col.reference')}: ${e.reference}`);
    out.push('');
  }
  return out.join('\n');
}

/** Copies text to the clipboard. False where the browser refuses: the caller then shows the text to copy by hand. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Downloads the CSV (generated in the browser; nothing is sent anywhere), named after the case by core's one file-name rule. */
export function downloadCsv(csv: string, caseId: string, fileName: string, root?: Node): void {
  download(safeFileName(caseId || 'case', fileName), 'csv', ['\ufeff', csv], 'text/csv;charset=utf-8', root);
}
