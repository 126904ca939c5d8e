import type { CwGenogram } from '../src/genogram.js';
import { drawingSettled as settled } from '../../../test/support/drawing-settled.js';

/** The genogram's drawing has stopped moving (test/support/drawing-settled.ts). */
export const drawingSettled = (el: CwGenogram): Promise<void> => settled(el, 'svg.drawing');
