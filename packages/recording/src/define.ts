import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwQuickNote } from './quick-note.js';

defineElement('cw-quick-note', CwQuickNote);

declare global {
  interface HTMLElementTagNameMap {
    'cw-quick-note': CwQuickNote;
  }
}
