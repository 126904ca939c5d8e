import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from './tokens.js';
import { LocalizeController, localeReady } from './localize.js';
import { coreMessages, type CoreKey } from './messages/index.js';
import type { DataIssue } from './issues.js';
import { memo } from './memo.js';

const FIRST = 10;
/**
 * "Show all" lists the problems a page of 500 at a time, with the next and previous pages a button away: a list of
 * 100,000 put on the page in one go blocked it for 14 s and more (and listing it bit by bit still slowed every later
 * step, as each added item makes the whole list lay out again).
 */
const PAGE = 500;
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
      .pager { display: flex; flex-wrap: wrap; gap: var(--_space-3); align-items: baseline; }
      .record { font-weight: 700; color: var(--_error); }
      .at { color: var(--_secondary-text); }
    `,
  ];

  /** The issues to list, as returned by parseCaseBundle / parseTeamBoard. */
  @property({ attribute: false }) issues: DataIssue[] = [];
  /** Optional heading that replaces the default one. */
  @property() heading = '';
  @state() private expanded = false;
  /** While expanded: which page of problems is shown (0 for the first). */
  @state() private page = 0;
  /** The issue-shaped entries (hosts may hand in anything) and how many records they name, once per list. */
  private readonly list = memo((given: unknown) => {
    const issues = (Array.isArray(given) ? (given as unknown[]) : []).filter((i): i is DataIssue => !!i && typeof i === 'object');
    return { issues, records: new Set(issues.map((i) => `${i.entity}:${i.id ?? i.location}`)).size };
  });
  private readonly i18n = new LocalizeController(this, coreMessages);

  /** Waits for the Welsh catalogue (when `lang="cy"`) before reporting the update complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await localeReady(this);
    return super.getUpdateComplete();
  }

  override render() {
    const { issues, records } = this.list(this.issues);
    if (!issues.length) return nothing;
    const pages = Math.ceil(issues.length / PAGE);
    const page = Math.min(this.page, pages - 1);
    const [from, to] = this.expanded ? [page * PAGE, Math.min((page + 1) * PAGE, issues.length)] : [0, Math.min(FIRST, issues.length)];
    return html`
      <div class="summary" part="summary" role="region" aria-labelledby="heading" tabindex="-1">
        <h2 id="heading">${this.heading || this.i18n.t('summary.heading', { count: records })}</h2>
        <p>${this.i18n.t('summary.body')}</p>
        ${this.expanded && pages > 1 ? this.pager(page, pages, from, to, issues.length) : nothing}
        <ul>
          ${issues.slice(from, to).map((i) => this.item(i))}
        </ul>
        ${
          issues.length > FIRST
            ? html`<p><button class="link" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${this.toggle}>
              ${this.expanded ? this.i18n.t('summary.showFewer') : this.i18n.t('summary.showAll', { count: issues.length })}
            </button></p>`
            : nothing
        }
      </div>
    `;
  }

  private item(i: DataIssue) {
    return html`<li>
      <span class="record">${
        typeof i.id === 'string' && i.id
          ? this.i18n.t('summary.record', { entity: this.entityName(i.entity), id: i.id })
          : this.i18n.t('summary.recordNoId', { entity: this.entityName(i.entity) })
      }</span>:
      ${String(i.message ?? '')}${i.location ? html` <span class="at">(${this.i18n.t('summary.at', { location: i.location })})</span>` : nothing}
    </li>`;
  }

  /** Which problems are shown, and buttons to the pages before and after. */
  private pager(page: number, pages: number, from: number, to: number, total: number) {
    const go = (p: number) => () => {
      this.page = p;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.range')?.focus());
    };
    return html`<p class="pager">
      <span class="range" tabindex="-1" aria-live="polite">${this.i18n.t('summary.range', { from: this.i18n.number(from + 1), to: this.i18n.number(to), count: total, total: this.i18n.number(total) })}</span>
      ${page > 0 ? html`<button class="link" type="button" @click=${go(page - 1)}>${this.i18n.t('summary.previous', { count: PAGE })}</button>` : nothing}
      ${page < pages - 1 ? html`<button class="link" type="button" @click=${go(page + 1)}>${this.i18n.t('summary.next', { count: Math.min(PAGE, total - to) })}</button>` : nothing}
    </p>`;
  }

  private toggle = (): void => {
    this.expanded = !this.expanded;
    this.page = 0;
  };

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
