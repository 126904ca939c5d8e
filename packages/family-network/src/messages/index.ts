import { Catalogue } from '@opencasework/core';
import { en, type NetworkKey } from './en.js';

export type { NetworkKey };
/** The network's messages: English always loaded; Welsh loaded when first used. */
export const networkMessages = new Catalogue<NetworkKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });

/** The labels core's `withPlaceholders` gives a refused person, professional or household that other records name. */
export const placeholderLabels = (l: { t(key: NetworkKey): string }) => ({
  person: l.t('placeholder.person'),
  household: l.t('placeholder.household'),
});
