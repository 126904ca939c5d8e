import { html, nothing, type TemplateResult } from 'lit';
import type { SafetyPlan } from '@opencasework/core';
import { dangersWithoutGoal } from '../plan-edit.js';
import { COLUMNS, snippet } from '../plan-model.js';
import { statementList, type StatementsContext } from './statements.js';

/** The assessment map: the three questions as columns of sections, and the danger statements that have no goal yet. */
export function mapView(ctx: StatementsContext, plan: SafetyPlan): TemplateResult {
  const missing = dangersWithoutGoal(plan);
  return html`<section part="map" class="map-section" aria-labelledby="map-h">
    <h2 id="map-h">${ctx.t('map.heading')}</h2>
    ${
      missing.length
        ? html`<div class="warning-box"><p><strong>${ctx.t('danger.missingGoals', { count: missing.length })}</strong></p>
          <ul>${missing.map((d) => html`<li>${snippet(d.text, 80) || ctx.t('statement.empty')}</li>`)}</ul></div>`
        : nothing
    }
    <div class="map">
      ${COLUMNS.map(
        (c) => html`<div part="column" class="column column-${c.key}">
        <h3>${ctx.t(`column.${c.key}`)}</h3>
        ${c.sections.map((key) => statementList(ctx, plan, key))}
      </div>`,
      )}
    </div>
  </section>`;
}
