import { html, nothing, type TemplateResult } from 'lit';
import type { SafetyPlanKey } from '../messages/index.js';
import type { PlanViewContext } from './context.js';

/**
 * Links to the parts of a long plan and to "Add a next step" (WCAG 2.4.1, and the keyboard cost of issue 16 point
 * 12: reaching "Add a next step" took 147 Tabs on the sample case). In a shadow root a "#id" link does not move focus,
 * so each link calls `go` with the selector of its target; the href stays for a link's usual behaviour.
 */
export function skipLinks(ctx: Pick<PlanViewContext, 't' | 'editable'>, go: (selector: string) => void): TemplateResult {
  const link = (id: string, selector: string, key: SafetyPlanKey) =>
    html`<li><a href=${`#${id}`} data-skip=${id} @click=${(e: Event) => {
      e.preventDefault();
      go(selector);
    }}>${ctx.t(key)}</a></li>`;
  return html`<nav class="skip-links" aria-label=${ctx.t('skip.label')}><ul>
    ${link('map-h', '#map-h', 'map.heading')}
    ${link('scale-h', '#scale-h', 'scale.heading')}
    ${link('steps-h', '#steps-h', 'steps.heading')}
    ${ctx.editable ? link('add-step', '[data-add="nextSteps"]', 'steps.add') : nothing}
    ${link('plan-h', '#plan-h', 'plan.heading')}
    ${link('versions-h', '#versions-h', 'versions.heading')}
  </ul></nav>`;
}
