import { Catalogue } from '../localize.js';
import { en, type CoreKey } from './en.js';

export type { CoreKey } from './en.js';

/** Core's catalogue: English built in, Welsh loaded when first used. */
export const coreMessages = new Catalogue<CoreKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });
