import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Localizer } from '../messages/index.js';
import type { Row } from '../model.js';
import type { Finding } from '../patterns.js';
import type { PresentedEntry } from '../present.js';

export interface PatternsContext {
  l: Localizer;
  open: boolean;
  /** The findings, or null while they have not been worked out (they are, when the panel is first opened). */
  findings: Finding[] | null;
  rowOf: (id: string) => Row | undefined;
  present: (row: Row) => PresentedEntry;
  onToggle: (open: boolean) => void;
  /** The reader chose an entry a finding is about. */
  onEntry: (row: Row) => void;
}

/** "Patterns to consider": prompts for professional judgement, each with the entries it is about. */
export function patternsView(c: PatternsContext) {
  const { l, findings } = c;
  return html`
    <details class="patterns" part="patterns" .open=${c.open} @toggle=${(e: Event) => c.onToggle((e.target as HTMLDetailsElement).open)}>
      <summary>${l.t('patterns.heading')}${findings ? ` (${findings.length})` : ''}</summary>
      ${
        c.open && findings
          ? html`<p class="cw-hint">${l.t('patterns.intro')}</p>
          ${
            findings.length
              ? html`<ul class="findings">
                ${findings.slice(0, 50).map(
                  (f) => html`<li class=${f.severity} data-kind=${f.kind}>
                  <strong>${l.t(`pattern.${f.kind}`)}</strong>
                  <p>${f.explanation}</p>
                  <ul>
                    ${f.entryIds.map((id) => {
                      const row = c.rowOf(id);
                      if (!row) return nothing;
                      const p = c.present(row);
                      return html`<li><button type="button" class="link" @click=${() => c.onEntry(row)}>${p.date}: ${p.title}</button></li>`;
                    })}
                  </ul>
                </li>`,
                )}
              </ul>`
              : html`<p>${l.t('patterns.none')}</p>`
          }`
          : nothing
      }
    </details>
  `;
}

/**
 * The panel's state: open or not, and whether the reader has seen this model's patterns (the count then stays in the
 * summary after the panel closes). Patterns are worked out when the panel is first opened, never for the first render.
 */
export class PatternsPanel {
  open = false;
  private seenFor: unknown = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  view(c: Omit<PatternsContext, 'open' | 'findings' | 'onToggle'> & { model: unknown; findings: () => Finding[] }) {
    const { model, findings, ...rest } = c;
    return patternsView({
      ...rest,
      open: this.open,
      findings: this.open || this.seenFor === model ? findings() : null,
      onToggle: (open) => {
        this.open = open;
        if (open) this.seenFor = model;
        this.host.requestUpdate();
      },
    });
  }
}
