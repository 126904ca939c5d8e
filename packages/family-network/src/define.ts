import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwFamilyNetwork } from './family-network.js';

defineElement('cw-family-network', CwFamilyNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'cw-family-network': CwFamilyNetwork;
  }
}
