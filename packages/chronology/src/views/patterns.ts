import { isDay, memo, todayPartialDate, type CaseBundle } from '@opencasework/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Finding, FindPatternsOptions } from '../analysis/find-patterns.js';
import { loadPatternAnalysis, patternAnalysis } from '../pattern-analysis-loader.js';
import { withheldIn, type Audience } from '../audience-policy.js';
import type { Localizer } from '../messages/index.js';
import type { Row } from '../model.js';
import type { DeepPartial, PatternConfig } from '../patterns.js';
import type { PresentedEntry } from '../present.js';

/** The panel's findings and the day they are worked out as at. */
export interface PanelFindings {
  list: Finding[];
  /** `today`, or the record's last day when the record stops before it (`recordReaches`). */
  asAt: string;
  /** The record stops before today: the panel says which day it reads it as at. */
  stopsEarly: boolean;
}

export interface PatternsContext {
  l: Localizer;
  open: boolean;
  /** The findings, or null while they have not been worked out (they are, when the panel is first opened). */
  findings: PanelFindings | null;
  rowOf: (id: string) => Row | undefined;
  present: (row: Row) => PresentedEntry;
  onToggle: (open: boolean) => void;
  /** The reader chose an entry a finding is about. */
  onEntry: (row: Row) => void;
}

/** "Patterns to consider": prompts for professional judgement, most important first, each with every entry it rests on. */
export function patternsView(c: PatternsContext) {
  const { l } = c;
  const findings = c.findings?.list;
  // A record that stops before today is read as at its last day (a gap does not run on to today): say so.
  const asAt = c.findings?.stopsEarly
    ? html`<p class="cw-hint as-at">${l.t('patterns.asAt', { date: l.date(c.findings.asAt, { style: 'long' }) })}</p>`
    : nothing;
  return html`
    <details class="patterns" part="patterns" .open=${c.open} @toggle=${(e: Event) => c.onToggle((e.target as HTMLDetailsElement).open)}>
      <summary>${l.t('patterns.heading')}${findings ? ` (${findings.length})` : ''}</summary>
      ${
        c.open && findings
          ? html`<p class="cw-hint">${l.t('patterns.intro')}</p>
          ${asAt}
          ${
            findings.length
              ? html`<ol class="findings">
                ${findings.slice(0, 50).map(
                  (
                    f,
                  ) => html`<li class=${f.kind === 'drift' || f.kind === 'missing' ? 'prompt' : 'concern'} data-kind=${f.kind} data-rank=${f.rank}>
                  <strong>${f.title}</strong>
                  <p>${f.message}</p>
                  <ul>
                    ${f.entryIds.map((id) => {
                      const row = c.rowOf(id);
                      if (!row) return nothing;
                      const p = c.present(row);
                      return html`<li><button type="button" class="link" @click=${() => c.onEntry(row)}>${p.date}: ${p.title}${p.agency ? ` (${p.agency})` : ''}</button></li>`;
                    })}
                  </ul>
                </li>`,
                )}
              </ol>`
              : html`<p>${l.t('patterns.none')}</p>`
          }`
          : nothing
      }
    </details>
  `;
}

/** The first version's `patternConfig` (still accepted by the element) as findPatterns options. */
export function optionsFromConfig(
  config: DeepPartial<PatternConfig> | undefined,
): Pick<FindPatternsOptions, 'windows' | 'thresholds'> & { off: string[] } {
  const c = config ?? {};
  const off: string[] = [];
  if (c.repeatedConcern?.enabled === false) off.push('repeated-concern');
  if (c.drift?.enabled === false) off.push('drift');
  if (c.escalation?.enabled === false) off.push('escalation');
  if (c.missing?.enabled === false) off.push('missing');
  const days = c.drift?.days;
  return {
    off,
    windows: { repeatedConcern: c.repeatedConcern?.windowDays, missing: c.missing?.windowDays },
    thresholds: {
      repeatedConcern: c.repeatedConcern?.count,
      missing: c.missing?.count,
      ...(days
        ? {
            drift: {
              'child-protection': days,
              'child-in-need': days,
              'looked-after': days,
              placement: days,
              other: days,
            },
          }
        : {}),
    },
  };
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * "Today" for the panel: today, or the last date the record reaches when it stops earlier (an extract from another
 * system, a closed case). A plan open at the end of an extract is not "532 days without a visit" in the data.
 */
export function recordReaches(bundle: CaseBundle, today: string = todayPartialDate()): string {
  let last = '';
  for (const e of bundle.chronology ?? []) {
    if (e.date.length === 10 && e.date > last) last = e.date;
    if (e.endDate?.length === 10 && e.endDate > last) last = e.endDate;
  }
  return last && last < today ? last : today;
}

/**
 * The findings a version shows: worked out over the whole chronology as this version may see it (never the filtered view),
 * as at `today` (YYYY-MM-DD; else the real date), or the record's last date when it stops earlier.
 */
export function panelFindings(
  bundle: CaseBundle,
  audience: Audience,
  nameOf: (id: string) => string,
  locale: string,
  config: DeepPartial<PatternConfig> | undefined,
  today?: string,
): Finding[] {
  const { off, windows, thresholds } = optionsFromConfig(config);
  // Loaded on demand (pattern-analysis-loader.ts): the panel asks for findings only once it has loaded.
  const analysis = patternAnalysis();
  if (!analysis) throw new Error('The pattern analysis has not loaded yet: await loadPatternAnalysis() first.');
  const all = analysis.findPatterns(bundle, {
    locale,
    nameOf,
    asAt: isDay(today) ? recordReaches(bundle, today) : recordReaches(bundle),
    windows: defined(windows ?? {}),
    thresholds: defined(thresholds ?? {}),
    include: (e) => !withheldIn(audience, e),
  });
  return off.length ? all.filter((f) => !off.includes(f.kind)).map((f, i) => ({ ...f, rank: i + 1 })) : all;
}

/**
 * The panel's state: open or not, and whether the reader has seen this model's patterns (the count then stays in the
 * summary after the panel closes). Patterns are worked out when the panel is first opened, never for the first render.
 */
export class PatternsPanel {
  open = false;
  private seenFor: unknown = null;
  /** findPatterns over the bundle, and the day they are as at, memoised on their inputs. */
  readonly findings = memo((...args: Parameters<typeof panelFindings>): PanelFindings => {
    const [bundle, , , , , today] = args;
    const now = isDay(today) ? today : todayPartialDate();
    const asAt = recordReaches(bundle, now);
    return { list: panelFindings(...args), asAt, stopsEarly: asAt < now };
  });

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether the analysis has loaded; if not, loads it (the panel shows no findings meanwhile) and re-renders after. */
  private loaded(): boolean {
    if (patternAnalysis()) return true;
    loadPatternAnalysis().then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
    return false;
  }

  view(c: Omit<PatternsContext, 'open' | 'findings' | 'onToggle'> & { model: unknown; findings: () => PanelFindings }) {
    const { model, findings, ...rest } = c;
    return patternsView({
      ...rest,
      open: this.open,
      findings: (this.open || this.seenFor === model) && this.loaded() ? findings() : null,
      onToggle: (open) => {
        this.open = open;
        if (open) this.seenFor = model;
        this.host.requestUpdate();
      },
    });
  }
}
