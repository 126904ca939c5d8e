import { Catalogue } from '@opencasework/core';
import { en, type NetworkKey } from './en.js';

export type { NetworkKey };
/** The network's messages: English always loaded; Welsh loaded when first used. */
export const networkMessages = new Catalogue<NetworkKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });
