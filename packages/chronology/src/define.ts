import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwChronology } from './chronology.js';

defineElement('cw-chronology', CwChronology);

declare global {
  interface HTMLElementTagNameMap {
    'cw-chronology': CwChronology;
  }
}
