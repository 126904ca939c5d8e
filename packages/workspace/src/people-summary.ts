import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CaseElement, LocalizeController, ageAt, baseStyles, defineElement, type Person } from '@opencasework/core';
import { workspaceMessages } from './messages/index.js';

const nameOf = (p: Person) => [p.preferredName ?? p.givenName, p.familyName].filter(Boolean).join(' ') || p.id;

/**
 * The workspace's list of the case's people; selecting one selects them in every linked component.
 * @tag ws-people-summary
 */
export class WsPeopleSummary extends CaseElement {
  static override styles = [
    ...baseStyles,
    css`
    :host { display: block; }
    tr.selected td { background: #fff7bf; }
    button.link { text-align: left; }
  `,
  ];

  /** Today (YYYY-MM-DD) for ages; empty: the real today (the workspace passes its own, as the summary uses). */
  @property() today = '';

  private readonly i18n = new LocalizeController(this, workspaceMessages);

  override render() {
    const { bundle } = this.caseData;
    const subjects = new Set(bundle.case.subjectIds ?? []);
    const people = (bundle.people ?? []).filter((p) => !p.pregnancy);
    const sel = this.currentSelection;
    const selected = new Set(sel?.kind === 'person' ? [sel.id] : (sel?.related ?? []));
    const today = this.today || this.currentDay();
    const ordered = [...people].sort((a, b) => Number(subjects.has(b.id)) - Number(subjects.has(a.id)));
    return html`
      <table>
        <caption class="cw-visually-hidden">${this.i18n.t('people')}</caption>
        <thead><tr><th scope="col">${this.i18n.t('name')}</th><th scope="col">${this.i18n.t('age')}</th><th scope="col">${this.i18n.t('role')}</th></tr></thead>
        <tbody>
          ${ordered.map(
            (p) => html`
            <tr class=${selected.has(p.id) ? 'selected' : ''}>
              <td><button type="button" class="link" aria-pressed=${selected.has(p.id) ? 'true' : 'false'}
                @click=${() => this.select(selected.has(p.id) ? null : { kind: 'person', id: p.id })}>${nameOf(p)}</button></td>
              <td>${p.dateOfBirth && !p.deceased ? this.i18n.age(ageAt(p.dateOfBirth, today)) : nothing}</td>
              <td>${subjects.has(p.id) ? this.i18n.t('subject') : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}
defineElement('ws-people-summary', WsPeopleSummary);
