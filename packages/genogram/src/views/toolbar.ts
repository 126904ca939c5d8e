/** The controls above the drawing: view date, view switch, what to show; and the zoom and download bar. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Words } from './context.js';

export type GenogramView = 'diagram' | 'text' | 'table';

/** The element's properties the toolbar shows and changes. */
export interface ToolbarSettings {
  asAt: string;
  view: GenogramView;
  hideEmotional: boolean;
  hideHouseholds: boolean;
  familyFacing: boolean;
  focusIndex: boolean;
}

export interface ToolbarContext {
  words: Words;
  settings: ToolbarSettings;
  /** The index child's name, when there is one to focus on. */
  indexName: string | undefined;
  /** A setting the user changed. */
  onChange: (change: Partial<ToolbarSettings>) => void;
}

const VIEW_LABEL = { diagram: 'viewDiagram', text: 'viewText', table: 'viewTable' } as const;

export function toolbarView(ctx: ToolbarContext): TemplateResult {
  const w = ctx.words;
  const s = ctx.settings;
  const checks: { id: string; label: string; checked: boolean; change: (on: boolean) => Partial<ToolbarSettings> }[] = [
    { id: 'emotional', label: w.t('showEmotional'), checked: !s.hideEmotional, change: (on) => ({ hideEmotional: !on }) },
    { id: 'households', label: w.t('showHouseholds'), checked: !s.hideHouseholds, change: (on) => ({ hideHouseholds: !on }) },
    { id: 'family', label: w.t('familyFacing'), checked: s.familyFacing, change: (on) => ({ familyFacing: on }) },
    ...(ctx.indexName !== undefined
      ? [
          {
            id: 'focus',
            label: w.t('focusPerson', { name: ctx.indexName }),
            checked: s.focusIndex,
            change: (on: boolean) => ({ focusIndex: on }),
          },
        ]
      : []),
  ];
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${w.t('controls')}>
    <div class="field">
      <label for="as-at">${w.t('asAt')}</label>
      <p class="cw-hint" id="as-at-hint">${w.t('asAtHint')}</p>
      <input id="as-at" type="date" aria-describedby="as-at-hint" .value=${s.asAt}
        @change=${(e: Event) => ctx.onChange({ asAt: (e.target as HTMLInputElement).value })}>
    </div>
    <div class="field views" role="group" aria-label=${w.t('view')}>
      ${(['diagram', 'text', 'table'] as const).map(
        (v) => html`
        <button type="button" class="secondary" aria-pressed=${s.view === v ? 'true' : 'false'} data-view=${v}
          @click=${() => ctx.onChange({ view: v })}>${w.t(VIEW_LABEL[v])}</button>`,
      )}
    </div>
    <div class="field checks">
      ${checks.map(
        (c) => html`<div class="check"><input type="checkbox" id=${`chk-${c.id}`} .checked=${c.checked}
        @change=${(e: Event) => ctx.onChange(c.change((e.target as HTMLInputElement).checked))}><label for=${`chk-${c.id}`}>${c.label}</label></div>`,
      )}
    </div>
  </div>`;
}

export interface ZoomBarContext {
  words: Words;
  /** CSS pixels per drawing unit, as a whole percentage. */
  percent: number;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** Moves the view by a fraction of its width and height (for people who cannot drag: WCAG 2.5.7). */
  pan: (fx: number, fy: number) => void;
  exportSvg: () => void;
  exportPng: () => void;
}

// the view moves the way the arrow points, as Shift and the arrow keys do on the drawing
const PAN = [
  ['left', '←', -0.25, 0],
  ['right', '→', 0.25, 0],
  ['up', '↑', 0, -0.25],
  ['down', '↓', 0, 0.25],
] as const;

/** A link-styled button before the controls that takes the keyboard straight to the people (issue 16: at most 3 Tabs). */
export function skipView(w: Words, onSkip: () => void): TemplateResult {
  return html`<button type="button" class="link skip" @click=${onSkip}>${w.t('a11y.skip')}</button>`;
}

export function zoomBarView(ctx: ZoomBarContext): TemplateResult {
  const w = ctx.words;
  const level = w.t('zoomLevel', { n: ctx.percent });
  return html`<div class="zoom" role="group" aria-label=${level}>
      <button type="button" class="secondary" @click=${ctx.zoomIn} aria-label=${w.t('zoomIn')}>+</button>
      <button type="button" class="secondary" @click=${ctx.zoomOut} aria-label=${w.t('zoomOut')}>−</button>
      <button type="button" class="secondary" @click=${ctx.fit}>${w.t('fit')}</button>
      <span class="zoom-level">${level}</span>
      <span class="pan">${PAN.map(
        ([dir, arrow, fx, fy]) =>
          html`<button type="button" class="secondary" data-pan=${dir} aria-label=${w.t(`a11y.pan${dir[0]!.toUpperCase()}${dir.slice(1)}` as 'a11y.panLeft')}
            @click=${() => ctx.pan(fx, fy)}>${arrow}</button>`,
      )}</span>
      <button type="button" class="secondary" data-export="svg" @click=${ctx.exportSvg}>${w.t('exportSvg')}</button>
      <button type="button" class="secondary" data-export="png" @click=${ctx.exportPng}>${w.t('exportPng')}</button>
    </div>
    <p class="cw-hint">${w.t('panHint')}</p>`;
}

export interface NotesContext {
  words: Words;
  /** The view date in words, when the user chose one. */
  asAtNote: string | undefined;
  empty: boolean;
  /** Links hidden at the view date because their dates are unknown. */
  undatedHidden: number;
  /** Links drawn although their dates are unknown (marked). */
  undatedMarked: number;
  showUndated: boolean;
  onShowUndated: (on: boolean) => void;
  /** Harm lines left out of the family-facing view. */
  harmOmitted: number;
}

/**
 * Notes under the toolbar: which date the family is shown at (the element announces changes), how many links with
 * no date are hidden at that date (with the choice to show them marked), harm lines left out of a family-facing
 * view, or that there is no one to draw.
 */
export function notesView(ctx: NotesContext): TemplateResult {
  const { words: w } = ctx;
  const undated = ctx.asAtNote && (ctx.undatedHidden > 0 || ctx.showUndated);
  return html`${ctx.asAtNote ? html`<p class="as-at-note">${w.t('asAtShowing', { date: ctx.asAtNote })}</p>` : nothing}
    ${
      undated
        ? html`<div class="undated">
        ${ctx.undatedHidden ? html`<p class="undated-note">${w.t('undated.hidden', { count: ctx.undatedHidden })}</p>` : nothing}
        <div class="check"><input type="checkbox" id="chk-undated" .checked=${ctx.showUndated}
          @change=${(e: Event) => ctx.onShowUndated((e.target as HTMLInputElement).checked)}><label for="chk-undated">${w.t('undated.show')}</label></div>
      </div>`
        : nothing
    }
    ${ctx.harmOmitted ? html`<p class="harm-note">${w.t('familyFacing.harmHidden', { count: ctx.harmOmitted })}</p>` : nothing}
    ${ctx.empty ? html`<p class="empty">${w.t('empty')}</p>` : nothing}`;
}
