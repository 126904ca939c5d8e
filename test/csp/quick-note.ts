// <cw-quick-note> under the strict policy, used as a practitioner would: consent, the note typed, dictation from a
// replayed engine, a photo chosen through the file input (re-encoded on a canvas, its thumbnail drawn on a canvas,
// no object URL in an <img>), a markup file name, and Save into a MemoryCaseStore (files, entry, document).
import { MemoryCaseStore, type Document } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import { ReplaySpeechEngine } from '@opencasework/recording';
import '@opencasework/recording/define';

const HOSTILE = '<img src=x onerror=alert(1)>';

type Note = HTMLElement & { updateComplete: Promise<unknown>; speechEngine?: unknown };

async function jpeg(): Promise<Blob> {
  const c = document.createElement('canvas');
  c.width = 64;
  c.height = 48;
  const g = c.getContext('2d')!;
  g.fillStyle = '#1d70b8';
  g.fillRect(0, 0, 40, 48);
  return new Promise((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.9));
}

const ready = (test: () => boolean, what: string, ms = 10_000) =>
  new Promise<void>((resolve, reject) => {
    const t0 = performance.now();
    const tick = () => (test() ? resolve() : performance.now() - t0 > ms ? reject(new Error(`quick note: ${what}`)) : setTimeout(tick, 20));
    tick();
  });

/** What the page did with the note, for the test to check. */
export interface QuickNoteResult {
  consentGated: boolean;
  dictated: string;
  thumbnailDrawn: boolean;
  status: string;
  entryTitle: string;
  documents: { title: string; mediaType: string; size: number; stored: number }[];
}

/** Renders the note on a store, uses its main controls, saves, and reads back what the store holds. */
export async function useQuickNote(root: HTMLElement): Promise<QuickNoteResult> {
  const store = new MemoryCaseStore();
  const ref = { kind: 'case' as const, id: sampleCase.case.id };
  await store.replace(ref, sampleCase, 'import');
  const before = new Set(((await store.load(ref))!.doc.chronology ?? []).map((e) => e.id));
  const provider = document.createElement('cw-case') as HTMLElement & { store: unknown; updateComplete: Promise<unknown> };
  provider.setAttribute('case-id', sampleCase.case.id);
  provider.setAttribute('actor', 'Sophie Bennett');
  provider.store = store;
  provider.dataset.case = 'quick-note';
  const note = document.createElement('cw-quick-note') as Note;
  note.setAttribute('draft-key', `csp-quick-note-${Date.now()}`);
  note.setAttribute('draft-delay', '100');
  note.speechEngine = new ReplaySpeechEngine([
    { at: 50, text: 'Tyler showed', final: false },
    { at: 150, text: 'Tyler showed me his room.', final: true },
  ]);
  provider.append(note);
  root.append(provider);
  const $ = <T extends HTMLElement>(sel: string) => note.shadowRoot?.querySelector<T>(sel) ?? null;
  await ready(() => !!$('#n-save'), 'the form was not drawn');
  await note.updateComplete;
  const consentGated = !$('#n-photo') && !$('#n-dictate');

  $('#n-seen-yes')?.click();
  await note.updateComplete;
  $('#n-alone-yes')?.click();
  $('#n-consent')!.click();
  await note.updateComplete;
  await ready(() => !!$('#n-photo') && !!$('#n-dictate'), 'consent did not offer photos and dictation');

  const text = $<HTMLTextAreaElement>('#n-note')!;
  text.value = `Home visit. ${HOSTILE}`;
  text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await note.updateComplete;

  $('#n-dictate')!.click();
  await ready(() => $<HTMLTextAreaElement>('#n-note')!.value.includes('his room.'), 'dictation did not reach the note');
  const dictated = $<HTMLTextAreaElement>('#n-note')!.value;
  // Stop, if the replay has not ended by itself.
  if ($('#n-dictate')?.getAttribute('aria-pressed') === 'true') $('#n-dictate')!.click();
  await note.updateComplete;

  const input = $<HTMLInputElement>('#n-photo')!;
  const dt = new DataTransfer();
  dt.items.add(new File([await jpeg()], `${HOSTILE}.jpg`, { type: 'image/jpeg' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await ready(() => !!$('.media canvas[data-drawn]'), 'the photo thumbnail was not drawn');
  const thumbnailDrawn = true;

  $('#n-save')!.click();
  await ready(() => /Saved to the chronology/.test($('.status')?.textContent ?? ''), 'the note was not saved');
  const status = $('.status')!.textContent.trim();
  const doc = (await store.load(ref))!.doc as typeof sampleCase & { documents?: Document[] };
  const entry = (doc.chronology ?? []).find((e) => !before.has(e.id));
  const documents = await Promise.all(
    (doc.documents ?? [])
      .filter((d) => entry && d.entryIds?.includes(entry.id))
      .map(async (d) => ({
        title: d.title,
        mediaType: d.mediaType ?? '',
        size: d.size ?? 0,
        stored: (await store.getAttachment(d.attachmentId!))?.size ?? -1,
      })),
  );
  return { consentGated, dictated, thumbnailDrawn, status, entryTitle: entry?.title ?? '', documents };
}
