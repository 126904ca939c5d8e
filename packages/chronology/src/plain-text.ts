import type { DateLocale } from '@opencasework/core';
import { tFor, type PresentedEntry } from './present.js';

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
