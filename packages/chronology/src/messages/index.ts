import { Catalogue, type LocalizeController } from '@opencasework/core';
import { en, type ChronologyKey } from './en.js';

export type { ChronologyKey };

/** The chronology's messages: English built in, Welsh loaded the first time a chronology is shown in Welsh. */
export const chronologyMessages = new Catalogue<ChronologyKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });

/** What a view is handed for its text and dates: the element's LocalizeController (a test may hand a stand-in). */
export type Localizer = Pick<LocalizeController<ChronologyKey>, 't' | 'date' | 'locale' | 'dateLocale'>;
