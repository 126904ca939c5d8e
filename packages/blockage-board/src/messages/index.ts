import { Catalogue } from '@opencasework/core';
import { en, type BoardKey } from './en.js';

export type { BoardKey } from './en.js';

/** The board's catalogue: English built in; Welsh loaded the first time a board is shown in Welsh. */
export const boardMessages = new Catalogue<BoardKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });
