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
const RELATIONS = ['partner', 'child', 'parent'] as const;

/** core's field() around a select, a text input, or an input with an error, all with the same error prefix. */
function fields(errorPrefix: string) {
  const choose = (id: string, name: string, label: string, options: TemplateResult[]) =>
    field({
      id,
      label,
      errorPrefix,
      control: ({ describedBy }) => html`<select id=${id} name=${name} aria-describedby=${describedBy ?? nothing}>${options}</select>`,
    });
  const text = (id: string, name: string, label: string, o: { hint?: string; error?: string | undefined; numeric?: boolean } = {}) =>
    field({
      id,
      label,
      errorPrefix,
      ...(o.hint ? { hint: o.hint } : {}),
      ...(o.error ? { error: o.error } : {}),
      control: ({
        describedBy,
        invalid,
      }) => html`<input id=${id} name=${name} autocomplete="off" inputmode=${o.numeric ? 'numeric' : nothing}
        aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : 'false'}>`,
    });
  const error = (id: string, message: string | undefined) =>
    message ? html`<p class="cw-error-message" id=${id}><span class="cw-visually-hidden">${errorPrefix}:</span> ${message}</p>` : nothing;
  return { choose, text, error };
}

export function personFormView(ctx: PersonFormContext): TemplateResult {
  const w = ctx.words;
  const sel = ctx.selected;
  const f = fields(w.t('errorPrefix'));
  const option = (value: string, label: string, selected = false) => html`<option value=${value} ?selected=${selected}>${label}</option>`;
  return html`<section class="editor" part="editor" aria-labelledby="ed-h">
    <h2 id="ed-h">${w.t('editor.heading')}</h2>
    <form class="add-person" novalidate @submit=${ctx.onAddPerson}>
      <h3>${w.t('editor.addPerson')}</h3>
      ${sel ? nothing : html`<p class="cw-hint">${w.t('editor.selectFirst')}</p>`}
      ${f.choose('ed-rel', 'relation', sel ? w.t('editor.relationTo', { name: sel.name }) : w.t('editor.relationNone'), [
        option('none', w.t('editor.relation.none')),
        ...(sel ? RELATIONS.map((r) => option(r, w.t(`editor.relation.${r}`, { name: sel.name }))) : []),
      ])}
      ${f.text('ed-given', 'givenName', w.t('editor.givenName'), { error: ctx.errors.name })}
      ${f.text('ed-family', 'familyName', w.t('editor.familyName'))}
      ${f.choose(
        'ed-gender',
        'gender',
        w.t('editor.gender'),
        GENDERS.map((g) => option(g, capitalise(w.t(`gender.${g}`)))),
      )}
      ${f.text('ed-dob', 'dateOfBirth', w.t('editor.dob'), { hint: w.t('editor.dateHint'), error: ctx.errors.dob, numeric: true })}
      ${f.choose(
        'ed-ptype',
        'parentType',
        w.t('editor.parentType'),
        PARENT_TYPES.map((x) => option(x, capitalise(w.t(`childType.${x}`)))),
      )}
      ${f.choose(
        'ed-pstatus',
        'partnerStatus',
        w.t('editor.partnerStatus'),
        PARTNER_STATUSES.map((x) => option(x, capitalise(w.t(`partnerStatus.${x}`)))),
      )}
      ${f.error('err-structure', ctx.errors.structure)}
      <button type="submit">${w.t('editor.save')}</button>
    </form>
    <form class="add-emotional" novalidate @submit=${ctx.onAddEmotional}>
      <h3>${w.t('editor.emotional')}</h3>
      ${f.error('err-emotional', ctx.errors.emotional)}
      ${f.choose('em-a', 'a', w.t('editor.person1'), [
        option('', w.t('editor.choosePerson'), !sel),
        ...ctx.people.map((p) => option(p.id, p.name, p.id === sel?.id)),
      ])}
      ${f.choose(
        'em-q',
        'quality',
        w.t('editor.quality'),
        EMOTIONAL_QUALITIES.map((q) => option(q, capitalise(w.t(`emotionalQuality.${q}`)))),
      )}
      ${f.choose('em-b', 'b', w.t('editor.person2'), [
        option('', w.t('editor.choosePerson'), true),
        ...ctx.people.map((p) => option(p.id, p.name)),
      ])}
      ${f.choose(
        'em-d',
        'direction',
        w.t('editor.direction'),
        DIRECTIONS.map((d) => option(d, w.t(`direction.${d}`))),
      )}
      <button type="submit">${w.t('editor.saveEmotional')}</button>
    </form>
  </section>`;
}
