import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from './tokens.js';
import { LocalizeController, localeReady } from './localize.js';
import { coreMessages, type CoreKey } from './messages/index.js';
import type { DataIssue } from './issues.js';

const FIRST = 10;
const isCoreKey = (key: string): key is CoreKey => Object.hasOwn(coreMessages.en, key);

/**
 * An accessible summary of invalid records, in the spirit of GOV.UK's error summary: names each record by its type
 * and id, the field and the reason. Renders nothing when there are no issues.
 *
 * @summary Lists records that could not be shown, and why.
 * @csspart summary - The summary box.
 * @cssprop --cw-colour-error - The border and heading colour.
 */
export class CwErrorSummary extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      .summary { border: 5px solid var(--_error); padding: var(--_space-4); margin-bottom: var(--_space-4); background: var(--_bg); }
      h2 { margin: 0 0 var(--_space-3); font-size: var(--_size-l); }
      p { margin: 0 0 var(--_space-3); font-size: var(--_size-s); }
      ul { margin: 0; padding-left: var(--_space-4); font-size: var(--_size-s); }
      li { margin-bottom: var(--_space-1); }
      .record { font-weight: 700; color: var(--_error); }
      .at { color: var(--_secondary-text); }
    `,
  ];

  /** The issues to list, as returned by parseCaseBundle / parseTeamBoard. */
  @property({ attribute: false }) issues: DataIssue[] = [];
  /** Optional heading that replaces the default one. */
  @property() heading = '';
  @state() private expanded = false;
  private readonly i18n = new LocalizeController(this, coreMessages);

  /** Waits for the Welsh catalogue (when `lang="cy"`) before reporting the update complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }

  override render() {
    // Hosts may hand in anything: keep only issue-shaped entries, and never crash on the rest.
    const issues = (Array.isArray(this.issues) ? this.issues : []).filter((i): i is DataIssue => !!i && typeof i === 'object');
    if (!issues.length) return nothing;
    const records = new Set(issues.map((i) => `${i.entity}:${i.id ?? i.location}`)).size;
    const shown = this.expanded ? issues : issues.slice(0, FIRST);
    return html`
      <div class="summary" part="summary" role="region" aria-labelledby="heading" tabindex="-1">
        <h2 id="heading">${this.heading || this.i18n.t('summary.heading', { count: records })}</h2>
        <p>${this.i18n.t('summary.body')}</p>
        <ul>
          ${shown.map(
            (i) => html`<li>
              <span class="record">${
                typeof i.id === 'string' && i.id
                  ? this.i18n.t('summary.record', { entity: this.entityName(i.entity), id: i.id })
                  : this.i18n.t('summary.recordNoId', { entity: this.entityName(i.entity) })
              }</span>:
              ${String(i.message ?? '')}${i.location ? html` <span class="at">(${this.i18n.t('summary.at', { location: i.location })})</span>` : nothing}
            </li>`,
          )}
        </ul>
        ${
          issues.length > FIRST
            ? html`<p><button class="link" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${() => (this.expanded = !this.expanded)}>
              ${this.expanded ? this.i18n.t('summary.showFewer') : this.i18n.t('summary.showAll', { count: issues.length })}
            </button></p>`
            : nothing
        }
      </div>
    `;
  }

  /** The record type in the user's language; an unknown type is shown as it was given. */
  private entityName(entity: unknown): string {
    const key = `entity.${String(entity)}`;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever a host handed in is shown as text, as before
    return isCoreKey(key) ? this.i18n.t(key) : String(entity ?? '');
  }

  /** Moves focus to the summary, as GOV.UK does after a failed submission. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }
}
