// A small consumer of <cw-case>, for the stories only: it shows how a component built on CaseElement reads the
// shared case, reports invalid records at its top, and shares a selection. Not part of the published package.
import { css, html, nothing } from 'lit';
import { CaseElement, Catalogue, baseStyles, defineElement, formatPartialDate, type Message, type Person } from '@opencasework/core';

const en = {
  heading: (p) => `People in this case (${p.count})`,
  none: 'There are no people in this case.',
  born: (p) => `born ${p.date}`,
  unnamed: 'Name not recorded',
  selected: (p) => `Selected: ${p.name}`,
} satisfies Record<string, Message>;
type Key = keyof typeof en;
const cy: Record<Key, Message> = {
  heading: (p) => `Pobl yn yr achos hwn (${p.count})`,
  none: 'Nid oes neb yn yr achos hwn.',
  born: (p) => `ganwyd ${p.date}`,
  unnamed: 'Enw heb ei gofnodi',
  selected: (p) => `Wedi dewis: ${p.name}`,
};
const messages = new Catalogue<Key>(en, cy);

/**
 * Lists the people of the enclosing case (stories only).
 * @summary Example consumer of <cw-case>.
 */
export class CwStoryPeople extends CaseElement {
  static override styles = [
    ...baseStyles,
    css`
      :host { display: block; }
      h3 { margin: 0 0 var(--_space-2); }
      ul { list-style: none; margin: 0; padding: 0; }
      li { margin: 0 0 var(--_space-1); }
      button { min-height: 24px; text-align: start; }
      button[aria-pressed='true'] { font-weight: 700; }
    `,
  ];

  private t(key: Key, p: Record<string, string | number> = {}) {
    return messages.t(this.locale, key, p);
  }

  private nameOf(p: Person): string {
    const name = p.preferredName || [p.givenName, p.familyName].filter(Boolean).join(' ');
    return name || this.t('unnamed');
  }

  override render() {
    const { bundle, issues } = this.caseData;
    const people = bundle.people ?? [];
    const sel = this.currentSelection;
    const chosen = sel?.kind === 'person' ? people.find((p) => p.id === sel.id) : undefined;
    const lang = this.locale === 'cy' ? 'cy' : 'en';
    return html`
      <cw-error-summary .issues=${issues}></cw-error-summary>
      <h3>${this.t('heading', { count: people.length })}</h3>
      ${
        people.length
          ? html`<ul>
            ${people.map(
              (p) => html`<li>
              <button type="button" class="link" aria-pressed=${sel?.kind === 'person' && sel.id === p.id ? 'true' : 'false'}
                @click=${() => this.select({ kind: 'person', id: p.id })}>${this.nameOf(p)}</button>${p.dateOfBirth ? html`<span>, ${this.t('born', { date: formatPartialDate(p.dateOfBirth, lang) })}</span>` : nothing}
            </li>`,
            )}
          </ul>`
          : html`<p>${this.t('none')}</p>`
      }
      <p role="status">${chosen ? this.t('selected', { name: this.nameOf(chosen) }) : nothing}</p>
    `;
  }
}

/** Registers the example consumer. Called from the stories module itself: this package's "sideEffects" list would
 * let a bundler drop a bare side-effect import of this file. */
export function defineStoryPeople(): void {
  defineElement('cw-story-people', CwStoryPeople);
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-story-people': CwStoryPeople;
  }
}
