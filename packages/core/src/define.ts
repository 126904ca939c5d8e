import { defineElement } from './define-element.js';
import { CwCase } from './cw-case.js';
import { CwErrorSummary } from './error-summary.js';

defineElement('cw-case', CwCase);
defineElement('cw-error-summary', CwErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'cw-case': CwCase;
    'cw-error-summary': CwErrorSummary;
  }
}
