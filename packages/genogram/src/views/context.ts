import type { DateLocale, FormatOptions } from '@opencasework/core';
import type { Translate } from '../text-view.js';

export type { Translate } from '../text-view.js';

/** The words a view needs: the element's LocalizeController satisfies this. */
export interface Words {
  t: Translate;
  date(date: string, opts?: FormatOptions): string;
  readonly dateLocale: DateLocale;
}

/** Rounds to one decimal place: short, stable coordinates in the SVG. */
export const f1 = (n: number): number => Math.round(n * 10) / 10;

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
