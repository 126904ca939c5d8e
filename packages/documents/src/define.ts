import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwDocuments } from './documents.js';

defineElement('cw-documents', CwDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'cw-documents': CwDocuments;
  }
}
