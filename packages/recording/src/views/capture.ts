import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { field } from '@opencasework/core';
import type { DraftMedia } from '../note-model.js';
import { errorFor } from './about.js';
import type { NoteViewContext } from './context.js';

const text = (e: Event) => (e.target as HTMLTextAreaElement).value;

/** Consent first: the confirmation, and what it allows once given. */
function consentView(c: NoteViewContext): TemplateResult {
  const { l, v } = c;
  return html`<fieldset class="cw-form-group consent">
    <legend class="cw-label">${l.t('consent.legend')}</legend>
    <p class="cw-hint" id="n-consent-hint">${l.t('consent.hint')}</p>
    <div class="check">
      <input type="checkbox" id="n-consent" aria-describedby="n-consent-hint" .checked=${!!v.consent}
        @change=${(e: Event) => c.on.consent((e.target as HTMLInputElement).checked)}>
      <label class="inline" for="n-consent">${l.t('consent.label')}</label>
    </div>
    ${
      v.consent
        ? html`<p class="given">${l.t('consent.given', { actor: v.consent.by, time: c.timeOf(v.consent.at) })}</p>
          ${toolsView(c)}`
        : nothing
    }
  </fieldset>`;
}

/** Dictate, add a photo, record a clip: shown only once consent is confirmed. */
function toolsView(c: NoteViewContext): TemplateResult {
  const { l, dictation: d, clips } = c;
  return html`<div class="tools">
    ${
      d.listening
        ? html`<button type="button" class="secondary" id="n-dictate" aria-pressed="true" @click=${c.on.stopDictating}>${l.t('dictate.stop')}</button>`
        : html`<button type="button" class="secondary" id="n-dictate" @click=${c.on.dictate}>${l.t('dictate.start')}</button>`
    }
    ${
      c.photos
        ? html`<input class="cw-visually-hidden file-input" type="file" id="n-photo" accept="image/*" capture="environment" multiple
            aria-describedby="n-photo-hint"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              c.on.photos([...(input.files ?? [])]);
              input.value = '';
            }}><label class="cw-button secondary file" for="n-photo">${l.t('photo.add')}</label>`
        : nothing
    }
    ${
      clips.allowed && c.photos
        ? clips.recording
          ? html`<button type="button" class="warning" id=${clips.recordingVideo ? 'n-video' : 'n-clip'} @click=${c.on.stopClip}>${l.t('clip.stop')}</button>`
          : html`<button type="button" class="secondary" id="n-clip" @click=${c.on.clip}>${l.t('clip.start')}</button>${
              clips.video
                ? html`<button type="button" class="secondary" id="n-video" @click=${c.on.video}>${l.t('clip.video')}</button>`
                : nothing
            }`
        : nothing
    }
  </div>
  ${c.photos ? html`<p class="cw-hint" id="n-photo-hint">${l.t('photo.hint')}</p>` : html`<p class="cw-hint">${l.t('photo.noStore')}</p>`}
  ${d.offDevice ? html`<p class="notice cloud" role="note">${l.t('dictate.cloud')}</p>` : nothing}
  ${d.problem ? html`<p class="notice problem">${l.t(`dictate.${d.problem}`)}</p>` : nothing}
  ${clips.recording ? html`<p class="recording">${l.t('clip.recording', { seconds: clips.seconds, max: clips.max })}</p>` : nothing}`;
}

/** One kept photo or clip: its thumbnail (drawn into the canvas by the element), title, kind and a remove button. */
function mediaItem(c: NoteViewContext, m: DraftMedia, i: number): TemplateResult {
  const { l } = c;
  const isPicture = m.kind === 'photo' || m.kind === 'drawing';
  return html`<li class="media" data-id=${m.id}>
    ${
      isPicture
        ? html`<canvas class="thumb" data-thumb=${m.id} width="96" height="96" role="img" aria-label=${l.t('photo.preview', { name: m.title })}></canvas>`
        : nothing
    }
    <div class="media-text">
      <p class="media-title">${m.title}</p>
      ${
        m.takenOn
          ? html`<p class="cw-hint media-taken">${l.t(m.takenOn === c.v.date ? 'photo.taken' : 'photo.takenOther', { date: l.date(m.takenOn, { style: 'long' }) })}</p>`
          : nothing
      }
      ${
        isPicture
          ? html`<label class="cw-label--s" for="n-mkind-${i}">${l.t('photo.kind')}</label>
            <select id="n-mkind-${i}" @change=${(e: Event) => c.on.mediaKind(m.id, (e.target as HTMLSelectElement).value as DraftMedia['kind'])}>
              <option value="photo" ?selected=${m.kind === 'photo'}>${l.t('photo.kindPhoto')}</option>
              <option value="drawing" ?selected=${m.kind === 'drawing'}>${l.t('photo.kindDrawing')}</option>
            </select>`
          : nothing
      }
    </div>
    <button type="button" class="link remove" @click=${() => c.on.removeMedia(m.id)}>${l.t('photo.remove', { name: m.title })}</button>
  </li>`;
}

/** The note itself (typed or dictated), the child's own words, consent, and the photos and clips. */
export function captureView(c: NoteViewContext): TemplateResult {
  const { l, v, dictation: d } = c;
  const child = c.people.names.get(v.childId) ?? '';
  const noteError = errorFor(c, 'note');
  return html`
    ${consentView(c)}
    ${field({
      id: 'n-note',
      label: l.t('field.note'),
      hint: l.t('field.noteHint'),
      errorPrefix: l.t('error.prefix'),
      ...(noteError ? { error: noteError } : {}),
      control: ({ id, describedBy, invalid }) => html`<textarea id=${id} rows="6" .value=${v.note}
        aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing}
        @input=${(e: Event) => c.on.value('note', text(e))}></textarea>`,
    })}
    <p class="heard" aria-live="polite">${d.listening ? html`<span class="listening">${l.t('dictate.listening')}</span> ${d.partial}` : nothing}</p>
    ${
      child
        ? field({
            id: 'n-words',
            label: l.t('field.words', { name: child }),
            hint: l.t('field.wordsHint'),
            errorPrefix: l.t('error.prefix'),
            control: ({ id, describedBy }) => html`<textarea id=${id} class="words" rows="3" .value=${v.words}
              aria-describedby=${describedBy ?? nothing} @input=${(e: Event) => c.on.value('words', text(e))}></textarea>`,
          })
        : nothing
    }
    ${
      v.media.length
        ? html`<ul class="media-list">${repeat(
            v.media,
            (m) => m.id,
            (m, i) => mediaItem(c, m, i),
          )}</ul>`
        : nothing
    }
  `;
}
