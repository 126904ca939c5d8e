import { Catalogue } from '@opencasework/core';
import { en, type WorkspaceKey } from './en.js';

export type { WorkspaceKey };

/** The workspace's messages: English built in, Welsh loaded the first time the workspace is shown in Welsh. */
export const workspaceMessages = new Catalogue<WorkspaceKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });
