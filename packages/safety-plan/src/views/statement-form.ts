import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field, type SafetyPlan, type Statement } from '@opencasework/core';
import { editStatement, goalsOf, isHouse, linkDangerToGoal, listOf, setStance, unlinkDangerFromGoal, type ListKey } from '../plan-edit.js';
import { isWorry, snippet, stanceParticipants, whoOptions } from '../plan-model.js';
import type { PlanViewContext } from './context.js';
import { adviceView } from './advice.js';
import { doneButton, valueOf, checkedOf } from './common.js';

export type StatementFormContext = Pick<PlanViewContext, 't' | 'locale' | 'names' | 'otherName' | 'on'>;

/** The value of the "Who said it" select that asks for a typed name instead. */
const OTHER = '__other__';

/** A statement's editing form: the words (with plain-language advice), who said it, own words, stances, goal links. */
export function statementForm(ctx: StatementFormContext, plan: SafetyPlan, key: ListKey, s: Statement): TemplateResult {
  const { names, on } = ctx;
  const errorPrefix = ctx.t('form.errorPrefix');
  const other = ctx.otherName[s.id] || (!!s.by && !names.isKnown(s.by));
  const options = whoOptions(names, plan, [s.by]).filter((o) => names.isKnown(o.id));
  const edit = (patch: Partial<Statement>) => on.edit((p) => editStatement(p, s.id, patch));
  return html`<div class="form" data-form=${s.id}>
    ${field({
      id: `${s.id}-text`,
      errorPrefix,
      label: ctx.t(isHouse(key) ? 'statement.childWords' : 'statement.text'),
      control: (a) => html`<textarea id=${a.id} rows="3" aria-describedby=${ifDefined(a.describedBy)} .value=${live(s.text)}
        @input=${(e: Event) => edit({ text: valueOf(e) })}></textarea>`,
    })}
    ${adviceView(ctx, s.text)}
    ${field({
      id: `${s.id}-by`,
      errorPrefix,
      label: ctx.t('statement.who'),
      control: (a) => html`<select id=${a.id} data-field="by" aria-describedby=${ifDefined(a.describedBy)} @change=${(e: Event) => {
        const v = valueOf(e);
        on.setOtherName(s.id, v === OTHER);
        if (v !== OTHER) edit({ by: v || undefined });
      }}>
        <option value="" ?selected=${!s.by && !other}>${ctx.t('statement.whoNone')}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${s.by === o.id}>${o.name}</option>`)}
        <option value=${OTHER} ?selected=${other}>${ctx.t('statement.whoOther')}</option>
      </select>`,
    })}
    ${
      other
        ? field({
            id: `${s.id}-name`,
            errorPrefix,
            label: ctx.t('statement.whoName'),
            control: (
              a,
            ) => html`<input id=${a.id} type="text" aria-describedby=${ifDefined(a.describedBy)} .value=${live(s.by && !names.isKnown(s.by) ? s.by : '')}
        @input=${(e: Event) => edit({ by: valueOf(e).trim() || undefined })}>`,
          })
        : nothing
    }
    <div class="checkbox"><label><input type="checkbox" .checked=${live(!!s.familyWords)}
      @change=${(e: Event) => edit({ familyWords: checkedOf(e) || undefined })}>
      ${ctx.t('statement.familyWordsCheck')}</label></div>
    ${isWorry(key) ? stanceForm(ctx, plan, s) : nothing}
    ${key === 'dangerStatements' ? goalForm(ctx, plan, s) : nothing}
    ${doneButton(ctx, s.id)}
  </div>`;
}

const STANCES = ['none', 'agrees', 'disagrees'] as const;

/** Who agrees with a worry and who does not, one select per person. */
function stanceForm(ctx: StatementFormContext, plan: SafetyPlan, s: Statement): TemplateResult {
  const errorPrefix = ctx.t('form.errorPrefix');
  return html`<fieldset class="stance-form"><legend>${ctx.t('stance.legend')}</legend>
    ${stanceParticipants(ctx.names, plan, s).map((who, i) => {
      const v = s.agreedBy?.includes(who.id) ? 'agrees' : s.disputedBy?.includes(who.id) ? 'disagrees' : 'none';
      return field({
        id: `${s.id}-stance-${i}`,
        errorPrefix,
        label: who.name,
        labelClass: 'inline',
        control: (a) => html`<select id=${a.id} data-stance=${who.id} aria-describedby=${ifDefined(a.describedBy)}
          @change=${(e: Event) => ctx.on.edit((p) => setStance(p, s.id, who.id, STANCES.find((x) => x === valueOf(e)) ?? 'none'))}>
          ${STANCES.map((x) => html`<option value=${x} ?selected=${v === x}>${ctx.t(`stance.${x}`)}</option>`)}
        </select>`,
      });
    })}
  </fieldset>`;
}

/** Which safety goals answer a danger statement. */
function goalForm(ctx: StatementFormContext, plan: SafetyPlan, s: Statement): TemplateResult {
  const goals = listOf(plan, 'safetyGoals');
  const linked = new Set(goalsOf(plan, s.id).map((g) => g.id));
  return html`<fieldset class="goal-form"><legend>${ctx.t('danger.goalLegend')}</legend>
    ${
      goals.length
        ? goals.map(
            (g) => html`<div class="checkbox"><label><input type="checkbox" data-goal=${g.id} .checked=${live(linked.has(g.id))}
          @change=${(e: Event) => ctx.on.edit((p) => (checkedOf(e) ? linkDangerToGoal(p, s.id, g.id) : unlinkDangerFromGoal(p, s.id, g.id)))}>
          ${snippet(g.text, 80) || ctx.t('statement.empty')}</label></div>`,
          )
        : html`<p class="cw-hint">${ctx.t('danger.noGoalsYet')}</p>`
    }
  </fieldset>`;
}
