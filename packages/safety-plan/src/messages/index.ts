import { Catalogue } from '@opencasework/core';
import { en, type SafetyPlanKey } from './en.js';

export type { SafetyPlanKey } from './en.js';

/** The safety plan's messages: English built in, Welsh loaded the first time a page in Welsh needs it. */
export const safetyPlanMessages = new Catalogue<SafetyPlanKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });
