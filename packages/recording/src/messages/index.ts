import { Catalogue, type LocalizeController } from '@opencasework/core';
import { en, type RecordingKey } from './en.js';

export type { RecordingKey } from './en.js';

/** The recording package's messages: English built in, Welsh loaded the first time a page in Welsh needs it. */
export const recordingMessages = new Catalogue<RecordingKey>(en, { cy: () => import('./cy.js').then((m) => m.default) });

/** What views need of the element's localiser. */
export type Localizer = Pick<LocalizeController<RecordingKey>, 't' | 'locale' | 'list' | 'date'>;
