import '@opencasework/core/define';
import { defineElement } from '@opencasework/core';
import { CwSafetyPlan } from './safety-plan.js';

defineElement('cw-safety-plan', CwSafetyPlan);

declare global {
  interface HTMLElementTagNameMap {
    'cw-safety-plan': CwSafetyPlan;
  }
}
