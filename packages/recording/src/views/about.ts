import { html, nothing, type TemplateResult } from 'lit';
import { field } from '@opencasework/core';
import { NOTE_KINDS, type NoteField } from '../note-model.js';
import type { NoteViewContext } from './context.js';

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** The error text for a field, if it has one. */
export const errorFor = (c: NoteViewContext, f: NoteField): string | undefined => {
  const x = c.errors.find((e) => e.field === f);
  return x ? c.l.t(x.key) : undefined;
};

/** Yes/No radios as one GOV.UK fieldset, with its error. */
function yesNo(c: NoteViewContext, f: 'seen' | 'seenAlone', legend: string): TemplateResult {
  const error = errorFor(c, f);
  const id = f === 'seen' ? 'seen' : 'alone';
  const current = c.v[f];
  return html`<fieldset class=${error ? 'cw-form-group cw-form-group--error' : 'cw-form-group'}
      aria-describedby=${error ? `n-${id}-error` : nothing}>
    <legend class="cw-label">${legend}</legend>
    ${error ? html`<p class="cw-error-message" id="n-${id}-error"><span class="cw-visually-hidden">${c.l.t('error.prefix')}:</span> ${error}</p>` : nothing}
    <div class="inline-options">
      ${(['yes', 'no'] as const).map(
        (answer) => html`<div class="check">
          <input type="radio" id="n-${id}-${answer}" name="n-${id}" .checked=${current === answer}
            @change=${() => c.on.value(f, answer)}>
          <label class="inline" for="n-${id}-${answer}">${c.l.t(answer === 'yes' ? 'field.yes' : 'field.no')}</label></div>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * Why the child was not seen, asked as soon as "No" is chosen: a visit where the child is not seen says why, and
 * when they will be. A child ticked as there and not seen (in the house, would not come out) is asked the same, with
 * a hint that says so: that is a reason to record, not an error.
 */
function notSeen(c: NoteViewContext, child: string): TemplateResult {
  const { l, v } = c;
  const there = v.presentIds.includes(v.childId);
  return field({
    id: 'n-notSeen',
    label: l.t('field.notSeen', { name: child }),
    hint: there ? l.t('field.notSeenHintThere', { name: child, gender: c.people.genders.get(v.childId) ?? '' }) : l.t('field.notSeenHint'),
    errorPrefix: l.t('error.prefix'),
    ...(errorFor(c, 'notSeen') ? { error: errorFor(c, 'notSeen')! } : {}),
    control: ({ id, describedBy, invalid }) => html`<textarea id=${id} rows="2" .value=${v.notSeenReason}
      aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing}
      @input=${(e: Event) => c.on.value('notSeenReason', (e.target as HTMLTextAreaElement).value)}></textarea>`,
  });
}

/** What it was, when and where, who was there, and whether the child was seen (alone). */
export function aboutView(c: NoteViewContext): TemplateResult {
  const { l, v } = c;
  const child = c.people.names.get(v.childId) ?? '';
  const text = (f: 'date' | 'time', type: string, extra: Partial<Record<'max', string>> = {}) =>
    field({
      id: `n-${f}`,
      label: l.t(`field.${f}`),
      errorPrefix: l.t('error.prefix'),
      ...(errorFor(c, f) ? { error: errorFor(c, f)! } : {}),
      control: ({ id, describedBy, invalid }) => html`<input id=${id} type=${type} .value=${v[f]} max=${extra.max ?? nothing}
        aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing}
        @input=${(e: Event) => c.on.value(f, value(e))}>`,
    });
  const box = (pid: string, name: string, i: number) =>
    html`<div class="check"><input type="checkbox" id="n-present-${i}" .checked=${v.presentIds.includes(pid)}
      @change=${(e: Event) => c.on.value('presentIds', toggle(v.presentIds, pid, (e.target as HTMLInputElement).checked))}>
      <label class="inline" for="n-present-${i}">${name}</label></div>`;
  return html`
    <fieldset class="cw-form-group">
      <legend class="cw-label">${l.t('kind.legend')}</legend>
      <div class="inline-options">
        ${NOTE_KINDS.map(
          (k) => html`<div class="check"><input type="radio" id="n-kind-${k}" name="n-kind" .checked=${v.kind === k}
            @change=${() => c.on.value('kind', k)}><label class="inline" for="n-kind-${k}">${l.t(`kind.${k}`)}</label></div>`,
        )}
      </div>
    </fieldset>
    <div class="when">${text('date', 'date', { max: c.today })}${text('time', 'time')}</div>
    ${field({
      id: 'n-place',
      label: l.t('field.place'),
      hint: l.t('field.placeHint'),
      errorPrefix: l.t('error.prefix'),
      control: ({ id, describedBy }) => html`<input id=${id} type="text" autocomplete="off" .value=${v.place}
        aria-describedby=${describedBy ?? nothing} @input=${(e: Event) => c.on.value('place', value(e))}>`,
    })}
    ${
      c.people.children.length > 1
        ? field({
            id: 'n-child',
            label: l.t('field.child'),
            errorPrefix: l.t('error.prefix'),
            control: ({ id }) => html`<select id=${id} @change=${(e: Event) => c.on.value('childId', value(e))}>
              ${c.people.children.map(([pid, name]) => html`<option value=${pid} ?selected=${pid === v.childId}>${name}</option>`)}</select>`,
          })
        : nothing
    }
    <fieldset class="cw-form-group">
      <legend class="cw-label">${l.t('field.present')}</legend>
      <div class="options">${c.present.likely.map(([pid, name], i) => box(pid, name, i))}</div>
      ${
        c.present.others.length
          ? html`<details class="more" ?open=${c.present.others.some(([pid]) => v.presentIds.includes(pid))}>
            <summary>${l.t('field.presentMore', { count: c.present.others.length })}</summary>
            <div class="options">${c.present.others.map(([pid, name], i) => box(pid, name, c.present.likely.length + i))}</div>
          </details>`
          : nothing
      }
      ${field({
        id: 'n-others',
        label: l.t('field.presentOther'),
        hint: l.t('field.presentOtherHint'),
        errorPrefix: l.t('error.prefix'),
        labelClass: 'cw-label--s',
        control: ({ id, describedBy }) => html`<input id=${id} type="text" autocomplete="off" .value=${v.presentOther}
          aria-describedby=${describedBy ?? nothing} @input=${(e: Event) => c.on.value('presentOther', value(e))}>`,
      })}
    </fieldset>
    ${v.kind === 'visit' && child ? yesNo(c, 'seen', l.t('field.seen', { name: child })) : nothing}
    ${v.kind === 'visit' && child && v.seen === 'yes' ? yesNo(c, 'seenAlone', l.t('field.seenAlone', { name: child, gender: c.people.genders.get(v.childId) ?? '' })) : nothing}
    ${v.kind === 'visit' && child && v.seen === 'no' ? notSeen(c, child) : nothing}
  `;
}

/** The list with `id` in or out. */
export function toggle(ids: string[], id: string, on: boolean): string[] {
  return on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((x) => x !== id);
}
