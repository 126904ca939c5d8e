import { Catalogue } from '@opencasework/core';
import { en, type GenogramKey } from './en.js';

export type { GenogramKey } from './en.js';

/** The genogram's catalogue: English built in, Welsh loaded when a page first uses it. */
export const genogramMessages = new Catalogue<GenogramKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });

/** The labels core's `withPlaceholders` gives a refused person or household that other records still name. */
export const placeholderLabels = (l: { t(key: GenogramKey): string }) => ({
  person: l.t('placeholder.person'),
  household: l.t('placeholder.household'),
});

/** A household's name as every view gives it (drawn, in its boundary's title, in the tables and the text): its own, or "Household". */
export const householdName = (h: { name?: string | undefined }, l: { t(key: GenogramKey): string }): string => h.name ?? l.t('household');
