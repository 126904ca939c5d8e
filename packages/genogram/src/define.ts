import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwGenogram } from './genogram.js';

defineElement('cw-genogram', CwGenogram);

declare global {
  interface HTMLElementTagNameMap {
    'cw-genogram': CwGenogram;
  }
}
