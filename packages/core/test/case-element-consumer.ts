// A tiny case component for the provider and base-element tests: it renders what it is given and exposes the
// protected API of CaseElement so tests can drive it as a real component would.
import { html } from 'lit';
import { CaseElement, defineElement, type Change, type ChangeResult, type Selection } from '../src/index.js';
import '../src/define.js';

export class CwTestConsumer extends CaseElement {
  override render() {
    const { bundle, issues } = this.caseData;
    return html`
      <cw-error-summary .issues=${issues}></cw-error-summary>
      <ul>${(bundle.chronology ?? []).map((e) => html`<li data-id=${e.id}>${e.title}</li>`)}</ul>
      <p class="selected">${this.currentSelection ? `${this.currentSelection.kind}:${this.currentSelection.id}` : 'none'}</p>
    `;
  }
  get data() {
    return this.caseData;
  }
  get context() {
    return this.caseCtx;
  }
  get shared(): Selection {
    return this.currentSelection;
  }
  get actorInUse() {
    return this.effectiveActor;
  }
  pick(selection: Selection) {
    this.select(selection);
  }
  edit(change: Change): Promise<ChangeResult> {
    return this.commit(change);
  }
  day(): string {
    return this.currentDay();
  }
  titles(): string[] {
    return [...this.renderRoot.querySelectorAll('li')].map((li) => li.textContent ?? '');
  }
}
defineElement('cw-test-consumer', CwTestConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'cw-test-consumer': CwTestConsumer;
  }
}
