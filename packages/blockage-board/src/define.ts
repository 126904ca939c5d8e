import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwBlockageBoard } from './blockage-board.js';

defineElement('cw-blockage-board', CwBlockageBoard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-blockage-board': CwBlockageBoard;
  }
}
