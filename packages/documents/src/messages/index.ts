import { Catalogue, type LocalizeController } from '@opencasework/core';
import { en, type DocumentsKey } from './en.js';

export type { DocumentsKey } from './en.js';

/** The documents package's messages: English built in, Welsh loaded the first time a page in Welsh needs it. */
export const documentsMessages = new Catalogue<DocumentsKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });

/** What views need of the element's localiser. */
export type Localizer = Pick<LocalizeController<DocumentsKey>, 't' | 'locale' | 'list' | 'date' | 'dateLocale'>;
