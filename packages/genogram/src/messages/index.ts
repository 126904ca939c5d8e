import { Catalogue } from '@opencasework/core';
import { en, type GenogramKey } from './en.js';

export type { GenogramKey } from './en.js';

/** The genogram's catalogue: English built in, Welsh loaded when a page first uses it. */
export const genogramMessages = new Catalogue<GenogramKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });
