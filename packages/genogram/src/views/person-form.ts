/** The editing forms: add a person (on their own, or as the partner, child or parent of the selected person) and add an emotional relationship. */
import { html, nothing, type TemplateResult } from 'lit';
import { EMOTIONAL_QUALITIES, GENDERS, PARENT_TYPES, PARTNER_STATUSES, field } from '@opencasework/core';
import type { GPerson } from '../layout/family-graph.js';
import { capitalise, type Words } from './context.js';

export type FormErrors = Partial<Record<'name' | 'dob' | 'structure' | 'emotional', string>>;

export interface PersonFormContext {
  words: Words;
  /** The selected person, whom a new person can be related to. */
  selected: GPerson | undefined;
  /** Everyone, by name, for the emotional relationship's two people. */
  people: GPerson[];
  errors: FormErrors;
  onAddPerson: (e: SubmitEvent) => void;
  onAddEmotional: (e: SubmitEvent) => void;
}

const DIRECTIONS = ['none', 'a-to-b', 'b-to-a', 'both'] as const;

function select(
  id: string,
  name: string,
  options: TemplateResult[],
): (a: { id: string; describedBy: string | undefined }) => TemplateResult {
  return ({ describedBy }) => html`<select id=${id} name=${name} aria-describedby=${describedBy ?? nothing}>${options}</select>`;
}

function formError(id: string, text: string | undefined, prefix: string): TemplateResult | typeof nothing {
  return text ? html`<p class="cw-error-message" id=${id}><span class="cw-visually-hidden">${prefix}:</span> ${text}</p>` : nothing;
}

export function personFormView(ctx: PersonFormContext): TemplateResult {
  const w = ctx.words;
  const sel = ctx.selected;
  const errorPrefix = w.t('errorPrefix');
  return html`<section class="editor" part="editor" aria-labelledby="ed-h">
    <h2 id="ed-h">${w.t('editor.heading')}</h2>
    <form class="add-person" novalidate @submit=${ctx.onAddPerson}>
      <h3>${w.t('editor.addPerson')}</h3>
      ${sel ? nothing : html`<p class="cw-hint">${w.t('editor.selectFirst')}</p>`}
      ${field({
        id: 'ed-rel',
        label: sel ? w.t('editor.relationTo', { name: sel.name }) : w.t('editor.relationNone'),
        errorPrefix,
        control: select('ed-rel', 'relation', [
          html`<option value="none">${w.t('editor.relation.none')}</option>`,
          ...(sel
            ? (['partner', 'child', 'parent'] as const).map(
                (r) => html`<option value=${r}>${w.t(`editor.relation.${r}`, { name: sel.name })}</option>`,
              )
            : []),
        ]),
      })}
      ${field({
        id: 'ed-given',
        label: w.t('editor.givenName'),
        error: ctx.errors.name,
        errorPrefix,
        control: ({ describedBy, invalid }) => html`<input id="ed-given" name="givenName" autocomplete="off"
          aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}>`,
      })}
      ${field({
        id: 'ed-family',
        label: w.t('editor.familyName'),
        errorPrefix,
        control: () => html`<input id="ed-family" name="familyName" autocomplete="off">`,
      })}
      ${field({
        id: 'ed-gender',
        label: w.t('editor.gender'),
        errorPrefix,
        control: select(
          'ed-gender',
          'gender',
          GENDERS.map((g) => html`<option value=${g}>${capitalise(w.t(`gender.${g}`))}</option>`),
        ),
      })}
      ${field({
        id: 'ed-dob',
        label: w.t('editor.dob'),
        hint: w.t('editor.dateHint'),
        error: ctx.errors.dob,
        errorPrefix,
        control: ({ describedBy, invalid }) => html`<input id="ed-dob" name="dateOfBirth" inputmode="numeric"
          aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}>`,
      })}
      ${field({
        id: 'ed-ptype',
        label: w.t('editor.parentType'),
        errorPrefix,
        control: select(
          'ed-ptype',
          'parentType',
          PARENT_TYPES.map((x) => html`<option value=${x}>${capitalise(w.t(`childType.${x}`))}</option>`),
        ),
      })}
      ${field({
        id: 'ed-pstatus',
        label: w.t('editor.partnerStatus'),
        errorPrefix,
        control: select(
          'ed-pstatus',
          'partnerStatus',
          PARTNER_STATUSES.map((x) => html`<option value=${x}>${capitalise(w.t(`partnerStatus.${x}`))}</option>`),
        ),
      })}
      ${formError('err-structure', ctx.errors.structure, errorPrefix)}
      <button type="submit">${w.t('editor.save')}</button>
    </form>
    <form class="add-emotional" novalidate @submit=${ctx.onAddEmotional}>
      <h3>${w.t('editor.emotional')}</h3>
      ${formError('err-emotional', ctx.errors.emotional, errorPrefix)}
      ${field({
        id: 'em-a',
        label: w.t('editor.person1'),
        errorPrefix,
        control: select(
          'em-a',
          'a',
          ctx.people.map((p) => html`<option value=${p.id} ?selected=${p.id === sel?.id}>${p.name}</option>`),
        ),
      })}
      ${field({
        id: 'em-q',
        label: w.t('editor.quality'),
        errorPrefix,
        control: select(
          'em-q',
          'quality',
          EMOTIONAL_QUALITIES.map((q) => html`<option value=${q}>${capitalise(w.t(`emotionalQuality.${q}`))}</option>`),
        ),
      })}
      ${field({
        id: 'em-b',
        label: w.t('editor.person2'),
        errorPrefix,
        control: select(
          'em-b',
          'b',
          ctx.people.map((p) => html`<option value=${p.id}>${p.name}</option>`),
        ),
      })}
      ${field({
        id: 'em-d',
        label: w.t('editor.direction'),
        errorPrefix,
        control: select(
          'em-d',
          'direction',
          DIRECTIONS.map((d) => html`<option value=${d}>${w.t(`direction.${d}`)}</option>`),
        ),
      })}
      <button type="submit">${w.t('editor.saveEmotional')}</button>
    </form>
  </section>`;
}
